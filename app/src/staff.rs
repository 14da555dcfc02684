//! The contract for the authority's side: staff sign-in with a second factor, the team queues, one request with
//! only the data it concerns, and the actions on it. `server/` implements [`StaffSignIn`] and [`StaffDesk`]; every
//! method checks the caller's role, team and assignment itself, on every call.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;
use crate::rights::{AttachmentInfo, RequestKind, RequestMessage, RequestStatus, TimelineEntry};

pub type StaffId = i64;

/// A staff member who passed the password step and has yet to give the second factor. Kept in the session for
/// a few minutes only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingStaff {
    pub staff: StaffId,
    /// Unix time after which the password step must be repeated.
    pub until: i64,
}

/// What the second step is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecondFactor {
    /// First sign-in: set up the authenticator.
    Enrol,
    /// A code from the authenticator, or a recovery code.
    Code,
}

/// The authenticator secret to set up, as text and as a QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Enrolment {
    /// Base32, in groups of four for typing.
    pub secret: String,
    /// An SVG image of the `otpauth://` address.
    pub qr_svg: String,
}

/// A staff member who is signed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedInStaff {
    pub id: StaffId,
    /// Unix time of sign-in, for the absolute session limit.
    pub at: i64,
    pub role: String,
    pub preferred_locale: Option<String>,
}

/// Staff sign-in: e-mail and password (Argon2id), then a TOTP code; lockout after repeated failures.
#[async_trait]
pub trait StaffSignIn: Send + Sync + 'static {
    /// Step one. Unknown e-mail, wrong password and a locked account all answer the same.
    async fn check_password(&self, email: &str, password: &str, client: &str)
        -> Result<(PendingStaff, SecondFactor), PortalError>;

    /// The secret to enrol (created on first call, the same until enrolment is confirmed).
    async fn enrolment(&self, pending: &PendingStaff) -> Result<Enrolment, PortalError>;

    /// Confirms enrolment with a first code; returns the one-time recovery codes, shown once.
    async fn confirm_enrolment(&self, pending: &PendingStaff, code: &str)
        -> Result<(SignedInStaff, Vec<String>), PortalError>;

    /// Step two: a current TOTP code (each used once) or an unused recovery code.
    async fn check_code(&self, pending: &PendingStaff, code: &str, client: &str) -> Result<SignedInStaff, PortalError>;

    /// Records a sign-out.
    async fn signed_out(&self, staff: StaffId);
}

/// How close a request is to its deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Urgency {
    Overdue,
    /// Due within three days.
    DueSoon,
    OnTime,
}

/// Filters on a queue; `None` means any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    pub team: Option<i64>,
    pub kind: Option<RequestKind>,
    pub status: Option<RequestStatus>,
    pub locale: Option<String>,
}

/// One request in a queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub locale: String,
    pub received_on: String,
    /// The effective due date (extended if it was).
    pub due_on: String,
    pub urgency: Urgency,
    pub assignee: Option<String>,
    pub mine: bool,
    pub awaiting_approval: bool,
}

/// A team the staff member belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamInfo {
    pub id: i64,
    /// Name in Fluent: `team-<key>`.
    pub key: String,
}

/// A queue as the page shows it: open requests, most urgent first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub teams: Vec<TeamInfo>,
    pub items: Vec<QueueItem>,
}

/// A field of the person's record as staff see it on a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseField {
    pub key: String,
    pub category: String,
    /// `None` once erased.
    pub value: Option<String>,
    /// The value the person asked for (corrections).
    pub proposed_value: Option<String>,
    pub restricted: bool,
}

/// A category of the record: shown only once opened with a reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseCategory {
    pub key: String,
    pub sensitive: bool,
    /// The fields, if the category has been opened in this session.
    pub fields: Option<Vec<CaseField>>,
}

/// What the viewer may do with the request now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePermissions {
    pub claim: bool,
    /// Message, ask for information, extend, decide: the assignee.
    pub work: bool,
    pub approve: bool,
    pub reassign: bool,
}

