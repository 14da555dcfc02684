//! Sending mail through lettre: a folder of `.eml` files for local use, SMTP (pooled connections) in production.
//! Logs only the
//! recipient's domain, never the address.

use std::path::PathBuf;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::{MailConfig, SmtpSecurity};

async fn write_atomically(dir: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = crate::crypto::random_token(16);
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::write(&partial, bytes).await?;
    tokio::fs::rename(&partial, dir.join(format!("{name}.eml"))).await
}

/// A message ready to send: already rendered in the recipient's language.
#[derive(Clone, Debug)]
pub struct OutgoingMail {
    pub to: String,
    pub subject: String,
    pub text: String,
    /// Stable per outbox message, so a retried delivery can be recognised as the same message.
    pub message_id: String,
}

#[derive(Clone)]
pub enum Mailer {
    /// Writes each message as `<id>.eml`, atomically (written aside, then renamed), so whoever reads the folder
    /// never sees half a message.
    Dir {
        dir: PathBuf,
        from: String,
    },
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: String,
    },
}

/// Why a delivery failed, without anything the server said about the recipient.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("temporary failure")]
    Transient,
    #[error("permanent failure")]
    Permanent,
    #[error("invalid message")]
    Invalid,
}

impl Mailer {
    pub fn from_config(config: &MailConfig, from: &str) -> anyhow::Result<Mailer> {
        let _: lettre::message::Mailbox = from.parse().context("AMANA_MAIL_FROM is not a valid address")?;
        Ok(match config {
            MailConfig::Dir(path) => {
                std::fs::create_dir_all(path)
                    .with_context(|| format!("creating the mail folder {}", path.display()))?;
                Mailer::Dir { dir: PathBuf::from(path), from: from.to_owned() }
            }
            MailConfig::Smtp { host, port, security, username, password } => {
                let builder = match security {
                    SmtpSecurity::None => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
                    SmtpSecurity::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
                    SmtpSecurity::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
                };
                // Connections are pooled and reused: the outbox sends several mails at once, each over an
                // already open connection.
                let pool = lettre::transport::smtp::PoolConfig::new().max_size(crate::outbox::CONCURRENCY as u32);
                let mut builder =
                    builder.port(*port).timeout(Some(std::time::Duration::from_secs(20))).pool_config(pool);
                if let (Some(user), Some(pass)) = (username, password) {
                    builder = builder.credentials(Credentials::new(user.clone(), pass.expose_secret().to_owned()));
                }
                Mailer::Smtp { transport: builder.build(), from: from.to_owned() }
            }
        })
    }

    pub async fn send(&self, mail: &OutgoingMail) -> Result<(), MailError> {
        let domain = mail.to.rsplit('@').next().unwrap_or("?").to_owned();
        let from = match self {
            Mailer::Dir { from, .. } | Mailer::Smtp { from, .. } => from,
        };
        let message = Message::builder()
            .from(from.parse().map_err(|_| MailError::Invalid)?)
            .to(mail.to.parse().map_err(|_| MailError::Invalid)?)
            .subject(mail.subject.clone())
            .message_id(Some(mail.message_id.clone()))
            .header(ContentType::TEXT_PLAIN)
            .body(mail.text.clone())
            .map_err(|_| MailError::Invalid)?;
        let outcome = match self {
            Mailer::Dir { dir, .. } => write_atomically(dir, &message.formatted()).await.map_err(|error| {
                tracing::warn!(error = %error, "writing mail to the drop folder failed");
                MailError::Transient
            }),
            Mailer::Smtp { transport, .. } => transport.send(message).await.map(|_| ()).map_err(|error| {
                if error.is_permanent() {
                    MailError::Permanent
                } else {
                    MailError::Transient
                }
            }),
        };
        match &outcome {
            Ok(()) => tracing::info!(recipient_domain = %domain, "mail sent"),
            Err(error) => tracing::warn!(recipient_domain = %domain, error = %error, "mail not sent"),
        }
        outcome
    }
}
