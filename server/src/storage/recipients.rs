//! The register of recipients' SQL.

use super::error::Context;
use super::{Storage, WriteTx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RecipientRow {
    pub key: String,
    pub name: String,
    pub kind: String,
    pub country: String,
    #[sqlx(try_from = "i64")]
    pub origin_authority: super::Flag,
    pub purpose: String,
    pub legal_basis: String,
    pub categories: String,
    pub retention_days: i64,
    pub breach_notice_hours: i64,
    pub ends_on: String,
}

/// A recipient as it is first stored.
pub struct InsertRecipient<'a> {
    pub key: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub country: &'a str,
    pub origin_authority: bool,
    pub purpose: &'a str,
    pub legal_basis: &'a str,
    pub categories: String,
    pub retention_days: i64,
    pub breach_notice_hours: i64,
    pub ends_on: &'a str,
    pub created_by: i64,
    pub created_at: i64,
}

impl Storage {
    /// Every recipient, by name.
    pub async fn recipients(&self) -> super::Result<Vec<RecipientRow>> {
        sqlx::query_as::<_, RecipientRow>(
            "SELECT key, name, kind, country, origin_authority, purpose, legal_basis, categories, retention_days, \
             breach_notice_hours, ends_on FROM recipients ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing recipients")
    }
}

/// Stores a recipient; false if its key is taken.
pub async fn insert_recipient(tx: &mut WriteTx, recipient: InsertRecipient<'_>) -> super::Result<bool> {
    let taken: Option<(i64,)> = sqlx::query_as("SELECT id FROM recipients WHERE key = $1")
        .bind(recipient.key)
        .fetch_optional(tx.conn())
        .await
        .context("checking a recipient's key")?;
    if taken.is_some() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO recipients (key, name, kind, country, origin_authority, purpose, legal_basis, categories, \
         retention_days, breach_notice_hours, ends_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(recipient.key)
    .bind(recipient.name)
    .bind(recipient.kind)
    .bind(recipient.country)
    .bind(i64::from(recipient.origin_authority))
    .bind(recipient.purpose)
    .bind(recipient.legal_basis)
    .bind(recipient.categories)
    .bind(recipient.retention_days)
    .bind(recipient.breach_notice_hours)
    .bind(recipient.ends_on)
    .bind(recipient.created_by)
    .bind(recipient.created_at)
    .execute(tx.conn())
    .await
    .context("registering a recipient")?;
    Ok(true)
}
