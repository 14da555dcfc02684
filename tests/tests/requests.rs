//! Filing and following requests about one's data, end to end over HTTP, and trying to reach someone else's.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_app::when::Day;
use amana_server::infra::clock::{add_months, Clock};
use amana_tests::{spawn_app, Client, Page, TestApp, DEMO_1, DEMO_2};

async fn field(app: &TestApp, reference: &str, key: &str) -> (i64, String) {
    app.field(reference, key).await
}

async fn file(client: &Client, form: &str, field: Option<i64>, fields: &[(&str, &str)]) -> Page {
    client.file_request(form, field, fields).await
}

#[tokio::test]
async fn a_correction_is_filed_from_my_data_confirmed_and_listed_with_its_due_date() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    let (id, value) = field(&app, DEMO_1.0, "family-name").await;

    let my_data = client.get("/my-data").await;
    assert_eq!(
        my_data.attr(&format!("#field-{id}-details .field-actions a"), "href"),
        Some(format!("/my-data/fields/{id}/correct"))
    );
    let form = client.get(&format!("/my-data/fields/{id}/correct")).await;
    assert_eq!(form.status.as_u16(), 200);
    assert_eq!(form.attr("#proposed_value", "value"), Some(value.clone()), "the form starts from the current value");

    let mails_before = app.mails().len();
    let response = file(
        &client,
        "correct",
        Some(id),
        &[("kind", "correction"), ("proposed_value", "Haddad-Mansour"), ("explanation", "Married name")],
    )
    .await;
    let location = response.location().unwrap().to_owned();
    assert!(location.starts_with("/requests/R-") && location.ends_with("?filed"), "{location}");
    let reference = amana_tests::reference_from(&location);

    let page = client.get(&location).await;
    assert_eq!(page.texts(".notice"), [en.text("notice-request-filed")]);
    let facts = page.texts(".facts dd");
    let received = en.day(Day::from_unix(app.clock.now()));
    let due = en.deadline(Day::from_unix(add_months(app.clock.now(), 1)));
    assert_eq!(
        facts,
        [
            reference.clone(),
            en.text("kind-correction"),
            en.text("field-family-name"),
            en.text("status-submitted"),
            received,
            due
        ]
    );
    assert_eq!(page.texts(".value bdi"), ["Haddad-Mansour"]);
    assert_eq!(page.texts(".timeline li span:first-of-type")[0], en.text("timeline-submitted"));

    // A confirmation by e-mail, with no personal data in it.
    let mail = app.wait_for_mail(mails_before + 1).await;
    assert_eq!(mail.subject, en.text("mail-request-received-subject"));
    for private in [reference.as_str(), "Haddad", value.as_str(), DEMO_1.0] {
        assert!(!mail.body.contains(private) && !mail.subject.contains(private), "the mail mentions {private}");
    }

    let list = client.get("/requests").await;
    assert_eq!(list.texts(".request-card .reference-code"), [reference]);

    // The filing is audited with the field's name and never its values.
    let person = app.storage.person_by_reference(DEMO_1.0).await.unwrap().unwrap();
    let events = app.storage.audit_for_person(person.id).await.unwrap();
    let filed = events.iter().find(|e| e.action == "request.filed").unwrap();
    assert_eq!(filed.field_names, r#"["family-name"]"#);
    assert!(!format!("{events:?}").contains("Haddad-Mansour"));
}

#[tokio::test]
async fn bad_input_is_explained_and_kept_and_nothing_is_filed() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    let (id, value) = field(&app, DEMO_1.0, "given-name").await;
    let long = "x".repeat(2001);
    let response =
        file(&client, "correct", Some(id), &[("kind", "correction"), ("proposed_value", "  "), ("explanation", &long)])
            .await;
    let back = format!("/my-data/fields/{id}/correct");
    assert_eq!(response.location(), Some(back.as_str()));
    let page = client.get(&back).await;
    assert_eq!(page.texts(".error-summary a"), [en.text("RQ-012"), en.text("RQ-010")]);
    assert_eq!(page.texts("#explanation"), [long], "the explanation typed is kept");

    file(&client, "correct", Some(id), &[("kind", "correction"), ("proposed_value", &value)]).await;
    assert_eq!(client.get(&back).await.texts(".error-summary a"), [en.text("RQ-013")]);

    let restrict = file(&client, "restrict", Some(id), &[("explanation", "please")]).await;
    let page = client.get(restrict.location().unwrap()).await;
    assert_eq!(page.texts(".error-summary a"), [en.text("RQ-016")]);
    assert_eq!(page.texts("#explanation"), ["please"]);

    assert!(client.get("/requests").await.texts(".request-card").is_empty(), "nothing was filed");
}

