//! Server functions behind the staff screens: the two sign-in steps (at the staff and the helper door),
//! take-next, opening a category with a reason, and checking the audit chain (the actions on a request are in
//! `case.rs`, the administration screen's in `admin.rs`). Each is thin: the backend checks role, team and
//! lifecycle, and the answer comes back as Post/Redirect/Get with a flash that keeps what was typed.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{back_with, client_address, internal, refused, session},
    crate::env::{session_keys, Door, Flash},
    crate::errors::{FieldError, PortalError},
    crate::pages::requests::valid_reference,
    crate::pages::staff::{
        case_path, CASE_FORM, STAFF_CODE_FORM, STAFF_ENROL_FORM, STAFF_SIGN_IN_FORM, STAFF_WELCOME_FORM,
    },
    crate::staff::{PendingStaff, SecondFactor, SignedInStaff, StaffId},
    crate::{redirect_to as redirect, services, use_env},
    tower_sessions::Session,
};

/// The signed-in staff member, or a redirect to the staff sign-in.
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_staff() -> Result<Option<StaffId>, ServerFnError> {
    match use_env().staff {
        Some(staff) => Ok(Some(staff.id)),
        None => {
            let errors = vec![FieldError::new("email", PortalError::NotSignedIn.code())];
            back_with(&session().await?, Flash::errors(STAFF_SIGN_IN_FORM, BTreeMap::new(), errors), "/staff/sign-in")
                .await?;
            Ok(None)
        }
    }
}

/// The sign-in between the two steps, or back to step one saying it expired.
#[cfg(feature = "ssr")]
async fn pending(session: &Session, door: Door) -> Result<Option<PendingStaff>, ServerFnError> {
    let pending: Option<PendingStaff> = session.get(door.pending_key()).await.map_err(internal)?;
    if pending.is_none() {
        start_again(session, door).await?;
    }
    Ok(pending)
}

#[cfg(feature = "ssr")]
async fn start_again(session: &Session, door: Door) -> Result<(), ServerFnError> {
    session.remove_value(door.pending_key()).await.map_err(internal)?;
    let errors = vec![FieldError::new("email", PortalError::StaffSignInExpired.code())];
    back_with(session, Flash::errors(STAFF_SIGN_IN_FORM, BTreeMap::new(), errors), &door.sign_in_path()).await
}

/// A new session id and nothing of any earlier identity: only this staff member or helper from now on.
#[cfg(feature = "ssr")]
async fn begin_session(session: &Session, door: Door, account: &SignedInStaff) -> Result<(), ServerFnError> {
    session.cycle_id().await.map_err(internal)?;
    for key in [
        session_keys::PERSON,
        session_keys::SIGNED_IN_AT,
        session_keys::PERSON_LOCALE,
        session_keys::STAFF,
        session_keys::STAFF_ROLE,
        session_keys::STAFF_SIGNED_IN_AT,
        session_keys::STAFF_PENDING,
        session_keys::STAFF_OPENED,
        session_keys::HELPER,
        session_keys::HELPER_SIGNED_IN_AT,
        session_keys::HELPER_PENDING,
        session_keys::HELPER_ACTING,
    ] {
        session.remove_value(key).await.map_err(internal)?;
    }
    session.insert(door.id_key(), account.id).await.map_err(internal)?;
    session.insert(door.signed_in_at_key(), account.at).await.map_err(internal)?;
    if door == Door::Staff {
        session.insert(session_keys::STAFF_ROLE, account.role).await.map_err(internal)?;
    }
    Ok(())
}

/// Where a staff member or helper starts: their role's main screen.
pub fn staff_home(role: crate::staff::Role) -> &'static str {
    use crate::staff::Role;
    match role {
        Role::Admin => "/staff/admin",
        Role::Auditor => "/staff/audit",
        Role::Helper => "/helper",
        Role::Caseworker | Role::Reviewer | Role::Dpo => "/staff",
    }
}

#[cfg(feature = "ssr")]
fn sign_in_service(door: Door) -> Result<std::sync::Arc<dyn crate::staff::StaffSignIn>, ServerFnError> {
    let services = services().ok_or_else(|| internal("services missing"))?;
    Ok(match door {
        Door::Staff => services.staff_sign_in,
        Door::Helper => services.helper_sign_in,
    })
}

