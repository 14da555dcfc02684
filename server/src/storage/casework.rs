//! Staff work on requests: queues, claiming, the lifecycle columns, the fields a request concerns, applying an
//! approved change, and message templates. Claiming locks rows so concurrent claimers (and several server
//! instances on one PostgreSQL) never get the same request.

use super::error::Context;
use sqlx::Row;

use amana_app::rights::{Outcome, RequestKind, RequestStatus};

use super::requests::{RequestRow, REQUEST_COLUMNS};
use super::staff::placeholders;
use super::{Backend, Storage, WriteTx};

/// A request with everything staff work needs: what the person's view is built from, and the columns of the
/// work on it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseRow {
    #[sqlx(flatten)]
    pub request: RequestRow,
    pub team_id: Option<i64>,
    pub assignee_id: Option<i64>,
    pub assignee_name: Option<String>,
    pub proposed_by: Option<i64>,
    pub approved_by: Option<i64>,
    pub concerns_staff_id: Option<i64>,
    pub clock_paused_at: Option<i64>,
    pub version: i64,
}

/// A case is a request with more: its request columns read as the request's.
impl std::ops::Deref for CaseRow {
    type Target = RequestRow;
    fn deref(&self) -> &RequestRow {
        &self.request
    }
}

impl std::ops::DerefMut for CaseRow {
    fn deref_mut(&mut self) -> &mut RequestRow {
        &mut self.request
    }
}

/// A request read as `r` with the columns of its work and its assignee's name; add `FROM {CASE_FROM}`.
fn case_columns() -> String {
    format!(
        "{REQUEST_COLUMNS}, r.team_id, r.assignee_id, s.display_name AS assignee_name, r.proposed_by, r.approved_by, \
         r.concerns_staff_id, r.clock_paused_at, r.version"
    )
}

/// The tables [`case_columns`] reads.
const CASE_FROM: &str = "requests r LEFT JOIN staff s ON s.id = r.assignee_id";

/// The queue order: earliest effective due date first.
const URGENT_FIRST: &str = "COALESCE(r.extended_due_at, r.due_at), r.id";

/// A field of the record with its place in a request, if any.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseFieldRow {
    pub field_id: i64,
    pub category: String,
    pub field_key: String,
    pub value_enc: Option<Vec<u8>>,
    pub source_system: String,
    pub restricted_at: Option<i64>,
    pub proposed_value_enc: Option<Vec<u8>>,
    #[sqlx(try_from = "i64")]
    pub in_request: super::Flag,
}

/// Filters applied in SQL.
#[derive(Debug, Default)]
pub struct QueueQuery<'a> {
    pub teams: &'a [i64],
    pub viewer: i64,
    /// Whether complaints may be listed (data-protection officers only).
    pub complaints: bool,
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    pub locale: Option<&'a str>,
}

