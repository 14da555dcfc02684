//! A helper acts for a person only within the mandate the person gave: what they see and do is checked against
//! the mandate on every request, recorded as "by <helper> of <organisation> on behalf of <person>", and shown to
//! the person; the mandate ending (revoked, expired, organisation suspended) stops the helper on the next page.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::{Arg, Locale};
use amana_tests::{reference_from, spawn_app, Client, TestApp, DEMO_1, DEMO_2};

const HELPER: &str = "helper@legal-aid.example";
const HELPER_NAME: &str = "Harper Helper";
const ORGANISATION: &str = "Fictional Legal Aid Collective";

/// The helper starts acting under mandate `id`; returns where that leads.
async fn act_for(helper: &Client, id: &str) -> Option<String> {
    helper.submit("/helper", "/api/helper/act", &[("mandate", id)]).await.location().map(str::to_owned)
}

/// A fresh portal where DEMO-0001 gave the demo helper a mandate with `scopes` for a month, and the helper is
/// acting under it: the app, the person's and the helper's clients, and the mandate id.
async fn helper_acting_for_demo_person(scopes: &[&str]) -> (TestApp, Client, Client, String) {
    let app = spawn_app().await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper(HELPER).await;
    let id = app.give_mandate(&person, &helper, scopes, "30").await;
    act_for(&helper, &id).await;
    (app, person, helper, id)
}

async fn name_of(app: &TestApp, who: &str) -> String {
    format!("{} {}", app.field(who, "given-name").await.1, app.field(who, "family-name").await.1)
}

#[tokio::test]
async fn a_helper_files_a_correction_for_the_person_and_every_step_says_who_did_it_for_whom() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper(HELPER).await;
    let id = app.give_mandate(&person, &helper, &["view", "request"], "30").await;
    let name = name_of(&app, DEMO_1.0).await;

    assert_eq!(act_for(&helper, &id).await.as_deref(), Some("/my-data"));
    let data = helper.get("/my-data").await;
    let banner = en.text_with("helper-acting-for", &[("name", Arg::Text(&name))]);
    assert_eq!(data.texts(".acting strong"), [banner], "every page says whose data this is");
    assert!(data.body.contains(&app.field(DEMO_1.0, "email").await.1), "the view scope shows the data");
    assert!(data.texts("a[href='/my-data/access']").is_empty(), "who looked is the person's own");

    // The correction, filed by the helper.
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let response = helper
        .file_request("correct", Some(field), &[("kind", "correction"), ("proposed_value", "Corrected-By-Helper")])
        .await;
    let location = response.location().unwrap().to_owned();
    assert!(location.starts_with("/requests/R-"), "{location}");
    let reference = reference_from(&location);
    let helper_view = helper.get(&location).await;
    let for_person = en.text_with(
        "actor-helper-for",
        &[("helper", Arg::Text(HELPER_NAME)), ("organisation", Arg::Text(ORGANISATION)), ("person", Arg::Text(&name))],
    );
    assert!(helper_view.texts(".timeline .who").contains(&for_person), "{:?}", helper_view.texts(".timeline .who"));

    // The person sees it in the timeline and under "who looked".
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let on_your_behalf = en.text_with(
        "actor-helper-for-you",
        &[("helper", Arg::Text(HELPER_NAME)), ("organisation", Arg::Text(ORGANISATION))],
    );
    let timeline = person.get(&format!("/requests/{reference}")).await.texts(".timeline .who");
    assert_eq!(timeline.first(), Some(&on_your_behalf));
    assert_eq!(timeline.len(), 1);
    let access = person.get("/my-data/access").await;
    let actions = access.texts(".access-entry p:nth-child(2)");
    for action in ["access-record-viewed", "access-request-filed", "access-request-viewed"] {
        assert!(actions.contains(&en.text(action)), "{action} missing from {actions:?}");
    }
    assert!(access.texts(".access-entry .who").iter().all(|who| *who == on_your_behalf));

    // The audit log names the helper and the person; the request records who submitted it.
    let audit = app
        .query_strings(&format!(
            "SELECT action || ':' || actor_kind || ':' || CAST(on_behalf_of AS TEXT) FROM audit_events \
             WHERE action = 'request.filed' AND person_id = (SELECT id FROM people WHERE case_reference = '{}')",
            DEMO_1.0
        ))
        .await;
    let person_id =
        app.query_strings(&format!("SELECT CAST(id AS TEXT) FROM people WHERE case_reference = '{}'", DEMO_1.0)).await;
    assert_eq!(audit, [format!("request.filed:helper:{}", person_id[0])]);
    let submitted =
        app.query_strings(&format!("SELECT submitted_by_kind FROM requests WHERE reference = '{reference}'")).await;
    assert_eq!(submitted, ["helper"]);

    // Staff see the request came through the helper, on behalf of the person.
    let (staff, _) = app.staff("caseworker@amana.example").await;
    let case = staff.get(&format!("/staff/requests/{reference}")).await;
    let via = en.text_with(
        "case-submitted-by-helper",
        &[("helper", Arg::Text(HELPER_NAME)), ("organisation", Arg::Text(ORGANISATION)), ("person", Arg::Text(&name))],
    );
    assert_eq!(case.texts(".via-helper"), [via]);
}

