//! Documents attached to requests: `/requests/{reference}/files/{id}` for the person who owns the request (or a
//! helper acting for them within the mandate) and
//! `/staff/requests/{reference}/files/{id}` for staff who may see it; always a download, never sniffed as HTML.

use std::sync::Arc;

use amana_app::env::PageEnv;
use amana_app::errors::PortalError;
use amana_app::rights::MigrantRights;
use amana_app::staff::StaffDesk;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;

pub async fn attachment(
    State(rights): State<Arc<dyn MigrantRights>>,
    Extension(env): Extension<PageEnv>,
    Path((reference, id)): Path<(String, i64)>,
) -> Response {
    let Some(who) = env.acting() else {
        let to = if env.helper.is_some() { "/helper" } else { "/sign-in" };
        return (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response();
    };
    download(rights.attachment(who, &reference, id).await, &env)
}

pub async fn staff_attachment(
    State(desk): State<Arc<dyn StaffDesk>>,
    Extension(env): Extension<PageEnv>,
    Path((reference, id)): Path<(String, i64)>,
) -> Response {
    let Some(staff) = &env.staff else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/staff/sign-in")]).into_response();
    };
    download(desk.attachment(staff.id, &reference, id).await, &env)
}

fn download(file: Result<(String, Vec<u8>), PortalError>, env: &PageEnv) -> Response {
    match file {
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
            (error.status(), env.locale.text(error.code().as_str())).into_response()
        }
    }
}
