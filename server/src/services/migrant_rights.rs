//! The rules for a person's own requests: what may be filed, when it is due, where it is routed, and what the
//! person may do while it is open. Each change is one transaction with its timeline event, audit event and
//! notification. Implements the UI's `MigrantRights` contract.

use std::sync::Arc;

use amana_app::contract::{Acting, ActorKind, Category, HeldField, PersonId};
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::helpers::Scope;
use amana_app::rights::{
    AccessEntry, AccessPage, Actor, AttachmentInfo, ComplaintReceipt, ConsentChange, ConsentOverview, ConsentState,
    Evidence, MyExport, NewComplaint, NewRequest, Recipient, RequestDetail, RequestKind, RequestMessage, RequestStatus,
    RequestSummary, TimelineEntry, UpstreamChange, UpstreamState, ACCESS_PAGE_SIZE, MAX_DOCUMENTS_PER_REQUEST,
    MAX_DOCUMENT_BYTES_PER_REQUEST, MAX_EVIDENCE_BYTES, MAX_TEXT_CHARS, MAX_VALUE_CHARS,
};
use amana_app::staff::Role;
use amana_app::when::{Day, Moment};
use anyhow::Context;
use async_trait::async_trait;
use tokio::sync::Notify;

use crate::domain::audit;
use crate::domain::lifecycle::Step;
use crate::domain::limits::{self, Limiter};
use crate::domain::policy::{self, Attribution};
use crate::domain::records;
use crate::domain::routing::{self, RoutingFacts};
use crate::infra::clock::{add_months, Clock};
use crate::infra::crypto::{places, random_reference, random_token, random_unambiguous, MasterKey, PersonKey};
use crate::services::source_api::AckOutcome;
use crate::storage::consent::{self, NewConsentEvent};
use crate::storage::requests::{self as sql, AttachmentRow, InsertRequest, RequestFieldRow, RequestRow};
use crate::storage::systems::ChangeStateRow;
use crate::storage::{NewAuditEvent, PersonRow, Storage, WriteTx};
use crate::workers::outbox::{self, Notice, OutboxMessage};

/// What a helper's acts for a person are recorded as; the person reads each under "who looked at my data".
pub const HELPER_AUDIT_ACTIONS: [&str; 12] = [
    "record.viewed",
    "requests.listed",
    "request.viewed",
    "consent.viewed",
    "request.filed",
    "request.withdrawn",
    "request.information-added",
    "consent.given",
    "consent.withdrawn",
    "complaint.filed",
    "mandate.requested",
    "mandate.activated",
];

/// Adds a message to request `request` at `at` inside `tx`, its text sealed for the message's own row.
pub(crate) async fn add_message(
    tx: &mut WriteTx,
    key: &PersonKey,
    (request, at): (i64, i64),
    author: (ActorKind, Option<i64>),
    template: Option<&str>,
    text: &str,
    recipient: Recipient,
) -> anyhow::Result<()> {
    let id = sql::insert_message(tx, request, at, author, template, recipient).await?;
    Ok(sql::set_message_body(tx, id, key.encrypt(&places::message_body(id), text)?).await?)
}

pub struct MigrantRights {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    pub outbox_wake: Arc<Notify>,
    /// Shared rate limits on what anyone can do without signing in.
    pub limiter: Limiter,
    /// Where evidence files are kept: outside anything served, each encrypted with its owner's key under a
    /// random name.
    pub evidence_dir: std::path::PathBuf,
}

/// An audit event about one of the person's requests, by whoever acted.
fn request_event(by: &Attribution, action: &str, request: i64, field_names: &[String]) -> NewAuditEvent {
    NewAuditEvent {
        object_type: Some("request".into()),
        object_id: Some(request),
        field_names: serde_json::to_string(field_names).unwrap_or_else(|_| "[]".into()),
        ..by.audit(action)
    }
}

/// Whether whoever acts may see this request. A helper with `view` sees the person's requests; with only
/// `request` (or `complain`), just the ones they filed themselves, since the scope is what they may see. Of
/// complaints a helper sees only those they filed (any other may be about them).
fn visible_to(by: &Attribution, row: &RequestRow) -> bool {
    let filed_by_this_helper = |helper| row.filing_helper() == Some(helper);
    match by.helper() {
        None => true,
        Some(helper) if row.kind == RequestKind::Complaint => filed_by_this_helper(helper.0),
        Some(_) if by.allows(Scope::View) => true,
        Some(helper) => by.allows(Scope::Request) && filed_by_this_helper(helper.0),
    }
}

/// Whether whoever acts may open this document: the person, a helper with `view`, or else only the helper who
/// added it (a helper filing blind never sees the person's identity scans).
fn document_visible_to(by: &Attribution, document: &AttachmentRow) -> bool {
    match by.helper() {
        None => true,
        Some(_) if by.allows(Scope::View) => true,
        Some(helper) => document.uploaded_by_kind == ActorKind::Helper && document.uploaded_by_id == Some(helper.0),
    }
}

