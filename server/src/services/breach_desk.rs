//! The data-protection officer's breach register: record a breach, tell the supervisory authority (and what
//! was learnt later), name the people concerned and send each the notice in their own language through the
//! outbox. Only the DPO may use it; every change is an audit event. Implements the UI's `BreachDesk`.

use std::sync::Arc;

use amana_app::breaches::{
    parse_moment, AuthorityNotice, BreachDetail, BreachForm, BreachSummary, BreachUpdate, PeopleAdded, AUTHORITY_HOURS,
};
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::input::{required_text, CaseReference};
use amana_app::staff::StaffId;
use amana_app::when::Moment;
use anyhow::Context;
use async_trait::async_trait;

use crate::domain::audit;
use crate::domain::breaches::{authority_clock, is_late, read_form, record_of_row, MAX_TEXT};
use crate::domain::policy::{member_who_may, Permission, StaffMember};
use crate::domain::records::person_with_key;
use crate::infra::crypto::random_unambiguous;
use crate::services::migrant_rights::MigrantRights;
use crate::storage::breaches::{self as sql, BreachRow, InsertBreach};
use crate::storage::NewAuditEvent;
use crate::workers::outbox::Notice;

/// At most this many case references are added in one go.
pub const MAX_PEOPLE_PER_ADD: usize = 5_000;

pub struct BreachDesk {
    pub rights: Arc<MigrantRights>,
}

fn event(member: &StaffMember, action: &str, breach: i64) -> NewAuditEvent {
    NewAuditEvent { object_type: Some("breach".into()), object_id: Some(breach), ..audit::by_staff(member, action) }
}

impl BreachDesk {
    async fn dpo(&self, staff: StaffId) -> Result<StaffMember, PortalError> {
        member_who_may(&self.rights.storage, staff, Permission::Breaches).await
    }

    async fn row(&self, reference: &str) -> Result<BreachRow, PortalError> {
        self.rights.storage.breach(reference).await?.ok_or(PortalError::NotFound)
    }

    fn summary(&self, row: &BreachRow) -> BreachSummary {
        BreachSummary {
            reference: row.reference.clone(),
            nature: row.nature,
            risk: row.risk,
            aware_at: Moment::from_unix(row.aware_at),
            clock: authority_clock(row.aware_at, row.authority_notified_at, self.rights.clock.now()),
            people: row.people,
            notified: row.notified,
        }
    }
}

#[async_trait]
impl amana_app::breaches::BreachDesk for BreachDesk {
    async fn breaches(&self, staff: StaffId) -> Result<Vec<BreachSummary>, PortalError> {
        self.dpo(staff).await?;
        Ok(self.rights.storage.breaches().await?.iter().map(|row| self.summary(row)).collect())
    }

    async fn breach(&self, staff: StaffId, reference: &str) -> Result<BreachDetail, PortalError> {
        self.dpo(staff).await?;
        let row = self.row(reference).await?;
        let updates = self.rights.storage.breach_updates(row.id).await?;
        let people = self.rights.storage.breach_people(row.id).await?;
        Ok(BreachDetail {
            summary: self.summary(&row),
            record: record_of_row(&row),
            authority_reference: row.authority_reference.clone(),
            delay_reason: row.delay_reason.clone(),
            updates: updates.into_iter().map(|(at, text)| BreachUpdate { at: Moment::from_unix(at), text }).collect(),
            people: people.into_iter().map(|(case, at)| (case, at.map(Moment::from_unix))).collect(),
        })
    }

    async fn record_breach(&self, staff: StaffId, form: BreachForm) -> Result<String, PortalError> {
        let member = self.dpo(staff).await?;
        let now = self.rights.clock.now();
        let breach = read_form(&form, now).map_err(PortalError::Invalid)?;
        let json = |list: &Vec<String>| serde_json::to_string(list).context("encoding a list");
        let code = random_unambiguous(8);
        let reference = format!("BR-{}-{}", &code[..4], &code[4..]);
        let mut tx = self.rights.storage.begin_write().await?;
        let id = sql::insert_breach(
            &mut tx,
            InsertBreach {
                reference: &reference,
                discovered_at: breach.discovered_at.unix(),
                aware_at: breach.aware_at.unix(),
                nature: breach.nature,
                description: &breach.description,
                categories: json(&breach.categories)?,
                approx_people: breach.approx_people,
                approx_records: breach.approx_records,
                consequences: json(&breach.consequences)?,
                measures: json(&breach.measures)?,
                advice: json(&breach.advice)?,
                risk: breach.risk,
                risk_reasoning: &breach.risk_reasoning,
                processor_reported_at: breach.processor_reported_at.map(Moment::unix),
                recorded_by: member.id.0,
                recorded_at: now,
            },
        )
        .await?;
        audit::append(&mut tx, now, event(&member, "breach.recorded", id)).await?;
        tx.commit().await?;
        Ok(reference)
    }

