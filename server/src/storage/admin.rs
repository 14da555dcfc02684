//! What administrators change: staff accounts and their teams, teams, routing rules and message templates.

use super::error::Context;
use amana_app::rights::RequestKind;
use amana_app::staff::Role;
use amana_app::vocabulary::Stored;
use sqlx::Row;

use super::{Storage, WriteTx};

#[derive(Debug, sqlx::FromRow)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub office: String,
    #[sqlx(try_from = "i64")]
    pub active: super::Flag,
    pub totp_enrolled_at: Option<i64>,
    pub locked_until: Option<i64>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct TeamRow {
    pub id: i64,
    pub key: String,
    pub name: Option<String>,
    #[sqlx(try_from = "i64")]
    pub is_default: super::Flag,
}

#[derive(Debug, sqlx::FromRow)]
pub struct RuleRow {
    pub id: i64,
    pub position: i64,
    #[sqlx(try_from = "Option<String>")]
    pub request_kind: Stored<RequestKind>,
    pub category: Option<String>,
    pub locale: Option<String>,
    #[sqlx(try_from = "Option<i64>")]
    pub sensitive: super::OptionalFlag,
    pub team_id: i64,
}

impl Storage {
    pub async fn accounts(&self) -> super::Result<Vec<AccountRow>> {
        sqlx::query_as::<_, AccountRow>(
            "SELECT id, email, display_name, role, office, active, totp_enrolled_at, locked_until FROM staff ORDER BY display_name, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing staff accounts")
    }

    /// Every (staff, team) membership.
    pub async fn memberships(&self) -> super::Result<Vec<(i64, i64)>> {
        let rows = sqlx::query("SELECT staff_id, team_id FROM staff_teams ORDER BY staff_id, team_id")
            .fetch_all(&self.pool)
            .await
            .context("listing team memberships")?;
        rows.iter().map(|r| Ok((r.try_get::<i64, _>(0)?, r.try_get::<i64, _>(1)?))).collect()
    }

    pub async fn teams(&self) -> super::Result<Vec<TeamRow>> {
        sqlx::query_as::<_, TeamRow>("SELECT id, key, name, is_default FROM teams ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .context("listing teams")
    }

    pub async fn rules(&self) -> super::Result<Vec<RuleRow>> {
        sqlx::query_as::<_, RuleRow>(
            "SELECT id, position, request_kind, category, locale, sensitive, team_id FROM routing_rules ORDER BY position, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing routing rules")
    }

    /// Every template text: key, locale, body.
    pub async fn template_texts(&self) -> super::Result<Vec<(String, String, String)>> {
        let rows = sqlx::query("SELECT key, locale, body FROM message_templates ORDER BY key, locale")
            .fetch_all(&self.pool)
            .await
            .context("listing template texts")?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }
}

pub async fn set_teams(tx: &mut WriteTx, staff: i64, teams: &[i64]) -> super::Result<()> {
    sqlx::query("DELETE FROM staff_teams WHERE staff_id = $1")
        .bind(staff)
        .execute(tx.conn())
        .await
        .context("clearing team memberships")?;
    for team in teams {
        super::seed::add_to_team(tx, staff, *team).await?;
    }
    Ok(())
}

pub async fn team_key_taken(tx: &mut WriteTx, key: &str) -> super::Result<bool> {
    let row = sqlx::query("SELECT id FROM teams WHERE key = $1")
        .bind(key)
        .fetch_optional(tx.conn())
        .await
        .context("checking a team key")?;
    Ok(row.is_some())
}

pub async fn insert_team(tx: &mut WriteTx, key: &str, name: &str) -> super::Result<i64> {
    let row = sqlx::query("INSERT INTO teams (key, name, is_default) VALUES ($1, $2, 0) RETURNING id")
        .bind(key)
        .bind(name)
        .fetch_one(tx.conn())
        .await
        .context("adding a team")?;
    Ok(row.try_get::<i64, _>(0)?)
}

/// Appends a rule after the last one.
pub async fn append_rule(
    tx: &mut WriteTx,
    kind: Option<&str>,
    category: Option<&str>,
    locale: Option<&str>,
    sensitive: Option<bool>,
    team: i64,
) -> super::Result<i64> {
    let row = sqlx::query(
        "INSERT INTO routing_rules (position, request_kind, category, locale, sensitive, team_id) \
         VALUES ((SELECT COALESCE(MAX(position), 0) + 1 FROM routing_rules), $1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(kind)
    .bind(category)
    .bind(locale)
    .bind(sensitive.map(i64::from))
    .bind(team)
    .fetch_one(tx.conn())
    .await
    .context("adding a routing rule")?;
    Ok(row.try_get::<i64, _>(0)?)
}

pub async fn delete_rule(tx: &mut WriteTx, rule: i64) -> super::Result<bool> {
    let done = sqlx::query("DELETE FROM routing_rules WHERE id = $1")
        .bind(rule)
        .execute(tx.conn())
        .await
        .context("deleting a rule")?;
    Ok(done.rows_affected() == 1)
}

/// Stores the rules' order: `ids` from first to last.
pub async fn reorder_rules(tx: &mut WriteTx, ids: &[i64]) -> super::Result<()> {
    for (index, id) in ids.iter().enumerate() {
        sqlx::query("UPDATE routing_rules SET position = $2 WHERE id = $1")
            .bind(*id)
            .bind(i64::try_from(index).unwrap_or(i64::MAX) + 1)
            .execute(tx.conn())
            .await
            .context("reordering rules")?;
    }
    Ok(())
}

/// Sets a template's text in one locale (added or replaced).
pub async fn upsert_template(tx: &mut WriteTx, key: &str, locale: &str, body: &str, now: i64) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO message_templates (key, locale, body, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (key, locale) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
    )
    .bind(key)
    .bind(locale)
    .bind(body)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("saving a template text")?;
    Ok(())
}

#[derive(Debug, sqlx::FromRow)]
pub struct PurposeRow {
    pub id: i64,
    pub key: String,
    pub legal_basis: String,
    pub retention_days: i64,
    pub recipients: String,
    #[sqlx(try_from = "i64")]
    pub consent_required: super::Flag,
    pub consent_text_version: i64,
}

impl Storage {
    pub async fn purposes(&self) -> super::Result<Vec<PurposeRow>> {
        sqlx::query_as::<_, PurposeRow>(
            "SELECT id, key, legal_basis, retention_days, recipients, consent_required, consent_text_version \
             FROM purposes WHERE active = 1 ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing purposes")
    }

