//! Staff casework: queues, take-next, one request with only the data it concerns, and the actions on it. Every
//! call loads the caller's account and asks the policy module; every step goes through the lifecycle state
//! machine and is written in one transaction with its timeline event, audit event, the person's notice and,
//! when a change is applied, the upstream webhook. Implements the UI's `StaffDesk` contract.

use std::sync::Arc;

use amana_app::contract::{ActorKind, Category};
use amana_app::errors::{ErrorCode, PortalError};
use amana_app::rights::{Recipient, RequestKind, RequestStatus, MAX_TEXT_CHARS};
use amana_app::staff::{
    CaseAction, CaseCategory, CaseField, CasePermissions, CaseView, QueueFilter, QueueItem, QueueView, StaffId,
    TeamInfo, Urgency, ACCESS_REASONS, DECISION_REASONS, EXTENSION_REASONS,
};
use amana_app::when::Day;
use anyhow::Context;
use async_trait::async_trait;

use crate::domain::audit;
use crate::domain::lifecycle::{self, Case, Outcome, Step};
use crate::domain::policy::{load_member, Permission, RequestFacts, StaffMember};
use crate::domain::records;
use crate::domain::request_steps::{case_from, store_at};
use crate::infra::clock::rfc3339;
use crate::infra::crypto::random_token;
use crate::infra::crypto::{places, PersonKey, Place};
use crate::infra::webhook::{Change, ChangeField};
use crate::services::migrant_rights::{add_message, optional_text, MigrantRights};
use crate::storage::casework::{self as sql, CaseFieldRow, CaseRow, QueueQuery};
use crate::storage::requests::insert_event;
use crate::storage::staff::AccountKind;
use crate::storage::{NewAuditEvent, PersonRow, WriteTx};
use crate::workers::outbox::{self, Notice, OutboxMessage};

/// "Due soon" means within this many seconds.
const DUE_SOON_SECONDS: i64 = 3 * 86_400;

/// Audit actions of staff on a person's record; each is shown to the person as `access-<action>` (dots as
/// dashes), so each needs that message in every locale.
pub const STAFF_AUDIT_ACTIONS: [&str; 17] = [
    "request.viewed",
    "category.opened",
    "request.claimed",
    "request.reassigned",
    "request.messaged",
    "request.information-requested",
    "request.resumed",
    "request.extended",
    "request.decision-proposed",
    "request.decision-approved",
    "request.decision-sent-back",
    "request.decided",
    "field.corrected",
    "field.erased",
    "field.restricted",
    // A helper's request listed for staff, and a code printed for the person to confirm it (mandates.rs).
    "mandate.request-viewed",
    "mandate.code-printed",
];

pub struct StaffDesk {
    pub rights: Arc<MigrantRights>,
}

/// What a loaded request is, for the policy and the lifecycle, with its person and their key (none for an
/// anonymous complaint), loaded once.
struct Loaded {
    row: CaseRow,
    fields: Vec<CaseFieldRow>,
    case: Case,
    person: Option<(PersonRow, PersonKey)>,
}

fn urgency(due_at: i64, now: i64) -> Urgency {
    if now > due_at {
        Urgency::Overdue
    } else if due_at - now <= DUE_SOON_SECONDS {
        Urgency::DueSoon
    } else {
        Urgency::OnTime
    }
}

fn facts(row: &CaseRow) -> RequestFacts {
    RequestFacts {
        team: row.team_id,
        assignee: row.assignee_id.map(StaffId),
        concerns_staff: row.concerns_staff_id.map(StaffId),
        complaint: row.kind == RequestKind::Complaint,
    }
}

fn is_sensitive(category: &str) -> bool {
    Category::from_key(category).is_some_and(Category::is_sensitive)
}

/// Whether a request of `kind` can be partly approved.
pub fn partly_possible(kind: RequestKind) -> bool {
    matches!(kind, RequestKind::Access | RequestKind::Complaint)
}

fn refused(refusal: lifecycle::Refusal) -> PortalError {
    PortalError::Refused(refusal.code())
}

/// A staff member's own words: trimmed, at most 2000 characters, `None` when empty.
fn note(text: Option<String>) -> Result<Option<String>, PortalError> {
    optional_text(text.as_deref(), MAX_TEXT_CHARS, "note", ErrorCode::St014).map_err(|e| PortalError::Invalid(vec![e]))
}