#[tokio::test]
async fn a_helper_cannot_go_beyond_the_scope_or_into_what_is_only_the_persons() {
    let (app, _, helper, _) = helper_acting_for_demo_person(&["view"]).await;

    // Seeing is allowed; requesting, consent and complaints are not.
    assert_eq!(helper.get("/my-data").await.status, 200);
    assert!(helper.get("/my-data").await.texts(".field-actions a").is_empty(), "no request links without the scope");
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let response =
        helper.file_request("correct", Some(field), &[("kind", "correction"), ("proposed_value", "Sneaky")]).await;
    assert_ne!(response.location().map(|l| l.starts_with("/requests/R-")), Some(true));
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await, ["0"], "nothing was filed");
    let consent = helper.get("/consent").await;
    assert_eq!(consent.status, 403);
    assert_eq!(
        consent.texts(".error"),
        [Locale::default().text("MD-004")],
        "says why, in words the helper understands"
    );
    let purpose = app.query_strings("SELECT key FROM purposes WHERE consent_required = 1 ORDER BY id").await.remove(0);
    helper.submit("/helper", "/api/consent", &[("purpose", &purpose), ("action", "give")]).await;
    assert_eq!(
        app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM consent_events WHERE actor_kind = 'helper'").await,
        ["0"]
    );
    helper.submit("/helper", "/api/complaints/file", &[("complaint", "Filed without the scope")]).await;
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await, ["0"], "no complaint either");

    // What only the person may do stays theirs: permissions, who looked, the export, signing in as them.
    for path in ["/mandates", "/mandates/code", "/my-data/access", "/my-data/download"] {
        let page = helper.get(path).await;
        assert_eq!(page.location(), Some("/sign-in"), "{path} is the person's alone");
    }
    let (status, _, _) = helper.get_raw("/my-data/export.json", &[]).await;
    assert_ne!(status, 200, "the export is the person's alone");
    let response = helper.submit("/helper", "/api/mandates/grant", &[("scope[0]", "request"), ("days", "182")]).await;
    assert_eq!(response.location(), Some("/sign-in"), "a helper cannot widen or extend their own mandate");
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates").await, ["1"]);
    assert_eq!(helper.get("/staff").await.location(), Some("/staff/sign-in"), "never staff pages");

    // Another helper's mandate, one not taken up yet, or a made-up one, cannot be used.
    let other = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    let neighbour = app.another_helper().await;
    let theirs = app.give_mandate(&other, &neighbour, &["view", "request"], "7").await;
    assert_eq!(act_for(&helper, &theirs).await.as_deref(), Some("/helper"), "another helper's mandate");
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"));
    let response = other.submit("/mandates", "/api/mandates/grant", &[("scope[0]", "view"), ("days", "7")]).await;
    assert_eq!(response.location(), Some("/mandates/code"));
    let pending = app.query_strings("SELECT CAST(MAX(id) AS TEXT) FROM mandates").await.remove(0);
    assert_eq!(act_for(&helper, &pending).await.as_deref(), Some("/helper"), "a mandate not taken up is no mandate");
    assert_eq!(act_for(&helper, "999999").await.as_deref(), Some("/helper"));
    let page = helper.get("/my-data").await;
    assert_eq!(page.location(), Some("/helper"), "acting for nobody after a refused switch");
}

