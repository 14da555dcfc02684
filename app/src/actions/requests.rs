//! Server functions for a person's requests: file one from a field of My data (or about the whole record),
//! add information to it, withdraw it.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{acting_person, back_with, internal, refused, session},
    crate::env::Flash,
    crate::errors::{ErrorCode, FieldError, PortalError},
    crate::pages::requests::{request_form_path, request_path, valid_reference, INFORMATION_FORM, REQUEST_FORM},
    crate::rights::{Evidence, NewRequest, RequestKind, MAX_EVIDENCE_BYTES},
    crate::{redirect_to as redirect, services, use_env},
};

/// A multipart form as read: the text fields named in `wanted`, and the `evidence` file if one was chosen.
#[cfg(feature = "ssr")]
struct UploadForm {
    values: BTreeMap<String, String>,
    evidence: Option<Evidence>,
    evidence_too_big: bool,
}

/// Reads a multipart form, stopping a file at the size limit instead of buffering whatever is sent.
#[cfg(feature = "ssr")]
async fn read_form(data: MultipartData, wanted: &[&str]) -> Result<UploadForm, ServerFnError> {
    let mut multipart = data.into_inner().ok_or_else(|| internal("not a multipart form"))?;
    let mut form = UploadForm { values: BTreeMap::new(), evidence: None, evidence_too_big: false };
    while let Some(mut part) = multipart.next_field().await.map_err(internal)? {
        let name = part.name().unwrap_or_default().to_owned();
        if name == "evidence" {
            let mut bytes = Vec::new();
            while let Some(chunk) = part.chunk().await.map_err(internal)? {
                if bytes.len() + chunk.len() > MAX_EVIDENCE_BYTES {
                    form.evidence_too_big = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            if !bytes.is_empty() && !form.evidence_too_big {
                form.evidence = Some(Evidence { bytes });
            }
        } else if wanted.contains(&name.as_str()) {
            form.values.insert(name, part.text().await.map_err(internal)?);
        }
    }
    Ok(form)
}

/// Files a request, sent as a multipart form because it may carry a document. `form` names the form it came
/// from (`correct`, `erase`, `restrict` or `erase-all`), so errors go back to it with what was typed.
#[server(name = FileRequest, prefix = "/api", endpoint = "requests/file", input = MultipartFormData)]
pub async fn file_request(data: MultipartData) -> Result<(), ServerFnError> {
    let Some(person) = acting_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let form = read_form(data, &["form", "kind", "field", "proposed_value", "explanation"]).await?;
    let (values, evidence, evidence_too_big) = (form.values, form.evidence, form.evidence_too_big);
    let text = |key: &str| values.get(key).cloned().filter(|v| !v.is_empty());
    let field_id = text("field").and_then(|f| f.parse::<i64>().ok());
    let Some(back_to) = request_form_path(&text("form").unwrap_or_default(), field_id) else {
        refused(&PortalError::NotFound, "/my-data");
        return Ok(());
    };
    let typed: BTreeMap<String, String> = ["kind", "proposed_value", "explanation"]
        .into_iter()
        .map(|k| (k.to_owned(), values.get(k).cloned().unwrap_or_default()))
        .collect();
    let kind = text("kind").as_deref().and_then(RequestKind::from_key);
    let (Some(kind), false) = (kind, evidence_too_big) else {
        let error = if evidence_too_big {
            FieldError::new("evidence", ErrorCode::Rq020)
        } else {
            FieldError::new("kind", ErrorCode::Rq016)
        };
        return back_with(&session().await?, Flash::errors(REQUEST_FORM, typed, vec![error]), &back_to).await;
    };
    let request = NewRequest {
        kind,
        field: field_id,
        proposed_value: text("proposed_value"),
        explanation: text("explanation"),
        locale: use_env().locale,
        evidence,
    };
    match services.rights.file_request(person, request).await {
        Ok(summary) => {
            redirect(&format!("{}?filed", request_path(&summary.reference)));
            Ok(())
        }
        Err(error @ PortalError::NotFound) => {
            refused(&error, &back_to);
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("request-form");
            back_with(&session().await?, Flash::errors(REQUEST_FORM, typed, errors), &back_to).await
        }
    }
}

/// Adds a message, a document or both to one of the person's open requests (multipart: it can carry a file).
#[server(name = AddInformation, prefix = "/api", endpoint = "requests/information", input = MultipartFormData)]
pub async fn add_information(data: MultipartData) -> Result<(), ServerFnError> {
    let Some(person) = acting_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let form = read_form(data, &["reference", "message"]).await?;
    let reference = form.values.get("reference").cloned().unwrap_or_default();
    if !valid_reference(&reference) {
        refused(&PortalError::NotFound, "/requests");
        return Ok(());
    }
    let path = request_path(&reference);
    let message = form.values.get("message").cloned().unwrap_or_default();
    let outcome = if form.evidence_too_big {
        Err(PortalError::Invalid(vec![FieldError::new("evidence", ErrorCode::Rq020)]))
    } else {
        services.rights.add_information(person, &reference, &message, form.evidence).await
    };
    match outcome {
        Ok(()) => {
            redirect(&format!("{path}?sent"));
            Ok(())
        }
        Err(error @ PortalError::NotFound) => {
            refused(&error, &path);
            Ok(())
        }
        Err(error) => {
            let typed = BTreeMap::from([("message".to_owned(), message)]);
            let errors = error.into_field_errors("message");
            back_with(&session().await?, Flash::errors(INFORMATION_FORM, typed, errors), &path).await
        }
    }
}

/// Withdraws one of the person's requests that is not yet decided.
#[server(name = WithdrawRequest, prefix = "/api", endpoint = "requests/withdraw")]
pub async fn withdraw_request(reference: String) -> Result<(), ServerFnError> {
    let Some(person) = acting_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    if !valid_reference(&reference) {
        refused(&PortalError::NotFound, "/requests");
        return Ok(());
    }
    let path = request_path(&reference);
    match services.rights.withdraw(person, &reference).await {
        Ok(()) => {
            redirect(&format!("{path}?withdrawn"));
            Ok(())
        }
        Err(error @ PortalError::NotFound) => {
            refused(&error, &path);
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("message");
            back_with(&session().await?, Flash::errors(INFORMATION_FORM, BTreeMap::new(), errors), &path).await
        }
    }
}
