//! Mandates: a person gives a helper a scoped, time-limited permission with a one-time code, sees it, and
//! revokes it; the helper takes it up with the code, once; every step is recorded and shown to the person.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_tests::{spawn_app, Client, DEMO_1};

async fn grant(person: &Client, fields: &[(&str, &str)]) -> Option<String> {
    let response = person.submit("/mandates", "/api/mandates/grant", fields).await;
    if response.location() != Some("/mandates/code") {
        return None;
    }
    person.get("/mandates/code").await.texts(".receipt-code").into_iter().next()
}

async fn redeem(helper: &Client, code: &str) -> Option<String> {
    helper.submit("/helper", "/api/helper/redeem", &[("code", code)]).await.location().map(str::to_owned)
}

#[tokio::test]
async fn a_person_gives_a_helper_a_mandate_with_a_code_and_revokes_it() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;

    // Bad input is explained and kept.
    assert!(grant(&person, &[("days", "7")]).await.is_none());
    assert_eq!(person.get("/mandates").await.texts(".error-summary li"), [en.text("MD-001")]);
    assert!(grant(&person, &[("scope[0]", "view"), ("days", "365")]).await.is_none());
    let page = person.get("/mandates").await;
    assert_eq!(page.texts(".error-summary li"), [en.text("MD-002")]);
    assert_eq!(page.attr("input[name='scope[0]']", "checked").as_deref(), Some(""), "the choice is kept");

    let code = grant(&person, &[("scope[0]", "view"), ("scope[2]", "consent"), ("days", "30")]).await.expect("a code");
    assert_eq!(code.len(), 11, "ten unambiguous characters (50 bits) in two groups: {code}");
    assert!(person.get("/mandates/code").await.texts(".receipt-code").is_empty(), "the code is shown once");
    assert!(app.query_strings("SELECT COALESCE(code_hash, '') FROM mandates").await[0] != code, "stored hashed");
    assert_eq!(person.get("/mandates").await.texts(".status"), [en.text("mandate-state-waiting")]);

    // A wrong code does nothing; the right one, typed loosely, makes the mandate the helper's.
    assert_eq!(redeem(&helper, "AAAAA-AAAAA").await.as_deref(), Some("/helper"));
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")]);
    assert_eq!(redeem(&helper, &code.to_lowercase().replace('-', " ")).await.as_deref(), Some("/helper"));
    let home = helper.get("/helper").await;
    assert_eq!(home.texts(".notice"), [en.text("helper-mandate-taken-up")]);
    assert!(home.texts(".request-card dd").contains(&DEMO_1.0.to_owned()));
    let scopes = home.texts(".scope li");
    assert_eq!(scopes, [en.text("mandate-scope-view"), en.text("mandate-scope-consent")]);

    // Single use: the same code again fails, for this helper or any other.
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")]);

    // The person sees who holds it, and that the helper started.
    let mandates = person.get("/mandates").await;
    assert!(mandates.body.contains("Harper Helper") && mandates.body.contains("Fictional Legal Aid Collective"));
    assert_eq!(mandates.texts(".status"), [en.text("mandate-state-active")]);
    let access = person.get("/my-data/access").await;
    assert!(access.body.contains(&en.text("access-mandate-activated")) && access.body.contains("Harper Helper"));

    // Revoking ends it at once.
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);
    let response = person.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert_eq!(response.location(), Some("/mandates?revoked"));
    assert!(helper.get("/helper").await.texts(".request-card").is_empty(), "the helper no longer lists the person");
    assert_eq!(person.get("/mandates").await.texts(".status"), [en.text("mandate-state-revoked")]);
}

