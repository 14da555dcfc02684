//! What anyone may read without signing in: the newest transparency snapshot (computed by
//! `workers/transparency.rs`) and the routing rules in plain words. Implements the UI's `PublicReports`.

use amana_app::errors::PortalError;
use amana_app::transparency::{PublishedRouting, PublishedRule, TransparencyReport};
use async_trait::async_trait;

use crate::storage::Storage;

pub struct PublicReports {
    pub storage: Storage,
    pub clock: std::sync::Arc<dyn crate::infra::clock::Clock>,
}

#[async_trait]
impl amana_app::transparency::PublicReports for PublicReports {
    async fn transparency(&self) -> Result<Option<TransparencyReport>, PortalError> {
        let Some(stored) = self.storage.newest_transparency_snapshot().await? else { return Ok(None) };
        // A snapshot an older release wrote in another shape is not shown until the job writes a new one.
        Ok(serde_json::from_str(&stored).ok())
    }

    async fn agreements(&self) -> Result<Vec<amana_app::recipients::Agreement>, PortalError> {
        let today = amana_app::when::Day::from_unix(self.clock.now());
        let all = self.storage.recipients().await?.into_iter().map(crate::domain::recipients::agreement_of);
        Ok(all.filter(|a| a.in_force(today)).collect())
    }

    async fn routing(&self) -> Result<PublishedRouting, PortalError> {
        let teams = self.storage.teams().await?;
        let team = |id: i64| teams.iter().find(|t| t.id == id).map(|t| (t.key.clone(), t.name.clone()));
        let rules = self
            .storage
            .routing_rules()
            .await?
            .into_iter()
            .filter_map(|rule| {
                let (team_key, team_name) = team(rule.team_id)?;
                Some(PublishedRule {
                    kind: rule.request_kind.0,
                    category: rule.category,
                    locale: rule.locale,
                    region: rule.region,
                    sensitive: rule.sensitive.0,
                    team_key,
                    team_name,
                })
            })
            .collect();
        let default_team = teams.iter().find(|t| t.is_default.0).map(|t| (t.key.clone(), t.name.clone()));
        Ok(PublishedRouting { rules, default_team })
    }
}