impl Storage {
    /// Open requests of `teams` (minus complaints about the viewer), most urgent first.
    pub async fn queue(&self, q: &QueueQuery<'_>) -> super::Result<Vec<CaseRow>> {
        if q.teams.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {} FROM {CASE_FROM} WHERE {} \
             AND (r.concerns_staff_id IS NULL OR r.concerns_staff_id <> $1) \
             AND ($2 = '' OR r.kind = $2) AND ($3 = '' OR r.status = $3) AND ($4 = '' OR r.locale = $4) \
             AND r.team_id IN ({}) {} ORDER BY {URGENT_FIRST} LIMIT 500",
            case_columns(),
            super::status_is_open("r.status"),
            placeholders(5, q.teams.len()),
            if q.complaints { "" } else { "AND r.kind <> 'complaint'" }
        );
        let mut query = sqlx::query_as::<_, CaseRow>(&sql)
            .bind(q.viewer)
            .bind(q.kind.map_or("", RequestKind::key))
            .bind(q.status.map_or("", RequestStatus::key))
            .bind(q.locale.unwrap_or(""));
        for team in q.teams {
            query = query.bind(*team);
        }
        query.fetch_all(&self.pool).await.context("loading a queue")
    }

    pub async fn case_by_reference(&self, reference: &str) -> super::Result<Option<CaseRow>> {
        sqlx::query_as::<_, CaseRow>(&format!("SELECT {} FROM {CASE_FROM} WHERE r.reference = $1", case_columns()))
            .bind(reference)
            .fetch_optional(&self.pool)
            .await
            .context("loading a request for staff")
    }

    /// The person's record (erased fields included, as tombstones), each marked with whether `request` is about it.
    pub async fn case_fields(&self, person: i64, request: i64) -> super::Result<Vec<CaseFieldRow>> {
        sqlx::query_as::<_, CaseFieldRow>(
            "SELECT f.id AS field_id, f.category, f.field_key, f.value_enc, f.source_system, f.restricted_at, rf.proposed_value_enc, \
                    CASE WHEN rf.request_id IS NULL THEN 0 ELSE 1 END AS in_request \
             FROM record_fields f LEFT JOIN request_fields rf ON rf.field_id = f.id AND rf.request_id = $2 \
             WHERE f.person_id = $1 ORDER BY f.id",
        )
        .bind(person)
        .bind(request)
        .fetch_all(&self.pool)
        .await
        .context("loading a record for staff")
    }

    /// The text of template `key` in `locale`.
    pub async fn template_body(&self, key: &str, locale: &str) -> super::Result<Option<String>> {
        let row = sqlx::query("SELECT body FROM message_templates WHERE key = $1 AND locale = $2")
            .bind(key)
            .bind(locale)
            .fetch_optional(&self.pool)
            .await
            .context("loading a message template")?;
        row.map(|r| r.try_get::<String, _>(0)).transpose().map_err(Into::into)
    }

    /// The keys of every template.
    pub async fn template_keys(&self) -> super::Result<Vec<String>> {
        let rows = sqlx::query("SELECT DISTINCT key FROM message_templates ORDER BY key")
            .fetch_all(&self.pool)
            .await
            .context("listing message templates")?;
        rows.iter().map(|r| r.try_get::<String, _>(0).map_err(Into::into)).collect()
    }
}

/// Locks and returns the most urgent unclaimed request of `teams` (never a complaint about `viewer`). Other
/// claimers skip a locked row instead of waiting for it, so each gets a different request.
pub async fn lock_next_unclaimed(
    tx: &mut WriteTx,
    teams: &[i64],
    viewer: i64,
    complaints: bool,
) -> super::Result<Option<CaseRow>> {
    if teams.is_empty() {
        return Ok(None);
    }
    let lock = match tx.backend() {
        Backend::Postgres => "FOR UPDATE OF r SKIP LOCKED",
        // SQLite has one writer at a time: the write transaction is the lock.
        Backend::Sqlite => "",
    };
    let sql = format!(
        "SELECT {} FROM {CASE_FROM} WHERE r.status = 'submitted' AND r.assignee_id IS NULL \
         AND (r.concerns_staff_id IS NULL OR r.concerns_staff_id <> $1) AND r.team_id IN ({}) {} \
         ORDER BY {URGENT_FIRST} LIMIT 1 {lock}",
        case_columns(),
        placeholders(2, teams.len()),
        if complaints { "" } else { "AND r.kind <> 'complaint'" }
    );
    let mut query = sqlx::query_as::<_, CaseRow>(&sql).bind(viewer);
    for team in teams {
        query = query.bind(*team);
    }
    query.fetch_optional(tx.conn()).await.context("finding the next request to claim")
}

/// The lifecycle columns of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LifecycleColumns {
    pub status: RequestStatus,
    pub due_at: i64,
    pub extended_due_at: Option<i64>,
    pub assignee_id: Option<i64>,
    pub proposed_by: Option<i64>,
    pub approved_by: Option<i64>,
    pub decision_outcome: Option<Outcome>,
    pub clock_paused_at: Option<i64>,
}

