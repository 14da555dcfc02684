//! The audit chain: an attacker with database access edits, deletes and reorders rows; the verifier reports each.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amana_server::audit::{verify, Break};
use amana_tests::{spawn_app, TestApp, DEMO_1};

async fn app_with_events() -> TestApp {
    let app = spawn_app().await;
    let client = app.signed_in(DEMO_1.0, DEMO_1.1).await;
    for _ in 0..4 {
        client.get("/my-data").await;
    }
    let rows = app.storage.audit_log().await.unwrap();
    assert!(rows.len() >= 6, "sign-in and four views are audited");
    assert!(verify(&rows).is_empty(), "an untouched log verifies");
    app
}

#[tokio::test]
async fn an_edited_event_is_reported() {
    let app = app_with_events().await;
    app.execute("UPDATE audit_events SET field_names = '[]' WHERE seq = 3").await;
    assert_eq!(verify(&app.storage.audit_log().await.unwrap()), [Break::Altered { seq: 3 }]);
}

#[tokio::test]
async fn an_edit_that_also_rewrites_the_hash_breaks_the_next_link() {
    let app = app_with_events().await;
    app.execute("UPDATE audit_events SET action = 'nothing-to-see', hash = 'f00d' WHERE seq = 3").await;
    let breaks = verify(&app.storage.audit_log().await.unwrap());
    assert!(breaks.contains(&Break::Altered { seq: 3 }));
    assert!(breaks.contains(&Break::ChainBroken { seq: 4 }));
}

#[tokio::test]
async fn a_deleted_event_is_reported() {
    let app = app_with_events().await;
    app.execute("DELETE FROM audit_events WHERE seq = 4").await;
    let breaks = verify(&app.storage.audit_log().await.unwrap());
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
    let breaks = verify(&app.storage.audit_log().await.unwrap());
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
    assert!(verify(&rows).is_empty());
    assert_eq!(rows.iter().filter(|r| r.action == "record.viewed").count(), 12);
}