#[tokio::test]
async fn a_second_open_request_about_the_same_field_is_refused() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (id, _) = field(&app, DEMO_1.0, "email").await;
    let first = file(&client, "erase", Some(id), &[("kind", "erasure")]).await;
    assert!(first.location().unwrap().ends_with("?filed"));
    let second = file(&client, "erase", Some(id), &[("kind", "erasure")]).await;
    let page = client.get(second.location().unwrap()).await;
    assert_eq!(page.texts(".error-summary a"), [Locale::default().text("RQ-001")]);
    // Another kind of request about the same field is fine.
    let objection = file(&client, "restrict", Some(id), &[("kind", "objection")]).await;
    assert!(objection.location().unwrap().ends_with("?filed"));
    assert_eq!(client.get("/requests").await.texts(".request-card").len(), 2);
}

#[tokio::test]
async fn a_person_adds_information_and_withdraws_an_open_request_but_not_twice() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    let response =
        file(&client, "erase-all", None, &[("kind", "erasure"), ("explanation", "I am leaving the country")]).await;
    let path = response.location().unwrap().trim_end_matches("?filed").to_owned();
    let reference = amana_tests::reference_from(&path);
    let page = client.get(&path).await;
    assert_eq!(page.texts(".facts dd")[2], en.text("request-whole-record"));

    let empty = client
        .submit_multipart(&path, "/api/requests/information", &[("reference", &reference), ("message", " ")], None)
        .await;
    assert_eq!(empty.location(), Some(path.as_str()));
    assert_eq!(client.get(&path).await.texts(".error-summary a"), [en.text("RQ-014")]);

    let sent = client
        .submit_multipart(
            &path,
            "/api/requests/information",
            &[("reference", &reference), ("message", "My new address is on file")],
            None,
        )
        .await;
    assert_eq!(sent.location(), Some(format!("{path}?sent").as_str()));
    let page = client.get(&path).await;
    assert_eq!(page.texts(".message .prewrap"), ["My new address is on file"]);
    assert!(page.texts(".timeline li").iter().any(|l| l.contains(&en.text("timeline-information-added"))));

    let confirm = client.get(&format!("{path}/withdraw")).await;
    assert_eq!(confirm.status.as_u16(), 200);
    let mails_before = app.mails().len();
    let withdrawn =
        client.submit(&format!("{path}/withdraw"), "/api/requests/withdraw", &[("reference", &reference)]).await;
    assert_eq!(withdrawn.location(), Some(format!("{path}?withdrawn").as_str()));
    // The status change is announced by e-mail, without any personal data.
    let news = app.wait_for_mail(mails_before + 1).await;
    assert_eq!(news.subject, en.text("mail-request-news-subject"));
    assert!(!news.body.contains(&reference) && !news.body.contains(DEMO_1.0));
    let page = client.get(&path).await;
    assert_eq!(page.texts(".status"), [en.text("status-withdrawn")]);
    assert!(page.texts("textarea").is_empty(), "a withdrawn request takes no more information");

    client.submit(&format!("{path}/withdraw"), "/api/requests/withdraw", &[("reference", &reference)]).await;
    assert_eq!(client.get(&path).await.texts(".error-summary a"), [en.text("RQ-002")]);
    client
        .submit_multipart(&path, "/api/requests/information", &[("reference", &reference), ("message", "late")], None)
        .await;
    assert_eq!(client.get(&path).await.texts(".error-summary a"), [en.text("RQ-002")]);
}

