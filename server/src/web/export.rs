//! The machine-readable export: `/my-data/export.json`, everything held about the signed-in person as a JSON
//! download. (The printable export is a Leptos page.)

use std::sync::Arc;

use amana_app::env::PageEnv;
use amana_app::errors::PortalError;
use amana_app::rights::MigrantRights;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

pub async fn json(State(rights): State<Arc<dyn MigrantRights>>, Extension(env): Extension<PageEnv>) -> Response {
    let Some(person) = env.viewer else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/sign-in")]).into_response();
    };
    match rights.export(person).await {
        Ok(export) => (
            [(header::CONTENT_DISPOSITION, "attachment; filename=\"amana-my-data.json\"")],
            Json(export),
        )
            .into_response(),
        Err(error) => {
            if let PortalError::Unexpected(e) = &error {
                tracing::error!(error = %e, "export failed");
            }
            (error.status(), env.locale.text(error.code())).into_response()
        }
    }
}
