//! Server functions behind the breach register's forms (`/api/staff/breaches/<form>`): read the form, call the
//! one `BreachDesk` method (which checks the role before it reads anything), answer with Post/Redirect/Get (what
//! was typed kept on an error).

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::staff::signed_in_staff,
    super::{back_with, internal, session},
    crate::breaches::{AuthorityNotice, BreachDesk, BreachForm},
    crate::env::{session_keys, Flash},
    crate::errors::{ErrorCode, PortalError},
    crate::pages::staff::breaches::{breach_path, BREACHES_PATH, BREACH_FORM},
    crate::redirect_to as redirect,
    crate::services,
    crate::staff::StaffId,
    std::collections::BTreeMap,
    std::sync::Arc,
};

/// The signed-in staff member and the register, or `None` after a redirect to sign in.
#[cfg(feature = "ssr")]
async fn register() -> Result<Option<(StaffId, Arc<dyn BreachDesk>)>, ServerFnError> {
    let Some(me) = signed_in_staff().await? else { return Ok(None) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    Ok(Some((me, services.breaches)))
}

/// The answer to a post: to `done_at` with `notice`, or back to `back_to` with the errors and what was typed.
#[cfg(feature = "ssr")]
async fn answer(
    outcome: Result<(), PortalError>,
    typed: BTreeMap<String, String>,
    (back_to, done_at): (&str, &str),
    notice: &str,
) -> Result<(), ServerFnError> {
    let session = session().await?;
    match outcome {
        Ok(()) => {
            session.insert(session_keys::FLASH, Flash::notice(notice)).await.map_err(internal)?;
            redirect(done_at);
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            back_with(&session, Flash::errors(BREACH_FORM, typed, error.into_field_errors("action")), back_to).await
        }
    }
}

#[cfg(feature = "ssr")]
fn typed(fields: &[(&str, &str)]) -> BTreeMap<String, String> {
    fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

#[server(name = RecordBreach, prefix = "/api", endpoint = "staff/breaches/record")]
#[allow(clippy::too_many_arguments)]
pub async fn record_breach(
    #[server(default)] discovered_at: String,
    #[server(default)] aware_at: String,
    #[server(default)] processor_reported_at: String,
    #[server(default)] nature: String,
    #[server(default)] description: String,
    categories: Option<Vec<String>>,
    #[server(default)] approx_people: String,
    #[server(default)] approx_records: String,
    consequences: Option<Vec<String>>,
    measures: Option<Vec<String>>,
    advice: Option<Vec<String>>,
    #[server(default)] risk: String,
    #[server(default)] risk_reasoning: String,
) -> Result<(), ServerFnError> {
    let Some((me, register)) = register().await? else { return Ok(()) };
    let form = BreachForm {
        discovered_at,
        aware_at,
        processor_reported_at,
        nature,
        description,
        categories: categories.unwrap_or_default(),
        approx_people,
        approx_records,
        consequences: consequences.unwrap_or_default(),
        measures: measures.unwrap_or_default(),
        advice: advice.unwrap_or_default(),
        risk,
        risk_reasoning,
    };
    let lists = [("categories", &form.categories), ("consequences", &form.consequences)]
        .into_iter()
        .chain([("measures", &form.measures), ("advice", &form.advice)])
        .map(|(name, list)| (name.to_owned(), list.join(",")));
    let typed: BTreeMap<String, String> = typed(&[
        ("discovered_at", &form.discovered_at),
        ("aware_at", &form.aware_at),
        ("processor_reported_at", &form.processor_reported_at),
        ("nature", &form.nature),
        ("description", &form.description),
        ("approx_people", &form.approx_people),
        ("approx_records", &form.approx_records),
        ("risk", &form.risk),
        ("risk_reasoning", &form.risk_reasoning),
    ])
    .into_iter()
    .chain(lists)
    .collect();
    match register.record_breach(me, form).await {
        Ok(reference) => answer(Ok(()), typed, (BREACHES_PATH, &breach_path(&reference)), "breach-recorded").await,
        Err(error) => answer(Err(error), typed, (BREACHES_PATH, BREACHES_PATH), "").await,
    }
}

#[server(name = TellAuthority, prefix = "/api", endpoint = "staff/breaches/tell-authority")]
pub async fn tell_authority(
    #[server(default)] breach: String,
    #[server(default)] told_at: String,
    #[server(default)] authority_reference: String,
    #[server(default)] delay_reason: String,
) -> Result<(), ServerFnError> {
    let Some((me, register)) = register().await? else { return Ok(()) };
    let path = breach_path(&breach);
    let typed =
        typed(&[("told_at", &told_at), ("authority_reference", &authority_reference), ("delay_reason", &delay_reason)]);
    let notice = AuthorityNotice { at: told_at, reference: authority_reference, delay_reason };
    let outcome = register.tell_authority(me, &breach, notice).await;
    answer(outcome, typed, (&path, &path), "breach-authority-recorded").await
}

#[server(name = AddBreachUpdate, prefix = "/api", endpoint = "staff/breaches/add-update")]
pub async fn add_breach_update(
    #[server(default)] breach: String,
    #[server(default)] update: String,
) -> Result<(), ServerFnError> {
    let Some((me, register)) = register().await? else { return Ok(()) };
    let path = breach_path(&breach);
    let outcome = register.add_update(me, &breach, update.clone()).await;
    answer(outcome, typed(&[("update", &update)]), (&path, &path), "breach-update-added").await
}

#[server(name = AddBreachPeople, prefix = "/api", endpoint = "staff/breaches/add-people")]
pub async fn add_breach_people(
    #[server(default)] breach: String,
    #[server(default)] people: String,
) -> Result<(), ServerFnError> {
    let Some((me, register)) = register().await? else { return Ok(()) };
    let path = breach_path(&breach);
    let (outcome, kept) = match register.add_people(me, &breach, &people).await {
        // Lines that matched nobody stay in the box, alone, for the DPO to correct; nobody was added.
        Ok(added) if !added.unknown.is_empty() => {
            (Err(PortalError::field("people", ErrorCode::Br005)), added.unknown.join("\n"))
        }
        Ok(_) => (Ok(()), String::new()),
        Err(error) => (Err(error), people),
    };
    answer(outcome, typed(&[("people", &kept)]), (&path, &path), "breach-people-added").await
}

#[server(name = NotifyBreachPeople, prefix = "/api", endpoint = "staff/breaches/notify-people")]
pub async fn notify_breach_people(#[server(default)] breach: String) -> Result<(), ServerFnError> {
    let Some((me, register)) = register().await? else { return Ok(()) };
    let path = breach_path(&breach);
    let outcome = register.notify_people(me, &breach).await.map(|_| ());
    answer(outcome, BTreeMap::new(), (&path, &path), "breach-people-notified").await
}
