//! The request lifecycle: one state machine with every allowed transition in one place. Services load a
//! [`Case`], ask [`next`] for the state after a [`Step`], and store the answer; an illegal step is refused here
//! with a [`Refusal`] the UI can explain, before anything is written.
//!
//! Who may take a step (role, team, assignment) is the policy module's concern; this module knows only what the
//! law and the process allow: one extension within the first month, decisions after review, a second person for
//! erasures and sensitive corrections, and no way back once decided.

use amana_app::errors::ErrorCode;
pub use amana_app::rights::Outcome;
use amana_app::rights::{RequestKind, RequestStatus};
use amana_app::staff::StaffId;

use crate::infra::clock::add_months;

/// Where a request stands, as far as the lifecycle is concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub kind: RequestKind,
    pub status: RequestStatus,
    /// Erasure, and correction of a sensitive field, need a second person's approval.
    pub needs_second_person: bool,
    pub received_at: i64,
    pub due_at: i64,
    pub extended_due_at: Option<i64>,
    pub assignee: Option<StaffId>,
    /// Set by a decision that needs approval (the proposer), kept after approval.
    pub proposed_by: Option<StaffId>,
    pub approved_by: Option<StaffId>,
    /// The proposed or final outcome.
    pub outcome: Option<Outcome>,
    /// When the clock was stopped (identity not yet verified), if it is stopped.
    pub clock_paused_at: Option<i64>,
}

impl Case {
    /// A decision waits for a second person.
    pub fn awaiting_approval(&self) -> bool {
        self.status == RequestStatus::InReview && self.proposed_by.is_some() && self.approved_by.is_none()
    }

    /// The date the answer is due, with any extension.
    pub fn effective_due_at(&self) -> i64 {
        self.extended_due_at.unwrap_or(self.due_at)
    }

    /// Whether the request is still being handled (not decided, done or withdrawn).
    pub fn is_open(&self) -> bool {
        self.status.is_open()
    }
}

/// What someone does to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A caseworker takes an unclaimed request.
    Claim { by: StaffId },
    /// A supervisor gives the request to someone else.
    Reassign { to: StaffId },
    /// Staff ask the person for information; `identity` stops the clock (the only case the law allows).
    AskInformation { identity: bool },
    /// The person answered, or staff resume work.
    InformationReceived,
    /// The answer is due later: once, by one or two months, asked for within the first month.
    Extend { months: u32 },
    /// A decision. Where a second person is needed and something would change, it becomes a proposal.
    Decide { by: StaffId, outcome: Outcome },
    /// A different person approves the proposal.
    Approve { by: StaffId },
    /// The proposal goes back to review, unchanged.
    SendBack,
    /// The decision has been carried out (the field changed, the upstream system told).
    Complete,
    /// The person withdraws.
    Withdraw,
}

/// Why a step was refused. Each maps to a stable error code the person or staff member reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("not possible in the request's current state")]
    NotNow,
    #[error("the deadline was extended already")]
    AlreadyExtended,
    #[error("an extension must be made within the first month")]
    ExtensionTooLate,
    #[error("an extension is one or two months")]
    ExtensionLength,
    #[error("nobody approves their own proposal")]
    OwnProposal,
    #[error("only the assigned person can do this")]
    NotAssigned,
    #[error("the decision needs a second person's approval first")]
    NeedsApproval,
}

impl Refusal {
    /// The stable code, also the Fluent id of its explanation.
    pub fn code(self) -> ErrorCode {
        match self {
            Refusal::NotNow => ErrorCode::St020,
            Refusal::AlreadyExtended => ErrorCode::St021,
            Refusal::ExtensionTooLate => ErrorCode::St022,
            Refusal::ExtensionLength => ErrorCode::St023,
            Refusal::OwnProposal => ErrorCode::St024,
            Refusal::NotAssigned => ErrorCode::St025,
            Refusal::NeedsApproval => ErrorCode::St026,
        }
    }
}

