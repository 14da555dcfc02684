//! Passwordless sign-in over HTTP, as a phone without JavaScript does it, and as an attacker would try to break it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::contract::{ChallengeId, MigrantPortal, SignInRequest};
use amana_app::errors::PortalError;
use amana_app::i18n::Locale;
use amana_app::input::{BirthDate, CaseReference, OneTimeCode};
use amana_tests::{spawn_app, Client, Page, TestApp, DEMO_1, DEMO_2};

async fn start(client: &Client, reference: &str, birth: &str) -> Page {
    client.submit("/sign-in", "/api/sign-in/start", &[("case_reference", reference), ("date_of_birth", birth)]).await
}

async fn enter_code(client: &Client, code: &str) -> Page {
    client.submit("/sign-in/code", "/api/sign-in/verify", &[("code", code)]).await
}

fn wrong(code: &str) -> String {
    let n: u32 = code.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn a_person_signs_in_with_reference_birth_date_and_mailed_code() {
    let app = spawn_app().await;
    let client = app.client();
    let response = start(&client, "demo-0001", "01/01/1990").await;
    assert_eq!(response.status.as_u16(), 303);
    assert_eq!(response.location(), Some("/sign-in/code"));
    let mail = app.wait_for_mail(1).await;
    assert_eq!(mail.to, "demo-0001@example.org");
    let code = mail.sign_in_code();
    assert!(!mail.body.contains("DEMO-0001"), "the code mail carries no personal data");

    let session_before = session_cookie(&client, &app).await;
    let response = enter_code(&client, &format!("{} {}", &code[..3], &code[3..])).await;
    assert_eq!(response.location(), Some("/my-data"));
    let set_cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("amana_session="))
        .expect("the session is rotated at sign-in")
        .to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    assert!(set_cookie.contains("Max-Age=900"), "the session ends after 15 minutes idle: {set_cookie}");
    assert_ne!(Some(set_cookie.clone()), session_before);

    let page = client.get("/my-data").await;
    assert_eq!(page.status.as_u16(), 200);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.texts(".reference bdi"), ["DEMO-0001"]);
    // A sign-out control on the page.
    assert!(page.attr("form.sign-out", "action").is_some());
}

/// The session cookie currently set for a fresh page view, if any.
async fn session_cookie(client: &Client, _app: &TestApp) -> Option<String> {
    client.get("/sign-in/code").await.header("set-cookie").map(str::to_owned)
}

#[tokio::test]
async fn a_wrong_code_is_refused_and_the_typed_code_is_kept() {
    let app = spawn_app().await;
    let client = app.client();
    start(&client, DEMO_1.0, DEMO_1.1).await;
    let code = app.wait_for_mail(1).await.sign_in_code();
    let response = enter_code(&client, &wrong(&code)).await;
    assert_eq!(response.location(), Some("/sign-in/code"));
    let page = client.get("/sign-in/code").await;
    assert_eq!(page.texts(".error-summary a"), [Locale::default().text("SI-010")]);
    assert_eq!(page.attr("#code", "value"), Some(wrong(&code)), "what the person typed is kept");
    assert_eq!(page.attr("#code", "aria-invalid").as_deref(), Some("true"));
    // The right code still works after one mistake.
    assert_eq!(enter_code(&client, &code).await.location(), Some("/my-data"));
}

#[tokio::test]
async fn malformed_input_is_explained_field_by_field_and_kept() {
    let app = spawn_app().await;
    let client = app.client();
    let response = start(&client, "DEMO'; --", "31 February").await;
    assert_eq!(response.location(), Some("/sign-in"));
    let page = client.get("/sign-in").await;
    let en = Locale::default();
    assert_eq!(page.texts(".error-summary a"), [en.text("SI-002"), en.text("SI-004")]);
    assert_eq!(page.attr(".error-summary a", "href").as_deref(), Some("#case_reference"));
    assert_eq!(page.attr("#case_reference", "value").as_deref(), Some("DEMO'; --"));
    assert_eq!(page.attr("#date_of_birth", "value").as_deref(), Some("31 February"));
    // The flash is shown once: a reload shows a clean form.
    assert!(client.get("/sign-in").await.texts(".error-summary").is_empty());
    assert!(app.mails().is_empty());
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    let app = spawn_app().await;
    let client = app.client();
    start(&client, DEMO_1.0, DEMO_1.1).await;
    let code = app.wait_for_mail(1).await.sign_in_code();
    app.clock.advance(10 * 60 + 1);
    let response = enter_code(&client, &code).await;
    assert_eq!(response.location(), Some("/sign-in"), "an expired attempt starts again");
    let page = client.get("/sign-in").await;
    assert_eq!(page.texts(".error-summary a"), [Locale::default().text("SI-011")]);
    assert_eq!(client.get("/my-data").await.location(), Some("/sign-in"));
}

