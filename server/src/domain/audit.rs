//! The tamper-evident audit trail: each event's hash is an HMAC (under the audit sub-key of the master key) of
//! its content and the previous event's hash, so an edited, deleted or reordered row breaks the chain where it
//! happened, and someone who can write the database but does not hold the master key cannot rewrite history
//! from any row on. Signed checkpoints of the chain's head, written to files outside the database, reveal the
//! newest events being cut off. Field names only, never values.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use amana_app::contract::ActorKind;

use crate::infra::clock::Timestamp;
use crate::infra::crypto::MasterKey;
use crate::storage::{self, AuditRow, NewAuditEvent, Storage, WriteTx};

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

fn hash_of(key: &MasterKey, row: &AuditRow) -> String {
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
    let mut message = row.prev_hash.as_bytes().to_vec();
    message.extend(serde_json::to_vec(&canonical).unwrap_or_default());
    key.audit_mac(&message)
}

/// An event done by a staff member, with their role and office (as the person may later read them).
pub fn by_staff(member: &crate::domain::policy::StaffMember, action: &str) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: ActorKind::Staff,
        actor_id: Some(member.id.0),
        actor_role: Some(member.role.key().to_owned()),
        actor_office: Some(member.office.clone()),
        action: action.into(),
        field_names: "[]".into(),
        ..NewAuditEvent::default()
    }
}

/// An event done by Amana itself, or by an administrator's command outside any session.
pub fn by_system(action: &str) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: ActorKind::System,
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
        actor_kind: event.actor_kind.key().to_owned(),
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
    row.hash = hash_of(tx.keys()?, &row);
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
    /// A signed checkpoint names an event that is gone or differs: the newest events were cut off, or the
    /// chain was rewritten after the checkpoint.
    Truncated { checkpoint: i64 },
    /// A checkpoint line whose signature does not hold: the checkpoint file was edited.
    ForgedCheckpoint { line: usize },
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Break::Altered { seq } => write!(f, "event {seq}: content does not match its hash (altered or moved)"),
            Break::ChainBroken { seq } => write!(f, "event {seq}: does not chain from the event before it"),
            Break::Missing { after, next } => write!(f, "events missing between {after} and {next}"),
            Break::Truncated { checkpoint } => {
                write!(
                    f,
                    "checkpoint at event {checkpoint}: that event is gone or differs (the log was cut or rewritten)"
                )
            }
            Break::ForgedCheckpoint { line } => write!(f, "checkpoint file line {line}: the signature does not hold"),
        }
    }
}

/// Recomputes the chain over `rows` (in stored sequence order) and reports every break.
pub fn verify(key: &MasterKey, rows: &[AuditRow]) -> Vec<Break> {
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
        if hash_of(key, row) != row.hash {
            breaks.push(Break::Altered { seq: row.seq });
        }
        previous = Some(row);
    }
    breaks
}

/// The folder (in the data folder) where checkpoints are appended, one JSON line each.
pub const CHECKPOINT_DIR: &str = "audit-checkpoints";
const CHECKPOINT_FILE: &str = "checkpoints.jsonl";

/// The chain's head at a moment, signed with the audit sub-key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub at: i64,
    pub seq: i64,
    pub hash: String,
    pub mac: String,
}

fn checkpoint_mac(key: &MasterKey, at: i64, seq: i64, hash: &str) -> String {
    key.checkpoint_mac(format!("{at}|{seq}|{hash}").as_bytes())
}

/// Appends a checkpoint of the current head to `<data dir>/audit-checkpoints/` if the head moved since `last`
/// (the seq of the previous checkpoint); returns the seq written or kept. The file is only ever appended to.
pub async fn write_checkpoint(
    storage: &Storage,
    key: &MasterKey,
    data_dir: &Path,
    at: i64,
    last: Option<i64>,
) -> anyhow::Result<Option<i64>> {
    let Some((seq, hash)) = storage.audit_head().await? else { return Ok(last) };
    if last == Some(seq) {
        return Ok(last);
    }
    let line = serde_json::to_string(&Checkpoint { at, seq, mac: checkpoint_mac(key, at, seq, &hash), hash })?;
    let dir = data_dir.join(CHECKPOINT_DIR);
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(CHECKPOINT_FILE))
        .context("opening the audit checkpoint file")?;
    // One write of the whole line (appended atomically): a crash leaves a line or nothing, never half of one.
    file.write_all(format!("{line}\n").as_bytes()).context("writing an audit checkpoint")?;
    file.sync_data().context("syncing the audit checkpoint file")?;
    Ok(Some(seq))
}

/// Reads every checkpoint; lines whose signature does not hold are reported, not trusted.
pub fn read_checkpoints(key: &MasterKey, data_dir: &Path) -> anyhow::Result<(Vec<Checkpoint>, Vec<Break>)> {
    let path = data_dir.join(CHECKPOINT_DIR).join(CHECKPOINT_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
        Err(error) => return Err(error).context("reading the audit checkpoint file"),
    };
    let (mut good, mut forged) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match serde_json::from_str::<Checkpoint>(line) {
            Ok(c) if c.mac == checkpoint_mac(key, c.at, c.seq, &c.hash) => good.push(c),
            _ => forged.push(Break::ForgedCheckpoint { line: n + 1 }),
        }
    }
    Ok((good, forged))
}

/// Checks the log against signed checkpoints: every checkpointed event must still be there with its hash.
pub fn verify_checkpoints(rows: &[AuditRow], checkpoints: &[Checkpoint]) -> Vec<Break> {
    let by_seq: std::collections::HashMap<i64, &str> = rows.iter().map(|r| (r.seq, r.hash.as_str())).collect();
    let mut breaks: Vec<Break> = checkpoints
        .iter()
        .filter(|c| by_seq.get(&c.seq) != Some(&c.hash.as_str()))
        .map(|c| Break::Truncated { checkpoint: c.seq })
        .collect();
    breaks.dedup();
    breaks
}

/// Everything a verifier checks: the chain, and the chain against the checkpoints in `data_dir`.
pub async fn verify_all(storage: &Storage, key: &MasterKey, data_dir: &Path) -> anyhow::Result<(usize, Vec<Break>)> {
    let rows = storage.audit_log().await?;
    let mut breaks = verify(key, &rows);
    let (checkpoints, forged) = read_checkpoints(key, data_dir)?;
    breaks.extend(forged);
    breaks.extend(verify_checkpoints(&rows, &checkpoints));
    Ok((rows.len(), breaks))
}
