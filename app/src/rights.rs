//! The contract for exercising rights: the requests a person files about their data (correct, erase, restrict,
//! object), their state, timeline and messages. `server/` implements [`MigrantRights`].

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::contract::{Acting, HeldField, PersonId};
use crate::errors::PortalError;
use crate::i18n::Locale;
use crate::when::{Day, Moment};

crate::vocabulary::vocabulary! {
    /// What a request asks for (`kind-correction`).
    pub enum RequestKind("request kind", serde = variant names) {
        Access = "access",
        Correction = "correction",
        Erasure = "erasure",
        Restriction = "restriction",
        Objection = "objection",
        Complaint = "complaint",
    }
}

crate::vocabulary::vocabulary! {
    /// Where a request stands (`status-in_review`).
    pub enum RequestStatus("request status", serde = variant names) {
        Submitted = "submitted",
        InReview = "in_review",
        AwaitingInformation = "awaiting_information",
        Decided = "decided",
        Completed = "completed",
        Withdrawn = "withdrawn",
    }
}

impl RequestStatus {
    /// The statuses of a request still being handled (nothing decided yet): the one list the queues, the
    /// person's withdraw and answer, and the deadline job all use.
    pub const OPEN: [RequestStatus; 3] =
        [RequestStatus::Submitted, RequestStatus::InReview, RequestStatus::AwaitingInformation];

    /// Whether the request is still being handled: the person may still withdraw it or add information.
    pub fn is_open(self) -> bool {
        RequestStatus::OPEN.contains(&self)
    }
}

crate::vocabulary::vocabulary! {
    /// How a request was decided (`outcome-partly_approved`).
    pub enum Outcome("decision outcome") {
        Approved = "approved",
        PartlyApproved = "partly_approved",
        Refused = "refused",
    }
}

impl Outcome {
    /// Whether carrying out the decision changes something.
    pub fn grants(self) -> bool {
        self != Outcome::Refused
    }
}

crate::vocabulary::vocabulary! {
    /// Whom a staff message is for: the person, or the helper who filed the request for them.
    pub enum Recipient("message recipient") {
        Person = "person",
        Helper = "helper",
    }
}

/// Largest evidence file accepted.
pub const MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;
/// Documents one request can hold, and their total size: enough for any case, and no way to fill the disk.
pub const MAX_DOCUMENTS_PER_REQUEST: i64 = 20;
pub const MAX_DOCUMENT_BYTES_PER_REQUEST: i64 = 50 * 1024 * 1024;

/// A document sent with a request. Its type is decided by its content, never by its name.
#[derive(Clone, PartialEq, Eq)]
pub struct Evidence {
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Evidence({} bytes)", self.bytes.len())
    }
}

impl Evidence {
    /// The MIME type of an accepted file (PDF, JPEG or PNG), judged by its first bytes; None for anything else.
    pub fn content_type(&self) -> Option<&'static str> {
        let b = self.bytes.as_slice();
        if b.starts_with(b"%PDF-") {
            Some("application/pdf")
        } else if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some("image/jpeg")
        } else if b.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some("image/png")
        } else {
            None
        }
    }
}

/// A document attached to a request, as the person sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    pub id: i64,
    pub content_type: String,
    pub size_bytes: i64,
    pub uploaded_at: Moment,
}

/// What a person asks for about their data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRequest {
    pub kind: RequestKind,
    /// The field concerned; `None` for the whole record (erasure of everything).
    pub field: Option<i64>,
    /// The corrected value (corrections only).
    pub proposed_value: Option<String>,
    /// The person's own words, optional.
    pub explanation: Option<String>,
    /// The language to write to the person in about this request.
    pub locale: Locale,
    /// An optional supporting document.
    pub evidence: Option<Evidence>,
}

/// One request as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestSummary {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    /// ISO date of receipt.
    pub received_on: Day,
    /// ISO date the answer is due (received + one month).
    pub due_on: Day,
    /// ISO date of the extended deadline, if the authority extended it.
    pub extended_due_on: Option<Day>,
    /// Keys of the fields concerned (empty for the whole record).
    pub field_keys: Vec<String>,
}

