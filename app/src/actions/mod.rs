//! Server functions behind the migrant forms. Each is thin: read the session, parse the input into validated
//! types, call a backend service, then Post/Redirect/Get with a flash that keeps what the person typed.

mod admin;
mod breaches;
mod case;
mod complaints;
mod consent;
mod mandates;
mod recipients;
mod requests;
mod sign_in;
mod staff;

pub use admin::{
    admin_form_url, AdminAddRule, AdminCreateHelper, AdminCreateOrganisation, AdminCreateStaff, AdminCreateTeam,
    AdminDeleteRule, AdminMoveRule, AdminResetHelperSecondFactor, AdminResetSecondFactor, AdminSavePurpose,
    AdminSaveTemplate, AdminSendEnrolmentLink, AdminSendHelperEnrolmentLink, AdminSetActive, AdminSetHelperActive,
    AdminSetSuspended, AdminSetTeams,
};
pub use breaches::{AddBreachPeople, AddBreachUpdate, NotifyBreachPeople, RecordBreach, TellAuthority};
pub use case::{
    case_action_url, CaseApprove, CaseAskInformation, CaseClaim, CaseDecide, CaseExtend, CaseMessage, CaseReassign,
    CaseResume, CaseSendBack,
};
pub use complaints::{FileComplaint, LookUpComplaint};
pub use consent::SetConsent;
pub use mandates::{ActFor, GrantMandate, PrintMandateCode, RedeemMandate, RevokeMandate, StartAssisted, StopActing};
pub use recipients::AddRecipient;
pub use requests::{AddInformation, FileRequest, WithdrawRequest};
pub use sign_in::{SignOut, StartSignIn, VerifySignInCode};
pub use staff::{
    staff_home, HelperCode, HelperEnrol, HelperPassword, HelperWelcome, OpenCategory, StaffCode, StaffEnrol,
    StaffPassword, StaffWelcome, TakeNext, VerifyAudit,
};

#[cfg(feature = "ssr")]
use {
    crate::env::{session_keys, Flash},
    crate::errors::ErrorCode,
    crate::redirect_to as redirect,
    leptos::server_fn::error::ServerFnError,
    tower_sessions::Session,
};

#[cfg(feature = "ssr")]
fn internal(error: impl std::fmt::Display) -> ServerFnError {
    tracing::error!(error = %error, "server function failed");
    ServerFnError::new(ErrorCode::Gen500.as_str())
}

#[cfg(feature = "ssr")]
async fn session() -> Result<Session, ServerFnError> {
    leptos_axum::extract::<Session>().await.map_err(internal)
}

/// The client's address, as the server found it (see `AMANA_CLIENT_IP_SOURCE`): the key of per-client limits.
#[cfg(feature = "ssr")]
async fn client_address() -> String {
    crate::use_env().client
}

/// The response header that names the codes of a refused post (`SI-004,SI-006`): what the error summary on the
/// next page will say, for a client that does not follow the redirect (and for the tests that check who may do
/// what). Codes only, never what was typed.
pub const ERROR_CODES_HEADER: &str = "amana-error-codes";

/// Names `codes` in [`ERROR_CODES_HEADER`] of this response.
#[cfg(feature = "ssr")]
fn name_codes(codes: &str) {
    if let (Some(response), Ok(value)) =
        (leptos::prelude::use_context::<leptos_axum::ResponseOptions>(), axum::http::HeaderValue::from_str(codes))
    {
        response.insert_header(axum::http::HeaderName::from_static(ERROR_CODES_HEADER), value);
    }
}

/// The answer to a post whose fields do not make an action at all (an id or version that is none): ST-017.
#[cfg(feature = "ssr")]
fn malformed() -> crate::errors::PortalError {
    crate::errors::PortalError::Invalid(vec![crate::errors::FieldError::new("action", ErrorCode::St017)])
}

/// Answers a refused post that has nothing to show on a form (an object that is not the actor's, a role that may
/// not): a redirect to `to`, with the refusal's code in [`ERROR_CODES_HEADER`].
#[cfg(feature = "ssr")]
fn refused(error: &crate::errors::PortalError, to: &str) {
    name_codes(error.code().as_str());
    redirect(to);
}

/// Answers a post with a flash for the page it goes back to: its errors with what was typed (kept in the session
/// and their codes named in [`ERROR_CODES_HEADER`]), or a one-time value that page shows (a code, a result), then
/// a redirect to `back_to`.
#[cfg(feature = "ssr")]
async fn back_with(session: &Session, flash: Flash, back_to: &str) -> Result<(), ServerFnError> {
    let codes = flash.errors.iter().map(|e| e.code.as_str()).collect::<Vec<_>>().join(",");
    session.insert(session_keys::FLASH, flash).await.map_err(internal)?;
    if !codes.is_empty() {
        name_codes(&codes);
    }
    redirect(back_to);
    Ok(())
}

/// Who acts: the signed-in person, or a helper acting for someone under a mandate that is active now. Otherwise
/// a redirect: a helper (whose mandate may have ended while the form was open) to their list, anyone else to sign
/// in. The backend checks the mandate's scope again.
#[cfg(feature = "ssr")]
pub(crate) async fn acting_person() -> Result<Option<crate::contract::Acting>, ServerFnError> {
    let env = crate::use_env();
    match env.acting() {
        Some(who) => Ok(Some(who)),
        None if env.helper.is_some() => {
            redirect("/helper");
            Ok(None)
        }
        None => signed_in_person().await.map(|person| person.map(crate::contract::Acting::person)),
    }
}

/// The signed-in helper, or a redirect to the helper sign-in.
#[cfg(feature = "ssr")]
pub(crate) fn signed_in_helper() -> Option<crate::helpers::HelperId> {
    let helper = crate::use_env().helper;
    if helper.is_none() {
        redirect("/helper/sign-in");
    }
    helper
}

/// The signed-in person, or a redirect to sign in (the session may have ended while the form was open).
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_person() -> Result<Option<crate::contract::PersonId>, ServerFnError> {
    match crate::use_env().viewer {
        Some(person) => Ok(Some(person)),
        None => {
            let errors =
                vec![crate::errors::FieldError::new("case_reference", crate::errors::PortalError::NotSignedIn.code())];
            back_with(
                &session().await?,
                Flash::errors("sign-in", std::collections::BTreeMap::new(), errors),
                "/sign-in",
            )
            .await?;
            Ok(None)
        }
    }
}