/// Writes `after` if the request is still at `version` (nobody changed it meanwhile), and bumps the version;
/// false otherwise.
pub async fn store_lifecycle(
    tx: &mut WriteTx,
    request: i64,
    version: i64,
    before: &LifecycleColumns,
    after: &LifecycleColumns,
    now: i64,
) -> super::Result<bool> {
    let claimed_at = (before.assignee_id != after.assignee_id).then_some(now);
    let done = sqlx::query(
        "UPDATE requests SET status = $2, due_at = $3, extended_due_at = $4, assignee_id = $5, proposed_by = $6, \
         approved_by = $7, decision_outcome = $8, clock_paused_at = $9, claimed_at = COALESCE($10, claimed_at), \
         updated_at = $11, version = version + 1, \
         warned_at = CASE WHEN $3 <> due_at OR COALESCE($4, 0) <> COALESCE(extended_due_at, 0) THEN NULL ELSE warned_at END, \
         escalated_at = CASE WHEN $3 <> due_at OR COALESCE($4, 0) <> COALESCE(extended_due_at, 0) THEN NULL ELSE escalated_at END \
         WHERE id = $1 AND version = $12",
    )
    .bind(request)
    .bind(after.status.key())
    .bind(after.due_at)
    .bind(after.extended_due_at)
    .bind(after.assignee_id)
    .bind(after.proposed_by)
    .bind(after.approved_by)
    .bind(after.decision_outcome.map(Outcome::key))
    .bind(after.clock_paused_at)
    .bind(claimed_at)
    .bind(now)
    .bind(version)
    .execute(tx.conn())
    .await
    .context("storing a request's state")?;
    Ok(done.rows_affected() == 1)
}

/// A request's status and version, locked for the rest of the transaction (on SQLite the write transaction is the
/// lock).
pub async fn status_in(tx: &mut WriteTx, request: i64) -> super::Result<Option<(String, i64)>> {
    let lock = match tx.backend() {
        Backend::Postgres => " FOR UPDATE",
        Backend::Sqlite => "",
    };
    let row = sqlx::query(&format!("SELECT status, version FROM requests WHERE id = $1{lock}"))
        .bind(request)
        .fetch_optional(tx.conn())
        .await
        .context("reading a request's status")?;
    row.map(|r| Ok((r.try_get::<String, _>(0)?, r.try_get::<i64, _>(1)?))).transpose()
}

pub async fn set_extension_reason(tx: &mut WriteTx, request: i64, reason: &str) -> super::Result<()> {
    sqlx::query("UPDATE requests SET extension_reason = $2 WHERE id = $1")
        .bind(request)
        .bind(reason)
        .execute(tx.conn())
        .await
        .context("storing an extension reason")?;
    Ok(())
}

/// Stores the reasons and note of a decision (or clears them when a proposal is sent back).
pub async fn set_decision_text(
    tx: &mut WriteTx,
    request: i64,
    reasons: Option<&str>,
    note_enc: Option<Vec<u8>>,
) -> super::Result<()> {
    sqlx::query("UPDATE requests SET decision_reasons = $2, decision_note_enc = $3 WHERE id = $1")
        .bind(request)
        .bind(reasons)
        .bind(note_enc)
        .execute(tx.conn())
        .await
        .context("storing a decision's reasons")?;
    Ok(())
}

/// Replaces a field's value, keeping the old one only in the request record.
pub async fn correct_field(
    tx: &mut WriteTx,
    request: i64,
    field: i64,
    new_enc: Vec<u8>,
    old_enc: Option<Vec<u8>>,
    now: i64,
) -> super::Result<()> {
    sqlx::query("UPDATE request_fields SET previous_value_enc = $3 WHERE request_id = $1 AND field_id = $2")
        .bind(request)
        .bind(field)
        .bind(old_enc)
        .execute(tx.conn())
        .await
        .context("keeping a corrected field's old value with its request")?;
    sqlx::query("UPDATE record_fields SET value_enc = $2, updated_at = $3 WHERE id = $1")
        .bind(field)
        .bind(new_enc)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("correcting a field")?;
    Ok(())
}

/// Removes a field's value and leaves a tombstone (key, category, when) without it.
pub async fn erase_field(tx: &mut WriteTx, field: i64, now: i64) -> super::Result<()> {
    sqlx::query("UPDATE record_fields SET value_enc = NULL, erased_at = $2, updated_at = $2 WHERE id = $1")
        .bind(field)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("erasing a field")?;
    Ok(())
}

/// Marks a field as restricted: kept, but not used.
pub async fn restrict_field(tx: &mut WriteTx, field: i64, now: i64) -> super::Result<()> {
    sqlx::query("UPDATE record_fields SET restricted_at = $2, updated_at = $2 WHERE id = $1 AND restricted_at IS NULL")
        .bind(field)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("restricting a field")?;
    Ok(())
}