/// Who did something, as the person may know it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    You,
    /// A staff member, by role and office (names of staff are not shown).
    Staff {
        role: crate::staff::Role,
        office: String,
    },
    Helper {
        name: String,
        organisation: String,
    },
    System,
    /// A user of one of the authority's own systems, as that system reported it.
    Source {
        system: String,
        role: String,
        office: String,
    },
}

/// One event in a request's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// `YYYY-MM-DD HH:MM` UTC.
    pub at: Moment,
    /// Fluent id suffix: `timeline-<event>`.
    pub event: String,
    pub by: Actor,
}

/// A message on a request, to or from the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestMessage {
    pub at: Moment,
    pub by: Actor,
    pub text: String,
    /// Whom staff sent it to: the person, or the helper who filed the request.
    pub to: Recipient,
}

/// Everything the person may see about one of their requests.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDetail {
    pub summary: RequestSummary,
    pub proposed_value: Option<String>,
    pub explanation: Option<String>,
    pub extension_reason: Option<String>,
    /// The outcome (`outcome-<key>`), once decided.
    pub decision_outcome: Option<Outcome>,
    pub decision_reasons: Vec<String>,
    /// What the decision-maker wrote to the person, if anything.
    pub decision_note: Option<String>,
    pub timeline: Vec<TimelineEntry>,
    pub messages: Vec<RequestMessage>,
    pub attachments: Vec<AttachmentInfo>,
    /// What the authority's source systems answered about the changes the decision asked of them.
    pub upstream: Vec<UpstreamChange>,
}

/// Where a change an approved request asked of a source system stands, as that system acknowledged it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpstreamState {
    Waiting,
    Applied {
        on: Day,
    },
    /// With the system's own reason, for staff to follow up (the person reads that it is not done yet).
    Rejected {
        on: Day,
        reason: String,
    },
}

/// One source system's part of an approved request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpstreamChange {
    pub system: String,
    pub state: UpstreamState,
}

/// A purpose that needs the person's consent, and where their consent stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentState {
    /// Purpose key; name `purpose-<key>`, explanation `purpose-<key>-explained`.
    pub purpose: String,
    pub given: bool,
    /// When it last changed (`YYYY-MM-DD HH:MM` UTC), if ever.
    pub since: Option<Moment>,
    /// The version of the explanation the current state refers to.
    pub text_version: i64,
}

/// One change of consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    pub at: Moment,
    pub purpose: String,
    pub given: bool,
    pub text_version: i64,
    pub by: Actor,
}

/// Every consent purpose with its state, and the full history, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentOverview {
    pub purposes: Vec<ConsentState>,
    pub history: Vec<ConsentChange>,
}

/// One access to the person's record by staff or a helper.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub at: Moment,
    pub by: Actor,
    /// Fluent id suffix: `access-<action>` (dots become dashes).
    pub action: String,
    /// Keys of the fields seen or changed (never their values).
    pub fields: Vec<String>,
    /// The reason the person gave, where one was required.
    pub reason: Option<String>,
    /// For an access a source system reported: the purpose and legal basis it stated, in its own words.
    #[serde(default)]
    pub stated: Option<(String, String)>,
}

/// One page of the access log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPage {
    pub entries: Vec<AccessEntry>,
    pub page: u32,
    pub has_more: bool,
}

/// Entries per page of the access log.
pub const ACCESS_PAGE_SIZE: usize = 20;

/// Everything held about the person and everything about their requests, consent and access: the export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyExport {
    /// `YYYY-MM-DD HH:MM` UTC.
    pub generated_at: Moment,
    pub case_reference: String,
    pub data: Vec<crate::contract::CategoryFields>,
    pub requests: Vec<RequestDetail>,
    pub consent: ConsentOverview,
    pub access_log: Vec<AccessEntry>,
}