/// One request as a staff member sees it: the person's name and reference, and only the data it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub locale: String,
    pub received_on: String,
    pub due_on: String,
    pub extended_due_on: Option<String>,
    pub extension_reason: Option<String>,
    pub urgency: Urgency,
    /// The person's name and case reference; `None` for an anonymous complaint.
    pub person_name: Option<String>,
    pub case_reference: Option<String>,
    pub explanation: Option<String>,
    /// The fields the request is about (sensitive ones appear under `categories` until opened).
    pub concerned: Vec<CaseField>,
    /// Every other category of the record, opened or not.
    pub categories: Vec<CaseCategory>,
    pub assignee: Option<String>,
    pub awaiting_approval: bool,
    pub proposed_by_viewer: bool,
    pub outcome: Option<String>,
    pub reasons: Vec<String>,
    pub decision_note: Option<String>,
    pub timeline: Vec<TimelineEntry>,
    pub messages: Vec<RequestMessage>,
    pub attachments: Vec<AttachmentInfo>,
    pub may: CasePermissions,
    /// People the request can be reassigned to: id and name.
    pub colleagues: Vec<(StaffId, String)>,
    /// Keys of the message templates (`template-<key>` in every locale).
    pub templates: Vec<String>,
}

/// What a staff member does to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseAction {
    Claim,
    Reassign { to: StaffId },
    /// A templated message, with an optional note of the staff member's own.
    Message { template: String, note: Option<String> },
    /// Ask the person for information; `identity` stops the clock until they answer.
    AskInformation { template: String, note: Option<String>, identity: bool },
    /// Go on without the information asked for.
    Resume,
    Extend { months: u32, reason: String },
    Decide { outcome: String, reasons: Vec<String>, note: Option<String> },
    Approve,
    SendBack,
}

/// Reasons a decision can give; each is `reason-<code>` in every locale.
pub const DECISION_REASONS: [&str; 9] = [
    "request-granted",
    "legal-obligation",
    "still-needed-for-case",
    "accuracy-confirmed",
    "evidence-insufficient",
    "identity-not-verified",
    "public-interest",
    "legal-claims",
    "manifestly-unfounded",
];

/// Reasons for extending the deadline; each is `extension-reason-<code>`.
pub const EXTENSION_REASONS: [&str; 2] = ["complexity", "number-of-requests"];

/// Reasons for opening a category beyond the request; each is `access-reason-<code>`.
pub const ACCESS_REASONS: [&str; 4] = ["handling-request", "identity-check", "safety-concern", "legal-duty"];

/// The message templates every deployment starts with; each is `template-<key>` in every locale.
pub const DEFAULT_TEMPLATES: [&str; 4] = ["information-needed", "identity-documents", "progress-update", "decision-made"];

/// The staff member's work: queues and requests. A request outside the caller's teams, or a complaint about
/// the caller, answers exactly like one that does not exist.
#[async_trait]
pub trait StaffDesk: Send + Sync + 'static {
    /// The open requests of the caller's teams (or one team), filtered, most urgent first.
    async fn queue(&self, staff: StaffId, filter: QueueFilter) -> Result<QueueView, PortalError>;

    /// Claims the most urgent unclaimed request of the caller's teams (or one team); `None` if there is none.
    /// Never gives one request to two people, whatever the number of server instances.
    async fn take_next(&self, staff: StaffId, team: Option<i64>) -> Result<Option<String>, PortalError>;

    /// One request, with the categories opened in this session. Recorded in the audit log.
    async fn case(&self, staff: StaffId, reference: &str, opened: &[String]) -> Result<CaseView, PortalError>;

    /// Records why a category beyond the request is opened (audited, shown to the person).
    async fn open_category(&self, staff: StaffId, reference: &str, category: &str, reason: &str)
        -> Result<(), PortalError>;

    /// Does something to the request; refused with a clear error where the process does not allow it.
    async fn act(&self, staff: StaffId, reference: &str, action: CaseAction) -> Result<(), PortalError>;

    /// A document of a request the caller may see.
    async fn attachment(&self, staff: StaffId, reference: &str, id: i64) -> Result<(String, Vec<u8>), PortalError>;
}