/// Longest extension, in months.
pub const MAX_EXTENSION_MONTHS: u32 = 2;

/// The state after `step` at time `now`, or why the step is not allowed.
pub fn next(case: &Case, step: &Step, now: i64) -> Result<Case, Refusal> {
    use RequestStatus as S;
    let mut after = case.clone();
    let open = case.is_open();
    match *step {
        Step::Claim { by } => {
            if case.status != S::Submitted || case.assignee.is_some() {
                return Err(Refusal::NotNow);
            }
            after.assignee = Some(by);
            after.status = S::InReview;
        }
        Step::Reassign { to } => {
            if !open {
                return Err(Refusal::NotNow);
            }
            after.assignee = Some(to);
            if case.status == S::Submitted {
                after.status = S::InReview;
            }
        }
        Step::AskInformation { identity } => {
            if case.status != S::InReview || case.awaiting_approval() {
                return Err(Refusal::NotNow);
            }
            after.status = S::AwaitingInformation;
            if identity {
                after.clock_paused_at = Some(now);
            }
        }
        Step::InformationReceived => {
            if case.status != S::AwaitingInformation {
                return Err(Refusal::NotNow);
            }
            after.status = S::InReview;
            if let Some(paused_at) = case.clock_paused_at {
                // The stopped time is added back, so the person loses none of the authority's month.
                let stopped = (now - paused_at).max(0);
                after.due_at = case.due_at + stopped;
                after.extended_due_at = case.extended_due_at.map(|d| d + stopped);
                after.clock_paused_at = None;
            }
        }
        Step::Extend { months } => {
            if !open || case.awaiting_approval() {
                return Err(Refusal::NotNow);
            }
            if case.extended_due_at.is_some() {
                return Err(Refusal::AlreadyExtended);
            }
            if !(1..=MAX_EXTENSION_MONTHS).contains(&months) {
                return Err(Refusal::ExtensionLength);
            }
            if now >= add_months(case.received_at, 1) {
                return Err(Refusal::ExtensionTooLate);
            }
            after.extended_due_at = Some(add_months(case.due_at, months));
        }
        Step::Decide { by, outcome } => {
            if case.status != S::InReview || case.awaiting_approval() {
                return Err(Refusal::NotNow);
            }
            if case.assignee != Some(by) {
                return Err(Refusal::NotAssigned);
            }
            after.outcome = Some(outcome);
            if case.needs_second_person && outcome.grants() {
                after.proposed_by = Some(by);
                after.approved_by = None;
            } else {
                after.status = S::Decided;
            }
        }
        Step::Approve { by } => {
            if !case.awaiting_approval() {
                return Err(Refusal::NotNow);
            }
            if case.proposed_by == Some(by) {
                return Err(Refusal::OwnProposal);
            }
            after.approved_by = Some(by);
            after.status = S::Decided;
        }
        Step::SendBack => {
            if !case.awaiting_approval() {
                return Err(Refusal::NotNow);
            }
            after.proposed_by = None;
            after.outcome = None;
        }
        Step::Complete => {
            if case.status != S::Decided {
                return Err(Refusal::NotNow);
            }
            let granted = case.outcome.is_some_and(Outcome::grants);
            if granted && case.needs_second_person && case.approved_by.is_none() {
                return Err(Refusal::NeedsApproval);
            }
            after.status = S::Completed;
        }
        Step::Withdraw => {
            if !open {
                return Err(Refusal::NotNow);
            }
            after.status = S::Withdrawn;
            after.proposed_by = None;
            after.outcome = None;
            after.clock_paused_at = None;
        }
    }
    Ok(after)
}

/// Whether staff may still write to the person about the request: until it is withdrawn (a decided request can
/// still need explaining).
pub fn allows_message(case: &Case) -> bool {
    case.status != RequestStatus::Withdrawn
}

