//! The outbox worker: delivers queued messages (e-mail, SMS, webhooks) with retries and backoff. A message is queued in the same
//! transaction as the change it announces, so a crash loses none; the idempotency key is its Message-ID. Payloads
//! are sealed (they hold addresses and codes) under the system key, bound to their idempotency key, and cleared on
//! delivery or, for a parked message, after [`PARKED_RETENTION_SECONDS`]. The worker drains without pause while
//! there is work, a few deliveries at a time over pooled connections.

use std::sync::Arc;
use std::time::Duration;

use futures_util::stream::{self, StreamExt};

use amana_app::helpers::Scope;
use amana_app::i18n::{Arg, Locale};
use serde::{Deserialize, Serialize};
use tokio::sync::Notify;

use crate::domain::intake::ContactChannel;
use crate::infra::clock::Clock;
use crate::infra::crypto::MasterKey;
use crate::infra::mail::{MailError, Mailer, OutgoingMail};
use crate::infra::sms::{OutgoingSms, SmsError, SmsSender};
use crate::infra::webhook::{self, Change, WebhookTarget, OUTBOX_KIND_WEBHOOK};
use crate::storage::systems::SystemRow;
use crate::storage::{self, OutboxRow, Storage, WriteTx};

/// What can be queued. Rendered into the recipient's language only when sent.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum OutboxMessage {
    SignInCode {
        to: String,
        locale: String,
        code: String,
        minutes: u32,
    },
    /// A helper asks to act for the person: the organisation, what it would be allowed (`mandate-scope-<key>`)
    /// and the code that confirms it.
    MandateRequest {
        to: String,
        locale: String,
        code: String,
        organisation: String,
        scope: Vec<Scope>,
    },
    /// "There is news, sign in": carries no personal data. `notice` picks the Fluent messages
    /// `mail-<notice>-subject` and `mail-<notice>-body`.
    Notice {
        to: String,
        locale: String,
        notice: Notice,
    },
    /// A deadline warning or escalation to a staff member, with a link to the request (Fluent
    /// `staff-mail-<notice>-subject` and `-body`).
    StaffNotice {
        to: String,
        locale: String,
        notice: StaffNotice,
        reference: String,
    },
    /// A new staff or helper account's one-time link to choose a password (`path` holds the token in its query; Fluent
    /// `mail-enrolment-subject` and `-body`).
    EnrolmentLink {
        to: String,
        locale: String,
        path: String,
        hours: i64,
    },
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
    /// A breach concerns the person: the notice waits on their page.
    DataIncident,
}

impl Notice {
    fn key(self) -> &'static str {
        match self {
            Notice::RequestReceived => "request-received",
            Notice::RequestNews => "request-news",
            Notice::HelperNews => "helper-news",
            Notice::DataIncident => "data-incident",
        }
    }

    /// Where the notice's reader signs in.
    fn sign_in_path(self) -> &'static str {
        match self {
            Notice::RequestReceived | Notice::RequestNews | Notice::DataIncident => "/sign-in",
            Notice::HelperNews => "/helper/sign-in",
        }
    }
}

const OUTBOX_KIND_MAIL: &str = "mail";
const OUTBOX_KIND_SMS: &str = "sms";
/// After this many failed attempts a message is parked for an operator to look at.
const MAX_ATTEMPTS: i64 = 12;
/// A parked message keeps its (sealed) payload this long for an operator to retry, then it is cleared.
pub const PARKED_RETENTION_SECONDS: i64 = 30 * 86_400;
/// Messages leased at once; when a whole batch was due, the next is leased straight away. Twice the deliveries
/// in flight, so no leased message waits long for its turn (and its lease can stay short).
pub const BATCH: i64 = 48;
/// Deliveries in flight at once (SMTP connections in the pool, webhook calls). lettre 0.11 leaves Nagle on, so
/// each SMTP message waits ~40 ms for the server's delayed ACK (see docs/performance.md): throughput comes from
/// connections side by side.
pub const CONCURRENCY: usize = crate::infra::mail::SMTP_CONNECTIONS as usize;

