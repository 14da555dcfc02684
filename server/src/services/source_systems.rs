//! Registering the authority's source systems and managing what lets them in: their API keys (shown once, two
//! live at most so a rotation can overlap, revoked at once) and their webhook target and signing secret. Used by
//! the administration screen (through `admin_desk`) and by the `amana source-system` / `amana api-key` commands;
//! each change is one audit event naming who made it.

use std::collections::BTreeSet;
use std::sync::Arc;

use amana_app::contract::Category;
use anyhow::Context as _;

use crate::domain::audit;
use crate::domain::intake::Problem;
use crate::domain::policy::StaffMember;
use crate::infra::clock::{iso_date, Clock};
use crate::infra::crypto::{self, MasterKey};
use crate::services::source_api::{ApiError, ApiScope};
use crate::storage::systems::{self as sql, json_list, ApiKeyRow, SystemRow};
use crate::storage::{NewAuditEvent, Storage, StorageError};

/// How long a new key lives unless asked otherwise.
pub const DEFAULT_KEY_DAYS: i64 = 365;
/// The longest a key may live: three years.
pub const MAX_KEY_DAYS: i64 = 3 * 365;
/// Live keys one system may hold at once: two, so a rotation can overlap.
pub const MAX_LIVE_KEYS: i64 = 2;
/// The longest system name and contact.
const MAX_NAME_CHARS: usize = 80;
const MAX_CONTACT_CHARS: usize = 200;
/// The longest webhook address.
const MAX_URL_CHARS: usize = 2000;

/// Who makes a change: an administrator on the screen, or the `amana` command on the server itself.
#[derive(Clone, Copy)]
pub enum Operator<'a> {
    Command,
    Administrator(&'a StaffMember),
}

impl Operator<'_> {
    fn event(self, action: &str, object_type: &str, object_id: i64) -> NewAuditEvent {
        let base = match self {
            Operator::Command => audit::by_system(action),
            Operator::Administrator(member) => audit::by_staff(member, action),
        };
        NewAuditEvent { object_type: Some(object_type.into()), object_id: Some(object_id), ..base }
    }
}

/// What a new key is, shown once.
pub struct NewKey {
    pub id: i64,
    /// `amana_<public id>_<secret>`.
    pub token: String,
    pub expires_at: i64,
}

/// A registered system with its keys, oldest first.
pub struct SystemWithKeys {
    pub system: SystemRow,
    pub keys: Vec<ApiKeyRow>,
}

impl SystemWithKeys {
    pub fn purposes(&self) -> Vec<String> {
        json_list(&self.system.purposes)
    }

    pub fn categories(&self) -> Vec<String> {
        json_list(&self.system.categories)
    }
}

/// A key's dates as the administration screen shows them, and whether it still lets its system in.
pub struct KeyDates {
    pub created: String,
    pub expires: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
    pub live: bool,
}

impl KeyDates {
    pub fn of(key: &ApiKeyRow, now: i64) -> KeyDates {
        KeyDates {
            created: iso_date(key.created_at),
            expires: iso_date(key.expires_at),
            last_used: key.last_used_at.map(iso_date),
            revoked: key.revoked_at.map(iso_date),
            live: key.revoked_at.is_none() && key.expires_at > now,
        }
    }
}

pub struct SourceSystems {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
}

/// `text` trimmed, or the problem with it at `pointer`: `required` when blank, `too-long` past `max` characters.
fn bounded(text: &str, pointer: &str, max: usize, problems: &mut Vec<Problem>) -> String {
    let text = text.trim();
    if text.is_empty() {
        problems.push(Problem::new(pointer, "required"));
    } else if text.chars().count() > max {
        problems.push(Problem::new(pointer, "too-long"));
    }
    text.to_owned()
}

impl SourceSystems {
    /// Every registered system with its keys.
    pub async fn list(&self) -> Result<Vec<SystemWithKeys>, ApiError> {
        let mut systems = Vec::new();
        for system in self.storage.systems().await? {
            let keys = self.storage.api_keys_of(system.id).await?;
            systems.push(SystemWithKeys { system, keys });
        }
        Ok(systems)
    }