#[tokio::test]
async fn codes_expire_after_thirty_minutes_mandates_at_their_end_and_guesses_are_limited() {
    let app = spawn_app().await;
    let en = Locale::default();
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let late = grant(&person, &[("scope[0]", "view"), ("days", "1")]).await.unwrap();
    app.clock.advance(31 * 60);
    redeem(&helper, &late).await;
    assert_eq!(
        helper.get("/helper").await.texts(".error-summary li"),
        [en.text("MD-003")],
        "an old code does not work"
    );

    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let code = grant(&person, &[("scope[0]", "view"), ("days", "1")]).await.unwrap();
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".request-card").len(), 1);
    app.clock.advance(86_400 + 60);
    let (helper, _) = app.helper_again("helper@legal-aid.example").await;
    assert!(helper.get("/helper").await.texts(".request-card").is_empty(), "a mandate ends by itself");

    // Guessing is limited: after a few wrong codes even the right one is refused for a while.
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let code = grant(&person, &[("scope[0]", "view"), ("days", "7")]).await.unwrap();
    for _ in 0..6 {
        redeem(&helper, "ZZZZZ-ZZZZZ").await;
    }
    redeem(&helper, &code).await;
    assert_eq!(helper.get("/helper").await.texts(".error-summary li"), [en.text("SI-012")]);
}

#[tokio::test]
async fn another_persons_mandate_cannot_be_revoked_and_helpers_cannot_grant() {
    let app = spawn_app().await;
    let owner = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    grant(&owner, &[("scope[0]", "view"), ("days", "7")]).await.unwrap();
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);
    let other = app.signed_in(amana_tests::DEMO_2.0, amana_tests::DEMO_2.1).await;
    let refused = other.submit("/mandates", "/api/mandates/revoke", &[("mandate", &id)]).await;
    assert_eq!(refused.refusal_codes(), ["GEN-404"], "someone else's mandate answers as one that does not exist");
    assert_eq!(app.query_strings("SELECT COALESCE(CAST(revoked_at AS TEXT), 'open') FROM mandates").await, ["open"]);
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let response = helper.submit("/helper", "/api/mandates/grant", &[("scope[0]", "view"), ("days", "182")]).await;
    assert_eq!(response.location(), Some("/sign-in"), "a helper cannot give themselves a mandate");
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates").await, ["1"]);
}

/// A helper asks, through the form, for a mandate for the person with them.
async fn start_assisted(helper: &Client, who: (&str, &str), scopes: &[(&str, &str)], days: &str) -> Option<String> {
    let mut fields = vec![("case_reference", who.0), ("date_of_birth", who.1), ("days", days)];
    fields.extend_from_slice(scopes);
    helper.submit("/helper", "/api/helper/assisted", &fields).await.location().map(str::to_owned)
}

/// The mandate code in a mail body: two groups of five characters.
fn code_in(body: &str) -> String {
    body.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-'))
        .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
        .expect("a code in the mail")
        .to_owned()
}

#[tokio::test]
async fn a_helper_starts_with_someone_present_and_only_the_code_sent_to_them_makes_it_active() {
    let app = spawn_app().await;
    let en = Locale::default();
    let (helper, _) = app.helper("helper@legal-aid.example").await;

    // Bad input is explained and kept.
    start_assisted(&helper, ("", "31/02/1990"), &[], "7").await;
    let page = helper.get("/helper").await;
    assert_eq!(page.texts("#assisted ~ .error-summary li"), [en.text("MD-005"), en.text("MD-008"), en.text("MD-001")]);
    assert_eq!(page.attr("input[name=date_of_birth]", "value").as_deref(), Some("31/02/1990"));

    // Details that match nobody get the same answer; nothing is stored or sent.
    let mails = app.mails().len();
    let wrong = start_assisted(&helper, (DEMO_1.0, "1991-01-01"), &[("scope[0]", "view")], "7").await;
    assert_eq!(wrong.as_deref(), Some("/helper#assisted"));
    assert_eq!(helper.get("/helper").await.texts(".notice"), [en.text("helper-assisted-sent")]);
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates").await, ["0"]);

    // Matching details: the person gets a code at their own address; nothing is active yet.
    let right = start_assisted(&helper, DEMO_1, &[("scope[0]", "view"), ("scope[1]", "request")], "30").await;
    assert_eq!(right, wrong, "the same answer either way");
    let mail = app.wait_for_mail(mails + 1).await;
    assert_eq!(mail.to, "demo-0001@example.org");
    assert_eq!(mail.subject, en.text("mail-mandate-request-subject"));
    assert!(
        mail.body.contains("Fictional Legal Aid Collective") && mail.body.contains(&en.text("mandate-scope-request"))
    );
    let code = code_in(&mail.body);
    assert!(helper.get("/helper").await.texts(".request-card").is_empty());
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let mandates = person.get("/mandates").await;
    assert_eq!(mandates.texts(".status"), [en.text("mandate-state-waiting")]);
    assert!(mandates.body.contains("Harper Helper"), "the person sees who asked");
    assert!(person.get("/my-data/access").await.body.contains(&en.text("access-mandate-requested")));

    // The code the person gives works for the helper who asked, and no other.
    let neighbour = app.another_helper().await;
    redeem(&neighbour, &code).await;
    assert_eq!(neighbour.get("/helper").await.texts(".error-summary li"), [en.text("MD-003")]);
    assert_eq!(redeem(&helper, &code).await.as_deref(), Some("/helper"));
    assert_eq!(helper.get("/helper").await.texts(".request-card h3").len(), 1);
    assert_eq!(person.get("/mandates").await.texts(".status"), [en.text("mandate-state-active")]);

    // Trying reference and birth date pairs is limited.
    for _ in 0..5 {
        start_assisted(&helper, (DEMO_1.0, "1980-01-01"), &[("scope[0]", "view")], "7").await;
    }
    start_assisted(&helper, DEMO_1, &[("scope[0]", "view")], "7").await;
    assert_eq!(helper.get("/helper").await.texts("#assisted ~ .error-summary li"), [en.text("SI-012")]);
}

