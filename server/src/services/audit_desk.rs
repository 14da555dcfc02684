//! The auditor's view of the audit log: filtered pages, a CSV export and a verification of the hash chain.
//! Only the auditor role may use it, and every use is itself an audit event. Implements the UI's `AuditDesk`.

use std::sync::Arc;

use amana_app::contract::ActorKind;
use amana_app::errors::PortalError;
use amana_app::staff::{AuditBreak, AuditFilter, AuditLine, AuditPage, StaffId, Verification, AUDIT_PAGE_SIZE};
use amana_app::when::Moment;
use anyhow::Context;
use async_trait::async_trait;

use crate::domain::audit::{self, Break};
use crate::domain::policy::{member_who_may, Permission, StaffMember};
use crate::infra::clock::Clock;
use crate::storage::{AuditQuery, AuditRow, NewAuditEvent, Storage};

pub struct AuditDesk {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    /// For the audit chain's HMAC and the checkpoints' signatures.
    pub master_key: crate::infra::crypto::MasterKey,
    /// Where the audit checkpoints are kept (`<data dir>/audit-checkpoints/`).
    pub data_dir: std::path::PathBuf,
}

/// Unix time of the start of an ISO date, if it is one.
fn day_start(date: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(date, format).ok().map(|d| d.midnight().assume_utc().unix_timestamp())
}

fn line(row: AuditRow) -> AuditLine {
    AuditLine {
        seq: row.seq,
        at: Moment::from_unix(row.at),
        actor_kind: ActorKind::from_key(&row.actor_kind),
        actor_id: row.actor_id,
        actor_role: row.actor_role,
        actor_office: row.actor_office,
        on_behalf_of: row.on_behalf_of,
        action: row.action,
        person_id: row.person_id,
        object: row.object_type.map(|t| format!("{t} {}", row.object_id.map(|i| i.to_string()).unwrap_or_default())),
        fields: serde_json::from_str(&row.field_names).unwrap_or_default(),
        reason: row.reason,
    }
}

impl AuditDesk {
    async fn record(&self, auditor: &StaffMember, action: &str) -> Result<(), PortalError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let event = NewAuditEvent { object_type: Some("audit-log".into()), ..audit::by_staff(auditor, action) };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The rows matching `filter`, newest first.
    async fn rows(&self, filter: &AuditFilter, offset: i64, limit: i64) -> Result<Vec<AuditRow>, PortalError> {
        let person_id = match filter.case_reference.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
            Some(reference) => match self.storage.person_by_reference(reference).await? {
                Some(person) => person.id,
                // No such person: nothing matches (never "everything").
                None => return Ok(Vec::new()),
            },
            None => 0,
        };
        let query = AuditQuery {
            action: filter.action.as_deref().unwrap_or("").trim(),
            actor_kind: filter.actor_kind.map_or("", ActorKind::key),
            actor_id: filter.actor_id.unwrap_or(0),
            person_id,
            from: filter.from.as_deref().and_then(day_start).unwrap_or(0),
            until: filter.to.as_deref().and_then(day_start).map_or(i64::MAX, |d| d + 86_400),
        };
        Ok(self.storage.audit_filtered(&query, offset, limit).await?)
    }
}

#[async_trait]
impl amana_app::staff::AuditDesk for AuditDesk {
    async fn audit_log(&self, staff: StaffId, filter: AuditFilter, page: u32) -> Result<AuditPage, PortalError> {
        let auditor = member_who_may(&self.storage, staff, Permission::Audit).await?;
        let page = page.max(1);
        let size = i64::try_from(AUDIT_PAGE_SIZE).unwrap_or(50);
        let mut rows = self.rows(&filter, (i64::from(page) - 1) * size, size + 1).await?;
        let has_more = rows.len() > AUDIT_PAGE_SIZE;
        rows.truncate(AUDIT_PAGE_SIZE);
        self.record(&auditor, "audit.viewed").await?;
        Ok(AuditPage { lines: rows.into_iter().map(line).collect(), page, has_more })
    }

    async fn audit_csv(&self, staff: StaffId, filter: AuditFilter) -> Result<String, PortalError> {
        let auditor = member_who_may(&self.storage, staff, Permission::Audit).await?;
        let rows = self.rows(&filter, 0, i64::MAX / 2).await?;
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer
            .write_record([
                "seq",
                "at",
                "actor_kind",
                "actor_id",
                "actor_role",
                "actor_office",
                "on_behalf_of",
                "action",
                "person_id",
                "object_type",
                "object_id",
                "field_names",
                "reason",
                "prev_hash",
                "hash",
            ])
            .context("writing the CSV header")?;
        let text = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        for row in rows.into_iter().rev() {
            writer
                .write_record([
                    row.seq.to_string(),
                    Moment::from_unix(row.at).iso(),
                    row.actor_kind,
                    text(row.actor_id),
                    row.actor_role.unwrap_or_default(),
                    row.actor_office.unwrap_or_default(),
                    text(row.on_behalf_of),
                    row.action,
                    text(row.person_id),
                    row.object_type.unwrap_or_default(),
                    text(row.object_id),
                    row.field_names,
                    row.reason.unwrap_or_default(),
                    row.prev_hash,
                    row.hash,
                ])
                .context("writing a CSV row")?;
        }
        let bytes = writer.into_inner().map_err(|e| anyhow::anyhow!("finishing the CSV: {e}"))?;
        self.record(&auditor, "audit.exported").await?;
        Ok(String::from_utf8(bytes).context("CSV is UTF-8")?)
    }

    async fn verify_audit(&self, staff: StaffId) -> Result<Verification, PortalError> {
        let auditor = member_who_may(&self.storage, staff, Permission::Audit).await?;
        let (events, breaks) = audit::verify_all(&self.storage, &self.master_key, &self.data_dir).await?;
        let breaks = breaks
            .into_iter()
            .map(|b| match b {
                Break::Altered { seq } => AuditBreak { kind: "altered".into(), seq },
                Break::ChainBroken { seq } => AuditBreak { kind: "chain-broken".into(), seq },
                Break::Missing { after, .. } => AuditBreak { kind: "missing".into(), seq: after },
                Break::Truncated { checkpoint } => AuditBreak { kind: "truncated".into(), seq: checkpoint },
                Break::ForgedCheckpoint { line } => {
                    AuditBreak { kind: "checkpoint-forged".into(), seq: i64::try_from(line).unwrap_or(i64::MAX) }
                }
            })
            .collect();
        self.record(&auditor, "audit.verified").await?;
        Ok(Verification { events, breaks })
    }
}
