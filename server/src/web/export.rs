//! Downloads: `/my-data/export.json`, everything held about the signed-in person as JSON (the printable export
//! is a Leptos page), `/staff/audit.csv`, the auditor's filtered audit log, and `/transparency.csv`, the published
//! figures.

use std::sync::Arc;

use amana_app::env::PageEnv;
use amana_app::errors::PortalError;
use amana_app::rights::MigrantRights;
use amana_app::staff::{AuditDesk, AuditFilter};
use amana_app::transparency::PublicReports;
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

/// `/transparency.csv`: the tables of the transparency page, cell for cell as the page shows them in the reader's
/// language (suppression markers included), each row led by its table's caption.
pub async fn transparency_csv(
    State(reports): State<Arc<dyn PublicReports>>,
    Extension(env): Extension<PageEnv>,
) -> Response {
    let locale = env.locale;
    let written = async {
        let Some(report) = reports.transparency().await? else { return Ok(None) };
        let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        for table in locale.transparency_tables(&report) {
            let caption = locale.text(table.caption);
            for row in std::iter::once(&table.header).chain(&table.rows) {
                writer
                    .write_record(std::iter::once(&caption).chain(row))
                    .map_err(|e| PortalError::Unexpected(e.into()))?;
            }
        }
        writer.into_inner().map(Some).map_err(|e| PortalError::Unexpected(anyhow::anyhow!("{e}")))
    }
    .await;
    match written {
        Ok(Some(csv)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (header::CONTENT_DISPOSITION, "attachment; filename=\"amana-transparency.csv\""),
            ],
            csv,
        )
            .into_response(),
        Ok(None) => (StatusCode::NOT_FOUND, locale.text("transparency-none-yet")).into_response(),
        Err(error) => {
            if let PortalError::Unexpected(e) = &error {
                tracing::error!(error = %e, "transparency export failed");
            }
            (error.status(), locale.text(error.code().as_str())).into_response()
        }
    }
}
