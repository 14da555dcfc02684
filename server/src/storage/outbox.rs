//! The outbox table: messages written with the change they announce and delivered later by a worker.

use super::error::Context;

use super::{Storage, WriteTx};
use crate::infra::crypto::{places, MasterKey};

#[derive(Debug, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: String,
    pub idempotency_key: String,
    pub payload: Option<String>,
    pub attempts: i64,
}

/// Queues a message; with `queue` false, runs the very same statement and queues nothing (for a path that must
/// take as long as one that queues). A second enqueue with the same idempotency key is ignored, so retried writes
/// never double.
pub async fn enqueue(
    tx: &mut WriteTx,
    kind: &str,
    key: &str,
    payload: &str,
    now: i64,
    queue: bool,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO outbox (kind, idempotency_key, payload, created_at, next_attempt_at) SELECT $1, $2, $3, $4, $4 \
         WHERE $5 = 1 ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(kind)
    .bind(key)
    .bind(payload)
    .bind(now)
    .bind(i64::from(queue))
    .execute(tx.conn())
    .await
    .context("queueing an outbox message")?;
    Ok(())
}

impl Storage {
    /// Leases up to `limit` due messages for `lease_seconds`, so another worker (or instance) skips them. One
    /// statement: the lease condition is part of the UPDATE, so two instances never lease the same row (on
    /// PostgreSQL a row another worker leased meanwhile is re-checked against it and skipped).
    pub async fn lease_due_outbox(&self, now: i64, lease_seconds: i64, limit: i64) -> super::Result<Vec<OutboxRow>> {
        let mut tx = self.begin_write().await?;
        let leased = sqlx::query_as::<_, OutboxRow>(
            "UPDATE outbox SET locked_until = $1 WHERE id IN (SELECT id FROM outbox WHERE delivered_at IS NULL \
             AND parked_at IS NULL AND next_attempt_at <= $2 AND (locked_until IS NULL OR locked_until < $2) ORDER BY id LIMIT $3) \
             AND delivered_at IS NULL AND parked_at IS NULL AND (locked_until IS NULL OR locked_until < $2) \
             RETURNING id, kind, idempotency_key, payload, attempts",
        )
        .bind(now + lease_seconds)
        .bind(now)
        .bind(limit)
        .fetch_all(tx.conn())
        .await
        .context("leasing due outbox messages")?;
        tx.commit().await?;
        Ok(leased)
    }

    /// Marks messages delivered and drops their payloads (which hold a contact address or a code), in one
    /// transaction for a whole batch.
    pub async fn outbox_delivered(&self, ids: &[i64], now: i64) -> super::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        for id in ids {
            sqlx::query(
                "UPDATE outbox SET delivered_at = $1, payload = NULL, locked_until = NULL, last_error = NULL WHERE id = $2",
            )
            .bind(now)
            .bind(id)
            .execute(tx.conn())
            .await
            .context("marking an outbox message delivered")?;
        }
        tx.commit().await
    }

    /// Records a failed attempt: when to try again, or (`next_attempt_at` None) that the message is parked for an
    /// operator. `error` must not contain personal data.
    pub async fn outbox_failed(
        &self,
        id: i64,
        next_attempt_at: Option<i64>,
        now: i64,
        error: &str,
    ) -> super::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = COALESCE(CAST($1 AS BIGINT), next_attempt_at), \
             parked_at = CASE WHEN CAST($1 AS BIGINT) IS NULL THEN $2 ELSE NULL END, locked_until = NULL, last_error = $3 WHERE id = $4",
        )
        .bind(next_attempt_at)
        .bind(now)
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await
        .context("recording an outbox failure")?;
        tx.commit().await
    }

    /// Clears the payload of messages parked before `before`: an undeliverable mail does not keep an address or a
    /// code for ever. Returns how many were cleared.
    pub async fn clear_parked_outbox(&self, before: i64) -> super::Result<u64> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE outbox SET payload = NULL WHERE parked_at IS NOT NULL AND parked_at < $1 AND payload IS NOT NULL",
        )
        .bind(before)
        .execute(tx.conn())
        .await
        .context("clearing parked outbox payloads")?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    /// Messages not yet delivered (for health checks and tests).
    pub async fn outbox_pending(&self) -> super::Result<i64> {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(&self.pool)
            .await
            .context("counting pending outbox messages")?;
        Ok(count)
    }
}

/// Seals a payload for the outbox table, bound to its idempotency key (a payload moved to another row no longer
/// opens).
pub fn seal(master_key: &MasterKey, key: &str, json: &[u8]) -> anyhow::Result<String> {
    use base64::Engine;
    let sealed = master_key.system_key().encrypt_bytes(&places::outbox_payload(key), json)?;
    Ok(base64::engine::general_purpose::STANDARD.encode(sealed))
}

/// Opens a sealed payload of the row with idempotency key `key`.
pub fn unseal(master_key: &MasterKey, key: &str, payload: &str) -> anyhow::Result<Vec<u8>> {
    use base64::Engine;
    let sealed = base64::engine::general_purpose::STANDARD.decode(payload)?;
    master_key.system_key().decrypt_bytes(&places::outbox_payload(key), &sealed)
}

/// Queues `json` of `kind` inside `tx`, sealed.
pub async fn enqueue_sealed(tx: &mut WriteTx, kind: &str, key: &str, json: &[u8], now: i64) -> super::Result<()> {
    let payload = seal(tx.keys()?, key, json)?;
    enqueue(tx, kind, key, &payload, now, true).await
}