#[tokio::test]
async fn the_mandate_is_checked_on_every_request() {
    let en = Locale::default();
    // Revoked mid-session: the next page is refused, and so is a form that was already open.
    let (app, person, helper, id) = helper_acting_for_demo_person(&["view", "request"]).await;
    assert_eq!(helper.get("/requests").await.status, 200);
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    assert_eq!(helper.get(&format!("/my-data/fields/{field}/correct")).await.status, 200, "the form is open");
    person.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"));
    assert_eq!(helper.get("/helper").await.texts(".notice"), [en.text("helper-mandate-ended")]);
    let field_id = field.to_string();
    let late = helper
        .submit_multipart(
            "/helper",
            "/api/requests/file",
            &[("form", "correct"), ("field", &field_id), ("kind", "correction"), ("proposed_value", "Late")],
            None,
        )
        .await;
    assert_ne!(late.location().map(|l| l.starts_with("/requests/R-")), Some(true));
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await, ["0"]);

    // Expired while the helper is acting: the next page is refused (the end is brought close, as the helper's
    // own session would not outlive a one-day mandate on the moved clock).
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let id = app.give_mandate(&person, &helper, &["view"], "1").await;
    act_for(&helper, &id).await;
    assert_eq!(helper.get("/my-data").await.status, 200);
    let soon = amana_server::infra::clock::Clock::now(&app.clock) + 60;
    app.execute(&format!("UPDATE mandates SET expires_at = {soon} WHERE id = {id}")).await;
    assert_eq!(helper.get("/my-data").await.status, 200, "still valid for a minute");
    app.clock.advance(61);
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"), "refused the moment it ends");
    assert_eq!(helper.get("/helper").await.texts(".notice"), [en.text("helper-mandate-ended")]);

    // After its day, a one-day mandate cannot be acted under, even from a fresh sign-in.
    let id = app.give_mandate(&person, &helper, &["view"], "1").await;
    app.clock.advance(86_400 + 60);
    let (helper, _) = app.helper_again(HELPER).await;
    assert_eq!(act_for(&helper, &id).await.as_deref(), Some("/helper"), "an expired mandate cannot be used");
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"));

    // Suspended organisation: the helper's access ends on their next page.
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let id = app.give_mandate(&person, &helper, &["view"], "7").await;
    act_for(&helper, &id).await;
    assert_eq!(helper.get("/my-data").await.status, 200);
    app.execute(&format!("UPDATE organisations SET suspended_at = {} WHERE name = '{ORGANISATION}'", 1)).await;
    assert_eq!(helper.get("/my-data").await.location(), Some("/helper"));
}

#[tokio::test]
async fn consent_and_complaints_for_the_person_are_marked_and_complaints_about_the_helper_stay_hidden() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper(HELPER).await;
    let id = app.give_mandate(&person, &helper, &["consent", "complain"], "7").await;
    assert_eq!(act_for(&helper, &id).await.as_deref(), Some("/consent"));

    let purpose = app.query_strings("SELECT key FROM purposes WHERE consent_required = 1 ORDER BY id").await.remove(0);
    // Withdraw, then give: whatever the state was, the newest change is the helper's.
    helper.submit("/consent", "/api/consent", &[("purpose", &purpose), ("action", "withdraw")]).await;
    helper.submit("/consent", "/api/consent", &[("purpose", &purpose), ("action", "give")]).await;
    let on_your_behalf = en.text_with(
        "actor-helper-for-you",
        &[("helper", Arg::Text(HELPER_NAME)), ("organisation", Arg::Text(ORGANISATION))],
    );
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let history = person.get("/consent").await.texts(".consent-history .who");
    assert_eq!(history.first(), Some(&on_your_behalf), "{history:?}");

    // The helper complains for the person and can follow that complaint.
    let response =
        helper.submit("/complaints", "/api/complaints/file", &[("complaint", "Nobody answered my letter.")]).await;
    let location = response.location().unwrap().to_owned();
    let filed = reference_from(&location);
    assert_eq!(
        app.query_strings(&format!("SELECT submitted_by_kind FROM requests WHERE reference = '{filed}'")).await,
        ["helper"]
    );
    assert_eq!(helper.get(&format!("/requests/{filed}")).await.status, 200);

    // The person complains about the helper: the helper never sees it, listed or by reference.
    let response =
        person.submit("/complaints", "/api/complaints/file", &[("complaint", "My helper shared my papers.")]).await;
    let about_helper = reference_from(response.location().unwrap());
    let listed = helper.get("/requests").await.body;
    assert!(listed.contains(&filed) && !listed.contains(&about_helper), "only the helper's own complaint is listed");
    assert_eq!(helper.get(&format!("/requests/{about_helper}")).await.status, 404);
    // Nor can the helper probe it by pointing a complaint at it.
    let count = app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await;
    helper.submit("/complaints", "/api/complaints/file", &[("complaint", "Probing"), ("related", &about_helper)]).await;
    assert_eq!(helper.get("/complaints").await.texts(".error-summary a"), [en.text("CP-003")]);
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM requests").await, count);
}

