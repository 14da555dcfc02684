//! Attacks from the hardening review, mounted against a running server: each test tries the attack and fails if
//! it ever works again (disk filling through sessions, sessions that outlive sign-out, limits that a second
//! instance or a restart forgets, cookies that a network attacker could plant, CSRF tokens that survive a sign-in,
//! language links that point off-site).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, spawn_app_with, Client, TestApp, DEMO_1, DEMO_2};

/// Total bytes of session data stored.
async fn session_bytes(app: &TestApp) -> i64 {
    let total = app.query_strings("SELECT CAST(COALESCE(SUM(LENGTH(data)), 0) AS TEXT) FROM sessions").await;
    total[0].parse().unwrap()
}

/// A bare HTTP client with no cookie store: it sends exactly the cookies it is given, as a script would.
fn bare() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// The CSRF cookie (name=value) and the form token of a fresh visit to `path`.
async fn csrf_of(http: &reqwest::Client, base: &str, path: &str) -> (String, String) {
    let response = http.get(format!("{base}{path}")).send().await.unwrap();
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.contains("amana_csrf="))
        .map(|v| v.split(';').next().unwrap().to_owned())
        .expect("a CSRF cookie");
    let body = response.text().await.unwrap();
    let html = scraper::Html::parse_document(&body);
    let selector = scraper::Selector::parse("input[name=csrf]").unwrap();
    let token = html.select(&selector).next().and_then(|e| e.value().attr("value")).unwrap().to_owned();
    (cookie, token)
}

#[tokio::test]
async fn fifty_oversize_anonymous_posts_leave_only_a_few_kilobytes_of_sessions() {
    let app = spawn_app().await;
    let http = bare();
    let (cookie, token) = csrf_of(&http, &app.base, "/sign-in").await;
    let huge = "A".repeat(250 * 1024);
    let before = session_bytes(&app).await;
    let mut refused = 0;
    for _ in 0..50 {
        let response = http
            .post(format!("{}/api/sign-in/start", app.base))
            .header("cookie", &cookie)
            .form(&[("csrf", token.as_str()), ("case_reference", huge.as_str()), ("date_of_birth", "1990-01-01")])
            .send()
            .await
            .unwrap();
        if response.status().as_u16() == 429 {
            refused += 1;
        }
    }
    let stored = session_bytes(&app).await - before;
    assert!(stored <= 8 * 1024, "50 oversize posts stored {stored} bytes of sessions");
    assert!(refused >= 25, "most of the flood is turned away before anything is stored ({refused} refused)");
    // The anonymous complaint form, flooded the same way, stores no more.
    let http = bare();
    let (cookie, token) = csrf_of(&http, &app.base, "/complaints").await;
    let before = session_bytes(&app).await;
    for _ in 0..50 {
        http.post(format!("{}/api/complaints/file", app.base))
            .header("cookie", &cookie)
            .form(&[("csrf", token.as_str()), ("complaint", huge.as_str())])
            .send()
            .await
            .unwrap();
    }
    // Same client (the peer address), whose allowance the sign-in flood already used up.
    assert!(session_bytes(&app).await - before <= 8 * 1024);
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE kind = 'complaint'").await, ["0"]);
}

#[tokio::test]
async fn a_person_whose_typed_value_was_too_long_gets_it_back_cut_and_explained() {
    let app = spawn_app().await;
    let client = app.client();
    let long = format!("DEMO-{}", "7".repeat(5000));
    let response = client
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", long.as_str()), ("date_of_birth", "1990-01-01")])
        .await;
    assert_eq!(response.location(), Some("/sign-in"));
    let page = client.get("/sign-in").await;
    assert_eq!(page.texts(".error-summary a"), [Locale::default().text("SI-002")]);
    let kept = page.attr("#case_reference", "value").unwrap();
    assert!(long.starts_with(&kept) && kept.chars().count() == 64, "kept {} characters", kept.chars().count());
    assert_eq!(page.attr("#date_of_birth", "value").as_deref(), Some("1990-01-01"));
}

