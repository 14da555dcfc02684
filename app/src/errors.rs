//! Amana's user-facing errors: stable codes (`SI-004`) that are also Fluent message ids, and their HTTP status.
//! This is the one place where an error becomes a status code.

use axum::http::StatusCode;
use serde::{Deserialize, Serialize};

/// Declares [`ErrorCode`]: each variant with the code people see and the Fluent id of its message.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $code:literal,)*) => {
        /// Every error code Amana shows, as a closed set: a variant's name is its code without the hyphen
        /// (`Rq010` is `RQ-010`), which is also the Fluent id of the message a person reads (in every locale, as
        /// the locale tests check for each variant). The English text is each variant's documentation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $variant,)*
        }

        impl ErrorCode {
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as people see it (`RQ-010`), which is also its Fluent id.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $code,)*
                }
            }
        }
    };
}

error_codes! {
    /// Fill this in.
    Ad001 = "AD-001",
    /// That is too long.
    Ad002 = "AD-002",
    /// Choose teams from the list.
    Ad003 = "AD-003",
    /// Write a whole e-mail address, like name@example.org.
    Ad004 = "AD-004",
    /// Choose a role from the list.
    Ad005 = "AD-005",
    /// The password must have at least 12 characters.
    Ad006 = "AD-006",
    /// There is already an account with this e-mail address.
    Ad007 = "AD-007",
    /// You cannot deactivate your own account.
    Ad008 = "AD-008",
    /// Use 2 to 40 lower-case letters, digits and dashes.
    Ad009 = "AD-009",
    /// There is already a team with this key.
    Ad010 = "AD-010",
    /// Choose the rule's conditions from the lists.
    Ad011 = "AD-011",
    /// Complaints always go to the data protection officer; no rule can change that.
    Ad012 = "AD-012",
    /// Write the text in this language too.
    Ad013 = "AD-013",
    /// Write a number of days from 1 to 36500.
    Ad014 = "AD-014",
    /// Choose from the list.
    Ad015 = "AD-015",
    /// This account has set up its second step already. Reset the second step first if the person needs …
    Ad016 = "AD-016",
    /// There is already a source system with this name.
    Ad017 = "AD-017",
    /// Write a number of days from 1 to 1095.
    Ad018 = "AD-018",
    /// This system has two keys that still work. Revoke one before you make another.
    Ad019 = "AD-019",
    /// Choose at least one.
    Ad020 = "AD-020",
    /// Write a whole web address, like https://cases.example.org/amana.
    Ad021 = "AD-021",
    /// Write a whole number, 0 or more.
    Br001 = "BR-001",
    /// This moment is in the future.
    Br002 = "BR-002",
    /// This cannot be before the breach was discovered.
    Br003 = "BR-003",
    /// More than 72 hours passed since we became aware: give the reason for the delay.
    Br004 = "BR-004",
    /// These lines match no case reference. Correct or remove them; nobody was added yet.
    Br005 = "BR-005",
    /// Write a date and time, for example 2026-12-03 14:30.
    Br006 = "BR-006",
    /// The authority's notification is recorded already. Add later information below.
    Br007 = "BR-007",
    /// An authority of a country people flee from can never receive this kind of data.
    Rc001 = "RC-001",
    /// Write the country as two letters, like DE or KE.
    Rc002 = "RC-002",
    /// Write the last day of the agreement, after today, like 2027-12-31.
    Rc003 = "RC-003",
    /// A recipient must tell us of a breach within 24 hours: write a number from 1 to 24.
    Rc004 = "RC-004",
    /// There is already a recipient with this name.
    Rc005 = "RC-005",
    /// Your session has ended. Please sign in again.
    Au001 = "AU-001",
    /// Write what happened before sending.
    Cp001 = "CP-001",
    /// That is too long. Please shorten it to 2000 characters.
    Cp002 = "CP-002",
    /// Choose one of your own requests, or none.
    Cp003 = "CP-003",
    /// No complaint has this receipt code. Check the code and try again.
    Cp004 = "CP-004",
    /// Some of the information is not right. Check the form and try again.
    Gen400 = "GEN-400",
    /// This form has expired. Go back, reload the page and try again.
    Gen403 = "GEN-403",
    /// This page does not exist, or you cannot see it.
    Gen404 = "GEN-404",
    /// Someone else changed this at the same moment, so nothing was saved. Reload the page and try again.
    Gen409 = "GEN-409",
    /// Something went wrong on our side. Nothing you sent was lost. Please try again in a few minutes.
    Gen500 = "GEN-500",
    /// Choose at least one thing the helper may do.
    Md001 = "MD-001",
    /// Choose for how long.
    Md002 = "MD-002",
    /// This code does not work. It may be mistyped, used already or too old.
    Md003 = "MD-003",
    /// Your permission from this person does not cover this, or it has ended.
    Md004 = "MD-004",
    /// Enter the person's case reference.
    Md005 = "MD-005",
    /// The case reference can only have letters, numbers and dashes, as printed on the person's papers.
    Md006 = "MD-006",
    /// Enter the person's date of birth.
    Md007 = "MD-007",
    /// Enter the date of birth as year-month-day, for example 1990-01-31.
    Md008 = "MD-008",
    /// You already have an open request about this. You can follow it under My requests.
    Rq001 = "RQ-001",
    /// This request has already been decided or withdrawn, so it cannot be changed.
    Rq002 = "RQ-002",
    /// Write what the information should say.
    Rq010 = "RQ-010",
    /// That is too long. Please shorten it to 500 characters.
    Rq011 = "RQ-011",
    /// That is too long. Please shorten it to 2000 characters.
    Rq012 = "RQ-012",
    /// That is what we already have. Write what it should say instead.
    Rq013 = "RQ-013",
    /// Write a message before sending.
    Rq014 = "RQ-014",
    /// That is too long. Please shorten it to 2000 characters.
    Rq015 = "RQ-015",
    /// Choose one of the options.
    Rq016 = "RQ-016",
    /// The file is too big. Send a file of up to 5 MB.
    Rq020 = "RQ-020",
    /// This kind of file cannot be accepted. Send a PDF or a photo (JPEG or PNG).
    Rq021 = "RQ-021",
    /// This request already holds as many documents as it can (20 files, 50 MB in all). Write a message …
    Rq022 = "RQ-022",
    /// The e-mail address, password or code is not right. After five wrong tries the account is locked f…
    Sa001 = "SA-001",
    /// Your sign-in took too long. Please start again.
    Sa002 = "SA-002",
    /// Choose a password that is not your e-mail address.
    Sa003 = "SA-003",
    /// This link has expired or was already used. Ask your administrator to send you a new one.
    Sa004 = "SA-004",
    /// Enter your case reference.
    Si001 = "SI-001",
    /// The case reference can only have letters, numbers and dashes, as printed on your papers.
    Si002 = "SI-002",
    /// Enter your date of birth.
    Si003 = "SI-003",
    /// Enter your date of birth as year-month-day, for example 1990-01-31.
    Si004 = "SI-004",
    /// Enter the code from the message we sent you.
    Si005 = "SI-005",
    /// The code has 6 digits. Check the message and try again.
    Si006 = "SI-006",
    /// That code is not right, or it has expired. Check the message and try again.
    Si010 = "SI-010",
    /// This sign-in has expired or was tried too many times. Please start again.
    Si011 = "SI-011",
    /// Too many attempts. Please wait a few minutes and try again.
    Si012 = "SI-012",
    /// Your role does not allow this.
    St001 = "ST-001",
    /// Choose why you need to open this information.
    St010 = "ST-010",
    /// Choose a reason for the extension.
    St011 = "ST-011",
    /// Choose a decision.
    St012 = "ST-012",
    /// Choose at least one reason.
    St013 = "ST-013",
    /// That is too long. Please shorten it to 2000 characters.
    St014 = "ST-014",
    /// Choose a colleague from the list.
    St015 = "ST-015",
    /// Choose a message from the list.
    St016 = "ST-016",
    /// That action does not exist.
    St017 = "ST-017",
    /// A request about one piece of information is either granted or refused, not partly.
    St018 = "ST-018",
    /// This is not possible while the request is in its current state.
    St020 = "ST-020",
    /// The deadline has already been extended once.
    St021 = "ST-021",
    /// The deadline can only be extended within the first month.
    St022 = "ST-022",
    /// An extension is one or two months.
    St023 = "ST-023",
    /// You proposed this decision, so someone else must approve it.
    St024 = "ST-024",
    /// Only the person handling this request can do this. Take it first.
    St025 = "ST-025",
    /// This decision needs a second person's approval first.
    St026 = "ST-026",
    /// Someone else changed this request at the same time. Look at it again and retry.
    St027 = "ST-027",
    /// There is no helper to write to: this request did not come through a helper, or the helper's permi…
    St028 = "ST-028",
}

