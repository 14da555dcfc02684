//! Recipients and their data-sharing agreements: an administrator registers one, anyone reads its summary, and
//! My data names it beside each field it receives. An authority of a country people flee from never receives
//! asylum-linked data: the register refuses the combination (nothing stored, what was typed kept), and a row
//! written around the register is still never named for such data.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::actions::ERROR_CODES_HEADER;
use amana_tests::{spawn_app, Client, Page, DEMO_1};

const COUNCIL: &str = "Sunrise City Council (fictional)";
const CONSULATE: &str = "Consulate of Freedonia (fictional)";

async fn add(admin: &Client, name: &str, origin: bool, categories: &[&str]) -> Page {
    let names: Vec<String> = (0..categories.len()).map(|i| format!("agreement_categories[{i}]")).collect();
    let mut fields = vec![
        ("recipient_name", name),
        ("recipient_kind", "municipality"),
        ("country", "fx"),
        ("agreement_purpose", "case-management"),
        ("agreement_legal_basis", "public-task"),
        ("agreement_retention_days", "90"),
        ("breach_notice_hours", "24"),
        ("ends_on", "2099-12-31"),
    ];
    if origin {
        fields.push(("origin_authority", "1"));
    }
    fields.extend(names.iter().map(String::as_str).zip(categories.iter().copied()));
    admin.submit("/staff/recipients", "/api/staff/recipients/add", &fields).await
}

/// The recipients My data names beside the fields of `category` (one list per field).
fn named_for(page: &Page, category: &str) -> Vec<Vec<String>> {
    let html = scraper::Html::parse_document(&page.body);
    let section = scraper::Selector::parse(&format!("section#cat-{category}")).unwrap();
    let list = scraper::Selector::parse(".field-details").unwrap();
    let links = scraper::Selector::parse("dd.recipients a").unwrap();
    html.select(&section)
        .flat_map(|s| s.select(&list).collect::<Vec<_>>())
        .map(|field| field.select(&links).map(|a| a.text().collect::<String>()).collect())
        .collect()
}

#[tokio::test]
async fn a_registered_agreement_is_published_and_named_beside_each_field_it_covers() {
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let added = add(&admin, COUNCIL, false, &["contact"]).await;
    assert_eq!(added.location(), Some("/staff/recipients"), "{:?}", added.header(ERROR_CODES_HEADER));
    assert!(added.header(ERROR_CODES_HEADER).is_none());

    let public = app.client().get("/recipients").await;
    assert_eq!(public.status.as_u16(), 200);
    assert_eq!(public.texts("section#recipient-sunrise-city-council-fictional h2"), [COUNCIL]);

    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let my_data = person.get("/my-data").await;
    let contact = named_for(&my_data, "contact");
    assert!(!contact.is_empty() && contact.iter().any(|names| names == &[COUNCIL.to_owned()]), "{contact:?}");
    assert!(named_for(&my_data, "identity").iter().all(Vec::is_empty), "only the kinds of data it covers");
    assert_eq!(
        my_data.attr("dd.recipients a", "href").as_deref(),
        Some("/recipients#recipient-sunrise-city-council-fictional")
    );
    let actions = app.query_strings("SELECT action FROM audit_events WHERE object_type = 'recipient'").await;
    assert_eq!(actions, ["recipient.registered"]);
}

#[tokio::test]
async fn an_authority_of_a_country_of_origin_never_receives_asylum_linked_data() {
    let app = spawn_app().await;
    let (admin, _) = app.staff("admin@amana.example").await;
    for category in amana_app::recipients::ASYLUM_LINKED {
        let refused = add(&admin, CONSULATE, true, &["identity", category]).await;
        assert_eq!(refused.header(ERROR_CODES_HEADER), Some("RC-001"), "{category}");
        assert_eq!(app.query_one("SELECT COUNT(*) || '' FROM recipients").await, "0", "{category}: nothing stored");
    }
    // What was typed is kept, the tick on "country of origin" too.
    let form = admin.get("/staff/recipients").await;
    assert_eq!(form.attr("input#recipient_name", "value").as_deref(), Some(CONSULATE));
    assert!(form.attr("input#origin_authority", "checked").is_some());

    // Identity alone is allowed, and named only beside identity fields.
    let allowed = add(&admin, CONSULATE, true, &["identity"]).await;
    assert!(allowed.header(ERROR_CODES_HEADER).is_none(), "{:?}", allowed.header(ERROR_CODES_HEADER));
    // A row written around the register (a database edit, a faulty import) with contact data for the same
    // authority is still never named beside a contact field.
    app.execute(
        "INSERT INTO recipients (key, name, kind, country, origin_authority, purpose, legal_basis, categories, \
         retention_days, breach_notice_hours, ends_on, created_by, created_at) \
         SELECT 'forged', 'Forged origin authority', 'municipality', 'FX', 1, 'case-management', 'public-task', \
         '[\"contact\", \"legal-status\"]', 90, 24, '2099-12-31', MIN(id), 0 FROM staff",
    )
    .await;
    let my_data = app.signed_in(DEMO_1.0, DEMO_1.1).await.get("/my-data").await;
    let identity = named_for(&my_data, "identity");
    assert!(identity.iter().any(|names| names.contains(&CONSULATE.to_owned())), "{identity:?}");
    for category in ["contact", "legal-status"] {
        let named = named_for(&my_data, category);
        assert!(named.iter().flatten().all(|n| n != CONSULATE && n != "Forged origin authority"), "{category}");
    }
}
