//! Source systems and what they do through the API: their registration and keys, the answers kept for
//! idempotent retries, imports and their per-line problems, the approved changes they must carry out, and the
//! accesses they report.

use std::collections::HashSet;

use super::error::Context;
use super::{Backend, Storage, WriteTx};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SystemRow {
    pub id: i64,
    pub name: String,
    pub contact: String,
    /// JSON array of purpose keys.
    pub purposes: String,
    /// JSON array of category keys.
    pub categories: String,
    pub webhook_url: Option<String>,
    pub webhook_secret_enc: Option<String>,
}

/// A JSON list of keys as stored (a system's purposes and categories, a key's scopes).
pub fn json_list(list: &str) -> Vec<String> {
    serde_json::from_str(list).unwrap_or_default()
}

const SYSTEM_COLUMNS: &str = "id, name, contact, purposes, categories, webhook_url, webhook_secret_enc";

/// A key with the system it belongs to.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ApiKeyRow {
    pub id: i64,
    pub public_id: String,
    pub system_id: i64,
    pub secret_hash: String,
    /// JSON array of scope keys.
    pub scopes: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

const KEY_COLUMNS: &str =
    "id, public_id, system_id, secret_hash, scopes, created_at, expires_at, last_used_at, revoked_at";

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct IdempotencyRow {
    pub request_hash: String,
    pub status: Option<i64>,
    pub location: Option<String>,
    pub body: Option<String>,
    pub created_at: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ImportRow {
    pub id: i64,
    pub public_id: String,
    pub key_id: i64,
    pub state: String,
    pub lines: i64,
    pub people: i64,
    pub fields: i64,
    pub failed: i64,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ImportErrorRow {
    pub id: i64,
    pub line: i64,
    pub pointer: String,
    pub code: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ChangeRow {
    pub id: i64,
    pub public_id: String,
    pub system_id: i64,
    pub request_id: i64,
    pub event: String,
    pub payload: String,
    pub created_at: i64,
    pub ack_outcome: Option<String>,
    pub ack_reason: Option<String>,
    pub acked_at: Option<i64>,
}

const CHANGE_COLUMNS: &str =
    "c.id, c.public_id, c.system_id, c.request_id, c.event, c.payload, c.created_at, c.ack_outcome, c.ack_reason, \
     c.acked_at";

/// A request's change as staff and the person see it: which system, and what it answered.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ChangeStateRow {
    pub system: String,
    pub event: String,
    pub ack_outcome: Option<String>,
    pub ack_reason: Option<String>,
    pub acked_at: Option<i64>,
}

/// A field a system already holds about a person.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HeldFieldRow {
    pub id: i64,
    pub category: String,
    pub field_key: String,
}

/// A field ready to insert: its id allocated, its value sealed for that id.
pub struct SealedField {
    pub id: i64,
    pub person: i64,
    pub category: String,
    pub field_key: String,
    pub purpose_id: i64,
    pub collected_at: i64,
    pub kept_until: String,
    pub value_enc: Vec<u8>,
}

/// An access a system reports.
pub struct NewAccessEvent<'a> {
    pub system: i64,
    pub person: i64,
    pub query_id: &'a str,
    pub at: i64,
    pub office: &'a str,
    pub role: &'a str,
    pub purpose: &'a str,
    pub legal_basis: &'a str,
    pub fields: String,
    pub hidden_until: Option<i64>,
    pub hidden_reason: Option<&'a str>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccessEventRow {
    pub at: i64,
    pub system: String,
    pub office: String,
    pub role: String,
    pub purpose: String,
    pub legal_basis: String,
    pub fields: String,
}

impl Storage {
    pub async fn systems(&self) -> super::Result<Vec<SystemRow>> {
        sqlx::query_as::<_, SystemRow>(&format!("SELECT {SYSTEM_COLUMNS} FROM source_systems ORDER BY name"))
            .fetch_all(&self.pool)
            .await
            .context("listing source systems")
    }

