//! Loading people: one at a time (`PUT` and `DELETE /people/{case_reference}`) or up to 500 in one call
//! (`POST /people:batch`).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::calls::{self, CaseReferencePath, IdempotencyKeyHeader};
use super::problem::ProblemDocument;
use super::ApiState;
use crate::domain::intake::PersonInput;
use crate::services::source_api::{ApiError, BatchItem, BatchResult, Caller, Loaded};

/// Up to 500 people, each with its case reference.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Batch {
    #[serde(deserialize_with = "crate::domain::intake::objects")]
    #[schema(min_items = 1, max_items = 500)]
    pub people: Vec<BatchItem>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct BatchAnswer {
    /// One result per person, in the order sent.
    pub results: Vec<BatchResult>,
}

/// Creates or replaces a person and this system's fields about them.
#[utoipa::path(
    put,
    path = "/api/v1/people/{case_reference}",
    tag = "people",
    params(CaseReferencePath),
    request_body(content = PersonInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Replaced", body = Loaded),
        (status = 201, description = "Created", body = Loaded),
        (status = 400, description = "Malformed body", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "Erased, or held by another system with another birth date", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "Invalid content", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn put_person(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Path(case_reference): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let bytes = calls::read_body(&headers, body).await?;
    let input: PersonInput = calls::parse(&bytes)?;
    let loaded = state.api.put_person(&caller, &case_reference, input).await?;
    let status = if loaded.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, axum::Json(loaded)).into_response())
}

/// This system no longer holds the person: its fields go. A person no system holds any more is forgotten (their
/// key is shredded).
#[utoipa::path(
    delete,
    path = "/api/v1/people/{case_reference}",
    tag = "people",
    params(CaseReferencePath),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "This system holds no such person", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn delete_person(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Path(case_reference): Path<String>,
) -> Result<StatusCode, ApiError> {
    state.api.delete_person(&caller, &case_reference).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Loads up to 500 people in one call, each on its own: the answer has a result per person.
#[utoipa::path(
    post,
    path = "/api/v1/people:batch",
    tag = "people",
    params(IdempotencyKeyHeader),
    request_body(content = Batch, content_type = "application/json"),
    responses(
        (status = 200, description = "A result per person", body = BatchAnswer),
        (status = 400, description = "Malformed body", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The first call with this key is still running", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "More than 500 people, or the key reused for another body", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn batch(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (api, who) = (&state.api, &caller);
    calls::json_post(&state, &caller, &headers, body, "/people:batch", |batch: Batch| async move {
        Ok(BatchAnswer { results: api.put_batch(who, batch.people).await? })
    })
    .await
}
