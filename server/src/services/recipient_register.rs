//! The administrator's register of recipients and their data-sharing agreements. Implements the UI's
//! `RecipientRegister`; the rules (terms, the country-of-origin block) are in `domain/recipients.rs`.

use std::sync::Arc;

use amana_app::errors::{ErrorCode, PortalError};
use amana_app::recipients::{Agreement, RecipientForm};
use amana_app::staff::StaffId;
use amana_app::when::Day;
use anyhow::Context;
use async_trait::async_trait;

use crate::domain::audit;
use crate::domain::policy::{member_who_may, Permission};
use crate::domain::recipients::{agreement_of, read_form};
use crate::infra::clock::Clock;
use crate::storage::recipients::{insert_recipient, InsertRecipient};
use crate::storage::{NewAuditEvent, Storage};

pub struct RecipientRegister {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl amana_app::recipients::RecipientRegister for RecipientRegister {
    async fn agreements(&self, staff: StaffId) -> Result<Vec<Agreement>, PortalError> {
        member_who_may(&self.storage, staff, Permission::Administer).await?;
        Ok(self.storage.recipients().await?.into_iter().map(agreement_of).collect())
    }

    async fn add_recipient(&self, staff: StaffId, form: RecipientForm) -> Result<(), PortalError> {
        let member = member_who_may(&self.storage, staff, Permission::Administer).await?;
        let now = self.clock.now();
        let purposes: Vec<String> = self.storage.purposes().await?.into_iter().map(|p| p.key).collect();
        let agreement = read_form(&form, &purposes, Day::from_unix(now)).map_err(PortalError::Invalid)?;
        let mut tx = self.storage.begin_write().await?;
        let stored = insert_recipient(
            &mut tx,
            InsertRecipient {
                key: &agreement.key,
                name: &agreement.name,
                kind: &agreement.kind,
                country: &agreement.country,
                origin_authority: agreement.origin_authority,
                purpose: &agreement.purpose,
                legal_basis: &agreement.legal_basis,
                categories: serde_json::to_string(&agreement.categories).context("encoding categories")?,
                retention_days: agreement.retention_days,
                breach_notice_hours: agreement.breach_notice_hours,
                ends_on: &agreement.ends_on.iso(),
                created_by: member.id.0,
                created_at: now,
            },
        )
        .await?;
        if !stored {
            return Err(PortalError::field("recipient_name", ErrorCode::Rc005));
        }
        let event =
            NewAuditEvent { object_type: Some("recipient".into()), ..audit::by_staff(&member, "recipient.registered") };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        Ok(())
    }
}