/// Does all the work of [`enqueue`] (sealing, the very same insert statement) and queues nothing: for a path that
/// must take as long as one that queues (a sign-in with a wrong birth date).
pub async fn enqueue_nothing(tx: &mut WriteTx, key: &str, message: &OutboxMessage, now: i64) -> anyhow::Result<()> {
    let payload = storage::outbox::seal(tx.keys()?, key, &serde_json::to_vec(message)?)?;
    Ok(storage::outbox::enqueue(tx, OUTBOX_KIND_MAIL, key, &payload, now, false).await?)
}

/// A webhook call waiting in the outbox: for which system, and the change.
#[derive(Serialize, Deserialize)]
struct QueuedChange {
    system_id: i64,
    change: Change,
}

/// Where the seal of a system's webhook secret is bound.
fn secret_place(system: i64) -> String {
    format!("webhook-secret-{system}")
}

/// Seals a system's webhook secret for storage.
pub fn seal_webhook_secret(master: &MasterKey, system: i64, secret: &str) -> anyhow::Result<String> {
    storage::outbox::seal(master, &secret_place(system), secret.as_bytes())
}

/// A system's webhook target, if it has one.
pub fn webhook_target(master: &MasterKey, system: &SystemRow) -> anyhow::Result<Option<WebhookTarget>> {
    let (Some(url), Some(sealed)) = (&system.webhook_url, &system.webhook_secret_enc) else { return Ok(None) };
    let secret = String::from_utf8(storage::outbox::unseal(master, &secret_place(system.id), sealed)?)?;
    Ok(Some(WebhookTarget { url: url.clone(), secret: secret.into() }))
}

/// Records, inside `tx`, the change a request's decision asks of the system named `system` (the fields it sent):
/// kept for the pull feed (sealed: a correction carries the new value) and, when the system has a webhook,
/// queued for it under the same id. A system that is not registered cannot be told; that is logged.
pub async fn enqueue_upstream_change(
    tx: &mut WriteTx,
    system: &str,
    request: i64,
    mut change: Change,
    now: i64,
) -> anyhow::Result<()> {
    let Some(row) = storage::systems::system_by_name_in(tx, system).await? else {
        tracing::warn!(
            request_id = request,
            "a change concerns a source system that is not registered: it was not told"
        );
        return Ok(());
    };
    change.id = format!("msg_{}", crate::infra::crypto::random_token(18));
    let master = tx.keys()?.clone();
    let sealed = storage::outbox::seal(&master, &change.id, &serde_json::to_vec(&change)?)?;
    storage::systems::insert_change(tx, &change.id, row.id, request, &change.event, &sealed, now).await?;
    if row.webhook_url.is_some() {
        let json = serde_json::to_vec(&QueuedChange { system_id: row.id, change: change.clone() })?;
        storage::outbox::enqueue_sealed(tx, OUTBOX_KIND_WEBHOOK, &change.id, &json, now).await?;
    }
    Ok(())
}

/// Queues `message` inside `tx`, as an e-mail.
pub async fn enqueue(tx: &mut WriteTx, key: &str, message: &OutboxMessage, now: i64) -> anyhow::Result<()> {
    enqueue_via(tx, ContactChannel::Email, key, message, now).await
}

/// Queues `message` inside `tx`, to go by `channel` (its `to` is then an address or a phone number).
pub async fn enqueue_via(
    tx: &mut WriteTx,
    channel: ContactChannel,
    key: &str,
    message: &OutboxMessage,
    now: i64,
) -> anyhow::Result<()> {
    let kind = match channel {
        ContactChannel::Email => OUTBOX_KIND_MAIL,
        ContactChannel::Sms => OUTBOX_KIND_SMS,
    };
    Ok(storage::outbox::enqueue_sealed(tx, kind, key, &serde_json::to_vec(message)?, now).await?)
}

