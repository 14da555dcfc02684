//! The demo as a newcomer meets it (`AMANA_DEMO=1`, what `scripts/run` seeds): every staff and helper account
//! finds work waiting, requests stand in every state, DEMO-0001 and DEMO-0002 keep the data the README and the
//! other tests rely on, and staff read statuses worded for staff in every language.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;

use amana_app::contract::PersonId;
use amana_app::i18n::Locale;
use amana_server::infra::config::DemoData;
use amana_tests::{spawn_app, spawn_app_with, TestApp, DEMO_1, DEMO_2};

async fn demo_with_work() -> TestApp {
    spawn_app_with(|config| config.demo = DemoData::PeopleAndWork).await
}

#[tokio::test]
async fn requests_stand_in_every_state_in_every_teams_queue() {
    let app = demo_with_work().await;
    let mut statuses = app.query_strings("SELECT DISTINCT status FROM requests").await;
    statuses.sort();
    assert_eq!(statuses, ["awaiting_information", "completed", "decided", "in_review", "submitted", "withdrawn"]);
    let outcomes = app.query_strings("SELECT DISTINCT decision_outcome FROM requests WHERE approved_by IS NOT NULL OR proposed_by IS NULL AND decision_outcome IS NOT NULL").await;
    for outcome in ["approved", "partly_approved", "refused"] {
        assert!(outcomes.iter().any(|o| o == outcome), "a request decided {outcome}: {outcomes:?}");
    }
    for (what, sql) in [
        ("a proposal awaiting a second reviewer", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE proposed_by IS NOT NULL AND approved_by IS NULL AND status = 'in_review'"),
        ("an extended deadline with its reason", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE extended_due_at IS NOT NULL AND extension_reason IS NOT NULL"),
        ("a stopped clock waiting for identity", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE clock_paused_at IS NOT NULL AND status = 'awaiting_information'"),
        ("a message to the person", "SELECT CAST(COUNT(*) AS TEXT) FROM request_messages"),
        ("an anonymous complaint", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE kind = 'complaint' AND person_id IS NULL"),
        ("a complaint naming a staff member", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE kind = 'complaint' AND concerns_staff_id IS NOT NULL"),
        ("a request filed by a helper", "SELECT CAST(COUNT(*) AS TEXT) FROM requests WHERE submitted_by_kind = 'helper'"),
        ("consent withdrawn after it was given", "SELECT CAST(COUNT(*) AS TEXT) FROM consent_events WHERE action = 'withdrawn'"),
    ] {
        let count: i64 = app.query_one(sql).await.parse().unwrap();
        assert!(count > 0, "the demo has {what}");
    }
    for team in ["general", "sensitive-data", "dpo"] {
        let open: i64 = app.query_one(&format!("SELECT CAST(COUNT(*) AS TEXT) FROM requests r JOIN teams t ON t.id = r.team_id WHERE t.key = '{team}' AND r.status IN ('submitted', 'in_review', 'awaiting_information')")).await.parse().unwrap();
        assert!(open >= 2, "the {team} team has open requests ({open})");
    }
    // Every timeline and every notice is real: each request has its events, and the people were told.
    let without_events = app.query_strings("SELECT r.reference FROM requests r WHERE NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id)").await;
    assert!(without_events.is_empty(), "requests without a timeline: {without_events:?}");
    let (_, breaks) =
        amana_server::domain::audit::verify_all(&app.storage, &app.master_key(), app.data_dir.path()).await.unwrap();
    assert!(breaks.is_empty(), "the audit chain holds: {breaks:?}");
}

#[tokio::test]
async fn every_staff_and_helper_account_finds_work_waiting() {
    let app = demo_with_work().await;
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    let queue = caseworker.get("/staff").await;
    assert!(!queue.texts(".request-card.overdue").is_empty(), "an overdue request is flagged");
    assert!(!queue.texts(".request-card.due-soon").is_empty(), "a request due within three days is flagged");
    let taken = caseworker.submit("/staff", "/api/staff/take-next", &[]).await;
    assert!(taken.location().is_some_and(|l| l.starts_with("/staff/requests/R-")), "take-next gives a request");

    let (sensitive, _) = app.staff("caseworker.sensitive@amana.example").await;
    assert!(!sensitive.get("/staff").await.texts(".request-card").is_empty(), "the sensitive-data team has work");

    let (reviewer, _) = app.staff("reviewer@amana.example").await;
    let awaiting = Locale::default().text("case-awaiting-approval");
    assert!(reviewer.get("/staff").await.body.contains(&awaiting), "the reviewer has a proposal to approve");

    // The complaint naming Dana Protection goes to her deputy and never to her.
    let naming = app.query_one("SELECT reference FROM requests WHERE concerns_staff_id IS NOT NULL").await;
    let anonymous =
        app.query_one("SELECT reference FROM requests WHERE kind = 'complaint' AND person_id IS NULL").await;
    let (dpo, _) = app.staff("dpo@amana.example").await;
    let dana = dpo.get("/staff").await;
    assert!(dana.body.contains(&anonymous) && !dana.body.contains(&naming), "Dana sees the anonymous one only");
    let (deputy, _) = app.staff("dpo.deputy@amana.example").await;
    let drew = deputy.get("/staff").await;
    assert!(drew.body.contains(&anonymous) && drew.body.contains(&naming), "the deputy sees both complaints");

    let (auditor, _) = app.staff("auditor@amana.example").await;
    let log = auditor.get("/staff/audit").await;
    assert!(log.body.contains("request.filed"), "the auditor has filings to look through");

    // The helper acts for DEMO-0002 (active) and no longer for DEMO-0018 (ended).
    let (helper, _) = app.helper("helper@legal-aid.example").await;
    let home = helper.get("/helper").await;
    let (_, given_2) = app.field(DEMO_2.0, "given-name").await;
    let (_, given_18) = app.field("DEMO-0018", "given-name").await;
    assert!(home.body.contains(&given_2), "the active mandate for DEMO-0002 is listed");
    assert_ne!(given_2, given_18, "two people the page can tell apart");
    assert!(!home.body.contains(&given_18), "the ended mandate is not among the active ones");
}

#[tokio::test]
async fn a_person_sees_the_access_with_its_stated_reason() {
    let app = demo_with_work().await;
    let birth_date = app.query_one("SELECT date_of_birth FROM people WHERE case_reference = 'DEMO-0006'").await;
    let person = app.signed_in("DEMO-0006", &birth_date).await;
    let log = person.get("/my-data/access").await;
    // The page is in the person's own language.
    let language =
        app.query_one("SELECT COALESCE(preferred_locale, 'en') FROM people WHERE case_reference = 'DEMO-0006'").await;
    let reason = Locale::from_code(&language).unwrap().text("access-reason-identity-check");
    assert!(log.body.contains(&reason), "the stated reason is shown to the person: {:?}", log.texts("main li"));
}

/// The fields of a demo person, key to value, as the person reads them.
async fn fields_of(app: &TestApp, reference: &str) -> BTreeMap<String, String> {
    use amana_app::contract::MigrantPortal;
    let person = app.storage.person_by_reference(reference).await.unwrap().unwrap();
    let data = app.portal().my_data(PersonId(person.id).into()).await.unwrap();
    data.categories.iter().flat_map(|c| &c.fields).map(|f| (f.key.clone(), f.value.clone())).collect()
}

#[tokio::test]
async fn demo_0001_and_demo_0002_keep_their_data_and_birth_dates() {
    let people_only = spawn_app().await;
    let with_work = demo_with_work().await;
    for (reference, birth_date) in [DEMO_1, DEMO_2] {
        assert_eq!(fields_of(&with_work, reference).await, fields_of(&people_only, reference).await, "{reference}");
        let sql = format!("SELECT date_of_birth FROM people WHERE case_reference = '{reference}'");
        assert_eq!(with_work.query_one(&sql).await, birth_date);
    }
}

#[tokio::test]
async fn staff_read_statuses_worded_for_staff_in_every_language() {
    let app = demo_with_work().await;
    let (caseworker, _) = app.staff("caseworker@amana.example").await;
    for locale in Locale::all() {
        let page = caseworker.get(&format!("/staff?lang={}", locale.code())).await;
        let options: Vec<String> = page.texts("#status option").into_iter().skip(1).collect();
        let staff_words: Vec<String> = ["submitted", "in_review", "awaiting_information"]
            .iter()
            .map(|status| locale.text(&format!("staff-status-{status}")))
            .collect();
        assert_eq!(options, staff_words, "{}: the status filter speaks to staff", locale.code());
        let waiting = locale.text("staff-status-awaiting_information");
        assert_ne!(waiting, locale.text("status-awaiting_information"), "{}", locale.code());
        let rows = page.texts(".request-card .status");
        assert!(!rows.is_empty(), "{}: the queue has rows", locale.code());
        for row in &rows {
            assert!(
                staff_words.iter().any(|w| row.starts_with(w.as_str())),
                "{}: a row reads {row:?}, not a staff status",
                locale.code()
            );
        }
        assert!(page.untranslated().is_empty(), "{}: {:?}", locale.code(), page.untranslated());
    }
    // Every status, open or closed, on a case page of the general team.
    let statuses = ["submitted", "in_review", "awaiting_information", "decided", "completed", "withdrawn"];
    for status in statuses {
        let sql = format!(
            "SELECT r.reference FROM requests r JOIN teams t ON t.id = r.team_id WHERE t.key = 'general' \
             AND r.status = '{status}' ORDER BY r.id"
        );
        let reference = app.query_one(&sql).await;
        for locale in Locale::all() {
            let page = caseworker.get(&format!("/staff/requests/{reference}?lang={}", locale.code())).await;
            let label = locale.text(&format!("staff-status-{status}"));
            let shown = page.texts("dd.status").join(" ");
            assert!(shown.starts_with(&label), "{}: {status} reads {shown:?}", locale.code());
        }
    }
}
