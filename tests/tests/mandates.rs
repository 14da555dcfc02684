//! Mandates: a person gives a helper a scoped, time-limited permission with a one-time code, sees it, and
//! revokes it; the helper takes it up with the code, once; every step is recorded and shown to the person.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, DEMO_1};

async fn grant(person: &Client, fields: &[(&str, &str)]) -> Option<String> {
    let response = person.submit("/mandates", "/api/mandates/grant", fields).await;
    if response.location() != Some("/mandates/code") {
        return None;
    }
    person.get("/mandates/code").await.texts(".receipt-code").into_iter().next()
}

async fn redeem(helper: &Client, code: &str) -> Option<String> {
    helper.submit("/helper", "/api/helper/redeem", &[("code", code)]).await.location().map(str::to_owned)
}

#[tokio::test]
async fn a_person_gives_a_helper_a_mandate_with_a_code_and_revokes_it() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;

    // Bad input is explained and kept.
    assert!(grant(&person, &[("days", "7")]).await.is_none());
    assert_eq!(person.get("/mandates").await.texts(".error-summary li"), [en.text("MD-001")]);
    assert!(grant(&person, &[("scope[0]", "view"), ("days", "365")]).await.is_none());
    let page = person.get("/mandates").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("MD-002")]);
    assert_eq!(page.attr("input[name='scope[0]']", "checked").as_deref(), Some(""), "the choice is kept");

    let code = grant(&person, &[("scope[0]", "view"), ("scope[2]", "consent"), ("days", "30")]).await.expect("a code");
    assert_eq!(code.len(), 11, "ten unambiguous characters (50 bits) in two groups: {code}");
    assert!(person.get("/mandates/code").await.texts(".receipt-code").is_empty(), "the code is shown once");
    assert!(app.query_strings("SELECT COALESCE(code_hash, '') FROM mandates").await[0] != code, "stored hashed");
    assert_eq!(person.get("/mandates").await.texts(".status"), [en.text("mandate-state-waiting")]);

    // A wrong code does nothing; the right one, typed loosely, makes the mandate the helper's.
    assert_eq!(redeem(&helper, "AAAAA-AAAAA").await.as_deref(), Some("/helper"));
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")]);
    assert_eq!(redeem(&helper, &code.to_lowercase().replace('-', " ")).await.as_deref(), Some("/helper"));
    let home = helper.get("/helper").await;
    assert_eq!(home.texts(".notice"), [en.text("helper-mandate-taken-up")]);
    assert!(home.texts(".request-card dd").contains(&DEMO_1.0.to_owned()));
    let scopes = home.texts(".scope li");
    assert_eq!(scopes, [en.text("mandate-scope-view"), en.text("mandate-scope-consent")]);

    // Single use: the same code again fails, for this helper or any other.
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")]);

    // The person sees who holds it, and that the helper started.
    let mandates = person.get("/mandates").await;
    assert!(mandates.body.contains("Harper Helper") && mandates.body.contains("Fictional Legal Aid Collective"));
    assert_eq!(mandates.texts(".status"), [en.text("mandate-state-active")]);
    let access = person.get("/my-data/access").await;
    assert!(access.body.contains(&en.text("access-mandate-activated")) && access.body.contains("Harper Helper"));

    // Revoking ends it at once.
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);
    let response = person.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert_eq!(response.location(), Some("/mandates?revoked"));
    assert!(helper.get("/helper").await.texts(".request-card").is_empty(), "the helper no longer lists the person");
    assert_eq!(person.get("/mandates").await.texts(".status"), [en.text("mandate-state-revoked")]);
}

#[tokio::test]
async fn codes_expire_after_thirty_minutes_mandates_at_their_end_and_guesses_are_limited() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let late = grant(&person, &[("scope[0]", "view"), ("days", "1")]).await.unwrap();
    app.clock.advance(31 * 60);
    redeem(&helper, &late).await;
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")], "an old code does not work");

    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let code = grant(&person, &[("scope[0]", "view"), ("days", "1")]).await.unwrap();
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".request-card").len(), 1);
    app.clock.advance(86_400 + 60);
    let (helper, _) = app.helper_again("helper@legal-aid.example").await;
    assert!(helper.get("/helper").await.texts(".request-card").is_empty(), "a mandate ends by itself");

    // Guessing is limited: after a few wrong codes even the right one is refused for a while.
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let code = grant(&person, &[("scope[0]", "view"), ("days", "7")]).await.unwrap();
    for _ in 0..6 {
        redeem(&helper, "ZZZZZ-ZZZZZ").await;
    }
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("SI-012")]);
}

#[tokio::test]
async fn another_persons_mandate_cannot_be_revoked_and_helpers_cannot_grant() {
    let app = spawn_app().await;
    let owner = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    grant(&owner, &[("scope[0]", "view"), ("days", "7")]).await.unwrap();
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);
    let other = app.signed_in(amana_tests::DEMO_2.0, amana_tests::DEMO_2.1).await;
    other.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert_eq!(app.query_strings("SELECT COALESCE(CAST(revoked_at AS TEXT), 'open') FROM mandates").await, ["open"]);
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let response = helper.submit("/helper", "/api/mandates/grant", &[("scope[0]", "view"), ("days", "182")]).await;
    assert_eq!(response.location(), Some("/sign-in"), "a helper cannot give themselves a mandate");
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates").await, ["1"]);
}
