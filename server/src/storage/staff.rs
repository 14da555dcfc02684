//! Accounts that sign in with a password and a second factor — staff and helpers — with their sign-in state
//! (password hash, TOTP secret, failures, lockout, recovery codes), and staff teams.

use super::error::Context;
use amana_app::contract::ActorKind;
use amana_app::staff::Role;
use sqlx::Row;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct StaffRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub office: String,
    pub password_hash: String,
    pub totp_secret_enc: Option<Vec<u8>>,
    pub totp_enrolled_at: Option<i64>,
    pub totp_last_step: Option<i64>,
    pub failed_attempts: i64,
    pub locked_until: Option<i64>,
    pub preferred_locale: Option<String>,
    #[sqlx(try_from = "i64")]
    pub active: super::Flag,
    pub must_change_password: i64,
}

const STAFF_COLUMNS: &str = "id, email, display_name, role, office, password_hash, totp_secret_enc, totp_enrolled_at, \
     totp_last_step, failed_attempts, locked_until, preferred_locale, active, must_change_password";

/// A helper as an account: role `helper`, their organisation as office, inactive while it is suspended.
const HELPER_ACCOUNT: &str =
    "SELECT h.id, h.email, h.display_name, 'helper' AS role, o.name AS office, h.password_hash, \
     h.totp_secret_enc, h.totp_enrolled_at, h.totp_last_step, h.failed_attempts, h.locked_until, h.preferred_locale, \
     CASE WHEN h.active = 1 AND o.suspended_at IS NULL THEN 1 ELSE 0 END AS active, h.must_change_password \
     FROM helpers h JOIN organisations o ON o.id = h.organisation_id";

/// Which kind of account: the two share the sign-in rules, not the tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    Staff,
    Helper,
}

impl AccountKind {
    /// The table the accounts are kept in.
    pub fn table(self) -> &'static str {
        match self {
            AccountKind::Staff => "staff",
            AccountKind::Helper => "helpers",
        }
    }
    /// The recovery-code table and its owner column.
    fn codes(self) -> (&'static str, &'static str) {
        match self {
            AccountKind::Staff => ("staff_recovery_codes", "staff_id"),
            AccountKind::Helper => ("helper_recovery_codes", "helper_id"),
        }
    }
    /// The actor kind in the audit log.
    pub fn actor(self) -> ActorKind {
        match self {
            AccountKind::Staff => ActorKind::Staff,
            AccountKind::Helper => ActorKind::Helper,
        }
    }
}

impl Storage {
    /// An account of `kind` by e-mail (any case).
    pub async fn account_by_email(&self, kind: AccountKind, email: &str) -> super::Result<Option<StaffRow>> {
        match kind {
            AccountKind::Staff => self.staff_by_email(email).await,
            AccountKind::Helper => {
                sqlx::query_as::<_, StaffRow>(&format!("{HELPER_ACCOUNT} WHERE lower(h.email) = lower($1)"))
                    .bind(email)
                    .fetch_optional(&self.pool)
                    .await
                    .context("looking up a helper by e-mail")
            }
        }
    }

    /// An account of `kind` by id.
    pub async fn account_by_id(&self, kind: AccountKind, id: i64) -> super::Result<Option<StaffRow>> {
        match kind {
            AccountKind::Staff => self.staff_by_id(id).await,
            AccountKind::Helper => sqlx::query_as::<_, StaffRow>(&format!("{HELPER_ACCOUNT} WHERE h.id = $1"))
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .context("loading a helper"),
        }
    }