#[tokio::test]
async fn the_sixth_attempt_is_refused_even_with_the_right_code() {
    let app = spawn_app().await;
    let client = app.client();
    start(&client, DEMO_1.0, DEMO_1.1).await;
    let code = app.wait_for_mail(1).await.sign_in_code();
    for attempt in 1..=5 {
        let response = enter_code(&client, &wrong(&code)).await;
        assert_eq!(response.location(), Some("/sign-in/code"), "attempt {attempt}");
    }
    let response = enter_code(&client, &code).await;
    assert_eq!(response.location(), Some("/sign-in"));
    assert_eq!(client.get("/my-data").await.location(), Some("/sign-in"), "not signed in");
}

#[tokio::test]
async fn a_code_works_once() {
    let app = spawn_app().await;
    let portal = app.portal();
    let request = SignInRequest {
        case_reference: CaseReference::parse(DEMO_2.0).unwrap(),
        date_of_birth: BirthDate::parse(DEMO_2.1).unwrap(),
        locale: Locale::default(),
        client: "198.51.100.7".into(),
    };
    let challenge = portal.start_sign_in(request).await.unwrap();
    // The portal built here does not wake the server's mail worker; its own poll delivers within seconds.
    let code = OneTimeCode::parse(&app.wait_for_mail(1).await.sign_in_code()).unwrap();
    assert!(portal.finish_sign_in(&challenge, &code, "198.51.100.7", None).await.is_ok());
    let replay = portal.finish_sign_in(&challenge, &code, "198.51.100.7", None).await;
    assert!(matches!(replay, Err(PortalError::SignInUsedUp)), "{replay:?}");
    let invented = ChallengeId("not-a-challenge".into());
    let guessed = portal.finish_sign_in(&invented, &code, "198.51.100.7", None).await;
    assert!(matches!(guessed, Err(PortalError::SignInUsedUp)));
}

/// Everything a person sees after step one, with the per-request noise (tokens, nonces) removed.
fn comparable(page: &Page) -> (u16, Option<String>, String) {
    let mut body = page.body.clone();
    for attr in ["value=\"", "nonce=\""] {
        while let Some(start) = body.find(attr) {
            let rest = &body[start + attr.len()..];
            let end = rest.find('"').unwrap();
            body = format!("{}{}{}", &body[..start], "X", &rest[end + 1..]);
        }
    }
    (page.status.as_u16(), page.location().map(str::to_owned), body)
}

#[tokio::test]
async fn unknown_references_and_wrong_birth_dates_get_the_same_answer() {
    let app = spawn_app().await;
    let mut outcomes = Vec::new();
    for (reference, birth) in [DEMO_1, ("DEMO-9999", "1990-01-01"), (DEMO_1.0, "1990-01-02")] {
        let client = app.client();
        let posted = start(&client, reference, birth).await;
        let cookie_names: Vec<String> = posted
            .headers
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().split('=').next().unwrap().to_owned())
            .collect();
        let next = client.get("/sign-in/code").await;
        let wrong_code = enter_code(&client, "123456").await;
        let after = client.get(wrong_code.location().unwrap()).await;
        outcomes.push((
            comparable(&posted),
            cookie_names,
            comparable(&next),
            comparable(&wrong_code),
            comparable(&after),
        ));
    }
    assert_eq!(outcomes[0], outcomes[1], "an unknown reference looks exactly like a known one");
    assert_eq!(outcomes[0], outcomes[2], "a wrong birth date looks exactly like a right one");
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(app.mails().len(), 1, "only the real match got a code");
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_reference_whether_or_not_it_exists() {
    let app = spawn_app().await;
    for reference in [DEMO_2.0, "DEMO-7777"] {
        for attempt in 1..=5 {
            let client = app.client();
            let response = start(&client, reference, DEMO_2.1).await;
            assert_eq!(response.location(), Some("/sign-in/code"), "{reference} attempt {attempt}");
        }
        let client = app.client();
        let response = start(&client, reference, DEMO_2.1).await;
        assert_eq!(response.location(), Some("/sign-in"), "{reference}: the sixth request in a row is refused");
        let page = client.get("/sign-in").await;
        assert_eq!(page.texts(".error-summary a"), [Locale::default().text("SI-012")]);
        assert_eq!(page.attr("#case_reference", "value").as_deref(), Some(reference));
    }
}

#[tokio::test]
async fn the_code_mail_is_in_the_language_the_person_chose() {
    let app = spawn_app().await;
    let client = app.client();
    let home = client.get("/?lang=ar").await;
    assert!(home.header("set-cookie").unwrap_or_default().contains("amana_lang=ar"));
    start(&client, DEMO_1.0, DEMO_1.1).await;
    let mail = app.wait_for_mail(1).await;
    let ar = Locale::from_code("ar").unwrap();
    assert_eq!(mail.subject, ar.text("mail-sign-in-subject"));
    assert_ne!(mail.subject, Locale::default().text("mail-sign-in-subject"), "Arabic is really translated");
    assert!(mail.body.contains("دقائق"), "Arabic plural for ten minutes: {}", mail.body);
    let code = mail.sign_in_code();
    assert_eq!(enter_code(&client, &code).await.location(), Some("/my-data"));
    let page = client.get("/my-data").await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("ar"));
    assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
}

