//! What every page and server function knows about the request it serves: language, viewer, CSRF token, flash.
//! The server's middleware builds a [`PageEnv`] once per request and puts it in the request extensions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::contract::{Acting, HelperAct, PersonId};
use crate::errors::FieldError;
use crate::helpers::{ActingFor, Scope};
use crate::i18n::Locale;

/// Keys under which Amana keeps things in the server-side session.
pub mod session_keys {
    /// The signed-in person's id.
    pub const PERSON: &str = "person";
    /// Unix time of sign-in, for the absolute session limit.
    pub const SIGNED_IN_AT: &str = "signed_in_at";
    /// The person's stored language preference, copied at sign-in.
    pub const PERSON_LOCALE: &str = "person_locale";
    /// The pending sign-in between the two steps.
    pub const CHALLENGE: &str = "challenge";
    /// The outcome of the last form post, shown once by the next page.
    pub const FLASH: &str = "flash";
    /// The reference of the anonymous complaint whose receipt code was given in this session.
    pub const COMPLAINT: &str = "complaint";
    /// The signed-in staff member's id, role (for the menu only; rights are checked against the database) and
    /// time of sign-in.
    pub const STAFF: &str = "staff";
    pub const STAFF_ROLE: &str = "staff_role";
    pub const STAFF_SIGNED_IN_AT: &str = "staff_signed_in_at";
    /// A staff sign-in between the password and the second factor.
    pub const STAFF_PENDING: &str = "staff_pending";
    /// Recovery codes just handed out, shown once.
    pub const STAFF_RECOVERY_CODES: &str = "staff_recovery_codes";
    /// Categories of a record opened (with a reason) in this session: request reference → category keys.
    pub const STAFF_OPENED: &str = "staff_opened";
    /// The signed-in helper's id and time of sign-in; the sign-in between its two steps; recovery codes to show.
    pub const HELPER: &str = "helper";
    pub const HELPER_SIGNED_IN_AT: &str = "helper_signed_in_at";
    pub const HELPER_PENDING: &str = "helper_pending";
    pub const HELPER_RECOVERY_CODES: &str = "helper_recovery_codes";
    /// The mandate a helper is acting under in this session (checked again on every request).
    pub const HELPER_ACTING: &str = "helper_acting";
    /// An API key or webhook secret an administrator just made, shown once by the administration screen.
    pub const ADMIN_SHOWN_ONCE: &str = "admin_shown_once";
    /// Unix time the session's idle expiry was last pushed on (at most once a minute, so a page view does not
    /// rewrite the session row).
    pub const TOUCHED_AT: &str = "touched_at";
    /// The session's own CSRF secret, new at every sign-in: forms carry a token derived from it and the browser's
    /// CSRF cookie, so a token from before the sign-in (or from another session) is refused.
    pub const CSRF_SECRET: &str = "csrf_secret";
}

/// The two doors for accounts with a password and a second factor: staff of the authority, and helpers of
/// civil-society organisations. Same rules, separate sessions, separate screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Door {
    Staff,
    Helper,
}

impl Door {
    /// Where this door's screens live.
    pub fn base(self) -> &'static str {
        match self {
            Door::Staff => "/staff",
            Door::Helper => "/helper",
        }
    }
    /// The page of an enrolment link at this door. The token travels in the query (which is never logged), cut to
    /// the characters and length a token has: anything else was never a token and finds no link.
    pub fn welcome_path(self, token: &str) -> String {
        let token: String =
            token.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect();
        format!("{}/welcome?token={token}", self.base())
    }
    pub fn sign_in_path(self) -> String {
        format!("{}/sign-in", self.base())
    }
    /// Session key of the signed-in account's id.
    pub fn id_key(self) -> &'static str {
        match self {
            Door::Staff => session_keys::STAFF,
            Door::Helper => session_keys::HELPER,
        }
    }
    pub fn signed_in_at_key(self) -> &'static str {
        match self {
            Door::Staff => session_keys::STAFF_SIGNED_IN_AT,
            Door::Helper => session_keys::HELPER_SIGNED_IN_AT,
        }
    }
    pub fn pending_key(self) -> &'static str {
        match self {
            Door::Staff => session_keys::STAFF_PENDING,
            Door::Helper => session_keys::HELPER_PENDING,
        }
    }
    pub fn recovery_codes_key(self) -> &'static str {
        match self {
            Door::Staff => session_keys::STAFF_RECOVERY_CODES,
            Door::Helper => session_keys::HELPER_RECOVERY_CODES,
        }
    }
    /// Fluent id prefix of this door's page texts (`staff-sign-in-title`, `helper-sign-in-title`).
    pub fn texts(self) -> &'static str {
        match self {
            Door::Staff => "staff",
            Door::Helper => "helper",
        }
    }
}

