//! What flows back and sideways: the approved changes a system must carry out (a pull feed with an opaque cursor,
//! the same ids as the webhooks) and its acknowledgements, and the accesses its own users made.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::calls::{self, IdempotencyKeyHeader, PageQuery};
use super::problem::ProblemDocument;
use super::ApiState;
use crate::services::source_api::{
    AccessEventInput, AccessEventsResult, Acknowledgement, ApiError, Caller, FeedChange,
};

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ChangePage {
    /// Oldest first.
    pub changes: Vec<FeedChange>,
    /// The cursor to ask from next time (also in `Link: rel="next"` while there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccessEvents {
    /// Up to 1,000.
    #[serde(deserialize_with = "crate::domain::intake::objects")]
    #[schema(min_items = 1, max_items = 1000)]
    pub events: Vec<AccessEventInput>,
}

/// The approved corrections, erasures and restrictions concerning this system, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/changes",
    tag = "changes",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of changes", body = ChangePage),
        (status = 400, description = "A malformed cursor or limit", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn changes(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Query(page): Query<PageQuery>,
) -> Result<Response, ApiError> {
    let after = calls::after(page.after.as_deref())?;
    let limit = calls::limit(page.limit, 100, 1000)?;
    let (changes, last, more) = state.api.changes(&caller, after, limit).await?;
    // Where to ask from next time: after the last change seen, or where this page began.
    let resume = last.or((after > 0).then_some(after));
    let response = axum::Json(ChangePage { changes, next: resume.map(calls::cursor) }).into_response();
    Ok(calls::with_next(response, "/api/v1/changes", last.filter(|_| more), limit))
}

/// Records that this system carried out a change (`applied`), or could not (`rejected`, with a reason): the proof
/// staff see, and the person as "done in <system>".
#[utoipa::path(
    post,
    path = "/api/v1/changes/{id}/ack",
    tag = "changes",
    params(
        ("id" = String, Path, description = "The change's id (the webhook's `webhook-id`)"),
        IdempotencyKeyHeader,
    ),
    request_body(content = Acknowledgement, content_type = "application/json"),
    responses(
        (status = 200, description = "Recorded", body = FeedChange),
        (status = 400, description = "Malformed body", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No such change for this system", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "Already answered differently", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "A rejection without a reason, or the key reused for another body", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn acknowledge(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (api, who, change) = (&state.api, &caller, id.as_str());
    calls::json_post(
        &state,
        &caller,
        &headers,
        body,
        &format!("/changes/{id}/ack"),
        |ack: Acknowledgement| async move { api.acknowledge(who, change, ack).await },
    )
    .await
}

/// Reports who in this system's own offices looked at people's files: shown to each person under "who looked at
/// my data" (after `hidden_until`, for a covert case). A `query_id` already reported is counted, not stored again.
#[utoipa::path(
    post,
    path = "/api/v1/access-events",
    tag = "access",
    params(IdempotencyKeyHeader),
    request_body(content = AccessEvents, content_type = "application/json"),
    responses(
        (status = 200, description = "Counts, and the entries skipped as about nobody Amana holds", body = AccessEventsResult),
        (status = 400, description = "Malformed body", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The first call with this key is still running", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 415, description = "Not JSON", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "No entry, more than 1,000, an entry that breaks a rule (nothing is stored), or the key reused for another body", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn access_events(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (api, who) = (&state.api, &caller);
    calls::json_post(&state, &caller, &headers, body, "/access-events", |events: AccessEvents| async move {
        api.report_accesses(who, events.events).await
    })
    .await
}
