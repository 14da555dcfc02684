//! What the transparency job reads (one row of facts per request, no personal data) and the snapshots it writes.

use amana_app::rights::{Outcome, RequestKind};
use amana_app::vocabulary::Stored;

use super::error::Context;
use super::{Storage, WriteTx};

/// The facts about one request the published figures are computed from: times, kind and outcome; no person.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestFacts {
    #[sqlx(try_from = "String")]
    pub kind: RequestKind,
    pub received_at: i64,
    pub due_at: i64,
    pub extended_due_at: Option<i64>,
    /// When it was first decided (or an access request completed).
    pub answered_at: Option<i64>,
    pub withdrawn_at: Option<i64>,
    pub extended_at: Option<i64>,
    #[sqlx(try_from = "Option<String>")]
    pub outcome: Stored<Outcome>,
    /// The reason codes of the decision, as stored (a JSON array).
    pub reasons: Option<String>,
}

/// How many snapshots are kept: the newest is shown, the others let a DPO see what was published before.
const SNAPSHOTS_KEPT: i64 = 31;

impl Storage {
    /// Every request received, answered, withdrawn or extended at or after `since`.
    pub async fn request_facts_since(&self, since: i64) -> super::Result<Vec<RequestFacts>> {
        let first = |events: &str| {
            format!("(SELECT MIN(e.at) FROM request_events e WHERE e.request_id = r.id AND e.event IN ({events}))")
        };
        let sql = format!(
            "SELECT kind, received_at, due_at, extended_due_at, {answered} AS answered_at, {withdrawn} AS withdrawn_at, \
             {extended} AS extended_at, decision_outcome AS outcome, decision_reasons AS reasons FROM requests r \
             WHERE r.received_at >= $1 OR r.id IN (SELECT request_id FROM request_events \
             WHERE event IN ('decided', 'completed', 'withdrawn', 'extended') AND at >= $1)",
            answered = first("'decided', 'completed'"),
            withdrawn = first("'withdrawn'"),
            extended = first("'extended'"),
        );
        sqlx::query_as::<_, RequestFacts>(&sql).bind(since).fetch_all(&self.pool).await.context("reading request facts")
    }

    /// When the supervisory authority was told of each breach it was told of at or after `since`.
    pub async fn breach_notifications_since(&self, since: i64) -> super::Result<Vec<i64>> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT authority_notified_at FROM breaches WHERE authority_notified_at IS NOT NULL \
             AND authority_notified_at >= $1",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .context("reading when breaches were notified")?;
        Ok(rows.into_iter().map(|(at,)| at).collect())
    }

    /// The newest snapshot's report, as stored.
    pub async fn newest_transparency_snapshot(&self) -> super::Result<Option<String>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT report FROM transparency_snapshots ORDER BY computed_at DESC, id DESC LIMIT 1")
                .fetch_optional(&self.pool)
                .await
                .context("reading the transparency snapshot")?;
        Ok(row.map(|(report,)| report))
    }
}

/// Stores a new snapshot of the published figures and drops the oldest beyond those kept.
pub async fn insert_transparency_snapshot(tx: &mut WriteTx, computed_at: i64, report: &str) -> super::Result<()> {
    sqlx::query("INSERT INTO transparency_snapshots (computed_at, report) VALUES ($1, $2)")
        .bind(computed_at)
        .bind(report)
        .execute(tx.conn())
        .await
        .context("saving a transparency snapshot")?;
    sqlx::query(
        "DELETE FROM transparency_snapshots WHERE id NOT IN \
         (SELECT id FROM transparency_snapshots ORDER BY computed_at DESC, id DESC LIMIT $1)",
    )
    .bind(SNAPSHOTS_KEPT)
    .execute(tx.conn())
    .await
    .context("dropping old transparency snapshots")?;
    Ok(())
}
