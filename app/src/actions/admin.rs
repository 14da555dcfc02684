//! Server functions behind the administration screen: one per form, posting to `/api/staff/admin/<form>`, each
//! calling the one method of the administration service that makes that change. The service checks the role
//! and what was sent; these only read the form and answer with Post/Redirect/Get.

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::staff::signed_in_staff,
    super::{back_with, internal, malformed, session},
    crate::env::{session_keys, Flash},
    crate::errors::PortalError,
    crate::helpers::HelperId,
    crate::i18n::Locale,
    crate::pages::staff::admin::ADMIN_FORM,
    crate::staff::{
        Account, AdminDesk, NewApiKey, NewHelperAccount, NewOrganisation, NewRoutingRule, NewSourceSystem,
        NewStaffAccount, Posted, PurposeChange, Role, ShownOnce, StaffId,
    },
    crate::{redirect_to as redirect, services, use_env},
    std::sync::Arc,
};

/// The signed-in staff member and the administration service, or `None` after a redirect to sign in.
#[cfg(feature = "ssr")]
async fn administrator() -> Result<Option<(StaffId, Arc<dyn AdminDesk>)>, ServerFnError> {
    let Some(me) = signed_in_staff().await? else { return Ok(None) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    Ok(Some((me, services.admin)))
}

/// An id as posted; `None` for anything that is not one.
#[cfg(feature = "ssr")]
fn id(text: &str) -> Option<i64> {
    text.trim().parse().ok()
}

/// A yes-or-no field: `1` or `0`; anything else is refused, never read as "no".
#[cfg(feature = "ssr")]
fn flag(text: &str) -> Option<bool> {
    match text {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// The answer to an administration post: back to the screen saying it is saved, or with the errors and what was
/// typed (`typed`: field name and value).
#[cfg(feature = "ssr")]
async fn answer(outcome: Result<(), PortalError>, typed: &[(&str, &str)]) -> Result<(), ServerFnError> {
    let session = session().await?;
    match outcome {
        Ok(()) => {
            session.insert(session_keys::FLASH, Flash::notice("admin-saved")).await.map_err(internal)?;
            redirect("/staff/admin");
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            let typed = typed.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            back_with(&session, Flash::errors(ADMIN_FORM, typed, error.into_field_errors("action")), "/staff/admin")
                .await
        }
    }
}

/// The team ids ticked on a form.
#[cfg(feature = "ssr")]
fn ticked(teams: Option<Vec<String>>) -> Vec<i64> {
    teams.unwrap_or_default().iter().filter_map(|t| id(t)).collect()
}

#[server(name = AdminCreateStaff, prefix = "/api", endpoint = "staff/admin/create-staff")]
pub async fn create_staff(
    #[server(default)] email: String,
    #[server(default)] name: String,
    #[server(default)] role: String,
    #[server(default)] office: String,
    teams: Option<Vec<String>>,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let account = NewStaffAccount {
        email: email.clone(),
        name: name.clone(),
        role: Role::from_key(&role),
        office: office.clone(),
        teams: ticked(teams),
        locale: use_env().locale,
    };
    let typed = [("email", email.as_str()), ("name", &name), ("role", &role), ("office", &office)];
    answer(admin.create_staff(me, account).await, &typed).await
}

#[server(name = AdminCreateHelper, prefix = "/api", endpoint = "staff/admin/create-helper")]
pub async fn create_helper(
    #[server(default)] organisation: String,
    #[server(default)] helper_email: String,
    #[server(default)] helper_name: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&organisation) {
        Some(organisation) => {
            let (email, name, locale) = (helper_email.clone(), helper_name.clone(), use_env().locale);
            admin.create_helper(me, NewHelperAccount { organisation, email, name, locale }).await
        }
        None => Err(malformed()),
    };
    let typed =
        [("organisation", organisation.as_str()), ("helper_email", &helper_email), ("helper_name", &helper_name)];
    answer(outcome, &typed).await
}

#[server(name = AdminSendEnrolmentLink, prefix = "/api", endpoint = "staff/admin/send-enrolment-link")]
pub async fn send_enrolment_link(#[server(default)] staff: String) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&staff) {
        Some(staff) => admin.send_enrolment_link(me, Account::Staff(StaffId(staff)), use_env().locale).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminSendHelperEnrolmentLink, prefix = "/api", endpoint = "staff/admin/send-helper-enrolment-link")]
pub async fn send_helper_enrolment_link(#[server(default)] helper: String) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&helper) {
        Some(helper) => admin.send_enrolment_link(me, Account::Helper(HelperId(helper)), use_env().locale).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminSetActive, prefix = "/api", endpoint = "staff/admin/set-active")]
