//! Bulk imports: a streamed `application/x-ndjson` body, one person per line, read line by line (a line is at
//! most [`MAX_LINE_BYTES`]; memory stays bounded whatever the file's size) and written in batched transactions.
//! A bad line is reported (line number, pointer, code) and the rest go on; a line is written whole or not at all.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::calls::{self, Answer, Claim, IdempotencyKeyHeader, PageQuery};
use super::problem::ProblemDocument;
use super::ApiState;
use crate::domain::intake::Problem;
use crate::services::source_api::{ApiError, ApiScope, BatchItem, Caller, ImportLine, ImportProblem, ImportStatus};

/// Longest line of an import.
pub const MAX_LINE_BYTES: usize = 1024 * 1024;
/// Lines written per transaction.
pub const LINES_PER_BATCH: usize = 500;
/// Bytes of lines held before a batch is written, whatever their number.
pub const BYTES_PER_BATCH: usize = 8 * 1024 * 1024;

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ImportProblems {
    pub errors: Vec<ImportProblem>,
}

/// Splits a byte stream into lines, holding at most one line (and refusing one longer than the limit).
struct Lines {
    buffer: Vec<u8>,
    /// Inside a line that is too long: skip to its end.
    skipping: bool,
    number: i64,
}

/// A line read: its number, and its bytes or why it could not be kept.
type RawLine = (i64, Result<Vec<u8>, &'static str>);

impl Lines {
    fn feed(&mut self, mut chunk: &[u8], out: &mut Vec<RawLine>) {
        while let Some(end) = chunk.iter().position(|b| *b == b'\n') {
            self.number += 1;
            if self.skipping {
                out.push((self.number, Err("line-too-long")));
                self.skipping = false;
            } else if self.buffer.len() + end > MAX_LINE_BYTES {
                out.push((self.number, Err("line-too-long")));
            } else {
                self.buffer.extend_from_slice(&chunk[..end]);
                out.push((self.number, Ok(std::mem::take(&mut self.buffer))));
            }
            self.buffer.clear();
            chunk = &chunk[end + 1..];
        }
        if !self.skipping {
            if self.buffer.len() + chunk.len() > MAX_LINE_BYTES {
                self.skipping = true;
                self.buffer = Vec::new();
            } else {
                self.buffer.extend_from_slice(chunk);
            }
        }
    }

    fn finish(&mut self, out: &mut Vec<RawLine>) {
        if self.skipping {
            self.number += 1;
            out.push((self.number, Err("line-too-long")));
        } else if !self.buffer.iter().all(u8::is_ascii_whitespace) {
            self.number += 1;
            out.push((self.number, Ok(std::mem::take(&mut self.buffer))));
        }
    }
}

fn parse_line((number, raw): RawLine) -> Option<ImportLine> {
    let parsed = match raw {
        Err(code) => Err(Problem::new("", code)),
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => return None,
        Ok(bytes) => serde_json::from_slice::<BatchItem>(&bytes)
            .map(|item| (item.case_reference, item.person))
            .map_err(|_| Problem::new("", "invalid-json")),
    };
    Some((number, parsed))
}

/// Loads people from a stream of JSON lines; answers once the body has been read and written.
#[utoipa::path(
    post,
    path = "/api/v1/imports",
    tag = "imports",
    params(IdempotencyKeyHeader),
    request_body(content = BatchItem, content_type = "application/x-ndjson", description = "One person per line, each with its `case_reference`"),
    responses(
        (status = 202, description = "Read and written; the counts and problems are at `Location`", body = ImportStatus,
         headers(("Location" = String, description = "The import's address"))),
        (status = 400, description = "A malformed Idempotency-Key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key, or the key was revoked during the import", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 409, description = "The first call with this key is still running", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 415, description = "Not application/x-ndjson", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 422, description = "The key was used for another body", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn start(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    caller.require(ApiScope::PeopleWrite)?;
    let ndjson = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| {
        let media = v.split(';').next().unwrap_or_default().trim();
        media.eq_ignore_ascii_case("application/x-ndjson") || media.eq_ignore_ascii_case("application/jsonl")
    });
    if !ndjson {
        return Err(ApiError::Malformed("unsupported-media-type"));
    }
    let Some(key) = calls::idempotency_key(&headers)? else {
        return Ok(run(&state, &caller, body).await?.0.into_response());
    };
    under_key(&state, &caller, &key, body).await
}

/// An import under an idempotency key: the body must be read to know whether it is the same, so a key that has
/// answered makes the body be read without writing, and a new key holds its place until the body is read.
async fn under_key(state: &ApiState, caller: &Caller, key: &str, body: Body) -> Result<Response, ApiError> {
    let answered = state.api.storage.idempotency(caller.system.id, key).await?.is_some_and(|row| row.status.is_some());
    if answered {
        let mut hash = Sha256::new();
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            hash.update(chunk.map_err(|_| ApiError::Malformed("body-interrupted"))?);
        }
        return match calls::claim(state, caller, key, &hex::encode(hash.finalize())).await? {
            Claim::Replay(response) => Ok(response),
            // Released in the meantime (the first call failed): this one must be sent again to be read.
            Claim::First => {
                state.api.storage.release_idempotency(caller.system.id, key).await?;
                Err(ApiError::IdempotencyInProgress)
            }
        };
    }
    match calls::claim(state, caller, key, calls::PENDING_HASH).await? {
        Claim::Replay(response) => Ok(response),
        Claim::First => {
            let (outcome, hash) = match run(state, caller, body).await {
                Ok((answer, hash)) => (Ok(answer), hash),
                Err(error) => (Err(error), String::new()),
            };
            calls::keep(state, caller, key, &hash, outcome).await
        }
    }
}

/// Reads the body and writes its lines batch by batch; returns the answer and the hash of the body.
async fn run(state: &ApiState, caller: &Caller, body: Body) -> Result<(Answer, String), ApiError> {
    let grant = state.api.grant(caller).await?;
    let (id, public_id) = state.api.start_import(caller).await?;
    let mut lines = Lines { buffer: Vec::new(), skipping: false, number: 0 };
    let mut hash = Sha256::new();
    let mut pending: Vec<RawLine> = Vec::new();
    let mut pending_bytes = 0;
    let mut stream = body.into_data_stream();
    let mut ended = false;
    while !ended {
        match stream.next().await {
            Some(Ok(chunk)) => {
                hash.update(&chunk);
                let before = pending.len();
                lines.feed(&chunk, &mut pending);
                pending_bytes += pending[before..].iter().map(|(_, l)| l.as_ref().map_or(0, Vec::len)).sum::<usize>();
            }
            Some(Err(_)) => return Err(ApiError::Malformed("body-interrupted")),
            None => {
                lines.finish(&mut pending);
                ended = true;
            }
        }
        if pending.len() >= LINES_PER_BATCH || pending_bytes >= BYTES_PER_BATCH || (ended && !pending.is_empty()) {
            let batch: Vec<ImportLine> = pending.drain(..).filter_map(parse_line).collect();
            pending_bytes = 0;
            if !state.api.import_batch(caller, &grant, id, batch).await? {
                return Err(ApiError::Unauthenticated);
            }
        }
    }
    state.api.finish_import(caller, id).await?;
    let (_, status) = state.api.import_status(caller, &public_id).await?;
    let answer = Answer {
        status: StatusCode::ACCEPTED,
        location: Some(format!("/api/v1/imports/{public_id}")),
        body: serde_json::to_value(status).map_err(anyhow::Error::from)?,
    };
    Ok((answer, hex::encode(hash.finalize())))
}

/// The counts of an import.
#[utoipa::path(
    get,
    path = "/api/v1/imports/{id}",
    tag = "imports",
    params(("id" = String, Path, description = "The import's id")),
    responses(
        (status = 200, description = "Its counts", body = ImportStatus),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No such import of this system", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn status(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<axum::Json<ImportStatus>, ApiError> {
    Ok(axum::Json(state.api.import_status(&caller, &id).await?.1))
}

/// The problems of an import's lines, in line order, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/imports/{id}/errors",
    tag = "imports",
    params(("id" = String, Path, description = "The import's id"), PageQuery),
    responses(
        (status = 200, description = "A page of problems; `Link: rel=\"next\"` when there are more", body = ImportProblems),
        (status = 400, description = "A malformed cursor or limit", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 401, description = "No live key", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope", body = ProblemDocument, content_type = "application/problem+json"),
        (status = 404, description = "No such import of this system", body = ProblemDocument, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
pub async fn errors(
    State(state): State<Arc<ApiState>>,
    caller: Caller,
    Path(id): Path<String>,
    Query(page): Query<PageQuery>,
) -> Result<Response, ApiError> {
    let after = calls::after(page.after.as_deref())?;
    let limit = calls::limit(page.limit, 100, 1000)?;
    let (errors, next) = state.api.import_problems(&caller, &id, after, limit).await?;
    let response = axum::Json(ImportProblems { errors }).into_response();
    Ok(calls::with_next(response, &format!("/api/v1/imports/{id}/errors"), next, limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&[u8]]) -> Vec<(i64, Result<usize, &'static str>)> {
        let mut lines = Lines { buffer: Vec::new(), skipping: false, number: 0 };
        let mut out = Vec::new();
        for chunk in chunks {
            lines.feed(chunk, &mut out);
        }
        lines.finish(&mut out);
        out.into_iter().map(|(n, l)| (n, l.map(|b| b.len()))).collect()
    }

    #[test]
    fn lines_are_split_across_chunks_and_a_long_one_is_refused_without_being_held() {
        assert_eq!(split(&[b"ab", b"c\nde", b"\n"]), [(1, Ok(3)), (2, Ok(2))]);
        assert_eq!(split(&[b"x\nlast"]), [(1, Ok(1)), (2, Ok(4))]);
        let long = vec![b'a'; MAX_LINE_BYTES + 1];
        assert_eq!(split(&[&long, &long, b"\nok\n"]), [(1, Err("line-too-long")), (2, Ok(2))]);
        assert_eq!(split(&[b"ok\n", &long]), [(1, Ok(2)), (2, Err("line-too-long"))]);
    }
}
