//! Requests, their fields, timeline events and messages; routing rules. Every read by a person is scoped to that
//! person in the SQL itself.

use super::error::Context;
use amana_app::contract::ActorKind;
use amana_app::rights::{Outcome, Recipient, RequestKind, RequestStatus};
use amana_app::vocabulary::Stored;

use super::{Storage, WriteTx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub reference: String,
    pub person_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub kind: RequestKind,
    #[sqlx(try_from = "String")]
    pub status: RequestStatus,
    pub locale: String,
    pub received_at: i64,
    pub due_at: i64,
    pub extended_due_at: Option<i64>,
    pub extension_reason: Option<String>,
    pub explanation_enc: Option<Vec<u8>>,
    #[sqlx(try_from = "Option<String>")]
    pub decision_outcome: Stored<Outcome>,
    pub decision_reasons: Option<String>,
    pub decision_note_enc: Option<Vec<u8>>,
    /// The person, a helper or someone anonymous, and the person's or helper's id.
    #[sqlx(try_from = "String")]
    pub submitted_by_kind: ActorKind,
    pub submitted_by_id: Option<i64>,
}

impl RequestRow {
    /// The helper who filed the request, if a helper did.
    pub fn filing_helper(&self) -> Option<i64> {
        self.submitted_by_id.filter(|_| self.submitted_by_kind == ActorKind::Helper)
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct RequestFieldRow {
    pub request_id: i64,
    pub field_id: i64,
    pub field_key: String,
    pub proposed_value_enc: Option<Vec<u8>>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct RequestEventRow {
    pub at: i64,
    pub event: String,
    #[sqlx(try_from = "String")]
    pub actor_kind: ActorKind,
    pub staff_role: Option<String>,
    pub staff_office: Option<String>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct RequestMessageRow {
    pub id: i64,
    pub at: i64,
    #[sqlx(try_from = "String")]
    pub author_kind: ActorKind,
    pub staff_role: Option<String>,
    pub staff_office: Option<String>,
    pub template_key: Option<String>,
    pub body_enc: Option<Vec<u8>>,
    /// Who a staff message was sent to: the person, or the helper who filed the request.
    #[sqlx(try_from = "String")]
    pub recipient: Recipient,
}

#[derive(Debug, sqlx::FromRow)]
pub struct AttachmentRow {
    pub id: i64,
    pub storage_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub uploaded_at: i64,
    #[sqlx(try_from = "String")]
    pub uploaded_by_kind: ActorKind,
    pub uploaded_by_id: Option<i64>,
}

#[derive(Debug, sqlx::FromRow)]
pub struct RoutingRuleRow {
    #[sqlx(try_from = "Option<String>")]
    pub request_kind: Stored<RequestKind>,
    pub category: Option<String>,
    pub locale: Option<String>,
    pub region: Option<String>,
    #[sqlx(try_from = "Option<i64>")]
    pub sensitive: super::OptionalFlag,
    pub team_id: i64,
}

/// A request as it is first stored.
pub struct InsertRequest<'a> {
    pub reference: &'a str,
    pub person_id: Option<i64>,
    pub kind: RequestKind,
    pub locale: &'a str,
    pub received_at: i64,
    pub due_at: i64,
    pub team_id: Option<i64>,
    pub submitted_by_kind: ActorKind,
    pub submitted_by_id: Option<i64>,
    pub explanation_enc: Option<Vec<u8>>,
    pub related_request_id: Option<i64>,
    /// Keyed hash of an anonymous complaint's receipt code.
    pub receipt_hash: Option<String>,
    /// The staff member a complaint is about.
    pub concerns_staff_id: Option<i64>,
}

/// Who did something, as the person reads it: a staff member's role and office, or a helper's name and
/// organisation, as the columns `staff_role` and `staff_office`. Goes with [`actor_joins`].
pub(super) const ACTOR_COLUMNS: &str =
    "COALESCE(s.role, h.display_name) AS staff_role, COALESCE(s.office, o.name) AS staff_office";

/// The joins [`ACTOR_COLUMNS`] reads, for an actor stored in the columns `kind` and `id`.
pub(super) fn actor_joins(kind: &str, id: &str) -> String {
    format!(
        "LEFT JOIN staff s ON {kind} = 'staff' AND s.id = {id} LEFT JOIN helpers h ON {kind} = 'helper' AND h.id = {id} \
         LEFT JOIN organisations o ON o.id = h.organisation_id"
    )
}

/// The columns of a [`RequestRow`], of a request read as `r`.
pub(super) const REQUEST_COLUMNS: &str = "r.id, r.reference, r.person_id, r.kind, r.status, r.locale, r.received_at, \
     r.due_at, r.extended_due_at, r.extension_reason, r.explanation_enc, r.decision_outcome, r.decision_reasons, \
     r.decision_note_enc, r.submitted_by_kind, r.submitted_by_id";

pub async fn insert_request(tx: &mut WriteTx, r: InsertRequest<'_>) -> super::Result<i64> {
    use sqlx::Row;
    let row = sqlx::query(
        "INSERT INTO requests (reference, person_id, kind, status, locale, received_at, due_at, team_id, \
         submitted_by_kind, submitted_by_id, explanation_enc, related_request_id, receipt_hash, concerns_staff_id, \
         created_at, updated_at) \
         VALUES ($1, $2, $3, 'submitted', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $5, $5) RETURNING id",
    )
    .bind(r.reference)
    .bind(r.person_id)
    .bind(r.kind.key())
    .bind(r.locale)
    .bind(r.received_at)
    .bind(r.due_at)
    .bind(r.team_id)
    .bind(r.submitted_by_kind.key())
    .bind(r.submitted_by_id)
    .bind(r.explanation_enc)
    .bind(r.related_request_id)
    .bind(r.receipt_hash)
    .bind(r.concerns_staff_id)
    .fetch_one(tx.conn())
    .await
    .context("inserting a request")?;
    Ok(row.try_get::<i64, _>(0)?)
}

pub async fn insert_request_field(
    tx: &mut WriteTx,
    request: i64,
    field: i64,
    proposed_value_enc: Option<Vec<u8>>,
) -> super::Result<()> {
    sqlx::query("INSERT INTO request_fields (request_id, field_id, proposed_value_enc) VALUES ($1, $2, $3)")
        .bind(request)
        .bind(field)
        .bind(proposed_value_enc)
        .execute(tx.conn())
        .await
        .context("linking a field to a request")?;
    Ok(())
}

/// Adds a timeline event.
pub async fn insert_event(
    tx: &mut WriteTx,
    request: i64,
    at: i64,
    event: &str,
    actor_kind: ActorKind,
    actor_id: Option<i64>,
) -> super::Result<()> {
    sqlx::query("INSERT INTO request_events (request_id, at, event, actor_kind, actor_id) VALUES ($1, $2, $3, $4, $5)")
        .bind(request)
        .bind(at)
        .bind(event)
        .bind(actor_kind.key())
        .bind(actor_id)
        .execute(tx.conn())
        .await
        .context("adding a timeline event")?;
    Ok(())
}

/// A message on a request, by `author` (kind and id), to `recipient` (the person, or the helper who filed it),
/// without its text: the text is sealed for the message's id and stored with [`set_message_body`].
pub async fn insert_message(
    tx: &mut WriteTx,
    request: i64,
    at: i64,
    (author_kind, author_id): (ActorKind, Option<i64>),
    template_key: Option<&str>,
    recipient: Recipient,
) -> super::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO request_messages (request_id, at, author_kind, author_id, template_key, internal, recipient) \
         VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id",
    )
    .bind(request)
    .bind(at)
    .bind(author_kind.key())
    .bind(author_id)
    .bind(template_key)
    .bind(recipient.key())
    .fetch_one(tx.conn())
    .await
    .context("adding a message")?;
    Ok(id)
}

/// Stores a message's sealed text.
pub async fn set_message_body(tx: &mut WriteTx, message: i64, body_enc: Vec<u8>) -> super::Result<()> {
    sqlx::query("UPDATE request_messages SET body_enc = $1 WHERE id = $2")
        .bind(body_enc)
        .bind(message)
        .execute(tx.conn())
        .await
        .context("storing a message's text")?;
    Ok(())
}

/// Whether the person has an open request of `kind` about `field` (or about the whole record when `None`).
pub async fn open_request_exists(
    tx: &mut WriteTx,
    person: i64,
    kind: RequestKind,
    field: Option<i64>,
) -> super::Result<bool> {
    let open = super::status_is_open("r.status");
    let row: Option<(i64,)> = match field {
        Some(field) => {
            sqlx::query_as(&format!(
                "SELECT r.id FROM requests r JOIN request_fields rf ON rf.request_id = r.id \
             WHERE r.person_id = $1 AND r.kind = $2 AND rf.field_id = $3 AND {open} LIMIT 1"
            ))
            .bind(person)
            .bind(kind.key())
            .bind(field)
            .fetch_optional(tx.conn())
            .await
        }
        None => {
            sqlx::query_as(&format!(
                "SELECT r.id FROM requests r WHERE r.person_id = $1 AND r.kind = $2 AND {open} \
             AND NOT EXISTS (SELECT 1 FROM request_fields rf WHERE rf.request_id = r.id) LIMIT 1"
            ))
            .bind(person)
            .bind(kind.key())
            .fetch_optional(tx.conn())
            .await
        }
    }
    .context("looking for an open request")?;
    Ok(row.is_some())
}

pub async fn insert_attachment(
    tx: &mut WriteTx,
    request: i64,
    storage_name: &str,
    content_type: &str,
    size: i64,
    (uploaded_by_kind, uploaded_by): (ActorKind, i64),
    at: i64,
) -> super::Result<()> {
    sqlx::query(
        "INSERT INTO attachments (request_id, storage_name, content_type, size_bytes, uploaded_by_kind, uploaded_by_id, \
         uploaded_at) VALUES ($1, $2, $3, $4, $7, $5, $6)",
    )
    .bind(request)
    .bind(storage_name)
    .bind(content_type)
    .bind(size)
    .bind(uploaded_by)
    .bind(at)
    .bind(uploaded_by_kind.key())
    .execute(tx.conn())
    .await
    .context("recording an attachment")?;
    Ok(())
}

/// Whether a reference is taken.
pub async fn reference_taken(tx: &mut WriteTx, reference: &str) -> super::Result<bool> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM requests WHERE reference = $1")
        .bind(reference)
        .fetch_optional(tx.conn())
        .await
        .context("checking a reference")?;
    Ok(row.is_some())
}

