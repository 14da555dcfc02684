//! Applied changes reach the source system: a Standard Webhooks call through the outbox (checked with the
//! format's reference crate), retried after a failure, delivered once, against a real local HTTP receiver.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use amana_server::services::source_systems::Operator;
use amana_tests::{spawn_app, DEMO_1};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// One request as the receiver saw it, and the status it answered.
#[derive(Clone, Debug)]
struct Seen {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    status: u16,
}

impl Seen {
    fn header(&self, name: &str) -> String {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

/// An HTTP receiver that answers 500 to the first `failures` requests and 200 after.
async fn receiver(failures: usize) -> (String, Arc<Mutex<Vec<Seen>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/amana-changes", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let mut buffer = Vec::new();
            let mut chunk = [0_u8; 4096];
            let (head_end, length) = loop {
                let n = socket.read(&mut chunk).await.unwrap_or(0);
                if n == 0 {
                    break (0, 0);
                }
                buffer.extend_from_slice(&chunk[..n]);
                if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&buffer[..end]).to_lowercase();
                    let length = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)))
                        .unwrap_or(0);
                    break (end + 4, length);
                }
            };
            while buffer.len() < head_end + length {
                let n = socket.read(&mut chunk).await.unwrap_or(0);
                if n == 0 {
                    break;
                }
                buffer.extend_from_slice(&chunk[..n]);
            }
            let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
            let headers = head
                .lines()
                .skip(1)
                .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned())))
                .collect();
            let status = if log.lock().unwrap().len() < failures { 500 } else { 200 };
            log.lock().unwrap().push(Seen { headers, body: buffer[head_end..].to_vec(), status });
            let reply = format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            let _ = socket.write_all(reply.as_bytes()).await;
        }
    });
    (url, seen)
}

#[tokio::test]
async fn an_approved_correction_is_announced_upstream_signed_retried_and_delivered_once() {
    let (url, seen) = receiver(1).await;
    let app = spawn_app().await;
    let system = app.system_id("CaseTrack").await;
    let secret = app.source_systems.set_webhook(Operator::Command, system, Some(&url)).await.unwrap().unwrap();
    assert!(secret.starts_with("whsec_"));
    let (_, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Upstream-Name")).await;
    let (staff, _) = app.staff("caseworker@amana.example").await;
    staff.submit("/staff", "/api/staff/take-next", &[]).await;
    let path = format!("/staff/requests/{reference}");
    staff
        .act_on_case(
            &path,
            &[
                ("reference", &reference),
                ("action", "decide"),
                ("outcome", "approved"),
                ("reasons[0]", "request-granted"),
            ],
        )
        .await;

    // The first attempt fails; after the backoff (moved on the clock, not slept) the second succeeds.
    let attempts = |n: usize| {
        let seen = seen.clone();
        async move {
            for _ in 0..100 {
                if seen.lock().unwrap().len() >= n {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            panic!("the receiver did not get {n} attempts");
        }
    };
    attempts(1).await;
    // The clock moves on only once the failure is recorded (its retry time counts from then).
    for _ in 0..100 {
        if app.query_strings("SELECT CAST(attempts AS TEXT) FROM outbox WHERE kind = 'webhook'").await == ["1"] {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.clock.advance(10);
    attempts(2).await;
    app.clock.advance(3600);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 2, "delivered once after one failure, never again: {seen:?}");
    assert_eq!(seen[1].status, 200);
    assert_eq!(seen[0].body, seen[1].body, "a retry sends the same change");
    assert_eq!(seen[0].header("webhook-id"), seen[1].header("webhook-id"), "a retry carries the same id");

    let delivered = &seen[1];
    let mut headers = axum::http::HeaderMap::new();
    for name in ["webhook-id", "webhook-timestamp", "webhook-signature"] {
        headers.insert(name, delivered.header(name).parse().unwrap());
    }
    // The receiver checks the signature with the reference implementation, against its own clock: the app's
    // manual clock has moved on a few seconds only, well inside the five minutes it allows.
    standardwebhooks::Webhook::new(&secret).unwrap().verify(&delivered.body, &headers).expect("a valid signature");
    let mut tampered = delivered.body.clone();
    tampered[0] = b' ';
    assert!(standardwebhooks::Webhook::new(&secret).unwrap().verify(&tampered, &headers).is_err());
    let other = amana_server::infra::webhook::new_secret();
    assert!(standardwebhooks::Webhook::new(&other).unwrap().verify(&delivered.body, &headers).is_err());
    let body: serde_json::Value = serde_json::from_slice(&delivered.body).unwrap();
    assert_eq!(body["type"], "field.corrected");
    let change = &body["data"];
    assert_eq!(change["id"], delivered.header("webhook-id").as_str(), "the change's id is the webhook id");
    assert_eq!(change["case_reference"], DEMO_1.0);
    assert_eq!(change["request"], reference.as_str());
    assert_eq!(change["fields"][0]["key"], "family-name");
    assert_eq!(change["fields"][0]["value"], "Upstream-Name");

    // At rest the queued change was sealed, and after delivery its payload is gone.
    let payloads = app.query_strings("SELECT COALESCE(payload, '') FROM outbox WHERE kind = 'webhook'").await;
    assert_eq!(payloads, [""]);
}
