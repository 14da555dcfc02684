//! Inserts that set up a database: the purpose register, teams, staff, organisations and helpers (the demo and
//! the tests), and a new person with their key (the intake of `services::source_api`, which also writes fields).

use super::error::Context;
use amana_app::staff::Role;

use super::{Storage, WriteTx};

pub struct NewPurpose<'a> {
    pub key: &'a str,
    pub legal_basis: &'a str,
    pub retention_code: &'a str,
    pub retention_days: i64,
    pub recipients: &'a [&'a str],
    pub consent_required: bool,
}

async fn returning_id<'q>(
    tx: &mut WriteTx,
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
) -> super::Result<i64> {
    use sqlx::Row;
    let row = query.fetch_one(tx.conn()).await?;
    Ok(row.try_get::<i64, _>(0)?)
}

impl Storage {
    /// Whether no person has been loaded yet (demo data is only seeded into an empty database).
    pub async fn has_people(&self) -> super::Result<bool> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM people LIMIT 1")
            .fetch_optional(&self.pool)
            .await
            .context("checking for people")?;
        Ok(row.is_some())
    }
}

pub async fn insert_purpose(tx: &mut WriteTx, p: &NewPurpose<'_>) -> super::Result<i64> {
    let recipients = serde_json::to_string(p.recipients)?;
    returning_id(
        tx,
        sqlx::query(
            "INSERT INTO purposes (key, legal_basis, retention_code, retention_days, recipients, consent_required) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(p.key)
        .bind(p.legal_basis)
        .bind(p.retention_code)
        .bind(p.retention_days)
        .bind(recipients)
        .bind(i64::from(p.consent_required)),
    )
    .await
    .context("inserting a purpose")
}

/// Sets a person's encrypted contact details (after their key exists).
pub async fn set_contact(
    tx: &mut WriteTx,
    person: i64,
    email_enc: Option<Vec<u8>>,
    phone_enc: Option<Vec<u8>>,
    contact_channel: Option<&str>,
) -> super::Result<()> {
    sqlx::query("UPDATE people SET email_enc = $1, phone_enc = $2, contact_channel = $3 WHERE id = $4")
        .bind(email_enc)
        .bind(phone_enc)
        .bind(contact_channel)
        .bind(person)
        .execute(tx.conn())
        .await
        .context("storing contact details")?;
    Ok(())
}

pub async fn insert_team(tx: &mut WriteTx, key: &str, is_default: bool) -> super::Result<i64> {
    returning_id(
        tx,
        sqlx::query("INSERT INTO teams (key, is_default) VALUES ($1, $2) RETURNING id")
            .bind(key)
            .bind(i64::from(is_default)),
    )
    .await
    .context("inserting a team")
}

/// Adds a staff account; returns its id.
pub async fn insert_staff(
    tx: &mut WriteTx,
    email: &str,
    display_name: &str,
    role: Role,
    office: &str,
    password_hash: &str,
    now: i64,
) -> super::Result<i64> {
    returning_id(
        tx,
        sqlx::query(
            "INSERT INTO staff (email, display_name, role, office, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(email)
        .bind(display_name)
        .bind(role.key())
        .bind(office)
        .bind(password_hash)
        .bind(now),
    )
    .await
    .context("inserting a staff member")
}

pub async fn add_to_team(tx: &mut WriteTx, staff: i64, team: i64) -> super::Result<()> {
    sqlx::query("INSERT INTO staff_teams (staff_id, team_id) VALUES ($1, $2)")
        .bind(staff)
        .bind(team)
        .execute(tx.conn())
        .await
        .context("adding a staff member to a team")?;
    Ok(())
}

pub async fn insert_routing_rule(
    tx: &mut WriteTx,
    position: i64,
    request_kind: Option<&str>,
    category: Option<&str>,
    team: i64,
) -> super::Result<()> {
    sqlx::query("INSERT INTO routing_rules (position, request_kind, category, team_id) VALUES ($1, $2, $3, $4)")
        .bind(position)
        .bind(request_kind)
        .bind(category)
        .bind(team)
        .execute(tx.conn())
        .await
        .context("inserting a routing rule")?;
    Ok(())
}

pub async fn insert_organisation(
    tx: &mut WriteTx,
    name: &str,
    kind: &str,
    contact: &str,
    now: i64,
) -> super::Result<i64> {
    returning_id(
        tx,
        sqlx::query("INSERT INTO organisations (name, kind, contact, created_at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(name)
            .bind(kind)
            .bind(contact)
            .bind(now),
    )
    .await
    .context("inserting an organisation")
}

pub async fn insert_helper(
    tx: &mut WriteTx,
    organisation: i64,
    email: &str,
    display_name: &str,
    password_hash: &str,
    now: i64,
) -> super::Result<i64> {
    returning_id(
        tx,
        sqlx::query(
            "INSERT INTO helpers (organisation_id, email, display_name, password_hash, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(organisation)
        .bind(email)
        .bind(display_name)
        .bind(password_hash)
        .bind(now),
    )
    .await
    .context("inserting a helper")
}
