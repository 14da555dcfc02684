//! Telling the source system about an applied change: a signed webhook (HMAC-SHA-256 over timestamp and body),
//! queued in the outbox in the same transaction as the change (`outbox::enqueue_upstream_change`), sealed at
//! rest, delivered with retries. The
//! idempotency key goes with every attempt, so the receiver can ignore a repeat.

use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// The outbox kind of webhook rows.
pub const OUTBOX_KIND_WEBHOOK: &str = "webhook";
/// Header carrying `sha256=<hex>` of `"<timestamp>.<body>"`.
pub const SIGNATURE_HEADER: &str = "x-amana-signature";
pub const TIMESTAMP_HEADER: &str = "x-amana-timestamp";
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";

/// Where upstream changes go, and the shared secret that signs them.
#[derive(Clone, Debug)]
pub struct WebhookTarget {
    pub url: String,
    pub secret: SecretString,
}

/// One field of an upstream change: its key, and its new value for a correction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpstreamField {
    pub key: String,
    pub value: Option<String>,
}

/// What the source system must do: `field.corrected`, `field.erased` or `field.restricted`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpstreamChange {
    pub event: String,
    /// Amana's request reference.
    pub request: String,
    /// The person's case reference in the source system.
    pub case_reference: String,
    pub fields: Vec<UpstreamField>,
    pub at: i64,
}

/// The body sent: the change with its idempotency key.
#[derive(Serialize, Deserialize)]
pub struct WebhookBody {
    pub id: String,
    #[serde(flatten)]
    pub change: UpstreamChange,
}

/// The signature of `body` sent at `timestamp`: hex HMAC-SHA-256 of `"<timestamp>.<body>"`.
pub fn signature(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes()) else { return String::new() };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Why a delivery failed.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// Worth trying again (network trouble, 5xx, 429, 408).
    #[error("temporary failure: {0}")]
    Temporary(String),
    /// The receiver refused the message itself (other 4xx); retrying will not help.
    #[error("refused: {0}")]
    Permanent(String),
}

/// Sends one change, signed.
pub async fn deliver(
    client: &reqwest::Client,
    target: &WebhookTarget,
    idempotency_key: &str,
    change: UpstreamChange,
    now: i64,
) -> Result<(), WebhookError> {
    let body = serde_json::to_vec(&WebhookBody { id: idempotency_key.to_owned(), change })
        .map_err(|e| WebhookError::Permanent(e.to_string()))?;
    let signature = signature(target.secret.expose_secret(), now, &body);
    let response = client
        .post(&target.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(SIGNATURE_HEADER, format!("sha256={signature}"))
        .header(TIMESTAMP_HEADER, now.to_string())
        .header(IDEMPOTENCY_HEADER, idempotency_key)
        .body(body)
        .send()
        .await
        .map_err(|e| WebhookError::Temporary(e.without_url().to_string()))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else if status.is_server_error() || status.as_u16() == 429 || status.as_u16() == 408 {
        Err(WebhookError::Temporary(status.to_string()))
    } else {
        Err(WebhookError::Permanent(status.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_covers_timestamp_and_body() {
        let base = signature("secret", 100, b"{}");
        assert_eq!(base.len(), 64);
        assert_ne!(base, signature("secret", 101, b"{}"));
        assert_ne!(base, signature("secret", 100, b"{ }"));
        assert_ne!(base, signature("other", 100, b"{}"));
    }
}
