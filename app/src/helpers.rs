//! The contract for civil-society helpers: what a signed-in helper sees. `server/` implements [`HelperDesk`];
//! every call checks, from the database, that the helper's account and organisation are still active.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;

pub type HelperId = i64;

/// A person who gave the helper an active mandate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MandatedPerson {
    pub mandate: i64,
    pub name: String,
    pub case_reference: String,
    /// `mandate-scope-<key>` each: view, request, consent, complain.
    pub scope: Vec<String>,
    /// ISO date the mandate ends.
    pub expires_on: String,
}

/// The helper's start page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperHome {
    pub name: String,
    pub organisation: String,
    pub people: Vec<MandatedPerson>,
}

#[async_trait]
pub trait HelperDesk: Send + Sync + 'static {
    /// The helper, their organisation, and the people whose mandates are active now.
    async fn home(&self, helper: HelperId) -> Result<HelperHome, PortalError>;
}
