//! Mandates: a person gives a helper a revocable, scoped, time-limited permission, handed over as a one-time
//! code (50 bits, 30 minutes, single use, rate-limited guesses); revoking ends it at once. Implements the UI's
//! `MandateDesk`.

use std::sync::Arc;
use std::time::Duration;

use amana_app::contract::PersonId;
use amana_app::errors::{FieldError, PortalError};
use amana_app::helpers::{HelperId, MandateDesk, MandateView, NewMandate, MANDATE_CODE_MINUTES, MANDATE_DAYS, MANDATE_SCOPES};
use async_trait::async_trait;
use governor::DefaultKeyedRateLimiter;

use crate::audit;
use crate::clock::{iso_date, Clock};
use crate::crypto::{random_unambiguous, MasterKey};
use crate::portal::quota;
use crate::storage::mandates as sql;
use crate::storage::staff::AccountKind;
use crate::storage::{NewAuditEvent, Storage};

pub struct Mandates {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    /// Code guesses per client address.
    pub guesses: DefaultKeyedRateLimiter<String>,
}

impl Mandates {
    pub fn new(storage: Storage, master_key: MasterKey, clock: Arc<dyn Clock>) -> Mandates {
        // Five guesses, then one more every five minutes.
        Mandates { storage, master_key, clock, guesses: governor::RateLimiter::keyed(quota(5, Duration::from_secs(300))) }
    }

    fn code_hash(&self, code: &str) -> String {
        let normalised: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
        self.master_key.keyed_hash("mandate-code", &normalised)
    }
}

fn person_event(person: PersonId, action: &str, mandate: i64) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: "person".into(),
        actor_id: Some(person),
        action: action.into(),
        person_id: Some(person),
        object_type: Some("mandate".into()),
        object_id: Some(mandate),
        field_names: "[]".into(),
        ..NewAuditEvent::default()
    }
}

#[async_trait]
impl MandateDesk for Mandates {
    async fn mandates(&self, person: PersonId) -> Result<Vec<MandateView>, PortalError> {
        let now = self.clock.now();
        Ok(self
            .storage
            .mandates_of_person(person)
            .await?
            .into_iter()
            .map(|m| {
                let state = if m.revoked_at.is_some() {
                    "revoked"
                } else if m.expires_at <= now || (m.activated_at.is_none() && m.code_expires_at.is_none_or(|c| c <= now)) {
                    "ended"
                } else if m.activated_at.is_some() {
                    "active"
                } else {
                    "waiting"
                };
                MandateView {
                    id: m.id,
                    helper: m.helper_name.zip(m.organisation),
                    scope: m.scope.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                    expires_on: iso_date(m.expires_at),
                    state: state.to_owned(),
                }
            })
            .collect())
    }

    #[tracing::instrument(skip_all, fields(person_id = person))]
    async fn grant(&self, person: PersonId, mandate: NewMandate) -> Result<String, PortalError> {
        let mut errors = Vec::new();
        if mandate.scope.is_empty() || mandate.scope.iter().any(|s| !MANDATE_SCOPES.contains(&s.as_str())) {
            errors.push(FieldError::new("scope", "MD-001"));
        }
        if !MANDATE_DAYS.contains(&mandate.days) {
            errors.push(FieldError::new("days", "MD-002"));
        }
        if !errors.is_empty() {
            return Err(PortalError::Invalid(errors));
        }
        let scope: Vec<&str> = MANDATE_SCOPES.iter().copied().filter(|s| mandate.scope.iter().any(|m| m == s)).collect();
        let raw = random_unambiguous(10);
        let code = format!("{}-{}", &raw[..5], &raw[5..]);
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let id = sql::insert_mandate(
            &mut tx,
            person,
            &scope.join(","),
            now + i64::from(mandate.days) * 86_400,
            &self.code_hash(&code),
            now + MANDATE_CODE_MINUTES * 60,
            now,
        )
        .await?;
        audit::append(&mut tx, now, person_event(person, "mandate.granted", id)).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = id, "mandate granted");
        Ok(code)
    }

    #[tracing::instrument(skip_all, fields(person_id = person))]
    async fn revoke(&self, person: PersonId, mandate: i64) -> Result<(), PortalError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::revoke_mandate(&mut tx, person, mandate, now).await? {
            return Err(PortalError::NotFound);
        }
        audit::append(&mut tx, now, person_event(person, "mandate.revoked", mandate)).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = mandate, "mandate revoked");
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(helper_id = helper))]
    async fn redeem(&self, helper: HelperId, code: &str, client: &str) -> Result<(), PortalError> {
        let account = self.storage.account_by_id(AccountKind::Helper, helper).await?.ok_or(PortalError::NotSignedIn)?;
        if account.active == 0 {
            return Err(PortalError::NotSignedIn);
        }
        if self.guesses.check_key(&client.to_owned()).is_err() || self.guesses.check_key(&format!("helper-{helper}")).is_err() {
            return Err(PortalError::RateLimited);
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let Some((mandate, person)) = sql::redeem_mandate(&mut tx, &self.code_hash(code), helper, now).await? else {
            return Err(PortalError::field("code", "MD-003"));
        };
        let event = NewAuditEvent {
            actor_kind: "helper".into(),
            actor_id: Some(helper),
            actor_role: Some(account.display_name.clone()),
            actor_office: Some(account.office.clone()),
            on_behalf_of: Some(person),
            action: "mandate.activated".into(),
            person_id: Some(person),
            object_type: Some("mandate".into()),
            object_id: Some(mandate),
            field_names: "[]".into(),
            ..NewAuditEvent::default()
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = mandate, "mandate taken up");
        Ok(())
    }
}