/// On to the second step at `door`: enrolling the authenticator, or its code.
#[cfg(feature = "ssr")]
async fn to_second_step(
    session: &Session,
    door: Door,
    pending: PendingStaff,
    step: SecondFactor,
) -> Result<(), ServerFnError> {
    session.insert(door.pending_key(), pending).await.map_err(internal)?;
    redirect(&match step {
        SecondFactor::Enrol => format!("{}/sign-in/enrol", door.base()),
        SecondFactor::Code => format!("{}/sign-in/code", door.base()),
    });
    Ok(())
}

/// Step one at either door: e-mail and password.
#[cfg(feature = "ssr")]
async fn password_step(door: Door, email: String, password: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let typed = BTreeMap::from([("email".to_owned(), email.clone())]);
    match sign_in_service(door)?.check_password(&email, &password, &client_address().await).await {
        Ok((pending, step)) => to_second_step(&session, door, pending, step).await,
        Err(error) => {
            back_with(
                &session,
                Flash::errors(STAFF_SIGN_IN_FORM, typed, error.into_field_errors("email")),
                &door.sign_in_path(),
            )
            .await
        }
    }
}

/// First sign-in at either door: confirm the authenticator; the recovery codes are shown next, once.
#[cfg(feature = "ssr")]
async fn enrol_step(door: Door, code: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(pending) = pending(&session, door).await? else { return Ok(()) };
    match sign_in_service(door)?.confirm_enrolment(&pending, &code).await {
        Ok((account, codes)) => {
            begin_session(&session, door, &account).await?;
            session.insert(door.recovery_codes_key(), codes).await.map_err(internal)?;
            redirect(&format!("{}/recovery-codes", door.base()));
            Ok(())
        }
        Err(PortalError::StaffSignInExpired) => start_again(&session, door).await,
        Err(error) => {
            let back = format!("{}/sign-in/enrol", door.base());
            back_with(
                &session,
                Flash::errors(STAFF_ENROL_FORM, BTreeMap::new(), error.into_field_errors("code")),
                &back,
            )
            .await
        }
    }
}

/// An enrolment link at either door: the holder chooses their password, then sets up the authenticator. The
/// password is never kept for re-display.
#[cfg(feature = "ssr")]
async fn welcome_step(door: Door, token: String, password: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let back = door.welcome_path(&token);
    match sign_in_service(door)?.use_enrolment_link(&token, &password, &client_address().await).await {
        Ok((pending, step)) => to_second_step(&session, door, pending, step).await,
        Err(error) => {
            back_with(
                &session,
                Flash::errors(STAFF_WELCOME_FORM, BTreeMap::new(), error.into_field_errors("password")),
                &back,
            )
            .await
        }
    }
}

/// Step two at either door: a code from the authenticator, or a recovery code.
#[cfg(feature = "ssr")]
async fn code_step(door: Door, code: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(pending) = pending(&session, door).await? else { return Ok(()) };
    match sign_in_service(door)?.check_code(&pending, &code, &client_address().await).await {
        Ok(account) => {
            begin_session(&session, door, &account).await?;
            redirect(staff_home(account.role));
            Ok(())
        }
        Err(PortalError::StaffSignInExpired) => start_again(&session, door).await,
        Err(error) => {
            let back = format!("{}/sign-in/code", door.base());
            back_with(&session, Flash::errors(STAFF_CODE_FORM, BTreeMap::new(), error.into_field_errors("code")), &back)
                .await
        }
    }
}

/// Staff step one: e-mail and password.
#[server(name = StaffPassword, prefix = "/api", endpoint = "staff/sign-in")]
pub async fn staff_password(email: String, password: String) -> Result<(), ServerFnError> {
    password_step(Door::Staff, email, password).await
}

/// Staff first sign-in: confirm the authenticator.
#[server(name = StaffEnrol, prefix = "/api", endpoint = "staff/enrol")]
pub async fn staff_enrol(code: String) -> Result<(), ServerFnError> {
    enrol_step(Door::Staff, code).await
}

