//! The shared rate-limit counters (`crate::domain::limits`): one GCRA step per check, in one statement.

use super::error::Context;

use super::{Backend, Storage};

impl Storage {
    /// One GCRA step for `key`: allowed (and counted) when the stored arrival time, brought up to `now`, is at
    /// most `tolerance` ahead of `now`; then it moves `interval` further on. Refused steps change nothing.
    pub async fn count_against_limit(&self, key: &str, now: i64, interval: i64, tolerance: i64) -> super::Result<bool> {
        let later = match self.backend {
            Backend::Sqlite => "max(rate_limits.tat, $2)",
            Backend::Postgres => "GREATEST(rate_limits.tat, $2)",
        };
        let sql = format!(
            "INSERT INTO rate_limits (key, tat) VALUES ($1, $2 + $3) \
             ON CONFLICT (key) DO UPDATE SET tat = {later} + $3 WHERE {later} - $2 <= $4"
        );
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(&sql)
            .bind(key)
            .bind(now)
            .bind(interval)
            .bind(tolerance)
            .execute(tx.conn())
            .await
            .context("counting against a rate limit")?;
        tx.commit().await?;
        Ok(done.rows_affected() == 1)
    }

    /// Drops counters whose arrival time has passed: they are back at full allowance.
    pub async fn prune_limits(&self, now: i64) -> super::Result<u64> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM rate_limits WHERE tat <= $1")
            .bind(now)
            .execute(tx.conn())
            .await
            .context("pruning rate limits")?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}