#[tokio::test]
async fn requests_are_routed_by_the_category_they_concern() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (health, _) = field(&app, DEMO_1.0, "vaccinations").await;
    let (contact, _) = field(&app, DEMO_1.0, "email").await;
    for id in [health, contact] {
        file(&client, "restrict", Some(id), &[("kind", "restriction")]).await;
    }
    let teams = app
        .query_strings(
            "SELECT t.key || ':' || f.category FROM requests r JOIN teams t ON t.id = r.team_id \
             JOIN request_fields rf ON rf.request_id = r.id JOIN record_fields f ON f.id = rf.field_id ORDER BY r.id",
        )
        .await;
    assert_eq!(teams, ["sensitive-data:health", "general:contact"]);
}

#[tokio::test]
async fn another_persons_requests_and_fields_answer_exactly_like_ones_that_do_not_exist() {
    let app = spawn_app().await;
    let alice = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (alice_field, alice_value) = field(&app, DEMO_1.0, "family-name").await;
    let filed =
        file(&alice, "correct", Some(alice_field), &[("kind", "correction"), ("proposed_value", "Secret-Name")]).await;
    let alice_ref = amana_tests::reference_from(filed.location().unwrap());

    let bob = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let missing_ref = "R-2222-2222";
    let missing_field = 999_999;
    // Pages: someone else's and a non-existent one look the same.
    for (theirs, none) in [
        (format!("/requests/{alice_ref}"), format!("/requests/{missing_ref}")),
        (format!("/requests/{alice_ref}/withdraw"), format!("/requests/{missing_ref}/withdraw")),
        (format!("/my-data/fields/{alice_field}/correct"), format!("/my-data/fields/{missing_field}/correct")),
        (format!("/my-data/fields/{alice_field}/erase"), format!("/my-data/fields/{missing_field}/erase")),
    ] {
        let a = bob.get(&theirs).await;
        let b = bob.get(&none).await;
        assert_eq!(a.status, b.status, "{theirs}");
        assert!(a.status.as_u16() == 404 || theirs.ends_with("/withdraw"), "{theirs}: {}", a.status);
        assert!(!a.body.contains("Secret-Name") && !a.body.contains(&alice_value), "{theirs} leaks Alice's data");
    }
    // Posts: withdrawing, adding information and filing about Alice's things change nothing of hers.
    for reference in [alice_ref.as_str(), missing_ref] {
        let path = format!("/requests/{reference}");
        let w = bob.submit("/requests", "/api/requests/withdraw", &[("reference", reference)]).await;
        assert_eq!(w.location(), Some(path.as_str()));
        let i = bob
            .submit_multipart(
                "/requests",
                "/api/requests/information",
                &[("reference", reference), ("message", "hi")],
                None,
            )
            .await;
        assert_eq!(i.location(), Some(path.as_str()));
    }
    for id in [alice_field, missing_field] {
        let id = id.to_string();
        let f = bob
            .submit_multipart(
                "/requests",
                "/api/requests/file",
                &[("form", "erase"), ("field", &id), ("kind", "erasure")],
                None,
            )
            .await;
        assert_eq!(f.location(), Some(format!("/my-data/fields/{id}/erase").as_str()));
    }
    assert!(bob.get("/requests").await.texts(".request-card").is_empty());
    let alice_page = alice.get(&format!("/requests/{alice_ref}")).await;
    assert_eq!(alice_page.texts(".status"), [Locale::default().text("status-submitted")]);
    assert!(alice_page.texts(".message").is_empty());
    let count = app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await;
    assert_eq!(count, ["1"]);
}

#[tokio::test]
async fn request_pages_need_a_signed_in_person() {
    let app = spawn_app().await;
    let client = app.client();
    for path in ["/requests", "/requests/R-2222-2222", "/my-data/fields/1/correct", "/my-data/erase"] {
        assert_eq!(client.get(path).await.location(), Some("/sign-in"), "{path}");
    }
    let posted = client
        .submit_multipart("/sign-in", "/api/requests/file", &[("form", "erase-all"), ("kind", "erasure")], None)
        .await;
    assert_eq!(posted.location(), Some("/sign-in"));
}

const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];

