//! Mandates: a person's revocable, scoped, time-limited permission for a helper to act for them.

use super::error::Context;
use amana_app::contract::ActorKind;
use amana_app::helpers::{Scope, ScopeSet};

use super::Storage;

#[derive(Debug, sqlx::FromRow)]
pub struct MandateRow {
    pub id: i64,
    pub person_id: i64,
    #[sqlx(try_from = "String")]
    pub scope: ScopeSet,
    pub expires_at: i64,
}

impl Storage {
    /// The helper's mandates that are active at `now`: redeemed, not revoked, not expired.
    pub async fn active_mandates_of(&self, helper: i64, now: i64) -> super::Result<Vec<MandateRow>> {
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

/// A mandate a helper holds now, with what attribution needs.
#[derive(Debug, sqlx::FromRow)]
pub struct HeldMandate {
    pub id: i64,
    pub person_id: i64,
    #[sqlx(try_from = "String")]
    pub scope: ScopeSet,
    pub helper_name: String,
    pub organisation: String,
}

impl Storage {
    /// Mandate `mandate` if `helper` holds it and it is active at `now`, with the helper's account active and their
    /// organisation not suspended.
    pub async fn mandate_held(&self, helper: i64, mandate: i64, now: i64) -> super::Result<Option<HeldMandate>> {
        sqlx::query_as::<_, HeldMandate>(&format!(
            "SELECT m.id, m.person_id, m.scope, h.display_name AS helper_name, o.name AS organisation {ACTIVE} AND m.id = $3"
        ))
        .bind(helper)
        .bind(now)
        .bind(mandate)
        .fetch_optional(&self.pool)
        .await
        .context("checking a mandate")
    }

    /// Whether `helper` holds a mandate for `person` that is active at `now` (staff may write to them then).
    pub async fn helper_acts_for(&self, helper: i64, person: i64, now: i64) -> super::Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as(&format!("SELECT m.id {ACTIVE} AND m.person_id = $3 LIMIT 1"))
            .bind(helper)
            .bind(now)
            .bind(person)
            .fetch_optional(&self.pool)
            .await
            .context("looking for a helper's mandate")?;
        Ok(row.is_some())
    }
}

/// The mandates of helper `$1` active at `$2`: taken up, not revoked or expired, the helper's account active and
/// their organisation not suspended.
const ACTIVE: &str =
    "FROM mandates m JOIN helpers h ON h.id = m.helper_id JOIN organisations o ON o.id = h.organisation_id \
     WHERE m.helper_id = $1 AND m.activated_at IS NOT NULL AND m.revoked_at IS NULL AND m.expires_at > $2 \
       AND h.active = 1 AND o.suspended_at IS NULL";

/// A mandate as its person sees it, with the helper's name and organisation once taken up.
#[derive(Debug, sqlx::FromRow)]
pub struct PersonMandateRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub scope: ScopeSet,
    pub expires_at: i64,
    pub code_expires_at: Option<i64>,
    pub activated_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub helper_name: Option<String>,
    pub organisation: Option<String>,
}

impl Storage {
    pub async fn mandates_of_person(&self, person: i64) -> super::Result<Vec<PersonMandateRow>> {
        sqlx::query_as::<_, PersonMandateRow>(
            "SELECT m.id, m.scope, m.expires_at, m.code_expires_at, m.activated_at, m.revoked_at, \
                    h.display_name AS helper_name, o.name AS organisation \
             FROM mandates m LEFT JOIN helpers h ON h.id = m.helper_id LEFT JOIN organisations o ON o.id = h.organisation_id \
             WHERE m.person_id = $1 ORDER BY m.id DESC",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("listing a person's mandates")
    }
}

/// A new mandate, not yet active: given by the person (`helper` unknown until the code is used), or asked for by
/// `helper` (the code then works only for them).
pub struct NewMandateRow<'a> {
    pub person: i64,
    pub helper: Option<i64>,
    pub scope: &'a [Scope],
    pub expires_at: i64,
    /// `None` until staff print a code (for a person without a contact address).
    pub code_hash: Option<&'a str>,
    pub code_expires_at: i64,
    /// For a helper request waiting for a printed code: the team whose staff may print it.
    pub team: Option<i64>,
}

pub async fn insert_mandate(tx: &mut super::WriteTx, m: NewMandateRow<'_>, now: i64) -> super::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO mandates (person_id, helper_id, scope, expires_at, code_hash, code_expires_at, initiated_by, created_at, \
         team_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(m.person)
    .bind(m.helper)
    .bind(ScopeSet::stored(m.scope))
    .bind(m.expires_at)
    .bind(m.code_hash)
    .bind(m.code_expires_at)
    .bind(if m.helper.is_some() { ActorKind::Helper } else { ActorKind::Person }.key())
    .bind(now)
    .bind(m.team)
    .fetch_one(tx.conn())
    .await
    .context("giving a mandate")?;
    Ok(row.try_get::<i64, _>(0)?)
}

