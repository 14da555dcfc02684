//! My data: everything held, grouped and explained; every view audited; nobody else's data reachable.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::contract::PersonId;
use amana_app::contract::{Category, MigrantPortal};
use amana_app::i18n::{Arg, Locale};
use amana_tests::{spawn_app, DEMO_1, DEMO_2};

#[tokio::test]
async fn my_data_shows_every_field_grouped_with_its_purpose_basis_retention_and_recipients() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let page = client.get("/my-data").await;
    assert_eq!(page.status.as_u16(), 200);
    let en = Locale::default();

    // Every field the database holds for this person is on the page, with its value.
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let held = app.portal().my_data(PersonId(person.id).into()).await.unwrap();
    let field_count: usize = held.categories.iter().map(|c| c.fields.len()).sum();
    assert!((15..=40).contains(&field_count), "demo person 1 has {field_count} fields");
    assert_eq!(page.texts(".field-card").len(), field_count);

    // Grouped by category, in the fixed order, each category once.
    let headings = page.texts("section.category h2");
    let expected: Vec<String> = Category::ALL
        .iter()
        .filter(|c| held.categories.iter().any(|g| g.category == **c))
        .map(|c| {
            let count = held.categories.iter().find(|g| g.category == *c).map_or(0, |g| g.fields.len() as i64);
            let count = en.text_with("my-data-field-count", &[("count", Arg::Number(count))]);
            let name = format!("{} {count}", en.text(&format!("category-{}", c.key())));
            if c.is_sensitive() {
                format!("{name} {}", en.text("my-data-sensitive"))
            } else {
                name
            }
        })
        .collect();
    assert_eq!(headings, expected);
    assert_eq!(held.categories.len(), Category::ALL.len(), "the first demo person has data in every category");

    // Sensitive categories are marked; the others are not.
    for category in Category::ALL {
        let marked = page.texts(&format!("#cat-{} .badge", category.key()));
        assert_eq!(marked.len(), usize::from(category.is_sensitive()), "{}", category.key());
    }

    // One field in full: value, source, purpose, legal basis, kept until, recipients.
    let field = held.categories.iter().flat_map(|c| &c.fields).find(|f| f.key == "given-name").unwrap();
    let card = page.texts(&format!("#field-{}-details dd", field.id));
    assert_eq!(
        card,
        [
            field.source_system.clone(),
            en.text(&format!("purpose-{}", field.purpose)),
            en.text(&format!("legal-basis-{}", field.legal_basis)),
            en.deadline(field.kept_until),
            en.text("recipient-none"),
        ]
    );
    assert_eq!(page.texts(&format!("#field-{} .value", field.id)), std::slice::from_ref(&field.value));
    let shared = held.categories.iter().flat_map(|c| &c.fields).find(|f| !f.recipients.is_empty()).unwrap();
    let recipients = page.texts(&format!("#field-{}-details dd", shared.id)).pop().unwrap();
    for recipient in &shared.recipients {
        assert!(recipients.contains(&en.text(&format!("recipient-{recipient}"))), "{recipients}");
    }
}

#[tokio::test]
async fn my_data_needs_a_signed_in_person() {
    let app = spawn_app().await;
    let response = app.client().get("/my-data").await;
    assert_eq!(response.status.as_u16(), 303);
    assert_eq!(response.location(), Some("/sign-in"));
    assert!(response.texts(".field-card").is_empty());
}

#[tokio::test]
async fn every_view_is_audited_with_field_names_and_never_values() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    client.get("/my-data").await;
    client.get("/my-data").await;
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let events = app.storage.audit_for_person(person.id).await.unwrap();
    let views: Vec<_> = events.iter().filter(|e| e.action == "record.viewed").collect();
    assert_eq!(views.len(), 2);
    let names: Vec<String> = serde_json::from_str(&views[0].field_names).unwrap();
    assert!(names.contains(&"given-name".to_owned()) && names.contains(&"email".to_owned()), "{names:?}");
    assert_eq!(views[0].actor_kind, "person");
    assert_eq!(views[0].actor_id, Some(person.id));

    // No value held about the person appears anywhere in the audit log.
    let held = app.portal().my_data(PersonId(person.id).into()).await.unwrap();
    let log = format!("{:?}", app.storage.audit_log().await.unwrap());
    let identifying = ["given-name", "family-name", "email", "phone", "address", "document-number", "date-of-birth"];
    for field in held.categories.iter().flat_map(|c| &c.fields) {
        if identifying.contains(&field.key.as_str()) {
            assert!(!log.contains(&field.value), "the audit log contains the value of {}", field.key);
        }
    }
    assert!(amana_server::domain::audit::verify(&app.master_key(), &app.storage.audit_log().await.unwrap()).is_empty());
}

