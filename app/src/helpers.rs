//! The contract for civil-society helpers: what a signed-in helper sees. `server/` implements [`HelperDesk`];
//! every call checks, from the database, that the helper's account and organisation are still active.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;

crate::vocabulary::id_type! {
    /// A helper's account.
    HelperId
}

/// A person who gave the helper an active mandate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandatedPerson {
    pub mandate: i64,
    pub name: String,
    pub case_reference: String,
    pub scope: Vec<Scope>,
    /// ISO date the mandate ends.
    pub expires_on: crate::when::Day,
}

/// The helper's start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperHome {
    pub name: String,
    pub organisation: String,
    pub people: Vec<MandatedPerson>,
}

/// The person a helper is acting for in this session, as every page checks it: the mandate is active now, the
/// helper's account and organisation are not suspended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingFor {
    pub mandate: i64,
    pub person: crate::contract::PersonId,
    /// The person's name, for the banner on every page.
    pub name: String,
    pub scope: Vec<Scope>,
}

impl ActingFor {
    pub fn allows(&self, scope: Scope) -> bool {
        self.scope.contains(&scope)
    }
}

crate::vocabulary::vocabulary! {
    /// What a mandate allows a helper to do (`mandate-scope-<key>`).
    pub enum Scope("mandate scope") {
        /// See the person's data and requests.
        View = "view",
        /// File requests and add information to them.
        Request = "request",
        /// See and change the person's consents.
        Consent = "consent",
        /// File complaints.
        Complain = "complain",
    }
}

impl Scope {
    /// The scopes posted by a form, in the register's order; `None` if any of them is none.
    pub fn parse_all(keys: &[String]) -> Option<Vec<Scope>> {
        let parsed: Option<Vec<Scope>> = keys.iter().map(|k| Scope::from_key(k)).collect();
        parsed.map(|p| Scope::ALL.into_iter().filter(|s| p.contains(s)).collect())
    }
}

/// A mandate's scopes as stored (`view,request`), decoded with `#[sqlx(try_from = "String")]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScopeSet(pub Vec<Scope>);

impl ScopeSet {
    /// The stored spelling.
    pub fn stored(scopes: &[Scope]) -> String {
        scopes.iter().map(|s| s.key()).collect::<Vec<_>>().join(",")
    }
}

impl TryFrom<String> for ScopeSet {
    type Error = String;
    fn try_from(stored: String) -> Result<Self, Self::Error> {
        stored
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| Scope::try_from(s.to_owned()))
            .collect::<Result<_, _>>()
            .map(ScopeSet)
    }
}

crate::vocabulary::vocabulary! {
    /// Where a mandate stands for the person who gave it (`mandate-state-<key>`).
    pub enum MandateState("mandate state") {
        /// Waiting for the helper to enter the code.
        Waiting = "waiting",
        Active = "active",
        Revoked = "revoked",
        /// Expired.
        Ended = "ended",
    }
}

#[async_trait]
pub trait HelperDesk: Send + Sync + 'static {
    /// The helper, their organisation, and the people whose mandates are active now.
    async fn home(&self, helper: HelperId) -> Result<HelperHome, PortalError>;
    /// The person `mandate` lets the helper act for, if it is active now; `None` once it has expired, been
    /// revoked, or the helper's account or organisation has been suspended.
    async fn acting_for(&self, helper: HelperId, mandate: i64) -> Result<Option<ActingFor>, PortalError>;
}

/// How long a mandate may last, in days (1 day to 6 months); each is `mandate-days-<n>`.
pub const MANDATE_DAYS: [u32; 5] = [1, 7, 30, 90, 182];

/// A mandate as the person who gave it sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandateView {
    pub id: i64,
    /// The helper and their organisation, once the helper has entered the code.
    pub helper: Option<(String, String)>,
    pub scope: Vec<Scope>,
    pub expires_on: crate::when::Day,
    pub state: MandateState,
}

/// A mandate a person gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMandate {
    pub scope: Vec<Scope>,
    pub days: u32,
}

/// Minutes a mandate code stays valid.
pub const MANDATE_CODE_MINUTES: i64 = 30;

/// Hours a code printed by staff stays valid (the person takes the paper to their helper).
pub const PRINTED_CODE_HOURS: i64 = 72;

/// A mandate a helper asks for while sitting with the person: who (as at sign-in), what, for how long. It
/// becomes active only when the person's code is typed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssistedStart {
    pub case_reference: String,
    pub date_of_birth: String,
    pub scope: Vec<Scope>,
    pub days: u32,
}

/// A mandate a helper asked for, waiting for the person's code, as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingMandate {
    pub id: i64,
    pub helper: String,
    pub organisation: String,
    pub person_name: String,
    pub case_reference: String,
    pub requested_on: crate::when::Moment,
    pub scope: Vec<Scope>,
}

/// A code staff printed for a person to confirm a helper's request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintedCode {
    pub code: String,
    pub helper: String,
    pub organisation: String,
    pub scope: Vec<Scope>,
    pub valid_until: crate::when::Moment,
}

/// Mandates: given and revoked by the person, taken up by a helper with the one-time code.
#[async_trait]
pub trait MandateDesk: Send + Sync + 'static {
    /// The person's mandates, newest first.
    async fn mandates(&self, person: crate::contract::PersonId) -> Result<Vec<MandateView>, PortalError>;
    /// Gives a mandate; returns the one-time code for the helper (shown once, valid 30 minutes).
    async fn grant(&self, person: crate::contract::PersonId, mandate: NewMandate) -> Result<String, PortalError>;
    /// Ends a mandate at once.
    async fn revoke(&self, person: crate::contract::PersonId, mandate: i64) -> Result<(), PortalError>;
    /// A helper enters a code; the mandate becomes theirs and active. Rate-limited per client. A code for a mandate
    /// a helper asked for works only for that helper.
    async fn redeem(&self, helper: HelperId, code: &str, client: &str) -> Result<(), PortalError>;
    /// A helper asks for a mandate for the person with them. Answers the same whether or not the details match a
    /// record; on a match the person gets a code at their own contact (if they have none, staff can print one).
    /// Rate-limited per client and per helper.
    async fn start_assisted(&self, helper: HelperId, start: AssistedStart, client: &str) -> Result<(), PortalError>;
    /// Helper requests waiting for the person's code, for staff who work cases.
    async fn pending(&self, staff: crate::staff::StaffId) -> Result<Vec<PendingMandate>, PortalError>;
    /// A fresh code for a waiting helper request, to print and hand to the person (valid for
    /// [`PRINTED_CODE_HOURS`]); recorded in the audit log and shown to the person.
    async fn print_code(&self, staff: crate::staff::StaffId, mandate: i64) -> Result<PrintedCode, PortalError>;
}
