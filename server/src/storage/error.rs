//! What can go wrong in the storage layer, typed so a caller can answer each properly: a row that is not there,
//! a write that lost a race with another (a unique constraint met, a serialisation failure), or anything else.
//! Every storage function returns [`Result`]; `.context("…")` on a sqlx result says what was being done and
//! sorts the error into one of the three.

/// A storage error.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The row asked for does not exist.
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// Another write got there first (a unique value taken, a concurrent transaction): nothing was written, and
    /// trying again may work.
    #[error("conflict while {0}")]
    Conflict(&'static str),
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

pub type Result<T, E = StorageError> = std::result::Result<T, E>;

impl StorageError {
    /// Sorts a database error met while doing `what`.
    pub fn from_sqlx(error: sqlx::Error, what: &'static str) -> StorageError {
        match &error {
            sqlx::Error::RowNotFound => StorageError::NotFound(what),
            sqlx::Error::Database(db) if lost_a_race(db.as_ref()) => StorageError::Conflict(what),
            _ => StorageError::Unexpected(anyhow::Error::new(error).context(what)),
        }
    }
}

/// Whether the database refused a write because another one got there first: a unique value already taken, or
/// (PostgreSQL) a serialisation failure or deadlock, or (SQLite) the database busy past its timeout.
fn lost_a_race(error: &dyn sqlx::error::DatabaseError) -> bool {
    if error.kind() == sqlx::error::ErrorKind::UniqueViolation {
        return true;
    }
    match error.code().as_deref() {
        // PostgreSQL: unique_violation, serialization_failure, deadlock_detected.
        Some("23505" | "40001" | "40P01") => true,
        // SQLite: SQLITE_BUSY, SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY.
        Some("5" | "2067" | "1555") => true,
        _ => false,
    }
}

impl From<sqlx::Error> for StorageError {
    fn from(error: sqlx::Error) -> StorageError {
        StorageError::from_sqlx(error, "using the database")
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(error: serde_json::Error) -> StorageError {
        StorageError::Unexpected(error.into())
    }
}

/// `.context("what was being done")` on a database result: the error sorted into a [`StorageError`].
pub trait Context<T> {
    fn context(self, what: &'static str) -> Result<T>;
}

impl<T> Context<T> for std::result::Result<T, sqlx::Error> {
    fn context(self, what: &'static str) -> Result<T> {
        self.map_err(|error| StorageError::from_sqlx(error, what))
    }
}

impl<T> Context<T> for std::result::Result<T, anyhow::Error> {
    fn context(self, what: &'static str) -> Result<T> {
        self.map_err(|error| StorageError::Unexpected(error.context(what)))
    }
}

impl<T> Context<T> for Result<T> {
    fn context(self, what: &'static str) -> Result<T> {
        self.map_err(|error| match error {
            StorageError::NotFound(_) => StorageError::NotFound(what),
            StorageError::Conflict(_) => StorageError::Conflict(what),
            StorageError::Unexpected(error) => StorageError::Unexpected(error.context(what)),
        })
    }
}

impl<T> Context<T> for Option<T> {
    fn context(self, what: &'static str) -> Result<T> {
        self.ok_or(StorageError::NotFound(what))
    }
}

/// What a person or staff member is told: a missing row is "not found", a lost race "someone else changed this,
/// try again", anything else an unexpected error (logged, never shown).
impl From<StorageError> for amana_app::errors::PortalError {
    fn from(error: StorageError) -> Self {
        use amana_app::errors::PortalError;
        match error {
            StorageError::NotFound(_) => PortalError::NotFound,
            StorageError::Conflict(what) => {
                tracing::info!(what, "a write lost a race with another");
                PortalError::Conflict
            }
            StorageError::Unexpected(error) => PortalError::Unexpected(error),
        }
    }
}
