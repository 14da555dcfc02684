//! The tamper-evident audit trail: each event's hash covers its content and the previous event's hash, so an
//! edited, deleted or reordered row breaks the chain where it happened. Field names only, never values.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::clock::Timestamp;
use crate::storage::{self, AuditRow, NewAuditEvent, WriteTx};

/// The hash the first event chains from.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// What is hashed: every column except the hashes, in a fixed order.
#[derive(Serialize)]
struct Canonical<'a> {
    seq: i64,
    at: i64,
    actor_kind: &'a str,
    actor_id: Option<i64>,
    actor_role: Option<&'a str>,
    actor_office: Option<&'a str>,
    on_behalf_of: Option<i64>,
    action: &'a str,
    person_id: Option<i64>,
    object_type: Option<&'a str>,
    object_id: Option<i64>,
    field_names: &'a str,
    reason: Option<&'a str>,
}

fn hash_of(row: &AuditRow) -> String {
    let canonical = Canonical {
        seq: row.seq,
        at: row.at,
        actor_kind: &row.actor_kind,
        actor_id: row.actor_id,
        actor_role: row.actor_role.as_deref(),
        actor_office: row.actor_office.as_deref(),
        on_behalf_of: row.on_behalf_of,
        action: &row.action,
        person_id: row.person_id,
        object_type: row.object_type.as_deref(),
        object_id: row.object_id,
        field_names: &row.field_names,
        reason: row.reason.as_deref(),
    };
    let mut hasher = Sha256::new();
    hasher.update(row.prev_hash.as_bytes());
    hasher.update(serde_json::to_vec(&canonical).unwrap_or_default());
    hex::encode(hasher.finalize())
}

/// An event done by a staff member, with their role and office (as the person may later read them).
pub fn by_staff(member: &crate::policy::StaffMember, action: &str) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: "staff".into(),
        actor_id: Some(member.id),
        actor_role: Some(member.role.key().to_owned()),
        actor_office: Some(member.office.clone()),
        action: action.into(),
        field_names: "[]".into(),
        ..NewAuditEvent::default()
    }
}

/// Appends an event inside the caller's transaction, so it commits (or not) with the change it records.
pub async fn append(tx: &mut WriteTx, at: Timestamp, event: NewAuditEvent) -> anyhow::Result<i64> {
    let (seq, prev_hash) = match storage::audit::head_for_append(tx).await? {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, GENESIS.to_owned()),
    };
    let mut row = AuditRow {
        seq,
        at,
        actor_kind: event.actor_kind,
        actor_id: event.actor_id,
        actor_role: event.actor_role,
        actor_office: event.actor_office,
        on_behalf_of: event.on_behalf_of,
        action: event.action,
        person_id: event.person_id,
        object_type: event.object_type,
        object_id: event.object_id,
        field_names: event.field_names,
        reason: event.reason,
        prev_hash,
        hash: String::new(),
    };
    row.hash = hash_of(&row);
    storage::audit::insert(tx, &row).await?;
    Ok(seq)
}

/// One place where the chain does not hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Break {
    /// The row's content no longer matches its hash: edited, or moved to another position.
    Altered { seq: i64 },
    /// The row does not chain from the row before it: something between was removed or reordered.
    ChainBroken { seq: i64 },
    /// Sequence numbers jump: rows are missing.
    Missing { after: i64, next: i64 },
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Break::Altered { seq } => write!(f, "event {seq}: content does not match its hash (altered or moved)"),
            Break::ChainBroken { seq } => write!(f, "event {seq}: does not chain from the event before it"),
            Break::Missing { after, next } => write!(f, "events missing between {after} and {next}"),
        }
    }
}

/// Recomputes the chain over `rows` (in stored sequence order) and reports every break.
pub fn verify(rows: &[AuditRow]) -> Vec<Break> {
    let mut breaks = Vec::new();
    let mut previous: Option<&AuditRow> = None;
    for row in rows {
        let expected_seq = previous.map_or(1, |p| p.seq + 1);
        if row.seq != expected_seq {
            breaks.push(Break::Missing { after: expected_seq - 1, next: row.seq });
        }
        let expected_prev = previous.map_or(GENESIS, |p| p.hash.as_str());
        if row.prev_hash != expected_prev {
            breaks.push(Break::ChainBroken { seq: row.seq });
        }
        if hash_of(row) != row.hash {
            breaks.push(Break::Altered { seq: row.seq });
        }
        previous = Some(row);
    }
    breaks
}