#[tokio::test]
async fn a_session_saved_by_a_request_still_in_flight_does_not_come_back_after_sign_out() {
    use amana_server::storage::SqlSessionStore;
    use tower_sessions::session::{Id, Record};
    use tower_sessions::SessionStore;

    let app = spawn_app().await;
    // Below HTTP, the exact race: a request loads the session, the person signs out, the request saves.
    let store = SqlSessionStore::new(app.storage.clone());
    let mut record = Record {
        id: Id::default(),
        data: [("person".to_owned(), serde_json::json!(1))].into_iter().collect(),
        expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(15),
    };
    store.create(&mut record).await.unwrap();
    let in_flight = store.load(&record.id).await.unwrap().expect("loaded");
    store.delete(&record.id).await.unwrap();
    store.save(&in_flight).await.unwrap();
    assert!(store.load(&record.id).await.unwrap().is_none(), "a save after sign-out brought the session back");

    // Over HTTP: page views in flight while the person signs out; the old cookie is refused afterwards.
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let cookie = session_cookie_of(&client, &app).await;
    let views: Vec<_> = (0..12)
        .map(|_| {
            let (base, cookie) = (app.base.clone(), cookie.clone());
            tokio::spawn(async move { bare().get(format!("{base}/my-data")).header("cookie", cookie).send().await })
        })
        .collect();
    let signed_out = client.submit("/my-data", "/api/sign-out", &[]).await;
    assert_eq!(signed_out.location(), Some("/?signed-out"));
    for view in views {
        let _ = view.await;
    }
    let replay = bare().get(format!("{}/my-data", app.base)).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(replay.status().as_u16(), 303, "the old session cookie still opens My data");
    assert_eq!(replay.headers().get("location").unwrap(), "/sign-in");
}

/// The session cookie (name=value) the client holds.
async fn session_cookie_of(client: &Client, app: &TestApp) -> String {
    client.cookie_header(&app.base).split("; ").find(|c| c.starts_with("amana_session=")).expect("a session").to_owned()
}

#[tokio::test]
async fn page_views_do_not_rewrite_the_session_row() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    client.get("/my-data").await;
    let stored = app.query_strings("SELECT CAST(expires_at AS TEXT) || data FROM sessions").await;
    for _ in 0..5 {
        let page = client.get("/my-data").await;
        assert_eq!(page.status.as_u16(), 200);
        assert!(
            page.header("set-cookie").is_none_or(|c| !c.contains("amana_session")),
            "a page view re-set the session"
        );
    }
    assert_eq!(app.query_strings("SELECT CAST(expires_at AS TEXT) || data FROM sessions").await, stored);
}

#[tokio::test]
async fn two_instances_on_one_database_share_the_sign_in_limit() {
    let app = spawn_app().await;
    let other = app.another_instance().await;
    let first = app.client();
    // Twenty attempts for different references from one client use up its allowance on the first instance...
    for n in 0..20 {
        let reference = format!("NOBODY-{n:04}");
        let response = first
            .submit(
                "/sign-in",
                "/api/sign-in/start",
                &[("case_reference", &reference), ("date_of_birth", "1990-01-01")],
            )
            .await;
        assert_eq!(response.location(), Some("/sign-in/code"), "attempt {n} should be allowed");
    }
    // ...so the second instance refuses the next one, as a restart would.
    let second = app.client_of(&other);
    let response = second
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_2.0), ("date_of_birth", DEMO_2.1)])
        .await;
    let refused = match response.location() {
        Some("/sign-in") => {
            second.get("/sign-in").await.texts(".error-summary a") == [Locale::default().text("SI-012")]
        }
        _ => response.status.as_u16() == 429,
    };
    assert!(refused, "the second instance did not know the limit was used up");
    // The limit table holds no address or reference in clear.
    let keys = app.query_strings("SELECT key FROM rate_limits").await;
    assert!(!keys.is_empty());
    assert!(keys.iter().all(|k| !k.contains("127.0.0.1") && !k.contains("NOBODY")));
    // Time replenishes it (one more every thirty seconds).
    app.clock.advance(31);
    let response = second
        .submit("/sign-in", "/api/sign-in/start", &[("case_reference", DEMO_2.0), ("date_of_birth", DEMO_2.1)])
        .await;
    assert_eq!(response.location(), Some("/sign-in/code"));
}

#[tokio::test]
async fn behind_https_cookies_are_host_only_secure_and_hsts_is_sent() {
    let app = spawn_app_with(|config| {
        config.public_url = "https://rights.authority.example".to_owned();
        config.secure_cookies = true;
    })
    .await;
    let response = bare().get(format!("{}/sign-in", app.base)).send().await.unwrap();
    assert_eq!(response.headers().get("strict-transport-security").unwrap(), "max-age=31536000");
    let cookies: Vec<&str> = response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap()).collect();
    assert!(!cookies.is_empty());
    for cookie in cookies {
        assert!(cookie.starts_with("__Host-"), "{cookie}");
        assert!(cookie.contains("; Secure") && cookie.contains("Path=/") && !cookie.contains("Domain"), "{cookie}");
    }
    // Locally (plain HTTP on loopback) nothing claims HTTPS.
    let local = spawn_app().await;
    let response = bare().get(format!("{}/sign-in", local.base)).send().await.unwrap();
    assert!(response.headers().get("strict-transport-security").is_none());
}