/// The text message for `message`, in the recipient's language: short (one or two segments in every locale, a
/// test counts them), with nothing personal beyond a code. Staff and helper messages have none: they go by e-mail.
pub fn render_sms(row_key: &str, message: OutboxMessage, public_url: &str) -> Option<OutgoingSms> {
    let (to, text) = match message {
        OutboxMessage::SignInCode { to, locale, code, minutes } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let args = [("code", Arg::Text(&code)), ("minutes", Arg::Number(i64::from(minutes)))];
            (to, locale.text_with("sms-sign-in", &args))
        }
        OutboxMessage::MandateRequest { to, locale, code, organisation, .. } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let args = [("organisation", Arg::Text(&organisation)), ("code", Arg::Text(&code))];
            (to, locale.text_with("sms-mandate-request", &args))
        }
        OutboxMessage::Notice {
            to,
            locale,
            notice: notice @ (Notice::RequestReceived | Notice::RequestNews | Notice::DataIncident),
        } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let url = format!("{public_url}{}?lang={}", notice.sign_in_path(), locale.code());
            (to, locale.text_with(&format!("sms-{}", notice.key()), &[("url", Arg::Text(&url))]))
        }
        OutboxMessage::Notice { notice: Notice::HelperNews, .. }
        | OutboxMessage::StaffNotice { .. }
        | OutboxMessage::EnrolmentLink { .. } => return None,
    };
    Some(OutgoingSms { to, text, id: row_key.to_owned() })
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
            let scope = locale.list_of("mandate-scope", scope.iter().map(|s| s.key()));
            OutgoingMail {
                to,
                subject: locale.text("mail-mandate-request-subject"),
                text: locale.text_with(
                    "mail-mandate-request-body",
                    &[
                        ("organisation", Arg::Text(&organisation)),
                        ("scope", Arg::Text(&scope)),
                        ("code", Arg::Text(&code)),
                    ],
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
        OutboxMessage::EnrolmentLink { to, locale, path, hours } => {
            let locale = Locale::from_code(&locale).unwrap_or_default();
            let url = format!("{public_url}{path}&lang={}", locale.code());
            OutgoingMail {
                to,
                subject: locale.text("mail-enrolment-subject"),
                text: locale
                    .text_with("mail-enrolment-body", &[("url", Arg::Text(&url)), ("hours", Arg::Number(hours))]),
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
    pub sms: SmsSender,
    pub clock: Arc<dyn Clock>,
    /// Rung after a commit that queued something, so delivery starts at once.
    pub wake: Arc<Notify>,
    /// Domain for Message-IDs.
    pub domain: String,
    /// Amana's public address, for the sign-in link in notices.
    pub public_url: String,
    /// Opens sealed webhook payloads.
    pub master_key: crate::infra::crypto::MasterKey,
    pub http: reqwest::Client,
    /// How long a lease lasts (see [`crate::infra::config::DEFAULT_OUTBOX_LEASE_SECONDS`]).
    pub lease_seconds: i64,
}

impl OutboxWorker {
    /// Delivers one leased message and records the outcome: delivered (payload dropped), retried later with
    /// backoff, or parked.
    async fn deliver_and_record(&self, row: OutboxRow) {
        let outcome = self.deliver(&row, self.clock.now()).await;
        let now = self.clock.now();
        let recorded = match outcome {
            Ok(()) => self.storage.outbox_delivered(&[row.id], now).await,
            Err((error, permanent)) => {
                let parked = permanent || row.attempts + 1 >= MAX_ATTEMPTS;
                let next = (!parked).then(|| now + backoff(row.attempts));
                tracing::warn!(outbox_id = row.id, kind = %row.kind, attempts = row.attempts + 1, parked, error = %error, "delivery failed");
                self.storage.outbox_failed(row.id, next, now, &error).await
            }
        };
        if let Err(error) = recorded {
            // The lease runs out and the message is tried again: a mail may go twice (same Message-ID), never lost.
            tracing::error!(outbox_id = row.id, error = %error, "could not record a delivery outcome");
        }
    }

    /// Delivers one message; on failure, the error and whether it is permanent.
    async fn deliver(&self, row: &OutboxRow, now: i64) -> Result<(), (String, bool)> {
        let json = row
            .payload
            .as_deref()
            .map(|payload| storage::outbox::unseal(&self.master_key, &row.idempotency_key, payload))
            .transpose()
            .map_err(|e| (e.to_string(), true))?
            .ok_or_else(|| ("no payload".to_owned(), true))?;
        match row.kind.as_str() {
            OUTBOX_KIND_WEBHOOK => self.call_webhook(&json, now).await,
            OUTBOX_KIND_SMS => self.send_sms(row, &json).await,
            _ => self.send_mail(row, &json).await,
        }
    }

    async fn send_mail(&self, row: &OutboxRow, json: &[u8]) -> Result<(), (String, bool)> {
        let outcome = match serde_json::from_slice::<OutboxMessage>(json) {
            Ok(message) => self.mailer.send(&render(row, message, &self.domain, &self.public_url)).await,
            Err(_) => Err(MailError::Invalid),
        };
        outcome.map_err(|error| (error.to_string(), matches!(error, MailError::Invalid | MailError::Permanent)))
    }

    async fn send_sms(&self, row: &OutboxRow, json: &[u8]) -> Result<(), (String, bool)> {
        let message = serde_json::from_slice::<OutboxMessage>(json).map_err(|e| (e.to_string(), true))?;
        let sms = render_sms(&row.idempotency_key, message, &self.public_url)
            .ok_or_else(|| ("this kind of message has no SMS text".to_owned(), true))?;
        self.sms.send(&sms).await.map_err(|error| (error.to_string(), matches!(error, SmsError::Permanent)))
    }

    /// Calls the webhook of the system a change is for, as that system is configured now.
    async fn call_webhook(&self, json: &[u8], now: i64) -> Result<(), (String, bool)> {
        let queued: QueuedChange = serde_json::from_slice(json).map_err(|e| (e.to_string(), true))?;
        let system = self.storage.system(queued.system_id).await.map_err(|e| (e.to_string(), false))?;
        let target = system
            .and_then(|s| webhook_target(&self.master_key, &s).transpose())
            .transpose()
            .map_err(|e| (e.to_string(), true))?
            .ok_or_else(|| ("the system has no webhook target".to_owned(), true))?;
        webhook::deliver(&self.http, &target, queued.change, now).await.map_err(|error| {
            let permanent = matches!(error, webhook::WebhookError::Permanent(_));
            (error.to_string(), permanent)
        })
    }

    /// Leases due messages batch after batch while there is work, handing them to `queue`; then waits until woken
    /// (a commit here queued something) or `poll` passes (another instance queued something). The queue holds
    /// only as many as are delivered at once, so a leased message never waits behind more than a batch.
    async fn lease_forever(&self, queue: tokio::sync::mpsc::Sender<OutboxRow>, poll: Duration) {
        loop {
            match self.storage.lease_due_outbox(self.clock.now(), self.lease_seconds, BATCH).await {
                Ok(rows) => {
                    let full = rows.len() >= usize::try_from(BATCH).unwrap_or(usize::MAX);
                    for row in rows {
                        if queue.send(row).await.is_err() {
                            return;
                        }
                    }
                    if full {
                        continue;
                    }
                }
                Err(error) => tracing::error!(error = %error, "could not lease outbox messages"),
            }
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
            }
        }
    }

    /// Runs until the process ends (or the task is aborted): leasing and delivering side by side, so the next batch
    /// is leased while the last is still going out, [`CONCURRENCY`] deliveries at a time.
    pub async fn run(self, poll: Duration) {
        let (queue, leased) = tokio::sync::mpsc::channel::<OutboxRow>(CONCURRENCY);
        let worker = Arc::new(self);
        let rows = stream::unfold(leased, |mut leased| async move { leased.recv().await.map(|row| (row, leased)) });
        let deliveries = rows.for_each_concurrent(CONCURRENCY, |row| {
            let worker = worker.clone();
            async move { worker.deliver_and_record(row).await }
        });
        tokio::join!(worker.lease_forever(queue, poll), deliveries);
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
