//! The outbox worker: delivers queued messages with retries and backoff. A message is queued in the same
//! transaction as the change it announces, so a crash loses none; the idempotency key is its Message-ID.

use std::sync::Arc;
use std::time::Duration;

use amana_app::i18n::{Arg, Locale};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::mail::{MailError, Mailer, OutgoingMail};
use crate::storage::{self, OutboxRow, Storage, WriteTx};
use crate::webhook::{self, OUTBOX_KIND_WEBHOOK};

/// What can be queued. Rendered into the recipient's language only when sent.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum OutboxMessage {
    SignInCode { to: String, locale: String, code: String, minutes: u32 },
    /// A helper asks to act for the person: the organisation, what it would be allowed (`mandate-scope-<key>`)
    /// and the code that confirms it.
    MandateRequest { to: String, locale: String, code: String, organisation: String, scope: Vec<String> },
    /// "There is news, sign in": carries no personal data. `notice` picks the Fluent messages
    /// `mail-<notice>-subject` and `mail-<notice>-body`.
    Notice { to: String, locale: String, notice: Notice },
    /// A deadline warning or escalation to a staff member, with a link to the request (Fluent
    /// `staff-mail-<notice>-subject` and `-body`).
    StaffNotice { to: String, locale: String, notice: StaffNotice, reference: String },
}

/// The kinds of notice staff get about deadlines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StaffNotice {
    /// To the assignee, a week before the due date.
    DueSoon,
    /// To the team's reviewers, once the due date has passed.
    Overdue,
}

impl StaffNotice {
    fn key(self) -> &'static str {
        match self {
            StaffNotice::DueSoon => "due-soon",
            StaffNotice::Overdue => "overdue",
        }
    }
}

/// The kinds of notice a person can get.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Notice {
    RequestReceived,
    RequestNews,
    /// To a helper: a message about a request they filed for someone.
    HelperNews,
}

impl Notice {
    fn key(self) -> &'static str {
        match self {
            Notice::RequestReceived => "request-received",
            Notice::RequestNews => "request-news",
            Notice::HelperNews => "helper-news",
        }
    }

    /// Where the notice's reader signs in.
    fn sign_in_path(self) -> &'static str {
        match self {
            Notice::RequestReceived | Notice::RequestNews => "/sign-in",
            Notice::HelperNews => "/helper/sign-in",
        }
    }
}

const OUTBOX_KIND_MAIL: &str = "mail";
/// After this many failed attempts a message is parked for an operator to look at.
const MAX_ATTEMPTS: i64 = 12;

/// Queues `message` inside `tx`.
pub async fn enqueue(tx: &mut WriteTx, key: &str, message: &OutboxMessage, now: i64) -> anyhow::Result<()> {
    let payload = serde_json::to_string(message)?;
    storage::outbox::enqueue(tx, OUTBOX_KIND_MAIL, key, &payload, now).await
}

fn render(row: &OutboxRow, message: OutboxMessage, domain: &str, public_url: &str) -> OutgoingMail {
    match message {
        OutboxMessage::SignInCode { to, locale, code, minutes } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            OutgoingMail {
                to,
                subject: locale.text("mail-sign-in-subject"),
                text: locale.text_with(
                    "mail-sign-in-body",
                    &[("code", Arg::Text(&code)), ("minutes", Arg::Number(i64::from(minutes)))],
                ),
                message_id: format!("<{}@{domain}>", row.idempotency_key),
            }
        }
        OutboxMessage::MandateRequest { to, locale, code, organisation, scope } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let scope =
                scope.iter().map(|s| locale.text(&format!("mandate-scope-{s}"))).collect::<Vec<_>>().join(locale.list_separator());
            OutgoingMail {
                to,
                subject: locale.text("mail-mandate-request-subject"),
                text: locale.text_with(
                    "mail-mandate-request-body",
                    &[("organisation", Arg::Text(&organisation)), ("scope", Arg::Text(&scope)), ("code", Arg::Text(&code))],
                ),
                message_id: format!("<{}@{domain}>", row.idempotency_key),
            }
        }
        OutboxMessage::Notice { to, locale, notice } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let url = format!("{public_url}{}?lang={}", notice.sign_in_path(), locale.code());
            OutgoingMail {
                to,
                subject: locale.text(&format!("mail-{}-subject", notice.key())),
                text: locale.text_with(&format!("mail-{}-body", notice.key()), &[("url", Arg::Text(&url))]),
                message_id: format!("<{}@{domain}>", row.idempotency_key),
            }
        }
        OutboxMessage::StaffNotice { to, locale, notice, reference } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let url = format!("{public_url}/staff/requests/{reference}");
            OutgoingMail {
                to,
                subject: locale.text(&format!("staff-mail-{}-subject", notice.key())),
                text: locale.text_with(&format!("staff-mail-{}-body", notice.key()), &[("url", Arg::Text(&url))]),
                message_id: format!("<{}@{domain}>", row.idempotency_key),
            }
        }
    }
}

