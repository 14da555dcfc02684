//! Server functions behind the staff screens: the two sign-in steps, take-next, opening a category with a
//! reason, and the actions on a request. Each is thin: the backend checks role, team and lifecycle, and the
//! answer comes back as Post/Redirect/Get with a flash that keeps what was typed.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{client_address, fail, internal, refused, session},
    crate::env::{session_keys, Door, Flash},
    crate::errors::{ErrorCode, FieldError, PortalError},
    crate::pages::requests::valid_reference,
    crate::pages::staff::{
        case_path, CASE_FORM, STAFF_CODE_FORM, STAFF_ENROL_FORM, STAFF_SIGN_IN_FORM, STAFF_WELCOME_FORM,
    },
    crate::staff::{CaseAction, PendingStaff, SecondFactor, SignedInStaff},
    crate::{redirect_to as redirect, services, use_env},
    tower_sessions::Session,
};

/// The signed-in staff member, or a redirect to the staff sign-in.
#[cfg(feature = "ssr")]
pub(crate) async fn signed_in_staff() -> Result<Option<i64>, ServerFnError> {
    match use_env().staff {
        Some(staff) => Ok(Some(staff.id)),
        None => {
            let errors = vec![FieldError::new("email", PortalError::NotSignedIn.code())];
            fail(&session().await?, Flash::errors(STAFF_SIGN_IN_FORM, BTreeMap::new(), errors), "/staff/sign-in")
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
    fail(session, Flash::errors(STAFF_SIGN_IN_FORM, BTreeMap::new(), errors), &door.sign_in_path()).await
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
            fail(
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
            fail(&session, Flash::errors(STAFF_ENROL_FORM, BTreeMap::new(), error.into_field_errors("code")), &back)
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
            fail(
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
            fail(&session, Flash::errors(STAFF_CODE_FORM, BTreeMap::new(), error.into_field_errors("code")), &back)
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
            fail(&session, Flash::errors(CASE_FORM, typed, error.into_field_errors("reason")), &case_path(&reference))
                .await
        }
    }
}

/// One action on a request. `action` says which; the other fields are those its form has.
#[server(name = StaffAct, prefix = "/api", endpoint = "staff/act")]
#[allow(clippy::too_many_arguments)]
pub async fn staff_act(
    reference: String,
    action: String,
    to: Option<String>,
    template: Option<String>,
    note: Option<String>,
    recipient: Option<String>,
    identity: Option<String>,
    months: Option<String>,
    reason: Option<String>,
    outcome: Option<String>,
    reasons: Option<Vec<String>>,
    version: Option<String>,
) -> Result<(), ServerFnError> {
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(&reference) {
        refused(&PortalError::NotFound, "/staff");
        return Ok(());
    }
    let typed: BTreeMap<String, String> = [
        ("action", Some(action.clone())),
        ("note", note.clone()),
        ("template", template.clone()),
        ("recipient", recipient.clone()),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v)))
    .collect();
    let template = template.unwrap_or_default();
    let parsed = match action.as_str() {
        "claim" => Some(CaseAction::Claim),
        "reassign" => to.and_then(|t| t.parse().ok()).map(|to| CaseAction::Reassign { to }),
        "message" => Some(CaseAction::Message {
            template,
            note,
            to: recipient
                .as_deref()
                .and_then(crate::rights::Recipient::from_key)
                .unwrap_or(crate::rights::Recipient::Person),
        }),
        "ask-information" => Some(CaseAction::AskInformation { template, note, identity: identity.is_some() }),
        "resume" => Some(CaseAction::Resume),
        "extend" => Some(CaseAction::Extend {
            months: months.and_then(|m| m.parse().ok()).unwrap_or(0),
            reason: reason.unwrap_or_default(),
        }),
        "decide" => Some(CaseAction::Decide {
            outcome: outcome.as_deref().and_then(crate::rights::Outcome::from_key),
            reasons: reasons.unwrap_or_default(),
            note,
        }),
        "approve" => version.as_deref().and_then(|v| v.parse().ok()).map(|version| CaseAction::Approve { version }),
        "send-back" => version.as_deref().and_then(|v| v.parse().ok()).map(|version| CaseAction::SendBack { version }),
        _ => None,
    };
    let session = session().await?;
    let outcome = match parsed {
        Some(parsed) => services.desk.act(staff, &reference, parsed).await,
        None => Err(PortalError::Invalid(vec![FieldError::new("action", ErrorCode::St017)])),
    };
    match outcome {
        Ok(()) => {
            session
                .insert(session_keys::FLASH, Flash::notice(&format!("staff-done-{action}")))
                .await
                .map_err(internal)?;
            redirect(&case_path(&reference));
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            fail(&session, Flash::errors(CASE_FORM, typed, error.into_field_errors("action")), &case_path(&reference))
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
            fail(&session, Flash::errors(crate::pages::staff::audit::VERIFY_FLASH, values, Vec::new()), "/staff/audit")
                .await
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            refused(&error, "/staff/audit");
            Ok(())
        }
    }
}

