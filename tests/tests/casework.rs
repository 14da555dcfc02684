//! Staff work over HTTP: take-next, minimisation with reasons, messages in the person's language, extensions,
//! decisions applied to the record, the second-person rule, and who may see what.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, Page, TestApp, DEMO_1, DEMO_2};

const CASEWORKER: &str = "caseworker@amana.example";
const SENSITIVE: &str = "caseworker.sensitive@amana.example";
const REVIEWER: &str = "reviewer@amana.example";

fn case_path(reference: &str) -> String {
    format!("/staff/requests/{reference}")
}

async fn act(client: &Client, reference: &str, fields: &[(&str, &str)]) -> Page {
    let mut all = vec![("reference", reference)];
    all.extend_from_slice(fields);
    client.act_on_case(&case_path(reference), &all).await
}

/// The error messages the case page shows after the last action.
async fn case_errors(client: &Client, reference: &str) -> Vec<String> {
    client.get(&case_path(reference)).await.texts(".error-summary li")
}

async fn take_next(client: &Client) -> String {
    let response = client.submit("/staff", "/api/staff/take-next", &[]).await;
    let location = response.location().expect("take-next redirects").to_owned();
    assert!(location.starts_with("/staff/requests/R-"), "nothing to take: {location}");
    location.trim_start_matches("/staff/requests/").to_owned()
}

async fn status_of(app: &TestApp, reference: &str) -> String {
    app.query_strings(&format!("SELECT status FROM requests WHERE reference = '{reference}'")).await.remove(0)
}