impl StaffDesk {
    async fn member(&self, staff: StaffId) -> Result<StaffMember, PortalError> {
        load_member(&self.rights.storage, staff).await
    }

    /// The request, if the caller may see it; otherwise the same answer as for one that does not exist.
    async fn load(&self, member: &StaffMember, reference: &str) -> Result<Loaded, PortalError> {
        let row = self.rights.storage.case_by_reference(reference).await?.ok_or(PortalError::NotFound)?;
        if !member.may(Permission::See, Some(&facts(&row))) {
            return Err(PortalError::NotFound);
        }
        let fields = match row.person_id {
            Some(person) => self.rights.storage.case_fields(person, row.id).await?,
            None => Vec::new(),
        };
        let sensitive = fields.iter().any(|f| f.in_request.0 && is_sensitive(&f.category));
        let case = case_from(&row, sensitive)?;
        let person = match row.person_id {
            Some(person) => records::person_with_key(&self.rights.storage, &self.rights.master_key, person).await?,
            None => None,
        };
        Ok(Loaded { row, fields, case, person })
    }

    /// The key the request's texts are sealed with: the person's, or the system key for an anonymous complaint.
    fn text_key(&self, loaded: &Loaded) -> PersonKey {
        match &loaded.person {
            Some((_, key)) => key.clone(),
            None => self.rights.master_key.system_key(),
        }
    }

    fn event(
        member: &StaffMember,
        action: &str,
        row: &CaseRow,
        fields: Vec<String>,
        reason: Option<&str>,
    ) -> NewAuditEvent {
        NewAuditEvent {
            person_id: row.person_id,
            object_type: Some("request".into()),
            object_id: Some(row.id),
            field_names: serde_json::to_string(&fields).unwrap_or_else(|_| "[]".into()),
            reason: reason.map(str::to_owned),
            ..audit::by_staff(member, action)
        }
    }

    /// Moves the request from `loaded.case` to `after` inside `tx`; refused if someone changed it since it was
    /// loaded (its version moved on).
    async fn store(&self, tx: &mut WriteTx, loaded: &Loaded, after: &Case, now: i64) -> Result<(), PortalError> {
        store_at(tx, loaded.row.id, loaded.row.version, &loaded.case, after, now).await
    }

    /// Tells the person there is news (if there is a person with a contact to tell).
    async fn notify(&self, tx: &mut WriteTx, loaded: &Loaded) -> Result<(), PortalError> {
        if let Some((person, key)) = &loaded.person {
            self.rights.queue_notice(tx, person, key, &loaded.row.locale, Notice::RequestNews).await?;
        }
        Ok(())
    }

    /// The helper who filed `row`, if they still hold an active mandate for its person.
    async fn reachable_helper(&self, row: &CaseRow) -> Result<Option<i64>, PortalError> {
        let (Some(helper), Some(person)) = (row.filing_helper(), row.person_id) else {
            return Ok(None);
        };
        let active = self.rights.storage.helper_acts_for(helper, person, self.rights.clock.now()).await?;
        Ok(active.then_some(helper))
    }

    /// Tells a helper, at their address and in their language, that a message waits for them (never what it says).
    async fn notify_helper(&self, tx: &mut WriteTx, helper: i64) -> Result<(), PortalError> {
        let Some(account) = self.rights.storage.account_by_id(AccountKind::Helper, helper).await? else {
            return Ok(());
        };
        let locale = account.preferred_locale.clone().unwrap_or_else(|| "en".to_owned());
        let message = OutboxMessage::Notice { to: account.email.clone(), locale, notice: Notice::HelperNews };
        outbox::enqueue(tx, &format!("notice-{}", random_token(16)), &message, self.rights.clock.now()).await?;
        Ok(())
    }