/// A helper may look at requests with any of these scopes (what each shows is decided by [`visible_to`]).
const SEE_REQUESTS: [Scope; 3] = [Scope::View, Scope::Request, Scope::Complain];

/// What is wrong with a document, if anything: over 5 MB, or not a PDF, JPEG or PNG by its content.
fn evidence_problem(evidence: Option<&Evidence>) -> Option<FieldError> {
    let evidence = evidence?;
    if evidence.bytes.len() > MAX_EVIDENCE_BYTES {
        Some(FieldError::new("evidence", ErrorCode::Rq020))
    } else if evidence.content_type().is_none() {
        Some(FieldError::new("evidence", ErrorCode::Rq021))
    } else {
        None
    }
}

/// Checks a free text: trimmed, at most `max` characters; `None` when empty.
pub(crate) fn optional_text(
    text: Option<&str>,
    max: usize,
    field: &str,
    too_long: ErrorCode,
) -> Result<Option<String>, FieldError> {
    let text = text.map(str::trim).filter(|t| !t.is_empty());
    match text {
        Some(t) if t.chars().count() > max => Err(FieldError::new(field, too_long)),
        other => Ok(other.map(str::to_owned)),
    }
}

impl MigrantRights {
    /// Who acts, checked now: the person, or a helper whose mandate for them covers one of `scopes`.
    async fn acting(&self, who: Acting, scopes: &[Scope]) -> Result<Attribution, PortalError> {
        policy::acting(&self.storage, who, scopes, self.clock.now()).await
    }

    /// Records that a helper looked at something of the person's (the person sees it under "who looked").
    async fn audit_helper_view(&self, by: &Attribution, event: NewAuditEvent) -> Result<(), PortalError> {
        if by.helper().is_none() {
            return Ok(());
        }
        let mut tx = self.storage.begin_write().await?;
        audit::append(&mut tx, self.clock.now(), event).await?;
        tx.commit().await?;
        Ok(())
    }

    /// One of the person's requests that whoever acts may see.
    async fn visible_request(&self, by: &Attribution, reference: &str) -> Result<RequestRow, PortalError> {
        let row = self.storage.request_of(by.person().0, reference).await?.ok_or(PortalError::NotFound)?;
        if !visible_to(by, &row) {
            return Err(PortalError::NotFound);
        }
        Ok(row)
    }

    async fn person(&self, person: PersonId) -> Result<(PersonRow, PersonKey), PortalError> {
        records::person_with_key(&self.storage, &self.master_key, person.0).await?.ok_or(PortalError::NotFound)
    }

    /// Queues a notice to the person's contact on file, in their language, inside `tx`.
    pub(crate) async fn queue_notice(
        &self,
        tx: &mut WriteTx,
        person: &PersonRow,
        key: &PersonKey,
        locale: &str,
        notice: Notice,
    ) -> anyhow::Result<()> {
        let Some((channel, to)) = records::contact(key, person)? else {
            tracing::warn!(person_id = person.id, "no contact on file for a notice");
            return Ok(());
        };
        let message = OutboxMessage::Notice { to, locale: locale.to_owned(), notice };
        outbox::enqueue_via(tx, channel, &format!("notice-{}", random_token(16)), &message, self.clock.now()).await
    }

    fn summary(&self, row: &RequestRow, field_keys: Vec<String>) -> Result<RequestSummary, PortalError> {
        Ok(RequestSummary {
            reference: row.reference.clone(),
            kind: row.kind,
            status: row.status,
            received_on: Day::from_unix(row.received_at),
            due_on: Day::from_unix(row.due_at),
            extended_due_on: row.extended_due_at.map(Day::from_unix),
            field_keys,
        })
    }

