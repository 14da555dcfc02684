//! Staff accounts: sign-in state (password hash, TOTP secret, failures, lockout, recovery codes) and teams.

use anyhow::Context;
use sqlx::Row;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct StaffRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub office: String,
    pub password_hash: String,
    pub totp_secret_enc: Option<Vec<u8>>,
    pub totp_enrolled_at: Option<i64>,
    pub totp_last_step: Option<i64>,
    pub failed_attempts: i64,
    pub locked_until: Option<i64>,
    pub preferred_locale: Option<String>,
    pub active: i64,
}

const STAFF_COLUMNS: &str = "id, email, display_name, role, office, password_hash, totp_secret_enc, totp_enrolled_at, \
     totp_last_step, failed_attempts, locked_until, preferred_locale, active";

impl Storage {
    pub async fn staff_by_email(&self, email: &str) -> anyhow::Result<Option<StaffRow>> {
        sqlx::query_as::<_, StaffRow>(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE lower(email) = lower($1)"))
            .bind(email)
            .fetch_optional(&self.pool)
            .await
            .context("looking up a staff member by e-mail")
    }

    pub async fn staff_by_id(&self, id: i64) -> anyhow::Result<Option<StaffRow>> {
        sqlx::query_as::<_, StaffRow>(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading a staff member")
    }

    /// The staff member with this e-mail address or exact name (any case), if exactly one matches.
    pub async fn staff_named(&self, named: &str) -> anyhow::Result<Option<i64>> {
        let rows = sqlx::query("SELECT id FROM staff WHERE lower(email) = lower($1) OR lower(display_name) = lower($1)")
            .bind(named.trim())
            .fetch_all(&self.pool)
            .await
            .context("looking up a named staff member")?;
        match rows.as_slice() {
            [one] => Ok(Some(one.try_get::<i64, _>(0)?)),
            _ => Ok(None),
        }
    }

    /// The teams a staff member belongs to: id, key and the name an administrator gave (if any).
    pub async fn teams_of(&self, staff: i64) -> anyhow::Result<Vec<(i64, String, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT t.id, t.key, t.name FROM teams t JOIN staff_teams st ON st.team_id = t.id WHERE st.staff_id = $1 ORDER BY t.id",
        )
        .bind(staff)
        .fetch_all(&self.pool)
        .await
        .context("loading a staff member's teams")?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }

    /// Active staff with a casework role in any of `teams`: id and name, for reassignment.
    pub async fn caseworkers_in(&self, teams: &[i64]) -> anyhow::Result<Vec<(i64, String)>> {
        if teams.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT DISTINCT s.id, s.display_name FROM staff s JOIN staff_teams st ON st.staff_id = s.id \
             WHERE s.active = 1 AND s.role IN ('caseworker', 'reviewer', 'dpo') AND st.team_id IN ({}) ORDER BY s.display_name",
            placeholders(1, teams.len())
        );
        let mut query = sqlx::query(&sql);
        for team in teams {
            query = query.bind(*team);
        }
        let rows = query.fetch_all(&self.pool).await.context("listing caseworkers")?;
        rows.iter().map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<String, _>(1)?))).collect()
    }
}

/// `$first, $first+1, …` for `count` values.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

/// Counts a failed password or code; at `lock_after` failures the account locks until `locked_until` and the
/// count starts again.
pub async fn record_failure(tx: &mut WriteTx, staff: i64, lock_after: i64, locked_until: i64) -> anyhow::Result<()> {
    sqlx::query(
        "UPDATE staff SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END, \
         locked_until = CASE WHEN failed_attempts + 1 >= $2 THEN $3 ELSE locked_until END WHERE id = $1",
    )
    .bind(staff)
    .bind(lock_after)
    .bind(locked_until)
    .execute(tx.conn())
    .await
    .context("counting a failed staff sign-in")?;
    Ok(())
}

pub async fn clear_failures(tx: &mut WriteTx, staff: i64) -> anyhow::Result<()> {
    sqlx::query("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = $1")
        .bind(staff)
        .execute(tx.conn())
        .await
        .context("clearing failed staff sign-ins")?;
    Ok(())
}

/// Stores a new TOTP secret for a staff member who has not enrolled yet.
pub async fn set_totp_secret(tx: &mut WriteTx, staff: i64, secret_enc: &[u8]) -> anyhow::Result<()> {
    sqlx::query("UPDATE staff SET totp_secret_enc = $2 WHERE id = $1 AND totp_enrolled_at IS NULL")
        .bind(staff)
        .bind(secret_enc.to_vec())
        .execute(tx.conn())
        .await
        .context("storing a TOTP secret")?;
    Ok(())
}

/// Marks the authenticator enrolled and replaces the recovery codes (stored hashed).
pub async fn confirm_enrolment(tx: &mut WriteTx, staff: i64, now: i64, recovery_hashes: &[String]) -> anyhow::Result<bool> {
    let done = sqlx::query("UPDATE staff SET totp_enrolled_at = $2 WHERE id = $1 AND totp_enrolled_at IS NULL")
        .bind(staff)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("confirming TOTP enrolment")?
        .rows_affected()
        == 1;
    sqlx::query("DELETE FROM staff_recovery_codes WHERE staff_id = $1")
        .bind(staff)
        .execute(tx.conn())
        .await
        .context("removing old recovery codes")?;
    for hash in recovery_hashes {
        sqlx::query("INSERT INTO staff_recovery_codes (staff_id, code_hash) VALUES ($1, $2)")
            .bind(staff)
            .bind(hash)
            .execute(tx.conn())
            .await
            .context("storing a recovery code")?;
    }
    Ok(done)
}

/// Records that TOTP time step `step` was used; false if it (or a later one) was used already (a replay).
pub async fn use_totp_step(tx: &mut WriteTx, staff: i64, step: i64) -> anyhow::Result<bool> {
    let updated = sqlx::query(
        "UPDATE staff SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
    )
    .bind(staff)
    .bind(step)
    .execute(tx.conn())
    .await
    .context("recording a used TOTP step")?;
    Ok(updated.rows_affected() == 1)
}

/// Uses up a recovery code; false if it does not exist or was used.
pub async fn use_recovery_code(tx: &mut WriteTx, staff: i64, code_hash: &str, now: i64) -> anyhow::Result<bool> {
    let updated = sqlx::query(
        "UPDATE staff_recovery_codes SET used_at = $3 WHERE staff_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(staff)
    .bind(code_hash)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("using a recovery code")?;
    Ok(updated.rows_affected() == 1)
}
