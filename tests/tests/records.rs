//! Who looked at my data, and downloading all of it (JSON and printable).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::contract::MigrantPortal;
use amana_app::contract::PersonId;
use amana_app::i18n::Locale;
use amana_app::when::Moment;
use amana_server::domain::audit;
use amana_server::storage::NewAuditEvent;
use amana_tests::{spawn_app, TestApp, DEMO_1, DEMO_2};

/// Records that a caseworker opened a sensitive category of `person`'s record, as staff screens will.
async fn staff_opened(app: &TestApp, person: i64, n: i64) {
    let mut tx = app.storage.begin_write().await.unwrap();
    let event = NewAuditEvent {
        actor_kind: amana_app::contract::ActorKind::Staff,
        actor_id: Some(1),
        actor_role: Some("caseworker".into()),
        actor_office: Some("Harbour Office".into()),
        action: "category.opened".into(),
        person_id: Some(person),
        object_type: Some("record".into()),
        object_id: Some(person),
        field_names: r#"["vaccinations"]"#.into(),
        reason: Some("handling-request".into()),
        ..NewAuditEvent::default()
    };
    audit::append(&mut tx, 1_800_000_000 + n * 60, event).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn who_looked_lists_staff_access_newest_first_a_page_at_a_time_and_nothing_of_others() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    assert_eq!(client.get("/my-data/access").await.texts("main > p")[1], en.text("access-none"));
    client.get("/my-data").await; // the person's own views are not "access by others"

    let alice = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap().id;
    let bob = app.storage.person_by_reference(DEMO_2.0).await.unwrap().unwrap().id;
    for n in 0..25 {
        staff_opened(&app, alice, n).await;
    }
    staff_opened(&app, bob, 99).await;

    let first = client.get("/my-data/access").await;
    let entries = first.texts(".access-entry");
    assert_eq!(entries.len(), 20);
    // Written as the reader writes a moment (here English): the newest is 15 January 2027, 08:24 UTC.
    let newest = en.moment(Moment::parse_iso("2027-01-15 08:24").unwrap());
    assert!(newest.starts_with("January 15, 2027") && entries[0].contains(&newest), "newest first: {}", entries[0]);
    for text in [
        en.text("role-caseworker"),
        "Harbour Office".into(),
        en.text("access-category-opened"),
        en.text("field-vaccinations"),
        en.text("access-reason-handling-request"),
    ] {
        assert!(entries[0].contains(&text), "{text} missing from {}", entries[0]);
    }
    assert_eq!(first.attr(".pager a", "href").as_deref(), Some("/my-data/access?page=2"));
    let second = client.get("/my-data/access?page=2").await;
    assert_eq!(second.texts(".access-entry").len(), 5, "25 accesses: 20 + 5, Bob's not among them");
    let oldest = en.moment(Moment::parse_iso("2027-01-15 08:00").unwrap());
    assert!(second.texts(".access-entry")[4].contains(&oldest));
}

#[tokio::test]
async fn the_json_export_holds_everything_and_shows_withdrawn_consent_at_once() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let alice = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap().id;
    staff_opened(&app, alice, 1).await;
    let email = app.portal().my_data(PersonId(alice).into()).await.unwrap().categories[1]
        .fields
        .iter()
        .find(|f| f.key == "email")
        .unwrap()
        .id;
    client
        .submit_multipart(
            &format!("/my-data/fields/{email}/erase"),
            "/api/requests/file",
            &[("form", "erase"), ("field", &email.to_string()), ("kind", "erasure")],
            None,
        )
        .await;
    client.submit("/consent", "/api/consent", &[("purpose", "integration-support"), ("action", "withdraw")]).await;

    let response = client.get("/my-data/export.json").await;
    assert_eq!(response.status.as_u16(), 200);
    assert!(response.header("content-disposition").unwrap().starts_with("attachment"));
    assert_eq!(response.header("cache-control"), Some("no-store"));
    let export: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    assert_eq!(export["case_reference"], DEMO_1.0);
    let held = app.portal().my_data(PersonId(alice).into()).await.unwrap();
    let count = |v: &serde_json::Value| {
        v.as_array().unwrap().iter().map(|c| c["fields"].as_array().unwrap().len()).sum::<usize>()
    };
    assert_eq!(count(&export["data"]), held.categories.iter().map(|c| c.fields.len()).sum::<usize>());
    let field = &export["data"][0]["fields"][0];
    for key in ["value", "source_system", "purpose", "legal_basis", "kept_until", "recipients"] {
        assert!(!field[key].is_null(), "exported fields carry {key}");
    }
    assert_eq!(export["requests"][0]["summary"]["kind"], "Erasure");
    let consent = export["consent"]["purposes"].as_array().unwrap();
    let integration = consent.iter().find(|c| c["purpose"] == "integration-support").unwrap();
    assert_eq!(integration["given"], false, "withdrawn consent shows at once");
    assert_eq!(export["access_log"][0]["action"], "category-opened");
    let audited = app.storage.audit_for_person(alice).await.unwrap();
    assert!(audited.iter().any(|e| e.action == "record.exported"));

    assert_eq!(app.client().get("/my-data/export.json").await.location(), Some("/sign-in"));
}

#[tokio::test]
async fn the_printable_export_is_in_the_persons_language_without_the_request_buttons() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let ar = Locale::from_code("ar").unwrap();
    let page = client.get("/my-data/export?lang=ar").await;
    assert_eq!(page.status.as_u16(), 200);
    assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"));
    assert_eq!(page.texts("h1"), [ar.text("export-title")]);
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let fields: usize =
        app.portal().my_data(PersonId(person.id).into()).await.unwrap().categories.iter().map(|c| c.fields.len()).sum();
    assert_eq!(page.texts(".field-card").len(), fields);
    assert!(page.texts(".field-actions").is_empty());
    let download = client.get("/my-data/download").await;
    let links: Vec<String> = ["/my-data/export", "/my-data/export.json"].map(String::from).to_vec();
    let hrefs: Vec<String> = download
        .html()
        .select(&scraper::Selector::parse(".downloads a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(hrefs, links);
}