    pub async fn system(&self, id: i64) -> super::Result<Option<SystemRow>> {
        sqlx::query_as::<_, SystemRow>(&format!("SELECT {SYSTEM_COLUMNS} FROM source_systems WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading a source system")
    }

    pub async fn system_by_name(&self, name: &str) -> super::Result<Option<SystemRow>> {
        sqlx::query_as::<_, SystemRow>(&format!("SELECT {SYSTEM_COLUMNS} FROM source_systems WHERE name = $1"))
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .context("looking up a source system")
    }

    pub async fn api_key(&self, public_id: &str) -> super::Result<Option<ApiKeyRow>> {
        sqlx::query_as::<_, ApiKeyRow>(&format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE public_id = $1"))
            .bind(public_id)
            .fetch_optional(&self.pool)
            .await
            .context("looking up an API key")
    }

    pub async fn api_key_by_id(&self, id: i64) -> super::Result<Option<ApiKeyRow>> {
        sqlx::query_as::<_, ApiKeyRow>(&format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading an API key")
    }

    pub async fn api_keys_of(&self, system: i64) -> super::Result<Vec<ApiKeyRow>> {
        sqlx::query_as::<_, ApiKeyRow>(&format!("SELECT {KEY_COLUMNS} FROM api_keys WHERE system_id = $1 ORDER BY id"))
            .bind(system)
            .fetch_all(&self.pool)
            .await
            .context("listing a system's API keys")
    }

    /// Notes that a key was used, at most once a minute per key (a busy import does not write on every call).
    pub async fn touch_api_key(&self, id: i64, now: i64) -> super::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE api_keys SET last_used_at = $2 WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $3)",
        )
        .bind(id)
        .bind(now)
        .bind(now - 60)
        .execute(tx.conn())
        .await
        .context("noting an API key's use")?;
        tx.commit().await
    }

    pub async fn idempotency(&self, system: i64, key: &str) -> super::Result<Option<IdempotencyRow>> {
        sqlx::query_as::<_, IdempotencyRow>(
            "SELECT request_hash, status, location, body, created_at FROM api_idempotency \
             WHERE system_id = $1 AND idempotency_key = $2",
        )
        .bind(system)
        .bind(key)
        .fetch_optional(&self.pool)
        .await
        .context("reading a kept answer")
    }

    /// Claims `key` for a first call: false when another call holds or held it.
    pub async fn claim_idempotency(&self, system: i64, key: &str, hash: &str, now: i64) -> super::Result<bool> {
        let mut tx = self.begin_write().await?;
        let claimed = sqlx::query(
            "INSERT INTO api_idempotency (system_id, idempotency_key, request_hash, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (system_id, idempotency_key) DO NOTHING",
        )
        .bind(system)
        .bind(key)
        .bind(hash)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("claiming an idempotency key")?
        .rows_affected()
            == 1;
        tx.commit().await?;
        Ok(claimed)
    }

