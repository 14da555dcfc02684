//! The HTTP face of Amana: the axum router with the Leptos pages and server functions, and the middleware every
//! request passes (session, language and page environment, CSRF, security headers, compression).

mod csrf;
mod export;
mod files;
mod page_env;

use std::sync::Arc;

use amana_app::{shell, App, Services};
use axum::extract::State;
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::domain::limits::Limiter;
use crate::infra::crypto::MasterKey;
use crate::storage::{SqlSessionStore, Storage};

/// Idle timeout of every session.
pub const SESSION_IDLE_MINUTES: i64 = 15;
/// Longest a migrant stays signed in, active or not.
pub const SESSION_ABSOLUTE_SECONDS: i64 = 60 * 60;
/// Longest a staff member stays signed in: a working day.
pub const STAFF_SESSION_ABSOLUTE_SECONDS: i64 = 10 * 60 * 60;

/// The names of Amana's cookies. Behind HTTPS they carry the `__Host-` prefix, which browsers accept only from a
/// secure origin, with `Path=/` and no `Domain`: no other host (a sibling subdomain, a network attacker on plain
/// HTTP) can set or overwrite them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
    pub lang: &'static str,
}

impl CookieNames {
    pub fn for_transport(secure: bool) -> CookieNames {
        if secure {
            CookieNames { session: "__Host-amana_session", csrf: "__Host-amana_csrf", lang: "__Host-amana_lang" }
        } else {
            CookieNames { session: "amana_session", csrf: "amana_csrf", lang: "amana_lang" }
        }
    }
}

/// The routes served by plain axum handlers; every other path is a Leptos page or a server function. One list,
/// which the router below is built from and which the authorisation matrix walks (with the page and
/// server-function lists).
pub mod paths {
    pub const HEALTHZ: &str = "/healthz";
    pub const QUICK_EXIT: &str = "/exit";
    pub const EXPORT_JSON: &str = "/my-data/export.json";
    pub const ATTACHMENT: &str = "/requests/{reference}/files/{id}";
    pub const STAFF_ATTACHMENT: &str = "/staff/requests/{reference}/files/{id}";
    pub const AUDIT_CSV: &str = "/staff/audit.csv";
    pub const ROBOTS: &str = "/robots.txt";
    pub const TRANSPARENCY_CSV: &str = amana_app::pages::transparency::TRANSPARENCY_CSV;
    pub const PLAIN_ROUTES: [&str; 8] =
        [HEALTHZ, QUICK_EXIT, EXPORT_JSON, ATTACHMENT, STAFF_ATTACHMENT, AUDIT_CSV, ROBOTS, TRANSPARENCY_CSV];
}

/// What the middleware needs to know.
#[derive(Clone)]
pub struct WebConfig {
    pub secure_cookies: bool,
    /// Follows from `secure_cookies`.
    pub cookies: CookieNames,
    /// For CSRF tokens (their own sub-key).
    pub master_key: MasterKey,
    /// Shared rate limits (new sessions for visitors who are not signed in).
    pub limiter: Limiter,
    /// The neutral site "quick exit" leads to.
    pub quick_exit_url: String,
    /// For the absolute session limit.
    pub clock: Arc<dyn crate::infra::clock::Clock>,
    /// For the texts every page needs from the database (the purpose register).
    pub storage: Storage,
    /// Where the client's address comes from (`AMANA_CLIENT_IP_SOURCE`).
    pub client_ip_source: axum_client_ip::ClientIpSource,
}

