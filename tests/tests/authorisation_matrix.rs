//! Who may do what, proved route by route. The routes come from the application itself: every Leptos page
//! (`generate_route_list`), every registered server function (`server_fn_paths`) and every plain axum route
//! (`web::paths::PLAIN_ROUTES`, the list the router is built from). Each is tried by every kind of actor —
//! anonymous, the person, another person, a helper acting under an active mandate, under one that does not cover
//! the page, whose mandate expired or was revoked, whose organisation was suspended, caseworkers of the request's
//! team and of another, a reviewer, a data-protection officer, an administrator and an auditor — and, where the
//! route names an object, against objects in each relation to them (their own, someone else's, a complaint, an
//! unknown one). What must happen is one table, [`EXPECTED`]; a route the application has but the table does not
//! fails the suite, and so does any case whose outcome differs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use amana_app::actions::ERROR_CODES_HEADER;
use amana_tests::{spawn_app_with, Client, Page, TestApp, DEMO_1, DEMO_2};

/// Who tries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Actor {
    Anonymous,
    Person,
    OtherPerson,
    Helper,
    HelperOutOfScope,
    HelperExpired,
    HelperRevoked,
    HelperSuspended,
    Caseworker,
    CaseworkerOtherTeam,
    Reviewer,
    Dpo,
    Admin,
    Auditor,
}
use Actor::*;

const ACTORS: [Actor; 14] = [
    Anonymous,
    Person,
    OtherPerson,
    Helper,
    HelperOutOfScope,
    HelperExpired,
    HelperRevoked,
    HelperSuspended,
    Caseworker,
    CaseworkerOtherTeam,
    Reviewer,
    Dpo,
    Admin,
    Auditor,
];

/// What happened, as the actor notices it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// The page was shown, or the post was taken (done, or refused for what was typed or the request's state).
    Ok,
    /// Sent to a sign-in page (or told to sign in).
    SignIn,
    /// Refused as not theirs to do (403, or "not allowed" / "outside the mandate").
    Denied,
    /// Answered as if the object did not exist.
    NotFound,
    /// A helper not acting for anyone is sent back to their list.
    ToHelperList,
}
use Outcome::*;

/// The objects routes name, in their relation to the actors.
struct World {
    /// The running portal (kept for as long as the cases run).
    _app: TestApp,
    clients: BTreeMap<Actor, Client>,
    /// DEMO-0001's correction of a non-sensitive field (routed to the general team), with a document.
    own_request: String,
    own_document: i64,
    /// DEMO-0002's correction of a health field (routed to the sensitive-data team).
    other_request: String,
    /// A complaint by DEMO-0001 (for data-protection officers only).
    complaint: String,
    own_field: i64,
    other_field: i64,
    /// A mandate of DEMO-0001 to the demo helper, not the one anyone acts under.
    own_mandate: String,
    /// DEMO-0002's mandate to the demo helper.
    other_mandate: String,
    /// Mandates of DEMO-0001 and DEMO-0002 to the demo helper that no case revokes, to switch to.
    own_to_act: String,
    other_to_act: String,
    /// A helper request waiting for a printed code (for staff).
    waiting_mandate: String,
    /// A staff member who is no actor, for administration actions that need a target.
    bystander_staff: String,
}

const STAFF: &[Actor] = &[Caseworker, CaseworkerOtherTeam, Reviewer, Dpo, Admin, Auditor];
/// Staff who work requests from queues (not the administrator, not the auditor).
const QUEUE_STAFF: &[Actor] = &[Caseworker, CaseworkerOtherTeam, Reviewer, Dpo];
const HELPERS: &[Actor] = &[Helper, HelperOutOfScope, HelperExpired, HelperRevoked, HelperSuspended];
/// Helpers whose mandate ended, or whose organisation was suspended: they act for nobody now.
const ENDED_HELPERS: &[Actor] = &[HelperExpired, HelperRevoked, HelperSuspended];
/// Helpers whose account still works (their organisation is not suspended).
const SIGNED_IN_HELPERS: &[Actor] = &[Helper, HelperOutOfScope, HelperExpired, HelperRevoked];
const PEOPLE: &[Actor] = &[Person, OtherPerson];
/// Everyone not named by an earlier row of the same route and relation.
const ANYONE_ELSE: &[Actor] = &ACTORS;