/// A complaint about how data was handled, from a signed-in person or from someone who stays anonymous.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewComplaint {
    pub text: String,
    /// One of the person's own requests the complaint is about (signed-in complaints only).
    pub related_reference: Option<String>,
    /// The name or e-mail of a staff member the complaint is about, if the person knows it. A complaint that
    /// names someone is never shown to them.
    pub staff_member: Option<String>,
    pub locale: Locale,
    /// Who is asking, for rate limits on anonymous complaints: the client address.
    pub client: String,
}

/// What the complainant keeps: the reference, and for an anonymous complaint the receipt code (shown once).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ComplaintReceipt {
    pub reference: String,
    pub receipt_code: Option<String>,
}

/// Longest free text accepted in a request (explanations, messages, proposed values).
pub const MAX_TEXT_CHARS: usize = 2000;
pub const MAX_VALUE_CHARS: usize = 500;

/// What the rights pages need from the backend. Every method is scoped to one person: a reference or field id
/// of someone else answers exactly like one that does not exist. Methods taking [`Acting`] also serve a helper
/// under the person's mandate, within its scope (`view`, `request`, `consent`, `complain`); the others are the
/// person's alone.
#[async_trait]
pub trait MigrantRights: Send + Sync + 'static {
    /// One field held about the person (for the request forms).
    async fn held_field(&self, who: Acting, field: i64) -> Result<HeldField, PortalError>;

    /// Files a request; it is received now and due in one month.
    async fn file_request(&self, who: Acting, request: NewRequest) -> Result<RequestSummary, PortalError>;

    /// The person's requests, newest first. A helper sees them with `view` or `request`, and of complaints
    /// (with any scope that lets them see requests, `complain` included) only those they filed themselves.
    async fn requests(&self, who: Acting) -> Result<Vec<RequestSummary>, PortalError>;

    /// One of the person's requests in full.
    async fn request(&self, who: Acting, reference: &str) -> Result<RequestDetail, PortalError>;

    /// Withdraws a request that is not yet decided.
    async fn withdraw(&self, who: Acting, reference: &str) -> Result<(), PortalError>;

    /// Adds a message, a document, or both, from the person to an open request.
    async fn add_information(
        &self,
        who: Acting,
        reference: &str,
        text: &str,
        evidence: Option<Evidence>,
    ) -> Result<(), PortalError>;

    /// Consent purposes, their current state for the person, and the history.
    async fn consents(&self, who: Acting) -> Result<ConsentOverview, PortalError>;

    /// Gives (`true`) or withdraws (`false`) consent for a purpose; takes effect at once. Setting the state it
    /// already has changes nothing.
    async fn set_consent(&self, who: Acting, purpose: &str, give: bool) -> Result<(), PortalError>;

    /// Page `page` (from 1) of the accesses to the person's record by staff and helpers, newest first.
    async fn access_log(&self, person: PersonId, page: u32) -> Result<AccessPage, PortalError>;

    /// The complete export; recorded in the audit log.
    async fn export(&self, person: PersonId) -> Result<MyExport, PortalError>;

    /// Files a complaint; it always goes to the data-protection officer. `who` is `None` for an anonymous
    /// complaint, which gets a receipt code (at least 80 bits) to follow it with.
    async fn file_complaint(
        &self,
        who: Option<Acting>,
        complaint: NewComplaint,
    ) -> Result<ComplaintReceipt, PortalError>;

    /// Finds an anonymous complaint by its receipt code; rate-limited per client. Returns its reference.
    async fn find_complaint(&self, receipt_code: &str, client: &str) -> Result<String, PortalError>;

    /// A document of one of the person's requests: its type and decrypted bytes.
    async fn attachment(&self, who: Acting, reference: &str, id: i64) -> Result<(String, Vec<u8>), PortalError>;

    /// An anonymous complaint by reference (the reference comes from the session of whoever gave the code).
    async fn anonymous_complaint(&self, reference: &str) -> Result<RequestDetail, PortalError>;
}
