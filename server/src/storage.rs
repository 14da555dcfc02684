//! The storage layer: the only place with SQL. One sqlx `Any` pool over SQLite or PostgreSQL, picked by the URL;
//! where the dialects differ, the difference sits in one function that matches on [`Backend`].

pub(crate) mod admin;
pub(crate) mod audit;
pub(crate) mod breaches;
pub(crate) mod casework;
pub(crate) mod consent;
pub mod error;
pub(crate) mod limits;
pub(crate) mod mandates;
pub(crate) mod outbox;
pub(crate) mod people;
pub(crate) mod recipients;
pub(crate) mod requests;
pub(crate) mod seed;
pub(crate) mod sessions;
pub(crate) mod sign_in;
pub mod staff;
pub mod systems;
pub(crate) mod transparency;

use std::str::FromStr;
use std::sync::Arc;

use amana_app::rights::RequestStatus;
use anyhow::Context;
use secrecy::ExposeSecret;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyConnection, AnyPool, Executor, Transaction};

pub use error::{Result, StorageError};

/// A column holding a JSON array of keys (categories, reason codes, recipients), read as a list; empty when the
/// text is not one.
pub fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// A 0/1 column read as yes or no where its row is decoded (`#[sqlx(try_from = "i64")]`), so no caller compares
/// numbers by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl From<i64> for Flag {
    fn from(value: i64) -> Flag {
        Flag(value != 0)
    }
}

/// A 0/1 column that may be empty (a routing rule's "sensitive", unset for "either").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OptionalFlag(pub Option<bool>);

impl From<Option<i64>> for OptionalFlag {
    fn from(value: Option<i64>) -> OptionalFlag {
        OptionalFlag(value.map(|v| v != 0))
    }
}

use crate::infra::config::DatabaseUrl;

use tokio::sync::{Mutex, OwnedMutexGuard};

pub use audit::{AuditQuery, AuditRow, NewAuditEvent};
pub use outbox::OutboxRow;
pub use people::{FieldRow, PersonRow};
pub use seed::NewPurpose;
pub use sessions::SqlSessionStore;
pub use sign_in::ChallengeRow;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A handle on the database. Cheap to clone.
#[derive(Clone)]
pub struct Storage {
    pool: AnyPool,
    backend: Backend,
    /// SQLite allows one writer at a time; taking this lock before a write transaction turns "database is
    /// locked" races into an orderly queue. PostgreSQL uses row and advisory locks instead.
    sqlite_writer: Arc<Mutex<()>>,
    /// The master key, handed to every write transaction so an audit event can be chained (HMAC sub-key) and an
    /// outbox payload sealed wherever a change is made.
    keys: Option<crate::infra::crypto::MasterKey>,
}

/// A write transaction. Everything that must happen together (a change, its audit event, its outbox row)
/// goes through one of these and commits once.
pub struct WriteTx {
    tx: Transaction<'static, sqlx::Any>,
    backend: Backend,
    keys: Option<crate::infra::crypto::MasterKey>,
    _writer: Option<OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub fn conn(&mut self) -> &mut AnyConnection {
        &mut self.tx
    }
    pub fn backend(&self) -> Backend {
        self.backend
    }
    /// The master key; none on a storage opened without one (it can neither append audit events nor queue).
    pub fn keys(&self) -> Result<&crate::infra::crypto::MasterKey> {
        let keys = self.keys.as_ref();
        Ok(keys.context("this storage has no keys: it cannot append audit events or queue messages")?)
    }
    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await.map_err(|e| StorageError::from_sqlx(e, "committing a transaction"))
    }
}

impl Storage {
    /// Connects and brings the schema up to date.
    pub async fn connect(url: &DatabaseUrl) -> anyhow::Result<Storage> {
        sqlx::any::install_default_drivers();
        let (backend, text, max_connections) = match url {
            DatabaseUrl::Sqlite(text) => {
                let text = if text.contains('?') { text.clone() } else { format!("{text}?mode=rwc") };
                (Backend::Sqlite, text, 4)
            }
            DatabaseUrl::Postgres(secret) => (Backend::Postgres, secret.expose_secret().to_owned(), 10),
        };
        let options = AnyConnectOptions::from_str(&text).context("parsing the database URL")?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            // While the database is down, a request fails after a few seconds instead of waiting half a minute.
            .acquire_timeout(std::time::Duration::from_secs(5))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .context("connecting to the database")?;
        if backend == Backend::Sqlite {
            pool.execute("PRAGMA journal_mode = WAL;").await.context("switching SQLite to WAL")?;
        }
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&pool).await.context("running database migrations")?;
        Ok(Storage { pool, backend, sqlite_writer: Arc::new(Mutex::new(())), keys: None })
    }

    /// The same storage, chaining audit events and sealing outbox payloads with sub-keys of `key`.
    pub fn with_keys(mut self, key: crate::infra::crypto::MasterKey) -> Storage {
        self.keys = Some(key);
        self
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a write transaction (queued behind other writers on SQLite).
    pub async fn begin_write(&self) -> Result<WriteTx> {
        let writer = match self.backend {
            Backend::Sqlite => Some(self.sqlite_writer.clone().lock_owned().await),
            Backend::Postgres => None,
        };
        let tx = self.pool.begin().await.map_err(|e| StorageError::from_sqlx(e, "starting a transaction"))?;
        Ok(WriteTx { tx, backend: self.backend, keys: self.keys.clone(), _writer: writer })
    }

    /// Whether the database answers within a second (for `/healthz`: a balancer's check gets "unavailable" at
    /// once instead of waiting on a database that is down).
    pub async fn ping(&self) -> bool {
        let query = sqlx::query("SELECT 1").execute(&self.pool);
        matches!(tokio::time::timeout(std::time::Duration::from_secs(1), query).await, Ok(Ok(_)))
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The SQL condition that `column` holds an open status ([`RequestStatus::OPEN`], the one list).
pub(crate) fn status_is_open(column: &str) -> String {
    let keys: Vec<String> = RequestStatus::OPEN.iter().map(|s| format!("'{}'", s.key())).collect();
    format!("{column} IN ({})", keys.join(", "))
}
