//! Downloads: `/my-data/export.json`, everything held about the signed-in person as JSON (the printable export
//! is a Leptos page), and `/staff/audit.csv`, the auditor's filtered audit log.

use std::sync::Arc;

use amana_app::env::PageEnv;
use amana_app::errors::PortalError;
use amana_app::rights::MigrantRights;
use amana_app::staff::{AuditDesk, AuditFilter};
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

pub async fn json(State(rights): State<Arc<dyn MigrantRights>>, Extension(env): Extension<PageEnv>) -> Response {
    let Some(person) = env.viewer else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/sign-in")]).into_response();
    };
    match rights.export(person).await {
        Ok(export) => ([(header::CONTENT_DISPOSITION, "attachment; filename=\"amana-my-data.json\"")], Json(export))
            .into_response(),
        Err(error) => {
            if let PortalError::Unexpected(e) = &error {
                tracing::error!(error = %e, "export failed");
            }
            (error.status(), env.locale.text(error.code().as_str())).into_response()
        }
    }
}

pub async fn audit_csv(
    State(audit): State<Arc<dyn AuditDesk>>,
    Extension(env): Extension<PageEnv>,
    Query(query): Query<std::collections::BTreeMap<String, String>>,
) -> Response {
    let Some(staff) = &env.staff else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/staff/sign-in")]).into_response();
    };
    let filter = AuditFilter::from_lookup(|name| query.get(name).cloned());
    match audit.audit_csv(staff.id, filter).await {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"amana-audit.csv\""),
            ],
            csv,
        )
            .into_response(),
        Err(error) => {
            if let PortalError::Unexpected(e) = &error {
                tracing::error!(error = %e, "audit export failed");
            }
            (error.status(), env.locale.text(error.code().as_str())).into_response()
        }
    }
}