    pub async fn staff_by_email(&self, email: &str) -> super::Result<Option<StaffRow>> {
        sqlx::query_as::<_, StaffRow>(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE lower(email) = lower($1)"))
            .bind(email)
            .fetch_optional(&self.pool)
            .await
            .context("looking up a staff member by e-mail")
    }

    pub async fn staff_by_id(&self, id: i64) -> super::Result<Option<StaffRow>> {
        sqlx::query_as::<_, StaffRow>(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading a staff member")
    }

    /// The staff member with this e-mail address or exact name (any case, any script), if exactly one matches.
    pub async fn staff_named(&self, named: &str) -> super::Result<Option<i64>> {
        let wanted = named.trim().to_lowercase();
        let rows = sqlx::query("SELECT id, email, display_name FROM staff")
            .fetch_all(&self.pool)
            .await
            .context("looking up a named staff member")?;
        let mut matches = Vec::new();
        for row in &rows {
            let (email, name): (String, String) = (row.try_get(1)?, row.try_get(2)?);
            if email.to_lowercase() == wanted || name.to_lowercase() == wanted {
                matches.push(row.try_get::<i64, _>(0)?);
            }
        }
        Ok(if matches.len() == 1 { matches.pop() } else { None })
    }

    /// The teams a staff member belongs to: id, key and the name an administrator gave (if any).
    pub async fn teams_of(&self, staff: i64) -> super::Result<Vec<(i64, String, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT t.id, t.key, t.name FROM teams t JOIN staff_teams st ON st.team_id = t.id WHERE st.staff_id = $1 ORDER BY t.id",
        )
        .bind(staff)
        .fetch_all(&self.pool)
        .await
        .context("loading a staff member's teams")?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }

    /// Active staff with a casework role (only data-protection officers when `dpo_only`) in any of `teams`: id
    /// and name, for reassignment.
    pub async fn caseworkers_in(&self, teams: &[i64], dpo_only: bool) -> super::Result<Vec<(i64, String)>> {
        if teams.is_empty() {
            return Ok(Vec::new());
        }
        let roles = if dpo_only { "('dpo')" } else { "('caseworker', 'reviewer', 'dpo')" };
        let sql = format!(
            "SELECT DISTINCT s.id, s.display_name FROM staff s JOIN staff_teams st ON st.staff_id = s.id \
             WHERE s.active = 1 AND s.role IN {roles} AND st.team_id IN ({}) ORDER BY s.display_name",
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

/// Counts an attempt (password or code) before it is judged, so concurrent guesses cannot all slip past the
/// limit: false when the account is locked or has used up its `allowed` attempts (which locks it until
/// `lock_until`).
pub async fn count_attempt(
    tx: &mut WriteTx,
    kind: AccountKind,
    staff: i64,
    now: i64,
    allowed: i64,
    lock_until: i64,
) -> super::Result<bool> {
    let counted = sqlx::query(&format!(
        "UPDATE {} SET failed_attempts = failed_attempts + 1 \
         WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) AND failed_attempts < $3",
        kind.table()
    ))
    .bind(staff)
    .bind(now)
    .bind(allowed)
    .execute(tx.conn())
    .await
    .context("counting a staff sign-in attempt")?
    .rows_affected()
        == 1;
    if !counted {
        sqlx::query(&format!(
            "UPDATE {} SET locked_until = $3, failed_attempts = 0 \
             WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) AND failed_attempts >= $4",
            kind.table()
        ))
        .bind(staff)
        .bind(now)
        .bind(lock_until)
        .bind(allowed)
        .execute(tx.conn())
        .await
        .context("locking a staff account")?;
    }
    Ok(counted)
}

/// Takes back a counted attempt that turned out right (a correct password): only failures, and attempts still
/// being judged, count towards the lock.
pub async fn refund_attempt(tx: &mut WriteTx, kind: AccountKind, staff: i64) -> super::Result<()> {
    sqlx::query(&format!(
        "UPDATE {} SET failed_attempts = failed_attempts - 1 WHERE id = $1 AND failed_attempts > 0",
        kind.table()
    ))
    .bind(staff)
    .execute(tx.conn())
    .await
    .context("refunding a staff sign-in attempt")?;
    Ok(())
}

/// The same work as [`count_attempt`] for an e-mail address that has no account, so both take as long.
pub async fn count_nothing(tx: &mut WriteTx, now: i64) -> super::Result<()> {
    sqlx::query("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = -1 AND (locked_until IS NULL OR locked_until <= $1)")
        .bind(now)
        .execute(tx.conn())
        .await
        .context("counting nothing")?;
    Ok(())
}

/// Sets the password the account holder chose through their enrolment link.
pub async fn set_own_password(
    tx: &mut WriteTx,
    kind: AccountKind,
    staff: i64,
    password_hash: &str,
) -> super::Result<()> {
    sqlx::query(&format!("UPDATE {} SET password_hash = $2, must_change_password = 0 WHERE id = $1", kind.table()))
        .bind(staff)
        .bind(password_hash)
        .execute(tx.conn())
        .await
        .context("storing a new password")?;
    Ok(())
}

pub async fn clear_failures(tx: &mut WriteTx, kind: AccountKind, staff: i64) -> super::Result<()> {
    sqlx::query(&format!("UPDATE {} SET failed_attempts = 0, locked_until = NULL WHERE id = $1", kind.table()))
        .bind(staff)
        .execute(tx.conn())
        .await
        .context("clearing failed staff sign-ins")?;
    Ok(())
}

/// Stores a new TOTP secret for a staff member who has not enrolled yet.
pub async fn set_totp_secret(tx: &mut WriteTx, kind: AccountKind, staff: i64, secret_enc: &[u8]) -> super::Result<()> {
    sqlx::query(&format!(
        "UPDATE {} SET totp_secret_enc = $2 WHERE id = $1 AND totp_enrolled_at IS NULL",
        kind.table()
    ))
    .bind(staff)
    .bind(secret_enc.to_vec())
    .execute(tx.conn())
    .await
    .context("storing a TOTP secret")?;
    Ok(())
}

/// Marks the authenticator enrolled and replaces the recovery codes (stored hashed).
pub async fn confirm_enrolment(
    tx: &mut WriteTx,
    kind: AccountKind,
    staff: i64,
    now: i64,
    recovery_hashes: &[String],
) -> super::Result<bool> {
    let (codes, owner) = kind.codes();
    let done = sqlx::query(&format!(
        "UPDATE {} SET totp_enrolled_at = $2 WHERE id = $1 AND totp_enrolled_at IS NULL",
        kind.table()
    ))
    .bind(staff)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("confirming TOTP enrolment")?
    .rows_affected()
        == 1;
    sqlx::query(&format!("DELETE FROM {codes} WHERE {owner} = $1"))
        .bind(staff)
        .execute(tx.conn())
        .await
        .context("removing old recovery codes")?;
    for hash in recovery_hashes {
        sqlx::query(&format!("INSERT INTO {codes} ({owner}, code_hash) VALUES ($1, $2)"))
            .bind(staff)
            .bind(hash)
            .execute(tx.conn())
            .await
            .context("storing a recovery code")?;
    }
    Ok(done)
}

/// Records that TOTP time step `step` was used; false if it (or a later one) was used already (a replay).
pub async fn use_totp_step(tx: &mut WriteTx, kind: AccountKind, staff: i64, step: i64) -> super::Result<bool> {
    let updated = sqlx::query(&format!(
        "UPDATE {} SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
        kind.table()
    ))
    .bind(staff)
    .bind(step)
    .execute(tx.conn())
    .await
    .context("recording a used TOTP step")?;
    Ok(updated.rows_affected() == 1)
}

/// Uses up a recovery code; false if it does not exist or was used.
pub async fn use_recovery_code(
    tx: &mut WriteTx,
    kind: AccountKind,
    staff: i64,
    code_hash: &str,
    now: i64,
) -> super::Result<bool> {
    let (codes, owner) = kind.codes();
    let updated = sqlx::query(&format!(
        "UPDATE {codes} SET used_at = $3 WHERE {owner} = $1 AND code_hash = $2 AND used_at IS NULL"
    ))
    .bind(staff)
    .bind(code_hash)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("using a recovery code")?;
    Ok(updated.rows_affected() == 1)
}

/// Clears an account's authenticator and recovery codes: the next sign-in enrols again.
pub async fn reset_second_factor(tx: &mut WriteTx, kind: AccountKind, account: i64) -> super::Result<bool> {
    let done = sqlx::query(&format!(
        "UPDATE {} SET totp_secret_enc = NULL, totp_enrolled_at = NULL, totp_last_step = NULL, failed_attempts = 0, \
         locked_until = NULL WHERE id = $1",
        kind.table()
    ))
    .bind(account)
    .execute(tx.conn())
    .await
    .context("resetting a second factor")?;
    let (codes, owner) = kind.codes();
    sqlx::query(&format!("DELETE FROM {codes} WHERE {owner} = $1"))
        .bind(account)
        .execute(tx.conn())
        .await
        .context("removing recovery codes")?;
    Ok(done.rows_affected() == 1)
}

/// Activates or deactivates an account; a deactivated one can do nothing from its next request on.
pub async fn set_active(tx: &mut WriteTx, kind: AccountKind, account: i64, active: bool) -> super::Result<bool> {
    let done = sqlx::query(&format!("UPDATE {} SET active = $2 WHERE id = $1", kind.table()))
        .bind(account)
        .bind(i64::from(active))
        .execute(tx.conn())
        .await
        .context("changing whether an account is active")?;
    Ok(done.rows_affected() == 1)
}

/// Whether an account of `kind` has this e-mail address (any case).
pub async fn email_taken(tx: &mut WriteTx, kind: AccountKind, email: &str) -> super::Result<bool> {
    let row = sqlx::query(&format!("SELECT id FROM {} WHERE lower(email) = lower($1)", kind.table()))
        .bind(email)
        .fetch_optional(tx.conn())
        .await
        .context("checking an e-mail address")?;
    Ok(row.is_some())
}

/// Replaces any earlier enrolment link of the account by a new one (stored as `token_hash`), valid until
/// `expires_at`.
pub async fn issue_enrolment_link(
    tx: &mut WriteTx,
    kind: AccountKind,
    account: i64,
    token_hash: &str,
    now: i64,
    expires_at: i64,
) -> super::Result<()> {
    sqlx::query(
        "UPDATE enrolment_links SET used_at = $3 WHERE account_kind = $1 AND account_id = $2 AND used_at IS NULL",
    )
    .bind(kind.actor().key())
    .bind(account)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("cancelling earlier enrolment links")?;
    sqlx::query(
        "INSERT INTO enrolment_links (account_kind, account_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(kind.actor().key())
    .bind(account)
    .bind(token_hash)
    .bind(now)
    .bind(expires_at)
    .execute(tx.conn())
    .await
    .context("storing an enrolment link")?;
    Ok(())
}

impl Storage {
    /// The account an unused, unexpired enrolment link belongs to.
    pub async fn enrolment_link_account(
        &self,
        kind: AccountKind,
        token_hash: &str,
        now: i64,
    ) -> super::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT account_id FROM enrolment_links WHERE account_kind = $1 AND token_hash = $2 AND used_at IS NULL \
             AND expires_at > $3",
        )
        .bind(kind.actor().key())
        .bind(token_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("looking up an enrolment link")?;
        Ok(row.map(|(id,)| id))
    }
}

/// Uses an enrolment link once: the account, if the link was unused and unexpired (it is used from now on).
pub async fn use_enrolment_link(
    tx: &mut WriteTx,
    kind: AccountKind,
    token_hash: &str,
    now: i64,
) -> super::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "UPDATE enrolment_links SET used_at = $3 WHERE account_kind = $1 AND token_hash = $2 AND used_at IS NULL \
         AND expires_at > $3 RETURNING account_id",
    )
    .bind(kind.actor().key())
    .bind(token_hash)
    .bind(now)
    .fetch_optional(tx.conn())
    .await
    .context("using an enrolment link")?;
    Ok(row.map(|(id,)| id))
}
