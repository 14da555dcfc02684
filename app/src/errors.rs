//! Amana's user-facing errors: stable codes (`SI-004`) that are also Fluent message ids, and their HTTP status.
//! This is the one place where an error becomes a status code.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

/// A problem with one form field, shown beside the field and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's `name`, also the anchor the error summary links to.
    pub field: String,
    /// The stable error code, which is the Fluent id of its explanation.
    pub code: String,
}

impl FieldError {
    pub fn new(field: &str, code: &str) -> Self {
        FieldError { field: field.to_owned(), code: code.to_owned() }
    }
}

/// What can go wrong in the migrant portal.
#[derive(Debug, thiserror::Error)]
pub enum PortalError {
    #[error("invalid input")]
    Invalid(Vec<FieldError>),
    /// Wrong, expired or already used code. One answer for all three, so nothing is learnt from it.
    #[error("code rejected")]
    CodeRejected,
    /// The code was guessed wrong too often, or the sign-in attempt has expired: start again.
    #[error("sign-in attempt used up")]
    SignInUsedUp,
    #[error("too many attempts")]
    RateLimited,
    #[error("not signed in")]
    NotSignedIn,
    /// An open request about the same thing exists already.
    #[error("duplicate request")]
    DuplicateRequest,
    /// The request has been decided or withdrawn and cannot be changed by the person any more.
    #[error("request not open")]
    RequestNotOpen,
    #[error("not found")]
    NotFound,
    /// Staff sign-in: wrong e-mail, password or code, or a locked account. One answer for all.
    #[error("staff sign-in refused")]
    StaffSignInFailed,
    /// The password step was too long ago: start again.
    #[error("staff sign-in expired")]
    StaffSignInExpired,
    /// An enrolment link that is unknown, used, expired or for an account that was deactivated.
    #[error("enrolment link not valid")]
    EnrolmentLinkInvalid,
    /// The signed-in staff member's role does not allow this page or action.
    #[error("forbidden")]
    Forbidden,
    /// A helper's mandate does not cover this (any more): out of scope, revoked, expired, or the organisation
    /// suspended.
    #[error("outside the mandate")]
    OutsideMandate,
    /// The request's lifecycle does not allow this step now; the code says why.
    #[error("refused by the request lifecycle: {0}")]
    Refused(&'static str),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl PortalError {
    /// One field's problem, as a form shows it.
    pub fn field(field: &str, code: &str) -> PortalError {
        PortalError::Invalid(vec![FieldError::new(field, code)])
    }

    /// The stable code, also the Fluent id of the message a person reads.
    pub fn code(&self) -> &'static str {
        match self {
            PortalError::Invalid(_) => "GEN-400",
            PortalError::CodeRejected => "SI-010",
            PortalError::SignInUsedUp => "SI-011",
            PortalError::RateLimited => "SI-012",
            PortalError::NotSignedIn => "AU-001",
            PortalError::DuplicateRequest => "RQ-001",
            PortalError::RequestNotOpen => "RQ-002",
            PortalError::NotFound => "GEN-404",
            PortalError::StaffSignInFailed => "SA-001",
            PortalError::StaffSignInExpired => "SA-002",
            PortalError::EnrolmentLinkInvalid => "SA-004",
            PortalError::Forbidden => "ST-001",
            PortalError::OutsideMandate => "MD-004",
            PortalError::Refused(code) => code,
            PortalError::Unexpected(_) => "GEN-500",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            PortalError::Invalid(_)
            | PortalError::CodeRejected
            | PortalError::SignInUsedUp
            | PortalError::StaffSignInFailed
            | PortalError::StaffSignInExpired
            | PortalError::EnrolmentLinkInvalid => StatusCode::UNPROCESSABLE_ENTITY,
            PortalError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            PortalError::NotSignedIn => StatusCode::UNAUTHORIZED,
            PortalError::DuplicateRequest | PortalError::RequestNotOpen | PortalError::Refused(_) => {
                StatusCode::CONFLICT
            }
            PortalError::Forbidden | PortalError::OutsideMandate => StatusCode::FORBIDDEN,
            PortalError::NotFound => StatusCode::NOT_FOUND,
            PortalError::Unexpected(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The errors to show on the form: field errors as they are, anything else as one form-level error.
    pub fn into_field_errors(self, form_field: &str) -> Vec<FieldError> {
        match self {
            PortalError::Invalid(errors) => errors,
            PortalError::Unexpected(error) => {
                tracing::error!(error = %error, "unexpected error behind a form");
                vec![FieldError::new(form_field, "GEN-500")]
            }
            other => vec![FieldError::new(form_field, other.code())],
        }
    }
}
