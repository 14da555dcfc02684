//! The database over time and under contention: a deployment that ran an older Amana keeps everything it stored,
//! in the spelling the new code reads; a write that loses a race is told apart from a failure.

use amana_server::infra::config::DatabaseUrl;
use amana_server::storage::{Backend, Storage};
use amana_tests::{backend, TestDatabase};
use sqlx::any::AnyPoolOptions;
use sqlx::migrate::Migrator;

/// A database migrated up to and including `version`, with the migration files of this run's backend.
async fn database_at_version(version: i64) -> (tempfile::TempDir, TestDatabase) {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDatabase::create(dir.path()).await;
    let folder = match backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../server/migrations").join(folder);
    let older = dir.path().join("older-migrations");
    std::fs::create_dir(&older).unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let number: i64 = name.split('_').next().unwrap().parse().unwrap();
        if number <= version {
            std::fs::copy(&path, older.join(&name)).unwrap();
        }
    }
    sqlx::any::install_default_drivers();
    let url =
        if database.url.starts_with("sqlite:") { format!("{}?mode=rwc", database.url) } else { database.url.clone() };
    let pool = AnyPoolOptions::new().max_connections(1).connect(&url).await.unwrap();
    Migrator::new(older.as_path()).await.unwrap().run(&pool).await.unwrap();
    pool.close().await;
    (dir, database)
}

#[tokio::test]
async fn the_person_stored_as_self_by_older_versions_reads_as_person_after_the_upgrade() {
    let (_dir, database) = database_at_version(10).await;
    let pool = AnyPoolOptions::new().max_connections(1).connect(&database.url).await.unwrap();
    for sql in [
        "INSERT INTO purposes (id, key, legal_basis, retention_code, retention_days, consent_required) \
         VALUES (1, 'research', 'consent', 'r', 30, 1)",
        "INSERT INTO people (id, case_reference, date_of_birth, created_at) VALUES (1, 'OLD-0001', '1990-01-01', 0)",
        "INSERT INTO consent_events (person_id, purpose_id, action, text_version, actor_kind, actor_id, at) \
         VALUES (1, 1, 'given', 1, 'self', 1, 0)",
        "INSERT INTO requests (id, reference, person_id, kind, status, locale, received_at, due_at, submitted_by_kind, \
         submitted_by_id, created_at, updated_at) VALUES (1, 'R-OLD', 1, 'access', 'submitted', 'en', 0, 1, 'self', 1, 0, 0)",
        "INSERT INTO requests (id, reference, person_id, kind, status, locale, received_at, due_at, submitted_by_kind, \
         created_at, updated_at) VALUES (2, 'R-ANON', NULL, 'complaint', 'submitted', 'en', 0, 1, 'anonymous', 0, 0)",
        "INSERT INTO request_events (request_id, at, event, actor_kind, actor_id) VALUES (1, 0, 'submitted', 'self', 1)",
        "INSERT INTO request_messages (request_id, at, author_kind, author_id) VALUES (1, 0, 'self', 1)",
        "INSERT INTO attachments (request_id, storage_name, content_type, size_bytes, uploaded_by_kind, uploaded_by_id, \
         uploaded_at) VALUES (1, 'f', 'application/pdf', 1, 'self', 1, 0)",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    pool.close().await;

    let storage = Storage::connect(&DatabaseUrl::parse(&database.url).unwrap()).await.expect("the upgrade runs");
    storage.close().await;
    let pool = AnyPoolOptions::new().max_connections(1).connect(&database.url).await.unwrap();
    let one = |sql: &'static str| {
        let pool = pool.clone();
        async move { sqlx::query_as::<_, (String,)>(sql).fetch_all(&pool).await.unwrap_or_else(|e| panic!("{sql}: {e}")) }
    };
    let kinds = |rows: Vec<(String,)>| rows.into_iter().map(|(k,)| k).collect::<Vec<_>>();
    assert_eq!(kinds(one("SELECT submitted_by_kind FROM requests ORDER BY id").await), ["person", "anonymous"]);
    assert_eq!(kinds(one("SELECT actor_kind FROM consent_events").await), ["person"]);
    assert_eq!(kinds(one("SELECT actor_kind FROM request_events").await), ["person"]);
    assert_eq!(kinds(one("SELECT author_kind FROM request_messages").await), ["person"]);
    assert_eq!(kinds(one("SELECT uploaded_by_kind FROM attachments").await), ["person"]);
    // The old spelling can no longer be written; the new one can.
    let old = "INSERT INTO consent_events (person_id, purpose_id, action, text_version, actor_kind, actor_id, at) \
               VALUES (1, 1, 'withdrawn', 1, 'self', 1, 1)";
    assert!(sqlx::query(old).execute(&pool).await.is_err(), "'self' is refused by the schema");
    sqlx::query(&old.replace("'self'", "'person'")).execute(&pool).await.expect("'person' is accepted");
    pool.close().await;
}

/// Two writes racing for the same unique value: the loser's error is a conflict (which people read as "someone
/// else changed this at the same moment, try again"), not an unexpected failure (a 500).
#[tokio::test]
async fn a_write_that_loses_a_race_for_a_unique_value_is_a_conflict_not_an_unexpected_error() {
    use amana_app::errors::{ErrorCode, PortalError};
    use amana_server::storage::StorageError;

    let app = amana_tests::spawn_app().await;
    let mut tx = app.storage.begin_write().await.unwrap();
    // The demo data has the DPO team; a second team with its key is what a concurrent insert would meet.
    let error = sqlx::query("INSERT INTO teams (key, is_default) VALUES ('dpo', 0)")
        .execute(tx.conn())
        .await
        .expect_err("the key is taken");
    let error = StorageError::from_sqlx(error, "adding a team");
    assert!(matches!(error, StorageError::Conflict("adding a team")), "{error:?}");
    let answer = PortalError::from(error);
    assert_eq!(answer.code(), ErrorCode::Gen409);
    assert_eq!(answer.status().as_u16(), 409);

    // A row that is not there is "not found"; anything else stays unexpected. (One writer at a time on SQLite:
    // the first transaction ends before the next begins.)
    drop(tx);
    let mut tx = app.storage.begin_write().await.unwrap();
    let missing =
        sqlx::query("SELECT id FROM teams WHERE key = 'no-such-team'").fetch_one(tx.conn()).await.err().unwrap();
    assert!(matches!(StorageError::from_sqlx(missing, "finding a team"), StorageError::NotFound(_)));
    let broken = sqlx::query("SELECT no_such_column FROM teams").fetch_one(tx.conn()).await.err().unwrap();
    assert!(matches!(StorageError::from_sqlx(broken, "reading teams"), StorageError::Unexpected(_)));
}