/// Whether a request of `kind` about a field of a sensitive category needs a second person to approve it.
pub fn needs_second_person(kind: RequestKind, sensitive_field: bool) -> bool {
    kind == RequestKind::Erasure || (kind == RequestKind::Correction && sensitive_field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DAY: i64 = 86_400;
    const START: i64 = 1_767_225_600; // 2026-01-01

    fn new_case(kind: RequestKind, sensitive: bool) -> Case {
        Case {
            kind,
            status: RequestStatus::Submitted,
            needs_second_person: needs_second_person(kind, sensitive),
            received_at: START,
            due_at: add_months(START, 1),
            extended_due_at: None,
            assignee: None,
            proposed_by: None,
            approved_by: None,
            outcome: None,
            clock_paused_at: None,
        }
    }

    fn staff() -> impl Strategy<Value = StaffId> {
        (1_i64..4).prop_map(StaffId)
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            staff().prop_map(|by| Step::Claim { by }),
            staff().prop_map(|to| Step::Reassign { to }),
            any::<bool>().prop_map(|identity| Step::AskInformation { identity }),
            Just(Step::InformationReceived),
            (0_u32..4).prop_map(|months| Step::Extend { months }),
            (staff(), prop::sample::select(Outcome::ALL.to_vec()))
                .prop_map(|(by, outcome)| Step::Decide { by, outcome }),
            staff().prop_map(|by| Step::Approve { by }),
            Just(Step::SendBack),
            Just(Step::Complete),
            Just(Step::Withdraw),
        ]
    }

    fn kind() -> impl Strategy<Value = RequestKind> {
        prop::sample::select(RequestKind::ALL.to_vec())
    }

    fn is_final(status: RequestStatus) -> bool {
        matches!(status, RequestStatus::Decided | RequestStatus::Completed | RequestStatus::Withdrawn)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Random sequences of steps, each a random number of days apart: whatever is accepted keeps the
        /// invariants the law and the four-eyes rule demand.
        #[test]
        fn random_action_sequences_keep_the_invariants(
            kind in kind(),
            sensitive in any::<bool>(),
            steps in prop::collection::vec((step(), 0_i64..20), 1..40),
        ) {
            let mut case = new_case(kind, sensitive);
            let mut now = START;
            let mut extensions = 0;
            let mut was_final = false;
            for (step, days) in steps {
                now += days * DAY;
                let Ok(after) = next(&case, &step, now) else { continue };
                if matches!(step, Step::Extend { .. }) {
                    extensions += 1;
                }
                // No self-approval.
                if let (Some(proposer), Some(approver)) = (after.proposed_by, after.approved_by) {
                    prop_assert_ne!(proposer, approver);
                }
                // No change without approval where one is required.
                if after.needs_second_person && after.outcome.is_some_and(Outcome::grants)
                    && matches!(after.status, RequestStatus::Decided | RequestStatus::Completed) {
                    prop_assert!(after.approved_by.is_some());
                }
                // Due dates never before receipt; an extension only moves the date later.
                prop_assert!(after.due_at >= after.received_at);
                if let Some(extended) = after.extended_due_at {
                    prop_assert!(extended > after.due_at);
                }
                // At most one extension, never more than two months.
                prop_assert!(extensions <= 1);
                if let Some(extended) = after.extended_due_at {
                    prop_assert!(extended - after.due_at <= 62 * DAY);
                }
                // A decided (or withdrawn) request never returns to review.
                if was_final {
                    prop_assert!(is_final(after.status), "left a final state: {:?} -> {:?}", case.status, after.status);
                }
                was_final = is_final(after.status);
                case = after;
            }
        }
    }

    fn claimed(kind: RequestKind, sensitive: bool) -> Case {
        next(&new_case(kind, sensitive), &Step::Claim { by: StaffId(1) }, START).unwrap()
    }

    #[test]
    fn an_erasure_is_proposed_and_needs_someone_else_to_approve() {
        let case = claimed(RequestKind::Erasure, false);
        let proposed = next(&case, &Step::Decide { by: StaffId(1), outcome: Outcome::Approved }, START).unwrap();
        assert!(proposed.awaiting_approval());
        assert_eq!(next(&proposed, &Step::Complete, START), Err(Refusal::NotNow));
        assert_eq!(next(&proposed, &Step::Approve { by: StaffId(1) }, START), Err(Refusal::OwnProposal));
        let approved = next(&proposed, &Step::Approve { by: StaffId(2) }, START).unwrap();
        assert_eq!(approved.status, RequestStatus::Decided);
        assert_eq!(next(&approved, &Step::Complete, START).unwrap().status, RequestStatus::Completed);
    }

    #[test]
    fn a_refused_erasure_needs_no_second_person_and_a_plain_correction_none_either() {
        let refused = next(
            &claimed(RequestKind::Erasure, false),
            &Step::Decide { by: StaffId(1), outcome: Outcome::Refused },
            START,
        );
        assert_eq!(refused.unwrap().status, RequestStatus::Decided);
        let plain = next(
            &claimed(RequestKind::Correction, false),
            &Step::Decide { by: StaffId(1), outcome: Outcome::Approved },
            START,
        );
        assert_eq!(plain.unwrap().status, RequestStatus::Decided);
        let sensitive = next(
            &claimed(RequestKind::Correction, true),
            &Step::Decide { by: StaffId(1), outcome: Outcome::Approved },
            START,
        );
        assert!(sensitive.unwrap().awaiting_approval());
    }

    #[test]
    fn only_the_assignee_decides() {
        let case = claimed(RequestKind::Correction, false);
        assert_eq!(
            next(&case, &Step::Decide { by: StaffId(2), outcome: Outcome::Refused }, START),
            Err(Refusal::NotAssigned)
        );
    }

    #[test]
    fn one_extension_of_at_most_two_months_within_the_first_month() {
        let case = claimed(RequestKind::Correction, false);
        assert_eq!(next(&case, &Step::Extend { months: 3 }, START), Err(Refusal::ExtensionLength));
        assert_eq!(next(&case, &Step::Extend { months: 0 }, START), Err(Refusal::ExtensionLength));
        assert_eq!(next(&case, &Step::Extend { months: 1 }, add_months(START, 1)), Err(Refusal::ExtensionTooLate));
        let extended = next(&case, &Step::Extend { months: 2 }, START + 10 * DAY).unwrap();
        assert_eq!(extended.extended_due_at, Some(add_months(case.due_at, 2)));
        assert_eq!(next(&extended, &Step::Extend { months: 1 }, START + 11 * DAY), Err(Refusal::AlreadyExtended));
    }

    #[test]
    fn the_clock_stops_only_while_identity_is_unverified() {
        let case = claimed(RequestKind::Correction, false);
        let asked = next(&case, &Step::AskInformation { identity: false }, START).unwrap();
        let answered = next(&asked, &Step::InformationReceived, START + 5 * DAY).unwrap();
        assert_eq!(answered.due_at, case.due_at, "asking for other information does not stop the clock");
        let asked = next(&case, &Step::AskInformation { identity: true }, START).unwrap();
        let answered = next(&asked, &Step::InformationReceived, START + 5 * DAY).unwrap();
        assert_eq!(answered.due_at, case.due_at + 5 * DAY);
    }

    #[test]
    fn a_decided_request_cannot_be_withdrawn_or_reviewed_again() {
        let decided = next(
            &claimed(RequestKind::Objection, false),
            &Step::Decide { by: StaffId(1), outcome: Outcome::Refused },
            START,
        )
        .unwrap();
        assert_eq!(next(&decided, &Step::Withdraw, START), Err(Refusal::NotNow));
        assert_eq!(next(&decided, &Step::Reassign { to: StaffId(2) }, START), Err(Refusal::NotNow));
        assert_eq!(next(&decided, &Step::AskInformation { identity: false }, START), Err(Refusal::NotNow));
    }
}
