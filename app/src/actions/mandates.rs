//! Server functions for mandates: a person gives or revokes one; a helper takes one up with its code.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::staff::signed_in_staff,
    super::{back_with, client_address, internal, refused, session, signed_in_helper, signed_in_person},
    crate::env::Flash,
    crate::errors::PortalError,
    crate::helpers::AssistedStart,
    crate::helpers::{NewMandate, Scope, ScopeSet},
    crate::pages::mandates::{ASSISTED_FORM, CODE_FLASH, MANDATE_FORM, PRINTED_FLASH, REDEEM_FORM},
    crate::{redirect_to as redirect, services, use_env},
};

/// Gives a mandate; the code is shown once on the next page.
#[server(name = GrantMandate, prefix = "/api", endpoint = "mandates/grant")]
pub async fn grant_mandate(scope: Option<Vec<String>>, days: String) -> Result<(), ServerFnError> {
    let Some(person) = signed_in_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let session = session().await?;
    let scope = scope.unwrap_or_default();
    // A scope that is none of the four leaves the choice empty, which the service refuses (MD-001).
    let mandate =
        NewMandate { scope: Scope::parse_all(&scope).unwrap_or_default(), days: days.trim().parse().unwrap_or(0) };
    match services.mandates.grant(person, mandate).await {
        Ok(code) => {
            let values = BTreeMap::from([("code".to_owned(), code)]);
            back_with(&session, Flash::errors(CODE_FLASH, values, Vec::new()), "/mandates/code").await
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            let typed = typed_terms(&scope, days);
            back_with(&session, Flash::errors(MANDATE_FORM, typed, error.into_field_errors("scope")), "/mandates").await
        }
    }
}

/// The scope and length as typed, in the shape `MandateTerms` shows them again.
#[cfg(feature = "ssr")]
fn typed_terms(scope: &[String], days: String) -> BTreeMap<String, String> {
    let mut typed = BTreeMap::from([("days".to_owned(), days)]);
    for s in scope {
        typed.insert(format!("scope-{s}"), "1".to_owned());
    }
    typed
}

/// Ends a mandate at once.
#[server(name = RevokeMandate, prefix = "/api", endpoint = "mandates/revoke")]
pub async fn revoke_mandate(mandate: String) -> Result<(), ServerFnError> {
    let Some(person) = signed_in_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let Ok(id) = mandate.parse::<i64>() else {
        redirect("/mandates");
        return Ok(());
    };
    match services.mandates.revoke(person, id).await {
        Ok(()) => redirect("/mandates?revoked"),
        Err(PortalError::Unexpected(error)) => return Err(internal(error)),
        Err(error) => refused(&error, "/mandates"),
    }
    Ok(())
}

/// A helper enters the code a person gave them.
#[server(name = RedeemMandate, prefix = "/api", endpoint = "helper/redeem")]
pub async fn redeem_mandate(code: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(helper) = signed_in_helper() else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    match services.mandates.redeem(helper, &code, &client_address().await).await {
        Ok(()) => {
            session
                .insert(crate::env::session_keys::FLASH, Flash::notice("helper-mandate-taken-up"))
                .await
                .map_err(internal)?;
            redirect("/helper");
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            let typed = BTreeMap::from([("code".to_owned(), code)]);
            back_with(&session, Flash::errors(REDEEM_FORM, typed, error.into_field_errors("code")), "/helper").await
        }
    }
}

/// A helper starts acting for one of the people whose mandate they hold: the pages that follow show that person,
/// within the mandate's scope, until the helper stops or the mandate ends.
#[server(name = ActFor, prefix = "/api", endpoint = "helper/act")]
pub async fn act_for(mandate: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(helper) = signed_in_helper() else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let acting = match mandate.parse::<i64>() {
        Ok(id) => services.helper_desk.acting_for(helper, id).await.map_err(internal)?,
        Err(_) => None,
    };
    let Some(acting) = acting else {
        // A refused switch leaves the helper acting for nobody.
        session.remove::<i64>(crate::env::session_keys::HELPER_ACTING).await.map_err(internal)?;
        session
            .insert(crate::env::session_keys::FLASH, Flash::notice("helper-mandate-ended"))
            .await
            .map_err(internal)?;
        refused(&PortalError::OutsideMandate, "/helper");
        return Ok(());
    };
    session.insert(crate::env::session_keys::HELPER_ACTING, acting.mandate).await.map_err(internal)?;
    redirect(crate::pages::helper::first_page_for(&acting));
    Ok(())
}

/// A helper stops acting for someone and goes back to their list.
#[server(name = StopActing, prefix = "/api", endpoint = "helper/stop")]
pub async fn stop_acting() -> Result<(), ServerFnError> {
    let session = session().await?;
    session.remove::<i64>(crate::env::session_keys::HELPER_ACTING).await.map_err(internal)?;
    redirect(if use_env().helper.is_some() { "/helper" } else { "/" });
    Ok(())
}

/// A helper, sitting with someone, asks for a mandate; the person confirms it with the code they receive.
#[server(name = StartAssisted, prefix = "/api", endpoint = "helper/assisted")]
pub async fn start_assisted(
    case_reference: String,
    date_of_birth: String,
    scope: Option<Vec<String>>,
    days: String,
) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(helper) = signed_in_helper() else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let scope = scope.unwrap_or_default();
    let start = AssistedStart {
        case_reference: case_reference.clone(),
        date_of_birth: date_of_birth.clone(),
        scope: Scope::parse_all(&scope).unwrap_or_default(),
        days: days.trim().parse().unwrap_or(0),
    };
    match services.mandates.start_assisted(helper, start, &client_address().await).await {
        Ok(()) => {
            session
                .insert(crate::env::session_keys::FLASH, Flash::notice("helper-assisted-sent"))
                .await
                .map_err(internal)?;
            redirect("/helper#assisted");
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            let mut typed = typed_terms(&scope, days);
            typed.insert("case_reference".to_owned(), case_reference);
            typed.insert("date_of_birth".to_owned(), date_of_birth);
            back_with(
                &session,
                Flash::errors(ASSISTED_FORM, typed, error.into_field_errors("case_reference")),
                "/helper#assisted",
            )
            .await
        }
    }
}

/// Staff print a code for a person with no contact address, to confirm a helper's request.
#[server(name = PrintMandateCode, prefix = "/api", endpoint = "staff/mandates/print")]
pub async fn print_mandate_code(mandate: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let Some(staff) = signed_in_staff().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let Ok(id) = mandate.parse::<i64>() else {
        redirect("/staff/mandates");
        return Ok(());
    };
    match services.mandates.print_code(staff, id).await {
        Ok(printed) => {
            let values = BTreeMap::from([
                ("code".to_owned(), printed.code),
                ("helper".to_owned(), printed.helper),
                ("organisation".to_owned(), printed.organisation),
                ("scope".to_owned(), ScopeSet::stored(&printed.scope)),
                ("until".to_owned(), printed.valid_until.iso()),
            ]);
            back_with(&session, Flash::errors(PRINTED_FLASH, values, Vec::new()), "/staff/mandates/code").await
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error @ PortalError::Forbidden) => {
            refused(&error, "/staff");
            Ok(())
        }
        Err(error) => {
            refused(&error, "/staff/mandates");
            Ok(())
        }
    }
}