/// A new staff account's enrolment link: the password its holder chooses.
#[server(name = StaffWelcome, prefix = "/api", endpoint = "staff/welcome")]
pub async fn staff_welcome(token: String, password: String) -> Result<(), ServerFnError> {
    welcome_step(Door::Staff, token, password).await
}

/// Staff step two: the second factor.
#[server(name = StaffCode, prefix = "/api", endpoint = "staff/code")]
pub async fn staff_code(code: String) -> Result<(), ServerFnError> {
    code_step(Door::Staff, code).await
}

/// Helper step one: e-mail and password.
#[server(name = HelperPassword, prefix = "/api", endpoint = "helper/sign-in")]
pub async fn helper_password(email: String, password: String) -> Result<(), ServerFnError> {
    password_step(Door::Helper, email, password).await
}

/// Helper first sign-in: confirm the authenticator.
#[server(name = HelperEnrol, prefix = "/api", endpoint = "helper/enrol")]
pub async fn helper_enrol(code: String) -> Result<(), ServerFnError> {
    enrol_step(Door::Helper, code).await
}

/// A new helper account's enrolment link: the password its holder chooses.
#[server(name = HelperWelcome, prefix = "/api", endpoint = "helper/welcome")]
pub async fn helper_welcome(token: String, password: String) -> Result<(), ServerFnError> {
    welcome_step(Door::Helper, token, password).await
}

/// Helper step two: the second factor.
#[server(name = HelperCode, prefix = "/api", endpoint = "helper/code")]
pub async fn helper_code(code: String) -> Result<(), ServerFnError> {
    code_step(Door::Helper, code).await
}

/// Claims the most urgent unclaimed request and opens it.
#[server(name = TakeNext, prefix = "/api", endpoint = "staff/take-next")]
pub async fn take_next(team: Option<String>) -> Result<(), ServerFnError> {
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let team = team.and_then(|t| t.parse::<i64>().ok());
    match services.desk.take_next(staff, team).await {
        Ok(Some(reference)) => redirect(&case_path(&reference)),
        Ok(None) => redirect("/staff?empty"),
        Err(PortalError::Unexpected(error)) => return Err(internal(error)),
        Err(error) => refused(&error, "/staff"),
    }
    Ok(())
}

/// Opens a category of the record beyond the request, for a stated reason (audited, shown to the person).
#[server(name = OpenCategory, prefix = "/api", endpoint = "staff/open-category")]
pub async fn open_category(reference: String, category: String, reason: String) -> Result<(), ServerFnError> {
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(&reference) {
        refused(&PortalError::NotFound, "/staff");
        return Ok(());
    }
    let session = session().await?;
    match services.desk.open_category(staff, &reference, &category, &reason).await {
        Ok(()) => {
            let mut opened: BTreeMap<String, Vec<String>> =
                session.get(session_keys::STAFF_OPENED).await.map_err(internal)?.unwrap_or_default();
            let list = opened.entry(reference.clone()).or_default();
            if !list.contains(&category) {
                list.push(category.clone());
            }
            session.insert(session_keys::STAFF_OPENED, opened).await.map_err(internal)?;
            redirect(&format!("{}#category-{category}", case_path(&reference)));
            Ok(())
        }
        Err(error) => {
            let typed = BTreeMap::from([("category".to_owned(), category)]);
            back_with(
                &session,
                Flash::errors(CASE_FORM, typed, error.into_field_errors("reason")),
                &case_path(&reference),
            )
            .await
        }
    }
}

/// Recomputes the audit log's hash chain and shows the outcome on the audit page.
#[server(name = VerifyAudit, prefix = "/api", endpoint = "staff/audit/verify")]
pub async fn verify_audit() -> Result<(), ServerFnError> {
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let session = session().await?;
    match services.audit.verify_audit(staff).await {
        Ok(verification) => {
            let breaks =
                verification.breaks.iter().map(|b| format!("{}:{}", b.kind, b.seq)).collect::<Vec<_>>().join(",");
            let values =
                BTreeMap::from([("events".to_owned(), verification.events.to_string()), ("breaks".to_owned(), breaks)]);
            back_with(
                &session,
                Flash::errors(crate::pages::staff::audit::VERIFY_FLASH, values, Vec::new()),
                "/staff/audit",
            )
            .await
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            refused(&error, "/staff/audit");
            Ok(())
        }
    }
}