    /// A request in full, decrypted with `key` (the person's, or the system key for an anonymous complaint).
    pub(crate) async fn detail(
        &self,
        row: RequestRow,
        key: &PersonKey,
        fields: Vec<RequestFieldRow>,
    ) -> Result<RequestDetail, PortalError> {
        let proposed_value = fields
            .iter()
            .find_map(|f| f.proposed_value_enc.as_deref().map(|sealed| (f.field_id, sealed)))
            .map(|(field, sealed)| key.decrypt(&places::proposed_value(row.id, field), sealed))
            .transpose()?;
        let explanation = row
            .explanation_enc
            .as_deref()
            .map(|sealed| key.decrypt(&places::explanation(&row.reference), sealed))
            .transpose()?;
        let decided = matches!(row.status, RequestStatus::Decided | RequestStatus::Completed);
        let timeline = self
            .storage
            .request_events(row.id)
            .await?
            .into_iter()
            .map(|e| TimelineEntry {
                at: Moment::from_unix(e.at),
                event: e.event,
                by: actor(Some(e.actor_kind), e.staff_role, e.staff_office),
            })
            .collect();
        let mut messages = Vec::new();
        for m in self.storage.request_messages(row.id).await? {
            // Messages are stored as sent (a templated one in the request's language with the staff member's
            // note), so a later edit of a template does not rewrite them.
            let text = match &m.body_enc {
                Some(sealed) => key.decrypt(&places::message_body(m.id), sealed)?,
                None => String::new(),
            };
            messages.push(RequestMessage {
                at: Moment::from_unix(m.at),
                by: actor(Some(m.author_kind), m.staff_role, m.staff_office),
                text,
                to: m.recipient,
            });
        }
        Ok(RequestDetail {
            summary: self.summary(&row, fields.iter().map(|f| f.field_key.clone()).collect())?,
            proposed_value,
            explanation,
            extension_reason: row.extension_reason.clone(),
            // A proposal waiting for a second person is not a decision yet: nothing of it is shown.
            decision_outcome: row.decision_outcome.0.filter(|_| decided),
            decision_reasons: if decided {
                row.decision_reasons.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default()
            } else {
                Vec::new()
            },
            decision_note: if decided {
                row.decision_note_enc
                    .as_deref()
                    .map(|s| key.decrypt(&places::decision_note(&row.reference), s))
                    .transpose()?
            } else {
                None
            },
            timeline,
            messages,
            attachments: self
                .storage
                .attachments_of(row.id)
                .await?
                .into_iter()
                .map(|a| AttachmentInfo {
                    id: a.id,
                    content_type: a.content_type,
                    size_bytes: a.size_bytes,
                    uploaded_at: Moment::from_unix(a.uploaded_at),
                })
                .collect(),
            upstream: self.storage.changes_of_request(row.id).await?.into_iter().map(upstream_change).collect(),
        })
    }

    /// Writes an evidence file (encrypted with the person's key, random name) and records it inside `tx`.
    /// Returns the file's path, so the caller can remove it if the transaction does not commit.
    async fn store_evidence(
        &self,
        tx: &mut WriteTx,
        request: i64,
        by: &Attribution,
        key: &PersonKey,
        evidence: &Evidence,
        now: i64,
    ) -> anyhow::Result<std::path::PathBuf> {
        let content_type = evidence.content_type().context("unchecked evidence type")?;
        tokio::fs::create_dir_all(&self.evidence_dir).await.context("creating the evidence folder")?;
        let name = format!("{}.bin", random_token(24));
        let path = self.evidence_dir.join(&name);
        let sealed = key.encrypt_bytes(&places::evidence(&name), &evidence.bytes)?;
        tokio::fs::write(&path, sealed).await.context("writing an evidence file")?;
        let size = i64::try_from(evidence.bytes.len()).unwrap_or(i64::MAX);
        sql::insert_attachment(tx, request, &name, content_type, size, by.kind_and_id(), now).await?;
        Ok(path)
    }

    /// Validates a new request against the person's record; returns the field it concerns. `may_see` says whether
    /// whoever files may learn that a proposed value is already the one held (a helper without `view` may not).
    async fn validate(
        &self,
        person: PersonId,
        request: &NewRequest,
        key: &PersonKey,
        may_see: bool,
    ) -> Result<Validated, PortalError> {
        let mut errors = Vec::new();
        let explanation =
            optional_text(request.explanation.as_deref(), MAX_TEXT_CHARS, "explanation", ErrorCode::Rq012)
                .unwrap_or_else(|e| {
                    errors.push(e);
                    None
                });
        let proposed = match request.kind {
            RequestKind::Correction => {
                match optional_text(
                    request.proposed_value.as_deref(),
                    MAX_VALUE_CHARS,
                    "proposed_value",
                    ErrorCode::Rq011,
                ) {
                    Ok(Some(value)) => Some(value),
                    Ok(None) => {
                        errors.push(FieldError::new("proposed_value", ErrorCode::Rq010));
                        None
                    }
                    Err(e) => {
                        errors.push(e);
                        None
                    }
                }
            }
            RequestKind::Erasure | RequestKind::Restriction | RequestKind::Objection => None,
            RequestKind::Access | RequestKind::Complaint => return Err(PortalError::NotFound),
        };
        let field = match request.field {
            Some(id) => {
                let row = self.storage.field_of(person.0, id).await?.ok_or(PortalError::NotFound)?;
                let category = row.category.clone();
                let held = records::held_field(row, key, &[])?.ok_or(PortalError::NotFound)?;
                Some((held, category))
            }
            None if request.kind == RequestKind::Erasure => None,
            None => return Err(PortalError::NotFound),
        };
        if let (Some((held, _)), Some(value), true) = (&field, &proposed, may_see) {
            if held.value == *value {
                errors.push(FieldError::new("proposed_value", ErrorCode::Rq013));
            }
        }
        errors.extend(evidence_problem(request.evidence.as_ref()));
        if !errors.is_empty() {
            return Err(PortalError::Invalid(errors));
        }
        Ok(Validated { field, proposed, explanation })
    }
}

