//! The breach register's SQL: breaches, what was told to the authority later, and the people each concerns.

use amana_app::breaches::{BreachNature, BreachRisk};

use super::error::Context;
use super::{Storage, WriteTx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BreachRow {
    pub id: i64,
    pub reference: String,
    pub discovered_at: i64,
    pub aware_at: i64,
    #[sqlx(try_from = "String")]
    pub nature: BreachNature,
    pub description: String,
    pub categories: String,
    pub approx_people: i64,
    pub approx_records: i64,
    pub consequences: String,
    pub measures: String,
    pub advice: String,
    #[sqlx(try_from = "String")]
    pub risk: BreachRisk,
    pub risk_reasoning: String,
    pub processor_reported_at: Option<i64>,
    pub authority_notified_at: Option<i64>,
    pub authority_reference: Option<String>,
    pub delay_reason: Option<String>,
    /// People concerned, and those of them sent the notice.
    pub people: i64,
    pub notified: i64,
}

/// A breach as it is first stored (lists as JSON).
pub struct InsertBreach<'a> {
    pub reference: &'a str,
    pub discovered_at: i64,
    pub aware_at: i64,
    pub nature: BreachNature,
    pub description: &'a str,
    pub categories: String,
    pub approx_people: i64,
    pub approx_records: i64,
    pub consequences: String,
    pub measures: String,
    pub advice: String,
    pub risk: BreachRisk,
    pub risk_reasoning: &'a str,
    pub processor_reported_at: Option<i64>,
    pub recorded_by: i64,
    pub recorded_at: i64,
}

/// A notice as a person's page shows it: the breach's closed lists and when it was sent.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NoticeRow {
    #[sqlx(try_from = "String")]
    pub nature: BreachNature,
    pub aware_at: i64,
    pub notified_at: i64,
    pub categories: String,
    pub consequences: String,
    pub measures: String,
    pub advice: String,
}

const BREACH_COLUMNS: &str = "b.id, b.reference, b.discovered_at, b.aware_at, b.nature, b.description, b.categories, \
     b.approx_people, b.approx_records, b.consequences, b.measures, b.advice, b.risk, b.risk_reasoning, \
     b.processor_reported_at, b.authority_notified_at, b.authority_reference, b.delay_reason, \
     (SELECT COUNT(*) FROM breach_people p WHERE p.breach_id = b.id) AS people, \
     (SELECT COUNT(*) FROM breach_people p WHERE p.breach_id = b.id AND p.notified_at IS NOT NULL) AS notified";

impl Storage {
    /// Every breach, those the authority has not been told of first, then the newest.
    pub async fn breaches(&self) -> super::Result<Vec<BreachRow>> {
        sqlx::query_as::<_, BreachRow>(&format!(
            "SELECT {BREACH_COLUMNS} FROM breaches b \
             ORDER BY CASE WHEN b.authority_notified_at IS NULL THEN 0 ELSE 1 END, b.aware_at DESC, b.id DESC"
        ))
        .fetch_all(&self.pool)
        .await
        .context("listing breaches")
    }

    pub async fn breach(&self, reference: &str) -> super::Result<Option<BreachRow>> {
        sqlx::query_as::<_, BreachRow>(&format!("SELECT {BREACH_COLUMNS} FROM breaches b WHERE b.reference = $1"))
            .bind(reference)
            .fetch_optional(&self.pool)
            .await
            .context("reading a breach")
    }

    /// What was told to the authority after the first notification, oldest first.
    pub async fn breach_updates(&self, breach: i64) -> super::Result<Vec<(i64, String)>> {
        sqlx::query_as("SELECT at, text FROM breach_updates WHERE breach_id = $1 ORDER BY at, id")
            .bind(breach)
            .fetch_all(&self.pool)
            .await
            .context("reading a breach's updates")
    }

    /// The people concerned by a breach: case reference and when each was sent the notice, by reference.
    pub async fn breach_people(&self, breach: i64) -> super::Result<Vec<(String, Option<i64>)>> {
        sqlx::query_as(
            "SELECT p.case_reference, b.notified_at FROM breach_people b JOIN people p ON p.id = b.person_id \
             WHERE b.breach_id = $1 ORDER BY p.case_reference",
        )
        .bind(breach)
        .fetch_all(&self.pool)
        .await
        .context("listing a breach's people")
    }