impl ErrorCode {
    /// The variant whose code is `code`, if there is one.
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL.iter().copied().find(|c| c.as_str() == code)
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        ErrorCode::parse(&code).ok_or_else(|| serde::de::Error::custom("an unknown error code"))
    }
}

/// A problem with one form field, shown beside the field and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's `name`, also the anchor the error summary links to.
    pub field: String,
    /// The stable error code, which is the Fluent id of its explanation.
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: &str, code: ErrorCode) -> Self {
        FieldError { field: field.to_owned(), code }
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
    /// Another change got there first (two people saving the same thing at once): nothing was saved, and trying
    /// again may work.
    #[error("lost a race with another change")]
    Conflict,
    /// The request's lifecycle does not allow this step now; the code says why.
    #[error("refused by the request lifecycle: {0}")]
    Refused(ErrorCode),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl PortalError {
    /// One field's problem, as a form shows it.
    pub fn field(field: &str, code: ErrorCode) -> PortalError {
        PortalError::Invalid(vec![FieldError::new(field, code)])
    }

    /// The stable code, also the Fluent id of the message a person reads.
    pub fn code(&self) -> ErrorCode {
        match self {
            PortalError::Invalid(_) => ErrorCode::Gen400,
            PortalError::CodeRejected => ErrorCode::Si010,
            PortalError::SignInUsedUp => ErrorCode::Si011,
            PortalError::RateLimited => ErrorCode::Si012,
            PortalError::NotSignedIn => ErrorCode::Au001,
            PortalError::DuplicateRequest => ErrorCode::Rq001,
            PortalError::RequestNotOpen => ErrorCode::Rq002,
            PortalError::NotFound => ErrorCode::Gen404,
            PortalError::StaffSignInFailed => ErrorCode::Sa001,
            PortalError::StaffSignInExpired => ErrorCode::Sa002,
            PortalError::EnrolmentLinkInvalid => ErrorCode::Sa004,
            PortalError::Forbidden => ErrorCode::St001,
            PortalError::OutsideMandate => ErrorCode::Md004,
            PortalError::Refused(code) => *code,
            PortalError::Conflict => ErrorCode::Gen409,
            PortalError::Unexpected(_) => ErrorCode::Gen500,
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
            PortalError::DuplicateRequest
            | PortalError::RequestNotOpen
            | PortalError::Refused(_)
            | PortalError::Conflict => StatusCode::CONFLICT,
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
                vec![FieldError::new(form_field, ErrorCode::Gen500)]
            }
            other => vec![FieldError::new(form_field, other.code())],
        }
    }
}