/// Who did something, as the person may know it (staff by role and office, never by name). `role` holds a
/// staff member's role or a helper's name, `office` their office or organisation.
fn actor(kind: Option<ActorKind>, role: Option<String>, office: Option<String>) -> Actor {
    let office = office.unwrap_or_default();
    match kind {
        Some(ActorKind::Person | ActorKind::Anonymous) => Actor::You,
        Some(ActorKind::Staff) => match role.as_deref().and_then(Role::from_key) {
            Some(role) => Actor::Staff { role, office },
            None => Actor::System,
        },
        Some(ActorKind::Helper) => Actor::Helper { name: role.unwrap_or_default(), organisation: office },
        Some(ActorKind::System | ActorKind::SourceSystem) | None => Actor::System,
    }
}

fn access_entry(row: crate::storage::AuditRow) -> AccessEntry {
    AccessEntry {
        at: Moment::from_unix(row.at),
        action: row.action.replace('.', "-"),
        fields: serde_json::from_str(&row.field_names).unwrap_or_default(),
        reason: row.reason,
        by: actor(ActorKind::from_key(&row.actor_kind), row.actor_role, row.actor_office),
        stated: None,
    }
}

/// An access a source system reported, as the person reads it.
fn reported_entry(row: crate::storage::systems::AccessEventRow) -> (i64, AccessEntry) {
    let entry = AccessEntry {
        at: Moment::from_unix(row.at),
        action: "source-viewed".into(),
        fields: serde_json::from_str(&row.fields).unwrap_or_default(),
        reason: None,
        by: Actor::Source { system: row.system, role: row.role, office: row.office },
        stated: Some((row.purpose, row.legal_basis)),
    };
    (row.at, entry)
}

impl MigrantRights {
    /// The newest `count` accesses to a person's record: Amana's own (staff and helpers) and those source systems
    /// reported (once no longer hidden), merged newest first.
    async fn accesses(&self, person: i64, count: i64) -> Result<Vec<AccessEntry>, PortalError> {
        let own = self.storage.accesses_to(person, 0, count).await?;
        let reported = self.storage.reported_accesses(person, self.clock.now(), count).await?;
        let mut all: Vec<(i64, AccessEntry)> = own
            .into_iter()
            .map(|row| (row.at, access_entry(row)))
            .chain(reported.into_iter().map(reported_entry))
            .collect();
        all.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
        all.truncate(usize::try_from(count).unwrap_or(usize::MAX));
        Ok(all.into_iter().map(|(_, entry)| entry).collect())
    }
}

struct Validated {
    field: Option<(HeldField, String)>,
    proposed: Option<String>,
    explanation: Option<String>,
}

#[async_trait]
impl amana_app::rights::MigrantRights for MigrantRights {
    async fn held_field(&self, who: Acting, field: i64) -> Result<HeldField, PortalError> {
        // The request forms show the current value: a helper needs to be allowed to see it as well.
        let by = self.acting(who, &[Scope::Request]).await?;
        if !by.allows(Scope::View) {
            return Err(PortalError::OutsideMandate);
        }
        let person = by.person();
        let (_, key) = self.person(person).await?;
        let row = self.storage.field_of(person.0, field).await?.ok_or(PortalError::NotFound)?;
        let held = records::held_field(row, &key, &[])?.ok_or(PortalError::NotFound)?;
        let event = NewAuditEvent {
            object_type: Some("record".into()),
            object_id: Some(person.0),
            field_names: serde_json::to_string(&[&held.key]).context("listing field names")?,
            ..by.audit("record.viewed")
        };
        self.audit_helper_view(&by, event).await?;
        Ok(held)
    }

