//! The staff screens: sign-in with a second factor, the team queues, and one request with its actions.

pub(crate) mod admin;
pub(crate) mod audit;
pub(crate) mod breaches;
mod case;
mod mandates;
mod queue;
pub(crate) mod recipients;
mod sign_in;
mod source_systems;

pub use admin::AdminPage;
pub use audit::AuditLogPage;
pub use breaches::{BreachPage, BreachesPage};
pub use case::CasePage;
pub use mandates::{StaffMandateCodePage, StaffMandatesPage};
pub use queue::QueuePage;
pub use recipients::RecipientRegisterPage;
pub use sign_in::{
    HelperCodePage, HelperEnrolPage, HelperRecoveryCodesPage, HelperSignInPage, HelperWelcomePage, RecoveryCodesPage,
    StaffCodePage, StaffEnrolPage, StaffSignInPage, StaffWelcomePage,
};

use crate::env::StaffViewer;
use crate::use_env;

/// Form names, to match a flash to its form.
pub const STAFF_SIGN_IN_FORM: &str = "staff-sign-in";
pub const STAFF_ENROL_FORM: &str = "staff-enrol";
pub const STAFF_CODE_FORM: &str = "staff-code";
pub const STAFF_WELCOME_FORM: &str = "staff-welcome";
pub const CASE_FORM: &str = "case";

/// The staff page of one request.
pub fn case_path(reference: &str) -> String {
    format!("/staff/requests/{reference}")
}

/// The signed-in staff member, or a redirect to the staff sign-in.
pub(crate) fn staff_or_sign_in() -> Option<StaffViewer> {
    let staff = use_env().staff;
    if staff.is_none() {
        crate::redirect_to("/staff/sign-in");
    }
    staff
}
