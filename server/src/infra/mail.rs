//! Sending mail through lettre: a folder of `.eml` files for local use, SMTP (pooled connections) in production.
//! Logs only the
//! recipient's domain, never the address.

use std::path::PathBuf;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Transport security for SMTP.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP, for a relay on the same host or a test listener.
    None,
    StartTls,
    Tls,
}

/// Where mail goes.
#[derive(Clone, Debug)]
pub enum MailConfig {
    /// One `.eml` file per message in this folder (local use and demos).
    Dir(std::path::PathBuf),
    Smtp {
        host: String,
        port: u16,
        security: SmtpSecurity,
        username: Option<String>,
        password: Option<secrecy::SecretString>,
    },
}

impl MailConfig {
    /// `dir:/path`, `smtp://[user:pass@]host:port` (plain), `smtp+starttls://…` or `smtps://…`.
    pub fn parse(value: &str) -> Result<MailConfig, String> {
        let invalid = |reason: &str| reason.to_owned();
        if let Some(path) = value.strip_prefix("dir:") {
            if path.is_empty() {
                return Err(invalid("dir: needs a folder, as in dir:./data/mail"));
            }
            return Ok(MailConfig::Dir(std::path::PathBuf::from(path)));
        }
        let url = url::Url::parse(value)
            .map_err(|_| invalid("expected dir:<folder> or smtp://host:port (smtp+starttls://, smtps://)"))?;
        let (security, default_port) = match url.scheme() {
            "smtp" => (SmtpSecurity::None, 25),
            "smtp+starttls" => (SmtpSecurity::StartTls, 587),
            "smtps" => (SmtpSecurity::Tls, 465),
            _ => return Err(invalid("expected dir:<folder> or smtp://host:port (smtp+starttls://, smtps://)")),
        };
        let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(|| invalid("the SMTP URL has no host"))?;
        let username = (!url.username().is_empty()).then(|| decode(url.username()));
        let password = url.password().map(|p| secrecy::SecretString::from(decode(p)));
        Ok(MailConfig::Smtp {
            host: host.to_owned(),
            port: url.port().unwrap_or(default_port),
            security,
            username,
            password,
        })
    }
}

fn decode(text: &str) -> String {
    url::form_urlencoded::parse(format!("x={text}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}
use secrecy::ExposeSecret;

async fn write_atomically(dir: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = crate::infra::crypto::random_token(16);
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

/// How many SMTP connections the pool keeps open: one for each delivery the outbox runs at once.
pub const SMTP_CONNECTIONS: u32 = 24;

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
                let pool = lettre::transport::smtp::PoolConfig::new().max_size(SMTP_CONNECTIONS);
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
