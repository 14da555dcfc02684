//! Telling a source system about an approved change, in the Standard Webhooks format
//! (<https://www.standardwebhooks.com>): headers `webhook-id` (the change's id, the same the pull feed shows),
//! `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA-256 of "id.timestamp.body">` under the
//! system's `whsec_` secret. Queued in the outbox in the same transaction as the change, delivered with retries;
//! a repeat carries the same id, so the receiver can ignore it.

use base64::Engine;
use hmac::{Hmac, Mac};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use utoipa::ToSchema;

/// The outbox kind of webhook rows.
pub const OUTBOX_KIND_WEBHOOK: &str = "webhook";
pub const ID_HEADER: &str = "webhook-id";
pub const TIMESTAMP_HEADER: &str = "webhook-timestamp";
pub const SIGNATURE_HEADER: &str = "webhook-signature";
/// The prefix of a webhook secret.
pub const SECRET_PREFIX: &str = "whsec_";

/// Where a system's changes go, and the secret that signs them (`whsec_<base64>`).
#[derive(Clone, Debug)]
pub struct WebhookTarget {
    pub url: String,
    pub secret: SecretString,
}

/// A new secret: 32 random bytes.
pub fn new_secret() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    format!("{SECRET_PREFIX}{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// One field of a change: which, and its new value for a correction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ChangeField {
    pub category: String,
    pub key: String,
    /// The new value, for a correction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// What a source system must carry out, as the pull feed and the webhook carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Change {
    /// The change's id: the webhook's `webhook-id`, and what `POST /changes/{id}/ack` names.
    pub id: String,
    /// `field.corrected`, `field.erased` or `field.restricted`.
    #[schema(example = "field.corrected")]
    pub event: String,
    /// Amana's request reference.
    pub request: String,
    /// The person's case reference in the source system.
    pub case_reference: String,
    pub fields: Vec<ChangeField>,
    /// When the change was approved (RFC 3339, UTC).
    pub approved_at: String,
}

/// The body of a webhook call: the Standard Webhooks envelope (type, when it happened, data) around the change.
#[derive(Serialize, Deserialize)]
pub struct WebhookBody {
    #[serde(rename = "type")]
    pub event: String,
    pub timestamp: String,
    pub data: Change,
}

/// The signature header's value for `body` sent with `id` at `timestamp`: `v1,<base64>`; empty if the secret
/// is not a `whsec_` secret.
pub fn signature(secret: &str, id: &str, timestamp: i64, body: &[u8]) -> String {
    let Some(key) = secret
        .strip_prefix(SECRET_PREFIX)
        .and_then(|encoded| base64::engine::general_purpose::STANDARD.decode(encoded).ok())
    else {
        return String::new();
    };
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(&key) else { return String::new() };
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1,{}", base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()))
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
    change: Change,
    now: i64,
) -> Result<(), WebhookError> {
    let id = change.id.clone();
    // The envelope's time is the event's, so every attempt sends the same body; the header's is the attempt's.
    let timestamp = change.approved_at.clone();
    let body = serde_json::to_vec(&WebhookBody { event: change.event.clone(), timestamp, data: change })
        .map_err(|e| WebhookError::Permanent(e.to_string()))?;
    let signature = signature(target.secret.expose_secret(), &id, now, &body);
    let response = client
        .post(&target.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(ID_HEADER, &id)
        .header(TIMESTAMP_HEADER, now.to_string())
        .header(SIGNATURE_HEADER, signature)
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
    fn the_signature_covers_id_timestamp_and_body() {
        let secret = new_secret();
        let base = signature(&secret, "msg_1", 100, b"{}");
        assert!(base.starts_with("v1,"));
        assert_ne!(base, signature(&secret, "msg_2", 100, b"{}"));
        assert_ne!(base, signature(&secret, "msg_1", 101, b"{}"));
        assert_ne!(base, signature(&secret, "msg_1", 100, b"{ }"));
        assert_ne!(base, signature(&new_secret(), "msg_1", 100, b"{}"));
        assert_eq!(signature("not-a-whsec-secret", "msg_1", 100, b"{}"), "");
    }
}
