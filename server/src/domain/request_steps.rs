//! Lifecycle steps applied to stored requests: the one place where a request's status, deadlines and decision
//! columns change, for staff steps (casework) and the person's own (withdrawing, answering a question) alike, with
//! a version compare-and-set so two people acting at once never both win.

use amana_app::errors::{ErrorCode, PortalError};
use amana_app::staff::StaffId;

use crate::domain::lifecycle::{self, Case, Step};
use crate::storage::casework::{self as sql, CaseRow, LifecycleColumns};
use crate::storage::WriteTx;

/// The lifecycle state of a stored request; `sensitive` says whether it concerns a sensitive field.
pub(crate) fn case_from(row: &CaseRow, sensitive: bool) -> anyhow::Result<Case> {
    let kind = row.kind;
    Ok(Case {
        kind,
        status: row.status,
        needs_second_person: lifecycle::needs_second_person(kind, sensitive),
        received_at: row.received_at,
        due_at: row.due_at,
        extended_due_at: row.extended_due_at,
        assignee: row.assignee_id.map(StaffId),
        proposed_by: row.proposed_by.map(StaffId),
        approved_by: row.approved_by.map(StaffId),
        outcome: row.decision_outcome.0,
        clock_paused_at: row.clock_paused_at,
    })
}

/// A step the person takes on their own request (withdrawing, answering a question), through the same state
/// machine as staff steps, inside `tx`. Refused as "no longer open" when the lifecycle does not allow it.
pub(crate) async fn person_step(tx: &mut WriteTx, request: &CaseRow, step: Step, now: i64) -> Result<(), PortalError> {
    let case = case_from(request, false)?;
    let after = lifecycle::next(&case, &step, now).map_err(|_| PortalError::RequestNotOpen)?;
    store_at(tx, request.id, request.version, &case, &after, now).await.map_err(|_| PortalError::RequestNotOpen)
}

/// Stores the step from `before` to `after` if the request is still at `version`; refused (`ST-027`) if someone
/// changed it meanwhile.
pub(crate) async fn store_at(
    tx: &mut WriteTx,
    request: i64,
    version: i64,
    before: &Case,
    after: &Case,
    now: i64,
) -> Result<(), PortalError> {
    if !sql::store_lifecycle(tx, request, version, &columns(before), &columns(after), now).await? {
        return Err(PortalError::Refused(ErrorCode::St027));
    }
    Ok(())
}

fn columns(case: &Case) -> LifecycleColumns {
    LifecycleColumns {
        status: case.status,
        due_at: case.due_at,
        extended_due_at: case.extended_due_at,
        assignee_id: case.assignee.map(|s| s.0),
        proposed_by: case.proposed_by.map(|s| s.0),
        approved_by: case.approved_by.map(|s| s.0),
        decision_outcome: case.outcome,
        clock_paused_at: case.clock_paused_at,
    }
}