/// Name of the form field (and cookie) carrying the CSRF token.
pub const CSRF_FIELD: &str = "csrf";

/// Who is looking at the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    Person(PersonId),
}

/// A signed-in staff member, as the page frame needs to know them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffViewer {
    pub id: crate::staff::StaffId,
    /// For the menu only; every action checks the stored role again.
    pub role: crate::staff::Role,
}

/// The result of a form post, kept in the session across the redirect (Post/Redirect/Get) and shown once:
/// field errors with what the person typed, or a notice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// Which form the errors and values belong to.
    pub form: String,
    pub values: BTreeMap<String, String>,
    pub errors: Vec<FieldError>,
    /// A Fluent id of a notice to show ("you have signed out").
    pub notice: Option<String>,
}

/// The longest name a form field (or a kept value's key, such as `form-prefix:body-uk`) has.
pub const MAX_FIELD_NAME_BYTES: usize = 96;

impl Flash {
    /// A form's errors with what was typed, each value cut to its field's maximum (so an oversize post never
    /// puts more than that into a session). A value under a name no form field has (longer than any field name:
    /// a name made from what was typed) is not kept at all.
    pub fn errors(form: &str, values: BTreeMap<String, String>, errors: Vec<FieldError>) -> Flash {
        let values =
            values.into_iter().filter(|(field, _)| field.len() <= MAX_FIELD_NAME_BYTES).map(|(field, value)| {
                let kept = crate::input::kept_for_redisplay(&field, &value);
                (field, kept)
            });
        Flash { form: form.to_owned(), values: values.collect(), errors, notice: None }
    }
    pub fn notice(id: &str) -> Flash {
        Flash { notice: Some(id.to_owned()), ..Flash::default() }
    }
}

/// The per-request environment.
#[derive(Clone, Debug, Default)]
pub struct PageEnv {
    pub locale: Locale,
    /// The locale the person chose on this device (`?lang=` or the language cookie), if any.
    pub chosen_locale: Option<Locale>,
    pub viewer: Option<PersonId>,
    /// The signed-in staff member, if any.
    pub staff: Option<StaffViewer>,
    /// The signed-in helper's id, if any.
    pub helper: Option<crate::helpers::HelperId>,
    /// The person the signed-in helper is acting for, with a mandate checked active for this request.
    pub acting_for: Option<ActingFor>,
    pub csrf_token: String,
    /// The client's key for per-client rate limits (its address from the TCP peer or the reverse proxy's header;
    /// an IPv6 client's /64 network): never logged or stored.
    pub client: String,
    /// CSP nonce for this response.
    pub nonce: String,
    /// The path of this request, for language links that stay on the same page.
    pub path: String,
    pub flash: Option<Flash>,
    /// The anonymous complaint this session may follow (after giving its receipt code).
    pub followed_complaint: Option<String>,
    /// The purpose register's names and explanations in this request's language: key → (name, explanation).
    pub purposes: std::sync::Arc<BTreeMap<String, (String, String)>>,
}

impl PageEnv {
    pub fn viewer(&self) -> Viewer {
        self.viewer.map_or(Viewer::Anonymous, Viewer::Person)
    }

    /// Who acts on a person's data on this request: the signed-in person, or else a helper acting for someone
    /// under an active mandate.
    pub fn acting(&self) -> Option<Acting> {
        match (self.viewer, &self.acting_for, self.helper) {
            (Some(person), _, _) => Some(Acting::person(person)),
            (None, Some(acting), Some(helper)) => {
                Some(Acting { person: acting.person, helper: Some(HelperAct { helper, mandate: acting.mandate }) })
            }
            _ => None,
        }
    }

    /// Whoever acts may do what `scope` covers: always for the person, within the mandate for a helper.
    pub fn may(&self, scope: Scope) -> bool {
        match (self.viewer, &self.acting_for) {
            (Some(_), _) => true,
            (None, Some(acting)) => acting.allows(scope),
            _ => false,
        }
    }

    /// A helper is acting for someone (pages hide what only the person may do).
    pub fn helper_acting(&self) -> bool {
        self.viewer.is_none() && self.acting_for.is_some()
    }

    /// The flash for `form`, if the last post was that form.
    pub fn flash_for(&self, form: &str) -> Option<&Flash> {
        self.flash.as_ref().filter(|f| f.form == form)
    }
}