    /// The people concerned by a breach who have not been sent its notice yet.
    pub async fn breach_people_not_notified(&self, breach: i64) -> super::Result<Vec<i64>> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT person_id FROM breach_people WHERE breach_id = $1 AND notified_at IS NULL ORDER BY person_id",
        )
        .bind(breach)
        .fetch_all(&self.pool)
        .await
        .context("listing people to notify of a breach")?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// The notices a person has been sent, newest first.
    pub async fn breach_notices(&self, person: i64) -> super::Result<Vec<NoticeRow>> {
        sqlx::query_as::<_, NoticeRow>(
            "SELECT b.nature, b.aware_at, p.notified_at, b.categories, b.consequences, b.measures, b.advice \
             FROM breach_people p JOIN breaches b ON b.id = p.breach_id \
             WHERE p.person_id = $1 AND p.notified_at IS NOT NULL ORDER BY p.notified_at DESC, b.id DESC",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("reading a person's breach notices")
    }
}

pub async fn insert_breach(tx: &mut WriteTx, breach: InsertBreach<'_>) -> super::Result<i64> {
    let row: (i64,) = sqlx::query_as(
        "INSERT INTO breaches (reference, discovered_at, aware_at, nature, description, categories, approx_people, \
         approx_records, consequences, measures, advice, risk, risk_reasoning, processor_reported_at, recorded_by, \
         recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
    )
    .bind(breach.reference)
    .bind(breach.discovered_at)
    .bind(breach.aware_at)
    .bind(breach.nature.key())
    .bind(breach.description)
    .bind(breach.categories)
    .bind(breach.approx_people)
    .bind(breach.approx_records)
    .bind(breach.consequences)
    .bind(breach.measures)
    .bind(breach.advice)
    .bind(breach.risk.key())
    .bind(breach.risk_reasoning)
    .bind(breach.processor_reported_at)
    .bind(breach.recorded_by)
    .bind(breach.recorded_at)
    .fetch_one(tx.conn())
    .await
    .context("recording a breach")?;
    Ok(row.0)
}

/// Records that the authority was told; false if it already was (the first notification is never overwritten).
pub async fn set_authority_notified(
    tx: &mut WriteTx,
    breach: i64,
    at: i64,
    reference: &str,
    delay_reason: Option<&str>,
) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE breaches SET authority_notified_at = $2, authority_reference = $3, delay_reason = $4 \
         WHERE id = $1 AND authority_notified_at IS NULL",
    )
    .bind(breach)
    .bind(at)
    .bind(reference)
    .bind(delay_reason)
    .execute(tx.conn())
    .await
    .context("recording the authority's notification")?;
    Ok(done.rows_affected() == 1)
}

pub async fn insert_breach_update(tx: &mut WriteTx, breach: i64, at: i64, staff: i64, text: &str) -> super::Result<()> {
    sqlx::query("INSERT INTO breach_updates (breach_id, at, staff_id, text) VALUES ($1, $2, $3, $4)")
        .bind(breach)
        .bind(at)
        .bind(staff)
        .bind(text)
        .execute(tx.conn())
        .await
        .context("adding to a breach")?;
    Ok(())
}

/// Adds a person to those a breach concerns; false if they were already.
pub async fn insert_breach_person(tx: &mut WriteTx, breach: i64, person: i64, at: i64) -> super::Result<bool> {
    let exists: Option<(i64,)> =
        sqlx::query_as("SELECT person_id FROM breach_people WHERE breach_id = $1 AND person_id = $2")
            .bind(breach)
            .bind(person)
            .fetch_optional(tx.conn())
            .await
            .context("checking a breach's people")?;
    if exists.is_some() {
        return Ok(false);
    }
    sqlx::query("INSERT INTO breach_people (breach_id, person_id, added_at) VALUES ($1, $2, $3)")
        .bind(breach)
        .bind(person)
        .bind(at)
        .execute(tx.conn())
        .await
        .context("adding a person to a breach")?;
    Ok(true)
}

/// Marks one person's notice sent; false if another pass sent it first.
pub async fn mark_breach_notified(tx: &mut WriteTx, breach: i64, person: i64, at: i64) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE breach_people SET notified_at = $3 WHERE breach_id = $1 AND person_id = $2 AND notified_at IS NULL",
    )
    .bind(breach)
    .bind(person)
    .bind(at)
    .execute(tx.conn())
    .await
    .context("marking a breach notice sent")?;
    Ok(done.rows_affected() == 1)
}
