//! Server functions for passwordless sign-in and sign-out.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{back_with, client_address, internal, session},
    crate::contract::{ChallengeId, SignInRequest},
    crate::env::{session_keys, Flash},
    crate::errors::PortalError,
    crate::input::{BirthDate, CaseReference, OneTimeCode},
    crate::pages::sign_in::{CODE_FORM, SIGN_IN_FORM},
    crate::{redirect_to as redirect, services, use_env},
    tower_sessions::Session,
};

/// The pending sign-in is gone (expired, used up or never started): back to step one, saying why.
#[cfg(feature = "ssr")]
async fn start_again(session: &Session) -> Result<(), ServerFnError> {
    session.remove_value(session_keys::CHALLENGE).await.map_err(internal)?;
    let errors = vec![crate::errors::FieldError::new("case_reference", PortalError::SignInUsedUp.code())];
    back_with(session, Flash::errors(SIGN_IN_FORM, BTreeMap::new(), errors), "/sign-in").await
}

/// Step one of sign-in: case reference and date of birth. Always continues to the code page when the input is
/// well-formed, whether or not it matches anyone.
#[server(name = StartSignIn, prefix = "/api", endpoint = "sign-in/start")]
pub async fn start_sign_in(case_reference: String, date_of_birth: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let services = services().ok_or_else(|| internal("services missing"))?;
    let typed = BTreeMap::from([
        ("case_reference".to_owned(), case_reference.clone()),
        ("date_of_birth".to_owned(), date_of_birth.clone()),
    ]);
    let outcome = match (CaseReference::parse(&case_reference), BirthDate::parse(&date_of_birth)) {
        (Ok(case_reference), Ok(date_of_birth)) => {
            let request = SignInRequest {
                case_reference,
                date_of_birth,
                locale: use_env().locale,
                client: client_address().await,
            };
            services.portal.start_sign_in(request).await
        }
        (reference, birth) => Err(PortalError::Invalid([reference.err(), birth.err()].into_iter().flatten().collect())),
    };
    match outcome {
        Ok(challenge) => {
            session.insert(session_keys::CHALLENGE, challenge).await.map_err(internal)?;
            redirect("/sign-in/code");
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("case_reference");
            back_with(&session, Flash::errors(SIGN_IN_FORM, typed, errors), "/sign-in").await
        }
    }
}

/// Step two: the one-time code. Success rotates the session id and lands on My data.
#[server(name = VerifySignInCode, prefix = "/api", endpoint = "sign-in/verify")]
pub async fn verify_sign_in_code(code: String) -> Result<(), ServerFnError> {
    let session = session().await?;
    let services = services().ok_or_else(|| internal("services missing"))?;
    let typed = BTreeMap::from([("code".to_owned(), code.clone())]);
    let challenge: Option<ChallengeId> = session.get(session_keys::CHALLENGE).await.map_err(internal)?;
    let Some(challenge) = challenge else {
        return start_again(&session).await;
    };
    let code = match OneTimeCode::parse(&code) {
        Ok(code) => code,
        Err(error) => return back_with(&session, Flash::errors(CODE_FORM, typed, vec![error]), "/sign-in/code").await,
    };
    let chosen = use_env().chosen_locale;
    match services.portal.finish_sign_in(&challenge, &code, &client_address().await, chosen).await {
        Ok(signed_in) => {
            session.cycle_id().await.map_err(internal)?;
            session.remove_value(session_keys::CHALLENGE).await.map_err(internal)?;
            // One identity per session: a staff sign-in on the same device ends here.
            for key in
                [session_keys::STAFF, session_keys::STAFF_OPENED, session_keys::HELPER, session_keys::HELPER_ACTING]
            {
                session.remove_value(key).await.map_err(internal)?;
            }
            session.insert(session_keys::PERSON, signed_in.person).await.map_err(internal)?;
            session.insert(session_keys::SIGNED_IN_AT, signed_in.at).await.map_err(internal)?;
            if let Some(locale) = signed_in.preferred_locale {
                session.insert(session_keys::PERSON_LOCALE, locale.code()).await.map_err(internal)?;
            }
            if signed_in.mandate_code_printed {
                session
                    .insert(session_keys::FLASH, Flash::notice("notice-mandate-code-printed"))
                    .await
                    .map_err(internal)?;
            }
            redirect("/my-data");
            Ok(())
        }
        Err(PortalError::SignInUsedUp) => start_again(&session).await,
        Err(error) => {
            let errors = error.into_field_errors("code");
            back_with(&session, Flash::errors(CODE_FORM, typed, errors), "/sign-in/code").await
        }
    }
}

/// Sign out: end the session on the server and ask the browser to forget what it cached.
#[server(name = SignOut, prefix = "/api", endpoint = "sign-out")]
pub async fn sign_out() -> Result<(), ServerFnError> {
    let session = session().await?;
    if let (Some(person), Some(services)) = (use_env().viewer, services()) {
        if let Err(error) = services.portal.signed_out(person).await {
            tracing::warn!(error = %error, "could not record sign-out");
        }
    }
    let env = use_env();
    if let Some(services) = services() {
        if let Some(staff) = &env.staff {
            services.staff_sign_in.signed_out(staff.id).await;
        }
        if let Some(helper) = env.helper {
            // The sign-in service serves both doors and knows an account by its number.
            services.helper_sign_in.signed_out(crate::staff::StaffId(helper.0)).await;
        }
    }
    session.flush().await.map_err(internal)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.insert_header(
            axum::http::HeaderName::from_static("clear-site-data"),
            axum::http::HeaderValue::from_static("\"cache\", \"storage\""),
        );
    }
    redirect(if env.staff.is_some() {
        "/staff/sign-in?signed-out"
    } else if env.helper.is_some() {
        "/helper/sign-in?signed-out"
    } else {
        "/?signed-out"
    });
    Ok(())
}
