//! The auditor's screen: the log filtered and exported as CSV, the chain verified in the browser (and found
//! broken after tampering), every use recorded, and nobody else let in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_app::i18n::{Arg, Locale};
use amana_tests::{spawn_app, DEMO_1};

#[tokio::test]
async fn the_auditor_filters_exports_and_verifies_the_log_and_sees_tampering() {
    let app = spawn_app().await;
    let en = Locale::default();
    // Some history: a person signs in and looks at their data.
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    person.get("/my-data").await;
    let (auditor, _) = app.staff("auditor@amana.example").await;

    let page = auditor.get("/staff/audit").await;
    assert_eq!(page.status.as_u16(), 200);
    assert!(!page.texts("table.audit tbody tr").is_empty());

    // Filtered to one person: every row is about that person.
    let person_id =
        app.query_strings("SELECT CAST(id AS TEXT) FROM people WHERE case_reference = 'DEMO-0001'").await.remove(0);
    let filtered = auditor.get("/staff/audit?case_reference=DEMO-0001").await;
    let about = filtered.texts("table.audit tbody tr td:nth-child(5)");
    assert!(!about.is_empty());
    assert!(about.iter().all(|a| a.starts_with(&format!("person {person_id}"))), "{about:?}");
    let nobody = auditor.get("/staff/audit?case_reference=NOBODY-9").await;
    assert_eq!(
        nobody.texts("main > p").last().cloned(),
        Some(en.text("audit-none")),
        "an unknown person matches nothing"
    );

    // The CSV has every column, hashes included, and only the selection.
    let (status, headers, body) = auditor.get_raw("/staff/audit.csv?action=record.viewed", &[]).await;
    assert_eq!(status.as_u16(), 200);
    assert!(headers.get("content-type").unwrap().to_str().unwrap().starts_with("text/csv"));
    let csv = String::from_utf8(body).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("seq,at,actor_kind,actor_id"));
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty() && rows.iter().all(|r| r.contains(",record.viewed,")), "{csv}");

    // Verification: intact, then broken where a row was edited.
    let response = auditor.submit("/staff/audit", "/api/staff/audit/verify", &[]).await;
    assert_eq!(response.location(), Some("/staff/audit"));
    let events = app.query_strings("SELECT CAST(COUNT(*) AS TEXT) FROM audit_events").await[0].parse::<i64>().unwrap();
    let result = auditor.get("/staff/audit").await;
    // The count excludes the verification's own record, written after the check.
    assert_eq!(result.texts(".notice"), [en.text_with("audit-verify-ok", &[("events", Arg::Number(events - 1))])]);
    app.lift_audit_guard().await;
    app.execute("UPDATE audit_events SET action = 'record.tampered' WHERE seq = 2").await;
    auditor.submit("/staff/audit", "/api/staff/audit/verify", &[]).await;
    let broken = auditor.get("/staff/audit").await;
    assert!(broken
        .texts(".error-summary li")
        .contains(&en.text_with("audit-break-altered", &[("seq", Arg::Number(2))])));

    let uses = app.query_strings("SELECT action FROM audit_events WHERE action LIKE 'audit.%'").await;
    for action in ["audit.viewed", "audit.exported", "audit.verified"] {
        assert!(uses.iter().any(|u| u == action), "{action} not recorded: {uses:?}");
    }
}

#[tokio::test]
async fn only_the_auditor_reads_the_log() {
    let app = spawn_app().await;
    for email in ["caseworker@amana.example", "reviewer@amana.example", "dpo@amana.example", "admin@amana.example"] {
        let (staff, _) = app.staff(email).await;
        assert_eq!(staff.get("/staff/audit").await.status.as_u16(), 403, "{email}");
        assert_eq!(staff.get_raw("/staff/audit.csv", &[]).await.0.as_u16(), 403, "{email}");
        let response = staff.submit("/staff/audit", "/api/staff/audit/verify", &[]).await;
        assert_eq!(response.location(), Some("/staff/audit"));
        assert_eq!(response.refusal_codes(), ["ST-001"], "{email} is refused for their role");
    }
    let person = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    assert_eq!(person.get("/staff/audit").await.location(), Some("/staff/sign-in"));
    assert_eq!(person.get_raw("/staff/audit.csv", &[]).await.0.as_u16(), 303);
    let verified = app.query_strings("SELECT action FROM audit_events WHERE action = 'audit.verified'").await;
    assert!(verified.is_empty(), "nobody but the auditor verified");
}
