//! The contract between the UI and the backend: the data pages show and the service traits server functions call.
//! `server/` implements these traits; the UI never sees SQL, SMTP or keys.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;
use crate::i18n::Locale;
use crate::input::{BirthDate, CaseReference, OneTimeCode};

crate::vocabulary::id_type! {
    /// Internal id of a data subject. Never shown; pages identify people by session, not by id in the URL.
    PersonId
}

/// Who acts on a person's data: the person themselves, or a helper under a mandate the person gave. The backend
/// checks a helper's mandate (active, in scope, organisation not suspended) on every call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acting {
    pub person: PersonId,
    /// The helper and the mandate they act under; `None` when the person acts for themselves.
    pub helper: Option<HelperAct>,
}

/// A helper acting under one mandate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperAct {
    pub helper: crate::helpers::HelperId,
    pub mandate: i64,
}

impl Acting {
    /// The person acting for themselves.
    pub fn person(person: PersonId) -> Acting {
        Acting { person, helper: None }
    }
}

impl From<PersonId> for Acting {
    fn from(person: PersonId) -> Acting {
        Acting::person(person)
    }
}

crate::vocabulary::vocabulary! {
    /// Who did something: on a request's timeline, a consent's history, a document, the audit log
    /// (`audit-actor-<key>`). The person is always `person`, however they acted.
    #[derive(Default)]
    pub enum ActorKind("actor kind") {
        Person = "person",
        Helper = "helper",
        Staff = "staff",
        /// Someone who filed an anonymous complaint.
        Anonymous = "anonymous",
        /// One of the authority's own systems, through the API.
        SourceSystem = "source-system",
        /// Amana itself: a deadline job, a worker.
        #[default]
        System = "system",
    }
}

/// The categories of personal data, in the order My data shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Identity,
    Contact,
    Family,
    LegalStatus,
    Health,
    Biometrics,
    Education,
    Employment,
    CaseHistory,
}

impl Category {
    pub const ALL: [Category; 9] = [
        Category::Identity,
        Category::Contact,
        Category::Family,
        Category::LegalStatus,
        Category::Health,
        Category::Biometrics,
        Category::Education,
        Category::Employment,
        Category::CaseHistory,
    ];

    /// The key stored in the database and used in Fluent ids (`category-legal-status`).
    pub fn key(self) -> &'static str {
        match self {
            Category::Identity => "identity",
            Category::Contact => "contact",
            Category::Family => "family",
            Category::LegalStatus => "legal-status",
            Category::Health => "health",
            Category::Biometrics => "biometrics",
            Category::Education => "education",
            Category::Employment => "employment",
            Category::CaseHistory => "case-history",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Special categories that need extra care: health, legal status, family and biometrics.
    pub fn is_sensitive(self) -> bool {
        matches!(self, Category::Family | Category::LegalStatus | Category::Health | Category::Biometrics)
    }
}

/// One field held about a person, with everything the person is entitled to know about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldField {
    pub id: i64,
    /// Field key; its label is the Fluent message `field-<key>`.
    pub key: String,
    pub value: String,
    pub source_system: String,
    /// Purpose key; its name is `purpose-<key>`.
    pub purpose: String,
    /// Legal basis code; its text is `legal-basis-<code>`.
    pub legal_basis: String,
    /// ISO date until which the field is kept.
    pub kept_until: crate::when::Day,
    /// Recipient codes; each text is `recipient-<code>`.
    pub recipients: Vec<String>,
    /// The recipients that actually receive it under an agreement in force (each summarised on `/recipients`).
    #[serde(default)]
    pub shared_with: Vec<crate::recipients::SharedWith>,
    /// The field is kept on the basis of consent, and the person has taken it back: it is no longer used.
    pub consent_withdrawn: bool,
}

/// The fields of one category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryFields {
    pub category: Category,
    pub fields: Vec<HeldField>,
}

/// Everything held about the signed-in person, grouped by category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyData {
    pub case_reference: String,
    pub categories: Vec<CategoryFields>,
    /// Notices of breaches that concern the person, newest first (shown above everything else).
    #[serde(default)]
    pub notices: Vec<crate::breaches::BreachNotice>,
}

/// Someone asking for a sign-in code.
#[derive(Clone, Debug)]
pub struct SignInRequest {
    pub case_reference: CaseReference,
    pub date_of_birth: BirthDate,
    /// The language the code e-mail is written in: the one the person is using.
    pub locale: Locale,
    /// Who is asking, for rate limits: the client address.
    pub client: String,
}

/// An opaque handle on a pending sign-in, kept in the session between the two steps.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeId(pub String);

/// A person who has just proved who they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignedIn {
    pub person: PersonId,
    /// Unix time of sign-in, by the backend's clock; the session's absolute limit counts from here.
    pub at: i64,
    /// The person's stored language preference after sign-in.
    pub preferred_locale: Option<Locale>,
    /// Staff printed a code for a helper to act for this person since they last signed in: they are told.
    pub mandate_code_printed: bool,
}

/// What the migrant-facing pages need from the backend.
#[async_trait]
pub trait MigrantPortal: Send + Sync + 'static {
    /// Starts a sign-in. Answers the same whether or not the reference exists and the birth date matches;
    /// only a real match sends a code to the contact on file.
    async fn start_sign_in(&self, request: SignInRequest) -> Result<ChallengeId, PortalError>;

    /// Checks a code against a pending sign-in: at most five tries, ten minutes, one use. On success a language
    /// the person chose on this device becomes their stored preference (used for their e-mails and other devices).
    async fn finish_sign_in(
        &self,
        challenge: &ChallengeId,
        code: &OneTimeCode,
        client: &str,
        chosen_locale: Option<Locale>,
    ) -> Result<SignedIn, PortalError>;

    /// Everything held about the person, and an audit event saying who looked (a helper needs the `view` scope).
    async fn my_data(&self, who: Acting) -> Result<MyData, PortalError>;

    /// Records that the person signed out.
    async fn signed_out(&self, person: PersonId) -> Result<(), PortalError>;
}
