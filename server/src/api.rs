//! The source-system API under `/api/v1`: the authority's own systems load people, learn of approved changes and
//! report accesses, authenticated by a bearer key. No session, cookie or CSRF token is involved (so nothing
//! here counts against the new-session limit); every route is described by the OpenAPI document that
//! `GET /api/v1/openapi.json` serves and `docs/api/openapi.json` keeps.

mod calls;
mod feed;
mod imports;
mod people;
pub mod problem;

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde::{Deserialize, Serialize};
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::services::source_api::{ApiError, ApiScope, Caller, SourceApi};
use problem::ProblemDocument;

/// What the handlers share.
pub struct ApiState {
    pub api: Arc<SourceApi>,
}

/// The document's header and the bearer scheme.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Amana source-system API",
        version = "1",
        description = "How an authority's own systems load records into Amana, learn of approved changes and report \
                       who looked at a person's file. Authenticate with `Authorization: Bearer amana_<id>_<secret>`. \
                       Errors are `application/problem+json` (RFC 9457). See docs/api.md for a walk-through."
    ),
    modifiers(&BearerScheme),
    tags(
        (name = "system", description = "Who is calling, and what it may write"),
        (name = "people", description = "Loading people"),
        (name = "imports", description = "Bulk loading from a stream of JSON lines"),
        (name = "changes", description = "Approved changes to carry out"),
        (name = "access", description = "Accesses by the system's own users"),
    )
)]
struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("amana_<id>_<secret>")
                    .description(Some("An API key created by an administrator"))
                    .build(),
            ),
        );
    }
}

/// Who is calling.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct SystemInfo {
    pub system: String,
    pub key_id: String,
    pub scopes: Vec<ApiScope>,
    /// RFC 3339, UTC.
    pub key_expires_at: String,
}

/// A purpose this system may write, as the register holds it.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PurposeInfo {
    pub key: String,
    pub legal_basis: String,
    pub retention_days: i64,
    pub consent_required: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Purposes {
    pub purposes: Vec<PurposeInfo>,
    /// The category keys this system may write.
    pub categories: Vec<String>,
}

/// Who am I: the system, the key's scopes and its expiry.
#[utoipa::path(
    get,
    path = "/api/v1/system",
    tag = "system",
    responses(
        (status = 200, description = "The calling system", body = SystemInfo),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
async fn system(State(state): State<Arc<ApiState>>, caller: Caller) -> Result<axum::Json<SystemInfo>, ApiError> {
    state.api.note_call(&caller, "api.system.read").await?;
    Ok(axum::Json(SystemInfo {
        system: caller.system.name.clone(),
        key_id: caller.key_public_id.clone(),
        scopes: caller.scopes.iter().copied().collect(),
        key_expires_at: crate::infra::clock::rfc3339(caller.expires_at),
    }))
}

/// The purposes in the register this system may write, and its categories.
#[utoipa::path(
    get,
    path = "/api/v1/purposes",
    tag = "system",
    responses(
        (status = 200, description = "What this system may write", body = Purposes),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
async fn purposes(State(state): State<Arc<ApiState>>, caller: Caller) -> Result<axum::Json<Purposes>, ApiError> {
    let grant = state.api.grant(&caller).await?;
    let register = state.api.storage.purposes().await?;
    state.api.note_call(&caller, "api.purposes.read").await?;
    Ok(axum::Json(Purposes {
        purposes: register
            .into_iter()
            .filter(|p| grant.purposes.contains_key(&p.key))
            .map(|p| PurposeInfo {
                key: p.key,
                legal_basis: p.legal_basis,
                retention_days: p.retention_days,
                consent_required: p.consent_required.0,
            })
            .collect(),
        categories: grant.categories.into_iter().collect(),
    }))
}

/// The routes with their descriptions.
fn described() -> OpenApiRouter<Arc<ApiState>> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(system))
        .routes(routes!(purposes))
        .routes(routes!(people::put_person, people::delete_person))
        .routes(routes!(people::batch))
        .routes(routes!(imports::start))
        .routes(routes!(imports::status))
        .routes(routes!(imports::errors))
        .routes(routes!(feed::changes))
        .routes(routes!(feed::acknowledge))
        .routes(routes!(feed::access_events))
}

/// The OpenAPI document, as `GET /api/v1/openapi.json` serves it.
pub fn openapi_json() -> String {
    let (_, mut doc) = described().split_for_parts();
    doc.paths.paths.insert(
        OPENAPI_PATH.to_owned(),
        utoipa::openapi::path::PathItem::new(
            utoipa::openapi::HttpMethod::Get,
            utoipa::openapi::path::OperationBuilder::new()
                .tag("system")
                .summary(Some("This document (no key needed)"))
                .response("200", utoipa::openapi::ResponseBuilder::new().description("The OpenAPI 3.1 document")),
        ),
    );
    doc.to_pretty_json().unwrap_or_default()
}

/// axum answers a query string or a path it cannot read (a number too large, escapes that are not UTF-8) in
/// plain text; the API answers every refusal as a problem document.
async fn problem_for_rejections(response: Response) -> Response {
    let plain = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/plain"));
    if response.status() == axum::http::StatusCode::BAD_REQUEST && plain {
        ApiError::Malformed("invalid-parameter").into_response()
    } else {
        response
    }
}

/// Where the document is served.
pub const OPENAPI_PATH: &str = "/api/v1/openapi.json";

/// The API's router, with its own layers: no session, no cookies, nothing cached, and logs that name the route
/// pattern only.
pub fn router(api: Arc<SourceApi>) -> Router {
    let document = Arc::new(openapi_json());
    let (routes, _) = described().split_for_parts();
    routes
        .route(
            OPENAPI_PATH,
            axum::routing::get(move || {
                let document = document.clone();
                async move { ([(header::CONTENT_TYPE, "application/json")], document.as_str().to_owned()).into_response() }
            }),
        )
        .with_state(Arc::new(ApiState { api }))
        .layer(tower_http::trace::TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            // The route's pattern, never the path itself: a path holds a case reference.
            let route = request.extensions().get::<axum::extract::MatchedPath>().map_or("?", |p| p.as_str());
            tracing::info_span!("api", method = %request.method(), route = %route)
        }))
        .layer(axum::middleware::map_response(problem_for_rejections))
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
}