#[tokio::test]
async fn another_persons_data_is_never_reachable() {
    let app = spawn_app().await;
    let alice = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let bob = app.storage.person_by_reference(DEMO_2.0).await.unwrap().unwrap();
    let bob_data = app.portal().my_data(PersonId(bob.id).into()).await.unwrap();
    let bob_values: Vec<String> = bob_data
        .categories
        .iter()
        .flat_map(|c| &c.fields)
        .filter(|f| f.key.contains("name") || f.key == "email" || f.key.contains("number"))
        .map(|f| f.value.clone())
        .collect();
    let bob_field = bob_data.categories[0].fields[0].id;
    let id = bob.id;
    let attempts = [
        format!("/my-data?person={id}"),
        format!("/my-data?person_id={id}&case_reference={}", DEMO_2.0),
        format!("/my-data/{id}"),
        format!("/my-data/{}", DEMO_2.0),
        format!("/people/{id}"),
        format!("/my-data#field-{bob_field}"),
        format!("/fields/{bob_field}"),
        format!("/api/my-data?person={id}"),
    ];
    for path in attempts {
        let page = alice.get(&path).await;
        assert!(!page.texts(".reference bdi").contains(&DEMO_2.0.to_owned()), "{path} shows Bob's record");
        for value in &bob_values {
            assert!(!page.body.contains(value.as_str()), "{path} shows one of Bob's values");
        }
        assert!(
            page.status.as_u16() == 404 || page.body.contains(DEMO_1.0),
            "{path}: either not found or Alice's own data, got {}",
            page.status
        );
    }
    // Forged form posts cannot switch the person either.
    let page =
        alice.submit("/my-data", "/api/sign-in/verify", &[("code", "000000"), ("person", &id.to_string())]).await;
    assert_ne!(page.location(), Some("/my-data?person=2"));
    let me = alice.get("/my-data").await;
    assert_eq!(me.texts(".reference bdi"), [DEMO_1.0]);
}

#[tokio::test]
async fn values_are_encrypted_at_rest_with_a_key_per_person() {
    let app = spawn_app().await;
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let held = app.portal().my_data(PersonId(person.id).into()).await.unwrap();
    let name = &held.categories[0].fields.iter().find(|f| f.key == "family-name").unwrap().value;
    // Nothing in the database file holds the plain value.
    if amana_tests::backend() == amana_server::storage::Backend::Sqlite {
        app.execute("PRAGMA wal_checkpoint(TRUNCATE)").await;
        let bytes = std::fs::read(app.data_dir.path().join("amana.db")).unwrap();
        assert!(!bytes.windows(name.len()).any(|w| w == name.as_bytes()), "plain value found in the database file");
        assert!(!bytes.windows(13).any(|w| w == b"demo-0001@exa"), "plain e-mail found in the database file");
    }
    // Destroying the person's key makes their values unreadable.
    app.execute(&format!("DELETE FROM person_keys WHERE person_id = {}", person.id)).await;
    assert!(app.portal().my_data(PersonId(person.id).into()).await.is_err());
}

#[tokio::test]
async fn every_label_on_every_demo_persons_page_is_translated() {
    let app = spawn_app().await;
    let portal = app.portal();
    let catalog = amana_app::i18n::catalog();
    let mut people = 0;
    for n in 1..=amana_server::demo::DEMO_PEOPLE {
        let person = app.storage.person_by_reference(&format!("DEMO-{n:04}")).await.unwrap().unwrap();
        let data = portal.my_data(PersonId(person.id).into()).await.unwrap();
        let fields: Vec<_> = data.categories.iter().flat_map(|c| &c.fields).collect();
        assert!((15..=40).contains(&fields.len()), "DEMO-{n:04} has {} fields", fields.len());
        assert_eq!(data.categories.len(), Category::ALL.len(), "DEMO-{n:04} lacks a category");
        for locale in Locale::all() {
            for field in &fields {
                let mut ids = vec![
                    format!("field-{}", field.key),
                    format!("purpose-{}", field.purpose),
                    format!("legal-basis-{}", field.legal_basis),
                ];
                ids.extend(field.recipients.iter().map(|r| format!("recipient-{r}")));
                for id in ids {
                    assert!(catalog.has_message(locale, &id), "{}: {id}", locale.code());
                }
            }
        }
        people += 1;
    }
    assert!(people >= 20);
}
