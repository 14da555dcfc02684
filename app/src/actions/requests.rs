//! Server functions for a person's requests: file one from a field of My data (or about the whole record),
//! add information to it, withdraw it.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{fail, internal, session, signed_in_person},
    crate::env::Flash,
    crate::errors::{FieldError, PortalError},
    crate::pages::requests::{request_form_path, request_path, valid_reference, INFORMATION_FORM, REQUEST_FORM},
    crate::rights::{NewRequest, RequestKind},
    crate::{redirect_to as redirect, services, use_env},
};

/// Files a request. `form` names the form it came from (`correct`, `erase`, `restrict` or `erase-all`), so
/// errors go back to it with what was typed.
#[server(name = FileRequest, prefix = "/api", endpoint = "requests/file")]
pub async fn file_request(
    form: String,
    kind: Option<String>,
    field: Option<String>,
    proposed_value: Option<String>,
    explanation: Option<String>,
) -> Result<(), ServerFnError> {
    let Some(person) = signed_in_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let field_id = field.as_deref().and_then(|f| f.parse::<i64>().ok());
    let Some(back_to) = request_form_path(&form, field_id) else {
        redirect("/my-data");
        return Ok(());
    };
    let typed = BTreeMap::from([
        ("kind".to_owned(), kind.clone().unwrap_or_default()),
        ("proposed_value".to_owned(), proposed_value.clone().unwrap_or_default()),
        ("explanation".to_owned(), explanation.clone().unwrap_or_default()),
    ]);
    let Some(kind) = kind.as_deref().and_then(RequestKind::from_key) else {
        let errors = vec![FieldError::new("kind", "RQ-016")];
        return fail(&session().await?, Flash::errors(REQUEST_FORM, typed, errors), &back_to).await;
    };
    let request = NewRequest { kind, field: field_id, proposed_value, explanation, locale: use_env().locale };
    match services.rights.file_request(person, request).await {
        Ok(summary) => {
            redirect(&format!("{}?filed", request_path(&summary.reference)));
            Ok(())
        }
        Err(PortalError::NotFound) => {
            redirect(&back_to);
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("request-form");
            fail(&session().await?, Flash::errors(REQUEST_FORM, typed, errors), &back_to).await
        }
    }
}

/// Adds a message or information to one of the person's open requests.
#[server(name = AddInformation, prefix = "/api", endpoint = "requests/information")]
pub async fn add_information(reference: String, message: String) -> Result<(), ServerFnError> {
    let Some(person) = signed_in_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(&reference) {
        redirect("/requests");
        return Ok(());
    }
    let path = request_path(&reference);
    match services.rights.add_information(person, &reference, &message).await {
        Ok(()) => {
            redirect(&format!("{path}?sent"));
            Ok(())
        }
        Err(PortalError::NotFound) => {
            redirect(&path);
            Ok(())
        }
        Err(error) => {
            let typed = BTreeMap::from([("message".to_owned(), message)]);
            let errors = error.into_field_errors("message");
            fail(&session().await?, Flash::errors(INFORMATION_FORM, typed, errors), &path).await
        }
    }
}

/// Withdraws one of the person's requests that is not yet decided.
#[server(name = WithdrawRequest, prefix = "/api", endpoint = "requests/withdraw")]
pub async fn withdraw_request(reference: String) -> Result<(), ServerFnError> {
    let Some(person) = signed_in_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(&reference) {
        redirect("/requests");
        return Ok(());
    }
    let path = request_path(&reference);
    match services.rights.withdraw(person, &reference).await {
        Ok(()) => {
            redirect(&format!("{path}?withdrawn"));
            Ok(())
        }
        Err(PortalError::NotFound) => {
            redirect(&path);
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("message");
            fail(&session().await?, Flash::errors(INFORMATION_FORM, BTreeMap::new(), errors), &path).await
        }
    }
}