    /// Carries out an approved decision inside `tx`: changes the record and tells the source system.
    async fn apply(
        &self,
        tx: &mut WriteTx,
        member: &StaffMember,
        loaded: &Loaded,
        now: i64,
    ) -> Result<(), PortalError> {
        let row = &loaded.row;
        let concerned: Vec<&CaseFieldRow> = loaded.fields.iter().filter(|f| f.in_request.0).collect();
        let (action, targets): (&str, Vec<&CaseFieldRow>) = match loaded.case.kind {
            RequestKind::Correction => ("field.corrected", concerned),
            RequestKind::Erasure if concerned.is_empty() => {
                ("field.erased", loaded.fields.iter().filter(|f| f.value_enc.is_some()).collect())
            }
            RequestKind::Erasure => ("field.erased", concerned),
            RequestKind::Restriction | RequestKind::Objection => ("field.restricted", concerned),
            RequestKind::Access | RequestKind::Complaint => return Ok(()),
        };
        let Some((person_row, key)) = &loaded.person else { return Ok(()) };
        // What each source system must change: the fields it sent, grouped by system.
        let mut changes: std::collections::BTreeMap<&str, Vec<ChangeField>> = std::collections::BTreeMap::new();
        for field in &targets {
            let mut value = None;
            match loaded.case.kind {
                RequestKind::Correction => {
                    let proposed =
                        field.proposed_value_enc.as_deref().context("a correction without a proposed value")?;
                    let (proposal, record) =
                        (places::proposed_value(row.id, field.field_id), places::field_value(field.field_id));
                    value = Some(key.decrypt(&proposal, proposed)?);
                    // Each value is sealed for where it is kept: the proposal moves into the record, the old value
                    // into the request's history, each opened and sealed again.
                    let new_value = key.reseal(&proposal, &record, proposed)?;
                    let old_value = field
                        .value_enc
                        .as_deref()
                        .map(|old| key.reseal(&record, &places::previous_value(row.id, field.field_id), old))
                        .transpose()?;
                    sql::correct_field(tx, row.id, field.field_id, new_value, old_value, now).await?;
                }
                RequestKind::Erasure => sql::erase_field(tx, field.field_id, now).await?,
                _ => sql::restrict_field(tx, field.field_id, now).await?,
            }
            changes.entry(field.source_system.as_str()).or_default().push(ChangeField {
                category: field.category.clone(),
                key: field.field_key.clone(),
                value,
            });
        }
        let names: Vec<String> = changes.values().flatten().map(|c| c.key.clone()).collect();
        audit::append(tx, now, Self::event(member, action, row, names, None)).await?;
        for (system, fields) in changes {
            let change = Change {
                id: String::new(),
                event: action.to_owned(),
                request: row.reference.clone(),
                case_reference: person_row.case_reference.clone(),
                fields,
                approved_at: rfc3339(now),
            };
            outbox::enqueue_upstream_change(tx, system, row.id, change, now).await?;
        }
        Ok(())
    }

