//! Consent: purposes that need it, and the append-only history of each person's choices.

use super::error::Context;
use amana_app::contract::ActorKind;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct ConsentPurposeRow {
    pub id: i64,
    pub key: String,
    pub consent_text_version: i64,
}

#[derive(Debug, sqlx::FromRow)]
pub struct ConsentEventRow {
    pub at: i64,
    pub purpose_key: String,
    pub action: String,
    pub text_version: i64,
    #[sqlx(try_from = "String")]
    pub actor_kind: ActorKind,
    pub staff_role: Option<String>,
    pub staff_office: Option<String>,
}

impl Storage {
    /// Active purposes that need consent, in register order.
    pub async fn consent_purposes(&self) -> super::Result<Vec<ConsentPurposeRow>> {
        sqlx::query_as::<_, ConsentPurposeRow>(
            "SELECT id, key, consent_text_version FROM purposes WHERE consent_required = 1 AND active = 1 ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .context("loading consent purposes")
    }

    /// A person's consent history, oldest first.
    pub async fn consent_events_of(&self, person: i64) -> super::Result<Vec<ConsentEventRow>> {
        sqlx::query_as::<_, ConsentEventRow>(&format!(
            "SELECT c.at, p.key AS purpose_key, c.action, c.text_version, c.actor_kind, {} \
             FROM consent_events c JOIN purposes p ON p.id = c.purpose_id {} \
             WHERE c.person_id = $1 ORDER BY c.id",
            super::requests::ACTOR_COLUMNS,
            super::requests::actor_joins("c.actor_kind", "c.actor_id")
        ))
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("loading consent history")
    }
}

/// The newest consent action of a person for a purpose, read inside the write transaction.
pub async fn current_action(tx: &mut WriteTx, person: i64, purpose: i64) -> super::Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as(
        "SELECT action FROM consent_events WHERE person_id = $1 AND purpose_id = $2 ORDER BY id DESC LIMIT 1",
    )
    .bind(person)
    .bind(purpose)
    .fetch_optional(tx.conn())
    .await
    .context("reading current consent")?;
    Ok(row.map(|(a,)| a))
}

/// One consent choice, as the history records it.
pub struct NewConsentEvent {
    pub person: i64,
    pub purpose: i64,
    pub given: bool,
    /// The version of the explanation the person read.
    pub text_version: i64,
    pub by: (ActorKind, Option<i64>),
    pub at: i64,
}

/// The stored spelling of a consent choice.
pub fn action_key(given: bool) -> &'static str {
    if given {
        "given"
    } else {
        "withdrawn"
    }
}

pub async fn insert_event(tx: &mut WriteTx, event: NewConsentEvent) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO consent_events (person_id, purpose_id, action, text_version, actor_kind, actor_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(event.person)
    .bind(event.purpose)
    .bind(action_key(event.given))
    .bind(event.text_version)
    .bind(event.by.0.key())
    .bind(event.by.1)
    .bind(event.at)
    .execute(tx.conn())
    .await
    .context("recording consent")?;
    Ok(())
}