#[tokio::test]
async fn a_correction_is_taken_shown_minimally_decided_applied_and_the_person_told() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (person, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Haddad-Corrected")).await;
    let (_, old_family) = app.field(DEMO_1.0, "family-name").await;
    let (_, given) = app.field(DEMO_1.0, "given-name").await;
    let (_, marital) = app.field(DEMO_1.0, "marital-status").await;
    let (staff, _) = app.staff(CASEWORKER).await;

    let queue = staff.get("/staff").await;
    assert!(queue.texts(".queue h2 a").contains(&reference), "the request is in the general team's queue");
    for (filter, listed) in [
        ("kind=correction", true),
        ("kind=erasure", false),
        ("status=submitted", true),
        ("status=in_review", false),
        ("language=en", true),
        ("language=ar", false),
    ] {
        let filtered = staff.get(&format!("/staff?{filter}")).await;
        assert_eq!(filtered.texts(".queue h2 a").contains(&reference), listed, "{filter}");
    }
    assert_eq!(take_next(&staff).await, reference);
    assert_eq!(status_of(&app, &reference).await, "in_review");

    // Name and reference, the field concerned and the value asked for; nothing else of the record.
    let page = staff.get(&case_path(&reference)).await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(page.body.contains(&format!("{given} {old_family}")), "the person's name is shown");
    assert!(page.body.contains(DEMO_1.0) && page.body.contains("Haddad-Corrected"));
    assert!(!page.body.contains(DEMO_1.1), "the date of birth is not part of this request");
    assert!(!page.body.contains(&format!(">{marital}<")), "other categories stay closed");

    // Opening a category needs a reason, which the person then sees.
    let refused = staff
        .submit(
            &case_path(&reference),
            "/api/staff/open-category",
            &[("reference", &reference), ("category", "family"), ("reason", "")],
        )
        .await;
    assert_eq!(refused.location(), Some(case_path(&reference).as_str()));
    assert_eq!(case_errors(&staff, &reference).await, [en.text("ST-010")]);
    staff
        .submit(
            &case_path(&reference),
            "/api/staff/open-category",
            &[("reference", &reference), ("category", "family"), ("reason", "identity-check")],
        )
        .await;
    let page = staff.get(&case_path(&reference)).await;
    assert!(page.texts("#category-family .value").contains(&marital));
    let access = person.get("/my-data/access").await;
    assert!(access.body.contains(&en.text("access-category-opened")));
    assert!(access.body.contains(&en.text("access-reason-identity-check")));

    // A single field is granted or refused, never "partly".
    act(&staff, &reference, &[("action", "decide"), ("outcome", "partly_approved"), ("reasons[0]", "request-granted")])
        .await;
    assert_eq!(case_errors(&staff, &reference).await, [en.text("ST-018")]);

    // Decide: the record changes, the request is done, the person is told in a mail with no personal data.
    let mails = app.mails().len();
    let response =
        act(&staff, &reference, &[("action", "decide"), ("outcome", "approved"), ("reasons[0]", "request-granted")])
            .await;
    assert_eq!(response.location(), Some(case_path(&reference).as_str()));
    assert_eq!(app.field(DEMO_1.0, "family-name").await.1, "Haddad-Corrected");
    assert_eq!(status_of(&app, &reference).await, "completed");
    let mail = app.wait_for_mail(mails + 1).await;
    assert_eq!(mail.subject, en.text("mail-request-news-subject"));
    assert!(!mail.body.contains("Haddad") && !mail.body.contains(&reference));
    let seen = person.get(&format!("/requests/{reference}")).await;
    assert!(seen.body.contains(&en.text("outcome-approved")));
    assert!(seen.body.contains(&en.text("reason-request-granted")));

    // The old value is kept with the request only; the audit log has field names, never values.
    let audit = app.query_strings("SELECT field_names FROM audit_events WHERE action = 'field.corrected'").await;
    assert_eq!(audit, [r#"["family-name"]"#]);
    let all_audit = app.query_strings("SELECT COALESCE(reason, '') || field_names FROM audit_events").await.concat();
    assert!(!all_audit.contains(&old_family) && !all_audit.contains("Haddad-Corrected"));

    // A decided request cannot be decided again.
    act(&staff, &reference, &[("action", "decide"), ("outcome", "refused"), ("reasons[0]", "legal-obligation")]).await;
    assert_eq!(case_errors(&staff, &reference).await, [en.text("ST-020")]);
}

#[tokio::test]
async fn an_erasure_waits_for_a_different_reviewer_before_anything_changes() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (person, reference) = app.person_files(DEMO_2, "erase", "marital-status", None).await;
    let (sensitive, _) = app.staff(SENSITIVE).await;
    let (reviewer, _) = app.staff(REVIEWER).await;

    assert_eq!(take_next(&sensitive).await, reference, "sensitive categories go to the sensitive-data team");
    act(&sensitive, &reference, &[("action", "decide"), ("outcome", "approved"), ("reasons[0]", "request-granted")])
        .await;
    assert_eq!(status_of(&app, &reference).await, "in_review", "a proposal is not a decision");
    assert!(
        app.query_strings(
            "SELECT field_key FROM record_fields f JOIN people p ON p.id = f.person_id \
         WHERE p.case_reference = 'DEMO-0002' AND f.field_key = 'marital-status' AND f.value_enc IS NOT NULL"
        )
        .await
        .len()
            == 1,
        "nothing is erased before approval"
    );
    let seen = person.get(&format!("/requests/{reference}")).await;
    assert!(!seen.body.contains(&en.text("outcome-approved")), "the person does not see a proposal as a decision");

    // The caseworker may not approve (role); the reviewer may.
    act(&sensitive, &reference, &[("action", "approve"), ("version", "1")]).await;
    assert_eq!(case_errors(&sensitive, &reference).await, [en.text("ST-001")]);
    let page = reviewer.get(&case_path(&reference)).await;
    assert!(page.attr("#action-approve", "action").is_some(), "the reviewer is offered the approval");
    // An approval names the version it saw: a stale one (the proposal changed since) is refused.
    let version = page.attr("#action-approve input[name=version]", "value").unwrap();
    act(
        &reviewer,
        &reference,
        &[("action", "approve"), ("version", &(version.parse::<i64>().unwrap() - 1).to_string())],
    )
    .await;
    assert_eq!(case_errors(&reviewer, &reference).await, [en.text("ST-027")]);
    assert_eq!(status_of(&app, &reference).await, "in_review");
    act(&reviewer, &reference, &[("action", "approve"), ("version", &version)]).await;
    assert_eq!(status_of(&app, &reference).await, "completed");
    let tombstone = app
        .query_strings("SELECT f.field_key || ':' || COALESCE(CAST(f.erased_at AS TEXT), '') FROM record_fields f \
             JOIN people p ON p.id = f.person_id WHERE p.case_reference = 'DEMO-0002' AND f.field_key = 'marital-status' \
             AND f.value_enc IS NULL")
        .await;
    assert_eq!(tombstone.len(), 1, "the value is gone and a tombstone remains");
    let my_data = person.get("/my-data").await;
    assert!(!my_data.body.contains(&en.text("field-marital-status")));

    // A reviewer who proposes cannot approve their own proposal.
    let (_, second) = app.person_files(DEMO_1, "erase", "marital-status", None).await;
    assert_eq!(take_next(&reviewer).await, second);
    act(&reviewer, &second, &[("action", "decide"), ("outcome", "approved"), ("reasons[0]", "request-granted")]).await;
    let page = reviewer.get(&case_path(&second)).await;
    assert!(page.attr("#action-approve", "action").is_none(), "no approve button for one's own proposal");
    let version = app
        .query_strings(&format!("SELECT CAST(version AS TEXT) FROM requests WHERE reference = '{second}'"))
        .await
        .remove(0);
    act(&reviewer, &second, &[("action", "approve"), ("version", &version)]).await;
    assert_eq!(case_errors(&reviewer, &second).await, [en.text("ST-024")]);
    assert_eq!(status_of(&app, &second).await, "in_review");
}

#[tokio::test]
async fn messages_and_extensions_reach_the_person_in_their_language() {
    let app = spawn_app().await;
    let ar = Locale::from_code("ar").unwrap();
    let en = Locale::default();
    // DEMO-0002 prefers Arabic.
    let (person, reference) = app.person_files(DEMO_2, "correct", "family-name", Some("Corrected")).await;
    let (staff, _) = app.staff(CASEWORKER).await;
    take_next(&staff).await;

    let mails = app.mails().len();
    act(
        &staff,
        &reference,
        &[("action", "message"), ("template", "progress-update"), ("note", "Dossier checked on Monday.")],
    )
    .await;
    let mail = app.wait_for_mail(mails + 1).await;
    assert_eq!(mail.subject, ar.text("mail-request-news-subject"), "the notice is in the person's language");
    let page = person.get(&format!("/requests/{reference}?lang=ar")).await;
    let messages = page.texts(".message .prewrap").concat();
    assert!(messages.contains(&ar.text("template-progress-update")), "{messages}");
    assert!(messages.contains("Dossier checked on Monday."));

    // An extension: once, with a reason the person reads in their language.
    act(&staff, &reference, &[("action", "extend"), ("months", "3"), ("reason", "complexity")]).await;
    assert_eq!(case_errors(&staff, &reference).await, [en.text("ST-023")]);
    act(&staff, &reference, &[("action", "extend"), ("months", "2"), ("reason", "complexity")]).await;
    let page = person.get(&format!("/requests/{reference}?lang=ar")).await;
    assert!(page.body.contains(&ar.text("extension-reason-complexity")));
    act(&staff, &reference, &[("action", "extend"), ("months", "1"), ("reason", "complexity")]).await;
    assert_eq!(case_errors(&staff, &reference).await, [en.text("ST-021")]);

    // Asking for proof of identity stops the clock until the person answers.
    let due_before =
        app.query_strings(&format!("SELECT CAST(due_at AS TEXT) FROM requests WHERE reference = '{reference}'")).await;
    act(&staff, &reference, &[("action", "ask-information"), ("template", "identity-documents"), ("identity", "1")])
        .await;
    assert_eq!(status_of(&app, &reference).await, "awaiting_information");
    app.clock.advance(3 * 86_400);
    let person = app.signed_in(DEMO_2.0, DEMO_2.1).await;
    person
        .submit_multipart(
            &format!("/requests/{reference}"),
            "/api/requests/information",
            &[("reference", &reference), ("message", "Here it is")],
            None,
        )
        .await;
    assert_eq!(status_of(&app, &reference).await, "in_review");
    let due_after =
        app.query_strings(&format!("SELECT CAST(due_at AS TEXT) FROM requests WHERE reference = '{reference}'")).await;
    let (before, after): (i64, i64) = (due_before[0].parse().unwrap(), due_after[0].parse().unwrap());
    assert_eq!(after - before, 3 * 86_400, "the stopped days are added back");
}

#[tokio::test]
async fn each_role_and_team_sees_only_what_it_may() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (_, general) = app.person_files(DEMO_1, "correct", "family-name", Some("Other")).await;
    let (caseworker, _) = app.staff(CASEWORKER).await;
    let (sensitive, _) = app.staff(SENSITIVE).await;
    let (auditor, _) = app.staff("auditor@amana.example").await;
    let (admin, _) = app.staff("admin@amana.example").await;

    // A caseworker of another team: the request does not exist for them, and acting on it fails alike.
    let missing = sensitive.get(&case_path("R-ZZZZ-ZZZZ")).await;
    let foreign = sensitive.get(&case_path(&general)).await;
    assert_eq!(foreign.status, missing.status);
    assert_eq!(foreign.status.as_u16(), 404);
    assert!(!sensitive.get("/staff").await.texts(".queue h2 a").contains(&general));
    let refused = act(&sensitive, &general, &[("action", "claim")]).await;
    assert_eq!(refused.refusal_codes(), ["GEN-404"], "another team's request answers as one that does not exist");
    assert_eq!(status_of(&app, &general).await, "submitted");

    // Auditors and administrators do no casework.
    for client in [&auditor, &admin] {
        assert_eq!(client.get("/staff").await.status.as_u16(), 403);
        assert_eq!(client.get(&case_path(&general)).await.status.as_u16(), 404);
        let refused = act(client, &general, &[("action", "claim")]).await;
        assert_eq!(refused.refusal_codes(), ["GEN-404"], "a request outside one's teams does not exist for them");
        assert_eq!(status_of(&app, &general).await, "submitted", "an auditor or admin cannot act");
    }

    // Only the assignee works a request; a colleague in the team cannot decide it.
    let (colleague_client, _) = app.staff(REVIEWER).await;
    assert_eq!(take_next(&caseworker).await, general);
    act(
        &colleague_client,
        &general,
        &[("action", "decide"), ("outcome", "refused"), ("reasons[0]", "legal-obligation")],
    )
    .await;
    assert_eq!(case_errors(&colleague_client, &general).await, [en.text("ST-001")]);
    assert_eq!(status_of(&app, &general).await, "in_review");

    // A caseworker cannot hand work on; a reviewer (supervisor) can, within the team.
    let reviewer_id =
        app.query_strings("SELECT CAST(id AS TEXT) FROM staff WHERE email = 'reviewer@amana.example'").await.remove(0);
    act(&caseworker, &general, &[("action", "reassign"), ("to", &reviewer_id)]).await;
    assert_eq!(case_errors(&caseworker, &general).await, [en.text("ST-001")]);
    let outsider = app
        .query_strings("SELECT CAST(id AS TEXT) FROM staff WHERE email = 'caseworker.sensitive@amana.example'")
        .await
        .remove(0);
    act(&colleague_client, &general, &[("action", "reassign"), ("to", &outsider)]).await;
    assert_eq!(
        case_errors(&colleague_client, &general).await,
        [en.text("ST-015")],
        "only to someone in the request's team"
    );
    act(&colleague_client, &general, &[("action", "reassign"), ("to", &reviewer_id)]).await;
    let assignee = app
        .query_strings(&format!(
            "SELECT s.email FROM requests r JOIN staff s ON s.id = r.assignee_id WHERE r.reference = '{general}'"
        ))
        .await;
    assert_eq!(assignee, ["reviewer@amana.example"]);
}

