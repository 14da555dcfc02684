//! The contract for the authority's side: staff sign-in with a second factor, the team queues, one request with
//! only the data it concerns, and the actions on it. `server/` implements [`StaffSignIn`] and [`StaffDesk`]; every
//! method checks the caller's role, team and assignment itself, on every call.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::contract::ActorKind;
use crate::errors::PortalError;
use crate::rights::{AttachmentInfo, Outcome, Recipient, RequestKind, RequestMessage, RequestStatus, TimelineEntry};
use crate::when::{Day, Moment};

crate::vocabulary::id_type! {
    /// A staff member's account.
    StaffId
}

crate::vocabulary::vocabulary! {
    /// What a signed-in account is: a staff member in one of the five staff roles, or a helper (who signs in at
    /// their own door). Each staff role reads `role-<key>`.
    pub enum Role("role") {
        Caseworker = "caseworker",
        Reviewer = "reviewer",
        Dpo = "dpo",
        Admin = "admin",
        Auditor = "auditor",
        Helper = "helper",
    }
}

impl Role {
    /// The roles a staff account can have (an administrator chooses one).
    pub const STAFF: [Role; 5] = [Role::Caseworker, Role::Reviewer, Role::Dpo, Role::Admin, Role::Auditor];

    /// Whether the role works requests from team queues.
    pub fn works_queues(self) -> bool {
        matches!(self, Role::Caseworker | Role::Reviewer | Role::Dpo)
    }
}

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
    pub role: Role,
    pub preferred_locale: Option<String>,
}

/// Staff sign-in: e-mail and password (Argon2id), then a TOTP code; lockout after repeated failures.
#[async_trait]
pub trait StaffSignIn: Send + Sync + 'static {
    /// Step one. Unknown e-mail, wrong password and a locked account all answer the same.
    async fn check_password(
        &self,
        email: &str,
        password: &str,
        client: &str,
    ) -> Result<(PendingStaff, SecondFactor), PortalError>;

    /// The secret to enrol (created on first call, the same until enrolment is confirmed).
    async fn enrolment(&self, pending: &PendingStaff) -> Result<Enrolment, PortalError>;

    /// Confirms enrolment with a first code; returns the one-time recovery codes, shown once.
    async fn confirm_enrolment(
        &self,
        pending: &PendingStaff,
        code: &str,
    ) -> Result<(SignedInStaff, Vec<String>), PortalError>;

    /// The address an enrolment link was sent to, if the link is unused and unexpired (it is not used by looking).
    async fn enrolment_link(&self, token: &str) -> Result<String, PortalError>;

    /// Uses an enrolment link: sets the password its holder chose and starts their sign-in at the second step.
    async fn use_enrolment_link(
        &self,
        token: &str,
        password: &str,
        client: &str,
    ) -> Result<(PendingStaff, SecondFactor), PortalError>;

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
    pub received_on: Day,
    /// The effective due date (extended if it was).
    pub due_on: Day,
    pub urgency: Urgency,
    pub assignee: Option<String>,
    pub mine: bool,
    pub awaiting_approval: bool,
}

/// A team the staff member belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamInfo {
    pub id: i64,
    /// Name in Fluent: `team-<key>`, for the built-in teams.
    pub key: String,
    /// The name an administrator gave a team they added.
    pub name: Option<String>,
}

/// How a team is named on screen: `team-<key>` from the catalogue in the viewer's language, or else the name an
/// administrator gave it, or else its key.
pub fn team_label(locale: crate::i18n::Locale, key: &str, name: Option<&str>) -> String {
    let id = format!("team-{key}");
    if crate::i18n::catalog().has_message(locale, &id) {
        locale.text(&id)
    } else {
        name.unwrap_or(key).to_owned()
    }
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

/// What the viewer may do with the request now: what their role, team and assignment allow, and what the
/// request's lifecycle allows in its present state. The case page offers exactly these.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePermissions {
    pub claim: bool,
    pub message: bool,
    pub ask_information: bool,
    pub resume: bool,
    pub extend: bool,
    pub decide: bool,
    /// Approve the proposal, or send it back.
    pub approve: bool,
    pub reassign: bool,
}