    /// Keeps the answer to a claimed call (and, for a streamed import, the hash of the body it read).
    pub async fn keep_answer(
        &self,
        system: i64,
        key: &str,
        hash: &str,
        status: u16,
        location: Option<&str>,
        body: &str,
    ) -> super::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE api_idempotency SET request_hash = $3, status = $4, location = $5, body = $6 \
             WHERE system_id = $1 AND idempotency_key = $2",
        )
        .bind(system)
        .bind(key)
        .bind(hash)
        .bind(i64::from(status))
        .bind(location)
        .bind(body)
        .execute(tx.conn())
        .await
        .context("keeping an answer")?;
        tx.commit().await
    }

    /// Lets `key` be used again: its call failed without writing, or was abandoned (a crash) before answering.
    pub async fn release_idempotency(&self, system: i64, key: &str) -> super::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM api_idempotency WHERE system_id = $1 AND idempotency_key = $2")
            .bind(system)
            .bind(key)
            .execute(tx.conn())
            .await
            .context("releasing an idempotency key")?;
        tx.commit().await
    }

    pub async fn import(&self, system: i64, public_id: &str) -> super::Result<Option<ImportRow>> {
        sqlx::query_as::<_, ImportRow>(
            "SELECT id, public_id, key_id, state, lines, people, fields, failed, created_at, finished_at FROM imports \
             WHERE system_id = $1 AND public_id = $2",
        )
        .bind(system)
        .bind(public_id)
        .fetch_optional(&self.pool)
        .await
        .context("loading an import")
    }

    /// `limit` problems of an import after the one with id `after`, in line order.
    pub async fn import_errors(&self, import: i64, after: i64, limit: i64) -> super::Result<Vec<ImportErrorRow>> {
        sqlx::query_as::<_, ImportErrorRow>(
            "SELECT id, line, pointer, code FROM import_errors WHERE import_id = $1 AND id > $2 ORDER BY id LIMIT $3",
        )
        .bind(import)
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("reading an import's problems")
    }

    /// `limit` changes for `system` after the one with id `after`, oldest first.
    pub async fn changes_for(&self, system: i64, after: i64, limit: i64) -> super::Result<Vec<ChangeRow>> {
        sqlx::query_as::<_, ChangeRow>(&format!(
            "SELECT {CHANGE_COLUMNS} FROM upstream_changes c WHERE c.system_id = $1 AND c.id > $2 ORDER BY c.id LIMIT $3"
        ))
        .bind(system)
        .bind(after)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("reading the change feed")
    }

    pub async fn change(&self, system: i64, public_id: &str) -> super::Result<Option<ChangeRow>> {
        sqlx::query_as::<_, ChangeRow>(&format!(
            "SELECT {CHANGE_COLUMNS} FROM upstream_changes c WHERE c.system_id = $1 AND c.public_id = $2"
        ))
        .bind(system)
        .bind(public_id)
        .fetch_optional(&self.pool)
        .await
        .context("loading a change")
    }

    /// The changes an applied request asked of source systems, with their answers.
    pub async fn changes_of_request(&self, request: i64) -> super::Result<Vec<ChangeStateRow>> {
        sqlx::query_as::<_, ChangeStateRow>(
            "SELECT s.name AS system, c.event, c.ack_outcome, c.ack_reason, c.acked_at FROM upstream_changes c \
             JOIN source_systems s ON s.id = c.system_id WHERE c.request_id = $1 ORDER BY c.id",
        )
        .bind(request)
        .fetch_all(&self.pool)
        .await
        .context("reading a request's upstream changes")
    }

    /// The newest `limit` accesses source systems reported on a person that are no longer hidden at `now`.
    pub async fn reported_accesses(&self, person: i64, now: i64, limit: i64) -> super::Result<Vec<AccessEventRow>> {
        sqlx::query_as::<_, AccessEventRow>(
            "SELECT a.at, s.name AS system, a.office, a.role, a.purpose, a.legal_basis, a.fields FROM access_events a \
             JOIN source_systems s ON s.id = a.system_id \
             WHERE a.person_id = $1 AND (a.hidden_until IS NULL OR a.hidden_until <= $2) ORDER BY a.at DESC, a.id DESC \
             LIMIT $3",
        )
        .bind(person)
        .bind(now)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
        .context("reading reported accesses")
    }

    /// Case reference → person id, for people not erased, in one query (an access-event batch).
    pub async fn people_by_reference(&self, references: &[String]) -> super::Result<Vec<(String, i64)>> {
        if references.is_empty() {
            return Ok(Vec::new());
        }
        let placeholders: Vec<String> = (1..=references.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "SELECT case_reference, id FROM people WHERE erased_at IS NULL AND case_reference IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query_as::<_, (String, i64)>(&sql);
        for reference in references {
            query = query.bind(reference);
        }
        query.fetch_all(&self.pool).await.context("looking up people by reference")
    }
}

/// A system by name inside a write.
pub async fn system_by_name_in(tx: &mut WriteTx, name: &str) -> super::Result<Option<SystemRow>> {
    sqlx::query_as::<_, SystemRow>(&format!("SELECT {SYSTEM_COLUMNS} FROM source_systems WHERE name = $1"))
        .bind(name)
        .fetch_optional(tx.conn())
        .await
        .context("looking up a source system")
}

