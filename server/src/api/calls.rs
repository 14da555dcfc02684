//! What every API call goes through: the bearer key (the caller), the JSON body read within its limit, the
//! `Idempotency-Key` of a POST (a retry gets the first answer and writes nothing), and opaque cursors for lists.

use std::future::Future;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use utoipa::IntoParams;

use super::ApiState;
use crate::services::source_api::{ApiError, Caller, ABANDONED_CALL_SECONDS};

/// Largest JSON body (a batch of 500 people).
pub const MAX_JSON_BYTES: usize = 16 * 1024 * 1024;

impl FromRequestParts<Arc<ApiState>> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &Arc<ApiState>) -> Result<Caller, ApiError> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .ok_or(ApiError::Unauthenticated)?;
        state.api.authenticate(token.trim()).await
    }
}

/// Reads a JSON body of at most [`MAX_JSON_BYTES`], sent as `application/json`.
pub async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")));
    if !json {
        return Err(ApiError::Malformed("unsupported-media-type"));
    }
    axum::body::to_bytes(body, MAX_JSON_BYTES).await.map_err(|_| ApiError::Malformed("too-large"))
}

/// Parses a JSON body; the error never carries what was sent.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    // Every body is a JSON object: serde would also fill a struct from an array, by position.
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(ApiError::Malformed("invalid-json"));
    }
    serde_json::from_slice(bytes).map_err(|_| ApiError::Malformed("invalid-json"))
}

/// A page of a list: where to go on from, and how many.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// The cursor from the previous page's `next` or `Link` header; empty or left out, the list starts at the
    /// beginning.
    #[param(pattern = "^[0-9]{0,18}$")]
    pub after: Option<String>,
    /// 1 to 1,000; 100 when not given.
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<i64>,
}

/// The `Idempotency-Key` header every POST takes, as the OpenAPI document describes it ([`idempotency_key`]
/// reads it).
#[derive(IntoParams)]
#[into_params(parameter_in = Header)]
#[expect(dead_code, reason = "it describes the header in the OpenAPI document; `idempotency_key` reads it")]
pub struct IdempotencyKeyHeader {
    /// A retry with the same key and body gets the first answer: 1–255 visible ASCII characters.
    #[param(rename = "Idempotency-Key", pattern = "^[!-~]{1,255}$")]
    pub idempotency_key: Option<String>,
}

/// The case reference in a path, as the OpenAPI document describes it.
#[derive(IntoParams)]
#[into_params(parameter_in = Path)]
#[expect(dead_code, reason = "it describes the path in the OpenAPI document; handlers take the `Path` itself")]
pub struct CaseReferencePath {
    /// The person's case reference in the source system: 1–64 letters, digits, `.`, `_` or `-`, starting with a
    /// letter or digit.
    #[param(pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    pub case_reference: String,
}

/// An answer worth keeping for a retry.
pub struct Answer {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: serde_json::Value,
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body)).into_response();
        if let Some(location) = self.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
            response.headers_mut().insert(header::LOCATION, location);
        }
        response
    }
}

/// The `Idempotency-Key` of a call, if it sent one: 1–255 visible ASCII characters.
pub fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    let key = value.to_str().map_err(|_| ApiError::Malformed("invalid-idempotency-key"))?.trim();
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ApiError::Malformed("invalid-idempotency-key"));
    }
    Ok(Some(key.to_owned()))
}

/// What identifies a request for its idempotency key: method, path and body.
pub fn request_hash(method: &str, path: &str, body: &[u8]) -> String {
    let mut hash = Sha256::new();
    hash.update(method.as_bytes());
    hash.update(b" ");
    hash.update(path.as_bytes());
    hash.update(b"\n");
    hash.update(body);
    hex::encode(hash.finalize())
}

/// What to do with a call that sent an idempotency key.
pub enum Claim {
    /// The first call: go on, then keep the answer.
    First,
    /// A retry of a call that answered: send this again.
    Replay(Response),
}