impl CasePermissions {
    /// Whether there is anything at all.
    pub fn any(self) -> bool {
        let CasePermissions { claim, message, ask_information, resume, extend, decide, approve, reassign } = self;
        claim || message || ask_information || resume || extend || decide || approve || reassign
    }
}

/// One request as a staff member sees it: the person's name and reference, and only the data it concerns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    pub reference: String,
    pub kind: RequestKind,
    pub status: RequestStatus,
    pub locale: String,
    pub received_on: Day,
    pub due_on: Day,
    pub extended_due_on: Option<Day>,
    pub extension_reason: Option<String>,
    pub urgency: Urgency,
    /// The person's name and case reference; `None` for an anonymous complaint.
    pub person_name: Option<String>,
    /// The helper (name, organisation) who filed the request on the person's behalf, if one did; staff can
    /// message them as well as the person.
    pub helper: Option<(String, String)>,
    /// Whether that helper still acts for the person (staff can write to them only then).
    pub helper_reachable: bool,
    pub case_reference: Option<String>,
    pub explanation: Option<String>,
    /// The fields the request is about (sensitive ones appear under `categories` until opened).
    pub concerned: Vec<CaseField>,
    /// Every other category of the record, opened or not.
    pub categories: Vec<CaseCategory>,
    pub assignee: Option<String>,
    pub awaiting_approval: bool,
    pub proposed_by_viewer: bool,
    pub outcome: Option<Outcome>,
    pub reasons: Vec<String>,
    pub decision_note: Option<String>,
    pub timeline: Vec<TimelineEntry>,
    pub messages: Vec<RequestMessage>,
    pub attachments: Vec<AttachmentInfo>,
    /// What each source system answered about the changes the decision asked of it.
    pub upstream: Vec<crate::rights::UpstreamChange>,
    pub may: CasePermissions,
    /// People the request can be reassigned to: id and name.
    pub colleagues: Vec<(StaffId, String)>,
    /// Keys of the message templates (`template-<key>` in every locale).
    pub templates: Vec<String>,
    /// The request's version: an approval names the version it approves.
    pub version: i64,
    /// Whether "partly approved" is a possible decision.
    pub partly_possible: bool,
}

/// What a staff member does to a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseAction {
    Claim,
    Reassign {
        to: StaffId,
    },
    /// A templated message, with an optional note of the staff member's own; to the person, or to the helper
    /// who filed the request (the person reads it too).
    Message {
        template: String,
        note: Option<String>,
        to: Recipient,
    },
    /// Ask the person for information; `identity` stops the clock until they answer.
    AskInformation {
        template: String,
        note: Option<String>,
        identity: bool,
    },
    /// Go on without the information asked for.
    Resume,
    Extend {
        months: u32,
        reason: String,
    },
    Decide {
        /// `None` when what was posted is no outcome (refused as ST-012).
        outcome: Option<Outcome>,
        reasons: Vec<String>,
        note: Option<String>,
    },
    /// Approves the proposal as it stood at `version`.
    Approve {
        version: i64,
    },
    SendBack {
        version: i64,
    },
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
pub const DEFAULT_TEMPLATES: [&str; 4] =
    ["information-needed", "identity-documents", "progress-update", "decision-made"];

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
    async fn open_category(
        &self,
        staff: StaffId,
        reference: &str,
        category: &str,
        reason: &str,
    ) -> Result<(), PortalError>;

    /// Does something to the request; refused with a clear error where the process does not allow it.
    async fn act(&self, staff: StaffId, reference: &str, action: CaseAction) -> Result<(), PortalError>;

    /// A document of a request the caller may see.
    async fn attachment(&self, staff: StaffId, reference: &str, id: i64) -> Result<(String, Vec<u8>), PortalError>;
}

/// Filters on the audit log; empty means any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// Actions starting with this (`request.`, `staff.signed-in`).
    pub action: Option<String>,
    pub actor_kind: Option<ActorKind>,
    pub actor_id: Option<i64>,
    /// Events about the person with this case reference.
    pub case_reference: Option<String>,
    /// ISO dates, inclusive.
    pub from: Option<String>,
    pub to: Option<String>,
}