pub async fn insert_system(
    tx: &mut WriteTx,
    name: &str,
    contact: &str,
    purposes: &str,
    categories: &str,
    now: i64,
) -> super::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO source_systems (name, contact, purposes, categories, created_at) VALUES ($1, $2, $3, $4, $5) \
         RETURNING id",
    )
    .bind(name)
    .bind(contact)
    .bind(purposes)
    .bind(categories)
    .bind(now)
    .fetch_one(tx.conn())
    .await
    .context("registering a source system")?;
    Ok(row.try_get::<i64, _>(0)?)
}

pub async fn set_webhook(tx: &mut WriteTx, system: i64, url: Option<&str>, secret: Option<&str>) -> super::Result<()> {
    sqlx::query("UPDATE source_systems SET webhook_url = $2, webhook_secret_enc = $3 WHERE id = $1")
        .bind(system)
        .bind(url)
        .bind(secret)
        .execute(tx.conn())
        .await
        .context("setting a webhook target")?;
    Ok(())
}

pub async fn live_keys(tx: &mut WriteTx, system: i64, now: i64) -> super::Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM api_keys WHERE system_id = $1 AND revoked_at IS NULL AND expires_at > $2")
            .bind(system)
            .bind(now)
            .fetch_one(tx.conn())
            .await
            .context("counting live keys")?;
    Ok(count)
}

pub async fn insert_api_key(
    tx: &mut WriteTx,
    public_id: &str,
    system: i64,
    secret_hash: &str,
    scopes: &str,
    now: i64,
    expires_at: i64,
) -> super::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO api_keys (public_id, system_id, secret_hash, scopes, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(public_id)
    .bind(system)
    .bind(secret_hash)
    .bind(scopes)
    .bind(now)
    .bind(expires_at)
    .fetch_one(tx.conn())
    .await
    .context("creating an API key")?;
    Ok(row.try_get::<i64, _>(0)?)
}

/// Revokes a key of `system`; false if it has no such live key.
pub async fn revoke_api_key(tx: &mut WriteTx, system: i64, key: i64, now: i64) -> super::Result<bool> {
    Ok(sqlx::query("UPDATE api_keys SET revoked_at = $3 WHERE id = $2 AND system_id = $1 AND revoked_at IS NULL")
        .bind(system)
        .bind(key)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("revoking an API key")?
        .rows_affected()
        == 1)
}

/// Whether a key is still live: re-checked by a long import between its batches.
pub async fn key_is_live(tx: &mut WriteTx, key: i64, now: i64) -> super::Result<bool> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM api_keys WHERE id = $1 AND revoked_at IS NULL AND expires_at > $2")
            .bind(key)
            .bind(now)
            .fetch_optional(tx.conn())
            .await
            .context("checking an API key")?;
    Ok(row.is_some())
}

pub async fn insert_import(tx: &mut WriteTx, public_id: &str, system: i64, key: i64, now: i64) -> super::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO imports (public_id, system_id, key_id, state, created_at) VALUES ($1, $2, $3, 'running', $4) \
         RETURNING id",
    )
    .bind(public_id)
    .bind(system)
    .bind(key)
    .bind(now)
    .fetch_one(tx.conn())
    .await
    .context("starting an import")?;
    Ok(row.try_get::<i64, _>(0)?)
}

/// Adds a batch's counts to an import and records its problems.
pub async fn record_import_batch(
    tx: &mut WriteTx,
    import: i64,
    counts: [i64; 4],
    problems: &[(i64, String, String)],
) -> super::Result<()> {
    let [lines, people, fields, failed] = counts;
    sqlx::query(
        "UPDATE imports SET lines = lines + $2, people = people + $3, fields = fields + $4, failed = failed + $5 \
         WHERE id = $1",
    )
    .bind(import)
    .bind(lines)
    .bind(people)
    .bind(fields)
    .bind(failed)
    .execute(tx.conn())
    .await
    .context("counting an import's lines")?;
    for chunk in problems.chunks(200) {
        let mut sql = String::from("INSERT INTO import_errors (import_id, line, pointer, code) VALUES ");
        let rows: Vec<String> =
            (0..chunk.len()).map(|i| format!("($1, ${}, ${}, ${})", i * 3 + 2, i * 3 + 3, i * 3 + 4)).collect();
        sql.push_str(&rows.join(", "));
        let mut query = sqlx::query(&sql).bind(import);
        for (line, pointer, code) in chunk {
            query = query.bind(*line).bind(pointer.as_str()).bind(code.as_str());
        }
        query.execute(tx.conn()).await.context("recording an import's problems")?;
    }
    Ok(())
}