#[tokio::test]
async fn staff_can_write_to_the_helper_who_filed_a_request() {
    let en = Locale::default();
    let (app, _, helper, _) = helper_acting_for_demo_person(&["view", "request"]).await;
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let response = helper
        .file_request("correct", Some(field), &[("kind", "correction"), ("proposed_value", "Helper-Filed")])
        .await;
    let reference = reference_from(response.location().unwrap());

    let (staff, _) = app.staff("caseworker@amana.example").await;
    let taken = staff.submit("/staff", "/api/staff/take-next", &[]).await;
    assert_eq!(taken.location(), Some(format!("/staff/requests/{reference}").as_str()));
    let case_path = format!("/staff/requests/{reference}");
    assert_eq!(
        staff.get(&case_path).await.attr("input[name=recipient][value=helper]", "type").as_deref(),
        Some("radio")
    );
    let mails = app.mails().len();
    staff
        .act_on_case(
            &case_path,
            &[
                ("reference", &reference),
                ("action", "message"),
                ("recipient", "helper"),
                ("template", "progress-update"),
                ("note", "Please send the birth certificate."),
            ],
        )
        .await;
    app.wait_for_mail(mails + 2).await;
    let new_mails: Vec<_> = app.mails().into_iter().skip(mails).collect();
    let to_helper = new_mails.iter().find(|m| m.to == HELPER).expect("a notice to the helper");
    assert_eq!(to_helper.subject, en.text("mail-helper-news-subject"));
    assert!(!to_helper.body.contains("birth certificate"), "the notice never carries the message");
    assert!(new_mails.iter().any(|m| m.to != HELPER), "the person is told too");

    // The helper reads it; the person sees it was sent to their helper.
    let page = helper.get(&format!("/requests/{reference}")).await;
    assert!(page.texts(".message .prewrap").concat().contains("birth certificate"));
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    assert_eq!(person.get(&format!("/requests/{reference}")).await.texts(".to-helper"), [en.text("message-to-helper")]);

    // Once the person revokes the mandate, the helper is no longer someone staff can write to.
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);
    person.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert!(staff.get(&case_path).await.attr("input[name=recipient]", "type").is_none());
    let fields = [
        ("reference", reference.as_str()),
        ("action", "message"),
        ("recipient", "helper"),
        ("template", "progress-update"),
    ];
    staff.act_on_case(&case_path, &fields).await;
    assert_eq!(staff.get(&case_path).await.texts(".error-summary li"), [en.text("ST-028")]);

    // A request the person filed has no helper to write to.
    let (_, own) = app.person_files(DEMO_2, "correct", "family-name", Some("Own-Filing")).await;
    let own_path = format!("/staff/requests/{own}");
    staff.submit("/staff", "/api/staff/take-next", &[]).await;
    assert!(staff.get(&own_path).await.attr("input[name=recipient]", "type").is_none());
    staff
        .act_on_case(
            &own_path,
            &[("reference", &own), ("action", "message"), ("recipient", "helper"), ("template", "progress-update")],
        )
        .await;
    assert_eq!(staff.get(&own_path).await.texts(".error-summary li"), [en.text("ST-028")]);
}