impl AuditFilter {
    /// The filter from query parameters (`action`, `actor_kind`, `actor_id`, `case_reference`, `from`, `to`);
    /// anything unusable is left out.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> AuditFilter {
        let text = |name: &str| get(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        AuditFilter {
            action: text("action"),
            actor_kind: text("actor_kind").and_then(|k| ActorKind::from_key(&k)),
            actor_id: text("actor_id").and_then(|v| v.parse().ok()),
            case_reference: text("case_reference"),
            from: text("from"),
            to: text("to"),
        }
    }
}

/// One audit event as the auditor reads it: ids and field names, never values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditLine {
    pub seq: i64,
    pub at: Moment,
    /// `None` only for a row whose actor is none of the kinds: one that was tampered with, which the chain
    /// check reports.
    pub actor_kind: Option<ActorKind>,
    pub actor_id: Option<i64>,
    /// A staff member's role key, or a helper's name.
    pub actor_role: Option<String>,
    pub actor_office: Option<String>,
    pub on_behalf_of: Option<i64>,
    pub action: String,
    pub person_id: Option<i64>,
    pub object: Option<String>,
    pub fields: Vec<String>,
    pub reason: Option<String>,
}

/// One page of the filtered log, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub lines: Vec<AuditLine>,
    pub page: u32,
    pub has_more: bool,
}

/// Where the chain does not hold: `kind` is `altered`, `chain-broken`, `missing`, `truncated` or `checkpoint-forged`
/// (`audit-break-<kind>`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditBreak {
    pub kind: String,
    pub seq: i64,
}

/// The outcome of recomputing the chain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub events: usize,
    pub breaks: Vec<AuditBreak>,
}

/// Events per page of the audit log.
pub const AUDIT_PAGE_SIZE: usize = 50;

/// The auditor's work: read, filter, export and verify the audit log. Every use is itself recorded.
#[async_trait]
pub trait AuditDesk: Send + Sync + 'static {
    async fn audit_log(&self, staff: StaffId, filter: AuditFilter, page: u32) -> Result<AuditPage, PortalError>;
    /// The filtered log as CSV (every column, hashes included).
    async fn audit_csv(&self, staff: StaffId, filter: AuditFilter) -> Result<String, PortalError>;
    async fn verify_audit(&self, staff: StaffId) -> Result<Verification, PortalError>;
}

/// A staff account as administrators manage it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffAccount {
    pub id: StaffId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub office: String,
    pub teams: Vec<i64>,
    pub active: bool,
    pub enrolled: bool,
    pub locked: bool,
}

/// A team with the name to show: `team-<key>` from the catalogue, or the name an administrator gave.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamEntry {
    pub id: i64,
    pub key: String,
    pub name: Option<String>,
    pub is_default: bool,
}

/// One routing rule; `None` matches anything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoutingRuleView {
    pub id: i64,
    pub position: i64,
    pub kind: Option<RequestKind>,
    pub category: Option<String>,
    pub locale: Option<String>,
    pub sensitive: Option<bool>,
    pub team: i64,
}

/// A message template with its text in every locale (locale code, text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateEntry {
    pub key: String,
    pub bodies: Vec<(String, String)>,
}

/// A purpose of the register with its texts in every locale (locale code, name, explanation).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeEntry {
    pub id: i64,
    pub key: String,
    /// `legal-basis-<code>`.
    pub legal_basis: String,
    pub retention_days: i64,
    /// `recipient-<code>` each.
    pub recipients: Vec<String>,
    pub consent_required: bool,
    pub text_version: i64,
    pub texts: Vec<(String, String, String)>,
}

/// A helper account of an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperAccount {
    pub id: crate::helpers::HelperId,
    pub email: String,
    pub name: String,
    pub active: bool,
    pub enrolled: bool,
}

/// A civil-society organisation whose helpers may act for people who give them a mandate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationEntry {
    pub id: i64,
    pub name: String,
    /// `organisation-kind-<kind>`: ngo, legal-aid, community-group.
    pub kind: String,
    pub contact: String,
    pub suspended: bool,
    pub helpers: Vec<HelperAccount>,
}

/// Kinds of organisation; each is `organisation-kind-<key>`.
pub const ORGANISATION_KINDS: [&str; 3] = ["ngo", "legal-aid", "community-group"];