pub async fn finish_import(tx: &mut WriteTx, import: i64, state: &str, now: i64) -> super::Result<()> {
    sqlx::query("UPDATE imports SET state = $2, finished_at = $3 WHERE id = $1")
        .bind(import)
        .bind(state)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("finishing an import")?;
    Ok(())
}

pub async fn insert_change(
    tx: &mut WriteTx,
    public_id: &str,
    system: i64,
    request: i64,
    event: &str,
    payload: &str,
    now: i64,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO upstream_changes (public_id, system_id, request_id, event, payload, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(public_id)
    .bind(system)
    .bind(request)
    .bind(event)
    .bind(payload)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("recording an upstream change")?;
    Ok(())
}

/// Records a system's answer to a change; false if it was already answered.
pub async fn acknowledge_change(
    tx: &mut WriteTx,
    change: i64,
    outcome: &str,
    reason: Option<&str>,
    now: i64,
) -> super::Result<bool> {
    Ok(sqlx::query(
        "UPDATE upstream_changes SET ack_outcome = $2, ack_reason = $3, acked_at = $4 WHERE id = $1 AND acked_at IS NULL",
    )
    .bind(change)
    .bind(outcome)
    .bind(reason)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("acknowledging a change")?
    .rows_affected()
        == 1)
}

/// Stores a reported access unless the system already reported this query; true if stored.
pub async fn insert_access_event(tx: &mut WriteTx, event: NewAccessEvent<'_>, now: i64) -> super::Result<bool> {
    Ok(sqlx::query(
        "INSERT INTO access_events (system_id, person_id, query_id, at, office, role, purpose, legal_basis, fields, \
         hidden_until, hidden_reason, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (system_id, query_id) DO NOTHING",
    )
    .bind(event.system)
    .bind(event.person)
    .bind(event.query_id)
    .bind(event.at)
    .bind(event.office)
    .bind(event.role)
    .bind(event.purpose)
    .bind(event.legal_basis)
    .bind(event.fields)
    .bind(event.hidden_until)
    .bind(event.hidden_reason)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("storing a reported access")?
    .rows_affected()
        == 1)
}

/// A person by case reference inside a write, erased or not: (id, date of birth, erased, wrapped key).
pub async fn person_for_intake(
    tx: &mut WriteTx,
    reference: &str,
) -> super::Result<Option<(i64, String, Option<i64>, Option<Vec<u8>>)>> {
    sqlx::query_as(
        "SELECT p.id, p.date_of_birth, p.erased_at, k.wrapped_key FROM people p \
         LEFT JOIN person_keys k ON k.person_id = p.id WHERE p.case_reference = $1",
    )
    .bind(reference)
    .fetch_optional(tx.conn())
    .await
    .context("looking up a person to load")
}

/// Updates what a system says about a person: birth date, language, region (each only when given).
pub async fn update_person(
    tx: &mut WriteTx,
    person: i64,
    date_of_birth: &str,
    locale: Option<&str>,
    region: Option<&str>,
) -> super::Result<()> {
    sqlx::query(
        "UPDATE people SET date_of_birth = $2, preferred_locale = COALESCE($3, preferred_locale), \
         region = COALESCE($4, region) WHERE id = $1",
    )
    .bind(person)
    .bind(date_of_birth)
    .bind(locale)
    .bind(region)
    .execute(tx.conn())
    .await
    .context("updating a person")?;
    Ok(())
}

/// The live fields `system` holds about `person`.
pub async fn held_fields(tx: &mut WriteTx, person: i64, system: &str) -> super::Result<Vec<HeldFieldRow>> {
    sqlx::query_as::<_, HeldFieldRow>(
        "SELECT id, category, field_key FROM record_fields WHERE person_id = $1 AND source_system = $2 \
         AND erased_at IS NULL",
    )
    .bind(person)
    .bind(system)
    .fetch_all(tx.conn())
    .await
    .context("reading a system's fields of a person")
}

/// Whether any system other than `system` still holds a live field of `person`.
pub async fn held_elsewhere(tx: &mut WriteTx, person: i64, system: &str) -> super::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM record_fields WHERE person_id = $1 AND source_system <> $2 AND erased_at IS NULL LIMIT 1",
    )
    .bind(person)
    .bind(system)
    .fetch_optional(tx.conn())
    .await
    .context("checking who else holds a person")?;
    Ok(row.is_some())
}

