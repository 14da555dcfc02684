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

/// A mandate a helper holds now, with what attribution needs.
#[derive(Debug, sqlx::FromRow)]
pub struct HeldMandate {
    pub id: i64,
    pub person_id: i64,
    pub scope: String,
    pub helper_name: String,
    pub organisation: String,
}

impl HeldMandate {
    pub fn allows(&self, scope: &str) -> bool {
        self.scope.split(',').any(|s| s == scope)
    }
}

impl Storage {
    /// Mandate `mandate` if `helper` holds it and it is active at `now`, with the helper's account active and their
    /// organisation not suspended.
    pub async fn mandate_held(&self, helper: i64, mandate: i64, now: i64) -> anyhow::Result<Option<HeldMandate>> {
        sqlx::query_as::<_, HeldMandate>(
            "SELECT m.id, m.person_id, m.scope, h.display_name AS helper_name, o.name AS organisation \
             FROM mandates m JOIN helpers h ON h.id = m.helper_id JOIN organisations o ON o.id = h.organisation_id \
             WHERE m.id = $1 AND m.helper_id = $2 AND m.activated_at IS NOT NULL AND m.revoked_at IS NULL \
               AND m.expires_at > $3 AND h.active = 1 AND o.suspended_at IS NULL",
        )
        .bind(mandate)
        .bind(helper)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .context("checking a mandate")
    }
}

/// A mandate as its person sees it, with the helper's name and organisation once taken up.
#[derive(Debug, sqlx::FromRow)]
pub struct PersonMandateRow {
    pub id: i64,
    pub scope: String,
    pub expires_at: i64,
    pub code_expires_at: Option<i64>,
    pub activated_at: Option<i64>,
    pub revoked_at: Option<i64>,
    pub helper_name: Option<String>,
    pub organisation: Option<String>,
}

impl Storage {
    pub async fn mandates_of_person(&self, person: i64) -> anyhow::Result<Vec<PersonMandateRow>> {
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

pub async fn insert_mandate(
    tx: &mut super::WriteTx,
    person: i64,
    scope: &str,
    expires_at: i64,
    code_hash: &str,
    code_expires_at: i64,
    now: i64,
) -> anyhow::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO mandates (person_id, scope, expires_at, code_hash, code_expires_at, initiated_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'person', $6) RETURNING id",
    )
    .bind(person)
    .bind(scope)
    .bind(expires_at)
    .bind(code_hash)
    .bind(code_expires_at)
    .bind(now)
    .fetch_one(tx.conn())
    .await
    .context("giving a mandate")?;
    Ok(row.try_get::<i64, _>(0)?)
}

/// Ends one of the person's mandates; false if it is not theirs or already ended.
pub async fn revoke_mandate(tx: &mut super::WriteTx, person: i64, mandate: i64, now: i64) -> anyhow::Result<bool> {
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

/// Gives the mandate with this code to `helper`, once: the code is cleared as it is used. Returns the mandate id
/// and its person.
pub async fn redeem_mandate(tx: &mut super::WriteTx, code_hash: &str, helper: i64, now: i64) -> anyhow::Result<Option<(i64, i64)>> {
    use sqlx::Row;
    let row = sqlx::query(
        "UPDATE mandates SET helper_id = $2, activated_at = $3, code_hash = NULL \
         WHERE code_hash = $1 AND helper_id IS NULL AND revoked_at IS NULL AND code_expires_at > $3 AND expires_at > $3 \
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
