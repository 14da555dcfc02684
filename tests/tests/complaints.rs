//! Complaints: signed in or anonymous, always to the data-protection officer, the oversight body always named,
//! and anonymous receipt codes that cannot be guessed and are looked up under a rate limit.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, DEMO_1, DEMO_2};

#[tokio::test]
async fn the_oversight_body_is_named_on_every_page() {
    let app = spawn_app().await;
    let anonymous = app.client();
    let signed_in = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for (client, path) in [
        (&anonymous, "/"),
        (&anonymous, "/sign-in?lang=fa"),
        (&anonymous, "/nowhere"),
        (&signed_in, "/my-data"),
        (&signed_in, "/requests"),
    ] {
        let page = client.get(path).await;
        let oversight = page.texts("footer .oversight").join(" ");
        assert!(
            oversight.contains(&app.config.oversight_name) && oversight.contains(&app.config.oversight_contact),
            "{path}: {oversight}"
        );
        assert_eq!(page.attr("footer a[href='/complaints']", "href").as_deref(), Some("/complaints"));
    }
}

#[tokio::test]
async fn a_signed_in_complaint_about_a_request_goes_to_the_data_protection_officer() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    let filed = client
        .submit_multipart("/my-data/erase", "/api/requests/file", &[("form", "erase-all"), ("kind", "erasure")], None)
        .await;
    let request = filed.location().unwrap().trim_start_matches("/requests/").trim_end_matches("?filed").to_owned();

    let empty = client.submit("/complaints", "/api/complaints/file", &[("complaint", "  "), ("related", "")]).await;
    assert_eq!(empty.location(), Some("/complaints"));
    assert_eq!(client.get("/complaints").await.texts(".error-summary a"), [en.text("CP-001")]);

    let form = client.get("/complaints").await;
    assert_eq!(form.texts("#related option").len(), 2, "no request, or the one request");
    let response = client
        .submit(
            "/complaints",
            "/api/complaints/file",
            &[("complaint", "Nobody answered my phone calls"), ("related", &request)],
        )
        .await;
    let location = response.location().unwrap().to_owned();
    assert!(location.starts_with("/requests/R-") && location.ends_with("?filed"), "{location}");
    let page = client.get(&location).await;
    assert_eq!(page.texts(".facts dd")[1], en.text("kind-complaint"));
    let rows = app
        .query_strings(
            "SELECT t.key || ':' || r2.reference FROM requests r JOIN teams t ON t.id = r.team_id \
             JOIN requests r2 ON r2.id = r.related_request_id WHERE r.kind = 'complaint'",
        )
        .await;
    assert_eq!(rows, [format!("dpo:{request}")]);
}

#[tokio::test]
async fn a_complaint_cannot_point_at_someone_elses_request() {
    let app = spawn_app().await;
    let alice = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let filed = alice
        .submit_multipart("/my-data/erase", "/api/requests/file", &[("form", "erase-all"), ("kind", "erasure")], None)
        .await;
    let alice_request =
        filed.location().unwrap().trim_start_matches("/requests/").trim_end_matches("?filed").to_owned();
    let bob = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let response = bob
        .submit("/complaints", "/api/complaints/file", &[("complaint", "About that"), ("related", &alice_request)])
        .await;
    assert_eq!(response.location(), Some("/complaints"));
    let page = bob.get("/complaints").await;
    // DEMO-0002 reads Amana in their stored language.
    let theirs = Locale::from_code(&page.attr("html", "lang").unwrap()).unwrap();
    assert_eq!(theirs.code(), "ar");
    assert_eq!(page.texts(".error-summary a"), [theirs.text("CP-003")]);
    assert_eq!(page.texts("#complaint"), ["About that"], "what was typed is kept");
    assert_eq!(app.query_strings("SELECT kind FROM requests ORDER BY id").await, ["erasure"]);
}