pub async fn set_active(
    #[server(default)] staff: String,
    #[server(default)] active: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match (id(&staff), flag(&active)) {
        (Some(staff), Some(active)) => admin.set_active(me, Account::Staff(StaffId(staff)), active).await,
        _ => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminSetHelperActive, prefix = "/api", endpoint = "staff/admin/set-helper-active")]
pub async fn set_helper_active(
    #[server(default)] helper: String,
    #[server(default)] active: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match (id(&helper), flag(&active)) {
        (Some(helper), Some(active)) => admin.set_active(me, Account::Helper(HelperId(helper)), active).await,
        _ => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminResetSecondFactor, prefix = "/api", endpoint = "staff/admin/reset-second-factor")]
pub async fn reset_second_factor(#[server(default)] staff: String) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&staff) {
        Some(staff) => admin.reset_second_factor(me, Account::Staff(StaffId(staff))).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminResetHelperSecondFactor, prefix = "/api", endpoint = "staff/admin/reset-helper-second-factor")]
pub async fn reset_helper_second_factor(#[server(default)] helper: String) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&helper) {
        Some(helper) => admin.reset_second_factor(me, Account::Helper(HelperId(helper))).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminSetTeams, prefix = "/api", endpoint = "staff/admin/set-teams")]
pub async fn set_teams(#[server(default)] staff: String, teams: Option<Vec<String>>) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&staff) {
        Some(staff) => admin.set_teams(me, StaffId(staff), ticked(teams)).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminCreateTeam, prefix = "/api", endpoint = "staff/admin/create-team")]
pub async fn create_team(
    #[server(default)] team_key: String,
    #[server(default)] team_name: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = admin.create_team(me, team_key.clone(), team_name.clone()).await;
    answer(outcome, &[("team_key", &team_key), ("team_name", &team_name)]).await
}

#[server(name = AdminAddRule, prefix = "/api", endpoint = "staff/admin/add-rule")]
pub async fn add_rule(
    kind: Option<String>,
    category: Option<String>,
    locale: Option<String>,
    sensitive: Option<String>,
    #[server(default)] team: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&team) {
        Some(team) => {
            let rule = NewRoutingRule {
                kind: Posted::read(kind.as_deref(), crate::rights::RequestKind::from_key),
                category: Posted::read(category.as_deref(), crate::contract::Category::from_key),
                locale: Posted::read(locale.as_deref(), Locale::from_code),
                sensitive: sensitive.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(|s| s == "1"),
                team,
            };
            admin.add_rule(me, rule).await
        }
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminDeleteRule, prefix = "/api", endpoint = "staff/admin/delete-rule")]
pub async fn delete_rule(#[server(default)] rule: String) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&rule) {
        Some(rule) => admin.delete_rule(me, rule).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminMoveRule, prefix = "/api", endpoint = "staff/admin/move-rule")]
pub async fn move_rule(#[server(default)] rule: String, up: Option<String>) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&rule) {
        Some(rule) => admin.move_rule(me, rule, up.is_some()).await,
        None => Err(malformed()),
    };
    answer(outcome, &[]).await
}

/// A template's text in every locale, in the order of [`Locale::all`]; `prefix` names the form it came from.
#[server(name = AdminSaveTemplate, prefix = "/api", endpoint = "staff/admin/save-template")]
pub async fn save_template(
    #[server(default)] key: String,
    prefix: Option<String>,
    bodies: Option<Vec<String>>,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let bodies: Vec<(String, String)> =
        Locale::all().zip(bodies.unwrap_or_default()).map(|(l, b)| (l.code().to_owned(), b)).collect();
    let prefix = prefix.unwrap_or_default();
    let typed_bodies: Vec<(String, &str)> =
        bodies.iter().map(|(code, body)| (format!("{prefix}:body-{code}"), body.as_str())).collect();
    let mut typed = vec![("key", key.as_str()), ("prefix", prefix.as_str())];
    typed.extend(typed_bodies.iter().map(|(k, v)| (k.as_str(), *v)));
    let outcome = admin.save_template(me, key.clone(), bodies.clone()).await;
    answer(outcome, &typed).await
}