/// What an API key may do; each is `api-scope-<key with the colon as a dash>` in the catalogue.
pub const API_SCOPES: [&str; 4] = ["people:write", "changes:read", "changes:ack", "access-events:write"];

/// The Fluent id naming an API scope (`people:write` is `api-scope-people-write`).
pub fn api_scope_label(scope: &str) -> String {
    format!("api-scope-{}", scope.replace(':', "-"))
}

/// An API key of a source system, without its secret (shown once, when it was made, and never stored).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiKeyEntry {
    pub id: i64,
    /// The key's public part (`amana_<public id>_…`), which names it in logs and to the integrator.
    pub public_id: String,
    pub scopes: Vec<String>,
    /// Dates as `YYYY-MM-DD`.
    pub created: String,
    pub expires: String,
    pub last_used: Option<String>,
    pub revoked: Option<String>,
    /// Neither revoked nor expired.
    pub live: bool,
}

/// A system of the authority that loads people through the API, with what it may write and its keys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceSystemEntry {
    pub id: i64,
    pub name: String,
    pub contact: String,
    /// Purpose keys of the register.
    pub purposes: Vec<String>,
    /// Category keys.
    pub categories: Vec<String>,
    pub webhook_url: Option<String>,
    pub keys: Vec<ApiKeyEntry>,
}

/// A source system as an administrator registers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewSourceSystem {
    pub name: String,
    pub contact: String,
    pub purposes: Vec<String>,
    pub categories: Vec<String>,
}

/// A new API key as an administrator asks for it: scope keys, and its lifetime in days as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewApiKey {
    pub system: i64,
    pub scopes: Vec<String>,
    pub days: String,
}

/// A secret shown once to the administrator who made it, right after: a key, or a webhook signing secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownOnce {
    /// The source system's name.
    pub system: String,
    /// `admin-new-key-shown` or `admin-webhook-secret-shown`: the Fluent id of what it is.
    pub what: String,
    pub secret: String,
}

/// Everything the administration screen shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub staff: Vec<StaffAccount>,
    pub teams: Vec<TeamEntry>,
    pub rules: Vec<RoutingRuleView>,
    pub templates: Vec<TemplateEntry>,
    pub purposes: Vec<PurposeEntry>,
    pub organisations: Vec<OrganisationEntry>,
    pub source_systems: Vec<SourceSystemEntry>,
}

/// An account an administrator acts on: a staff member's, or a helper's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Account {
    Staff(StaffId),
    Helper(crate::helpers::HelperId),
}

/// A new staff account, without a password: an enrolment link goes to its address, in `locale`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewStaffAccount {
    pub email: String,
    pub name: String,
    /// `None` when what was posted is no role; the service refuses it, and the helper role, with AD-005.
    pub role: Option<Role>,
    pub office: String,
    pub teams: Vec<i64>,
    pub locale: crate::i18n::Locale,
}

/// A new helper account of an organisation, without a password: an enrolment link goes to its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewHelperAccount {
    pub organisation: i64,
    pub email: String,
    pub name: String,
    pub locale: crate::i18n::Locale,
}

/// A choice a form posts: left empty (any), one of a vocabulary, or something that is none of it (which the
/// service refuses, naming the field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Posted<T> {
    Any,
    One(T),
    Unknown,
}

impl<T> Posted<T> {
    /// What was posted, read with `parse`: blank is any.
    pub fn read(text: Option<&str>, parse: impl Fn(&str) -> Option<T>) -> Posted<T> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            None => Posted::Any,
            Some(text) => parse(text).map_or(Posted::Unknown, Posted::One),
        }
    }

    /// The value chosen, if one was.
    pub fn chosen(self) -> Option<T> {
        match self {
            Posted::One(value) => Some(value),
            Posted::Any | Posted::Unknown => None,
        }
    }
}

/// A routing rule as an administrator adds it: each condition left empty matches anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRoutingRule {
    pub kind: Posted<RequestKind>,
    pub category: Posted<crate::contract::Category>,
    pub locale: Posted<crate::i18n::Locale>,
    pub sensitive: Option<bool>,
    pub team: i64,
}

/// A change to a purpose of the register: legal basis, retention, recipients, and its name (and, for a purpose
/// that needs consent, its explanation) in every locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurposeChange {
    pub purpose: i64,
    pub legal_basis: String,
    pub retention_days: String,
    pub recipients: Vec<String>,
    /// (locale code, name, explanation)
    pub texts: Vec<(String, String, String)>,
}