/// Seconds to wait before attempt `attempts + 1`: 5 s doubling, at most an hour.
fn backoff(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(0, 10)).unwrap_or(10);
    (5_i64 * 2_i64.pow(exponent)).min(3600)
}

/// The worker's state.
#[derive(Clone)]
pub struct OutboxWorker {
    pub storage: Storage,
    pub mailer: Mailer,
    pub clock: Arc<dyn Clock>,
    /// Rung after a commit that queued something, so delivery starts at once.
    pub wake: Arc<Notify>,
    /// Domain for Message-IDs.
    pub domain: String,
    /// Amana's public address, for the sign-in link in notices.
    pub public_url: String,
    /// Opens sealed webhook payloads.
    pub master_key: crate::crypto::MasterKey,
    /// Where applied changes are announced, if anywhere.
    pub webhook: Option<webhook::WebhookTarget>,
    pub http: reqwest::Client,
}

impl OutboxWorker {
    /// Delivers everything due now; returns how many were delivered.
    pub async fn drain_once(&self) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let rows = self.storage.lease_due_outbox(now, 120, 20).await?;
        let mut delivered = 0;
        for row in rows {
            let outcome = if row.kind == OUTBOX_KIND_WEBHOOK { self.call_webhook(&row, now).await } else { self.send_mail(&row).await };
            let now = self.clock.now();
            match outcome {
                Ok(()) => {
                    self.storage.outbox_delivered(row.id, now).await?;
                    delivered += 1;
                }
                Err((error, permanent)) => {
                    let parked = permanent || row.attempts + 1 >= MAX_ATTEMPTS;
                    let next = if parked { i64::MAX / 2 } else { now + backoff(row.attempts) };
                    tracing::warn!(outbox_id = row.id, kind = %row.kind, attempts = row.attempts + 1, parked, error = %error, "delivery failed");
                    self.storage.outbox_failed(row.id, next, &error).await?;
                }
            }
        }
        Ok(delivered)
    }

    /// Sends one mail; on failure, the error and whether it is permanent.
    async fn send_mail(&self, row: &OutboxRow) -> Result<(), (String, bool)> {
        let message = row.payload.as_deref().map(serde_json::from_str::<OutboxMessage>);
        let outcome = match message {
            Some(Ok(message)) => self.mailer.send(&render(row, message, &self.domain, &self.public_url)).await,
            _ => Err(MailError::Invalid),
        };
        outcome.map_err(|error| (error.to_string(), matches!(error, MailError::Invalid | MailError::Permanent)))
    }

    /// Calls the upstream webhook with one change.
    async fn call_webhook(&self, row: &OutboxRow, now: i64) -> Result<(), (String, bool)> {
        let Some(target) = &self.webhook else { return Err(("no webhook target configured".into(), false)) };
        let change = row
            .payload
            .as_deref()
            .map(|payload| webhook::unseal(&self.master_key, payload))
            .transpose()
            .map_err(|e| (e.to_string(), true))?
            .ok_or_else(|| ("empty webhook payload".to_owned(), true))?;
        webhook::deliver(&self.http, target, &row.idempotency_key, change, now).await.map_err(|error| {
            let permanent = matches!(error, webhook::WebhookError::Permanent(_));
            (error.to_string(), permanent)
        })
    }

    /// Runs until the process ends: drains when woken, and at least every `poll`.
    pub async fn run(self, poll: Duration) {
        loop {
            if let Err(error) = self.drain_once().await {
                tracing::error!(error = %error, "outbox pass failed");
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(0), 5);
        assert_eq!(backoff(1), 10);
        assert_eq!(backoff(4), 80);
        assert_eq!(backoff(30), 3600);
    }
}