#[tokio::test]
async fn an_anonymous_complaint_gets_a_receipt_code_shown_once_that_finds_it_from_anywhere() {
    let app = spawn_app().await;
    let en = Locale::default();
    let phone = app.client();
    let response =
        phone.submit("/complaints", "/api/complaints/file", &[("complaint", "A guard read my file aloud")]).await;
    assert_eq!(response.location(), Some("/complaints/receipt"));
    let receipt = phone.get("/complaints/receipt").await;
    let code = receipt.texts(".receipt-code")[0].clone();
    // 16 characters from 32 unambiguous ones: 80 bits.
    let plain: String = code.chars().filter(|c| *c != '-').collect();
    assert_eq!(plain.len(), 16, "{code}");
    assert!(plain.chars().all(|c| "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".contains(c)), "{code}");
    assert_eq!(phone.get("/complaints/receipt").await.texts("main p")[0], en.text("receipt-gone"), "shown once");
    assert!(app.mails().is_empty(), "no contact is used for an anonymous complaint");
    let stored = app
        .query_strings("SELECT COALESCE(CAST(person_id AS TEXT), 'none') || ':' || receipt_hash FROM requests")
        .await;
    assert!(stored[0].starts_with("none:") && !stored[0].contains(&plain), "the code is stored only as a keyed hash");

    // Another device, typing the code loosely, finds it.
    let library = app.client();
    let typed = plain
        .to_lowercase()
        .chars()
        .collect::<Vec<_>>()
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let found = library.submit("/complaints/lookup", "/api/complaints/lookup", &[("receipt_code", &typed)]).await;
    assert_eq!(found.location(), Some("/complaints/status"));
    let status = library.get("/complaints/status").await;
    assert_eq!(status.texts(".facts dd")[1], en.text("kind-complaint"));
    assert_eq!(status.texts(".status"), [en.text("status-submitted")]);

    // Without the code, nothing to see.
    assert_eq!(app.client().get("/complaints/status").await.texts("main p")[0], en.text("status-no-complaint"));
}

#[tokio::test]
async fn receipt_codes_cannot_be_guessed_quickly() {
    let app = spawn_app().await;
    let en = Locale::default();
    let guesser = app.client();
    for attempt in 1..=10 {
        let response = guesser
            .submit("/complaints/lookup", "/api/complaints/lookup", &[("receipt_code", "AAAA-BBBB-CCCC-DDDD")])
            .await;
        assert_eq!(response.location(), Some("/complaints/lookup"), "attempt {attempt}");
        let page = guesser.get("/complaints/lookup").await;
        assert_eq!(page.texts(".error-summary a"), [en.text("CP-004")], "attempt {attempt}");
        assert_eq!(page.attr("#receipt_code", "value").as_deref(), Some("AAAA-BBBB-CCCC-DDDD"));
    }
    guesser.submit("/complaints/lookup", "/api/complaints/lookup", &[("receipt_code", "AAAA-BBBB-CCCC-DDDE")]).await;
    assert_eq!(
        guesser.get("/complaints/lookup").await.texts(".error-summary a"),
        [en.text("SI-012")],
        "the 11th guess is refused"
    );
}

/// `count` receipt look-ups by a client the proxy reports as `forwarded_for`: is the last one refused?
async fn last_lookup_refused(app: &amana_tests::TestApp, forwarded_for: &str, count: usize) -> bool {
    let en = Locale::default();
    let client = app.client();
    let token = client.get("/complaints/lookup").await.attr("input[name=csrf]", "value").unwrap();
    let referer = format!("{}/complaints/lookup", app.base);
    for _ in 0..count {
        let fields = [("csrf", token.as_str()), ("receipt_code", "AAAA-BBBB-CCCC-DDDD")];
        client
            .post_raw("/api/complaints/lookup", &fields, &[("referer", &referer), ("x-forwarded-for", forwarded_for)])
            .await;
    }
    client.get("/complaints/lookup").await.texts(".error-summary a") == [en.text("SI-012")]
}

#[tokio::test]
async fn behind_a_proxy_limits_count_per_client_and_without_one_the_header_is_ignored() {
    // Behind a proxy that appends the client to X-Forwarded-For, the allowance (ten look-ups) is per client, and
    // what a client writes in the header itself, left of the proxy's entry, changes nothing.
    let app =
        amana_tests::spawn_app_with(|c| c.client_ip_source = axum_client_ip::ClientIpSource::RightmostXForwardedFor)
            .await;
    assert!(!last_lookup_refused(&app, "198.51.100.7, 203.0.113.1", 6).await);
    assert!(
        last_lookup_refused(&app, "203.0.113.1", 5).await,
        "the same client, whatever it put before the proxy's entry"
    );
    assert!(!last_lookup_refused(&app, "203.0.113.1, 203.0.113.2", 1).await, "another client has its own allowance");

    // Listening directly, the header is the client's own word and is ignored: all of these are one peer.
    let app = spawn_app().await;
    assert!(!last_lookup_refused(&app, "203.0.113.1", 6).await);
    assert!(last_lookup_refused(&app, "203.0.113.2", 5).await, "a made-up header does not buy a new allowance");
}