/// Claims `key` for a call with `hash`: the first call goes on; a retry of an answered call gets that answer; a
/// different request under the same key is refused (422), and so is a retry while the first is running (409).
pub async fn claim(state: &ApiState, caller: &Caller, key: &str, hash: &str) -> Result<Claim, ApiError> {
    for _ in 0..3 {
        let now = state.api.clock.now();
        match state.api.storage.idempotency(caller.system.id, key).await? {
            None => {
                if state.api.storage.claim_idempotency(caller.system.id, key, hash, now).await? {
                    return Ok(Claim::First);
                }
            }
            Some(row) if row.request_hash != hash && row.request_hash != PENDING_HASH => {
                return Err(ApiError::IdempotencyKeyReused)
            }
            Some(row) => match row.status {
                Some(status) if row.request_hash == hash => {
                    let answer = Answer {
                        status: StatusCode::from_u16(u16::try_from(status).unwrap_or(500))
                            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                        location: row.location,
                        body: serde_json::from_str(row.body.as_deref().unwrap_or("null")).unwrap_or_default(),
                    };
                    let mut response = answer.into_response();
                    response.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
                    return Ok(Claim::Replay(response));
                }
                Some(_) => return Err(ApiError::IdempotencyKeyReused),
                None if row.created_at < now - ABANDONED_CALL_SECONDS => {
                    state.api.storage.release_idempotency(caller.system.id, key).await?;
                }
                None => return Err(ApiError::IdempotencyInProgress),
            },
        }
    }
    Err(ApiError::IdempotencyInProgress)
}

/// The hash a streamed import holds its key under until its body has been read.
pub const PENDING_HASH: &str = "pending";

/// Runs `call` under the caller's idempotency key, if it sent one, and keeps its answer (a refusal frees the
/// key, so a corrected retry can use it).
pub async fn idempotent<F, Fut>(
    state: &ApiState,
    caller: &Caller,
    headers: &HeaderMap,
    hash: String,
    call: F,
) -> Result<Response, ApiError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Answer, ApiError>>,
{
    let Some(key) = idempotency_key(headers)? else { return Ok(call().await?.into_response()) };
    if let Claim::Replay(response) = claim(state, caller, &key, &hash).await? {
        return Ok(response);
    }
    keep(state, caller, &key, &hash, call().await).await
}

/// A JSON POST at `path`: the body read and parsed into `T` under the caller's idempotency key, `call` run on
/// it, and its result answered with 200 (and kept for a retry).
pub async fn json_post<T, R, F, Fut>(
    state: &ApiState,
    caller: &Caller,
    headers: &HeaderMap,
    body: Body,
    path: &str,
    call: F,
) -> Result<Response, ApiError>
where
    T: DeserializeOwned,
    R: serde::Serialize,
    F: FnOnce(T) -> Fut,
    Fut: Future<Output = Result<R, ApiError>>,
{
    let bytes = read_body(headers, body).await?;
    let hash = request_hash("POST", path, &bytes);
    idempotent(state, caller, headers, hash, || async {
        let result = call(parse(&bytes)?).await?;
        Ok(Answer {
            status: StatusCode::OK,
            location: None,
            body: serde_json::to_value(result).map_err(anyhow::Error::from)?,
        })
    })
    .await
}

/// Keeps the answer of a claimed call (or frees the key after a refusal) and returns the response.
pub async fn keep(
    state: &ApiState,
    caller: &Caller,
    key: &str,
    hash: &str,
    outcome: Result<Answer, ApiError>,
) -> Result<Response, ApiError> {
    match outcome {
        Ok(answer) => {
            let body = serde_json::to_string(&answer.body).unwrap_or_default();
            state
                .api
                .storage
                .keep_answer(caller.system.id, key, hash, answer.status.as_u16(), answer.location.as_deref(), &body)
                .await?;
            Ok(answer.into_response())
        }
        Err(error) => {
            state.api.storage.release_idempotency(caller.system.id, key).await?;
            Err(error)
        }
    }
}

/// The cursor for the row id `id`: opaque to callers, who pass back what a page gave them (the OpenAPI document
/// states its form, as [`PageQuery`] says).
pub fn cursor(id: i64) -> String {
    id.to_string()
}

/// The row id behind a cursor; none for the start.
pub fn after(cursor: Option<&str>) -> Result<i64, ApiError> {
    let Some(cursor) = cursor.filter(|c| !c.is_empty()) else { return Ok(0) };
    let well_formed = (1..=18).contains(&cursor.len()) && cursor.bytes().all(|b| b.is_ascii_digit());
    well_formed.then(|| cursor.parse::<i64>().ok()).flatten().ok_or(ApiError::Malformed("invalid-cursor"))
}

/// A page size: 1 to `max`, `default` when not given.
pub fn limit(limit: Option<i64>, default: i64, max: i64) -> Result<i64, ApiError> {
    match limit {
        None => Ok(default),
        Some(n) if (1..=max).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::Malformed("invalid-limit")),
    }
}

/// Adds `Link: <path?after=…&limit=…>; rel="next"` when there is a next page.
pub fn with_next(mut response: Response, path: &str, next: Option<i64>, limit: i64) -> Response {
    if let Some(next) = next {
        let link = format!("<{path}?after={}&limit={limit}>; rel=\"next\"", cursor(next));
        if let Ok(value) = HeaderValue::from_str(&link) {
            response.headers_mut().insert(header::LINK, value);
        }
    }
    response
}
