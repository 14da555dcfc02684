//! The server function behind the consent buttons.

use leptos::prelude::*;
use leptos::server_fn::error::ServerFnError;

#[cfg(feature = "ssr")]
use {
    super::{acting_person, internal, refused},
    crate::{redirect_to as redirect, services},
};

/// Gives or withdraws consent for one purpose, at once.
#[server(name = SetConsent, prefix = "/api", endpoint = "consent")]
pub async fn set_consent(purpose: String, action: String) -> Result<(), ServerFnError> {
    let Some(person) = acting_person().await? else { return Ok(()) };
    let services = services().ok_or_else(|| internal("services missing"))?;
    let give = match action.as_str() {
        "give" => true,
        "withdraw" => false,
        _ => {
            refused(&crate::errors::PortalError::NotFound, "/consent");
            return Ok(());
        }
    };
    match services.rights.set_consent(person, &purpose, give).await {
        Ok(()) => redirect("/consent?changed"),
        Err(amana_error) => {
            if let crate::errors::PortalError::Unexpected(error) = &amana_error {
                return Err(internal(error));
            }
            refused(&amana_error, "/consent");
        }
    }
    Ok(())
}
