//! The server function behind the register of recipients' form (`/api/staff/recipients/add`).

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::staff::signed_in_staff,
    super::{back_with, internal, session},
    crate::env::{session_keys, Flash},
    crate::errors::PortalError,
    crate::pages::staff::recipients::{RECIPIENTS_PATH, RECIPIENT_FORM},
    crate::recipients::RecipientForm,
    crate::redirect_to as redirect,
    crate::services,
};

#[server(name = AddRecipient, prefix = "/api", endpoint = "staff/recipients/add")]
#[allow(clippy::too_many_arguments)]
pub async fn add_recipient(
    #[server(default)] recipient_name: String,
    #[server(default)] recipient_kind: String,
    #[server(default)] country: String,
    #[server(default)] origin_authority: String,
    #[server(default)] agreement_purpose: String,
    #[server(default)] agreement_legal_basis: String,
    agreement_categories: Option<Vec<String>>,
    #[server(default)] agreement_retention_days: String,
    #[server(default)] breach_notice_hours: String,
    #[server(default)] ends_on: String,
) -> Result<(), ServerFnError> {
    let Some(me) = signed_in_staff().await? else { return Ok(()) };
    let register = services().ok_or_else(|| internal("services missing"))?.recipients;
    let form = RecipientForm {
        name: recipient_name,
        kind: recipient_kind,
        country,
        origin_authority: origin_authority == "1",
        purpose: agreement_purpose,
        legal_basis: agreement_legal_basis,
        categories: agreement_categories.unwrap_or_default(),
        retention_days: agreement_retention_days,
        breach_notice_hours,
        ends_on,
    };
    let typed = [
        ("recipient_name", form.name.clone()),
        ("recipient_kind", form.kind.clone()),
        ("country", form.country.clone()),
        ("origin_authority", if form.origin_authority { "1" } else { "" }.to_owned()),
        ("agreement_purpose", form.purpose.clone()),
        ("agreement_legal_basis", form.legal_basis.clone()),
        ("agreement_categories", form.categories.join(",")),
        ("agreement_retention_days", form.retention_days.clone()),
        ("breach_notice_hours", form.breach_notice_hours.clone()),
        ("ends_on", form.ends_on.clone()),
    ];
    let session = session().await?;
    match register.add_recipient(me, form).await {
        Ok(()) => {
            session.insert(session_keys::FLASH, Flash::notice("recipients-added")).await.map_err(internal)?;
            redirect(RECIPIENTS_PATH);
            Ok(())
        }
        Err(PortalError::Unexpected(error)) => Err(internal(error)),
        Err(error) => {
            let typed = typed.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            let flash = Flash::errors(RECIPIENT_FORM, typed, error.into_field_errors("action"));
            back_with(&session, flash, RECIPIENTS_PATH).await
        }
    }
}