/// Builds the whole router.
pub fn router(storage: Storage, services: Services, web: WebConfig, api: Router) -> Router {
    let leptos_options = LeptosOptions::builder().output_name("amana").build();
    let routes = generate_route_list(App);
    let rights = services.rights.clone();
    let desk = services.desk.clone();
    let audit = services.audit.clone();
    let reports = services.reports.clone();
    let helper_desk = services.helper_desk.clone();
    let context = move || {
        provide_context(services.clone());
        amana_app::provide_page_env();
    };
    // Saved only when changed: page_env pushes a signed-in session's expiry on at most once a minute.
    let session_layer = SessionManagerLayer::new(SqlSessionStore::new(storage.clone()))
        .with_name(web.cookies.session)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(web.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(SESSION_IDLE_MINUTES)));
    let cookies = web.cookies;
    let hsts = web.secure_cookies.then(|| {
        SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        )
    });
    let quick_exit_url = web.quick_exit_url.clone();
    let client_ip_source = web.client_ip_source.clone();
    let env_state = Arc::new(page_env::EnvState { web: Arc::new(web), helper_desk });

    Router::new()
        .route(paths::QUICK_EXIT, get(quick_exit).with_state(Arc::new(quick_exit_url)))
        .route(paths::EXPORT_JSON, get(export::json).with_state(rights.clone()))
        .route(paths::ATTACHMENT, get(files::attachment).with_state(rights))
        .route(paths::STAFF_ATTACHMENT, get(files::staff_attachment).with_state(desk))
        .route(paths::AUDIT_CSV, get(export::audit_csv).with_state(audit))
        .route(paths::ROBOTS, get(robots))
        .route(paths::TRANSPARENCY_CSV, get(export::transparency_csv).with_state(reports))
        .leptos_routes_with_context(&leptos_options, routes, context.clone(), shell)
        .fallback(leptos_axum::render_app_async_with_context(context, shell))
        .with_state(leptos_options)
        .layer(RequestBodyLimitLayer::new(8 * 1024 * 1024))
        .layer(axum::middleware::from_fn_with_state(cookies, csrf::verify))
        .layer(axum::middleware::from_fn_with_state(env_state, page_env::build))
        .layer(client_ip_source.into_extension())
        .layer(session_layer)
        .layer(
            // Headers every response carries. The CSP (with its per-request nonce) is set by page_env.
            tower::ServiceBuilder::new()
                .option_layer(hsts)
                .layer(static_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
                .layer(static_header(header::REFERRER_POLICY, "same-origin"))
                .layer(static_header(header::X_FRAME_OPTIONS, "DENY"))
                .layer(static_header(HeaderName::from_static("cross-origin-opener-policy"), "same-origin"))
                .layer(static_header(
                    HeaderName::from_static("permissions-policy"),
                    "camera=(), microphone=(), geolocation=(), payment=()",
                )),
        )
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
            // Method and path only: query strings and bodies can carry personal data.
            tracing::info_span!("http", method = %request.method(), path = %request.uri().path())
        }))
        // Added after the layers, so none of them runs for it: no session, no page environment, nothing that needs
        // the database before the one question the balancer asks.
        .route(paths::HEALTHZ, get(healthz).with_state(storage))
        // The source-system API, with its own layers (`crate::api`): a bearer key, no session.
        .merge(api)
}

/// Quick exit: ends the session, asks the browser to forget this site's cookies, cache and storage, and leaves
/// for a neutral site. A plain link, so it works without JavaScript from every page.
async fn quick_exit(State(target): State<Arc<String>>, session: tower_sessions::Session) -> impl IntoResponse {
    if let Err(error) = session.flush().await {
        tracing::warn!(error = %error, "quick exit could not end the session");
    }
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, target.as_str().to_owned()),
            (HeaderName::from_static("clear-site-data"), "\"cache\", \"cookies\", \"storage\"".to_owned()),
        ],
    )
}

/// A minimal page for answers given before any Leptos page runs (a refused post, too many new sessions): the
/// message of `code` in the request's language, and a link home.
pub(crate) fn short_page(
    status: StatusCode,
    locale: amana_app::i18n::Locale,
    code: amana_app::errors::ErrorCode,
) -> axum::response::Response {
    let body = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{}</title><p>{}</p><p><a href=\"/\">{}</a></p></html>",
        locale.code(),
        locale.direction().as_str(),
        locale.text("app-name"),
        locale.text(code.as_str()),
        locale.text("not-found-home"),
    );
    (status, axum::response::Html(body)).into_response()
}

fn static_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

/// 200 when the database answers, 503 when it does not.
/// What search engines may index: the start page, the sign-in page and what the authority publishes about itself
/// (transparency figures, recipients), nothing else (every page about a person needs a sign-in anyway; this keeps
/// even their addresses out of search results).
async fn robots() -> impl IntoResponse {
    const ROBOTS_TXT: &str =
        "User-agent: *\nAllow: /$\nAllow: /sign-in$\nAllow: /transparency$\nAllow: /recipients$\nDisallow: /\n";
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], ROBOTS_TXT)
}

async fn healthz(State(storage): State<Storage>) -> impl IntoResponse {
    if storage.ping().await {
        (StatusCode::OK, "ok")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
    }
}