/// One change on the administration screen. `action` says which; the other fields are those its form has.
#[server(name = AdminAct, prefix = "/api", endpoint = "staff/admin")]
#[allow(clippy::too_many_arguments)]
pub async fn admin_act(
    action: String,
    staff: Option<String>,
    active: Option<String>,
    email: Option<String>,
    name: Option<String>,
    role: Option<String>,
    office: Option<String>,
    teams: Option<Vec<String>>,
    team_key: Option<String>,
    team_name: Option<String>,
    kind: Option<String>,
    category: Option<String>,
    locale: Option<String>,
    sensitive: Option<String>,
    team: Option<String>,
    rule: Option<String>,
    up: Option<String>,
    key: Option<String>,
    prefix: Option<String>,
    bodies: Option<Vec<String>>,
    purpose: Option<String>,
    legal_basis: Option<String>,
    retention_days: Option<String>,
    recipients: Option<Vec<String>>,
    names: Option<Vec<String>>,
    explanations: Option<Vec<String>>,
    organisation: Option<String>,
    organisation_name: Option<String>,
    organisation_kind: Option<String>,
    contact: Option<String>,
    suspended: Option<String>,
    helper: Option<String>,
    helper_email: Option<String>,
    helper_name: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::i18n::Locale;
    use crate::pages::staff::admin::ADMIN_FORM;
    use crate::staff::AdminAction;
    let Some(me) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let id = |v: &Option<String>| v.as_deref().and_then(|v| v.parse::<i64>().ok());
    // A yes-or-no field is `1` or `0`; anything else is refused, never read as "no".
    let flag = |v: &Option<String>| match v.as_deref() {
        Some("1") => Some(true),
        Some("0") => Some(false),
        _ => None,
    };
    let some = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let teams: Vec<i64> = teams.unwrap_or_default().iter().filter_map(|t| t.parse().ok()).collect();
    let bodies: Vec<(String, String)> =
        Locale::all().zip(bodies.unwrap_or_default()).map(|(l, b)| (l.code().to_owned(), b)).collect();
    let mut typed = BTreeMap::new();
    for (field, value) in [
        ("email", &email),
        ("name", &name),
        ("role", &role),
        ("office", &office),
        ("team_key", &team_key),
        ("team_name", &team_name),
        ("key", &key),
        ("prefix", &prefix),
        ("organisation_name", &organisation_name),
        ("organisation_kind", &organisation_kind),
        ("contact", &contact),
        ("helper_email", &helper_email),
        ("helper_name", &helper_name),
        ("organisation", &organisation),
    ] {
        if let Some(value) = value {
            typed.insert(field.to_owned(), value.clone());
        }
    }
    let form_prefix = prefix.clone().unwrap_or_default();
    for (code, body) in &bodies {
        typed.insert(format!("{form_prefix}:body-{code}"), body.clone());
    }
    let names = names.unwrap_or_default();
    let explanations = explanations.unwrap_or_default();
    let texts: Vec<(String, String, String)> = Locale::all()
        .enumerate()
        .map(|(i, l)| {
            let name = names.get(i).cloned().unwrap_or_default();
            let explanation = explanations.get(i).cloned().unwrap_or_default();
            (l.code().to_owned(), name, explanation)
        })
        .collect();
    if action == "save-purpose" {
        for (code, name, explanation) in &texts {
            typed.insert(format!("{form_prefix}:name-{code}"), name.clone());
            typed.insert(format!("{form_prefix}:explanation-{code}"), explanation.clone());
        }
        for (field, value) in [("legal_basis", &legal_basis), ("retention_days", &retention_days)] {
            if let Some(value) = value {
                typed.insert(field.to_owned(), value.clone());
            }
        }
    }
    let parsed = match action.as_str() {
        "create-staff" => Some(AdminAction::CreateStaff {
            email: email.unwrap_or_default(),
            name: name.unwrap_or_default(),
            role: role.as_deref().and_then(crate::staff::Role::from_key),
            office: office.unwrap_or_default(),
            teams,
            locale: use_env().locale.code().to_owned(),
        }),
        "send-enrolment-link" => {
            id(&staff).map(|staff| AdminAction::SendEnrolmentLink { staff, locale: use_env().locale.code().to_owned() })
        }
        "set-active" => id(&staff).zip(flag(&active)).map(|(staff, active)| AdminAction::SetActive { staff, active }),
        "reset-second-factor" => id(&staff).map(|staff| AdminAction::ResetSecondFactor { staff }),
        "set-teams" => id(&staff).map(|staff| AdminAction::SetTeams { staff, teams }),
        "create-team" => {
            Some(AdminAction::CreateTeam { key: team_key.unwrap_or_default(), name: team_name.unwrap_or_default() })
        }
        "add-rule" => id(&team).map(|team| AdminAction::AddRule {
            kind: some(kind),
            category: some(category),
            locale: some(locale),
            sensitive: some(sensitive).map(|s| s == "1"),
            team,
        }),
        "delete-rule" => id(&rule).map(|rule| AdminAction::DeleteRule { rule }),
        "move-rule" => id(&rule).map(|rule| AdminAction::MoveRule { rule, up: up.is_some() }),
        "save-template" => Some(AdminAction::SaveTemplate { key: key.unwrap_or_default(), bodies }),
        "create-organisation" => Some(AdminAction::CreateOrganisation {
            name: organisation_name.unwrap_or_default(),
            kind: organisation_kind.unwrap_or_default(),
            contact: contact.unwrap_or_default(),
        }),
        "set-suspended" => id(&organisation)
            .zip(flag(&suspended))
            .map(|(organisation, suspended)| AdminAction::SetSuspended { organisation, suspended }),
        "create-helper" => id(&organisation).map(|organisation| AdminAction::CreateHelper {
            organisation,
            email: helper_email.unwrap_or_default(),
            name: helper_name.unwrap_or_default(),
            locale: use_env().locale.code().to_owned(),
        }),
        "send-helper-enrolment-link" => id(&helper)
            .map(|helper| AdminAction::SendHelperEnrolmentLink { helper, locale: use_env().locale.code().to_owned() }),
        "set-helper-active" => {
            id(&helper).zip(flag(&active)).map(|(helper, active)| AdminAction::SetHelperActive { helper, active })
        }
        "reset-helper-second-factor" => id(&helper).map(|helper| AdminAction::ResetHelperSecondFactor { helper }),
        "save-purpose" => id(&purpose).map(|purpose| AdminAction::SavePurpose {
            purpose,
            legal_basis: legal_basis.unwrap_or_default(),
            retention_days: retention_days.unwrap_or_default(),
            recipients: recipients.unwrap_or_default(),
            texts,
        }),
        _ => None,
    };
    let session = session().await?;
    let outcome = match parsed {
        Some(parsed) => services.admin.administer(me, parsed).await,
        None => Err(PortalError::Invalid(vec![FieldError::new("action", ErrorCode::St017)])),
    };
    match outcome {
        Ok(()) => {
            session.insert(session_keys::FLASH, Flash::notice("admin-saved")).await.map_err(internal)?;
            redirect("/staff/admin");
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            fail(&session, Flash::errors(ADMIN_FORM, typed, error.into_field_errors("action")), "/staff/admin").await
        }
    }
}