/// Replaces a held field's value and what it is kept for.
pub async fn replace_field(tx: &mut WriteTx, field: &SealedField, now: i64) -> super::Result<()> {
    sqlx::query(
        "UPDATE record_fields SET value_enc = $2, purpose_id = $3, collected_at = $4, kept_until = $5, updated_at = $6 \
         WHERE id = $1",
    )
    .bind(field.id)
    .bind(field.value_enc.clone())
    .bind(field.purpose_id)
    .bind(field.collected_at)
    .bind(field.kept_until.as_str())
    .bind(now)
    .execute(tx.conn())
    .await
    .context("replacing a field")?;
    Ok(())
}

/// Takes `count` new field ids. The write transaction holds the database's one writer on SQLite, so the next ids
/// after the largest are free; PostgreSQL hands them out from the column's sequence.
/// Tables whose new rows take ids before they are written (a value is sealed for its row, so it needs the id).
#[derive(Clone, Copy)]
pub enum IdTable {
    People,
    RecordFields,
}

impl IdTable {
    fn name(self) -> &'static str {
        match self {
            IdTable::People => "people",
            IdTable::RecordFields => "record_fields",
        }
    }
}

/// Takes `count` ids for new rows of `table`, inside the write transaction.
pub async fn allocate_ids(tx: &mut WriteTx, table: IdTable, count: usize) -> super::Result<Vec<i64>> {
    let count = i64::try_from(count).map_err(|e| super::StorageError::Unexpected(e.into()))?;
    if count == 0 {
        return Ok(Vec::new());
    }
    let table = table.name();
    match tx.backend() {
        // One writer at a time: the ids after the largest are free until this transaction ends.
        Backend::Sqlite => {
            let (max,): (i64,) = sqlx::query_as(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"))
                .fetch_one(tx.conn())
                .await
                .context("finding free ids")?;
            Ok((max + 1..=max + count).collect())
        }
        Backend::Postgres => {
            let rows: Vec<(i64,)> = sqlx::query_as(&format!(
                "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, $1)"
            ))
            .bind(count)
            .fetch_all(tx.conn())
            .await
            .context("taking ids")?;
            Ok(rows.into_iter().map(|(id,)| id).collect())
        }
    }
}

/// Which of `references` Amana has a person for, erased ones included.
pub async fn known_references(tx: &mut WriteTx, references: &[&str]) -> super::Result<HashSet<String>> {
    let mut known = HashSet::new();
    for chunk in references.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!("SELECT case_reference FROM people WHERE case_reference IN ({})", placeholders.join(", "));
        let mut query = sqlx::query_as::<_, (String,)>(&sql);
        for reference in chunk {
            query = query.bind(*reference);
        }
        known.extend(query.fetch_all(tx.conn()).await.context("looking up references")?.into_iter().map(|(r,)| r));
    }
    Ok(known)
}

/// A person a bulk load adds, with the id taken for them and their key wrapped under the master key.
pub struct NewPersonRow<'a> {
    pub id: i64,
    pub reference: &'a str,
    pub date_of_birth: &'a str,
    pub locale: Option<&'a str>,
    pub region: &'a str,
    pub email_enc: Option<Vec<u8>>,
    pub phone_enc: Option<Vec<u8>>,
    pub contact_channel: Option<&'a str>,
    pub wrapped_key: Vec<u8>,
}

