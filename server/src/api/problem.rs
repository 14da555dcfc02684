//! Every refusal of the API as `application/problem+json` (RFC 9457), in one place: a stable `type` per kind of
//! problem, the status, a `detail` for the integrator (English: it is read by developers, not by the people whose
//! data it is), and for invalid content each problem's JSON pointer and code. Nothing sent is ever echoed back.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::intake::Problem;
use crate::services::source_api::ApiError;

/// The media type of a problem document.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A problem document.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ProblemDocument {
    /// Stable: `urn:amana:problem:<code>`.
    #[serde(rename = "type")]
    #[schema(example = "urn:amana:problem:validation")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// For `validation`: each problem's place and code.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Problem>,
}

/// The status, code and explanation of each refusal.
fn describe(error: &ApiError) -> (StatusCode, &'static str, &'static str) {
    match error {
        ApiError::Unauthenticated => (
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "Send a live API key as `Authorization: Bearer amana_<id>_<secret>`.",
        ),
        ApiError::MissingScope(_) => {
            (StatusCode::FORBIDDEN, "missing-scope", "This key does not have the scope the operation needs.")
        }
        ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found", "Nothing of this system's is there."),
        ApiError::Invalid(_) => {
            (StatusCode::UNPROCESSABLE_ENTITY, "validation", "The content breaks the rules listed in `errors`.")
        }
        ApiError::Malformed("unsupported-media-type") => (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported-media-type",
            "Send the body with the content type this operation documents.",
        ),
        ApiError::Malformed("too-large") => {
            (StatusCode::PAYLOAD_TOO_LARGE, "too-large", "The body is larger than this operation takes.")
        }
        ApiError::Malformed(_) => {
            (StatusCode::BAD_REQUEST, "malformed", "The body or a parameter is not in the documented shape.")
        }
        ApiError::Conflict(_) => {
            (StatusCode::CONFLICT, "conflict", "The current state of things refuses this call; `code` says why.")
        }
        ApiError::IdempotencyKeyReused => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency-key-reused",
            "This Idempotency-Key was used with a different request.",
        ),
        ApiError::IdempotencyInProgress => (
            StatusCode::CONFLICT,
            "idempotency-in-progress",
            "The first call with this Idempotency-Key has not answered yet; retry later.",
        ),
        ApiError::Internal(_) => {
            (StatusCode::INTERNAL_SERVER_ERROR, "internal", "Amana could not complete the call; retry later.")
        }
    }
}

/// The problem document of `error`.
pub fn document(error: &ApiError) -> ProblemDocument {
    let (status, code, detail) = describe(error);
    let code = match error {
        ApiError::Conflict(reason) => reason,
        _ => code,
    };
    ProblemDocument {
        problem_type: format!("urn:amana:problem:{code}"),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail: detail.to_owned(),
        errors: match error {
            ApiError::Invalid(problems) => problems.clone(),
            ApiError::Malformed(reason) => vec![Problem::new("", reason)],
            _ => Vec::new(),
        },
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(error) = &self {
            tracing::error!(error = %format!("{error:#}"), "an API call failed");
        }
        let document = document(&self);
        let status = StatusCode::from_u16(document.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&document).unwrap_or_default();
        let mut response =
            (status, [(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON))], body).into_response();
        if matches!(self, ApiError::Unauthenticated) {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"amana\""));
        }
        response
    }
}