    #[tracing::instrument(skip_all, fields(person_id = who.person.0))]
    async fn file_request(&self, who: Acting, request: NewRequest) -> Result<RequestSummary, PortalError> {
        let by = self.acting(who, &[Scope::Request]).await?;
        let person = by.person();
        let (by_kind, by_id) = by.kind_and_id();
        let (row, key) = self.person(person).await?;
        let valid = self.validate(person, &request, &key, by.allows(Scope::View)).await?;
        let now = self.clock.now();
        let category = valid.field.as_ref().and_then(|(_, c)| Category::from_key(c));
        let rules = self.storage.routing_rules().await?;
        let region = self.storage.person_region(person.0).await?;
        let facts = RoutingFacts {
            kind: request.kind,
            category: category.map(Category::key),
            locale: request.locale.code(),
            region: region.as_deref(),
            sensitive: category.is_some_and(Category::is_sensitive),
        };
        let team = routing::route(&rules, &facts, self.storage.default_team().await?);
        let field_keys: Vec<String> = valid.field.iter().map(|(f, _)| f.key.clone()).collect();

        let mut tx = self.storage.begin_write().await?;
        if sql::open_request_exists(&mut tx, person.0, request.kind, request.field).await? {
            return Err(PortalError::DuplicateRequest);
        }
        let mut reference = random_reference();
        while sql::reference_taken(&mut tx, &reference).await? {
            reference = random_reference();
        }
        let explanation_enc =
            valid.explanation.as_deref().map(|e| key.encrypt(&places::explanation(&reference), e)).transpose()?;
        let due_at = add_months(now, 1);
        let id = sql::insert_request(
            &mut tx,
            InsertRequest {
                reference: &reference,
                person_id: Some(person.0),
                kind: request.kind,
                locale: request.locale.code(),
                received_at: now,
                due_at,
                team_id: team,
                submitted_by_kind: by_kind,
                submitted_by_id: Some(by_id),
                explanation_enc,
                related_request_id: None,
                receipt_hash: None,
                concerns_staff_id: None,
            },
        )
        .await?;
        if let Some((field, _)) = &valid.field {
            let proposed_enc =
                valid.proposed.as_deref().map(|v| key.encrypt(&places::proposed_value(id, field.id), v)).transpose()?;
            sql::insert_request_field(&mut tx, id, field.id, proposed_enc).await?;
        }
        sql::insert_event(&mut tx, id, now, "submitted", by_kind, Some(by_id)).await?;
        audit::append(&mut tx, now, request_event(&by, "request.filed", id, &field_keys)).await?;
        self.queue_notice(&mut tx, &row, &key, request.locale.code(), Notice::RequestReceived).await?;
        let stored_file = match &request.evidence {
            Some(evidence) => Some(self.store_evidence(&mut tx, id, &by, &key, evidence, now).await?),
            None => None,
        };
        if let Err(error) = tx.commit().await {
            // Nothing half-written: a file without its request is removed.
            if let Some(path) = stored_file {
                let _ = tokio::fs::remove_file(path).await;
            }
            return Err(error.into());
        }
        self.outbox_wake.notify_one();
        tracing::info!(request_id = id, kind = request.kind.key(), "request filed");
        Ok(RequestSummary {
            reference,
            kind: request.kind,
            status: RequestStatus::Submitted,
            received_on: Day::from_unix(now),
            due_on: Day::from_unix(due_at),
            extended_due_on: None,
            field_keys,
        })
    }

    async fn requests(&self, who: Acting) -> Result<Vec<RequestSummary>, PortalError> {
        let by = self.acting(who, &SEE_REQUESTS).await?;
        let person = by.person();
        let rows = self.storage.requests_of(person.0).await?;
        let fields = self.storage.request_fields_of(person.0).await?;
        self.audit_helper_view(
            &by,
            NewAuditEvent {
                object_type: Some("record".into()),
                object_id: Some(person.0),
                ..by.audit("requests.listed")
            },
        )
        .await?;
        rows.iter()
            .filter(|row| visible_to(&by, row))
            .map(|row| {
                let keys = fields.iter().filter(|f| f.request_id == row.id).map(|f| f.field_key.clone()).collect();
                self.summary(row, keys)
            })
            .collect()
    }

    async fn request(&self, who: Acting, reference: &str) -> Result<RequestDetail, PortalError> {
        let by = self.acting(who, &SEE_REQUESTS).await?;
        let person = by.person();
        let (_, key) = self.person(person).await?;
        let row = self.visible_request(&by, reference).await?;
        let fields: Vec<_> =
            self.storage.request_fields_of(person.0).await?.into_iter().filter(|f| f.request_id == row.id).collect();
        let field_keys: Vec<String> = fields.iter().map(|f| f.field_key.clone()).collect();
        self.audit_helper_view(&by, request_event(&by, "request.viewed", row.id, &field_keys)).await?;
        let documents = self.storage.attachments_of(row.id).await?;
        let mut detail = self.detail(row, &key, fields).await?;
        detail.attachments.retain(|shown| documents.iter().any(|d| d.id == shown.id && document_visible_to(&by, d)));
        Ok(detail)
    }