#[tokio::test]
async fn staff_print_a_code_for_someone_without_a_contact_address() {
    let app = spawn_app().await;
    let en = Locale::default();
    app.execute(&format!("UPDATE people SET email_enc = NULL WHERE case_reference = '{}'", amana_tests::DEMO_2.0))
        .await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    start_assisted(&helper, amana_tests::DEMO_2, &[("scope[0]", "view")], "1").await;
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates WHERE code_hash IS NULL").await, ["1"]);
    assert_eq!(
        app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM outbox WHERE idempotency_key LIKE 'mandate-%'").await,
        ["0"]
    );
    let id = app.query_strings("SELECT CAST(id AS TEXT) FROM mandates").await.remove(0);

    // Only staff who work cases print; an administrator cannot.
    let (admin, _) = app.staff("admin@amana.example").await;
    assert_eq!(admin.get("/staff/mandates").await.status.as_u16(), 403);
    admin.submit("/staff/admin", "/api/staff/mandates/print", &[("mandate", &id)]).await;
    assert_eq!(app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM mandates WHERE code_hash IS NULL").await, ["1"]);

    // The person comes to the office two days later: a one-day mandate still counts its day from when it starts.
    app.clock.advance(2 * 86_400);
    let (helper, _) = app.helper_again("helper@legal-aid.example").await;
    let (staff, _) = app.staff("caseworker@amana.example").await;
    let list = staff.get("/staff/mandates").await;
    assert!(list.body.contains(amana_tests::DEMO_2.0) && list.body.contains("Harper Helper"));
    let printed = staff.submit("/staff/mandates", "/api/staff/mandates/print", &[("mandate", &id)]).await;
    assert_eq!(printed.location(), Some("/staff/mandates/code"));
    let code = staff.get("/staff/mandates/code").await.texts(".receipt-code").remove(0);
    assert_eq!(staff.get("/staff/mandates/code").await.texts(".receipt-code").len(), 0, "shown once");
    let events = app
        .query_strings(
            "SELECT actor_kind || ':' || action FROM audit_events WHERE object_type = 'mandate' ORDER BY seq",
        )
        .await;
    assert_eq!(
        events,
        // The list was opened twice: to read it, and again by the form that prints.
        [
            "helper:mandate.requested",
            "staff:mandate.request-viewed",
            "staff:mandate.request-viewed",
            "staff:mandate.code-printed"
        ],
        "recorded, and so shown to the person"
    );

    // The helper types the code the person brings: the mandate is active and leaves the staff list.
    assert_eq!(redeem(&helper, &code).await.as_deref(), Some("/helper"));
    assert_eq!(helper.get("/helper").await.texts(".notice"), [en.text("helper-mandate-taken-up")]);
    let length = app.query_strings("SELECT CAST(expires_at - activated_at AS TEXT) FROM mandates").await;
    assert_eq!(length, ["86400"], "one day from when the person confirmed");
    assert_eq!(staff.get("/staff/mandates").await.texts("main p").last(), Some(&en.text("staff-mandates-none")));
}

#[tokio::test]
async fn only_the_persons_team_prints_a_code_only_for_someone_without_a_contact_and_the_person_is_told() {
    let app = spawn_app().await;
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    // DEMO-0001 has a contact address: their code went there, so no one may print another one on paper.
    start_assisted(&helper, DEMO_1, &[("scope[0]", "view")], "30").await;
    let mailed = app.query_strings("SELECT CAST(MAX(id) AS TEXT) FROM mandates").await.remove(0);
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    assert!(!caseworker.get("/staff/mandates").await.body.contains(DEMO_1.0), "someone with a contact is listed");
    caseworker.submit("/staff/mandates", "/api/staff/mandates/print", &[("mandate", &mailed)]).await;
    let printed = format!("SELECT CAST(COUNT(*) AS TEXT) FROM mandates WHERE printed_at IS NOT NULL AND id = {mailed}");
    assert_eq!(app.query_strings(&printed).await, ["0"], "a second code was printed for someone who was mailed one");

    // DEMO-0002 has none (kept aside, to be given back later): the request waits for the team that handles them.
    let demo_2 = amana_tests::DEMO_2.0;
    app.execute(&format!(
        "CREATE TABLE kept_contact AS SELECT id, email_enc FROM people WHERE case_reference = '{demo_2}'"
    ))
    .await;
    app.execute(&format!("UPDATE people SET email_enc = NULL WHERE case_reference = '{demo_2}'")).await;
    start_assisted(&helper, amana_tests::DEMO_2, &[("scope[0]", "view")], "30").await;
    let waiting = app.query_strings("SELECT CAST(MAX(id) AS TEXT) FROM mandates").await.remove(0);
    // A caseworker of another team neither sees the person nor can print.
    let (outsider, _) = app.staff("caseworker.sensitive@amana.example").await;
    let list = outsider.get("/staff/mandates").await;
    assert_eq!(list.status.as_u16(), 200);
    assert!(!list.body.contains(amana_tests::DEMO_2.0), "staff of another team see the person's name and reference");
    outsider.submit("/staff/mandates", "/api/staff/mandates/print", &[("mandate", &waiting)]).await;
    let printed =
        format!("SELECT CAST(COUNT(*) AS TEXT) FROM mandates WHERE printed_at IS NOT NULL AND id = {waiting}");
    assert_eq!(app.query_strings(&printed).await, ["0"], "staff of another team printed a code");
    assert!(outsider.get("/staff/mandates/code").await.texts(".receipt-code").is_empty());

    // The person's team prints it; the print is in the person's access log and they are told at next sign-in.
    let response = caseworker.submit("/staff/mandates", "/api/staff/mandates/print", &[("mandate", &waiting)]).await;
    assert_eq!(response.location(), Some("/staff/mandates/code"));
    assert_eq!(app.query_strings(&printed).await, ["1"]);
    // Later the person gives a contact address and signs in.
    app.execute("UPDATE people SET email_enc = (SELECT k.email_enc FROM kept_contact k WHERE k.id = people.id) WHERE id IN (SELECT id FROM kept_contact)").await;
    let person = app.signed_in(amana_tests::DEMO_2.0, amana_tests::DEMO_2.1).await;
    let page = person.get("/my-data").await;
    // In the person's own language (DEMO-0002 reads Arabic).
    let theirs = Locale::from_code(&page.attr("html", "lang").unwrap()).unwrap();
    assert_eq!(page.texts(".notice"), [theirs.text("notice-mandate-code-printed")]);
    let access = person.get("/my-data/access").await;
    assert!(access.body.contains(&theirs.text("access-mandate-code-printed")), "the print is not in the access log");
    // Told once.
    let again = app.signed_in(amana_tests::DEMO_2.0, amana_tests::DEMO_2.1).await;
    assert!(again.get("/my-data").await.texts(".notice").is_empty());
}