#[tokio::test]
async fn evidence_is_checked_by_content_stored_encrypted_and_served_only_to_its_owner() {
    let app = spawn_app().await;
    let alice = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let en = Locale::default();
    let (id, _) = field(&app, DEMO_1.0, "family-name").await;
    let page = format!("/my-data/fields/{id}/correct");
    let id_text = id.to_string();
    let fields = [
        ("form", "correct"),
        ("field", id_text.as_str()),
        ("kind", "correction"),
        ("proposed_value", "Haddad-Mansour"),
        ("explanation", "See the certificate"),
    ];

    // A script renamed to .png is refused by its content; what was typed is kept.
    let refused =
        alice.submit_multipart(&page, "/api/requests/file", &fields, Some(b"<script>alert(1)</script>".to_vec())).await;
    assert_eq!(refused.location(), Some(page.as_str()));
    let form = alice.get(&page).await;
    assert_eq!(form.texts(".error-summary a"), [en.text("RQ-021")]);
    assert_eq!(form.attr("#proposed_value", "value").as_deref(), Some("Haddad-Mansour"));
    assert_eq!(form.texts("#explanation"), ["See the certificate"]);

    // Over 5 MB is refused too.
    let mut big = PNG.to_vec();
    big.resize(5 * 1024 * 1024 + 1, 0);
    alice.submit_multipart(&page, "/api/requests/file", &fields, Some(big)).await;
    assert_eq!(alice.get(&page).await.texts(".error-summary a"), [en.text("RQ-020")]);
    assert!(alice.get("/requests").await.texts(".request-card").is_empty(), "nothing half-filed");

    let filed = alice.submit_multipart(&page, "/api/requests/file", &fields, Some(PNG.to_vec())).await;
    let location = filed.location().unwrap().trim_end_matches("?filed").to_owned();
    let detail = alice.get(&location).await;
    let href = detail.attr(".documents a", "href").unwrap();
    let download = alice.get(&href).await;
    assert_eq!(download.status.as_u16(), 200);
    assert_eq!(download.header("content-type"), Some("image/png"));
    assert!(download.header("content-disposition").unwrap().starts_with("attachment"));
    assert_eq!(download.header("x-content-type-options"), Some("nosniff"));

    // On disk: a random name outside anything served, and not the plain bytes.
    let stored: Vec<_> =
        std::fs::read_dir(app.data_dir.path().join("evidence")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(stored.len(), 1);
    let on_disk = std::fs::read(&stored[0]).unwrap();
    assert!(!on_disk.windows(PNG.len()).any(|w| w == PNG), "the file is encrypted at rest");
    assert_eq!(
        app.client()
            .get(&format!("/evidence/{}", stored[0].file_name().unwrap().to_string_lossy()))
            .await
            .status
            .as_u16(),
        404
    );

    // Someone else gets exactly what a missing file gets.
    let bob = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let theirs = bob.get(&href).await;
    let missing = bob.get(&format!("{location}/files/999999")).await;
    assert_eq!((theirs.status.as_u16(), theirs.body.clone()), (missing.status.as_u16(), missing.body));
    assert_eq!(theirs.status.as_u16(), 404);
    assert_eq!(app.client().get(&href).await.location(), Some("/sign-in"));

    // A document added later to the open request joins it; a bad one is refused with the message kept.
    let reference = location.trim_start_matches("/requests/").to_owned();
    let bad = alice
        .submit_multipart(
            &location,
            "/api/requests/information",
            &[("reference", &reference), ("message", "Here is more")],
            Some(b"MZ\x90\x00".to_vec()),
        )
        .await;
    assert_eq!(bad.location(), Some(location.as_str()));
    let page = alice.get(&location).await;
    assert_eq!(page.texts(".error-summary a"), [en.text("RQ-021")]);
    assert_eq!(page.texts("#message"), ["Here is more"]);
    let jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];
    let added = alice
        .submit_multipart(
            &location,
            "/api/requests/information",
            &[("reference", &reference), ("message", "")],
            Some(jpeg),
        )
        .await;
    assert_eq!(added.location(), Some(format!("{location}?sent").as_str()));
    assert_eq!(alice.get(&location).await.texts(".documents li").len(), 2);

    // An upload without the CSRF token is refused.
    let forged = reqwest::Client::new()
        .post(format!("{}/api/requests/file", app.base))
        .multipart(reqwest::multipart::Form::new().text("form", "correct"))
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);

    // A plain form (or a multipart type without its boundary) posted to an upload endpoint, even with a valid
    // token, is refused as it is, and the server goes on answering.
    let token = alice.get("/requests").await.attr("input[name=csrf]", "value").unwrap();
    let plain = alice
        .post_raw("/api/requests/file", &[("csrf", &token), ("form", "erase-all"), ("kind", "erasure")], &[])
        .await;
    assert_eq!(plain.status.as_u16(), 415);
    let no_boundary = alice
        .post_raw(&format!("/api/requests/information?csrf={token}"), &[], &[("content-type", "multipart/form-data")])
        .await;
    assert_eq!(no_boundary.status.as_u16(), 415);
    assert_eq!(alice.get("/requests").await.status.as_u16(), 200);
}