    /// Registers a system and the purposes and categories it may write (at least one of each).
    pub async fn register(
        &self,
        by: Operator<'_>,
        name: &str,
        contact: &str,
        purposes: &[String],
        categories: &[String],
    ) -> Result<i64, ApiError> {
        let mut problems = Vec::new();
        let name = bounded(name, "/name", MAX_NAME_CHARS, &mut problems);
        let contact = bounded(contact, "/contact", MAX_CONTACT_CHARS, &mut problems);
        let registered: BTreeSet<String> = self.storage.purposes().await?.into_iter().map(|p| p.key).collect();
        if purposes.is_empty() {
            problems.push(Problem::new("/purposes", "required"));
        }
        for (index, purpose) in purposes.iter().enumerate() {
            if !registered.contains(purpose) {
                problems.push(Problem::new(format!("/purposes/{index}"), "unknown-purpose"));
            }
        }
        if categories.is_empty() {
            problems.push(Problem::new("/categories", "required"));
        }
        for (index, category) in categories.iter().enumerate() {
            if Category::from_key(category).is_none() {
                problems.push(Problem::new(format!("/categories/{index}"), "unknown-category"));
            }
        }
        if !problems.is_empty() {
            return Err(ApiError::Invalid(problems));
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let id = sql::insert_system(
            &mut tx,
            &name,
            &contact,
            &serde_json::to_string(purposes).context("listing purposes")?,
            &serde_json::to_string(categories).context("listing categories")?,
            now,
        )
        .await
        .map_err(|e| match e {
            StorageError::Conflict(_) => ApiError::Conflict("name-taken"),
            other => other.into(),
        })?;
        audit::append(&mut tx, now, by.event("source-system.registered", "source-system", id)).await?;
        tx.commit().await?;
        tracing::info!(system_id = id, "source system registered");
        Ok(id)
    }

    /// Creates a key for `system`, refused when it already has two live ones.
    pub async fn create_key(
        &self,
        by: Operator<'_>,
        system: i64,
        scopes: &[ApiScope],
        days: i64,
    ) -> Result<NewKey, ApiError> {
        if scopes.is_empty() {
            return Err(ApiError::Invalid(vec![Problem::new("/scopes", "required")]));
        }
        if !(1..=MAX_KEY_DAYS).contains(&days) {
            return Err(ApiError::Invalid(vec![Problem::new("/days", "out-of-range")]));
        }
        let now = self.clock.now();
        let public_id = crypto::random_unambiguous(12).to_lowercase();
        let secret = crypto::random_token(32);
        let hash = self.master_key.keyed_hash("api-key", &secret);
        let scopes: BTreeSet<&str> = scopes.iter().map(|s| s.key()).collect();
        let expires_at = now + days * 86_400;
        if self.storage.system(system).await?.is_none() {
            return Err(ApiError::NotFound);
        }
        let mut tx = self.storage.begin_write().await?;
        if sql::live_keys(&mut tx, system, now).await? >= MAX_LIVE_KEYS {
            return Err(ApiError::Conflict("too-many-live-keys"));
        }
        let scopes = serde_json::to_string(&scopes).context("listing scopes")?;
        let id = sql::insert_api_key(&mut tx, &public_id, system, &hash, &scopes, now, expires_at).await?;
        let event =
            NewAuditEvent { reason: Some(format!("system {system}")), ..by.event("api-key.created", "api-key", id) };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(system_id = system, key_id = id, "API key created");
        Ok(NewKey { id, token: format!("amana_{public_id}_{secret}"), expires_at })
    }

    /// Revokes a key, effective for the next call (and the next batch of an import running with it).
    pub async fn revoke_key(&self, by: Operator<'_>, system: i64, key: i64) -> Result<(), ApiError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::revoke_api_key(&mut tx, system, key, now).await? {
            return Err(ApiError::NotFound);
        }
        audit::append(&mut tx, now, by.event("api-key.revoked", "api-key", key)).await?;
        tx.commit().await?;
        tracing::info!(system_id = system, key_id = key, "API key revoked");
        Ok(())
    }

    /// Points a system's webhook at `url` (http or https) with a new signing secret, returned once; `None` or a
    /// blank `url` stops its webhook calls (the pull feed goes on).
    pub async fn set_webhook(
        &self,
        by: Operator<'_>,
        system: i64,
        url: Option<&str>,
    ) -> Result<Option<String>, ApiError> {
        let url = url.map(str::trim).filter(|u| !u.is_empty());
        let acceptable = |u: &str| {
            u.chars().count() <= MAX_URL_CHARS
                && url::Url::parse(u).is_ok_and(|p| matches!(p.scheme(), "https" | "http") && p.host().is_some())
        };
        if url.is_some_and(|u| !acceptable(u)) {
            return Err(ApiError::Invalid(vec![Problem::new("/url", "invalid-format")]));
        }
        if self.storage.system(system).await?.is_none() {
            return Err(ApiError::NotFound);
        }
        let secret = url.map(|_| crate::infra::webhook::new_secret());
        let sealed = secret
            .as_deref()
            .map(|s| crate::workers::outbox::seal_webhook_secret(&self.master_key, system, s))
            .transpose()?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        sql::set_webhook(&mut tx, system, url, sealed.as_deref()).await?;
        let action = if url.is_some() { "source-system.webhook-set" } else { "source-system.webhook-removed" };
        audit::append(&mut tx, now, by.event(action, "source-system", system)).await?;
        tx.commit().await?;
        tracing::info!(system_id = system, action, "source system webhook changed");
        Ok(secret)
    }
}

#[cfg(test)]
mod tests {
    use super::ApiScope;

    #[test]
    fn the_screen_offers_exactly_the_scopes_a_key_can_have() {
        let scopes: Vec<&str> = ApiScope::ALL.iter().map(|s| s.key()).collect();
        assert_eq!(scopes, amana_app::staff::API_SCOPES);
    }
}
