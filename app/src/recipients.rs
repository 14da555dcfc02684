//! The register of recipients and their data-sharing agreements: who outside the authority receives which kinds
//! of data, for what, on what terms; published for anyone (`/recipients`), and named on My data beside each field
//! they receive. An authority of a country people flee from never receives asylum-linked data: the register refuses
//! the combination, and My data would not name it even if a row said otherwise.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;
use crate::staff::StaffId;
use crate::when::Day;

/// Kinds of data that reveal that a person sought protection, or where and with whom they live: never for an
/// authority of their country of origin (`category-<key>` each).
pub const ASYLUM_LINKED: [&str; 5] = ["legal-status", "case-history", "biometrics", "family", "contact"];
/// The longest time a recipient may take to tell the authority of a breach on its side.
pub const MAX_BREACH_NOTICE_HOURS: i64 = 24;

/// A recipient with its agreement, as the register and the public page show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// Short key, the anchor of its summary on `/recipients`.
    pub key: String,
    pub name: String,
    /// `recipient-<kind>`.
    pub kind: String,
    /// ISO 3166 country code of the recipient.
    pub country: String,
    /// An authority of a country people flee from.
    pub origin_authority: bool,
    /// `purpose-<key>`.
    pub purpose: String,
    /// `legal-basis-<code>`.
    pub legal_basis: String,
    /// `category-<key>` each.
    pub categories: Vec<String>,
    pub retention_days: i64,
    pub breach_notice_hours: i64,
    pub ends_on: Day,
}

impl Agreement {
    /// Whether the agreement still holds on `today` (its last day included).
    pub fn in_force(&self, today: Day) -> bool {
        self.ends_on >= today
    }
}

/// Someone who receives a field, named on My data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedWith {
    pub key: String,
    pub name: String,
}

/// A new recipient with its agreement, as posted (the register checks the role before reading it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientForm {
    pub name: String,
    pub kind: String,
    pub country: String,
    pub origin_authority: bool,
    pub purpose: String,
    pub legal_basis: String,
    pub categories: Vec<String>,
    pub retention_days: String,
    pub breach_notice_hours: String,
    pub ends_on: String,
}

/// The administrator's register of recipients.
#[async_trait]
pub trait RecipientRegister: Send + Sync + 'static {
    /// Every agreement, ended ones too.
    async fn agreements(&self, staff: StaffId) -> Result<Vec<Agreement>, PortalError>;
    async fn add_recipient(&self, staff: StaffId, form: RecipientForm) -> Result<(), PortalError>;
}

/// Whether an agreement may cover `category`: never asylum-linked data for an authority of a country of origin.
pub fn may_receive(origin_authority: bool, category: &str) -> bool {
    !(origin_authority && ASYLUM_LINKED.contains(&category))
}