#[tokio::test]
async fn a_csrf_token_from_before_sign_in_or_sign_out_is_refused() {
    let app = spawn_app().await;
    let client = app.client();
    let before = client.get("/sign-in").await.attr("input[name=csrf]", "value").unwrap();
    let person = app.signed_in_with(client, DEMO_1.0, DEMO_1.1).await;
    let during = person.get("/my-data").await.attr("input[name=csrf]", "value").unwrap();
    assert_ne!(before, during, "the token was not renewed at sign-in");
    // A forged form with the token an attacker could have read before the sign-in is refused.
    let stale = person.post_raw("/api/sign-out", &[("csrf", before.as_str())], &[]).await;
    assert_eq!(stale.status.as_u16(), 403);
    assert_eq!(person.get("/my-data").await.status.as_u16(), 200, "the person is still signed in");
    // After sign-out the signed-in token is dead too.
    person.post_raw("/api/sign-out", &[("csrf", during.as_str())], &[]).await;
    let after = person.get("/sign-in").await.attr("input[name=csrf]", "value").unwrap();
    assert_ne!(after, during);
    let replay = person
        .post_raw(
            "/api/sign-in/start",
            &[("csrf", during.as_str()), ("case_reference", DEMO_1.0), ("date_of_birth", DEMO_1.1)],
            &[],
        )
        .await;
    assert_eq!(replay.status.as_u16(), 403);
}

#[tokio::test]
async fn language_links_never_point_off_site() {
    let app = spawn_app().await;
    for path in ["//evil.example/x", "/\\evil.example/x", "///evil.example"] {
        let response = bare().get(format!("{}{path}", app.base)).header("accept", "text/html").send().await.unwrap();
        let body = response.text().await.unwrap();
        let html = scraper::Html::parse_document(&body);
        let selector = scraper::Selector::parse("a[hreflang]").unwrap();
        let links: Vec<String> =
            html.select(&selector).filter_map(|a| a.value().attr("href").map(str::to_owned)).collect();
        assert!(!links.is_empty(), "{path}: the page has language links");
        for href in links {
            assert!(href.starts_with('/') && !href.starts_with("//") && !href.starts_with("/\\"), "{path}: {href}");
        }
    }
}

/// The attack: a copy of the database (a backup, a replica, a curious operator) shows people's addresses and
/// sign-in codes in the outbox, and keeps them for ever for a mail that never left. A payload copied onto
/// another message would be sent there. Now payloads are sealed and bound to their row, and a parked message's
/// payload is cleared after the retention period.
#[tokio::test]
async fn the_outbox_shows_no_address_or_code_refuses_moved_payloads_and_forgets_parked_ones() {
    use amana_server::infra::config::MailConfig;
    use amana_tests::smtp::SmtpSink;
    let sink = SmtpSink::start().await;
    sink.set_down(true);
    let app =
        spawn_app_with(|config| config.mail = MailConfig::parse(&format!("smtp://127.0.0.1:{}", sink.port)).unwrap())
            .await;
    for (reference, birth_date) in [DEMO_2, DEMO_1] {
        let client = app.client();
        client
            .submit("/sign-in", "/api/sign-in/start", &[("case_reference", reference), ("date_of_birth", birth_date)])
            .await;
    }
    let payloads = app.query_strings("SELECT payload FROM outbox ORDER BY id").await;
    assert_eq!(payloads.len(), 2);
    for payload in &payloads {
        assert!(!payload.contains("example.org") && !payload.contains("sign-in-code"), "a payload in clear: {payload}");
    }
    // The first message's payload copied onto the second's row does not open there.
    app.execute(
        "UPDATE outbox SET payload = (SELECT payload FROM outbox WHERE id = (SELECT MIN(id) FROM outbox)) \
                 WHERE id = (SELECT MAX(id) FROM outbox)",
    )
    .await;
    sink.set_down(false);
    app.clock.advance(60);
    let received = sink.wait_for(1).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(sink.count(), 1, "only the message on its own row went out");
    assert_eq!(received[0].to, "demo-0002@example.org");
    let parked = app
        .query_strings("SELECT CAST(id AS TEXT) FROM outbox WHERE parked_at IS NOT NULL AND payload IS NOT NULL")
        .await;
    assert_eq!(parked.len(), 1, "the moved payload was refused and its message parked");

    // A parked payload stays for an operator for 30 days, then housekeeping clears it.
    app.housekeep().await;
    assert_eq!(app.query_strings("SELECT CAST(id AS TEXT) FROM outbox WHERE payload IS NOT NULL").await.len(), 1);
    app.clock.advance(amana_server::workers::outbox::PARKED_RETENTION_SECONDS + 1);
    app.housekeep().await;
    assert!(
        app.query_strings("SELECT CAST(id AS TEXT) FROM outbox WHERE payload IS NOT NULL").await.is_empty(),
        "no payload is kept for ever"
    );
}