    /// Every purpose text: purpose id, locale, name, explanation.
    pub async fn purpose_texts(&self) -> super::Result<Vec<(i64, String, String, String)>> {
        let rows =
            sqlx::query("SELECT purpose_id, locale, name, explanation FROM purpose_texts ORDER BY purpose_id, locale")
                .fetch_all(&self.pool)
                .await
                .context("listing purpose texts")?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?))).collect()
    }

    /// The name and explanation of every purpose in one locale: key → (name, explanation).
    pub async fn purpose_texts_in(&self, locale: &str) -> super::Result<Vec<(String, String, String)>> {
        let rows = sqlx::query(
            "SELECT p.key, t.name, t.explanation FROM purpose_texts t JOIN purposes p ON p.id = t.purpose_id WHERE t.locale = $1",
        )
        .bind(locale)
        .fetch_all(&self.pool)
        .await
        .context("loading purpose texts")?;
        rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
    }
}

/// Adds a purpose text unless one exists (administrators' edits win over the catalogue).
pub async fn insert_purpose_text_if_missing(
    tx: &mut WriteTx,
    purpose: i64,
    locale: &str,
    name: &str,
    explanation: &str,
    now: i64,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO purpose_texts (purpose_id, locale, name, explanation, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (purpose_id, locale) DO NOTHING",
    )
    .bind(purpose)
    .bind(locale)
    .bind(name)
    .bind(explanation)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("adding a purpose text")?;
    Ok(())
}

pub async fn upsert_purpose_text(
    tx: &mut WriteTx,
    purpose: i64,
    locale: &str,
    name: &str,
    explanation: &str,
    now: i64,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO purpose_texts (purpose_id, locale, name, explanation, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (purpose_id, locale) DO UPDATE SET name = excluded.name, explanation = excluded.explanation, \
         updated_at = excluded.updated_at",
    )
    .bind(purpose)
    .bind(locale)
    .bind(name)
    .bind(explanation)
    .bind(now)
    .execute(tx.conn())
    .await
    .context("saving a purpose text")?;
    Ok(())
}

/// Changes a purpose's legal basis, retention and recipients; a new explanation of a consent purpose starts a
/// new consent text version (the history says which version each consent was given to).
pub async fn update_purpose(
    tx: &mut WriteTx,
    purpose: i64,
    legal_basis: &str,
    retention_days: i64,
    recipients: &str,
    new_text_version: bool,
) -> super::Result<bool> {
    let done = sqlx::query(
        "UPDATE purposes SET legal_basis = $2, retention_days = $3, recipients = $4, \
         consent_text_version = consent_text_version + $5 WHERE id = $1",
    )
    .bind(purpose)
    .bind(legal_basis)
    .bind(retention_days)
    .bind(recipients)
    .bind(i64::from(new_text_version))
    .execute(tx.conn())
    .await
    .context("changing a purpose")?;
    Ok(done.rows_affected() == 1)
}

#[derive(Debug, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub contact: String,
    pub suspended_at: Option<i64>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct HelperRow {
    pub id: i64,
    pub organisation_id: i64,
    pub email: String,
    pub display_name: String,
    #[sqlx(try_from = "i64")]
    pub active: super::Flag,
    pub totp_enrolled_at: Option<i64>,
}

impl Storage {
    pub async fn organisations(&self) -> super::Result<Vec<OrganisationRow>> {
        sqlx::query_as::<_, OrganisationRow>(
            "SELECT id, name, kind, contact, suspended_at FROM organisations ORDER BY name, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing organisations")
    }

    pub async fn helper_accounts(&self) -> super::Result<Vec<HelperRow>> {
        sqlx::query_as::<_, HelperRow>(
            "SELECT id, organisation_id, email, display_name, active, totp_enrolled_at FROM helpers ORDER BY display_name, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("listing helper accounts")
    }
}

pub async fn set_suspended(tx: &mut WriteTx, organisation: i64, at: Option<i64>) -> super::Result<bool> {
    let done = sqlx::query("UPDATE organisations SET suspended_at = $2 WHERE id = $1")
        .bind(organisation)
        .bind(at)
        .execute(tx.conn())
        .await
        .context("suspending an organisation")?;
    Ok(done.rows_affected() == 1)
}