/// Adds a template text unless the key already has one in that locale (admins' edits win over defaults).
pub async fn insert_template_if_missing(
    tx: &mut WriteTx,
    key: &str,
    locale: &str,
    body: &str,
    now: i64,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO message_templates (key, locale, body, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (key, locale) DO NOTHING",
    )
    .bind(key)
    .bind(locale)
    .bind(body)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("adding a message template")?;
    Ok(())
}

/// An open request whose deadline needs attention, with whom to tell.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DeadlineRow {
    pub id: i64,
    pub reference: String,
    pub person_id: Option<i64>,
    pub team_id: Option<i64>,
    pub assignee_email: Option<String>,
    pub assignee_locale: Option<String>,
    /// A complaint's subject, who must never be told of it.
    pub concerns_staff_id: Option<i64>,
}

const DEADLINE_COLUMNS: &str = "r.id, r.reference, r.person_id, r.team_id, s.email AS assignee_email, \
     s.preferred_locale AS assignee_locale, r.concerns_staff_id";

/// Open requests whose clock runs (not stopped while the person is asked for their identity).
fn open_and_running() -> String {
    format!("{} AND r.clock_paused_at IS NULL", super::status_is_open("r.status"))
}

impl Storage {
    /// Claimed requests due within `within` seconds whose assignee has not been warned yet.
    pub async fn due_soon_unwarned(&self, now: i64, within: i64) -> super::Result<Vec<DeadlineRow>> {
        sqlx::query_as::<_, DeadlineRow>(&format!(
            "SELECT {DEADLINE_COLUMNS} FROM requests r JOIN staff s ON s.id = r.assignee_id \
             WHERE {} AND r.warned_at IS NULL \
             AND COALESCE(r.extended_due_at, r.due_at) >= $1 AND COALESCE(r.extended_due_at, r.due_at) - $1 <= $2",
            open_and_running()
        ))
        .bind(now)
        .bind(within)
        .fetch_all(&self.pool)
        .await
        .context("finding requests due soon")
    }

    /// Open requests past their due date that have not been escalated yet.
    pub async fn overdue_unescalated(&self, now: i64) -> super::Result<Vec<DeadlineRow>> {
        sqlx::query_as::<_, DeadlineRow>(&format!(
            "SELECT {DEADLINE_COLUMNS} FROM requests r LEFT JOIN staff s ON s.id = r.assignee_id \
             WHERE {} AND r.escalated_at IS NULL AND COALESCE(r.extended_due_at, r.due_at) < $1",
            open_and_running()
        ))
        .bind(now)
        .fetch_all(&self.pool)
        .await
        .context("finding overdue requests")
    }

    /// Active reviewers (and data-protection officers) of a team except `except`: e-mail and language.
    pub async fn supervisors_of(&self, team: i64, except: Option<i64>) -> super::Result<Vec<(String, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT s.email, s.preferred_locale FROM staff s JOIN staff_teams st ON st.staff_id = s.id \
             WHERE st.team_id = $1 AND s.active = 1 AND s.role IN ('reviewer', 'dpo') AND s.id <> $2 ORDER BY s.id",
        )
        .bind(team)
        .bind(except.unwrap_or(0))
        .fetch_all(&self.pool)
        .await
        .context("listing a team's supervisors")?;
        rows.iter().map(|r| Ok((r.try_get::<String, _>(0)?, r.try_get::<Option<String>, _>(1)?))).collect()
    }
}

/// Marks the assignee warned; false if another worker did it first.
pub async fn mark_warned(tx: &mut WriteTx, request: i64, now: i64) -> super::Result<bool> {
    let done = sqlx::query("UPDATE requests SET warned_at = $2 WHERE id = $1 AND warned_at IS NULL")
        .bind(request)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("marking a deadline warning")?;
    Ok(done.rows_affected() == 1)
}

/// Marks an overdue request escalated; false if another worker did it first.
pub async fn mark_escalated(tx: &mut WriteTx, request: i64, now: i64) -> super::Result<bool> {
    let done = sqlx::query("UPDATE requests SET escalated_at = $2 WHERE id = $1 AND escalated_at IS NULL")
        .bind(request)
        .bind(now)
        .execute(tx.conn())
        .await
        .context("marking an escalation")?;
    Ok(done.rows_affected() == 1)
}
