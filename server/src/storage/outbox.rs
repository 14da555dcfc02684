//! The outbox table: messages written with the change they announce and delivered later by a worker.

use anyhow::Context;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: String,
    pub idempotency_key: String,
    pub payload: Option<String>,
    pub attempts: i64,
}

/// Queues a message. A second enqueue with the same idempotency key is ignored, so retried writes never double.
pub async fn enqueue(tx: &mut WriteTx, kind: &str, key: &str, payload: &str, now: i64) -> anyhow::Result<()> {
    sqlx::query(
        "INSERT INTO outbox (kind, idempotency_key, payload, created_at, next_attempt_at) VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(kind)
    .bind(key)
    .bind(payload)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("queueing an outbox message")?;
    Ok(())
}

impl Storage {
    /// Leases up to `limit` due messages for `lease_seconds`, so another worker (or instance) skips them.
    pub async fn lease_due_outbox(&self, now: i64, lease_seconds: i64, limit: i64) -> anyhow::Result<Vec<OutboxRow>> {
        let mut tx = self.begin_write().await?;
        let candidates: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM outbox WHERE delivered_at IS NULL AND next_attempt_at <= $1 \
             AND (locked_until IS NULL OR locked_until < $1) ORDER BY id LIMIT $2",
        )
        .bind(now)
        .bind(limit)
        .fetch_all(tx.conn())
        .await
        .context("finding due outbox messages")?;
        let mut leased = Vec::new();
        for (id,) in candidates {
            // The condition is re-checked by the UPDATE itself, so two instances never lease the same row.
            let done = sqlx::query(
                "UPDATE outbox SET locked_until = $1 WHERE id = $2 AND delivered_at IS NULL \
                 AND (locked_until IS NULL OR locked_until < $3)",
            )
            .bind(now + lease_seconds)
            .bind(id)
            .bind(now)
            .execute(tx.conn())
            .await
            .context("leasing an outbox message")?;
            if done.rows_affected() == 1 {
                let row = sqlx::query_as::<_, OutboxRow>(
                    "SELECT id, kind, idempotency_key, payload, attempts FROM outbox WHERE id = $1",
                )
                .bind(id)
                .fetch_one(tx.conn())
                .await
                .context("loading an outbox message")?;
                leased.push(row);
            }
        }
        tx.commit().await?;
        Ok(leased)
    }

    /// Marks a message delivered and drops its payload (which may hold a contact address or a code).
    pub async fn outbox_delivered(&self, id: i64, now: i64) -> anyhow::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE outbox SET delivered_at = $1, payload = NULL, locked_until = NULL, last_error = NULL WHERE id = $2")
            .bind(now)
            .bind(id)
            .execute(tx.conn())
            .await
            .context("marking an outbox message delivered")?;
        tx.commit().await
    }

    /// Records a failed attempt and when to try again. `error` must not contain personal data.
    pub async fn outbox_failed(&self, id: i64, next_attempt_at: i64, error: &str) -> anyhow::Result<()> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, locked_until = NULL, last_error = $2 WHERE id = $3",
        )
        .bind(next_attempt_at)
        .bind(error)
        .bind(id)
        .execute(tx.conn())
        .await
        .context("recording an outbox failure")?;
        tx.commit().await
    }

    /// Messages not yet delivered (for health checks and tests).
    pub async fn outbox_pending(&self) -> anyhow::Result<i64> {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
            .fetch_one(&self.pool)
            .await
            .context("counting pending outbox messages")?;
        Ok(count)
    }
}