/// A purpose's terms and its name and explanation in every locale, in the order of [`Locale::all`].
#[server(name = AdminSavePurpose, prefix = "/api", endpoint = "staff/admin/save-purpose")]
pub async fn save_purpose(
    #[server(default)] purpose: String,
    prefix: Option<String>,
    #[server(default)] legal_basis: String,
    #[server(default)] retention_days: String,
    recipients: Option<Vec<String>>,
    names: Option<Vec<String>>,
    explanations: Option<Vec<String>>,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let (names, explanations) = (names.unwrap_or_default(), explanations.unwrap_or_default());
    let texts: Vec<(String, String, String)> = Locale::all()
        .enumerate()
        .map(|(i, l)| {
            let text = |list: &[String]| list.get(i).cloned().unwrap_or_default();
            (l.code().to_owned(), text(&names), text(&explanations))
        })
        .collect();
    let prefix = prefix.unwrap_or_default();
    let typed_texts: Vec<(String, &str)> = texts
        .iter()
        .flat_map(|(code, name, explanation)| {
            [(format!("{prefix}:name-{code}"), name.as_str()), (format!("{prefix}:explanation-{code}"), explanation)]
        })
        .collect();
    let mut typed =
        vec![("prefix", prefix.as_str()), ("legal_basis", &legal_basis), ("retention_days", &retention_days)];
    typed.extend(typed_texts.iter().map(|(k, v)| (k.as_str(), *v)));
    let outcome = match id(&purpose) {
        Some(purpose) => {
            let change = PurposeChange {
                purpose,
                legal_basis: legal_basis.clone(),
                retention_days: retention_days.clone(),
                recipients: recipients.unwrap_or_default(),
                texts: texts.clone(),
            };
            admin.save_purpose(me, change).await
        }
        None => Err(malformed()),
    };
    answer(outcome, &typed).await
}

#[server(name = AdminCreateOrganisation, prefix = "/api", endpoint = "staff/admin/create-organisation")]
pub async fn create_organisation(
    #[server(default)] organisation_name: String,
    #[server(default)] organisation_kind: String,
    #[server(default)] contact: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let organisation =
        NewOrganisation { name: organisation_name.clone(), kind: organisation_kind.clone(), contact: contact.clone() };
    let typed = [
        ("organisation_name", organisation_name.as_str()),
        ("organisation_kind", &organisation_kind),
        ("contact", &contact),
    ];
    answer(admin.create_organisation(me, organisation).await, &typed).await
}

#[server(name = AdminSetSuspended, prefix = "/api", endpoint = "staff/admin/set-suspended")]
pub async fn set_suspended(
    #[server(default)] organisation: String,
    #[server(default)] suspended: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match (id(&organisation), flag(&suspended)) {
        (Some(organisation), Some(suspended)) => admin.set_suspended(me, organisation, suspended).await,
        _ => Err(malformed()),
    };
    answer(outcome, &[]).await
}

/// The ticked boxes of a list (`purposes[i]`, `scopes[i]`), trimmed.
#[cfg(feature = "ssr")]
fn boxes(ticked: Option<Vec<String>>) -> Vec<String> {
    ticked.unwrap_or_default().iter().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()).collect()
}

/// After a change that made a secret: it goes into the session to be shown once by the screen, then as
/// [`answer`].
#[cfg(feature = "ssr")]
async fn answer_showing(
    outcome: Result<Option<ShownOnce>, PortalError>,
    typed: &[(&str, &str)],
) -> Result<(), ServerFnError> {
    let outcome = match outcome {
        Ok(Some(shown)) => {
            session().await?.insert(session_keys::ADMIN_SHOWN_ONCE, shown).await.map_err(internal)?;
            Ok(())
        }
        Ok(None) => Ok(()),
        Err(error) => Err(error),
    };
    answer(outcome, typed).await
}

