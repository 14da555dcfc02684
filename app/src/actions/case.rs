//! Server functions behind the actions on a request's case page: one per form, posting to
//! `/api/staff/case/<action>`. Each reads its form into a [`CaseAction`]; the backend checks role, team,
//! assignment and whether the request's lifecycle allows the step.

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::staff::signed_in_staff,
    super::{back_with, internal, malformed, refused, session},
    crate::env::{session_keys, Flash},
    crate::errors::PortalError,
    crate::pages::requests::valid_reference,
    crate::pages::staff::{case_path, CASE_FORM},
    crate::rights::{Outcome, Recipient},
    crate::staff::{CaseAction, StaffId},
    crate::{redirect_to as redirect, services},
};

/// Carries out `action` (the form's name) on request `reference`, or refuses it as a form that made no sense
/// (`None`: an id or version that is none). Answers with the case page, saying it is done or showing the errors
/// with `typed` (field name and value) kept.
#[cfg(feature = "ssr")]
async fn act(
    reference: &str,
    action: &'static str,
    parsed: Option<CaseAction>,
    typed: &[(&str, &str)],
) -> Result<(), ServerFnError> {
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(reference) {
        refused(&PortalError::NotFound, "/staff");
        return Ok(());
    }
    let session = session().await?;
    let outcome = match parsed {
        Some(parsed) => services.desk.act(staff, reference, parsed).await,
        None => Err(malformed()),
    };
    match outcome {
        Ok(()) => {
            session
                .insert(session_keys::FLASH, Flash::notice(&format!("staff-done-{action}")))
                .await
                .map_err(internal)?;
            redirect(&case_path(reference));
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            // `action` reopens the form that was posted.
            let typed =
                [("action", action)].iter().chain(typed).map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            back_with(
                &session,
                Flash::errors(CASE_FORM, typed, error.into_field_errors("action")),
                &case_path(reference),
            )
            .await
        }
    }
}

/// A version or staff id as posted.
#[cfg(feature = "ssr")]
fn number(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

#[server(name = CaseClaim, prefix = "/api", endpoint = "staff/case/claim")]
pub async fn claim(#[server(default)] reference: String) -> Result<(), ServerFnError> {
    act(&reference, "claim", Some(CaseAction::Claim), &[]).await
}

/// Gives the request to a colleague of the team (reviewers).
#[server(name = CaseReassign, prefix = "/api", endpoint = "staff/case/reassign")]
pub async fn reassign(
    #[server(default)] reference: String,
    #[server(default)] to: String,
) -> Result<(), ServerFnError> {
    act(&reference, "reassign", number(&to).map(|to| CaseAction::Reassign { to: StaffId(to) }), &[]).await
}

/// A templated message with an optional note, to the person or to the helper who filed the request.
#[server(name = CaseMessage, prefix = "/api", endpoint = "staff/case/message")]
pub async fn message(
    #[server(default)] reference: String,
    #[server(default)] template: String,
    note: Option<String>,
    recipient: Option<String>,
) -> Result<(), ServerFnError> {
    // Anything but the helper is the person.
    let to = recipient.as_deref().and_then(Recipient::from_key).unwrap_or(Recipient::Person);
    let typed = [("template", template.as_str()), ("note", note.as_deref().unwrap_or("")), ("recipient", to.key())];
    let parsed = CaseAction::Message { template: template.clone(), note: note.clone(), to };
    act(&reference, "message", Some(parsed), &typed).await
}

/// Asks the person for information; about their identity, it stops the clock.
#[server(name = CaseAskInformation, prefix = "/api", endpoint = "staff/case/ask-information")]
pub async fn ask_information(
    #[server(default)] reference: String,
    #[server(default)] template: String,
    note: Option<String>,
    identity: Option<String>,
) -> Result<(), ServerFnError> {
    let typed = [("template", template.as_str()), ("note", note.as_deref().unwrap_or(""))];
    let parsed =
        CaseAction::AskInformation { template: template.clone(), note: note.clone(), identity: identity.is_some() };
    act(&reference, "ask-information", Some(parsed), &typed).await
}

/// Goes on without the information asked for.
#[server(name = CaseResume, prefix = "/api", endpoint = "staff/case/resume")]
pub async fn resume(#[server(default)] reference: String) -> Result<(), ServerFnError> {
    act(&reference, "resume", Some(CaseAction::Resume), &[]).await
}

#[server(name = CaseExtend, prefix = "/api", endpoint = "staff/case/extend")]
pub async fn extend(
    #[server(default)] reference: String,
    #[server(default)] months: String,
    #[server(default)] reason: String,
) -> Result<(), ServerFnError> {
    let parsed = CaseAction::Extend { months: months.trim().parse().unwrap_or(0), reason };
    act(&reference, "extend", Some(parsed), &[]).await
}

/// A decision with its reasons and a note to the person; an outcome that is none is refused (ST-012).
#[server(name = CaseDecide, prefix = "/api", endpoint = "staff/case/decide")]
pub async fn decide(
    #[server(default)] reference: String,
    #[server(default)] outcome: String,
    reasons: Option<Vec<String>>,
    note: Option<String>,
) -> Result<(), ServerFnError> {
    let typed = [("note", note.as_deref().unwrap_or(""))];
    let parsed = CaseAction::Decide {
        outcome: Outcome::from_key(&outcome),
        reasons: reasons.unwrap_or_default(),
        note: note.clone(),
    };
    act(&reference, "decide", Some(parsed), &typed).await
}

/// A second person approves a proposal as it stood at `version`.
#[server(name = CaseApprove, prefix = "/api", endpoint = "staff/case/approve")]
pub async fn approve(
    #[server(default)] reference: String,
    #[server(default)] version: String,
) -> Result<(), ServerFnError> {
    act(&reference, "approve", number(&version).map(|version| CaseAction::Approve { version }), &[]).await
}

/// A second person sends a proposal back to its author.
#[server(name = CaseSendBack, prefix = "/api", endpoint = "staff/case/send-back")]
pub async fn send_back(
    #[server(default)] reference: String,
    #[server(default)] version: String,
) -> Result<(), ServerFnError> {
    act(&reference, "send-back", number(&version).map(|version| CaseAction::SendBack { version }), &[]).await
}

/// Where the form for `action` on a case posts.
pub fn case_action_url(action: &str) -> String {
    format!("/api/staff/case/{action}")
}

#[cfg(test)]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::*;

    #[test]
    fn each_case_form_posts_to_the_server_function_of_its_name() {
        for (action, path) in [
            ("claim", CaseClaim::PATH),
            ("reassign", CaseReassign::PATH),
            ("message", CaseMessage::PATH),
            ("ask-information", CaseAskInformation::PATH),
            ("resume", CaseResume::PATH),
            ("extend", CaseExtend::PATH),
            ("decide", CaseDecide::PATH),
            ("approve", CaseApprove::PATH),
            ("send-back", CaseSendBack::PATH),
        ] {
            assert_eq!(case_action_url(action), path);
        }
    }
}
