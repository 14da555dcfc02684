//! Who may open which staff page: every role against every staff route (plus people and strangers), and every
//! staff page rendered in Arabic, right to left, with no message id left untranslated.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, DEMO_1};

/// The staff routes, in the order of the expected statuses below.
fn routes(reference: &str) -> [String; 6] {
    [
        "/staff".to_owned(),
        format!("/staff/requests/{reference}"),
        "/staff/audit".to_owned(),
        "/staff/audit.csv".to_owned(),
        "/staff/admin".to_owned(),
        "/staff/mandates".to_owned(),
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
    let expected: [(&str, [u16; 6]); 7] = [
        ("caseworker@amana.example", [200, 200, 403, 403, 403, 200]),
        ("caseworker.sensitive@amana.example", [200, 404, 403, 403, 403, 200]),
        ("reviewer@amana.example", [200, 200, 403, 403, 403, 200]),
        ("dpo@amana.example", [200, 404, 403, 403, 403, 200]),
        ("admin@amana.example", [403, 404, 403, 403, 200, 403]),
        ("auditor@amana.example", [403, 404, 200, 200, 403, 403]),
        ("dpo.deputy@amana.example", [200, 404, 403, 403, 403, 200]),
    ];
    for (email, wanted) in expected {
        let (client, _) = app.staff(email).await;
        assert_eq!(statuses(&client, &reference).await, wanted, "{email}");
    }
    // People and strangers are sent to the staff sign-in, everywhere.
    for client in [person, app.client()] {
        assert_eq!(statuses(&client, &reference).await, [303; 6]);
        for route in routes(&reference) {
            let (_, headers, _) = client.get_raw(&route, &[]).await;
            assert_eq!(headers.get("location").unwrap(), "/staff/sign-in", "{route}");
        }
    }
}

#[tokio::test]
async fn staff_pages_work_in_arabic_right_to_left_with_nothing_untranslated() {
    let app = spawn_app().await;
    let ar = Locale::from_code("ar").unwrap();
    let (_, reference) = app.person_files(DEMO_1, "erase", "family-name", None).await;
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    caseworker.submit("/staff", "/api/staff/take-next", &[]).await;
    caseworker
        .act_on_case(
            &format!("/staff/requests/{reference}"),
            &[("reference", &reference), ("action", "extend"), ("months", "1"), ("reason", "complexity")],
        )
        .await;
    let (auditor, _) = app.staff("auditor@amana.example").await;
    let (admin, _) = app.staff("admin@amana.example").await;
    let pages = [
        (&caseworker, "/staff?lang=ar".to_owned(), "queue-title"),
        (&caseworker, format!("/staff/requests/{reference}?lang=ar"), "case-title"),
        (&auditor, "/staff/audit?lang=ar".to_owned(), "audit-title"),
        (&admin, "/staff/admin?lang=ar".to_owned(), "admin-title"),
        (&caseworker, "/staff/mandates?lang=ar".to_owned(), "staff-mandates-title"),
    ];
    for (client, path, title) in pages {
        let page = client.get(&path).await;
        assert_eq!(page.status.as_u16(), 200, "{path}");
        assert_eq!(page.attr("html", "dir").as_deref(), Some("rtl"), "{path}");
        assert_eq!(page.texts("h1"), [ar.text(title)], "{path}");
        let untranslated = page.untranslated();
        assert!(untranslated.is_empty(), "{path} shows message ids instead of text: {untranslated:?}");
    }
}