#[server(name = AdminRegisterSourceSystem, prefix = "/api", endpoint = "staff/admin/register-source-system")]
pub async fn register_source_system(
    #[server(default)] system_name: String,
    #[server(default)] system_contact: String,
    purposes: Option<Vec<String>>,
    categories: Option<Vec<String>>,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let system = NewSourceSystem {
        name: system_name.clone(),
        contact: system_contact.clone(),
        purposes: boxes(purposes),
        categories: boxes(categories),
    };
    let (ticked_purposes, ticked_categories) = (system.purposes.join(","), system.categories.join(","));
    let typed = [
        ("system_name", system_name.as_str()),
        ("system_contact", &system_contact),
        ("purposes", &ticked_purposes),
        ("categories", &ticked_categories),
    ];
    answer(admin.register_source_system(me, system).await, &typed).await
}

#[server(name = AdminCreateApiKey, prefix = "/api", endpoint = "staff/admin/create-api-key")]
pub async fn create_api_key(
    #[server(default)] system: String,
    scopes: Option<Vec<String>>,
    #[server(default)] days: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&system) {
        Some(id) => admin.create_api_key(me, NewApiKey { system: id, scopes: boxes(scopes), days: days.clone() }).await,
        None => Err(malformed()),
    };
    let prefix = format!("system-{system}");
    answer_showing(outcome.map(Some), &[("prefix", &prefix), ("days", &days)]).await
}

#[server(name = AdminRevokeApiKey, prefix = "/api", endpoint = "staff/admin/revoke-api-key")]
pub async fn revoke_api_key(
    #[server(default)] system: String,
    #[server(default)] key: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match (id(&system), id(&key)) {
        (Some(system), Some(key)) => admin.revoke_api_key(me, system, key).await,
        _ => Err(malformed()),
    };
    answer(outcome, &[]).await
}

#[server(name = AdminSetWebhook, prefix = "/api", endpoint = "staff/admin/set-webhook")]
pub async fn set_webhook(
    #[server(default)] system: String,
    #[server(default)] webhook_url: String,
) -> Result<(), ServerFnError> {
    let Some((me, admin)) = administrator().await? else { return Ok(()) };
    let outcome = match id(&system) {
        Some(id) => admin.set_webhook(me, id, webhook_url.clone()).await,
        None => Err(malformed()),
    };
    let prefix = format!("system-{system}");
    answer_showing(outcome, &[("prefix", &prefix), ("webhook_url", &webhook_url)]).await
}

/// Every administration form, by the name in its address (`/api/staff/admin/<form>`).
pub fn admin_form_url(form: &str) -> String {
    format!("/api/staff/admin/{form}")
}

#[cfg(test)]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::*;

    #[test]
    fn each_form_posts_to_the_server_function_of_its_name() {
        for (form, url) in [
            ("create-staff", AdminCreateStaff::PATH),
            ("create-helper", AdminCreateHelper::PATH),
            ("send-enrolment-link", AdminSendEnrolmentLink::PATH),
            ("send-helper-enrolment-link", AdminSendHelperEnrolmentLink::PATH),
            ("set-active", AdminSetActive::PATH),
            ("set-helper-active", AdminSetHelperActive::PATH),
            ("reset-second-factor", AdminResetSecondFactor::PATH),
            ("reset-helper-second-factor", AdminResetHelperSecondFactor::PATH),
            ("set-teams", AdminSetTeams::PATH),
            ("create-team", AdminCreateTeam::PATH),
            ("add-rule", AdminAddRule::PATH),
            ("delete-rule", AdminDeleteRule::PATH),
            ("move-rule", AdminMoveRule::PATH),
            ("save-template", AdminSaveTemplate::PATH),
            ("save-purpose", AdminSavePurpose::PATH),
            ("create-organisation", AdminCreateOrganisation::PATH),
            ("set-suspended", AdminSetSuspended::PATH),
            ("register-source-system", AdminRegisterSourceSystem::PATH),
            ("create-api-key", AdminCreateApiKey::PATH),
            ("revoke-api-key", AdminRevokeApiKey::PATH),
            ("set-webhook", AdminSetWebhook::PATH),
        ] {
            assert_eq!(admin_form_url(form), url);
        }
    }
}