/// A new organisation whose helpers may act for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewOrganisation {
    pub name: String,
    pub kind: String,
    pub contact: String,
}

/// Legal bases a purpose can rest on; each is `legal-basis-<code>`.
pub const LEGAL_BASES: [&str; 6] =
    ["public-task", "legal-obligation", "consent", "vital-interests", "contract", "legitimate-interests"];
/// Who can receive data; each is `recipient-<code>`.
pub const RECIPIENTS: [&str; 7] = [
    "border-agency",
    "municipality",
    "health-service",
    "unhcr",
    "education-provider",
    "resettlement-country",
    "statistics-office",
];

/// Shortest password an account holder may choose.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// The longest password accepted (Argon2 takes any length; this bounds the work a post can ask for).
pub const MAX_PASSWORD_CHARS: usize = 256;

/// The administrator's work: accounts, teams, routing, templates, the register's purposes, the helpers'
/// organisations and the source systems with their API keys and webhooks. One method per change; each checks that the caller is an administrator, checks what was sent
/// before it writes, and is one audit event.
#[async_trait]
pub trait AdminDesk: Send + Sync + 'static {
    async fn overview(&self, staff: StaffId) -> Result<AdminOverview, PortalError>;
    async fn create_staff(&self, staff: StaffId, account: NewStaffAccount) -> Result<(), PortalError>;
    async fn create_helper(&self, staff: StaffId, account: NewHelperAccount) -> Result<(), PortalError>;
    /// A new enrolment link for an account that has not finished enrolling (earlier links stop working).
    async fn send_enrolment_link(
        &self,
        staff: StaffId,
        account: Account,
        locale: crate::i18n::Locale,
    ) -> Result<(), PortalError>;
    /// Deactivating ends the account's sessions at once; nobody deactivates themselves.
    async fn set_active(&self, staff: StaffId, account: Account, active: bool) -> Result<(), PortalError>;
    /// Clears the authenticator and recovery codes and ends the account's sessions: the next sign-in enrols again.
    async fn reset_second_factor(&self, staff: StaffId, account: Account) -> Result<(), PortalError>;
    async fn set_teams(&self, staff: StaffId, member: StaffId, teams: Vec<i64>) -> Result<(), PortalError>;
    async fn create_team(&self, staff: StaffId, key: String, name: String) -> Result<(), PortalError>;
    async fn add_rule(&self, staff: StaffId, rule: NewRoutingRule) -> Result<(), PortalError>;
    async fn delete_rule(&self, staff: StaffId, rule: i64) -> Result<(), PortalError>;
    async fn move_rule(&self, staff: StaffId, rule: i64, up: bool) -> Result<(), PortalError>;
    /// Saves a template's text in every locale (all are required): (locale code, text).
    async fn save_template(
        &self,
        staff: StaffId,
        key: String,
        bodies: Vec<(String, String)>,
    ) -> Result<(), PortalError>;
    async fn save_purpose(&self, staff: StaffId, change: PurposeChange) -> Result<(), PortalError>;
    async fn create_organisation(&self, staff: StaffId, organisation: NewOrganisation) -> Result<(), PortalError>;
    /// Suspending an organisation ends its helpers' access at once.
    async fn set_suspended(&self, staff: StaffId, organisation: i64, suspended: bool) -> Result<(), PortalError>;
    async fn register_source_system(&self, staff: StaffId, system: NewSourceSystem) -> Result<(), PortalError>;
    /// A new key, returned once (a system holds at most two live keys, so a rotation can overlap).
    async fn create_api_key(&self, staff: StaffId, key: NewApiKey) -> Result<ShownOnce, PortalError>;
    /// Revocation is effective for the system's next call.
    async fn revoke_api_key(&self, staff: StaffId, system: i64, key: i64) -> Result<(), PortalError>;
    /// Points the system's webhook at `url` with a new signing secret, returned once; an empty `url` stops its
    /// webhook calls (`None`).
    async fn set_webhook(&self, staff: StaffId, system: i64, url: String) -> Result<Option<ShownOnce>, PortalError>;
}