/// What must happen: (route, relation or `*`, actors, outcome). The first row that matches a case decides. Each
/// row was checked against the rules in docs/architecture.md and docs/security.md when it was written: a change
/// of outcome is either a bug or a rule changed on purpose, and then this table changes with it.
#[rustfmt::skip]
const EXPECTED: &[(&str, &str, &[&[Actor]], Outcome)] = &[
    ("GET /", "*", &[ANYONE_ELSE], Ok),
    ("GET /complaints", "*", &[ANYONE_ELSE], Ok),
    ("GET /complaints/lookup", "*", &[ANYONE_ELSE], Ok),
    ("GET /complaints/receipt", "*", &[ANYONE_ELSE], Ok),
    ("GET /complaints/status", "*", &[ANYONE_ELSE], Ok),
    ("GET /consent", "*", &[PEOPLE, &[Helper]], Ok),
    ("GET /consent", "*", &[&[HelperOutOfScope]], Denied),
    ("GET /consent", "*", &[ENDED_HELPERS], ToHelperList),
    ("GET /consent", "*", &[ANYONE_ELSE], SignIn),
    ("GET /healthz", "*", &[ANYONE_ELSE], Ok),
    ("GET /robots.txt", "*", &[ANYONE_ELSE], Ok),
    ("GET /transparency", "*", &[ANYONE_ELSE], Ok),
    ("GET /recipients", "*", &[ANYONE_ELSE], Ok),
    ("GET /staff/recipients", "*", &[&[Admin]], Ok),
    ("GET /staff/recipients", "*", &[STAFF], Denied),
    ("GET /staff/recipients", "*", &[ANYONE_ELSE], SignIn),
    ("GET /transparency.csv", "*", &[ANYONE_ELSE], Ok),
    ("GET /helper", "*", &[SIGNED_IN_HELPERS], Ok),
    ("GET /helper", "*", &[ANYONE_ELSE], SignIn),
    ("GET /helper/recovery-codes", "*", &[HELPERS], Ok),
    ("GET /helper/recovery-codes", "*", &[ANYONE_ELSE], SignIn),
    ("GET /helper/sign-in", "*", &[ANYONE_ELSE], Ok),
    ("GET /helper/sign-in/code", "*", &[ANYONE_ELSE], Ok),
    ("GET /helper/sign-in/enrol", "*", &[ANYONE_ELSE], Ok),
    ("GET /helper/welcome", "*", &[ANYONE_ELSE], Ok),
    ("GET /mandates", "*", &[PEOPLE], Ok),
    ("GET /mandates", "*", &[ANYONE_ELSE], SignIn),
    ("GET /mandates/code", "*", &[PEOPLE], Ok),
    ("GET /mandates/code", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data", "*", &[PEOPLE, &[Helper]], Ok),
    ("GET /my-data", "*", &[&[HelperOutOfScope]], Denied),
    ("GET /my-data", "*", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/access", "*", &[PEOPLE], Ok),
    ("GET /my-data/access", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/download", "*", &[PEOPLE], Ok),
    ("GET /my-data/download", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/erase", "*", &[PEOPLE, &[Helper, HelperOutOfScope]], Ok),
    ("GET /my-data/erase", "*", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data/erase", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/export", "*", &[PEOPLE], Ok),
    ("GET /my-data/export", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/export.json", "*", &[PEOPLE], Ok),
    ("GET /my-data/export.json", "*", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/fields/{id}/{action}", "own", &[&[Person, Helper]], Ok),
    ("GET /my-data/fields/{id}/{action}", "own", &[&[OtherPerson]], NotFound),
    ("GET /my-data/fields/{id}/{action}", "own", &[&[HelperOutOfScope]], Denied),
    ("GET /my-data/fields/{id}/{action}", "own", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data/fields/{id}/{action}", "own", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/fields/{id}/{action}", "other", &[&[Person, Helper]], NotFound),
    ("GET /my-data/fields/{id}/{action}", "other", &[&[OtherPerson]], Ok),
    ("GET /my-data/fields/{id}/{action}", "other", &[&[HelperOutOfScope]], Denied),
    ("GET /my-data/fields/{id}/{action}", "other", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data/fields/{id}/{action}", "other", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/fields/{id}/{action}", "unknown", &[PEOPLE, &[Helper]], NotFound),
    ("GET /my-data/fields/{id}/{action}", "unknown", &[&[HelperOutOfScope]], Denied),
    ("GET /my-data/fields/{id}/{action}", "unknown", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data/fields/{id}/{action}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /my-data/fields/{id}/{action}", "own,no-such-action", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("GET /my-data/fields/{id}/{action}", "own,no-such-action", &[ENDED_HELPERS], ToHelperList),
    ("GET /my-data/fields/{id}/{action}", "own,no-such-action", &[ANYONE_ELSE], SignIn),
    ("GET /requests", "*", &[PEOPLE, &[Helper, HelperOutOfScope]], Ok),
    ("GET /requests", "*", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests", "*", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}", "own", &[&[Person, Helper]], Ok),
    ("GET /requests/{reference}", "own", &[&[OtherPerson, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}", "own", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}", "own", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}", "other", &[&[Person, Helper, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}", "other", &[&[OtherPerson]], Ok),
    ("GET /requests/{reference}", "other", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}", "other", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}", "complaint", &[&[Person]], Ok),
    ("GET /requests/{reference}", "complaint", &[&[OtherPerson, Helper, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}", "complaint", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}", "complaint", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}", "unknown", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}", "unknown", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}/files/{id}", "own", &[&[Person, Helper]], Ok),
    ("GET /requests/{reference}/files/{id}", "own", &[&[OtherPerson, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}/files/{id}", "own", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}/files/{id}", "own", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}/files/{id}", "other", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}/files/{id}", "other", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}/files/{id}", "other", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}/files/{id}", "unknown", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("GET /requests/{reference}/files/{id}", "unknown", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}/files/{id}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /requests/{reference}/withdraw", "*", &[PEOPLE, &[Helper, HelperOutOfScope]], Ok),
    ("GET /requests/{reference}/withdraw", "*", &[ENDED_HELPERS], ToHelperList),
    ("GET /requests/{reference}/withdraw", "*", &[ANYONE_ELSE], SignIn),
    ("GET /sign-in", "*", &[ANYONE_ELSE], Ok),
    ("GET /sign-in/code", "*", &[ANYONE_ELSE], Ok),
    ("GET /staff", "*", &[QUEUE_STAFF], Ok),
    ("GET /staff", "*", &[&[Admin, Auditor]], Denied),
    ("GET /staff", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/admin", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("GET /staff/admin", "*", &[&[Admin]], Ok),
    ("GET /staff/admin", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/breaches", "*", &[&[Dpo]], Ok),
    ("GET /staff/breaches", "*", &[STAFF], Denied),
    ("GET /staff/breaches", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/breaches/{reference}", "unknown", &[&[Dpo]], NotFound),
    ("GET /staff/breaches/{reference}", "unknown", &[STAFF], Denied),
    ("GET /staff/breaches/{reference}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /staff/audit", "*", &[QUEUE_STAFF, &[Admin]], Denied),
    ("GET /staff/audit", "*", &[&[Auditor]], Ok),
    ("GET /staff/audit", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/audit.csv", "*", &[QUEUE_STAFF, &[Admin]], Denied),
    ("GET /staff/audit.csv", "*", &[&[Auditor]], Ok),
    ("GET /staff/audit.csv", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/mandates", "*", &[QUEUE_STAFF], Ok),
    ("GET /staff/mandates", "*", &[&[Admin, Auditor]], Denied),
    ("GET /staff/mandates", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/mandates/code", "*", &[STAFF], Ok),
    ("GET /staff/mandates/code", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/recovery-codes", "*", &[STAFF], Ok),
    ("GET /staff/recovery-codes", "*", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}", "own", &[&[Caseworker, Reviewer]], Ok),
    ("GET /staff/requests/{reference}", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("GET /staff/requests/{reference}", "own", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("GET /staff/requests/{reference}", "other", &[&[CaseworkerOtherTeam, Reviewer]], Ok),
    ("GET /staff/requests/{reference}", "other", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("GET /staff/requests/{reference}", "complaint", &[&[Dpo]], Ok),
    ("GET /staff/requests/{reference}", "complaint", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}", "unknown", &[STAFF], NotFound),
    ("GET /staff/requests/{reference}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}/files/{id}", "own", &[&[Caseworker, Reviewer]], Ok),
    ("GET /staff/requests/{reference}/files/{id}", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("GET /staff/requests/{reference}/files/{id}", "own", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}/files/{id}", "other", &[STAFF], NotFound),
    ("GET /staff/requests/{reference}/files/{id}", "other", &[ANYONE_ELSE], SignIn),
    ("GET /staff/requests/{reference}/files/{id}", "unknown", &[STAFF], NotFound),
    ("GET /staff/requests/{reference}/files/{id}", "unknown", &[ANYONE_ELSE], SignIn),
    ("GET /staff/sign-in", "*", &[ANYONE_ELSE], Ok),
    ("GET /staff/sign-in/code", "*", &[ANYONE_ELSE], Ok),
    ("GET /staff/sign-in/enrol", "*", &[ANYONE_ELSE], Ok),
    ("GET /staff/welcome", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/complaints/file", "*", &[&[HelperOutOfScope]], Denied),
    ("POST /api/complaints/file", "*", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/complaints/file", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/complaints/lookup", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/consent", "*", &[PEOPLE, &[Helper]], Ok),
    ("POST /api/consent", "*", &[&[HelperOutOfScope]], Denied),
    ("POST /api/consent", "*", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/consent", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/assisted", "*", &[SIGNED_IN_HELPERS], Ok),
    ("POST /api/helper/assisted", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/redeem", "*", &[SIGNED_IN_HELPERS], Ok),
    ("POST /api/helper/redeem", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/sign-in", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/helper/welcome", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/mandates/grant", "*", &[PEOPLE], Ok),
    ("POST /api/mandates/grant", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/mandates/revoke", "own", &[&[Person]], Ok),
    ("POST /api/mandates/revoke", "own", &[&[OtherPerson]], NotFound),
    ("POST /api/mandates/revoke", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/mandates/revoke", "other", &[&[Person]], NotFound),
    ("POST /api/mandates/revoke", "other", &[&[OtherPerson]], Ok),
    ("POST /api/mandates/revoke", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/file", "own", &[&[Person, Helper, HelperOutOfScope]], Ok),
    ("POST /api/requests/file", "own", &[&[OtherPerson]], NotFound),
    ("POST /api/requests/file", "own", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/file", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/file", "other", &[&[Person, Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/file", "other", &[&[OtherPerson]], Ok),
    ("POST /api/requests/file", "other", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/file", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/information", "own", &[&[Person, Helper]], Ok),
    ("POST /api/requests/information", "own", &[&[OtherPerson, HelperOutOfScope]], NotFound),
    ("POST /api/requests/information", "own", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/information", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/information", "other", &[&[Person, Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/information", "other", &[&[OtherPerson]], Ok),
    ("POST /api/requests/information", "other", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/information", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/information", "complaint", &[&[Person]], Ok),
    ("POST /api/requests/information", "complaint", &[&[OtherPerson, Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/information", "complaint", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/information", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/information", "unknown", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/information", "unknown", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/information", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/withdraw", "own", &[&[Person, Helper]], Ok),
    ("POST /api/requests/withdraw", "own", &[&[OtherPerson, HelperOutOfScope]], NotFound),
    ("POST /api/requests/withdraw", "own", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/withdraw", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/withdraw", "other", &[&[Person, Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/withdraw", "other", &[&[OtherPerson]], Ok),
    ("POST /api/requests/withdraw", "other", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/withdraw", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/withdraw", "complaint", &[&[Person]], Ok),
    ("POST /api/requests/withdraw", "complaint", &[&[OtherPerson, Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/withdraw", "complaint", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/withdraw", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/requests/withdraw", "unknown", &[PEOPLE, &[Helper, HelperOutOfScope]], NotFound),
    ("POST /api/requests/withdraw", "unknown", &[ENDED_HELPERS], ToHelperList),
    ("POST /api/requests/withdraw", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/sign-in/start", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/staff/case/claim", "own", &[&[Caseworker, Reviewer]], Ok),
    ("POST /api/staff/case/claim", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/claim", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/claim", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/claim", "other", &[&[CaseworkerOtherTeam, Reviewer]], Ok),
    ("POST /api/staff/case/claim", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/claim", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/claim", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/claim", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/claim", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/claim", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/message", "own", &[&[Caseworker]], Ok),
    ("POST /api/staff/case/message", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/message", "own", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/message", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/message", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/message", "other", &[&[CaseworkerOtherTeam]], Ok),
    ("POST /api/staff/case/message", "other", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/message", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/message", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/message", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/message", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/message", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/message", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/ask-information", "own", &[&[Caseworker]], Ok),
    ("POST /api/staff/case/ask-information", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/ask-information", "own", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/ask-information", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/ask-information", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/ask-information", "other", &[&[CaseworkerOtherTeam]], Ok),
    ("POST /api/staff/case/ask-information", "other", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/ask-information", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/ask-information", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/ask-information", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/ask-information", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/ask-information", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/ask-information", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/resume", "own", &[&[Caseworker]], Ok),
    ("POST /api/staff/case/resume", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/resume", "own", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/resume", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/resume", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/resume", "other", &[&[CaseworkerOtherTeam]], Ok),
    ("POST /api/staff/case/resume", "other", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/resume", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/resume", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/resume", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/resume", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/resume", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/resume", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/extend", "own", &[&[Caseworker]], Ok),
    ("POST /api/staff/case/extend", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/extend", "own", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/extend", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/extend", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/extend", "other", &[&[CaseworkerOtherTeam]], Ok),
    ("POST /api/staff/case/extend", "other", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/extend", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/extend", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/extend", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/extend", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/extend", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/extend", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/decide", "own", &[&[Caseworker]], Ok),
    ("POST /api/staff/case/decide", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/decide", "own", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/decide", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/decide", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/decide", "other", &[&[CaseworkerOtherTeam]], Ok),
    ("POST /api/staff/case/decide", "other", &[&[Reviewer]], Denied),
    ("POST /api/staff/case/decide", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/decide", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/decide", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/decide", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/decide", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/decide", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/approve", "own", &[&[Caseworker]], Denied),
    ("POST /api/staff/case/approve", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/approve", "own", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/approve", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/approve", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/approve", "other", &[&[CaseworkerOtherTeam]], Denied),
    ("POST /api/staff/case/approve", "other", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/approve", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/approve", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/approve", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/approve", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/approve", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/approve", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/send-back", "own", &[&[Caseworker]], Denied),
    ("POST /api/staff/case/send-back", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/send-back", "own", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/send-back", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/send-back", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/send-back", "other", &[&[CaseworkerOtherTeam]], Denied),
    ("POST /api/staff/case/send-back", "other", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/send-back", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/send-back", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/send-back", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/send-back", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/send-back", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/send-back", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/reassign", "own", &[&[Caseworker]], Denied),
    ("POST /api/staff/case/reassign", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/reassign", "own", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/reassign", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/reassign", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/reassign", "other", &[&[CaseworkerOtherTeam]], Denied),
    ("POST /api/staff/case/reassign", "other", &[&[Reviewer]], Ok),
    ("POST /api/staff/case/reassign", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/reassign", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/case/reassign", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/case/reassign", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/case/reassign", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/case/reassign", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/create-staff", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/create-staff", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/create-staff", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/set-active", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/set-active", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/set-active", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/reset-second-factor", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/reset-second-factor", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/reset-second-factor", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/send-enrolment-link", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/send-enrolment-link", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/send-enrolment-link", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/set-teams", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/set-teams", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/set-teams", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/recipients/add", "*", &[&[Admin]], Ok),
    ("POST /api/staff/recipients/add", "*", &[STAFF], Denied),
    ("POST /api/staff/recipients/add", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/breaches/record", "*", &[&[Dpo]], Ok),
    ("POST /api/staff/breaches/record", "*", &[STAFF], Denied),
    ("POST /api/staff/breaches/record", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/breaches/tell-authority", "unknown", &[&[Dpo]], NotFound),
    ("POST /api/staff/breaches/tell-authority", "unknown", &[STAFF], Denied),
    ("POST /api/staff/breaches/tell-authority", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/breaches/add-update", "unknown", &[&[Dpo]], NotFound),
    ("POST /api/staff/breaches/add-update", "unknown", &[STAFF], Denied),
    ("POST /api/staff/breaches/add-update", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/breaches/add-people", "unknown", &[&[Dpo]], NotFound),
    ("POST /api/staff/breaches/add-people", "unknown", &[STAFF], Denied),
    ("POST /api/staff/breaches/add-people", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/breaches/notify-people", "unknown", &[&[Dpo]], NotFound),
    ("POST /api/staff/breaches/notify-people", "unknown", &[STAFF], Denied),
    ("POST /api/staff/breaches/notify-people", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/create-team", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/create-team", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/create-team", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/add-rule", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/add-rule", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/add-rule", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/delete-rule", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/delete-rule", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/delete-rule", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/move-rule", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/move-rule", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/move-rule", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/save-template", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/save-template", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/save-template", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/save-purpose", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/save-purpose", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/save-purpose", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/create-organisation", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/create-organisation", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/create-organisation", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/set-suspended", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/set-suspended", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/set-suspended", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/register-source-system", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/register-source-system", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/register-source-system", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/create-api-key", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/create-api-key", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/create-api-key", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/revoke-api-key", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/revoke-api-key", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/revoke-api-key", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/set-webhook", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/set-webhook", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/set-webhook", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/create-helper", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/create-helper", "*", &[&[Admin]], Ok),
    ("POST /api/staff/admin/create-helper", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/set-helper-active", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/set-helper-active", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/set-helper-active", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/reset-helper-second-factor", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/reset-helper-second-factor", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/reset-helper-second-factor", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/admin/send-helper-enrolment-link", "*", &[QUEUE_STAFF, &[Auditor]], Denied),
    ("POST /api/staff/admin/send-helper-enrolment-link", "*", &[&[Admin]], NotFound),
    ("POST /api/staff/admin/send-helper-enrolment-link", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/audit/verify", "*", &[QUEUE_STAFF, &[Admin]], Denied),
    ("POST /api/staff/audit/verify", "*", &[&[Auditor]], Ok),
    ("POST /api/staff/audit/verify", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/mandates/print", "waiting", &[&[Caseworker, Reviewer]], Ok),
    ("POST /api/staff/mandates/print", "waiting", &[&[CaseworkerOtherTeam, Dpo]], NotFound),
    ("POST /api/staff/mandates/print", "waiting", &[&[Admin, Auditor]], Denied),
    ("POST /api/staff/mandates/print", "waiting", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/mandates/print", "unknown", &[QUEUE_STAFF], NotFound),
    ("POST /api/staff/mandates/print", "unknown", &[&[Admin, Auditor]], Denied),
    ("POST /api/staff/mandates/print", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/open-category", "own", &[&[Caseworker, Reviewer]], Ok),
    ("POST /api/staff/open-category", "own", &[&[CaseworkerOtherTeam, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/open-category", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/open-category", "other", &[&[Caseworker, Dpo, Admin, Auditor]], NotFound),
    ("POST /api/staff/open-category", "other", &[&[CaseworkerOtherTeam, Reviewer]], Ok),
    ("POST /api/staff/open-category", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/open-category", "complaint", &[&[Caseworker, CaseworkerOtherTeam, Reviewer, Admin, Auditor]], NotFound),
    ("POST /api/staff/open-category", "complaint", &[&[Dpo]], Ok),
    ("POST /api/staff/open-category", "complaint", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/open-category", "unknown", &[STAFF], NotFound),
    ("POST /api/staff/open-category", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/sign-in", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/staff/take-next", "*", &[QUEUE_STAFF], Ok),
    ("POST /api/staff/take-next", "*", &[&[Admin, Auditor]], Denied),
    ("POST /api/staff/take-next", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/welcome", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/helper/act", "own", &[SIGNED_IN_HELPERS], Ok),
    ("POST /api/helper/act", "own", &[&[HelperSuspended]], Denied),
    ("POST /api/helper/act", "own", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/act", "other", &[SIGNED_IN_HELPERS], Ok),
    ("POST /api/helper/act", "other", &[&[HelperSuspended]], Denied),
    ("POST /api/helper/act", "other", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/act", "unknown", &[HELPERS], Denied),
    ("POST /api/helper/act", "unknown", &[ANYONE_ELSE], SignIn),
    ("POST /api/helper/code", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/helper/enrol", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/helper/stop", "*", &[HELPERS], ToHelperList),
    ("POST /api/helper/stop", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/sign-in/verify", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/sign-out", "*", &[PEOPLE, &[Anonymous]], Ok),
    ("POST /api/sign-out", "*", &[ANYONE_ELSE], SignIn),
    ("POST /api/staff/code", "*", &[ANYONE_ELSE], Ok),
    ("POST /api/staff/enrol", "*", &[ANYONE_ELSE], Ok),
    ("GET /exit", "*", &[ANYONE_ELSE], Ok),
];

fn expected(route: &str, relation: &str, actor: Actor) -> Option<Outcome> {
    EXPECTED
        .iter()
        .find(|(r, rel, groups, _)| {
            *r == route && (*rel == "*" || *rel == relation) && groups.iter().any(|g| g.contains(&actor))
        })
        .map(|(.., outcome)| *outcome)
}

const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];
const HELPER: &str = "helper@legal-aid.example";

/// The person gives the demo helper a month's mandate with `scopes`, the helper redeems it; returns its id. Each
/// redemption counts against the helper's (and the address's) allowance of five in 25 minutes: the setup spreads
/// its seven out rather than meet the limit.
async fn give_mandate(app: &TestApp, person: &Client, helper: &Client, scopes: &[&str]) -> String {
    app.clock.advance(301);
    app.give_mandate(person, helper, scopes, "30").await
}

async fn act_under(helper: &Client, mandate: &str) {
    helper.submit("/helper", "/api/helper/act", &[("mandate", mandate)]).await;
}

async fn world() -> World {
    // Every actor comes from an address of their own, so no case meets another actor's rate limit.
    let app =
        spawn_app_with(|config| config.client_ip_source = axum_client_ip::ClientIpSource::RightmostXForwardedFor).await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let other = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let (own_field, _) = app.field(DEMO_1.0, "family-name").await;
    let (other_field, _) = app.field(DEMO_2.0, "given-name").await;
    let health_field: i64 = app
        .query_one(&format!(
            "SELECT CAST(MIN(f.id) AS TEXT) FROM record_fields f JOIN people p ON p.id = f.person_id \
             WHERE p.case_reference = '{}' AND f.category = 'health'",
            DEMO_2.0
        ))
        .await
        .parse()
        .unwrap();

    let id = own_field.to_string();
    let filed = person
        .submit_multipart(
            &format!("/my-data/fields/{id}/correct"),
            "/api/requests/file",
            &[("form", "correct"), ("field", &id), ("kind", "correction"), ("proposed_value", "Matrix")],
            Some(PNG.to_vec()),
        )
        .await;
    let own_request = amana_tests::reference_from(filed.location().expect("filed"));
    let id = health_field.to_string();
    let filed = other
        .submit_multipart(
            &format!("/my-data/fields/{id}/correct"),
            "/api/requests/file",
            &[("form", "correct"), ("field", &id), ("kind", "correction"), ("proposed_value", "Matrix health")],
            None,
        )
        .await;
    let other_request = amana_tests::reference_from(filed.location().expect("filed"));
    let own_document: i64 = app.query_one(&format!("SELECT CAST(a.id AS TEXT) FROM attachments a JOIN requests r ON r.id = a.request_id WHERE r.reference = '{own_request}'"))
        .await
        .parse()
        .unwrap();
    let filed = person
        .submit("/complaints", "/api/complaints/file", &[("complaint", "A complaint for the matrix"), ("related", "")])
        .await;
    assert!(filed.location().is_some());
    let complaint = app.query_one("SELECT reference FROM requests WHERE kind = 'complaint'").await;

    // Helpers: the demo helper in five sessions, each acting under a mandate of its own; another organisation's.
    let (helper, _) = app.helper(HELPER).await;
    let full = give_mandate(&app, &person, &helper, &["view", "request", "consent", "complain"]).await;
    act_under(&helper, &full).await;
    let mut sessions = Vec::new();
    for _ in 0..4 {
        app.clock.advance(31); // each sign-in uses a fresh authenticator code
        sessions.push(app.helper_again(HELPER).await.0);
    }
    let [out_of_scope, expired, revoked, spare] = <[Client; 4]>::try_from(sessions).ok().unwrap();
    let request_only = give_mandate(&app, &person, &out_of_scope, &["request"]).await;
    act_under(&out_of_scope, &request_only).await;
    let to_expire = give_mandate(&app, &person, &expired, &["view", "request"]).await;
    act_under(&expired, &to_expire).await;
    let to_revoke = give_mandate(&app, &person, &revoked, &["view", "request"]).await;
    act_under(&revoked, &to_revoke).await;
    let own_mandate = give_mandate(&app, &person, &spare, &["view"]).await;
    let other_mandate = give_mandate(&app, &other, &spare, &["view"]).await;
    // Two more, for the helpers to switch to (the revocation cases end the two above).
    let own_to_act = give_mandate(&app, &person, &spare, &["view"]).await;
    let other_to_act = give_mandate(&app, &other, &spare, &["view"]).await;
    let now = amana_server::infra::clock::Clock::now(&app.clock);
    app.execute(&format!("UPDATE mandates SET expires_at = {} WHERE id = {to_expire}", now - 1)).await;
    app.execute(&format!("UPDATE mandates SET revoked_at = {now} WHERE id = {to_revoke}")).await;
    let suspended = app.another_helper().await;
    let theirs = give_mandate(&app, &person, &suspended, &["view", "request"]).await;
    act_under(&suspended, &theirs).await;
    app.execute("UPDATE organisations SET suspended_at = 1 WHERE name = 'Fictional Neighbours'").await;

    // A helper request waiting for a printed code, for a person without a contact address.
    let third = app.query_one("SELECT date_of_birth FROM people WHERE case_reference = 'DEMO-0003'").await;
    app.execute("UPDATE people SET email_enc = NULL, phone_enc = NULL WHERE case_reference = 'DEMO-0003'").await;
    spare
        .submit(
            "/helper",
            "/api/helper/assisted",
            &[("case_reference", "DEMO-0003"), ("date_of_birth", &third), ("scope[0]", "view"), ("days", "7")],
        )
        .await;
    let waiting_mandate =
        app.query_one("SELECT CAST(MAX(id) AS TEXT) FROM mandates WHERE initiated_by = 'helper'").await;

    // Past the allowance the setup used, so the cases' own redemptions are judged, not limited.
    app.clock.advance(1500);
    let mut clients = BTreeMap::new();
    clients.insert(Anonymous, app.client());
    // The people sign in again: the setup's clock moves took their first sessions past the hour.
    clients.insert(Person, app.signed_in(DEMO_1.0, DEMO_1.1).await);
    clients.insert(OtherPerson, app.signed_in(DEMO_2.0, DEMO_2.1).await);
    drop((person, other));
    clients.insert(Helper, helper);
    clients.insert(HelperOutOfScope, out_of_scope);
    clients.insert(HelperExpired, expired);
    clients.insert(HelperRevoked, revoked);
    clients.insert(HelperSuspended, suspended);
    for (actor, email) in [
        (Caseworker, "caseworker@amana.example"),
        (CaseworkerOtherTeam, "caseworker.sensitive@amana.example"),
        (Reviewer, "reviewer@amana.example"),
        (Dpo, "dpo@amana.example"),
        (Auditor, "auditor@amana.example"),
    ] {
        clients.insert(actor, app.staff(email).await.0);
    }
    // Each request has its assignee before the cases run: the team's caseworker, the other team's, the DPO.
    for (actor, reference) in [(Caseworker, &own_request), (CaseworkerOtherTeam, &other_request), (Dpo, &complaint)] {
        let claimed = clients[&actor].act_on_case("/staff", &[("reference", reference), ("action", "claim")]).await;
        assert!(claimed.header(ERROR_CODES_HEADER).is_none(), "{actor:?} claims {reference}");
    }
    // The administrator signed in to register the other organisation's helper; a new session of theirs.
    clients.insert(Admin, app.signed_in_again("staff", "admin@amana.example", amana_server::demo::DEMO_PASSWORD).await);
    let bystander_staff =
        app.query_one("SELECT CAST(id AS TEXT) FROM staff WHERE email = 'dpo.deputy@amana.example'").await;
    let clients = clients
        .into_iter()
        .enumerate()
        .map(|(n, (actor, client))| (actor, client.from_address(&format!("10.0.{n}.1"))))
        .collect();
    World {
        _app: app,
        clients,
        own_request,
        own_document,
        other_request,
        complaint,
        own_field,
        other_field,
        own_mandate,
        other_mandate,
        own_to_act,
        other_to_act,
        waiting_mandate,
        bystander_staff,
    }
}

/// One case: a route, an object relation, and what is sent.
struct Case {
    /// The route as the application names it (`GET /requests/{reference}`, `POST /api/staff/case/claim`).
    route: String,
    /// The object relation (`own`, `other`, `complaint`, `unknown`) or the variant (`own,no-such-action`), or `-`.
    relation: String,
    path: String,
    /// Form fields of a post (None for a GET); `multipart` posts go as the request forms do.
    post: Option<Vec<(String, String)>>,
    multipart: bool,
}

fn get(route: &str, relation: &str, path: String) -> Case {
    Case { route: format!("GET {route}"), relation: relation.to_owned(), path, post: None, multipart: false }
}

fn post(route: &str, relation: &str, fields: &[(&str, &str)]) -> Case {
    let fields = fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
    Case {
        route: format!("POST {route}"),
        relation: relation.to_owned(),
        path: route.to_owned(),
        post: Some(fields),
        multipart: false,
    }
}

/// A Leptos route path with its parameters written as axum writes them (`:reference` as `{reference}`).
fn with_braced_parameters(path: &str) -> String {
    path.replace(":reference", "{reference}").replace(":id", "{id}").replace(":action", "{action}")
}

/// Every route of the application: pages, server functions and plain routes, as the application lists them.
fn routes() -> Vec<String> {
    let mut routes: Vec<String> = leptos_axum::generate_route_list(amana_app::App)
        .iter()
        .map(|r| format!("GET {}", with_braced_parameters(r.path())))
        .collect();
    routes.extend(leptos::server_fn::axum::server_fn_paths().map(|(path, method)| format!("{method} {path}")));
    routes.extend(amana_server::web::paths::PLAIN_ROUTES.iter().map(|p| format!("GET {p}")));
    routes.sort();
    routes.dedup();
    routes
}

/// The cases for one route: its objects in each relation, or its variants.
fn cases_of(route: &str, w: &World) -> Vec<Case> {
    let (method, path) = route.split_once(' ').unwrap();
    let (own, other, complaint) = (w.own_request.as_str(), w.other_request.as_str(), w.complaint.as_str());
    let unknown = "R-ZZZZ-ZZZZ";
    let requests = [("own", own), ("other", other), ("complaint", complaint), ("unknown", unknown)];
    if method == "GET" {
        return match path {
            "/requests/{reference}" | "/requests/{reference}/withdraw" | "/staff/requests/{reference}" => {
                requests.iter().map(|(rel, r)| get(path, rel, path.replace("{reference}", r))).collect()
            }
            "/staff/breaches/{reference}" => vec![get(path, "unknown", "/staff/breaches/BR-ZZZZ-ZZZZ".to_owned())],
            "/my-data/fields/{id}/{action}" => vec![
                get(path, "own", format!("/my-data/fields/{}/correct", w.own_field)),
                get(path, "other", format!("/my-data/fields/{}/correct", w.other_field)),
                get(path, "unknown", "/my-data/fields/99999999/correct".to_owned()),
                get(path, "own,no-such-action", format!("/my-data/fields/{}/steal", w.own_field)),
            ],
            "/requests/{reference}/files/{id}" | "/staff/requests/{reference}/files/{id}" => {
                let base = path.split("/{reference}").next().unwrap();
                vec![
                    get(path, "own", format!("{base}/{own}/files/{}", w.own_document)),
                    get(path, "other", format!("{base}/{other}/files/{}", w.own_document)),
                    get(path, "unknown", format!("{base}/{own}/files/99999999")),
                ]
            }
            _ => vec![get(path, "-", path.to_owned())],
        };
    }
    let reference_cases = |extra: &[(&str, &str)]| -> Vec<Case> {
        requests
            .iter()
            .map(|(rel, r)| {
                let mut fields = vec![("reference", *r)];
                fields.extend_from_slice(extra);
                post(path, rel, &fields)
            })
            .collect()
    };
    match path {
        "/api/requests/withdraw" => reference_cases(&[("confirm", "yes")]),
        "/api/requests/information" => reference_cases(&[("message", "More information")])
            .into_iter()
            .map(|c| Case { multipart: true, ..c })
            .collect(),
        "/api/requests/file" => {
            let (own_field, other_field) = (w.own_field.to_string(), w.other_field.to_string());
            [("own", own_field), ("other", other_field)]
                .into_iter()
                .map(|(rel, field)| Case {
                    multipart: true,
                    ..post(path, rel, &[("form", "restrict"), ("field", &field), ("kind", "restriction")])
                })
                .collect()
        }
        case if case.starts_with("/api/staff/case/") => reference_cases(&[("version", "0"), ("to", "1")]),
        "/api/staff/breaches/record" => vec![post(path, "-", &[("nature", "confidentiality")])],
        breach if breach.starts_with("/api/staff/breaches/") => {
            vec![post(path, "unknown", &[("breach", "BR-ZZZZ-ZZZZ"), ("people", "DEMO-0001"), ("update", "x")])]
        }
        "/api/staff/open-category" => reference_cases(&[("category", "identity"), ("reason", "verify-identity")]),
        "/api/staff/mandates/print" => vec![
            post(path, "waiting", &[("mandate", &w.waiting_mandate)]),
            post(path, "unknown", &[("mandate", "99999999")]),
        ],
        "/api/mandates/revoke" => vec![
            post(path, "own", &[("mandate", &w.own_mandate)]),
            post(path, "other", &[("mandate", &w.other_mandate)]),
        ],
        "/api/helper/act" => vec![
            post(path, "own", &[("mandate", &w.own_to_act)]),
            post(path, "other", &[("mandate", &w.other_to_act)]),
            post(path, "unknown", &[("mandate", "99999999")]),
        ],
        admin if admin.starts_with("/api/staff/admin/") => {
            let staff = w.bystander_staff.as_str();
            let fields = match admin.trim_start_matches("/api/staff/admin/") {
                "create-staff" => {
                    vec![("email", "matrix@amana.example"), ("name", "M"), ("role", "caseworker"), ("office", "O")]
                }
                "set-active" => vec![("staff", staff), ("active", "1")],
                "reset-second-factor" | "send-enrolment-link" | "set-teams" => vec![("staff", staff)],
                "create-team" => vec![("team_key", "matrix"), ("team_name", "Matrix")],
                "add-rule" => vec![("team", "1")],
                "delete-rule" | "move-rule" => vec![("rule", "99999999")],
                "save-template" => vec![("key", "matrix")],
                "save-purpose" => vec![("purpose", "1"), ("legal_basis", "public-task"), ("retention_days", "30")],
                "create-organisation" => {
                    vec![("organisation_name", "Matrix Org"), ("organisation_kind", "ngo"), ("contact", "x")]
                }
                "set-suspended" => vec![("organisation", "99999999"), ("suspended", "0")],
                "register-source-system" => vec![
                    ("system_name", "Matrix System"),
                    ("system_contact", "x"),
                    ("purposes[0]", "case-management"),
                    ("categories[0]", "identity"),
                ],
                "create-api-key" => vec![("system", "99999999"), ("scopes[0]", "people:write"), ("days", "30")],
                "revoke-api-key" => vec![("system", "99999999"), ("key", "99999999")],
                "set-webhook" => vec![("system", "99999999"), ("webhook_url", "https://matrix.example/hook")],
                "create-helper" => {
                    vec![("organisation", "1"), ("helper_email", "matrix@helpers.example"), ("helper_name", "M")]
                }
                "set-helper-active" => vec![("helper", "99999999"), ("active", "1")],
                "reset-helper-second-factor" | "send-helper-enrolment-link" => vec![("helper", "99999999")],
                other => panic!("no case for the administration form {other}: add one"),
            };
            vec![post(path, "-", &fields)]
        }
        "/api/complaints/file" => vec![post(path, "-", &[("complaint", "Matrix complaint"), ("related", "")])],
        "/api/complaints/lookup" => vec![post(path, "-", &[("receipt_code", "ABCD-EFGH-JKLM")])],
        "/api/consent" => vec![post(path, "-", &[("purpose", "service-updates"), ("action", "withdraw")])],
        "/api/mandates/grant" => vec![post(path, "-", &[("scope[0]", "view"), ("days", "7")])],
        "/api/helper/redeem" => vec![post(path, "-", &[("code", "AAAA-BBBB")])],
        "/api/helper/assisted" => vec![post(
            path,
            "-",
            &[("case_reference", "NONE-99{actor}"), ("date_of_birth", "1901-01-01"), ("days", "7")],
        )],
        "/api/sign-in/start" => {
            vec![post(path, "-", &[("case_reference", "NONE-99{actor}"), ("date_of_birth", "1901-01-01")])]
        }
        "/api/sign-in/verify" | "/api/staff/enrol" | "/api/staff/code" | "/api/helper/enrol" | "/api/helper/code" => {
            vec![post(path, "-", &[("code", "000000")])]
        }
        "/api/staff/sign-in" | "/api/helper/sign-in" => {
            vec![post(path, "-", &[("email", "nobody@amana.example"), ("password", "not-the-password")])]
        }
        "/api/staff/welcome" | "/api/helper/welcome" => {
            vec![post(path, "-", &[("token", "AAAA"), ("password", "a-long-enough-password")])]
        }
        _ => vec![post(path, "-", &[])],
    }
}

fn is_sign_in(location: &str) -> bool {
    ["/sign-in", "/staff/sign-in", "/helper/sign-in"]
        .iter()
        .any(|p| location == *p || location.starts_with(&format!("{p}?")))
}

fn classify(case: &Case, page: &Page) -> Outcome {
    let codes: Vec<&str> = page.header(ERROR_CODES_HEADER).map(|c| c.split(',').collect()).unwrap_or_default();
    let location = page.location().unwrap_or("");
    let status = page.status.as_u16();
    let what = || {
        format!(
            "{} [{}]: {status} {location} {codes:?} {}",
            case.route,
            case.relation,
            &page.body[..page.body.len().min(200)]
        )
    };
    assert!(status < 500 && !codes.contains(&"GEN-500"), "a server error: {}", what());
    assert!(status != 429, "a case met a rate limit, so it proves nothing: {}", what());
    assert!(page.header("serverfnerror").is_none(), "the case's fields did not decode: {}", what());
    assert!(!codes.contains(&"SI-012"), "a case met a rate limit, so it proves nothing: {}", what());
    if !codes.is_empty() {
        // A refused post says why.
        return if codes.contains(&"AU-001") {
            SignIn
        } else if codes.contains(&"ST-001") || codes.contains(&"MD-004") {
            Denied
        } else if codes.contains(&"GEN-404") {
            NotFound
        } else {
            Ok
        };
    }
    if (page.status.is_redirection() && is_sign_in(location)) || status == 401 {
        SignIn
    } else if status == 403 {
        Denied
    } else if status == 404 {
        NotFound
    } else if page.status.is_redirection() && location == "/helper" {
        ToHelperList
    } else {
        Ok
    }
}

async fn run(case: &Case, actor: Actor, client: &Client) -> Page {
    match &case.post {
        None => client.get(&case.path).await,
        Some(fields) => {
            // `{actor}` in a value makes it the actor's own (a reference no other actor's case counts against).
            let fields: Vec<(String, String)> =
                fields.iter().map(|(k, v)| (k.clone(), v.replace("{actor}", &format!("{:02}", actor as u8)))).collect();
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            if case.multipart {
                client.submit_multipart("/complaints", &case.path, &fields, None).await
            } else {
                client.submit("/complaints", &case.path, &fields).await
            }
        }
    }
}

/// Routes that end or change the session they are posted from run after every other route, quick exit last.
fn changes_the_session(route: &str) -> u8 {
    if route == "GET /exit" {
        return 2;
    }
    u8::from(
        [
            "/api/sign-out",
            "/api/helper/stop",
            "/api/helper/act",
            "/api/sign-in/verify",
            "/api/staff/code",
            "/api/helper/code",
            "/api/staff/enrol",
            "/api/helper/enrol",
        ]
        .iter()
        .any(|p| route.ends_with(p)),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_actor_as_the_table_says() {
    let mut routes = routes();
    let untabled: Vec<&String> = routes.iter().filter(|r| !EXPECTED.iter().any(|(route, ..)| route == r)).collect();
    assert!(untabled.is_empty(), "routes the application has and the table does not: {untabled:?}");
    let unknown: Vec<&str> =
        EXPECTED.iter().map(|(r, ..)| *r).filter(|r| !routes.iter().any(|route| route == r)).collect();
    assert!(unknown.is_empty(), "table rows for routes the application does not have: {unknown:?}");

    let w = world().await;
    routes.sort_by_key(|r| changes_the_session(r));
    let (mut cases, mut wrong) = (0, Vec::new());
    for route in &routes {
        for case in cases_of(route, &w) {
            for actor in ACTORS {
                let page = run(&case, actor, &w.clients[&actor]).await;
                let outcome = classify(&case, &page);
                cases += 1;
                match expected(&case.route, &case.relation, actor) {
                    Some(want) if want == outcome => {}
                    want => wrong.push(format!(
                        "{} [{}] {actor:?}: expected {want:?}, got {outcome:?} ({} {} {})",
                        case.route,
                        case.relation,
                        page.status.as_u16(),
                        page.location().unwrap_or(""),
                        page.header(ERROR_CODES_HEADER).unwrap_or("")
                    )),
                }
            }
        }
    }
    println!("authorisation matrix: {} routes, {} actors, {cases} cases", routes.len(), ACTORS.len());
    assert!(wrong.is_empty(), "{} of {cases} cases differ from the table:\n{}", wrong.len(), wrong.join("\n"));
    assert!(cases > 1_500, "the matrix covers every route, actor and relation: {cases} cases");
}

/// Where each route is defined, read from the sources that declare them: a page's view (`app/src/lib.rs`), a
/// server function's name and file (`app/src/actions/`), or the plain axum router.
fn definitions() -> BTreeMap<String, String> {
    let root = amana_tests::workspace_root();
    let mut found = BTreeMap::new();
    let pages = std::fs::read_to_string(root.join("app/src/lib.rs")).unwrap();
    for line in pages.lines().filter(|l| l.contains("<Route path=path!(\"")) {
        let path = line.split("path!(\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default();
        let view = line.split("view=").nth(1).and_then(|r| r.split_whitespace().next()).unwrap_or_default();
        found.insert(format!("GET {}", with_braced_parameters(path)), format!("page `{view}`"));
    }
    for entry in std::fs::read_dir(root.join("app/src/actions")).unwrap() {
        let file = entry.unwrap().path();
        let source = std::fs::read_to_string(&file).unwrap();
        let file_name = file.file_name().unwrap().to_string_lossy().into_owned();
        for line in source.lines().filter(|l| l.starts_with("#[server(")) {
            let field = |key: &str| line.split(key).nth(1).and_then(|r| r.split([',', ')']).next()).map(str::trim);
            let (Some(name), Some(endpoint)) = (field("name = "), field("endpoint = ")) else { continue };
            let path = format!("/api/{}", endpoint.trim_matches('"'));
            found.insert(format!("POST {path}"), format!("server function `{name}` (`app/src/actions/{file_name}`)"));
        }
    }
    for path in amana_server::web::paths::PLAIN_ROUTES {
        found.insert(format!("GET {path}"), "axum route (`server/src/web.rs`)".to_owned());
    }
    found
}

/// `docs/routes.md` as the application and this file's table make it today.
fn route_table() -> String {
    let definitions = definitions();
    let mut text = String::from(
        "# Routes\n\nEvery route of the application, as it lists them itself (Leptos pages, registered server functions, \
         plain axum routes), where each is defined, and who gets through on objects of their own, their team's or \
         (for a DPO) a complaint (the rest are sent to sign in, refused, or answered as \"not found\"; `tests/tests/authorisation_matrix.rs` holds the full table \
         and proves every row). Generated: `AMANA_WRITE_ROUTES=1 cargo test -p amana-tests --test e2e -- \
         route_table` rewrites it, and the suite fails while it is stale.\n\n| route | defined as | shown or taken for |\n|---|---|---|\n",
    );
    for route in routes() {
        // Relations to objects of their own (or of their team, or a complaint for a DPO), not someone else's.
        let relations: Vec<&str> = EXPECTED
            .iter()
            .filter(|(r, rel, ..)| *r == route && !rel.starts_with("other") && !rel.starts_with("unknown"))
            .map(|(_, rel, ..)| *rel)
            .collect();
        let through: Vec<String> = ACTORS
            .iter()
            .filter(|actor| relations.iter().any(|rel| expected(&route, rel, **actor) == Some(Ok)))
            .map(|actor| format!("{actor:?}"))
            .collect();
        let through = if through.len() == ACTORS.len() { "anyone".to_owned() } else { through.join(", ") };
        let defined = definitions.get(&route).cloned().unwrap_or_else(|| "?".to_owned());
        text.push_str(&format!("| `{route}` | {defined} | {through} |\n"));
    }
    text
}

#[test]
fn the_route_table_in_docs_is_current() {
    let path = amana_tests::workspace_root().join("docs/routes.md");
    let table = route_table();
    assert!(!table.contains("| ? |"), "a route whose definition the scan did not find:\n{table}");
    if std::env::var_os("AMANA_WRITE_ROUTES").is_some() {
        std::fs::write(&path, &table).unwrap();
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == table,
        "docs/routes.md is stale: run `AMANA_WRITE_ROUTES=1 cargo test -p amana-tests --test e2e -- route_table`"
    );
}
