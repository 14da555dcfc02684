//! CSRF protection for every state-changing request: the form's `csrf` field must equal the token page_env derives
//! (HMAC of the browser's CSRF cookie and the session's own secret, renewed at every sign-in and sign-out; compared
//! in constant time), and a cross-site `Origin` is refused outright. Reading the form for its token, it also
//! refuses a form whose fields hold a NUL character, which no keyboard types and PostgreSQL cannot store.

use amana_app::env::{PageEnv, CSRF_FIELD};
use amana_app::errors::ErrorCode;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;

/// Largest form body read for the token (file uploads will carry the token in the query string).
const MAX_FORM_BYTES: usize = 256 * 1024;

/// The server functions that take a multipart upload.
fn expects_upload(path: &str) -> bool {
    use leptos::server_fn::ServerFn;
    path == <amana_app::actions::FileRequest as ServerFn>::PATH
        || path == <amana_app::actions::AddInformation as ServerFn>::PATH
}

fn same_origin(request: &Request) -> bool {
    let Some(origin) = request.headers().get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true; // Old browsers send no Origin; the token still has to match.
    };
    let host = request.headers().get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    origin.split_once("://").is_some_and(|(_, rest)| rest == host)
}

fn refused(env: Option<&PageEnv>) -> Response {
    super::short_page(StatusCode::FORBIDDEN, env.map(|e| e.locale).unwrap_or_default(), ErrorCode::Gen403)
}

pub async fn verify(State(cookies): State<super::CookieNames>, request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    let env = request.extensions().get::<PageEnv>().cloned();
    if !same_origin(&request) {
        tracing::warn!(path = %request.uri().path(), "cross-origin post refused");
        return refused(env.as_ref());
    }
    let is_multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data") && v.contains("boundary="));
    // The upload endpoints read only well-formed multipart bodies (their decoder would fail hard on anything else).
    if !is_multipart && expects_upload(request.uri().path()) {
        return (StatusCode::UNSUPPORTED_MEDIA_TYPE, "").into_response();
    }
    let (parts, body) = request.into_parts();
    let cookie_present = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| pair.trim().split_once('=').is_some_and(|(name, _)| name == cookies.csrf));
    let expected = env.as_ref().map(|e| e.csrf_token.as_str()).unwrap_or_default();
    let matches =
        |presented: &str| !presented.is_empty() && bool::from(presented.as_bytes().ct_eq(expected.as_bytes()));
    let in_query = url::form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes())
        .find(|(key, _)| key == CSRF_FIELD)
        .map(|(_, value)| value.into_owned())
        .unwrap_or_default();
    if is_multipart {
        // A file upload is not read here: its token travels in the form's action URL.
        if !(cookie_present && matches(&in_query)) {
            tracing::warn!(path = %parts.uri.path(), "upload without a valid CSRF token refused");
            return refused(env.as_ref());
        }
        return next.run(Request::from_parts(parts, body)).await;
    }
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "").into_response();
    };
    let presented = url::form_urlencoded::parse(&bytes)
        .find(|(key, _)| key == CSRF_FIELD)
        .map(|(_, value)| value.into_owned())
        .unwrap_or(in_query);
    // A token the middleware just minted (no cookie yet) never matches what a form could carry.
    if !(cookie_present && matches(&presented)) {
        tracing::warn!(path = %parts.uri.path(), "post without a valid CSRF token refused");
        return refused(env.as_ref());
    }
    if url::form_urlencoded::parse(&bytes).any(|(key, value)| key.contains('\0') || value.contains('\0')) {
        tracing::info!(path = %parts.uri.path(), "form with a NUL character refused");
        let mut response =
            super::short_page(StatusCode::BAD_REQUEST, env.map(|e| e.locale).unwrap_or_default(), ErrorCode::Gen400);
        response.headers_mut().insert(
            axum::http::HeaderName::from_static(amana_app::actions::ERROR_CODES_HEADER),
            axum::http::HeaderValue::from_static(ErrorCode::Gen400.as_str()),
        );
        return response;
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}