#[tokio::test]
async fn posts_without_a_valid_csrf_token_or_from_another_site_are_refused() {
    let app = spawn_app().await;
    let client = app.client();
    let page = client.get("/sign-in").await;
    let token = page.attr("input[name=csrf]", "value").unwrap();
    let fields = [("case_reference", DEMO_1.0), ("date_of_birth", DEMO_1.1)];
    assert_eq!(client.post_raw("/api/sign-in/start", &fields, &[]).await.status.as_u16(), 403, "no token");
    let forged = [("csrf", "A".repeat(43)), ("case_reference", DEMO_1.0.into()), ("date_of_birth", DEMO_1.1.into())];
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(client.post_raw("/api/sign-in/start", &forged, &[]).await.status.as_u16(), 403, "wrong token");
    let mut with_token = vec![("csrf", token.as_str())];
    with_token.extend_from_slice(&fields);
    let cross_site = client.post_raw("/api/sign-in/start", &with_token, &[("origin", "https://evil.example")]).await;
    assert_eq!(cross_site.status.as_u16(), 403, "cross-site origin");
    // A client that never got the cookie cannot reuse someone else's token.
    let stranger = app.client();
    assert_eq!(stranger.post_raw("/api/sign-in/start", &with_token, &[]).await.status.as_u16(), 403);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.mails().is_empty(), "no refused post sent a code");
    // The real form still works.
    assert_eq!(client.post_raw("/api/sign-in/start", &with_token, &[]).await.location(), Some("/sign-in/code"));
}

#[tokio::test]
async fn signing_out_ends_the_session_and_clears_the_browser() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let response = client.submit("/my-data", "/api/sign-out", &[]).await;
    assert_eq!(response.location(), Some("/?signed-out"));
    assert!(response.header("clear-site-data").unwrap_or_default().contains("cache"));
    assert_eq!(client.get("/my-data").await.location(), Some("/sign-in"));
    let home = client.get("/?signed-out").await;
    assert_eq!(home.texts(".notice"), [Locale::default().text("notice-signed-out")]);
}

#[tokio::test]
async fn a_session_ends_an_hour_after_sign_in_even_when_active() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    app.clock.advance(50 * 60);
    assert_eq!(client.get("/my-data").await.status.as_u16(), 200);
    app.clock.advance(11 * 60);
    assert_eq!(client.get("/my-data").await.location(), Some("/sign-in"));
}

#[tokio::test]
async fn a_new_sign_in_attempt_cancels_the_code_of_an_earlier_one() {
    let app = spawn_app().await;
    let first = app.client();
    start(&first, DEMO_1.0, DEMO_1.1).await;
    let old_code = app.wait_for_mail(1).await.sign_in_code();
    let second = app.client();
    start(&second, DEMO_1.0, DEMO_1.1).await;
    let new_code = app.wait_for_mail(2).await.sign_in_code();
    // The first phone's code no longer opens anything: only the newest attempt counts.
    let refused = enter_code(&first, &old_code).await;
    assert_ne!(refused.location(), Some("/my-data"), "an earlier code still signed in");
    assert_eq!(enter_code(&second, &new_code).await.location(), Some("/my-data"));
}

#[tokio::test]
async fn a_person_whose_papers_give_only_the_year_or_month_signs_in_with_just_those_parts() {
    let app = spawn_app().await;
    // DEMO-0004's record holds only the year 1983; DEMO-0005's the year and month 1991-07.
    for (reference, typed) in
        [("DEMO-0004", "1983"), ("DEMO-0004", "۱۹۸۳"), ("DEMO-0005", "07/1991"), ("DEMO-0005", "1991-07")]
    {
        let client = app.signed_in(reference, typed).await;
        assert_eq!(client.get("/my-data").await.status.as_u16(), 200, "{reference} {typed}");
    }
    // Where the record has the whole date, a year or a month alone is not enough (nor a wrong part), and the
    // answer looks like any other: no code is sent.
    let before = app.mails().len();
    for (reference, typed) in
        [(DEMO_1.0, "1990"), (DEMO_1.0, "1990-01"), ("DEMO-0005", "1991"), ("DEMO-0005", "1991-08")]
    {
        let posted = start(&app.client(), reference, typed).await;
        assert_eq!(posted.location(), Some("/sign-in/code"), "{reference} {typed}");
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.mails().len(), before, "no code for a birth date that does not match the record's parts");
}
