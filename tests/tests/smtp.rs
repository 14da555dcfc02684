//! Mail through a real SMTP exchange with a local listener.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use amana_app::i18n::Locale;
use amana_server::infra::config::MailConfig;
use amana_tests::smtp::SmtpSink;
use amana_tests::{spawn_app_with, DEMO_2};

#[tokio::test]
async fn the_sign_in_code_goes_out_over_smtp_in_the_persons_language() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(|config| {
        config.mail = MailConfig::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    })
    .await;
    let client = app.client();
    client.get("/?lang=fr").await;
    client.submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_2.0), ("date_of_birth", DEMO_2.1)]).await;
    let received = sink.wait_for(1).await;
    assert_eq!(received.len(), 1, "one mail over SMTP");
    let mail = &received[0];
    assert_eq!(mail.to, "demo-0002@example.org");
    assert_eq!(mail.subject, Locale::from_code("fr").unwrap().text("mail-sign-in-subject"));
    let transcript = sink.conversations.lock().unwrap().join("\n");
    assert!(transcript.contains("MAIL FROM") && transcript.contains("RCPT TO:<demo-0002@example.org>"), "{transcript}");
    // The code from the SMTP mail signs the person in.
    let response = client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &mail.sign_in_code())]).await;
    assert_eq!(response.location(), Some("/my-data"));
    assert!(app.mails().is_empty(), "nothing went to the mail folder");
}

#[tokio::test]
async fn a_code_queued_while_the_mail_server_is_down_is_delivered_once_it_returns() {
    let sink = SmtpSink::start().await;
    sink.set_down(true);
    let app = spawn_app_with(|config| {
        config.mail = MailConfig::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    })
    .await;
    let client = app.client();
    client.submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_2.0), ("date_of_birth", DEMO_2.1)]).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(sink.received().is_empty());
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 1, "the message waits in the outbox");
    sink.set_down(false);
    app.clock.advance(60); // past the retry backoff
    let received = sink.wait_for(1).await;
    assert_eq!(received.len(), 1, "delivered once the server is back");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(sink.received().len(), 1, "and only once");
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 0);
}

/// The mail server is down for a while during a burst: every message waits, none is lost, and once the server is
/// back each goes out exactly once.
#[tokio::test]
async fn a_burst_queued_while_the_mail_server_is_down_goes_out_once_each_when_it_returns() {
    use amana_server::workers::outbox::{self, Notice, OutboxMessage};
    let sink = SmtpSink::start().await;
    sink.set_down(true);
    let app = spawn_app_with(|config| {
        config.mail = MailConfig::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap();
    })
    .await;
    let now = amana_server::infra::clock::Clock::now(&app.clock);
    let mut tx = app.storage.begin_write().await.unwrap();
    for i in 0..60 {
        let message = OutboxMessage::Notice {
            to: format!("burst-{i}@example.org"),
            locale: "en".into(),
            notice: Notice::RequestNews,
        };
        outbox::enqueue(&mut tx, &format!("burst-{i}"), &message, now).await.unwrap();
    }
    tx.commit().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(sink.count(), 0);
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 60, "every message waits in the outbox");
    let attempted = app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE attempts > 0").await;
    assert_ne!(attempted, ["0"], "delivery was tried while the server was down");
    sink.set_down(false);
    app.clock.advance(600); // past every retry's backoff
    sink.wait_for(60).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let ids: std::collections::BTreeSet<String> = sink.received().iter().map(|m| m.message_id.clone()).collect();
    assert_eq!((sink.count(), ids.len()), (60, 60), "each message once");
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 0);
}