#[tokio::test]
async fn a_complaint_about_a_staff_member_is_never_shown_to_them() {
    let app = spawn_app().await;
    let anonymous = app.client();
    let response = anonymous
        .submit(
            "/complaints",
            "/api/complaints/file",
            &[("complaint", "Rude handling of my file."), ("staff_member", "DPO@amana.example")],
        )
        .await;
    assert_eq!(response.location(), Some("/complaints/receipt"));
    let reference = app.query_strings("SELECT reference FROM requests WHERE kind = 'complaint'").await.remove(0);

    // Complaints are for data-protection officers only, even if an administrator puts a caseworker in their team.
    app.execute(
        "INSERT INTO staff_teams (staff_id, team_id) SELECT s.id, t.id FROM staff s, teams t \
         WHERE s.email = 'caseworker@amana.example' AND t.key = 'dpo'",
    )
    .await;
    let (caseworker, _) = app.staff(CASEWORKER).await;
    assert!(!caseworker.get("/staff").await.texts(".queue h2 a").contains(&reference));
    assert_eq!(caseworker.get(&case_path(&reference)).await.status.as_u16(), 404);
    let (named, _) = app.staff("dpo@amana.example").await;
    let (deputy, _) = app.staff("dpo.deputy@amana.example").await;
    assert!(!named.get("/staff").await.texts(".queue h2 a").contains(&reference));
    assert_eq!(named.get(&case_path(&reference)).await.status.as_u16(), 404);
    assert_eq!(named.submit("/staff", "/api/staff/take-next", &[]).await.location(), Some("/staff?empty"));
    assert!(deputy.get("/staff").await.texts(".queue h2 a").contains(&reference));
    assert_eq!(take_next(&deputy).await, reference);
    let page = deputy.get(&case_path(&reference)).await;
    assert!(page.body.contains("Rude handling of my file."));
    // Nor can the deputy hand it to the person it is about.
    let dpo_id =
        app.query_strings("SELECT CAST(id AS TEXT) FROM staff WHERE email = 'dpo@amana.example'").await.remove(0);
    assert!(page.attr(&format!("#to option[value='{dpo_id}']"), "value").is_none());
    let caseworker_id = app
        .query_strings("SELECT CAST(id AS TEXT) FROM staff WHERE email = 'caseworker@amana.example'")
        .await
        .remove(0);
    assert!(page.attr(&format!("#to option[value='{caseworker_id}']"), "value").is_none(), "nor to anyone but a DPO");
}
