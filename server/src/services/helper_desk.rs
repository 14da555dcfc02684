//! The helper's side: who they may act for. A helper sees only people whose mandate to them is active now
//! (redeemed, not revoked, not expired), and nothing at all while their account or organisation is suspended.
//! Implements the UI's `HelperDesk`.

use std::sync::Arc;

use amana_app::contract::PersonId;
use amana_app::errors::PortalError;
use amana_app::helpers::{ActingFor, HelperHome, HelperId, MandatedPerson};
use amana_app::when::Day;
use async_trait::async_trait;

use crate::domain::records;
use crate::infra::clock::Clock;
use crate::infra::crypto::MasterKey;
use crate::storage::Storage;

pub struct HelperDesk {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl amana_app::helpers::HelperDesk for HelperDesk {
    async fn home(&self, helper: HelperId) -> Result<HelperHome, PortalError> {
        let account = crate::domain::policy::active_helper(&self.storage, helper).await?;
        let mut people = Vec::new();
        for mandate in self.storage.active_mandates_of(helper.0, self.clock.now()).await? {
            let Some((name, case_reference)) =
                records::name_and_reference(&self.storage, &self.master_key, mandate.person_id).await?
            else {
                continue;
            };
            people.push(MandatedPerson {
                mandate: mandate.id,
                name,
                case_reference,
                scope: mandate.scope.0,
                expires_on: Day::from_unix(mandate.expires_at),
            });
        }
        Ok(HelperHome { name: account.display_name, organisation: account.office, people })
    }

    async fn acting_for(&self, helper: HelperId, mandate: i64) -> Result<Option<ActingFor>, PortalError> {
        let Some(held) = self.storage.mandate_held(helper.0, mandate, self.clock.now()).await? else { return Ok(None) };
        let Some((name, _)) = records::name_and_reference(&self.storage, &self.master_key, held.person_id).await?
        else {
            return Ok(None);
        };
        Ok(Some(ActingFor { mandate: held.id, person: PersonId(held.person_id), name, scope: held.scope.0 }))
    }
}