/// Ends one of the person's mandates; false if it is not theirs or already ended.
pub async fn revoke_mandate(tx: &mut super::WriteTx, person: i64, mandate: i64, now: i64) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE mandates SET revoked_at = $3, code_hash = NULL WHERE id = $1 AND person_id = $2 AND revoked_at IS NULL",
    )
    .bind(mandate)
    .bind(person)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("revoking a mandate")?;
    Ok(done.rows_affected() == 1)
}

/// Gives the mandate with this code to `helper`, once: the code is cleared as it is used. A mandate a helper
/// asked for can only be taken up by that helper, and its length counts from now (the person may confirm it
/// days after the helper asked). Returns the mandate id and its person.
pub async fn redeem_mandate(
    tx: &mut super::WriteTx,
    code_hash: &str,
    helper: i64,
    now: i64,
) -> super::Result<Option<(i64, i64)>> {
    use sqlx::Row;
    let row = sqlx::query(
        "UPDATE mandates SET helper_id = $2, activated_at = $3, code_hash = NULL, \
             expires_at = CASE WHEN initiated_by = 'helper' THEN $3 + (expires_at - created_at) ELSE expires_at END \
         WHERE code_hash = $1 AND (helper_id IS NULL OR helper_id = $2) AND activated_at IS NULL AND revoked_at IS NULL \
           AND code_expires_at > $3 AND (initiated_by = 'helper' OR expires_at > $3) \
         RETURNING id, person_id",
    )
    .bind(code_hash)
    .bind(helper)
    .bind(now)
    .fetch_optional(tx.conn())
    .await
    .context("taking up a mandate")?;
    row.map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?))).transpose()
}

/// A mandate a helper asked for, still waiting for the person's code.
#[derive(Debug, sqlx::FromRow)]
pub struct PendingMandateRow {
    pub id: i64,
    pub person_id: i64,
    pub team_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub scope: ScopeSet,
    pub created_at: i64,
    pub code_expires_at: i64,
    pub helper_name: String,
    pub organisation: String,
}

/// Helper requests staff may print a code for: waiting, the helper and organisation active, and the person without
/// a contact address (anyone with one gets their code there, never on paper).
const PENDING: &str = "SELECT m.id, m.person_id, m.team_id, m.scope, m.created_at, m.code_expires_at, \
        h.display_name AS helper_name, o.name AS organisation \
     FROM mandates m JOIN helpers h ON h.id = m.helper_id JOIN organisations o ON o.id = h.organisation_id \
       JOIN people p ON p.id = m.person_id \
     WHERE m.initiated_by = 'helper' AND m.activated_at IS NULL AND m.revoked_at IS NULL \
       AND m.code_expires_at > $1 AND h.active = 1 AND o.suspended_at IS NULL AND p.email_enc IS NULL";

impl Storage {
    /// Helper requests waiting for the person's code, oldest first.
    pub async fn pending_mandates(&self, now: i64) -> super::Result<Vec<PendingMandateRow>> {
        sqlx::query_as::<_, PendingMandateRow>(&format!("{PENDING} ORDER BY m.id"))
            .bind(now)
            .fetch_all(&self.pool)
            .await
            .context("listing helper requests")
    }

    pub async fn pending_mandate(&self, id: i64, now: i64) -> super::Result<Option<PendingMandateRow>> {
        sqlx::query_as::<_, PendingMandateRow>(&format!("{PENDING} AND m.id = $2"))
            .bind(now)
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .context("loading a helper request")
    }
}

/// Gives a waiting helper request a new code (replacing any earlier one) and remembers that it was printed, so
/// the person is told; false if it is no longer waiting.
pub async fn set_printed_code(
    tx: &mut super::WriteTx,
    id: i64,
    code_hash: &str,
    code_expires_at: i64,
    now: i64,
) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE mandates SET code_hash = $2, code_expires_at = $3, printed_at = $4, print_announced_at = NULL \
         WHERE id = $1 AND initiated_by = 'helper' AND activated_at IS NULL AND revoked_at IS NULL",
    )
    .bind(id)
    .bind(code_hash)
    .bind(code_expires_at)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("printing a mandate code")?;
    Ok(done.rows_affected() == 1)
}

/// Marks the codes printed for the person since they were last told; true if there were any (they are told now).
pub async fn announce_printed_codes(tx: &mut super::WriteTx, person: i64, now: i64) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE mandates SET print_announced_at = $2 \
         WHERE person_id = $1 AND printed_at IS NOT NULL AND print_announced_at IS NULL",
    )
    .bind(person)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("announcing printed mandate codes")?;
    Ok(done.rows_affected() > 0)
}
