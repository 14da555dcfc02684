//! Staff sign-in over HTTP: password then a mandatory TOTP second factor, enrolment with recovery codes shown
//! once, replayed codes refused, lockout after repeated failures, and one answer for every kind of failure.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_server::demo::DEMO_PASSWORD;
use amana_server::infra::clock::Clock;
use amana_tests::{spawn_app, totp, Client, Page};

const CASEWORKER: &str = "caseworker@amana.example";

async fn password(client: &Client, email: &str, password: &str) -> Page {
    client.submit("/staff/sign-in", "/api/staff/sign-in", &[("email", email), ("password", password)]).await
}

async fn code(client: &Client, code: &str) -> Page {
    client.submit("/staff/sign-in/code", "/api/staff/code", &[("code", code)]).await
}

/// The error shown on the sign-in form after a refused attempt.
async fn sign_in_error(client: &Client) -> Vec<String> {
    client.get("/staff/sign-in").await.texts(".error-summary li")
}

async fn sign_out(client: &Client) {
    let response = client.submit("/staff", "/api/sign-out", &[]).await;
    assert_eq!(response.location(), Some("/staff/sign-in?signed-out"));
    assert_eq!(client.get("/staff").await.location(), Some("/staff/sign-in"), "signed out means out");
}

#[tokio::test]
async fn first_sign_in_enrols_the_authenticator_and_shows_recovery_codes_once() {
    let app = spawn_app().await;
    let (client, secret) = app.staff(CASEWORKER).await;
    assert_eq!(secret.len(), 32, "a 160-bit key in base32");

    let page = client.get("/staff/recovery-codes").await;
    let codes = page.texts(".recovery-codes code");
    assert_eq!(codes.len(), 10);
    assert!(codes.iter().all(|c| c.len() == 11), "{codes:?}");
    let again = client.get("/staff/recovery-codes").await;
    assert!(again.texts(".recovery-codes code").is_empty(), "recovery codes are shown only once");
    let stored = app.query_strings("SELECT code_hash FROM staff_recovery_codes").await;
    assert!(codes.iter().all(|c| !stored.iter().any(|h| h.contains(c.as_str()))), "codes are stored hashed");

    let queue = client.get("/staff").await;
    assert_eq!(queue.status.as_u16(), 200);
    assert_eq!(queue.texts("h1"), [Locale::default().text("queue-title")]);
    sign_out(&client).await;

    // The next sign-in asks for a code; the same code again (a replay) is refused.
    app.clock.advance(30);
    let client = app.client();
    assert_eq!(password(&client, CASEWORKER, DEMO_PASSWORD).await.location(), Some("/staff/sign-in/code"));
    let current = totp(&secret, app.clock.now());
    assert_eq!(code(&client, &current).await.location(), Some("/staff"));
    sign_out(&client).await;
    let client = app.client();
    password(&client, CASEWORKER, DEMO_PASSWORD).await;
    assert_eq!(
        code(&client, &current).await.location(),
        Some("/staff/sign-in/code"),
        "a used code does not work twice"
    );

    // A recovery code works once, instead of the authenticator.
    assert_eq!(code(&client, &codes[0].to_lowercase()).await.location(), Some("/staff"));
    sign_out(&client).await;
    let client = app.client();
    password(&client, CASEWORKER, DEMO_PASSWORD).await;
    assert_eq!(code(&client, &codes[0]).await.location(), Some("/staff/sign-in/code"), "a recovery code works once");
}

#[tokio::test]
async fn without_the_second_factor_there_is_no_staff_session() {
    let app = spawn_app().await;
    let client = app.client();
    assert_eq!(password(&client, CASEWORKER, DEMO_PASSWORD).await.location(), Some("/staff/sign-in/enrol"));
    for path in ["/staff", "/staff/requests/R-AAAA-AAAA", "/staff/recovery-codes"] {
        assert_eq!(client.get(path).await.location(), Some("/staff/sign-in"), "{path} needs a finished sign-in");
    }
    // Five minutes later the password step has expired.
    app.clock.advance(6 * 60);
    let enrol = client.submit("/staff/sign-in/enrol", "/api/staff/enrol", &[("code", "000000")]).await;
    assert_eq!(enrol.location(), Some("/staff/sign-in"));
    assert_eq!(sign_in_error(&client).await, [Locale::default().text("SA-002")]);
}

#[tokio::test]
async fn unknown_accounts_and_wrong_passwords_get_the_same_answer_and_failures_lock_the_account() {
    let app = spawn_app().await;
    let (_, secret) = app.staff(CASEWORKER).await;
    let en = Locale::default();

    let unknown = app.client();
    let response = password(&unknown, "nobody@amana.example", DEMO_PASSWORD).await;
    assert_eq!(response.location(), Some("/staff/sign-in"));
    let unknown_error = sign_in_error(&unknown).await;
    let wrong = app.client();
    password(&wrong, CASEWORKER, "not-the-password").await;
    assert_eq!(sign_in_error(&wrong).await, unknown_error, "no difference between unknown and wrong");
    assert_eq!(unknown_error, [en.text("SA-001")]);

    // Four more wrong codes make five failures: the account locks, even for the right password and code.
    let client = app.client();
    password(&client, CASEWORKER, DEMO_PASSWORD).await;
    for _ in 0..4 {
        code(&client, "123456").await;
    }
    app.clock.advance(30);
    let locked = app.client();
    let response = password(&locked, CASEWORKER, DEMO_PASSWORD).await;
    assert_eq!(response.location(), Some("/staff/sign-in"), "a locked account is refused like a wrong password");
    assert_eq!(sign_in_error(&locked).await, [en.text("SA-001")]);

    // After fifteen minutes it opens again.
    app.clock.advance(15 * 60);
    let client = app.client();
    assert_eq!(password(&client, CASEWORKER, DEMO_PASSWORD).await.location(), Some("/staff/sign-in/code"));
    assert_eq!(code(&client, &totp(&secret, app.clock.now())).await.location(), Some("/staff"));
    // Failures are recorded in the audit log just after the answer.
    let mut events = Vec::new();
    for _ in 0..50 {
        events = app.query_strings("SELECT action FROM audit_events WHERE actor_kind = 'staff' ORDER BY seq").await;
        if events.iter().filter(|a| *a == "staff.code-failed").count() == 4 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(events.iter().filter(|a| *a == "staff.code-failed").count(), 4, "{events:?}");
    assert!(events.contains(&"staff.password-failed".to_owned()));
}

#[tokio::test]
async fn a_person_session_is_not_a_staff_session_and_staff_sign_in_ends_a_person_session() {
    let app = spawn_app().await;
    let person = app.signed_in(amana_tests::DEMO_1.0, amana_tests::DEMO_1.1).await;
    assert_eq!(person.get("/staff").await.location(), Some("/staff/sign-in"));
    assert_eq!(person.get("/staff/requests/R-AAAA-AAAA").await.location(), Some("/staff/sign-in"));
    // On the same device, a staff member signs in: the person is signed out.
    let response = password(&person, CASEWORKER, DEMO_PASSWORD).await;
    assert_eq!(response.location(), Some("/staff/sign-in/enrol"));
    let page = person.get("/staff/sign-in/enrol").await;
    let secret: String = page.texts("code.secret").concat().split_whitespace().collect();
    person.submit("/staff/sign-in/enrol", "/api/staff/enrol", &[("code", &totp(&secret, app.clock.now()))]).await;
    assert_eq!(person.get("/my-data").await.location(), Some("/sign-in"), "the person's session ended");
}
