//! Sending SMS, the second channel for people with a phone and no e-mail address: a folder of `.sms` files for
//! local use (beside the mail drop), or any provider's HTTP API, described by its method, a body template and an
//! authentication header. Also counts the segments a text costs (GSM-7 or UCS-2). Logs never hold the number.

use std::path::PathBuf;

use secrecy::{ExposeSecret, SecretString};

/// Where SMS go.
#[derive(Clone, Debug)]
pub enum SmsConfig {
    /// One `.sms` file per message in this folder (local use and demos).
    Dir(PathBuf),
    Http(HttpGateway),
}

/// A provider's HTTP API for sending one message.
#[derive(Clone, Debug)]
pub struct HttpGateway {
    pub url: url::Url,
    pub method: reqwest::Method,
    /// The request body, with `{to}`, `{text}` and `{id}` replaced by the number, the text and the message's
    /// idempotency key, each escaped for `content_type` (a JSON string or a form value).
    pub body_template: String,
    pub content_type: String,
    /// One header, `Name: value`, usually `Authorization: Basic …` or `Authorization: Bearer …`.
    pub auth_header: Option<(String, SecretString)>,
}

/// The body a gateway gets when none is configured.
pub const DEFAULT_BODY_TEMPLATE: &str = r#"{"to":"{to}","text":"{text}","reference":"{id}"}"#;

impl SmsConfig {
    /// `dir:<folder>` or an `https://` URL (`http://` only to 127.0.0.1, for tests), with the gateway's method
    /// (`POST` if `None`), body template, content type (`application/json` if `None`) and `Name: value` header.
    pub fn parse(
        value: &str,
        method: Option<&str>,
        body: Option<&str>,
        content_type: Option<&str>,
        auth: Option<&str>,
    ) -> Result<SmsConfig, String> {
        if let Some(path) = value.strip_prefix("dir:") {
            if path.is_empty() {
                return Err("dir: needs a folder, as in dir:./data/sms".to_owned());
            }
            return Ok(SmsConfig::Dir(PathBuf::from(path)));
        }
        let url = url::Url::parse(value).map_err(|_| "expected dir:<folder> or https://<gateway>".to_owned())?;
        let local = url.host_str().is_some_and(|h| h == "127.0.0.1" || h == "localhost" || h == "[::1]");
        if url.scheme() != "https" && !(url.scheme() == "http" && local) {
            return Err("an SMS gateway is reached over https:// (http:// only on this machine)".to_owned());
        }
        let method = method
            .unwrap_or("POST")
            .parse::<reqwest::Method>()
            .map_err(|_| "AMANA_SMS_METHOD is not an HTTP method".to_owned())?;
        let auth_header = match auth {
            None => None,
            Some(line) => {
                let (name, value) = line.split_once(':').ok_or("AMANA_SMS_AUTH is not a `Name: value` header")?;
                reqwest::header::HeaderName::from_bytes(name.trim().as_bytes())
                    .map_err(|_| "AMANA_SMS_AUTH has no valid header name".to_owned())?;
                Some((name.trim().to_owned(), SecretString::from(value.trim().to_owned())))
            }
        };
        Ok(SmsConfig::Http(HttpGateway {
            url,
            method,
            body_template: body.unwrap_or(DEFAULT_BODY_TEMPLATE).to_owned(),
            content_type: content_type.unwrap_or("application/json").to_owned(),
            auth_header,
        }))
    }
}

/// A text ready to send, already in the recipient's language.
#[derive(Clone, Debug)]
pub struct OutgoingSms {
    pub to: String,
    pub text: String,
    /// The outbox message's idempotency key: the same on every retry.
    pub id: String,
}

/// Why a delivery failed, without anything the gateway said about the recipient.
#[derive(Debug, thiserror::Error)]
pub enum SmsError {
    #[error("temporary failure")]
    Transient,
    #[error("permanent failure")]
    Permanent,
}

#[derive(Clone)]
pub enum SmsSender {
    /// Writes each message as `<id>.sms` (`To:` line, blank line, text), atomically.
    Dir(PathBuf),
    Http {
        gateway: HttpGateway,
        client: reqwest::Client,
    },
}

impl SmsSender {
    pub fn from_config(config: &SmsConfig, client: reqwest::Client) -> anyhow::Result<SmsSender> {
        Ok(match config {
            SmsConfig::Dir(path) => {
                std::fs::create_dir_all(path)
                    .map_err(|e| anyhow::anyhow!("creating the SMS folder {}: {e}", path.display()))?;
                SmsSender::Dir(path.clone())
            }
            SmsConfig::Http(gateway) => SmsSender::Http { gateway: gateway.clone(), client },
        })
    }

    pub async fn send(&self, sms: &OutgoingSms) -> Result<(), SmsError> {
        let outcome = match self {
            SmsSender::Dir(dir) => write_atomically(dir, sms).await.map_err(|error| {
                tracing::warn!(error = %error, "writing an SMS to the drop folder failed");
                SmsError::Transient
            }),
            SmsSender::Http { gateway, client } => call_gateway(client, gateway, sms).await,
        };
        match &outcome {
            Ok(()) => tracing::info!(segments = segments(&sms.text), "sms sent"),
            Err(error) => tracing::warn!(error = %error, "sms not sent"),
        }
        outcome
    }
}