/// The attack: timing sign-in starts tells whether a case reference and a birth date belong together (a match
/// used to unwrap a key, open an address, seal a message and chain an audit event; a mismatch did none of it).
/// Now every start stores a challenge and chains an audit event, and only a match queues a mail; a mismatch names
/// nobody in the audit log. (`scripts/bench-outbox` prints the times of both.)
#[tokio::test]
async fn a_right_and_a_wrong_birth_date_do_the_same_work() {
    let app = spawn_app().await;
    let count = |table: &'static str| {
        let app = &app;
        async move {
            app.query_strings(&format!("SELECT CAST(COUNT(*) AS TEXT) FROM {table}")).await[0].parse::<i64>().unwrap()
        }
    };
    for (reference, birth_date, queues) in
        [(DEMO_2.0, DEMO_2.1, 1), (DEMO_2.0, "1901-01-01", 0), ("DEMO-9999", "1901-01-01", 0)]
    {
        let (challenges, events, outbox) =
            (count("sign_in_challenges").await, count("audit_events").await, count("outbox").await);
        let client = app.client();
        let response = client
            .submit("/sign-in", "/api/sign-in/start", &[("case_reference", reference), ("date_of_birth", birth_date)])
            .await;
        assert_eq!(response.location(), Some("/sign-in/code"), "every start answers alike");
        assert_eq!(
            count("sign_in_challenges").await,
            challenges + 1,
            "{reference} {birth_date}: a challenge is stored"
        );
        assert_eq!(count("audit_events").await, events + 1, "{reference} {birth_date}: an audit event is chained");
        assert_eq!(count("outbox").await, outbox + queues, "{reference} {birth_date}");
        app.clock.advance(3600);
    }
    let refused = app
        .query_strings(
            "SELECT COALESCE(CAST(person_id AS TEXT), '') FROM audit_events WHERE action = 'sign-in.refused'",
        )
        .await;
    assert_eq!(refused, ["", ""], "a wrong guess names nobody");
}

/// The attack: someone who can write the database but has no key moves a sealed value to another place of the
/// same person: their given name over their family name, or a staff decision note into the explanation the
/// person wrote. Each value is bound to its table, column and row, so a moved one does not open: the page fails
/// instead of showing it in the wrong place.
#[tokio::test]
async fn a_sealed_value_moved_to_another_row_or_column_does_not_open_there() {
    let app = spawn_app().await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (given, given_name) = app.field(DEMO_1.0, "given-name").await;
    let (family, _) = app.field(DEMO_1.0, "family-name").await;
    assert_eq!(person.get("/my-data").await.status.as_u16(), 200);
    app.execute(&format!("UPDATE record_fields SET value_enc = (SELECT value_enc FROM record_fields WHERE id = {given}) WHERE id = {family}")).await;
    let page = person.get("/my-data").await;
    assert_eq!(page.status.as_u16(), 500, "the moved value is refused");
    assert!(!page.body.contains(&given_name), "and shown nowhere");

    // A request's explanation replaced by another request's: neither the person nor staff read it there.
    let app = spawn_app().await;
    let (person, first) = app.person_files(DEMO_2, "correct", "family-name", Some("Moved-Away")).await;
    let first_path = format!("/requests/{first}");
    assert_eq!(person.get(&first_path).await.status.as_u16(), 200);
    let (_, second) = app.person_files(DEMO_2, "erase", "given-name", None).await;
    app.execute(&format!(
        "UPDATE request_fields SET proposed_value_enc = (SELECT rf.proposed_value_enc FROM request_fields rf JOIN requests r ON r.id = rf.request_id \
         WHERE r.reference = '{first}') WHERE request_id = (SELECT id FROM requests WHERE reference = '{second}')"
    ))
    .await;
    let page = person.get(&format!("/requests/{second}")).await;
    assert_eq!(page.status.as_u16(), 500);
    assert!(!page.body.contains("Moved-Away"));
}