    #[tracing::instrument(skip_all, fields(person_id = who.person.0))]
    async fn withdraw(&self, who: Acting, reference: &str) -> Result<(), PortalError> {
        let by = self.acting(who, &[Scope::Request]).await?;
        let (by_kind, by_id) = by.kind_and_id();
        let (owner, key) = self.person(by.person()).await?;
        let row = self.visible_request(&by, reference).await?;
        let now = self.clock.now();
        let case = self.storage.case_by_reference(&row.reference).await?.ok_or(PortalError::NotFound)?;
        let mut tx = self.storage.begin_write().await?;
        crate::domain::request_steps::person_step(&mut tx, &case, Step::Withdraw, now).await?;
        sql::insert_event(&mut tx, row.id, now, "withdrawn", by_kind, Some(by_id)).await?;
        audit::append(&mut tx, now, request_event(&by, "request.withdrawn", row.id, &[])).await?;
        // Every status change is announced, so a withdrawal made by someone else on a shared phone is noticed.
        self.queue_notice(&mut tx, &owner, &key, &row.locale, Notice::RequestNews).await?;
        tx.commit().await?;
        self.outbox_wake.notify_one();
        tracing::info!(request_id = row.id, "request withdrawn");
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(person_id = who.person.0))]
    async fn add_information(
        &self,
        who: Acting,
        reference: &str,
        text: &str,
        evidence: Option<Evidence>,
    ) -> Result<(), PortalError> {
        let text = match optional_text(Some(text), MAX_TEXT_CHARS, "message", ErrorCode::Rq015) {
            Ok(text) => text,
            Err(error) => return Err(PortalError::Invalid(vec![error])),
        };
        if let Some(problem) = evidence_problem(evidence.as_ref()) {
            return Err(PortalError::Invalid(vec![problem]));
        }
        if text.is_none() && evidence.is_none() {
            return Err(PortalError::field("message", ErrorCode::Rq014));
        }
        let by = self.acting(who, &[Scope::Request]).await?;
        let (by_kind, by_id) = by.kind_and_id();
        let (_, key) = self.person(by.person()).await?;
        let row = self.visible_request(&by, reference).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        // Still open? Read (and lock) the status inside the transaction, so a staff step cannot slip in between.
        let Some((status, version)) = crate::storage::casework::status_in(&mut tx, row.id).await? else {
            return Err(PortalError::NotFound);
        };
        if !RequestStatus::from_key(&status).is_some_and(RequestStatus::is_open) {
            return Err(PortalError::RequestNotOpen);
        }
        if let Some(evidence) = &evidence {
            let (documents, bytes) = sql::document_totals(&mut tx, row.id).await?;
            let size = i64::try_from(evidence.bytes.len()).unwrap_or(i64::MAX);
            if documents >= MAX_DOCUMENTS_PER_REQUEST || bytes.saturating_add(size) > MAX_DOCUMENT_BYTES_PER_REQUEST {
                return Err(PortalError::field("evidence", ErrorCode::Rq022));
            }
        }
        if let Some(text) = &text {
            add_message(&mut tx, &key, (row.id, now), (by_kind, Some(by_id)), None, text, Recipient::Person).await?;
        }
        sql::insert_event(&mut tx, row.id, now, "information-added", by_kind, Some(by_id)).await?;
        // Information the authority asked for puts the request back in review (the clock runs again).
        if status == RequestStatus::AwaitingInformation.key() {
            let mut case = self.storage.case_by_reference(&row.reference).await?.ok_or(PortalError::NotFound)?;
            if case.version != version {
                return Err(PortalError::RequestNotOpen);
            }
            case.status = RequestStatus::AwaitingInformation;
            crate::domain::request_steps::person_step(&mut tx, &case, Step::InformationReceived, now).await?;
        }
        audit::append(&mut tx, now, request_event(&by, "request.information-added", row.id, &[])).await?;
        let stored_file = match &evidence {
            Some(evidence) => Some(self.store_evidence(&mut tx, row.id, &by, &key, evidence, now).await?),
            None => None,
        };
        if let Err(error) = tx.commit().await {
            if let Some(path) = stored_file {
                let _ = tokio::fs::remove_file(path).await;
            }
            return Err(error.into());
        }
        Ok(())
    }

    async fn consents(&self, who: Acting) -> Result<ConsentOverview, PortalError> {
        let by = self.acting(who, &[Scope::Consent]).await?;
        let person = by.person();
        self.audit_helper_view(
            &by,
            NewAuditEvent {
                object_type: Some("record".into()),
                object_id: Some(person.0),
                ..by.audit("consent.viewed")
            },
        )
        .await?;
        let purposes = self.storage.consent_purposes().await?;
        let events = self.storage.consent_events_of(person.0).await?;
        let states = purposes
            .iter()
            .map(|p| {
                let latest = events.iter().rev().find(|e| e.purpose_key == p.key);
                ConsentState {
                    purpose: p.key.clone(),
                    given: latest.is_some_and(|e| e.action == "given"),
                    since: latest.map(|e| Moment::from_unix(e.at)),
                    text_version: latest.map_or(p.consent_text_version, |e| e.text_version),
                }
            })
            .collect();
        let history = events
            .into_iter()
            .rev()
            .map(|e| ConsentChange {
                at: Moment::from_unix(e.at),
                given: e.action == "given",
                purpose: e.purpose_key,
                text_version: e.text_version,
                by: actor(Some(e.actor_kind), e.staff_role, e.staff_office),
            })
            .collect();
        Ok(ConsentOverview { purposes: states, history })
    }

    #[tracing::instrument(skip_all, fields(person_id = who.person.0))]
    async fn set_consent(&self, who: Acting, purpose: &str, give: bool) -> Result<(), PortalError> {
        let by = self.acting(who, &[Scope::Consent]).await?;
        let person = by.person();
        let (by_kind, by_id) = by.kind_and_id();
        let purposes = self.storage.consent_purposes().await?;
        let purpose = purposes.iter().find(|p| p.key == purpose).ok_or(PortalError::NotFound)?;
        self.person(person).await?;
        let action = consent::action_key(give);
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let current = consent::current_action(&mut tx, person.0, purpose.id).await?;
        if current.as_deref().unwrap_or("withdrawn") == action {
            return Ok(());
        }
        let choice = NewConsentEvent {
            person: person.0,
            purpose: purpose.id,
            given: give,
            text_version: purpose.consent_text_version,
            by: (by_kind, Some(by_id)),
            at: now,
        };
        consent::insert_event(&mut tx, choice).await?;
        let event = NewAuditEvent {
            object_type: Some("purpose".into()),
            object_id: Some(purpose.id),
            ..by.audit(&format!("consent.{action}"))
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(purpose_id = purpose.id, action, "consent changed");
        Ok(())
    }

    async fn access_log(&self, person: PersonId, page: u32) -> Result<AccessPage, PortalError> {
        let page = page.max(1);
        let size = i64::try_from(ACCESS_PAGE_SIZE).unwrap_or(20);
        let offset = (i64::from(page) - 1) * size;
        // One row more than a page tells whether there is a next page.
        let skip = usize::try_from(offset).unwrap_or(0);
        let mut entries: Vec<AccessEntry> =
            self.accesses(person.0, offset + size + 1).await?.into_iter().skip(skip).collect();
        let has_more = entries.len() > ACCESS_PAGE_SIZE;
        entries.truncate(ACCESS_PAGE_SIZE);
        Ok(AccessPage { entries, page, has_more })
    }

    #[tracing::instrument(skip_all, fields(person_id = person.0))]
    async fn export(&self, person: PersonId) -> Result<MyExport, PortalError> {
        let (row, data) =
            records::record_of(&self.storage, &self.master_key, person.0, Day::from_unix(self.clock.now()))
                .await?
                .ok_or(PortalError::NotFound)?;
        // Every request in full, with the key and the request fields loaded once for all of them.
        let (_, key) = self.person(person).await?;
        let mut fields = self.storage.request_fields_of(person.0).await?;
        let mut requests = Vec::new();
        for row in self.storage.requests_of(person.0).await? {
            let (own, rest): (Vec<_>, Vec<_>) = fields.into_iter().partition(|f| f.request_id == row.id);
            fields = rest;
            requests.push(self.detail(row, &key, own).await?);
        }
        let consent = self.consents(Acting::person(person)).await?;
        let access_log = self.accesses(person.0, i64::MAX / 2).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let event = NewAuditEvent {
            object_type: Some("record".into()),
            object_id: Some(person.0),
            field_names: serde_json::to_string(&records::field_names(&data)).context("listing field names")?,
            ..Attribution::Person(person).audit("record.exported")
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        Ok(MyExport {
            generated_at: Moment::from_unix(now),
            case_reference: row.case_reference,
            data,
            requests,
            consent,
            access_log,
        })
    }

    #[tracing::instrument(skip_all)]
    async fn file_complaint(
        &self,
        who: Option<Acting>,
        complaint: NewComplaint,
    ) -> Result<ComplaintReceipt, PortalError> {
        let by = match who {
            Some(who) => Some(self.acting(who, &[Scope::Complain]).await?),
            None => None,
        };
        let person = by.as_ref().map(Attribution::person);
        if person.is_none() && !self.limiter.allows(limits::ANONYMOUS_COMPLAINTS, &complaint.client).await? {
            return Err(PortalError::RateLimited);
        }
        let text = match optional_text(Some(&complaint.text), MAX_TEXT_CHARS, "complaint", ErrorCode::Cp002) {
            Ok(Some(text)) => text,
            Ok(None) => return Err(PortalError::field("complaint", ErrorCode::Cp001)),
            Err(error) => return Err(PortalError::Invalid(vec![error])),
        };
        let owner = match person {
            Some(person) => Some(self.person(person).await?),
            None => None,
        };
        let related = match (&by, complaint.related_reference.as_deref().filter(|r| !r.is_empty())) {
            // Only a request whoever complains may see (a helper cannot probe the person's other references).
            (Some(by), Some(reference)) => match self.visible_request(by, reference).await {
                Ok(row) => Some(row.id),
                Err(PortalError::NotFound) => return Err(PortalError::field("related", ErrorCode::Cp003)),
                Err(error) => return Err(error),
            },
            _ => None,
        };
        let key = match &owner {
            Some((_, key)) => key.clone(),
            None => self.master_key.system_key(),
        };
        // Who the complaint is about, if it names a staff member: they will never see it. An unknown name
        // changes nothing and says nothing.
        let concerns_staff = match complaint.staff_member.as_deref() {
            Some(named) => self.storage.staff_named(named).await?,
            None => None,
        };
        let receipt_code = person.is_none().then(random_receipt_code);
        let receipt_hash = receipt_code
            .as_deref()
            .map(|code| self.master_key.keyed_hash("complaint-receipt", &normalise_receipt(code)));
        // Complaints always go to the data-protection officer's team.
        let team = match self.storage.team_by_key("dpo").await? {
            Some(team) => Some(team),
            None => self.storage.default_team().await?,
        };
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let mut reference = random_reference();
        while sql::reference_taken(&mut tx, &reference).await? {
            reference = random_reference();
        }
        let (by_kind, by_id) =
            by.as_ref().map_or((ActorKind::Anonymous, None), |by| (by.kind_and_id().0, Some(by.kind_and_id().1)));
        let id = sql::insert_request(
            &mut tx,
            InsertRequest {
                reference: &reference,
                person_id: person.map(|p| p.0),
                kind: RequestKind::Complaint,
                locale: complaint.locale.code(),
                received_at: now,
                due_at: add_months(now, 1),
                team_id: team,
                submitted_by_kind: by_kind,
                submitted_by_id: by_id,
                explanation_enc: Some(key.encrypt(&places::explanation(&reference), &text)?),
                related_request_id: related,
                receipt_hash,
                concerns_staff_id: concerns_staff,
            },
        )
        .await?;
        sql::insert_event(&mut tx, id, now, "submitted", by_kind, by_id).await?;
        let event = match &by {
            Some(by) => request_event(by, "complaint.filed", id, &[]),
            None => NewAuditEvent {
                actor_kind: ActorKind::Anonymous,
                action: "complaint.filed".into(),
                object_type: Some("request".into()),
                object_id: Some(id),
                field_names: "[]".into(),
                ..NewAuditEvent::default()
            },
        };
        audit::append(&mut tx, now, event).await?;
        if let Some((row, key)) = &owner {
            self.queue_notice(&mut tx, row, key, complaint.locale.code(), Notice::RequestReceived).await?;
        }
        tx.commit().await?;
        self.outbox_wake.notify_one();
        tracing::info!(request_id = id, anonymous = person.is_none(), "complaint filed");
        Ok(ComplaintReceipt { reference, receipt_code })
    }

    async fn find_complaint(&self, receipt_code: &str, client: &str) -> Result<String, PortalError> {
        if !self.limiter.allows(limits::RECEIPT_LOOKUPS, client).await? {
            return Err(PortalError::RateLimited);
        }
        let hash = self.master_key.keyed_hash("complaint-receipt", &normalise_receipt(receipt_code));
        self.storage.complaint_by_receipt(&hash).await?.ok_or(PortalError::NotFound)
    }

    async fn attachment(&self, who: Acting, reference: &str, id: i64) -> Result<(String, Vec<u8>), PortalError> {
        let by = self.acting(who, &SEE_REQUESTS).await?;
        let (_, key) = self.person(by.person()).await?;
        let request = self.visible_request(&by, reference).await?;
        self.audit_helper_view(&by, request_event(&by, "request.viewed", request.id, &[])).await?;
        let file = self
            .storage
            .attachments_of(request.id)
            .await?
            .into_iter()
            .find(|a| a.id == id && document_visible_to(&by, a))
            .ok_or(PortalError::NotFound)?;
        let sealed =
            tokio::fs::read(self.evidence_dir.join(&file.storage_name)).await.context("reading an evidence file")?;
        Ok((file.content_type, key.decrypt_bytes(&places::evidence(&file.storage_name), &sealed)?))
    }

    async fn anonymous_complaint(&self, reference: &str) -> Result<RequestDetail, PortalError> {
        let row = self.storage.anonymous_complaint(reference).await?.ok_or(PortalError::NotFound)?;
        self.detail(row, &self.master_key.system_key(), Vec::new()).await
    }
}

/// A receipt code: 16 unambiguous characters (80 bits), shown as `XXXX-XXXX-XXXX-XXXX`.
fn random_receipt_code() -> String {
    let code: Vec<char> = random_unambiguous(16).chars().collect();
    code.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("-")
}

/// What a receipt code is compared by: upper case, no spaces or dashes.
pub fn normalise_receipt(code: &str) -> String {
    amana_app::input::ascii_digits(code)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A source system's acknowledgement of a change as the request shows it.
fn upstream_change(row: ChangeStateRow) -> UpstreamChange {
    let state = match (row.ack_outcome.as_deref(), row.acked_at.map(Day::from_unix)) {
        (Some(outcome), Some(on)) if outcome == AckOutcome::Applied.key() => UpstreamState::Applied { on },
        (Some(_), Some(on)) => UpstreamState::Rejected { on, reason: row.ack_reason.unwrap_or_default() },
        _ => UpstreamState::Waiting,
    };
    UpstreamChange { system: row.system, state }
}
