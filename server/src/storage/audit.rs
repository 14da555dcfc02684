//! Rows of the append-only audit log. Hashing and verification live in `crate::domain::audit`.

use super::error::Context;

use amana_app::contract::ActorKind;

use super::{Backend, Storage, WriteTx};

/// An audit event as the caller describes it (before sequence number and hashes).
#[derive(Clone, Debug, Default)]
pub struct NewAuditEvent {
    pub actor_kind: ActorKind,
    pub actor_id: Option<i64>,
    pub actor_role: Option<String>,
    pub actor_office: Option<String>,
    pub on_behalf_of: Option<i64>,
    pub action: String,
    pub person_id: Option<i64>,
    pub object_type: Option<String>,
    pub object_id: Option<i64>,
    /// JSON array of field keys (never values).
    pub field_names: String,
    pub reason: Option<String>,
}

/// A stored audit event, as written: verification must read a row someone tampered with, so nothing here is
/// decoded into a vocabulary.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AuditRow {
    pub seq: i64,
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: Option<i64>,
    pub actor_role: Option<String>,
    pub actor_office: Option<String>,
    pub on_behalf_of: Option<i64>,
    pub action: String,
    pub person_id: Option<i64>,
    pub object_type: Option<String>,
    pub object_id: Option<i64>,
    pub field_names: String,
    pub reason: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

const AUDIT_COLUMNS: &str = "seq, at, actor_kind, actor_id, actor_role, actor_office, on_behalf_of, action, \
     person_id, object_type, object_id, field_names, reason, prev_hash, hash";

/// The newest event's sequence number and hash, with the log locked against other appenders until commit.
pub async fn head_for_append(tx: &mut WriteTx) -> super::Result<Option<(i64, String)>> {
    if tx.backend() == Backend::Postgres {
        // One appender at a time across every server instance; released at commit or rollback.
        sqlx::query("SELECT pg_advisory_xact_lock(727301)")
            .execute(tx.conn())
            .await
            .context("locking the audit log")?;
    }
    sqlx::query_as::<_, (i64, String)>("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        .fetch_optional(tx.conn())
        .await
        .context("reading the audit log head")
}

pub async fn insert(tx: &mut WriteTx, row: &AuditRow) -> super::Result<()> {
    sqlx::query(&format!(
        "INSERT INTO audit_events ({AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
    ))
    .bind(row.seq)
    .bind(row.at)
    .bind(&row.actor_kind)
    .bind(row.actor_id)
    .bind(&row.actor_role)
    .bind(&row.actor_office)
    .bind(row.on_behalf_of)
    .bind(&row.action)
    .bind(row.person_id)
    .bind(&row.object_type)
    .bind(row.object_id)
    .bind(&row.field_names)
    .bind(&row.reason)
    .bind(&row.prev_hash)
    .bind(&row.hash)
    .execute(tx.conn())
    .await
    .context("appending an audit event")?;
    Ok(())
}

/// The auditor's filters in SQL terms: empty text and zero ids match anything.
#[derive(Debug)]
pub struct AuditQuery<'a> {
    pub action: &'a str,
    pub actor_kind: &'a str,
    pub actor_id: i64,
    pub person_id: i64,
    pub from: i64,
    pub until: i64,
}

impl Storage {
    /// The newest event's sequence number and hash, for a checkpoint.
    pub async fn audit_head(&self) -> super::Result<Option<(i64, String)>> {
        sqlx::query_as::<_, (i64, String)>("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&self.pool)
            .await
            .context("reading the audit log head")
    }

    /// The whole log in sequence order, for verification and export.
    pub async fn audit_log(&self) -> super::Result<Vec<AuditRow>> {
        sqlx::query_as::<_, AuditRow>(&format!("SELECT {AUDIT_COLUMNS} FROM audit_events ORDER BY seq"))
            .fetch_all(&self.pool)
            .await
            .context("reading the audit log")
    }

    /// Events matching the auditor's filters, newest first: `limit` rows after skipping `offset`.
    pub async fn audit_filtered(
        &self,
        filter: &AuditQuery<'_>,
        offset: i64,
        limit: i64,
    ) -> super::Result<Vec<AuditRow>> {
        sqlx::query_as::<_, AuditRow>(&format!(
            "SELECT {AUDIT_COLUMNS} FROM audit_events \
             WHERE ($1 = '' OR substr(action, 1, length($1)) = $1) AND ($2 = '' OR actor_kind = $2) AND ($3 = 0 OR actor_id = $3) \
             AND ($4 = 0 OR person_id = $4) AND at >= $5 AND at < $6 ORDER BY seq DESC LIMIT $7 OFFSET $8"
        ))
        .bind(filter.action)
        .bind(filter.actor_kind)
        .bind(filter.actor_id)
        .bind(filter.person_id)
        .bind(filter.from)
        .bind(filter.until)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await
        .context("reading the filtered audit log")
    }

    /// Accesses to one person's record by staff or helpers, newest first: `limit` rows after skipping `offset`.
    pub async fn accesses_to(&self, person: i64, offset: i64, limit: i64) -> super::Result<Vec<AuditRow>> {
        sqlx::query_as::<_, AuditRow>(&format!(
            "SELECT {AUDIT_COLUMNS} FROM audit_events WHERE person_id = $1 AND actor_kind IN ('staff', 'helper')              ORDER BY seq DESC LIMIT $2 OFFSET $3"
        ))
        .bind(person)
        .bind(limit)
        .bind(offset)
        .fetch_all(&self.pool)
        .await
        .context("reading accesses to a record")
    }

    /// The events about one person, newest first.
    pub async fn audit_for_person(&self, person: i64) -> super::Result<Vec<AuditRow>> {
        sqlx::query_as::<_, AuditRow>(&format!(
            "SELECT {AUDIT_COLUMNS} FROM audit_events WHERE person_id = $1 ORDER BY seq DESC"
        ))
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("reading a person's audit events")
    }
}