impl Storage {
    /// The person's requests, newest first.
    pub async fn requests_of(&self, person: i64) -> super::Result<Vec<RequestRow>> {
        sqlx::query_as::<_, RequestRow>(&format!(
            "SELECT {REQUEST_COLUMNS} FROM requests r WHERE r.person_id = $1 ORDER BY r.received_at DESC, r.id DESC"
        ))
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("loading a person's requests")
    }

    /// One of the person's requests by reference; None when it is not theirs or does not exist.
    pub async fn request_of(&self, person: i64, reference: &str) -> super::Result<Option<RequestRow>> {
        sqlx::query_as::<_, RequestRow>(&format!(
            "SELECT {REQUEST_COLUMNS} FROM requests r WHERE r.person_id = $1 AND r.reference = $2"
        ))
        .bind(person)
        .bind(reference)
        .fetch_optional(&self.pool)
        .await
        .context("loading a request")
    }

    /// The fields of the person's requests.
    pub async fn request_fields_of(&self, person: i64) -> super::Result<Vec<RequestFieldRow>> {
        sqlx::query_as::<_, RequestFieldRow>(
            "SELECT rf.request_id, rf.field_id, f.field_key, rf.proposed_value_enc FROM request_fields rf \
             JOIN requests r ON r.id = rf.request_id JOIN record_fields f ON f.id = rf.field_id \
             WHERE r.person_id = $1 ORDER BY rf.request_id, f.id",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await
        .context("loading request fields")
    }

    pub async fn request_events(&self, request: i64) -> super::Result<Vec<RequestEventRow>> {
        sqlx::query_as::<_, RequestEventRow>(&format!(
            "SELECT e.at, e.event, e.actor_kind, {ACTOR_COLUMNS} FROM request_events e {} \
             WHERE e.request_id = $1 ORDER BY e.at, e.id",
            actor_joins("e.actor_kind", "e.actor_id")
        ))
        .bind(request)
        .fetch_all(&self.pool)
        .await
        .context("loading a request's timeline")
    }

    /// Messages the person may read (internal notes excluded).
    pub async fn request_messages(&self, request: i64) -> super::Result<Vec<RequestMessageRow>> {
        sqlx::query_as::<_, RequestMessageRow>(&format!(
            "SELECT m.id, m.at, m.author_kind, {ACTOR_COLUMNS}, m.template_key, m.body_enc, m.recipient FROM request_messages m {} \
             WHERE m.request_id = $1 AND m.internal = 0 ORDER BY m.at, m.id",
            actor_joins("m.author_kind", "m.author_id")
        ))
        .bind(request)
        .fetch_all(&self.pool)
        .await
        .context("loading a request's messages")
    }

    /// The documents of a request.
    pub async fn attachments_of(&self, request: i64) -> super::Result<Vec<AttachmentRow>> {
        sqlx::query_as::<_, AttachmentRow>(
            "SELECT id, storage_name, content_type, size_bytes, uploaded_at, uploaded_by_kind, uploaded_by_id \
             FROM attachments WHERE request_id = $1 ORDER BY id",
        )
        .bind(request)
        .fetch_all(&self.pool)
        .await
        .context("loading attachments")
    }

    /// An anonymous complaint by its receipt hash; returns its reference.
    pub async fn complaint_by_receipt(&self, receipt_hash: &str) -> super::Result<Option<String>> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT reference FROM requests WHERE receipt_hash = $1 AND kind = 'complaint' AND person_id IS NULL",
        )
        .bind(receipt_hash)
        .fetch_optional(&self.pool)
        .await
        .context("looking up a complaint receipt")?;
        Ok(row.map(|(r,)| r))
    }

    /// An anonymous complaint by reference.
    pub async fn anonymous_complaint(&self, reference: &str) -> super::Result<Option<RequestRow>> {
        sqlx::query_as::<_, RequestRow>(&format!(
            "SELECT {REQUEST_COLUMNS} FROM requests r WHERE r.reference = $1 AND r.kind = 'complaint' AND r.person_id IS NULL"
        ))
        .bind(reference)
        .fetch_optional(&self.pool)
        .await
        .context("loading an anonymous complaint")
    }

    /// The team with this key (complaints go to `dpo`).
    pub async fn team_by_key(&self, key: &str) -> super::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM teams WHERE key = $1")
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .context("loading a team")?;
        Ok(row.map(|(id,)| id))
    }

    /// Routing rules in order.
    pub async fn routing_rules(&self) -> super::Result<Vec<RoutingRuleRow>> {
        sqlx::query_as::<_, RoutingRuleRow>(
            "SELECT request_kind, category, locale, region, sensitive, team_id FROM routing_rules ORDER BY position, id",
        )
        .fetch_all(&self.pool)
        .await
        .context("loading routing rules")
    }

    /// The team that gets requests no rule matches.
    pub async fn default_team(&self) -> super::Result<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as("SELECT id FROM teams WHERE is_default = 1 ORDER BY id LIMIT 1")
            .fetch_optional(&self.pool)
            .await
            .context("loading the default team")?;
        Ok(row.map(|(id,)| id))
    }

    /// One field of the person's record (not erased); None when it is not theirs.
    pub async fn field_of(&self, person: i64, field: i64) -> super::Result<Option<super::FieldRow>> {
        sqlx::query_as::<_, super::FieldRow>(
            "SELECT f.id, f.category, f.field_key, f.value_enc, f.source_system, pu.key AS purpose_key, \
                    pu.legal_basis, f.kept_until, pu.recipients \
             FROM record_fields f JOIN purposes pu ON pu.id = f.purpose_id \
             WHERE f.person_id = $1 AND f.id = $2 AND f.erased_at IS NULL",
        )
        .bind(person)
        .bind(field)
        .fetch_optional(&self.pool)
        .await
        .context("loading a field")
    }

    /// The region of a person (for routing).
    pub async fn person_region(&self, person: i64) -> super::Result<Option<String>> {
        let row: Option<(Option<String>,)> = sqlx::query_as("SELECT region FROM people WHERE id = $1")
            .bind(person)
            .fetch_optional(&self.pool)
            .await
            .context("loading a person's region")?;
        Ok(row.and_then(|(r,)| r))
    }
}

/// How many documents a request holds and their total size, read inside the transaction that may add one.
pub async fn document_totals(tx: &mut super::WriteTx, request: i64) -> super::Result<(i64, i64)> {
    sqlx::query_as::<_, (i64, i64)>(
        "SELECT COUNT(*), CAST(COALESCE(SUM(size_bytes), 0) AS BIGINT) FROM attachments WHERE request_id = $1",
    )
    .bind(request)
    .fetch_one(tx.conn())
    .await
    .context("counting a request's documents")
}
