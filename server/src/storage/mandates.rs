//! Mandates: a person's revocable, scoped, time-limited permission for a helper to act for them.

use anyhow::Context;

use super::Storage;

#[derive(Debug, sqlx::FromRow)]
pub struct MandateRow {
    pub id: i64,
    pub person_id: i64,
    pub scope: String,
    pub expires_at: i64,
}

impl Storage {
    /// The helper's mandates that are active at `now`: redeemed, not revoked, not expired.
    pub async fn active_mandates_of(&self, helper: i64, now: i64) -> anyhow::Result<Vec<MandateRow>> {
        sqlx::query_as::<_, MandateRow>(
            "SELECT id, person_id, scope, expires_at FROM mandates \
             WHERE helper_id = $1 AND activated_at IS NOT NULL AND revoked_at IS NULL AND expires_at > $2 ORDER BY expires_at",
        )
        .bind(helper)
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .context("listing a helper's mandates")
    }
}