    async fn tell_authority(
        &self,
        staff: StaffId,
        reference: &str,
        notice: AuthorityNotice,
    ) -> Result<(), PortalError> {
        let member = self.dpo(staff).await?;
        let row = self.row(reference).await?;
        let now = self.rights.clock.now();
        let mut errors = Vec::new();
        let parsed = parse_moment(&notice.at).map(Moment::unix);
        match parsed {
            None => errors.push(FieldError::new("told_at", ErrorCode::Br006)),
            Some(at) if at > now => errors.push(FieldError::new("told_at", ErrorCode::Br002)),
            Some(at) if at < row.aware_at => errors.push(FieldError::new("told_at", ErrorCode::Br003)),
            Some(_) => {}
        }
        let authority_reference = required_text(&notice.reference, "authority_reference", 200);
        if let Err(error) = &authority_reference {
            errors.push(error.clone());
        }
        let late = parsed.is_some_and(|at| is_late(row.aware_at, at));
        if late && notice.delay_reason.trim().is_empty() {
            errors.push(FieldError::new("delay_reason", ErrorCode::Br004));
        } else if notice.delay_reason.chars().count() > MAX_TEXT {
            errors.push(FieldError::new("delay_reason", ErrorCode::Ad002));
        }
        let (Some(at), Ok(authority_reference), true) = (parsed, authority_reference, errors.is_empty()) else {
            return Err(PortalError::Invalid(errors));
        };
        let delay = Some(notice.delay_reason.trim()).filter(|reason| !reason.is_empty());
        let mut tx = self.rights.storage.begin_write().await?;
        if !sql::set_authority_notified(&mut tx, row.id, at, &authority_reference, delay).await? {
            return Err(PortalError::Refused(ErrorCode::Br007));
        }
        let mut audited = event(&member, "breach.authority-told", row.id);
        audited.reason = late.then(|| format!("more than {AUTHORITY_HOURS} hours after awareness"));
        audit::append(&mut tx, now, audited).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_update(&self, staff: StaffId, reference: &str, text: String) -> Result<(), PortalError> {
        let member = self.dpo(staff).await?;
        let row = self.row(reference).await?;
        let text = required_text(&text, "update", MAX_TEXT).map_err(|error| PortalError::Invalid(vec![error]))?;
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        sql::insert_breach_update(&mut tx, row.id, now, member.id.0, &text).await?;
        audit::append(&mut tx, now, event(&member, "breach.updated", row.id)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn add_people(&self, staff: StaffId, reference: &str, lines: &str) -> Result<PeopleAdded, PortalError> {
        let member = self.dpo(staff).await?;
        let row = self.row(reference).await?;
        let wanted: Vec<&str> = lines.lines().map(str::trim).filter(|line| !line.is_empty()).collect();
        if wanted.is_empty() {
            return Err(PortalError::field("people", ErrorCode::Ad001));
        }
        if wanted.len() > MAX_PEOPLE_PER_ADD {
            return Err(PortalError::field("people", ErrorCode::Ad002));
        }
        // Every line is looked up before anything is stored: one unknown line adds nobody, and the form keeps them.
        let mut found = Vec::new();
        let mut unknown = Vec::new();
        for line in wanted {
            let person = match CaseReference::parse(line) {
                Ok(case) => self.rights.storage.person_by_reference(case.as_str()).await?,
                Err(_) => None,
            };
            match person {
                Some(person) => found.push(person.id),
                None => unknown.push(line.to_owned()),
            }
        }
        if !unknown.is_empty() {
            return Ok(PeopleAdded { added: 0, unknown });
        }
        let now = self.rights.clock.now();
        let mut tx = self.rights.storage.begin_write().await?;
        let mut added = 0;
        for person in found {
            added += i64::from(sql::insert_breach_person(&mut tx, row.id, person, now).await?);
        }
        let mut audited = event(&member, "breach.people-added", row.id);
        audited.reason = Some(format!("{added} added"));
        audit::append(&mut tx, now, audited).await?;
        tx.commit().await?;
        Ok(PeopleAdded { added, unknown })
    }

    async fn notify_people(&self, staff: StaffId, reference: &str) -> Result<i64, PortalError> {
        let member = self.dpo(staff).await?;
        let row = self.row(reference).await?;
        let rights = &self.rights;
        let now = rights.clock.now();
        let mut sent = 0;
        // One transaction per person: a failure halfway leaves those before it notified and recorded, and the
        // next press of the button carries on with the rest.
        for person in rights.storage.breach_people_not_notified(row.id).await? {
            let mut tx = rights.storage.begin_write().await?;
            if !sql::mark_breach_notified(&mut tx, row.id, person, now).await? {
                continue;
            }
            // The notice waits on their page whatever happens; the message only says there is news.
            if let Some((person_row, key)) = person_with_key(&rights.storage, &rights.master_key, person).await? {
                let locale = person_row.preferred_locale.as_deref().unwrap_or("en");
                rights.queue_notice(&mut tx, &person_row, &key, locale, Notice::DataIncident).await?;
            }
            tx.commit().await?;
            sent += 1;
        }
        let mut tx = rights.storage.begin_write().await?;
        let mut audited = event(&member, "breach.people-notified", row.id);
        audited.reason = Some(format!("{sent} notified"));
        audit::append(&mut tx, now, audited).await?;
        tx.commit().await?;
        rights.outbox_wake.notify_one();
        Ok(sent)
    }
}