    fn view(
        &self,
        member: &StaffMember,
        loaded: Loaded,
        opened: &[String],
        extra: ViewExtras,
    ) -> Result<CaseView, PortalError> {
        let text_key = self.text_key(&loaded);
        let Loaded { row, fields, case, person } = loaded;
        let key = person.as_ref().map(|(_, key)| key);
        let person_name = person
            .as_ref()
            .map(|(_, key)| {
                records::full_name(
                    key,
                    fields.iter().map(|f| (f.field_key.as_str(), f.field_id, f.value_enc.as_deref())),
                )
            })
            .transpose()?;
        let now = self.rights.clock.now();
        let decrypt = |place: Place, sealed: &Option<Vec<u8>>| -> Result<Option<String>, PortalError> {
            match (sealed, key) {
                (Some(sealed), Some(key)) => Ok(Some(key.decrypt(&place, sealed)?)),
                _ => Ok(None),
            }
        };
        let to_field = |f: &CaseFieldRow| -> Result<CaseField, PortalError> {
            Ok(CaseField {
                key: f.field_key.clone(),
                category: f.category.clone(),
                value: decrypt(places::field_value(f.field_id), &f.value_enc)?,
                proposed_value: decrypt(places::proposed_value(row.id, f.field_id), &f.proposed_value_enc)?,
                restricted: f.restricted_at.is_some(),
            })
        };
        let concerned = fields
            .iter()
            .filter(|f| f.in_request.0 && !is_sensitive(&f.category))
            .map(to_field)
            .collect::<Result<Vec<_>, _>>()?;
        let mut categories = Vec::new();
        for category in Category::ALL {
            let in_category: Vec<&CaseFieldRow> = fields.iter().filter(|f| f.category == category.key()).collect();
            if in_category.is_empty() {
                continue;
            }
            let shown = opened.iter().any(|o| o == category.key());
            categories.push(CaseCategory {
                key: category.key().to_owned(),
                sensitive: category.is_sensitive(),
                fields: if shown {
                    Some(in_category.into_iter().map(to_field).collect::<Result<_, _>>()?)
                } else {
                    None
                },
            });
        }
        let facts = facts(&row);
        // What the policy lets this member do, and the lifecycle lets happen now.
        let allowed = |permission: Permission, step: Step| {
            member.may(permission, Some(&facts)) && lifecycle::next(&case, &step, now).is_ok()
        };
        let by = member.id;
        let may = CasePermissions {
            claim: member.may(Permission::UseQueues, None) && lifecycle::next(&case, &Step::Claim { by }, now).is_ok(),
            message: member.may(Permission::Work, Some(&facts)) && lifecycle::allows_message(&case),
            ask_information: allowed(Permission::Work, Step::AskInformation { identity: false }),
            resume: allowed(Permission::Work, Step::InformationReceived),
            extend: allowed(Permission::Work, Step::Extend { months: 1 }),
            decide: allowed(Permission::Work, Step::Decide { by, outcome: Outcome::Refused }),
            approve: allowed(Permission::Approve, Step::Approve { by }),
            reassign: allowed(Permission::Reassign, Step::Reassign { to: by }),
        };
        Ok(CaseView {
            reference: row.reference.clone(),
            kind: case.kind,
            status: case.status,
            locale: row.locale.clone(),
            received_on: Day::from_unix(row.received_at),
            due_on: Day::from_unix(row.due_at),
            extended_due_on: row.extended_due_at.map(Day::from_unix),
            extension_reason: row.extension_reason.clone(),
            urgency: urgency(case.effective_due_at(), now),
            person_name,
            helper: extra.helper,
            helper_reachable: extra.helper_reachable,
            case_reference: person.map(|(p, _)| p.case_reference),
            explanation: row
                .explanation_enc
                .as_deref()
                .map(|s| text_key.decrypt(&places::explanation(&row.reference), s))
                .transpose()?,
            concerned,
            categories,
            assignee: row.assignee_name.clone(),
            awaiting_approval: case.awaiting_approval(),
            proposed_by_viewer: case.proposed_by == Some(member.id),
            outcome: case.outcome,
            reasons: row.decision_reasons.as_deref().and_then(|r| serde_json::from_str(r).ok()).unwrap_or_default(),
            decision_note: row
                .decision_note_enc
                .as_deref()
                .map(|s| text_key.decrypt(&places::decision_note(&row.reference), s))
                .transpose()?,
            timeline: extra.detail.timeline,
            messages: extra.detail.messages,
            attachments: extra.detail.attachments,
            upstream: extra.detail.upstream,
            may,
            colleagues: extra.colleagues,
            templates: extra.templates,
            version: row.version,
            partly_possible: partly_possible(case.kind),
        })
    }
}

struct ViewExtras {
    detail: amana_app::rights::RequestDetail,
    /// The helper who filed the request, by name and organisation.
    helper: Option<(String, String)>,
    helper_reachable: bool,
    colleagues: Vec<(StaffId, String)>,
    templates: Vec<String>,
}