#[tokio::test]
async fn a_request_takes_at_most_twenty_documents() {
    let app = spawn_app().await;
    let alice = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (id, _) = field(&app, DEMO_1.0, "family-name").await;
    let page = format!("/my-data/fields/{id}/correct");
    let id_text = id.to_string();
    let fields = [
        ("form", "correct"),
        ("field", id_text.as_str()),
        ("kind", "correction"),
        ("proposed_value", "Haddad-Mansour"),
    ];
    let filed = alice.submit_multipart(&page, "/api/requests/file", &fields, Some(PNG.to_vec())).await;
    let path = filed.location().unwrap().trim_end_matches("?filed").to_owned();
    let reference = amana_tests::reference_from(&path);
    for n in 2..=20 {
        let added = alice
            .submit_multipart(
                &path,
                "/api/requests/information",
                &[("reference", &reference), ("message", "")],
                Some(PNG.to_vec()),
            )
            .await;
        assert!(added.location().is_some_and(|l| l.contains("sent")), "document {n} refused: {:?}", added.location());
    }
    let count = "SELECT CAST(COUNT(*) AS TEXT) FROM attachments";
    assert_eq!(app.query_strings(count).await, ["20"]);
    // The twenty-first is refused with a clear message; nothing of it is stored, on disk or in the database.
    let refused = alice
        .submit_multipart(
            &path,
            "/api/requests/information",
            &[("reference", &reference), ("message", "one more")],
            Some(PNG.to_vec()),
        )
        .await;
    assert_eq!(refused.location(), Some(path.as_str()));
    assert_eq!(alice.get(&path).await.texts(".error-summary a"), [Locale::default().text("RQ-022")]);
    assert_eq!(app.query_strings(count).await, ["20"]);
    assert_eq!(std::fs::read_dir(app.data_dir.path().join("evidence")).unwrap().count(), 20);
}

#[tokio::test]
async fn a_persian_reader_sees_the_due_date_in_solar_hijri_with_the_gregorian_day_beside_it() {
    let app = spawn_app().await;
    let (client, reference) = app.person_files(DEMO_1, "erase", "family-name", None).await;
    let page = client.get(&format!("/requests/{reference}?lang=fa")).await;
    let facts = page.texts(".facts dd");
    let fa = Locale::from_code("fa").unwrap();
    let due = Day::from_unix(add_months(app.clock.now(), 1));
    assert_eq!(facts.last(), Some(&fa.deadline(due)));
    // The Solar Hijri day, in Persian digits, then the Gregorian one in brackets; no Latin digit anywhere.
    let written = fa.deadline(due);
    assert!(written.starts_with(&fa.day(due)) && written.contains('(') && !fa.day(due).contains(due.iso().as_str()));
    assert!(!written.chars().any(|c| c.is_ascii_digit()), "{written}");
    // The Solar Hijri year of 2026–2027 is 1405 or 1406; the Gregorian one is 2026 or 2027.
    assert!(written.contains("۱۴۰") && written.contains("۲۰۲"), "{written}");
}
