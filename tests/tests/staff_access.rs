//! Who may open which staff page: every role against every staff route (plus people and strangers), and every
//! staff page rendered in Arabic, right to left, with no message id left untranslated.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, workspace_root, Client, DEMO_1};

/// The staff routes, in the order of the expected statuses below.
fn routes(reference: &str) -> [String; 5] {
    [
        "/staff".to_owned(),
        format!("/staff/requests/{reference}"),
        "/staff/audit".to_owned(),
        "/staff/audit.csv".to_owned(),
        "/staff/admin".to_owned(),
    ]
}

async fn statuses(client: &Client, reference: &str) -> Vec<u16> {
    let mut out = Vec::new();
    for route in routes(reference) {
        out.push(client.get_raw(&route, &[]).await.0.as_u16());
    }
    out
}

#[tokio::test]
async fn each_role_against_each_staff_route() {
    let app = spawn_app().await;
    // A correction of a general-team field.
    let (person, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Matrix")).await;
    let expected: [(&str, [u16; 5]); 7] = [
        ("caseworker@amana.example", [200, 200, 403, 403, 403]),
        ("caseworker.sensitive@amana.example", [200, 404, 403, 403, 403]),
        ("reviewer@amana.example", [200, 200, 403, 403, 403]),
        ("dpo@amana.example", [200, 404, 403, 403, 403]),
        ("admin@amana.example", [403, 404, 403, 403, 200]),
        ("auditor@amana.example", [403, 404, 200, 200, 403]),
        ("dpo.deputy@amana.example", [200, 404, 403, 403, 403]),
    ];
    for (email, wanted) in expected {
        let (client, _) = app.staff(email).await;
        assert_eq!(statuses(&client, &reference).await, wanted, "{email}");
    }
    // People and strangers are sent to the staff sign-in, everywhere.
    for client in [person, app.client()] {
        assert_eq!(statuses(&client, &reference).await, [303; 5]);
        for route in routes(&reference) {
            let (_, headers, _) = client.get_raw(&route, &[]).await;
            assert_eq!(headers.get("location").unwrap(), "/staff/sign-in", "{route}");
        }
    }
}

/// Every message id of the English catalogue.
fn message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(workspace_root().join("locales/en")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if !id.starts_with([' ', '#']) && !id.is_empty() {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[tokio::test]
async fn staff_pages_work_in_arabic_right_to_left_with_nothing_untranslated() {
    let app = spawn_app().await;
    let ar = Locale::from_code("ar").unwrap();
    let ids = message_ids();
    let (_, reference) = app.person_files(DEMO_1, "erase", "family-name", None).await;
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    caseworker.submit("/staff", "/api/staff/take-next", &[]).await;
    caseworker
        .submit(&format!("/staff/requests/{reference}"), "/api/staff/act", &[("reference", &reference), ("action", "extend"), ("months", "1"), ("reason", "complexity")])
        .await;
    let (auditor, _) = app.staff("auditor@amana.example").await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let pages = [
        (&caseworker, "/staff?lang=ar".to_owned(), "queue-title"),
        (&caseworker, format!("/staff/requests/{reference}?lang=ar"), "case-title"),
        (&auditor, "/staff/audit?lang=ar".to_owned(), "audit-title"),
        (&admin, "/staff/admin?lang=ar".to_owned(), "admin-title"),
    ];
    for (client, path, title) in pages {
        let page = client.get(&path).await;
        assert_eq!(page.status.as_u16(), 200, "{path}");
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"), "{path}");
        assert_eq!(page.texts("h1"), [ar.text(title)], "{path}");
        let html = page.html();
        let untranslated: Vec<String> = html
            .root_element()
            .descendants()
            .filter_map(|node| node.value().as_text().map(|t| t.trim().to_owned()))
            .filter(|text| ids.contains(text))
            .collect();
        assert!(untranslated.is_empty(), "{path} shows message ids instead of text: {untranslated:?}");
    }
}