#[async_trait]
impl amana_app::staff::StaffDesk for StaffDesk {
    async fn queue(&self, staff: StaffId, filter: QueueFilter) -> Result<QueueView, PortalError> {
        let member = self.member(staff).await?;
        if !member.may(Permission::UseQueues, None) {
            return Err(PortalError::Forbidden);
        }
        let teams: Vec<i64> = match filter.team {
            Some(team) => member.teams.iter().copied().filter(|t| *t == team).collect(),
            None => member.teams.clone(),
        };
        let rows = self
            .rights
            .storage
            .queue(&QueueQuery {
                teams: &teams,
                viewer: member.id.0,
                complaints: member.handles_complaints(),
                kind: filter.kind,
                status: filter.status,
                locale: filter.locale.as_deref(),
            })
            .await?;
        let now = self.rights.clock.now();
        let items = rows
            .into_iter()
            .map(|row| {
                let CaseRow { request, assignee_id, assignee_name, proposed_by, approved_by, .. } = row;
                let due = request.extended_due_at.unwrap_or(request.due_at);
                QueueItem {
                    reference: request.reference,
                    kind: request.kind,
                    status: request.status,
                    locale: request.locale,
                    received_on: Day::from_unix(request.received_at),
                    due_on: Day::from_unix(due),
                    urgency: urgency(due, now),
                    mine: assignee_id == Some(member.id.0),
                    assignee: assignee_name,
                    awaiting_approval: request.status == RequestStatus::InReview
                        && proposed_by.is_some()
                        && approved_by.is_none(),
                }
            })
            .collect();
        // Even a list without personal data is a staff read: recorded, with the filter as the object.
        let mut tx = self.rights.storage.begin_write().await?;
        let event = NewAuditEvent {
            object_type: Some("team".into()),
            object_id: filter.team,
            ..audit::by_staff(&member, "queue.viewed")
        };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        let all_teams = self.rights.storage.teams_of(staff.0).await?;
        Ok(QueueView {
            teams: all_teams.into_iter().map(|(id, key, name)| TeamInfo { id, key, name }).collect(),
            items,
        })
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn take_next(&self, staff: StaffId, team: Option<i64>) -> Result<Option<String>, PortalError> {
        let member = self.member(staff).await?;
        if !member.may(Permission::UseQueues, None) {
            return Err(PortalError::Forbidden);
        }
        let teams: Vec<i64> = member.teams.iter().copied().filter(|t| team.is_none_or(|wanted| wanted == *t)).collect();
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        let Some(row) = sql::lock_next_unclaimed(&mut tx, &teams, member.id.0, member.handles_complaints()).await?
        else {
            return Ok(None);
        };
        // Whether a second person is needed does not matter for claiming.
        let case = case_from(&row, false)?;
        let after = lifecycle::next(&case, &Step::Claim { by: member.id }, now).map_err(refused)?;
        let loaded = Loaded { row, fields: Vec::new(), case, person: None };
        self.store(&mut tx, &loaded, &after, now).await?;
        insert_event(&mut tx, loaded.row.id, now, "in-review", ActorKind::Staff, Some(member.id.0)).await?;
        audit::append(&mut tx, now, Self::event(&member, "request.claimed", &loaded.row, Vec::new(), None)).await?;
        tx.commit().await?;
        tracing::info!(request_id = loaded.row.id, "request claimed");
        Ok(Some(loaded.row.request.reference))
    }

    async fn case(&self, staff: StaffId, reference: &str, opened: &[String]) -> Result<CaseView, PortalError> {
        let member = self.member(staff).await?;
        let loaded = self.load(&member, reference).await?;
        // Every read is recorded, with the names of the fields shown.
        let shown: Vec<String> = loaded
            .fields
            .iter()
            .filter(|f| {
                (f.in_request.0 && !is_sensitive(&f.category))
                    || opened.contains(&f.category)
                    || records::NAME_FIELDS.contains(&f.field_key.as_str())
            })
            .map(|f| f.field_key.clone())
            .collect();
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        audit::append(&mut tx, now, Self::event(&member, "request.viewed", &loaded.row, shown, None)).await?;
        tx.commit().await?;
        let detail = self.rights.detail(loaded.row.request.clone(), &self.text_key(&loaded), Vec::new()).await?;
        let colleagues = self.colleagues(&loaded.row).await?;
        let helper = match loaded.row.filing_helper() {
            Some(helper) => self
                .rights
                .storage
                .account_by_id(AccountKind::Helper, helper)
                .await?
                .map(|h| (h.display_name, h.office)),
            None => None,
        };
        let helper_reachable = self.reachable_helper(&loaded.row).await?.is_some();
        let extras = ViewExtras {
            detail,
            helper,
            helper_reachable,
            colleagues,
            templates: self.rights.storage.template_keys().await?,
        };
        self.view(&member, loaded, opened, extras)
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn open_category(
        &self,
        staff: StaffId,
        reference: &str,
        category: &str,
        reason: &str,
    ) -> Result<(), PortalError> {
        let member = self.member(staff).await?;
        let loaded = self.load(&member, reference).await?;
        if !ACCESS_REASONS.contains(&reason) {
            return Err(PortalError::field("reason", ErrorCode::St010));
        }
        let fields: Vec<String> =
            loaded.fields.iter().filter(|f| f.category == category).map(|f| f.field_key.clone()).collect();
        if fields.is_empty() {
            return Err(PortalError::NotFound);
        }
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        audit::append(&mut tx, now, Self::event(&member, "category.opened", &loaded.row, fields, Some(reason))).await?;
        tx.commit().await?;
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn act(&self, staff: StaffId, reference: &str, action: CaseAction) -> Result<(), PortalError> {
        let member = self.member(staff).await?;
        let loaded = self.load(&member, reference).await?;
        let facts = facts(&loaded.row);
        let needed = match &action {
            CaseAction::Claim => Permission::UseQueues,
            CaseAction::Reassign { .. } => Permission::Reassign,
            CaseAction::Approve { .. } | CaseAction::SendBack { .. } => Permission::Approve,
            _ => Permission::Work,
        };
        if !member.may(needed, Some(&facts)) {
            return Err(PortalError::Forbidden);
        }
        let now = self.rights.clock.now();
        // Everything that needs no write is checked before the write transaction begins.
        let checked = self.check(&member, &loaded, action, now).await?;
        let row = &loaded.row;
        let text_key = self.text_key(&loaded);
        let mut tx = self.rights.storage.begin_write().await?;
        let (event, audit_action, tell_person): (Option<&str>, &str, bool) = match checked {
            Checked::Step(after, event, audit_action) => {
                self.store(&mut tx, &loaded, &after, now).await?;
                (event, audit_action, false)
            }
            Checked::Approve(after) => {
                self.store(&mut tx, &loaded, &after, now).await?;
                self.finish(&mut tx, &member, &loaded, &after, now).await?;
                (Some("decided"), "request.decision-approved", true)
            }
            Checked::SendBack(after) => {
                self.store(&mut tx, &loaded, &after, now).await?;
                sql::set_decision_text(&mut tx, row.id, None, None).await?;
                (None, "request.decision-sent-back", false)
            }
            Checked::Message { message, helper } => {
                let (template, note, to) = &message;
                self.write_message(&mut tx, &text_key, row, member.id, (template, note.as_deref(), *to), now).await?;
                if let Some(helper) = helper {
                    self.notify_helper(&mut tx, helper).await?;
                }
                // The person is told either way: a message to their helper is about their request.
                (Some("message"), "request.messaged", true)
            }
            Checked::AskInformation { after, template, note } => {
                self.store(&mut tx, &loaded, &after, now).await?;
                let message = (template.as_str(), note.as_deref(), Recipient::Person);
                self.write_message(&mut tx, &text_key, row, member.id, message, now).await?;
                (Some("information-requested"), "request.information-requested", true)
            }
            Checked::Extend { after, reason } => {
                self.store(&mut tx, &loaded, &after, now).await?;
                sql::set_extension_reason(&mut tx, row.id, &reason).await?;
                (Some("extended"), "request.extended", true)
            }
            Checked::Decide { after, reasons, note } => {
                self.store(&mut tx, &loaded, &after, now).await?;
                let reasons = serde_json::to_string(&reasons).context("encoding reasons")?;
                let sealed =
                    note.as_deref().map(|t| text_key.encrypt(&places::decision_note(&row.reference), t)).transpose()?;
                sql::set_decision_text(&mut tx, row.id, Some(&reasons), sealed).await?;
                if after.awaiting_approval() {
                    (None, "request.decision-proposed", false)
                } else {
                    self.finish(&mut tx, &member, &loaded, &after, now).await?;
                    (Some("decided"), "request.decided", true)
                }
            }
        };
        if let Some(event) = event {
            insert_event(&mut tx, row.id, now, event, ActorKind::Staff, Some(member.id.0)).await?;
        }
        let mut event = Self::event(&member, audit_action, row, Vec::new(), None);
        if matches!(audit_action, "request.decision-proposed" | "request.decision-sent-back") {
            // Internal until decided: the person is not shown that a proposal exists (the request id keeps the
            // event traceable for the auditor).
            event.person_id = None;
        }
        audit::append(&mut tx, now, event).await?;
        if tell_person {
            self.notify(&mut tx, &loaded).await?;
        }
        tx.commit().await?;
        self.rights.outbox_wake.notify_one();
        tracing::info!(request_id = row.id, action = audit_action, "staff action");
        Ok(())
    }

    async fn attachment(&self, staff: StaffId, reference: &str, id: i64) -> Result<(String, Vec<u8>), PortalError> {
        let member = self.member(staff).await?;
        let loaded = self.load(&member, reference).await?;
        let (_, key) = loaded.person.as_ref().ok_or(PortalError::NotFound)?;
        let file = self
            .rights
            .storage
            .attachments_of(loaded.row.id)
            .await?
            .into_iter()
            .find(|a| a.id == id)
            .ok_or(PortalError::NotFound)?;
        let sealed = tokio::fs::read(self.rights.evidence_dir.join(&file.storage_name))
            .await
            .context("reading an evidence file")?;
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        audit::append(&mut tx, now, Self::event(&member, "request.viewed", &loaded.row, Vec::new(), None)).await?;
        tx.commit().await?;
        Ok((file.content_type, key.decrypt_bytes(&places::evidence(&file.storage_name), &sealed)?))
    }
}

/// A case action checked against everything that needs no write (the form's values, the lifecycle, who may
/// receive it): what is left is to carry it out.
enum Checked {
    /// A lifecycle step and nothing else: the state after it, its timeline event and its audit action.
    Step(Case, Option<&'static str>, &'static str),
    /// The second person approves the proposal: the decision is carried out.
    Approve(Case),
    /// The proposal goes back to its author, its decision text cleared.
    SendBack(Case),
    /// (template, note, recipient), and the helper to tell.
    Message {
        message: (String, Option<String>, Recipient),
        helper: Option<i64>,
    },
    AskInformation {
        after: Case,
        template: String,
        note: Option<String>,
    },
    Extend {
        after: Case,
        reason: String,
    },
    Decide {
        after: Case,
        reasons: Vec<String>,
        note: Option<String>,
    },
}

impl StaffDesk {
    /// Checks `action` on a loaded request against everything that needs no write.
    async fn check(
        &self,
        member: &StaffMember,
        loaded: &Loaded,
        action: CaseAction,
        now: i64,
    ) -> Result<Checked, PortalError> {
        let step = |step: Step| lifecycle::next(&loaded.case, &step, now).map_err(refused);
        let row = &loaded.row;
        Ok(match action {
            CaseAction::Claim => {
                Checked::Step(step(Step::Claim { by: member.id })?, Some("in-review"), "request.claimed")
            }
            CaseAction::Reassign { to } => {
                if !self.colleagues(row).await?.iter().any(|(id, _)| *id == to) {
                    return Err(PortalError::field("to", ErrorCode::St015));
                }
                Checked::Step(step(Step::Reassign { to })?, None, "request.reassigned")
            }
            CaseAction::Message { template, note: text, to } => {
                let text = note(text)?;
                self.check_template(&template).await?;
                if !lifecycle::allows_message(&loaded.case) {
                    return Err(refused(lifecycle::Refusal::NotNow));
                }
                // Only the helper who filed the request, while they still act for the person.
                let helper = match (to, self.reachable_helper(row).await?) {
                    (Recipient::Person, _) => None,
                    (Recipient::Helper, Some(helper)) => Some(helper),
                    (Recipient::Helper, None) => return Err(PortalError::field("recipient", ErrorCode::St028)),
                };
                Checked::Message { message: (template, text, to), helper }
            }
            CaseAction::AskInformation { template, note: text, identity } => {
                let text = note(text)?;
                self.check_template(&template).await?;
                Checked::AskInformation { after: step(Step::AskInformation { identity })?, template, note: text }
            }
            CaseAction::Resume => Checked::Step(step(Step::InformationReceived)?, Some("in-review"), "request.resumed"),
            CaseAction::Extend { months, reason } => {
                if !EXTENSION_REASONS.contains(&reason.as_str()) {
                    return Err(PortalError::field("reason", ErrorCode::St011));
                }
                Checked::Extend { after: step(Step::Extend { months })?, reason }
            }
            CaseAction::Decide { outcome, reasons, note: text } => {
                let outcome = outcome.ok_or_else(|| PortalError::field("outcome", ErrorCode::St012))?;
                // A request about one piece of information is granted or refused; "partly" fits only requests
                // with parts that are not carried out field by field (access, complaints).
                if outcome == Outcome::PartlyApproved && !partly_possible(loaded.case.kind) {
                    return Err(PortalError::field("outcome", ErrorCode::St018));
                }
                if reasons.is_empty() || reasons.iter().any(|r| !DECISION_REASONS.contains(&r.as_str())) {
                    return Err(PortalError::field("reasons", ErrorCode::St013));
                }
                let text = note(text)?;
                Checked::Decide { after: step(Step::Decide { by: member.id, outcome })?, reasons, note: text }
            }
            // The approval is for the proposal the approver saw, not for one made since.
            CaseAction::Approve { version } | CaseAction::SendBack { version } if version != row.version => {
                return Err(PortalError::Refused(ErrorCode::St027));
            }
            CaseAction::Approve { .. } => Checked::Approve(step(Step::Approve { by: member.id })?),
            CaseAction::SendBack { .. } => Checked::SendBack(step(Step::SendBack)?),
        })
    }

    /// Who a request may be given to: active colleagues of its team with a casework role (data-protection
    /// officers only, for a complaint), never the person a complaint is about.
    async fn colleagues(&self, row: &CaseRow) -> Result<Vec<(StaffId, String)>, PortalError> {
        let Some(team) = row.team_id else { return Ok(Vec::new()) };
        let complaint = row.kind == RequestKind::Complaint;
        Ok(self
            .rights
            .storage
            .caseworkers_in(&[team], complaint)
            .await?
            .into_iter()
            .filter(|(id, _)| row.concerns_staff_id != Some(*id))
            .map(|(id, name)| (StaffId(id), name))
            .collect())
    }

    /// Adds a message from staff member `by` to request `row`: `(template, note, recipient)`, written out as the
    /// person will read it and sealed with `text_key`.
    async fn write_message(
        &self,
        tx: &mut WriteTx,
        text_key: &PersonKey,
        row: &CaseRow,
        by: StaffId,
        (template, note, to): (&str, Option<&str>, Recipient),
        now: i64,
    ) -> Result<(), PortalError> {
        let body = self.message_text(template, &row.locale, note).await?;
        add_message(tx, text_key, (row.id, now), (ActorKind::Staff, Some(by.0)), Some(template), &body, to).await?;
        Ok(())
    }

    /// The message as the person will read it: the template in the request's language (as it reads today: a later
    /// edit of the template does not change what was sent), then the staff member's note.
    async fn message_text(&self, template: &str, locale: &str, note: Option<&str>) -> Result<String, PortalError> {
        let body = match self.rights.storage.template_body(template, locale).await? {
            Some(body) => body,
            None => self.rights.storage.template_body(template, "en").await?.unwrap_or_default(),
        };
        Ok([Some(body.as_str()), note].into_iter().flatten().collect::<Vec<_>>().join("\n\n"))
    }

    async fn check_template(&self, template: &str) -> Result<(), PortalError> {
        if self.rights.storage.template_keys().await?.iter().any(|k| k == template) {
            Ok(())
        } else {
            Err(PortalError::field("template", ErrorCode::St016))
        }
    }

    /// After a final decision that grants something: carry it out and mark the request completed.
    async fn finish(
        &self,
        tx: &mut WriteTx,
        member: &StaffMember,
        loaded: &Loaded,
        decided: &Case,
        now: i64,
    ) -> Result<(), PortalError> {
        if !decided.outcome.is_some_and(Outcome::grants) {
            return Ok(());
        }
        self.apply(tx, member, loaded, now).await?;
        let completed = lifecycle::next(decided, &Step::Complete, now).map_err(refused)?;
        // The decision was stored a moment ago in this transaction, which moved the version on by one.
        store_at(tx, loaded.row.id, loaded.row.version + 1, decided, &completed, now).await?;
        insert_event(tx, loaded.row.id, now, "completed", ActorKind::Staff, Some(member.id.0)).await?;
        Ok(())
    }
}

/// Gives every default template a text in every locale, from the catalogue, unless an admin already wrote one.
pub async fn ensure_default_templates(storage: &crate::storage::Storage, now: i64) -> anyhow::Result<()> {
    let mut tx = storage.begin_write().await?;
    for key in amana_app::staff::DEFAULT_TEMPLATES {
        for locale in amana_app::i18n::Locale::all() {
            let body = locale.text(&format!("template-{key}"));
            sql::insert_template_if_missing(&mut tx, key, locale.code(), &body, now).await?;
        }
    }
    Ok(tx.commit().await?)
}
