//! Configuration from `AMANA_…` environment variables, with defaults, validated once at start-up.

use std::net::SocketAddr;
use std::path::PathBuf;

use secrecy::SecretString;

pub use crate::infra::mail::{MailConfig, SmtpSecurity};
pub use crate::infra::sms::SmsConfig;

/// Which database, chosen by the URL's scheme.
#[derive(Clone, Debug)]
pub enum DatabaseUrl {
    Sqlite(String),
    Postgres(secrecy::SecretString),
}

impl DatabaseUrl {
    /// The URL's kind; an unknown scheme is refused with the reason (never a silent empty database).
    pub fn parse(url: &str) -> Result<DatabaseUrl, String> {
        if url.starts_with("sqlite:") {
            Ok(DatabaseUrl::Sqlite(url.to_owned()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DatabaseUrl::Postgres(secrecy::SecretString::from(url.to_owned())))
        } else {
            let scheme = url.split(':').next().unwrap_or_default();
            Err(format!("unsupported scheme {scheme:?}: use sqlite://path/to/file.db or postgres://user@host/db"))
        }
    }
}

/// How long an outbox lease lasts unless configured (`AMANA_OUTBOX_LEASE_SECONDS`): a worker that dies mid-batch
/// leaves its messages to another (or to itself, restarted) after this. Longer than the few SMTP timeouts (20 s
/// each) a leased message can wait behind.
pub const DEFAULT_OUTBOX_LEASE_SECONDS: i64 = 60;

/// Whether `url` is plain HTTP to this machine: the only case where cookies may go without `Secure`.
fn is_local_http(url: &str) -> bool {
    let Ok(url) = url::Url::parse(url) else { return false };
    url.scheme() == "http"
        && match url.host() {
            Some(url::Host::Domain(name)) => name == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        }
}

/// The fictional demo data seeded into an empty database (`AMANA_DEMO`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoData {
    /// None (`0`, the default).
    None,
    /// The purpose register, staff, a helper and the demo people, without any request (`people`; the tests).
    People,
    /// The same, and requests in every state in every team's queue, complaints, consent changes, mandates and
    /// accesses, so every staff and helper screen has work on it (`1`; `scripts/run`).
    PeopleAndWork,
}

