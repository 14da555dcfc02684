//! The breach register (the data-protection officer's) and the notices it sends to the people a breach concerns:
//! what a breach record holds, the 72-hour clock for telling the supervisory authority, and the notice a person
//! reads in their own language (GDPR Art. 33 and 34).
//!
//! A notice is built from closed lists (the kind of breach, the categories of data, likely consequences, what was
//! done, what the person can do), each a Fluent message, so it reads in every locale; the register's free text
//! (what happened, the reasoning) stays in the register.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::contract::Acting;
use crate::errors::PortalError;
use crate::staff::StaffId;
use crate::when::{Day, Moment};

crate::vocabulary::vocabulary! {
    /// What the breach did to the data (`breach-nature-<key>`).
    pub enum BreachNature("breach nature") {
        /// Someone saw or took data they should not have.
        Confidentiality = "confidentiality",
        /// Data was changed wrongly.
        Integrity = "integrity",
        /// Data was lost or could not be reached.
        Availability = "availability",
    }
}

crate::vocabulary::vocabulary! {
    /// The DPO's assessment of the risk to the people concerned (`breach-risk-<key>`): only `High` obliges notices
    /// to them, `Unlikely` spares telling the authority; the reasoning is recorded either way.
    pub enum BreachRisk("breach risk") {
        Unlikely = "unlikely",
        Risk = "risk",
        High = "high",
    }
}

/// Likely consequences a notice can name (`breach-consequence-<key>`).
pub const CONSEQUENCES: [&str; 6] =
    ["others-may-read", "identity-misuse", "contact-by-strangers", "wrong-decision", "delay", "data-lost"];
/// What the authority did or will do (`breach-measure-<key>`).
pub const MEASURES: [&str; 6] = [
    "access-closed",
    "data-recovered",
    "recipient-asked-to-delete",
    "police-informed",
    "accounts-secured",
    "staff-trained",
];
/// What the person can do themselves (`breach-advice-<key>`).
pub const ADVICE: [&str; 5] =
    ["watch-for-contact", "do-not-answer-strangers", "check-my-data", "tell-helper", "ask-us"];

/// The hours the authority must be told within, counted from when Amana became aware.
pub const AUTHORITY_HOURS: i64 = 72;

/// A breach as the DPO records it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewBreach {
    pub discovered_at: Moment,
    pub aware_at: Moment,
    pub nature: BreachNature,
    /// What happened, in the register only.
    pub description: String,
    /// `category-<key>` of the data concerned.
    pub categories: Vec<String>,
    pub approx_people: i64,
    pub approx_records: i64,
    pub consequences: Vec<String>,
    pub measures: Vec<String>,
    pub advice: Vec<String>,
    pub risk: BreachRisk,
    /// Why the risk is what it is, and so why people are (not) told.
    pub risk_reasoning: String,
    /// When a processor reported it to the authority, if one did.
    pub processor_reported_at: Option<Moment>,
}

/// Where the 72-hour clock stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuthorityClock {
    /// Not told yet: whole hours left (negative once late).
    Running { due: Moment, hours_left: i64 },
    /// Told, `hours_after` hours after awareness.
    Told { at: Moment, hours_after: i64 },
}

/// A line of the DPO's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachSummary {
    pub reference: String,
    pub nature: BreachNature,
    pub risk: BreachRisk,
    pub aware_at: Moment,
    pub clock: AuthorityClock,
    pub people: i64,
    pub notified: i64,
}

/// Information given to the authority after the first notification (Art. 33(4): in phases).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachUpdate {
    pub at: Moment,
    pub text: String,
}

/// A breach in full, for the DPO.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachDetail {
    pub summary: BreachSummary,
    pub record: NewBreach,
    pub authority_reference: Option<String>,
    pub delay_reason: Option<String>,
    pub updates: Vec<BreachUpdate>,
    /// The people concerned (case reference) and when each was sent the notice.
    pub people: Vec<(String, Option<Moment>)>,
}

/// The record form as posted, every field as typed: the register checks the role before it reads any of it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachForm {
    pub discovered_at: String,
    pub aware_at: String,
    pub processor_reported_at: String,
    pub nature: String,
    pub description: String,
    pub categories: Vec<String>,
    pub approx_people: String,
    pub approx_records: String,
    pub consequences: Vec<String>,
    pub measures: Vec<String>,
    pub advice: Vec<String>,
    pub risk: String,
    pub risk_reasoning: String,
}

/// Telling the supervisory authority, as posted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuthorityNotice {
    /// When, as typed (`2026-12-03T14:30` from a `datetime-local` field, or with a space), UTC.
    pub at: String,
    pub reference: String,
    /// Required when `at` is more than 72 hours after awareness.
    pub delay_reason: String,
}

/// A moment as a `datetime-local` field sends it (`2026-12-03T14:30`, UTC), or as typed with a space.
pub fn parse_moment(text: &str) -> Option<Moment> {
    Moment::parse_iso(&text.trim().replacen('T', " ", 1))
}

/// What adding people by case reference did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleAdded {
    pub added: i64,
    /// Lines that matched nobody, returned so the form can keep them.
    pub unknown: Vec<String>,
}

/// The DPO's breach register.
#[async_trait]
pub trait BreachDesk: Send + Sync + 'static {
    async fn breaches(&self, staff: StaffId) -> Result<Vec<BreachSummary>, PortalError>;
    async fn breach(&self, staff: StaffId, reference: &str) -> Result<BreachDetail, PortalError>;
    /// Records a breach; its reference.
    async fn record_breach(&self, staff: StaffId, form: BreachForm) -> Result<String, PortalError>;
    async fn tell_authority(&self, staff: StaffId, reference: &str, notice: AuthorityNotice)
        -> Result<(), PortalError>;
    async fn add_update(&self, staff: StaffId, reference: &str, text: String) -> Result<(), PortalError>;
    /// Adds the people with these case references (one per line) to those the breach concerns.
    async fn add_people(&self, staff: StaffId, reference: &str, lines: &str) -> Result<PeopleAdded, PortalError>;
    /// Sends the notice to everyone concerned who has not had it yet, through the outbox; how many were sent.
    async fn notify_people(&self, staff: StaffId, reference: &str) -> Result<i64, PortalError>;
}

/// A notice as the person (or their helper) reads it: every part a closed list, so it reads in their language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreachNotice {
    pub nature: BreachNature,
    pub aware_on: Day,
    pub notified_on: Day,
    pub categories: Vec<String>,
    pub consequences: Vec<String>,
    pub measures: Vec<String>,
    pub advice: Vec<String>,
}

/// The notices of breaches that concern the person, newest first.
#[async_trait]
pub trait BreachNotices: Send + Sync + 'static {
    async fn notices(&self, acting: Acting) -> Result<Vec<BreachNotice>, PortalError>;
}
