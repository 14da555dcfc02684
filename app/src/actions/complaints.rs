//! Server functions for complaints: file one (signed in or anonymous), and find an anonymous one by its code.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{acting_person, back_with, client_address, internal, session},
    crate::env::{session_keys, Flash},
    crate::errors::{ErrorCode, PortalError},
    crate::pages::complaints::{COMPLAINT_FORM, LOOKUP_FORM, RECEIPT_FLASH},
    crate::pages::requests::request_path,
    crate::rights::NewComplaint,
    crate::{redirect_to as redirect, services, use_env},
};

/// Files a complaint. Signed in, it joins the person's requests; anonymous, it gets a receipt code, shown once.
#[server(name = FileComplaint, prefix = "/api", endpoint = "complaints/file")]
pub async fn file_complaint(
    complaint: String,
    related: Option<String>,
    staff_member: Option<String>,
) -> Result<(), ServerFnError> {
    let services = services().ok_or_else(|| internal("services missing"))?;
    let env = use_env();
    let session = session().await?;
    let typed = BTreeMap::from([
        ("complaint".to_owned(), complaint.clone()),
        ("related".to_owned(), related.clone().unwrap_or_default()),
        ("staff_member".to_owned(), staff_member.clone().unwrap_or_default()),
    ]);
    let new = NewComplaint {
        text: complaint,
        related_reference: related.filter(|r| !r.is_empty()),
        staff_member: staff_member.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        locale: env.locale,
        client: client_address().await,
    };
    // A helper complains only for someone they act for: a mandate that ended while the form was open must not
    // turn the complaint into an anonymous one.
    let who = if env.helper.is_some() {
        let Some(who) = acting_person().await? else { return Ok(()) };
        Some(who)
    } else {
        env.acting()
    };
    match services.rights.file_complaint(who, new).await {
        Ok(receipt) => {
            match receipt.receipt_code {
                Some(code) => {
                    let values = BTreeMap::from([("code".to_owned(), code)]);
                    session.insert(session_keys::COMPLAINT, receipt.reference).await.map_err(internal)?;
                    back_with(&session, Flash::errors(RECEIPT_FLASH, values, Vec::new()), "/complaints/receipt")
                        .await?;
                }
                None => redirect(&format!("{}?filed", request_path(&receipt.reference))),
            }
            Ok(())
        }
        Err(error) => {
            let errors = error.into_field_errors("complaint");
            back_with(&session, Flash::errors(COMPLAINT_FORM, typed, errors), "/complaints").await
        }
    }
}

/// Finds an anonymous complaint by its receipt code; this session may then follow it.
#[server(name = LookUpComplaint, prefix = "/api", endpoint = "complaints/lookup")]
pub async fn look_up_complaint(receipt_code: String) -> Result<(), ServerFnError> {
    let services = services().ok_or_else(|| internal("services missing"))?;
    let session = session().await?;
    match services.rights.find_complaint(&receipt_code, &client_address().await).await {
        Ok(reference) => {
            session.insert(session_keys::COMPLAINT, reference).await.map_err(internal)?;
            redirect("/complaints/status");
            Ok(())
        }
        Err(error) => {
            let error = match error {
                PortalError::NotFound => {
                    PortalError::Invalid(vec![crate::errors::FieldError::new("receipt_code", ErrorCode::Cp004)])
                }
                other => other,
            };
            let typed = BTreeMap::from([("receipt_code".to_owned(), receipt_code)]);
            back_with(
                &session,
                Flash::errors(LOOKUP_FORM, typed, error.into_field_errors("receipt_code")),
                "/complaints/lookup",
            )
            .await
        }
    }
}
