//! SMS, the channel for people with a phone and no e-mail address: sign-in codes and notices go there through the
//! outbox; a provider's HTTP API is called as configured (method, body template, authentication header,
//! idempotency key; a refusal that may pass later is retried, one that will not is not), tested against a local
//! receiver that fails before it succeeds; every text fits its SMS budget in every locale.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::{Arc, Mutex};

use amana_app::i18n::{Arg, Locale};
use amana_server::demo::demo_phone;
use amana_server::infra::sms::{OutgoingSms, SmsConfig, SmsError, SmsSender};
use amana_tests::{spawn_app, spawn_app_with};
use axum::http::{HeaderMap, Method, StatusCode};

/// What the receiver saw of one call.
#[derive(Clone, Debug)]
struct Call {
    method: Method,
    headers: HeaderMap,
    body: String,
}

/// A local gateway that answers each call with the next status of `answers` (the last one ever after) and keeps
/// what it was sent. Stops when the test's runtime ends.
async fn gateway(answers: Vec<u16>) -> (String, Arc<Mutex<Vec<Call>>>) {
    let calls = Arc::new(Mutex::new(Vec::<Call>::new()));
    let seen = calls.clone();
    let app = axum::Router::new().fallback(move |method: Method, headers: HeaderMap, body: String| {
        let calls = seen.clone();
        let answers = answers.clone();
        async move {
            let mut calls = calls.lock().unwrap();
            calls.push(Call { method, headers, body });
            let status = answers.get(calls.len() - 1).or(answers.last()).copied().unwrap_or(200);
            StatusCode::from_u16(status).unwrap()
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{address}/messages"), calls)
}

fn sms() -> OutgoingSms {
    OutgoingSms { to: "+4915550100".into(), text: "Amana: code 123 456 \"quoted\" & more".into(), id: "sms-1".into() }
}

#[tokio::test]
async fn a_json_gateway_fails_then_succeeds_and_gets_the_same_message_both_times() {
    let (url, calls) = gateway(vec![503, 200]).await;
    let config = SmsConfig::parse(&url, None, None, None, Some("Authorization: Bearer test-token")).unwrap();
    let sender = SmsSender::from_config(&config, reqwest::Client::new()).unwrap();
    assert!(matches!(sender.send(&sms()).await, Err(SmsError::Transient)), "a 503 is tried again later");
    assert!(sender.send(&sms()).await.is_ok());
    let calls = calls.lock().unwrap().clone();
    assert_eq!(calls.len(), 2);
    for call in &calls {
        assert_eq!(call.method, Method::POST);
        assert_eq!(call.headers["authorization"], "Bearer test-token");
        assert_eq!(call.headers["idempotency-key"], "sms-1", "a retry is recognisable as the same message");
        let body: serde_json::Value = serde_json::from_str(&call.body).unwrap();
        assert_eq!(body["to"], "+4915550100");
        assert_eq!(body["text"], "Amana: code 123 456 \"quoted\" & more", "the text survives JSON escaping");
    }
}

#[tokio::test]
async fn a_form_gateway_gets_its_own_method_and_template_and_a_refusal_is_final() {
    let (url, calls) = gateway(vec![400]).await;
    let template = "To={to}&Body={text}&From=Amana";
    let config = SmsConfig::parse(
        &url,
        Some("PUT"),
        Some(template),
        Some("application/x-www-form-urlencoded"),
        Some("X-Api-Key: k"),
    )
    .unwrap();
    let sender = SmsSender::from_config(&config, reqwest::Client::new()).unwrap();
    assert!(matches!(sender.send(&sms()).await, Err(SmsError::Permanent)), "a 400 will not pass later");
    let call = calls.lock().unwrap()[0].clone();
    assert_eq!(call.method, Method::PUT);
    assert_eq!(call.headers["x-api-key"], "k");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(call.body.as_bytes()).into_owned().collect();
    assert_eq!(
        form,
        [
            ("To".to_owned(), "+4915550100".to_owned()),
            ("Body".to_owned(), sms().text),
            ("From".to_owned(), "Amana".to_owned())
        ]
    );
}

#[tokio::test]
async fn throttling_is_retried_and_an_unreachable_gateway_too() {
    let (url, _) = gateway(vec![429]).await;
    let sender =
        SmsSender::from_config(&SmsConfig::parse(&url, None, None, None, None).unwrap(), reqwest::Client::new())
            .unwrap();
    assert!(matches!(sender.send(&sms()).await, Err(SmsError::Transient)));
    let closed = SmsConfig::parse("http://127.0.0.1:9/nothing-listens", None, None, None, None).unwrap();
    let sender = SmsSender::from_config(&closed, reqwest::Client::new()).unwrap();
    assert!(matches!(sender.send(&sms()).await, Err(SmsError::Transient)));
}

#[tokio::test]
async fn the_drop_folder_holds_one_whole_file_per_message() {
    let dir = tempfile::tempdir().unwrap();
    let sender = SmsSender::from_config(&SmsConfig::Dir(dir.path().to_owned()), reqwest::Client::new()).unwrap();
    sender.send(&sms()).await.unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().unwrap(), "sms");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.starts_with("To: +4915550100\n") && text.ends_with(&format!("\n\n{}\n", sms().text)), "{text}");
}

/// DEMO-0003 has a phone and no e-mail address.
const PHONE_ONLY: &str = "DEMO-0003";

#[tokio::test]
async fn a_person_with_only_a_phone_gets_the_sign_in_code_by_sms_and_signs_in() {
    let app = spawn_app().await;
    let mails = app.mails().len();
    // The harness reads the code from the SMS drop for a phone-only demo person.
    let client = app.signed_in(PHONE_ONLY, "1978-11-30").await;
    assert_eq!(client.get("/my-data").await.status.as_u16(), 200);
    let texts = app.texts();
    assert_eq!(texts.len(), 1);
    assert_eq!(texts[0].to, demo_phone(2));
    let en = Locale::default();
    let code = texts[0].sign_in_code();
    assert_eq!(texts[0].body, en.text_with("sms-sign-in", &[("code", Arg::Text(&code)), ("minutes", Arg::Number(10))]));
    assert_eq!(app.mails().len(), mails, "no e-mail for someone without an address");
}

#[tokio::test]
async fn a_notice_goes_by_sms_in_the_person_s_language_with_nothing_personal() {
    let app = spawn_app().await;
    let (client, reference) = app.person_files((PHONE_ONLY, "1978-11-30"), "erase", "given-name", None).await;
    drop(client);
    let fa = Locale::from_code("fa").unwrap();
    let notice = {
        let mut found = None;
        for _ in 0..100 {
            found = app.texts().into_iter().find(|t| !t.has_sign_in_code());
            if found.is_some() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        found.expect("a notice by SMS")
    };
    // DEMO-0003 reads Persian: the notice is in Persian and names neither the request nor the person.
    let url = format!("{}/sign-in?lang=fa", app.config.public_url);
    assert_eq!(notice.body, fa.text_with("sms-request-received", &[("url", Arg::Text(&url))]));
    assert!(!notice.body.contains(&reference) && !notice.body.contains(PHONE_ONLY));
}

/// Waits until `check` holds, for up to 15 s (the outbox worker polls every second; a loaded machine can take a few).
async fn until<F, Fut>(what: String, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..300 {
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("never: {what}");
}

#[tokio::test]
async fn a_code_for_a_phone_waits_while_the_gateway_fails_and_goes_out_once_it_answers() {
    let (url, calls) = gateway(vec![503, 503, 200]).await;
    let app = spawn_app_with(|config| config.sms = SmsConfig::parse(&url, None, None, None, None).unwrap()).await;
    let client = app.client();
    client
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", PHONE_ONLY), ("date_of_birth", "1978-11-30")])
        .await;
    let tried = |n: usize| {
        let calls = calls.clone();
        until(format!("the gateway called {n} times"), move || {
            let called = calls.lock().unwrap().len() >= n;
            async move { called }
        })
    };
    // A failed attempt is recorded (with its backoff from the clock's now) after the gateway answered: wait for
    // the record before moving the clock, or the next attempt would be due only after the move.
    let recorded = |n: usize| {
        let app = &app;
        until(format!("attempt {n} recorded"), move || async move {
            let attempts = app.query_one("SELECT CAST(MAX(attempts) AS TEXT) FROM outbox WHERE kind = 'sms'").await;
            attempts.parse::<usize>().unwrap_or(0) >= n
        })
    };
    tried(1).await;
    recorded(1).await;
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 1, "the code waits in the outbox");
    for attempt in 2..=3 {
        app.clock.advance(60); // past the retry backoff
        tried(attempt).await;
        if attempt < 3 {
            recorded(attempt).await;
        }
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.storage.outbox_pending().await.unwrap(), 0, "delivered on the third attempt");
    let calls = calls.lock().unwrap().clone();
    assert_eq!(calls.len(), 3, "and not again");
    let keys: Vec<_> = calls.iter().map(|c| c.headers["idempotency-key"].clone()).collect();
    assert!(keys.windows(2).all(|k| k[0] == k[1]), "every attempt is the same message");
    // The code in the text signs the person in.
    let body: serde_json::Value = serde_json::from_str(&calls[2].body).unwrap();
    let code = amana_tests::mail::Mail {
        to: String::new(),
        subject: String::new(),
        body: body["text"].as_str().unwrap().to_owned(),
        message_id: String::new(),
    }
    .sign_in_code();
    let response = client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
    assert_eq!(response.location(), Some("/my-data"));
    assert!(app.texts().is_empty(), "nothing went to the drop folder");
}

/// Every text fits: the sign-in code in one SMS, the others in two at most, in every locale, with the longest
/// values they carry (a 40-character organisation, a sign-in link for Dari).
#[test]
fn every_sms_text_fits_two_segments_and_the_code_one_in_every_locale() {
    use amana_server::infra::sms::segments;
    use amana_server::workers::outbox::{render_sms, Notice, OutboxMessage};
    let url = "https://amana.example.org";
    for locale in Locale::all() {
        let code = locale.code().to_owned();
        let messages = [
            (
                1,
                OutboxMessage::SignInCode { to: "+1".into(), locale: code.clone(), code: "123456".into(), minutes: 10 },
            ),
            (
                2,
                OutboxMessage::MandateRequest {
                    to: "+1".into(),
                    locale: code.clone(),
                    code: "ABCD2345".into(),
                    organisation: "Fictional Refugee Legal Aid Network e.V".into(),
                    scope: Vec::new(),
                },
            ),
            (2, OutboxMessage::Notice { to: "+1".into(), locale: code.clone(), notice: Notice::RequestReceived }),
            (2, OutboxMessage::Notice { to: "+1".into(), locale: code.clone(), notice: Notice::RequestNews }),
            (2, OutboxMessage::Notice { to: "+1".into(), locale: code.clone(), notice: Notice::DataIncident }),
        ];
        for (most, message) in messages {
            let sms = render_sms("key", message, url).expect("people's messages have an SMS text");
            let used = segments(&sms.text);
            println!("{:<6} {used} SMS  {}", locale.code(), sms.text);
            assert!(used <= most, "{}: {:?} takes {used} SMS, at most {most}", locale.code(), sms.text);
        }
    }
}

#[tokio::test]
async fn a_source_system_says_which_contact_a_person_prefers_and_the_code_goes_there() {
    let app = spawn_app().await;
    let system = app.register_system("PhoneSys", &["case-management"], &["identity"]).await;
    let api = app.api_client(system, &amana_tests::api::ALL_SCOPES).await;
    let given = serde_json::json!([{"category": "identity", "key": "given-name", "value": "Example",
        "purpose": "case-management", "collected_at": "2024-05-01"}]);
    let both = |prefers: &str| {
        serde_json::json!({"date_of_birth": "1988-02", "locale": "ti", "fields": given,
            "contact": {"email": "api-sms@example.org", "phone": "+447700900999", "prefers": prefers}})
    };
    // A preference for a contact the person does not have is refused, with where.
    let refused = api
        .put(
            "/api/v1/people/SMS-0001",
            &serde_json::json!({"date_of_birth": "1988-02", "fields": given,
            "contact": {"email": "api-sms@example.org", "prefers": "sms"}}),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.text);
    assert!(refused.text.contains("/contact/prefers"), "{}", refused.text);
    // Both contacts, SMS preferred: the code goes by SMS, in the person's language once they chose it.
    assert_eq!(api.put("/api/v1/people/SMS-0001", &both("sms")).await.status, 201);
    let (mails, texts) = (app.mails().len(), app.texts().len());
    let client = app.client();
    client
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", "SMS-0001"), ("date_of_birth", "1988-02")])
        .await;
    let code = app.wait_for_code_text(texts, "+447700900999").await.sign_in_code();
    assert_eq!(app.mails().len(), mails, "no mail when the person prefers SMS");
    let response = client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", &code)]).await;
    assert_eq!(response.location(), Some("/my-data"));
    // The system changes its mind: e-mail from now on.
    assert_eq!(api.put("/api/v1/people/SMS-0001", &both("email")).await.status, 200);
    let (mails, texts) = (app.mails().len(), app.texts().len());
    app.client()
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", "SMS-0001"), ("date_of_birth", "1988-02")])
        .await;
    app.wait_for_code_mail(mails, "api-sms@example.org").await;
    assert_eq!(app.texts().len(), texts, "no SMS when the person prefers e-mail");
}
