//! Pending passwordless sign-ins (challenges).

use super::error::Context;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct ChallengeRow {
    pub id: String,
    pub person_id: Option<i64>,
    pub code_hash: Option<String>,
    pub expires_at: i64,
    pub attempts: i64,
    pub used_at: Option<i64>,
}

impl Storage {
    /// Forgets challenges that ended more than a day ago.
    pub async fn purge_challenges(&self, before: i64) -> super::Result<u64> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("DELETE FROM sign_in_challenges WHERE expires_at < $1")
            .bind(before)
            .execute(tx.conn())
            .await
            .context("purging old sign-in challenges")?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }
}

pub async fn insert_challenge(
    tx: &mut WriteTx,
    id: &str,
    person: Option<i64>,
    code_hash: Option<&str>,
    now: i64,
    expires_at: i64,
) -> super::Result<()> {
    // A new attempt cancels the person's earlier ones, so only the newest code works. Unmatched attempts run the
    // same statement (it matches nothing), so both paths do the same work.
    sqlx::query("UPDATE sign_in_challenges SET expires_at = $2 - 1 WHERE person_id = $1 AND used_at IS NULL AND expires_at >= $2")
        .bind(person.unwrap_or(-1))
        .bind(now)
        .execute(tx.conn())
        .await
        .context("cancelling earlier sign-in challenges")?;
    sqlx::query(
        "INSERT INTO sign_in_challenges (id, person_id, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(person)
    .bind(code_hash)
    .bind(now)
    .bind(expires_at)
    .execute(tx.conn())
    .await
    .context("storing a sign-in challenge")?;
    Ok(())
}

/// Counts one attempt at a challenge and returns the number of attempts so far, or None if it does not exist.
/// The count is taken inside the write transaction, so parallel guesses cannot slip past the limit.
pub async fn count_attempt(tx: &mut WriteTx, id: &str) -> super::Result<Option<i64>> {
    sqlx::query("UPDATE sign_in_challenges SET attempts = attempts + 1 WHERE id = $1")
        .bind(id)
        .execute(tx.conn())
        .await
        .context("counting a sign-in attempt")?;
    let attempts: Option<(i64,)> = sqlx::query_as("SELECT attempts FROM sign_in_challenges WHERE id = $1")
        .bind(id)
        .fetch_optional(tx.conn())
        .await
        .context("reading sign-in attempts")?;
    Ok(attempts.map(|(n,)| n))
}

/// Marks a challenge used; false if it was already used (a replay racing the first use).
pub async fn mark_used(tx: &mut WriteTx, id: &str, now: i64) -> super::Result<bool> {
    let done = sqlx::query("UPDATE sign_in_challenges SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(tx.conn())
        .await
        .context("using a sign-in challenge")?;
    Ok(done.rows_affected() == 1)
}

/// Loads a challenge inside a write transaction (after its attempt was counted).
pub async fn challenge_in(tx: &mut WriteTx, id: &str) -> super::Result<Option<ChallengeRow>> {
    sqlx::query_as::<_, ChallengeRow>(
        "SELECT id, person_id, code_hash, expires_at, attempts, used_at FROM sign_in_challenges WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(tx.conn())
    .await
    .context("loading a sign-in challenge")
}
