//! The audit chain: the application's own connection cannot change an event; an attacker with the database
//! owner's rights lifts that guard and edits, deletes, reorders or cuts off rows; the verifier reports each, and
//! without the master key the chain cannot be rewritten to hide it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_server::domain::audit::{self, Break};
use amana_server::storage::AuditRow;
use amana_tests::{spawn_app, TestApp, DEMO_1};

fn verify(app: &TestApp, rows: &[AuditRow]) -> Vec<Break> {
    audit::verify(&app.master_key(), rows)
}

async fn app_with_events() -> TestApp {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for _ in 0..4 {
        client.get("/my-data").await;
    }
    let rows = app.storage.audit_log().await.unwrap();
    assert!(rows.len() >= 6, "sign-in and four views are audited");
    assert!(verify(&app, &rows).is_empty(), "an untouched log verifies");
    app.lift_audit_guard().await;
    app
}

#[tokio::test]
async fn an_edited_event_is_reported() {
    let app = app_with_events().await;
    // The newest event: a view of My data, which lists the fields shown.
    let seq = app.storage.audit_log().await.unwrap().iter().map(|row| row.seq).max().unwrap();
    app.execute(&format!("UPDATE audit_events SET field_names = '[]' WHERE seq = {seq}")).await;
    assert_eq!(verify(&app, &app.storage.audit_log().await.unwrap()), [Break::Altered { seq }]);
}

#[tokio::test]
async fn an_edit_that_also_rewrites_the_hash_breaks_the_next_link() {
    let app = app_with_events().await;
    app.execute("UPDATE audit_events SET action = 'nothing-to-see', hash = 'f00d' WHERE seq = 3").await;
    let breaks = verify(&app, &app.storage.audit_log().await.unwrap());
    assert!(breaks.contains(&Break::Altered { seq: 3 }));
    assert!(breaks.contains(&Break::ChainBroken { seq: 4 }));
}

#[tokio::test]
async fn a_deleted_event_is_reported() {
    let app = app_with_events().await;
    app.execute("DELETE FROM audit_events WHERE seq = 4").await;
    let breaks = verify(&app, &app.storage.audit_log().await.unwrap());
    assert!(breaks.contains(&Break::Missing { after: 3, next: 5 }), "{breaks:?}");
    assert!(breaks.contains(&Break::ChainBroken { seq: 5 }), "{breaks:?}");
}

#[tokio::test]
async fn reordered_events_are_reported() {
    let app = app_with_events().await;
    // Swap the positions of events 2 and 3 (sequence numbers exchanged, content and hashes kept).
    app.execute("UPDATE audit_events SET seq = -2 WHERE seq = 2").await;
    app.execute("UPDATE audit_events SET seq = 2 WHERE seq = 3").await;
    app.execute("UPDATE audit_events SET seq = 3 WHERE seq = -2").await;
    let breaks = verify(&app, &app.storage.audit_log().await.unwrap());
    assert!(breaks.contains(&Break::Altered { seq: 2 }), "{breaks:?}");
    assert!(breaks.contains(&Break::Altered { seq: 3 }), "{breaks:?}");
    assert!(breaks.contains(&Break::ChainBroken { seq: 2 }), "{breaks:?}");
}

#[tokio::test]
async fn appends_from_many_requests_at_once_keep_one_unbroken_chain() {
    let app = spawn_app().await;
    let client = std::sync::Arc::new(app.signed_in(DEMO_1.0, DEMO_1.1).await);
    let views: Vec<_> = (0..12)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move { client.get("/my-data").await.status.as_u16() })
        })
        .collect();
    for view in views {
        assert_eq!(view.await.unwrap(), 200);
    }
    let rows = app.storage.audit_log().await.unwrap();
    assert!(verify(&app, &rows).is_empty());
    assert_eq!(rows.iter().filter(|r| r.action == "record.viewed").count(), 12);
}

#[tokio::test]
async fn the_application_database_connection_cannot_change_or_remove_an_event() {
    let app = spawn_app().await;
    app.signed_in(DEMO_1.0, DEMO_1.1).await;
    let before = app.query_strings("SELECT hash FROM audit_events ORDER BY seq").await;
    for sql in ["UPDATE audit_events SET action = 'nothing' WHERE seq = 1", "DELETE FROM audit_events WHERE seq = 1"] {
        assert!(app.try_execute(sql).await.is_err(), "{sql} went through");
    }
    assert_eq!(app.query_strings("SELECT hash FROM audit_events ORDER BY seq").await, before);
}

#[tokio::test]
async fn a_chain_rewritten_without_the_master_key_does_not_verify() {
    let app = app_with_events().await;
    // Plain SHA-256 (what the chain used to be) can be recomputed by anyone who can write the database.
    use sha2::Digest;
    let rows = app.storage.audit_log().await.unwrap();
    let forged = hex::encode(sha2::Sha256::digest(format!("{}forged", rows[2].prev_hash)));
    app.execute(&format!("UPDATE audit_events SET action = 'nothing-to-see', hash = '{forged}' WHERE seq = 3")).await;
    assert!(verify(&app, &app.storage.audit_log().await.unwrap()).contains(&Break::Altered { seq: 3 }));
}

#[tokio::test]
async fn cutting_off_the_newest_ten_events_is_detected_by_the_checkpoint() {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for _ in 0..12 {
        client.get("/my-data").await;
    }
    let dir = app.data_dir.path();
    let head = audit::write_checkpoint(&app.storage, &app.master_key(), dir, 0, None).await.unwrap().unwrap();
    assert!(dir.join(audit::CHECKPOINT_DIR).is_dir(), "checkpoints live outside the database");
    assert!(audit::verify_all(&app.storage, &app.master_key(), dir).await.unwrap().1.is_empty());

    app.lift_audit_guard().await;
    app.execute(&format!("DELETE FROM audit_events WHERE seq > {}", head - 10)).await;
    let rows = app.storage.audit_log().await.unwrap();
    assert!(verify(&app, &rows).is_empty(), "the remaining chain is itself unbroken: only the checkpoint can tell");
    let (_, breaks) = audit::verify_all(&app.storage, &app.master_key(), dir).await.unwrap();
    assert_eq!(breaks, [Break::Truncated { checkpoint: head }]);

    // Editing the checkpoint file to match does not help: its lines are signed.
    let file = std::fs::read_dir(dir.join(audit::CHECKPOINT_DIR)).unwrap().next().unwrap().unwrap().path();
    let text = std::fs::read_to_string(&file).unwrap();
    // The running server also checkpoints at start, so the head this test wrote is not always the first line.
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let index = lines.iter().rposition(|l| l.contains(&format!("\"seq\":{head}"))).unwrap();
    lines[index] = lines[index].replace(&format!("\"seq\":{head}"), &format!("\"seq\":{}", head - 10));
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let line = index + 1;
    let (_, breaks) = audit::verify_all(&app.storage, &app.master_key(), dir).await.unwrap();
    assert_eq!(breaks, [Break::ForgedCheckpoint { line }]);
}
