//! Server-side sessions for tower-sessions, kept in Amana's own database (either backend). Session ids are stored
//! only as SHA-256 hashes, so a copy of the table cannot be used to take over a session. Only `create` inserts: a
//! save of a session that was deleted meanwhile (signed out, or ended by its absolute limit while a slow request
//! was in flight) writes nothing, so an ended session never comes back. No session is larger than
//! [`MAX_SESSION_BYTES`].

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

use super::staff::AccountKind;
use super::{Storage, WriteTx};

/// The largest session stored. What pages keep there (ids, a flash with typed values cut to their fields'
/// maximum, opened categories) stays far below this; anything larger is refused rather than stored.
pub const MAX_SESSION_BYTES: usize = 16 * 1024;

#[derive(Clone)]
pub struct SqlSessionStore {
    storage: Storage,
}

impl std::fmt::Debug for SqlSessionStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqlSessionStore")
    }
}

impl SqlSessionStore {
    pub fn new(storage: Storage) -> Self {
        SqlSessionStore { storage }
    }

    /// Deletes sessions that have expired.
    pub async fn delete_expired(&self, now: i64) -> super::Result<u64> {
        let mut tx = self.storage.begin_write().await?;
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now).execute(tx.conn()).await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}

/// The staff member and the helper a session is signed in as, read from its values.
fn accounts(record: &Record) -> (Option<i64>, Option<i64>) {
    let id = |key: &str| record.data.get(key).and_then(serde_json::Value::as_i64);
    (id(amana_app::env::session_keys::STAFF), id(amana_app::env::session_keys::HELPER))
}

/// Ends every session signed in as this account, inside `tx`. A request still in flight cannot bring one back:
/// saving only ever updates an existing row.
pub async fn end_sessions_of(tx: &mut WriteTx, kind: AccountKind, account: i64) -> super::Result<u64> {
    let column = match kind {
        AccountKind::Staff => "staff_id",
        AccountKind::Helper => "helper_id",
    };
    let done =
        sqlx::query(&format!("DELETE FROM sessions WHERE {column} = $1")).bind(account).execute(tx.conn()).await?;
    Ok(done.rows_affected())
}

fn key(id: &Id) -> String {
    hex::encode(Sha256::digest(id.to_string().as_bytes()))
}

fn backend(error: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(error.to_string())
}

/// The record's data as stored, refused when over the size cap.
fn encoded(record: &Record) -> session_store::Result<String> {
    let data = serde_json::to_string(&record.data).map_err(|e| session_store::Error::Encode(e.to_string()))?;
    if data.len() > MAX_SESSION_BYTES {
        tracing::warn!(bytes = data.len(), "a session over the size cap was not stored");
        return Err(session_store::Error::Encode("session too large".to_owned()));
    }
    Ok(data)
}

#[async_trait]
impl SessionStore for SqlSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        let data = encoded(record)?;
        let (staff, helper) = accounts(record);
        let mut tx = self.storage.begin_write().await.map_err(backend)?;
        loop {
            let done = sqlx::query(
                "INSERT INTO sessions (id, data, expires_at, staff_id, helper_id) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(key(&record.id))
            .bind(&data)
            .bind(record.expiry_date.unix_timestamp())
            .bind(staff)
            .bind(helper)
            .execute(tx.conn())
            .await
            .map_err(backend)?;
            if done.rows_affected() == 1 {
                break;
            }
            record.id = Id::default();
        }
        tx.commit().await.map_err(backend)
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        let data = encoded(record)?;
        let (staff, helper) = accounts(record);
        let mut tx = self.storage.begin_write().await.map_err(backend)?;
        // An update only: a session deleted since this request loaded it stays deleted.
        sqlx::query("UPDATE sessions SET data = $2, expires_at = $3, staff_id = $4, helper_id = $5 WHERE id = $1")
            .bind(key(&record.id))
            .bind(&data)
            .bind(record.expiry_date.unix_timestamp())
            .bind(staff)
            .bind(helper)
            .execute(tx.conn())
            .await
            .map_err(backend)?;
        tx.commit().await.map_err(backend)
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let now = OffsetDateTime::now_utc().unix_timestamp();
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
                .bind(key(id))
                .bind(now)
                .fetch_optional(&self.storage.pool)
                .await
                .map_err(backend)?;
        let Some((data, expires_at)) = row else { return Ok(None) };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(|e| session_store::Error::Decode(e.to_string()))?,
            expiry_date: OffsetDateTime::from_unix_timestamp(expires_at).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        let mut tx = self.storage.begin_write().await.map_err(backend)?;
        sqlx::query("DELETE FROM sessions WHERE id = $1").bind(key(id)).execute(tx.conn()).await.map_err(backend)?;
        tx.commit().await.map_err(backend)
    }
}
