//! The helper's side: who they may act for. A helper sees only people whose mandate to them is active now
//! (redeemed, not revoked, not expired), and nothing at all while their account or organisation is suspended.
//! Implements the UI's `HelperDesk`.

use std::sync::Arc;

use amana_app::errors::PortalError;
use amana_app::helpers::{ActingFor, HelperDesk, HelperHome, HelperId, MandatedPerson};
use async_trait::async_trait;

use crate::clock::{iso_date, Clock};
use crate::crypto::MasterKey;
use crate::records;
use crate::storage::staff::AccountKind;
use crate::storage::Storage;

pub struct Helping {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
}

#[async_trait]
impl HelperDesk for Helping {
    async fn home(&self, helper: HelperId) -> Result<HelperHome, PortalError> {
        let account = self.storage.account_by_id(AccountKind::Helper, helper).await?.ok_or(PortalError::NotSignedIn)?;
        if account.active == 0 {
            return Err(PortalError::NotSignedIn);
        }
        let mut people = Vec::new();
        for mandate in self.storage.active_mandates_of(helper, self.clock.now()).await? {
            let Some((person, key)) = records::person_with_key(&self.storage, &self.master_key, mandate.person_id).await? else {
                continue;
            };
            let fields = self.storage.fields_of(person.id).await?;
            let name = records::full_name(&key, fields.iter().map(|f| (f.field_key.as_str(), f.value_enc.as_deref())))?;
            people.push(MandatedPerson {
                mandate: mandate.id,
                name,
                case_reference: person.case_reference,
                scope: mandate.scope.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
                expires_on: iso_date(mandate.expires_at),
            });
        }
        Ok(HelperHome { name: account.display_name, organisation: account.office, people })
    }

    async fn acting_for(&self, helper: HelperId, mandate: i64) -> Result<Option<ActingFor>, PortalError> {
        let Some(held) = self.storage.mandate_held(helper, mandate, self.clock.now()).await? else { return Ok(None) };
        let Some((person, key)) = records::person_with_key(&self.storage, &self.master_key, held.person_id).await? else {
            return Ok(None);
        };
        let fields = self.storage.fields_of(person.id).await?;
        let name = records::full_name(&key, fields.iter().map(|f| (f.field_key.as_str(), f.value_enc.as_deref())))?;
        Ok(Some(ActingFor {
            mandate: held.id,
            person: held.person_id,
            name,
            scope: held.scope.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        }))
    }
}