#[tokio::test]
async fn the_helper_pages_work_in_every_language_with_nothing_untranslated() {
    let (app, _, helper, _) = helper_acting_for_demo_person(&["view", "request", "consent", "complain"]).await;
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let response = helper
        .file_request("correct", Some(field), &[("kind", "correction"), ("proposed_value", "Every-Language")])
        .await;
    let request = response.location().unwrap().split('?').next().unwrap().to_owned();
    for locale in Locale::all() {
        let lang = locale.code();
        for path in ["/helper", "/my-data", "/requests", request.as_str(), "/consent", "/complaints"] {
            let page = helper.get(&format!("{path}?lang={lang}")).await;
            assert_eq!(page.status, 200, "{path} in {lang}");
            assert_eq!(page.attr("html", "dir").as_deref(), Some(locale.direction().as_str()), "{path} in {lang}");
            let untranslated = page.untranslated();
            assert!(untranslated.is_empty(), "{path} in {lang} shows message ids: {untranslated:?}");
            assert!(
                page.texts(".acting a").len() >= 3,
                "{path} in {lang}: the banner links to what the mandate allows"
            );
        }
    }
}

#[tokio::test]
async fn a_helper_who_may_only_file_requests_cannot_read_the_values() {
    let (app, _, helper, _) = helper_acting_for_demo_person(&["request"]).await;
    let en = Locale::default();
    // (Not a name field: the banner names the person.)
    let (field, current) = app.field(DEMO_1.0, "email").await;
    assert_eq!(helper.get("/my-data").await.status, 403, "no view scope");
    let form = helper.get(&format!("/my-data/fields/{field}/correct")).await;
    assert_eq!(form.status, 403);
    assert!(!form.body.contains(&current), "the request form does not show the value either");
    assert_eq!(form.texts(".error"), [en.text("MD-004")]);
    // Proposing the value that is held says nothing about it: the request is filed like any other.
    let response =
        helper.file_request("correct", Some(field), &[("kind", "correction"), ("proposed_value", &current)]).await;
    assert!(response.location().is_some_and(|l| l.starts_with("/requests/R-")), "{:?}", response.location());
}

const PNG: &[u8] = &[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R'];

#[tokio::test]
async fn a_helper_who_may_only_file_requests_never_reads_what_the_person_filed_or_their_documents() {
    let app = spawn_app().await;
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    // The person files a correction with an identity scan.
    let (field, _) = app.field(DEMO_1.0, "family-name").await;
    let page = format!("/my-data/fields/{field}/correct");
    let id = field.to_string();
    let fields =
        [("form", "correct"), ("field", id.as_str()), ("kind", "correction"), ("proposed_value", "Haddad-Mansour")];
    let filed = person.submit_multipart(&page, "/api/requests/file", &fields, Some(PNG.to_vec())).await;
    let theirs = filed.location().unwrap().trim_end_matches("?filed").to_owned();
    let document = person.get(&theirs).await.attr(".documents a", "href").expect("the person sees their document");

    let (helper, _) = app.helper(HELPER).await;
    let mandate_id = app.give_mandate(&person, &helper, &["request"], "30").await;
    act_for(&helper, &mandate_id).await;
    // Not in the list, not by reference, and the scan answers like a file that does not exist.
    let list = helper.get("/requests").await;
    assert!(!list.body.contains(&reference_from(&theirs)), "the person's own request is listed to the helper");
    assert_eq!(helper.get(&theirs).await.status.as_u16(), 404);
    let scan = helper.get(&document).await;
    let missing = helper.get(&format!("{theirs}/files/999999")).await;
    assert_eq!((scan.status.as_u16(), scan.body.clone()), (missing.status.as_u16(), missing.body));
    assert_ne!(scan.header("content-type"), Some("image/png"));

    // What the helper files themselves they do see, with their own document only.
    let (email, _) = app.field(DEMO_1.0, "email").await;
    let own_page = format!("/my-data/fields/{email}/correct");
    let email_text = email.to_string();
    let own_fields = [
        ("form", "correct"),
        ("field", email_text.as_str()),
        ("kind", "correction"),
        ("proposed_value", "new@example.org"),
    ];
    let own = helper.submit_multipart(&own_page, "/api/requests/file", &own_fields, Some(PNG.to_vec())).await;
    let own = own.location().expect("filed").trim_end_matches("?filed").to_owned();
    assert!(own.starts_with("/requests/R-"), "{own}");
    let detail = helper.get(&own).await;
    assert_eq!(detail.status.as_u16(), 200);
    let href = detail.attr(".documents a", "href").expect("the helper's own document");
    assert_eq!(helper.get(&href).await.header("content-type"), Some("image/png"));
    assert!(helper.get("/requests").await.body.contains(&reference_from(&own)));
}