async fn write_atomically(dir: &std::path::Path, sms: &OutgoingSms) -> std::io::Result<()> {
    let name = crate::infra::crypto::random_token(16);
    let partial = dir.join(format!(".{name}.partial"));
    tokio::fs::write(&partial, format!("To: {}\nId: {}\n\n{}\n", sms.to, sms.id, sms.text)).await?;
    tokio::fs::rename(&partial, dir.join(format!("{name}.sms"))).await
}

async fn call_gateway(client: &reqwest::Client, gateway: &HttpGateway, sms: &OutgoingSms) -> Result<(), SmsError> {
    let escape = |value: &str| -> String {
        if gateway.content_type.starts_with("application/x-www-form-urlencoded") {
            url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
        } else {
            // A JSON string's contents: serde writes the quotes, which the template already has.
            let quoted = serde_json::to_string(value).unwrap_or_default();
            quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or_default().to_owned()
        }
    };
    let body = gateway
        .body_template
        .replace("{to}", &escape(&sms.to))
        .replace("{text}", &escape(&sms.text))
        .replace("{id}", &escape(&sms.id));
    let mut request = client
        .request(gateway.method.clone(), gateway.url.clone())
        .header(reqwest::header::CONTENT_TYPE, &gateway.content_type)
        .header("Idempotency-Key", &sms.id)
        .timeout(std::time::Duration::from_secs(20))
        .body(body);
    if let Some((name, value)) = &gateway.auth_header {
        request = request.header(name.as_str(), value.expose_secret());
    }
    match request.send().await {
        Ok(response) if response.status().is_success() => Ok(()),
        // Throttled or the provider's own trouble: try again later. Anything else it refused stays refused.
        Ok(response) if response.status().is_server_error() || response.status().as_u16() == 429 => {
            Err(SmsError::Transient)
        }
        Ok(response) if response.status().as_u16() == 408 => Err(SmsError::Transient),
        Ok(_) => Err(SmsError::Permanent),
        Err(_) => Err(SmsError::Transient),
    }
}

/// GSM 03.38's basic character set (one septet each).
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// Its extension table (two septets each: an escape, then the character).
const GSM7_EXTENSION: &str = "^{}\\[~]|€\u{000C}";

/// How many SMS a text takes: GSM-7 when every character is in its alphabet (160 septets alone, 153 per part
/// of a longer message), otherwise UCS-2 (70 UTF-16 units alone, 67 per part).
pub fn segments(text: &str) -> usize {
    let septets: Option<usize> = text
        .chars()
        .map(|c| {
            if GSM7_BASIC.contains(c) {
                Some(1)
            } else if GSM7_EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (length, single, part) = match septets {
        Some(septets) => (septets, 160, 153),
        None => (text.encode_utf16().count(), 70, 67),
    };
    if length <= single {
        1
    } else {
        length.div_ceil(part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_counted_in_gsm7_or_ucs2() {
        assert_eq!(segments(&"a".repeat(160)), 1);
        assert_eq!(segments(&"a".repeat(161)), 2);
        assert_eq!(segments(&"a".repeat(306)), 2);
        assert_eq!(segments(&"a".repeat(307)), 3);
        // The euro sign takes two septets: 80 of them are 160 septets, one more is a second part.
        assert_eq!(segments(&"€".repeat(80)), 1);
        assert_eq!(segments(&"€".repeat(81)), 2);
        // One character outside GSM-7 makes the whole text UCS-2.
        assert_eq!(segments(&format!("{}ş", "a".repeat(69))), 1);
        assert_eq!(segments(&format!("{}ş", "a".repeat(70))), 2);
        assert_eq!(segments(&"د".repeat(134)), 2);
        assert_eq!(segments(&"د".repeat(135)), 3);
        // Outside the Basic Multilingual Plane, two UTF-16 units.
        assert_eq!(segments(&"😀".repeat(35)), 1);
        assert_eq!(segments(&"😀".repeat(36)), 2);
    }

    #[test]
    fn a_gateway_is_https_with_a_real_method_and_header() {
        let parse = |url: &str, auth: Option<&str>| SmsConfig::parse(url, None, None, None, auth);
        assert!(matches!(parse("dir:./data/sms", None), Ok(SmsConfig::Dir(_))));
        assert!(parse("dir:", None).is_err());
        assert!(matches!(parse("https://sms.example/send", Some("Authorization: Bearer x")), Ok(SmsConfig::Http(_))));
        assert!(parse("http://sms.example/send", None).is_err(), "no plain http to another host");
        assert!(parse("http://127.0.0.1:9/send", None).is_ok());
        assert!(parse("https://sms.example/send", Some("no colon")).is_err());
        assert!(SmsConfig::parse("https://sms.example/", Some("NOT A METHOD"), None, None, None).is_err());
    }
}