/// Inserts new people and their keys, many to a statement.
pub async fn insert_new_people(tx: &mut WriteTx, people: &[NewPersonRow<'_>], now: i64) -> super::Result<()> {
    for chunk in people.chunks(rows_per_statement(tx, 8)) {
        let rows = placeholder_rows(chunk.len(), 8, 2, |b| {
            format!("(${b}, ${}, ${}, ${}, ${}, ${}, ${}, ${}, $1)", b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7)
        });
        let sql = format!(
            "INSERT INTO people (id, case_reference, date_of_birth, preferred_locale, region, email_enc, phone_enc, \
             contact_channel, created_at) VALUES {rows}"
        );
        let mut query = sqlx::query(&sql).bind(now);
        for p in chunk {
            query = query
                .bind(p.id)
                .bind(p.reference)
                .bind(p.date_of_birth)
                .bind(p.locale)
                .bind(p.region)
                .bind(p.email_enc.clone())
                .bind(p.phone_enc.clone())
                .bind(p.contact_channel);
        }
        query.execute(tx.conn()).await.context("inserting people")?;
        let rows = placeholder_rows(chunk.len(), 2, 2, |b| format!("(${b}, ${}, $1)", b + 1));
        let sql = format!("INSERT INTO person_keys (person_id, wrapped_key, created_at) VALUES {rows}");
        let mut query = sqlx::query(&sql).bind(now);
        for p in chunk {
            query = query.bind(p.id).bind(p.wrapped_key.clone());
        }
        query.execute(tx.conn()).await.context("storing person keys")?;
    }
    Ok(())
}

/// How many rows of `per_row` parameters one multi-row INSERT takes. SQLite binds each parameter by looking its
/// name up in a list, so a statement's cost grows with the square of its parameters: a few hundred at most
/// (thousands made a bulk import CPU-bound, docs/performance.md); PostgreSQL takes thousands.
fn rows_per_statement(tx: &WriteTx, per_row: usize) -> usize {
    let parameters = match tx.backend() {
        Backend::Sqlite => 256,
        Backend::Postgres => 8192,
    };
    (parameters / per_row).max(1)
}

/// `count` rows of placeholders for a multi-row INSERT, `per_row` parameters each from `$first` on, each written by
/// `row` from its first parameter's number.
fn placeholder_rows(count: usize, per_row: usize, first: usize, row: impl Fn(usize) -> String) -> String {
    (0..count).map(|i| row(first + i * per_row)).collect::<Vec<_>>().join(", ")
}

/// Inserts sealed fields from one system (of one person or many), many rows to a statement.
pub async fn insert_sealed_fields(
    tx: &mut WriteTx,
    system: &str,
    fields: &[SealedField],
    now: i64,
) -> super::Result<()> {
    for chunk in fields.chunks(rows_per_statement(tx, 8)) {
        let rows = placeholder_rows(chunk.len(), 8, 3, |b| {
            format!(
                "(${b}, ${}, ${}, ${}, ${}, $1, ${}, ${}, ${}, $2)",
                b + 1,
                b + 2,
                b + 3,
                b + 4,
                b + 5,
                b + 6,
                b + 7
            )
        });
        let sql = format!(
            "INSERT INTO record_fields (id, person_id, category, field_key, value_enc, source_system, purpose_id, \
             collected_at, kept_until, updated_at) VALUES {rows}"
        );
        let mut query = sqlx::query(&sql).bind(system).bind(now);
        for field in chunk {
            query = query
                .bind(field.id)
                .bind(field.person)
                .bind(field.category.as_str())
                .bind(field.field_key.as_str())
                .bind(field.value_enc.clone())
                .bind(field.purpose_id)
                .bind(field.collected_at)
                .bind(field.kept_until.as_str());
        }
        query.execute(tx.conn()).await.context("inserting fields")?;
    }
    Ok(())
}

/// Ends a person no system holds any more: their key is shredded (every copy of their values, backups included,
/// can no longer be read), their contact details go, and the row stays as a tombstone.
pub async fn forget_person(tx: &mut WriteTx, person: i64, now: i64) -> super::Result<()> {
    sqlx::query("DELETE FROM person_keys WHERE person_id = $1")
        .bind(person)
        .execute(tx.conn())
        .await
        .context("shredding a person's key")?;
    sqlx::query("UPDATE people SET email_enc = NULL, phone_enc = NULL, erased_at = $2 WHERE id = $1")
        .bind(person)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("forgetting a person")?;
    Ok(())
}
