//! Documents attached to requests: `/requests/{reference}/files/{id}`, served only to the person who owns the
//! request (staff access comes with the staff screens), always as a download and never sniffed as HTML.

use std::sync::Arc;

use amana_app::env::PageEnv;
use amana_app::errors::PortalError;
use amana_app::rights::MigrantRights;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

pub async fn attachment(
    State(rights): State<Arc<dyn MigrantRights>>,
    Extension(env): Extension<PageEnv>,
    Path((reference, id)): Path<(String, i64)>,
) -> Response {
    let Some(person) = env.viewer else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/sign-in")]).into_response();
    };
    match rights.attachment(person, &reference, id).await {
        Ok((content_type, bytes)) => (
            [
                (header::CONTENT_TYPE, content_type),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"amana-document\"".to_owned()),
            ],
            bytes,
        )
            .into_response(),
        Err(error) => {
            if let PortalError::Unexpected(e) = &error {
                tracing::error!(error = %e, "attachment failed");
            }
            (error.status(), env.locale.text(error.code())).into_response()
        }
    }
}
