//! Consent: given or taken back with one action, effective at once, with its full history.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, DEMO_1};

#[tokio::test]
async fn consent_is_taken_back_and_given_again_with_one_action_each_and_every_change_is_history() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();

    let page = client.get("/consent").await;
    assert_eq!(page.status.as_u16(), 200);
    let purposes = page.texts(".consent-card h2");
    assert_eq!(
        purposes,
        ["integration-support", "resettlement-referral", "service-updates"].map(|p| en.text(&format!("purpose-{p}")))
    );
    assert_eq!(page.texts("#consent-integration-support p")[0], en.text("purpose-integration-support-explained"));
    // Demo person 1 gave consent for integration support when registered, recorded by staff.
    assert!(page.texts("#consent-integration-support .consent-state")[0].starts_with(&en.text("consent-given")));
    assert!(page.texts(".consent-history li")[0].contains(&en.text("role-caseworker")));
    let fields_before = client.get("/my-data").await.texts(".field-card .notice").len();
    assert_eq!(fields_before, 0);

    let withdrawn =
        client.submit("/consent", "/api/consent", &[("purpose", "integration-support"), ("action", "withdraw")]).await;
    assert_eq!(withdrawn.location(), Some("/consent?changed"));
    let page = client.get("/consent?changed").await;
    assert_eq!(page.texts(".notice"), [en.text("notice-consent-changed")]);
    assert!(page.texts("#consent-integration-support .consent-state")[0].starts_with(&en.text("consent-not-given")));
    let newest = &page.texts(".consent-history li")[0];
    assert!(
        newest.contains(&en.text("consent-history-withdrawn")) && newest.contains(&en.text("actor-you")),
        "{newest}"
    );

    // At once, My data says the fields kept on that basis are no longer used.
    let my_data = client.get("/my-data").await;
    let paused = my_data.texts(".field-card .notice");
    assert!(!paused.is_empty() && paused.iter().all(|n| *n == en.text("my-data-consent-withdrawn")));

    // Taking it back twice records it once; giving it again is one action too.
    client.submit("/consent", "/api/consent", &[("purpose", "integration-support"), ("action", "withdraw")]).await;
    client.submit("/consent", "/api/consent", &[("purpose", "integration-support"), ("action", "give")]).await;
    let page = client.get("/consent").await;
    assert!(page.texts("#consent-integration-support .consent-state")[0].starts_with(&en.text("consent-given")));
    let history = page.texts(".consent-history li");
    let mine = history.iter().filter(|h| h.contains(&en.text("actor-you"))).count();
    assert_eq!(mine, 2, "{history:?}");
    assert!(client.get("/my-data").await.texts(".field-card .notice").is_empty());

    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let actions: Vec<String> = app
        .storage
        .audit_for_person(person.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action.starts_with("consent."))
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["consent.given", "consent.withdrawn"], "newest first");
}

#[tokio::test]
async fn only_purposes_that_need_consent_can_be_changed() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for purpose in ["case-management", "no-such-purpose"] {
        let response = client.submit("/consent", "/api/consent", &[("purpose", purpose), ("action", "withdraw")]).await;
        assert_eq!(response.location(), Some("/consent"), "{purpose}");
    }
    let count =
        app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM consent_events WHERE actor_kind = 'person'").await;
    assert_eq!(count, ["0"]);
    assert_eq!(app.client().get("/consent").await.location(), Some("/sign-in"));
}