/// The validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub listen: SocketAddr,
    pub data_dir: PathBuf,
    pub database: DatabaseUrl,
    pub mail: MailConfig,
    pub mail_from: String,
    /// Where SMS go: `AMANA_SMS` (`dir:<folder>`, the default beside the mail drop, or a gateway's `https://` URL
    /// with `AMANA_SMS_METHOD`, `AMANA_SMS_BODY`, `AMANA_SMS_CONTENT_TYPE` and `AMANA_SMS_AUTH`).
    pub sms: SmsConfig,
    /// The address people use to reach Amana, for links in e-mails.
    pub public_url: String,
    /// What fictional demo data to seed into an empty database.
    pub demo: DemoData,
    /// Mark cookies `Secure`, name them `__Host-…` and send HSTS. Defaults to on unless the public address is
    /// plain HTTP on this machine (`http://127.0.0.1…`, `http://localhost…`, `http://[::1]…`): local use only.
    pub secure_cookies: bool,
    /// The independent oversight body, shown on every page.
    pub oversight_name: String,
    pub oversight_contact: String,
    /// How people reach the authority's data-protection officer; named in every breach notice.
    pub dpo_contact: String,
    /// Where "quick exit" sends a person: a neutral site that reveals nothing about Amana.
    pub quick_exit_url: String,
    /// Base64 of 32 bytes that wrap every person's data key. Without it, a key file in the data folder is used.
    pub master_key: Option<SecretString>,
    /// Where the client's address comes from, for per-client rate limits: the TCP peer (`ConnectInfo`, the
    /// default), or the header the reverse proxy in front of Amana sets (`RightmostXForwardedFor`, `XRealIp`,
    /// `RightmostForwarded`, …). Behind a proxy the peer is the proxy, and every client would share one limit.
    pub client_ip_source: axum_client_ip::ClientIpSource,
    /// How long an instance holds the messages it leased before another may send them
    /// (`AMANA_OUTBOX_LEASE_SECONDS`, default 60): after a crash, the time until its messages go again.
    pub outbox_lease_seconds: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name}: {reason}")]
    Invalid { name: &'static str, reason: String },
}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()))
    }

    /// Builds the configuration from any variable source (the environment, or a test's map).
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let listen_text = get("AMANA_LISTEN").unwrap_or_else(|| "127.0.0.1:3000".to_owned());
        let listen: SocketAddr = listen_text.parse().map_err(|_| ConfigError::Invalid {
            name: "AMANA_LISTEN",
            reason: format!("{listen_text:?} is not an address:port such as 127.0.0.1:3000"),
        })?;
        let data_dir = PathBuf::from(get("AMANA_DATA_DIR").unwrap_or_else(|| "./data".to_owned()));
        let database = match get("AMANA_DATABASE_URL") {
            Some(url) => DatabaseUrl::parse(&url)
                .map_err(|reason| ConfigError::Invalid { name: "AMANA_DATABASE_URL", reason })?,
            None => DatabaseUrl::Sqlite(format!("sqlite://{}", data_dir.join("amana.db").display())),
        };
        let mail = match get("AMANA_MAIL") {
            Some(value) => {
                MailConfig::parse(&value).map_err(|reason| ConfigError::Invalid { name: "AMANA_MAIL", reason })?
            }
            None => MailConfig::Dir(data_dir.join("mail")),
        };
        let sms = match get("AMANA_SMS") {
            Some(value) => SmsConfig::parse(
                &value,
                get("AMANA_SMS_METHOD").as_deref(),
                get("AMANA_SMS_BODY").as_deref(),
                get("AMANA_SMS_CONTENT_TYPE").as_deref(),
                get("AMANA_SMS_AUTH").as_deref(),
            )
            .map_err(|reason| ConfigError::Invalid { name: "AMANA_SMS", reason })?,
            None => SmsConfig::Dir(data_dir.join("sms")),
        };
        let demo = match get("AMANA_DEMO").as_deref() {
            None | Some("0") | Some("false") => DemoData::None,
            Some("people") => DemoData::People,
            Some("1") | Some("true") => DemoData::PeopleAndWork,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "AMANA_DEMO",
                    reason: format!("{other:?}: use 1, people or 0"),
                })
            }
        };
        let quick_exit_url = get("AMANA_QUICK_EXIT_URL").unwrap_or_else(|| "https://www.wikipedia.org/".to_owned());
        if !url::Url::parse(&quick_exit_url).is_ok_and(|u| matches!(u.scheme(), "https" | "http")) {
            return Err(ConfigError::Invalid {
                name: "AMANA_QUICK_EXIT_URL",
                reason: format!("{quick_exit_url:?} is not an http(s) address"),
            });
        }
        let public_url = get("AMANA_PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}"));
        // Behind a TLS proxy Amana itself listens on loopback; what matters is the address people use.
        let secure_cookies = match get("AMANA_SECURE_COOKIES").as_deref() {
            None => !is_local_http(&public_url),
            Some("1") | Some("true") => true,
            Some("0") | Some("false") => false,
            Some(other) => {
                return Err(ConfigError::Invalid {
                    name: "AMANA_SECURE_COOKIES",
                    reason: format!("{other:?}: use 1 or 0"),
                })
            }
        };
        let client_ip_source = match get("AMANA_CLIENT_IP_SOURCE") {
            None => axum_client_ip::ClientIpSource::ConnectInfo,
            Some(source) => source.parse().map_err(|_| ConfigError::Invalid {
                name: "AMANA_CLIENT_IP_SOURCE",
                reason: format!("{source:?}: use ConnectInfo, RightmostXForwardedFor, XRealIp or RightmostForwarded"),
            })?,
        };
        let outbox_lease_seconds = match get("AMANA_OUTBOX_LEASE_SECONDS") {
            None => DEFAULT_OUTBOX_LEASE_SECONDS,
            Some(text) => text.parse().ok().filter(|s| (1..=3600).contains(s)).ok_or_else(|| ConfigError::Invalid {
                name: "AMANA_OUTBOX_LEASE_SECONDS",
                reason: format!("{text:?}: use a number of seconds from 1 to 3600"),
            })?,
        };
        Ok(Config {
            listen,
            data_dir,
            database,
            mail,
            sms,
            mail_from: get("AMANA_MAIL_FROM").unwrap_or_else(|| "Amana <no-reply@amana.invalid>".to_owned()),
            public_url: public_url.trim_end_matches('/').to_owned(),
            demo,
            secure_cookies,
            quick_exit_url,
            oversight_name: get("AMANA_OVERSIGHT_NAME")
                .unwrap_or_else(|| "Independent Data Protection Commissioner (fictional)".to_owned()),
            oversight_contact: get("AMANA_OVERSIGHT_CONTACT")
                .unwrap_or_else(|| "complaints@oversight.example · +000 555 0100".to_owned()),
            dpo_contact: get("AMANA_DPO_CONTACT").unwrap_or_else(|| "dpo@authority.example".to_owned()),
            master_key: get("AMANA_MASTER_KEY").map(SecretString::from),
            client_ip_source,
            outbox_lease_seconds,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::from_lookup(|name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn defaults_are_local_sqlite_and_a_mail_folder() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:3000");
        assert!(matches!(c.database, DatabaseUrl::Sqlite(ref u) if u.ends_with("data/amana.db")));
        assert!(matches!(c.mail, MailConfig::Dir(ref p) if p.ends_with("mail")));
        assert!(!c.secure_cookies);
        assert_eq!(c.demo, DemoData::None);
    }

    #[test]
    fn cookies_are_secure_unless_the_public_address_is_plain_http_on_this_machine() {
        // The documented production setup: Amana on loopback behind a TLS proxy.
        let behind_proxy =
            config(&[("AMANA_LISTEN", "127.0.0.1:3000"), ("AMANA_PUBLIC_URL", "https://rights.authority.example")]);
        assert!(behind_proxy.unwrap().secure_cookies);
        assert!(config(&[("AMANA_PUBLIC_URL", "http://rights.authority.example")]).unwrap().secure_cookies);
        assert!(config(&[("AMANA_LISTEN", "0.0.0.0:3000")]).unwrap().secure_cookies);
        assert!(!config(&[("AMANA_PUBLIC_URL", "http://localhost:3000")]).unwrap().secure_cookies);
        assert!(!config(&[("AMANA_PUBLIC_URL", "http://[::1]:3000")]).unwrap().secure_cookies);
        let forced = config(&[("AMANA_PUBLIC_URL", "https://x.example"), ("AMANA_SECURE_COOKIES", "0")]);
        assert!(!forced.unwrap().secure_cookies);
    }

    #[test]
    fn the_client_address_source_is_the_peer_unless_a_known_header_is_named() {
        assert!(matches!(config(&[]).unwrap().client_ip_source, axum_client_ip::ClientIpSource::ConnectInfo));
        let behind_nginx = config(&[("AMANA_CLIENT_IP_SOURCE", "RightmostXForwardedFor")]).unwrap();
        assert!(matches!(behind_nginx.client_ip_source, axum_client_ip::ClientIpSource::RightmostXForwardedFor));
        let error = config(&[("AMANA_CLIENT_IP_SOURCE", "x-forwarded-for-leftmost")]).unwrap_err();
        assert!(error.to_string().contains("AMANA_CLIENT_IP_SOURCE"));
    }

    #[test]
    fn unknown_database_schemes_are_refused() {
        let error = config(&[("AMANA_DATABASE_URL", "mysql://root@localhost/amana")]).unwrap_err();
        assert!(error.to_string().contains("AMANA_DATABASE_URL"));
        assert!(config(&[("AMANA_DATABASE_URL", "postgres://postgres@127.0.0.1/amana")]).is_ok());
    }

    #[test]
    fn smtp_urls_carry_credentials_and_security() {
        let c = config(&[("AMANA_MAIL", "smtp+starttls://user%40x:p%20w@mail.example:2525")]).unwrap();
        let MailConfig::Smtp { host, port, security, username, password } = c.mail else { panic!("not smtp") };
        assert_eq!((host.as_str(), port, security), ("mail.example", 2525, SmtpSecurity::StartTls));
        assert_eq!(username.as_deref(), Some("user@x"));
        use secrecy::ExposeSecret;
        assert_eq!(password.unwrap().expose_secret(), "p w");
        assert!(config(&[("AMANA_MAIL", "ftp://x")]).is_err());
        assert!(config(&[("AMANA_LISTEN", "nowhere")]).is_err());
        assert!(config(&[("AMANA_DEMO", "yes please")]).is_err());
    }
}
