//! The deadline job on a controllable clock: the assignee is warned a week before the due date, reviewers are
//! told once a request is overdue, each only once, and a stopped clock (identity unverified) warns nobody.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::Locale;
use amana_server::infra::clock::{add_months, Clock};
use amana_server::workers::deadlines::Pass;
use amana_tests::{spawn_app, TestApp, DEMO_1, DEMO_2};

const DAY: i64 = 86_400;

async fn claim(app: &TestApp, reference: &str) -> amana_tests::Client {
    let (staff, _) = app.staff("caseworker@amana.example").await;
    let response = staff.submit("/staff", "/api/staff/take-next", &[]).await;
    assert_eq!(response.location(), Some(format!("/staff/requests/{reference}").as_str()));
    staff
}

fn mails_to(app: &TestApp, to: &str, subject: &str) -> usize {
    app.mails().iter().filter(|m| m.to == to && m.subject == subject).count()
}

async fn wait_for(app: &TestApp, to: &str, subject: &str, count: usize) {
    for _ in 0..200 {
        if mails_to(app, to, subject) >= count {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail {subject:?} to {to}");
}

#[tokio::test]
async fn the_assignee_is_warned_a_week_ahead_and_reviewers_when_it_is_overdue_once_each() {
    let app = spawn_app().await;
    let en = Locale::default();
    let filed_at = app.clock.now();
    let (_, reference) = app.person_files(DEMO_1, "correct", "family-name", Some("Later")).await;
    claim(&app, &reference).await;
    let job = app.deadlines();

    assert_eq!(job.check_once().await.unwrap(), Pass::default(), "nothing is due yet");
    let due = add_months(filed_at, 1);
    app.clock.advance(due - 6 * DAY - app.clock.now());
    assert_eq!(job.check_once().await.unwrap(), Pass { warned: 1, escalated: 0 });
    assert_eq!(job.check_once().await.unwrap(), Pass::default(), "a warning is sent once");
    let subject = en.text("staff-mail-due-soon-subject");
    wait_for(&app, "caseworker@amana.example", &subject, 1).await;
    let mail = app.mails().into_iter().find(|m| m.subject == subject).unwrap();
    assert!(mail.body.contains(&format!("/staff/requests/{reference}")));
    assert!(!mail.body.contains("Later"), "no personal data in the mail");

    // In the queue, two days before the due date the request is flagged "due soon", after it "overdue".
    app.clock.advance(4 * DAY);
    let (reviewer, secret) = app.staff("reviewer@amana.example").await;
    assert_eq!(reviewer.get("/staff").await.texts(".queue .badge.urgent"), [en.text("queue-due-soon")]);
    app.clock.advance(3 * DAY);
    let reviewer = app.client();
    reviewer
        .submit(
            "/staff/sign-in",
            "/api/staff/sign-in",
            &[("email", "reviewer@amana.example"), ("password", amana_server::demo::DEMO_PASSWORD)],
        )
        .await;
    reviewer
        .submit("/staff/sign-in/code", "/api/staff/code", &[("code", &amana_tests::totp(&secret, app.clock.now()))])
        .await;
    assert_eq!(reviewer.get("/staff").await.texts(".queue .badge.urgent"), [en.text("queue-overdue")]);
    assert_eq!(job.check_once().await.unwrap(), Pass { warned: 0, escalated: 1 });
    assert_eq!(job.check_once().await.unwrap(), Pass::default(), "an escalation is sent once");
    wait_for(&app, "reviewer@amana.example", &en.text("staff-mail-overdue-subject"), 1).await;
    assert_eq!(
        mails_to(&app, "caseworker.sensitive@amana.example", &en.text("staff-mail-overdue-subject")),
        0,
        "only the team's reviewers"
    );
}

#[tokio::test]
async fn a_stopped_clock_warns_nobody_and_the_deadline_moves_with_it() {
    let app = spawn_app().await;
    let filed_at = app.clock.now();
    let (_, reference) = app.person_files(DEMO_2, "correct", "family-name", Some("Paused")).await;
    let staff = claim(&app, &reference).await;
    let mut fields = vec![("reference", reference.as_str())];
    fields.extend_from_slice(&[("action", "ask-information"), ("template", "identity-documents"), ("identity", "1")]);
    staff.act_on_case(&format!("/staff/requests/{reference}"), &fields).await;

    let job = app.deadlines();
    app.clock.advance(add_months(filed_at, 1) + 10 * DAY - app.clock.now());
    assert_eq!(job.check_once().await.unwrap(), Pass::default(), "while identity is unverified the clock stands still");
    let due =
        app.query_strings(&format!("SELECT CAST(due_at AS TEXT) FROM requests WHERE reference = '{reference}'")).await;
    assert_eq!(due[0].parse::<i64>().unwrap(), add_months(filed_at, 1));
}
