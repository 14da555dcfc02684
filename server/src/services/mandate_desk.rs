//! Mandates: a person gives a helper a revocable, scoped, time-limited permission, handed over as a one-time
//! code (50 bits, 30 minutes, single use, rate-limited guesses); revoking ends it at once. A helper sitting with
//! someone can also ask for one: it becomes active only with the code sent to the person's own contact, or
//! printed for them by staff. Implements the UI's `MandateDesk`.

use std::sync::Arc;

use amana_app::contract::PersonId;
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::helpers::{
    AssistedStart, HelperId, MandateState, MandateView, NewMandate, PendingMandate, PrintedCode, Scope,
    MANDATE_CODE_MINUTES, MANDATE_DAYS, PRINTED_CODE_HOURS,
};
use amana_app::input::{BirthDate, CaseReference};
use amana_app::rights::RequestKind;
use amana_app::staff::StaffId;
use amana_app::when::{Day, Moment};
use async_trait::async_trait;

use crate::domain::audit;
use crate::domain::limits::{self, Limiter};
use crate::domain::policy::{self, Permission};
use crate::domain::records;
use crate::infra::clock::Clock;
use crate::infra::crypto::{random_token, random_unambiguous, MasterKey};
use crate::storage::mandates::{self as sql, NewMandateRow};
use crate::storage::{NewAuditEvent, Storage};
use crate::workers::outbox::{self, OutboxMessage};

/// Whether a waiting helper request is for this staff member's team (staff outside it never see the person).
fn of_their_team(member: &policy::StaffMember, row: &sql::PendingMandateRow) -> bool {
    row.team_id.is_some_and(|team| member.teams.contains(&team))
}

pub struct MandateDesk {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    /// Shared rate limits on code guesses and assisted starts, per client and per helper.
    pub limiter: Limiter,
    pub outbox_wake: Arc<tokio::sync::Notify>,
}

impl MandateDesk {
    pub fn new(
        storage: Storage,
        master_key: MasterKey,
        clock: Arc<dyn Clock>,
        outbox_wake: Arc<tokio::sync::Notify>,
        limiter: Limiter,
    ) -> MandateDesk {
        MandateDesk { storage, master_key, clock, limiter, outbox_wake }
    }

    /// The team that handles this person's requests (as an access request of theirs would be routed): its staff
    /// are the ones who may check who the person is and print them a code.
    async fn team_for(&self, person: &crate::storage::PersonRow) -> anyhow::Result<Option<i64>> {
        let region = self.storage.person_region(person.id).await?;
        let facts = crate::domain::routing::RoutingFacts {
            kind: RequestKind::Access,
            category: None,
            locale: person.preferred_locale.as_deref().unwrap_or("en"),
            region: region.as_deref(),
            sensitive: false,
        };
        Ok(crate::domain::routing::route(
            &self.storage.routing_rules().await?,
            &facts,
            self.storage.default_team().await?,
        ))
    }

    /// Counts a try under `limit` for the client and for the helper; refused when either is used up.
    async fn within(&self, limit: limits::Limit, client: &str, helper: HelperId) -> Result<(), PortalError> {
        let helper = format!("helper-{helper}");
        if self.limiter.allows_all(&[(limit, client), (limit, &helper)]).await? {
            Ok(())
        } else {
            Err(PortalError::RateLimited)
        }
    }

    /// A fresh code and its keyed hash.
    fn new_code(&self) -> (String, String) {
        let raw = random_unambiguous(10);
        let code = format!("{}-{}", &raw[..5], &raw[5..]);
        let hash = self.code_hash(&code);
        (code, hash)
    }

    fn code_hash(&self, code: &str) -> String {
        let normalised: String =
            code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
        self.master_key.keyed_hash("mandate-code", &normalised)
    }
}

/// The scope and length of a mandate, checked: the scope in the register's order.
fn checked_terms(scope: &[Scope], days: u32) -> Result<Vec<Scope>, Vec<FieldError>> {
    let mut errors = Vec::new();
    if scope.is_empty() {
        errors.push(FieldError::new("scope", ErrorCode::Md001));
    }
    if !MANDATE_DAYS.contains(&days) {
        errors.push(FieldError::new("days", ErrorCode::Md002));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Scope::ALL.into_iter().filter(|s| scope.contains(s)).collect())
}

/// The sign-in checks of a case reference and birth date speak to the person ("your case reference"); on the
/// helper's form they speak about the person.
fn about_the_person(error: FieldError) -> FieldError {
    let code = match error.code {
        ErrorCode::Si001 => ErrorCode::Md005,
        ErrorCode::Si002 => ErrorCode::Md006,
        ErrorCode::Si003 => ErrorCode::Md007,
        ErrorCode::Si004 => ErrorCode::Md008,
        other => other,
    };
    FieldError::new(&error.field, code)
}

/// `event`, about mandate `mandate`.
fn about_mandate(event: NewAuditEvent, mandate: i64) -> NewAuditEvent {
    NewAuditEvent { object_type: Some("mandate".into()), object_id: Some(mandate), ..event }
}

fn helper_event(
    account: &crate::storage::staff::StaffRow,
    person: PersonId,
    action: &str,
    mandate: i64,
) -> NewAuditEvent {
    about_mandate(
        policy::helper_audit(HelperId(account.id), &account.display_name, &account.office, person, action),
        mandate,
    )
}

fn person_event(person: PersonId, action: &str, mandate: i64) -> NewAuditEvent {
    about_mandate(policy::Attribution::Person(person).audit(action), mandate)
}

#[async_trait]
impl amana_app::helpers::MandateDesk for MandateDesk {
    async fn mandates(&self, person: PersonId) -> Result<Vec<MandateView>, PortalError> {
        let now = self.clock.now();
        Ok(self
            .storage
            .mandates_of_person(person.0)
            .await?
            .into_iter()
            .map(|m| {
                // Waiting until its code is used or runs out (a helper's request counts its length from then).
                let state = match (m.revoked_at, m.activated_at) {
                    (Some(_), _) => MandateState::Revoked,
                    (None, Some(_)) if m.expires_at > now => MandateState::Active,
                    (None, None) if m.code_expires_at.is_some_and(|c| c > now) => MandateState::Waiting,
                    _ => MandateState::Ended,
                };
                MandateView {
                    id: m.id,
                    helper: m.helper_name.zip(m.organisation),
                    scope: m.scope.0,
                    expires_on: Day::from_unix(m.expires_at),
                    state,
                }
            })
            .collect())
    }

    #[tracing::instrument(skip_all, fields(person_id = person.0))]
    async fn grant(&self, person: PersonId, mandate: NewMandate) -> Result<String, PortalError> {
        let scope = checked_terms(&mandate.scope, mandate.days).map_err(PortalError::Invalid)?;
        let (code, code_hash) = self.new_code();
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let row = NewMandateRow {
            team: None,
            person: person.0,
            helper: None,
            scope: &scope,
            expires_at: now + i64::from(mandate.days) * 86_400,
            code_hash: Some(&code_hash),
            code_expires_at: now + MANDATE_CODE_MINUTES * 60,
        };
        let id = sql::insert_mandate(&mut tx, row, now).await?;
        audit::append(&mut tx, now, person_event(person, "mandate.granted", id)).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = id, "mandate granted");
        Ok(code)
    }

    #[tracing::instrument(skip_all, fields(person_id = person.0))]
    async fn revoke(&self, person: PersonId, mandate: i64) -> Result<(), PortalError> {
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::revoke_mandate(&mut tx, person.0, mandate, now).await? {
            return Err(PortalError::NotFound);
        }
        audit::append(&mut tx, now, person_event(person, "mandate.revoked", mandate)).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = mandate, "mandate revoked");
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(helper_id = helper.0))]
    async fn redeem(&self, helper: HelperId, code: &str, client: &str) -> Result<(), PortalError> {
        let account = policy::active_helper(&self.storage, helper).await?;
        self.within(limits::MANDATE_GUESSES, client, helper).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let Some((mandate, person)) = sql::redeem_mandate(&mut tx, &self.code_hash(code), helper.0, now).await? else {
            return Err(PortalError::field("code", ErrorCode::Md003));
        };
        audit::append(&mut tx, now, helper_event(&account, PersonId(person), "mandate.activated", mandate)).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = mandate, "mandate taken up");
        Ok(())
    }

    #[tracing::instrument(skip_all, fields(helper_id = helper.0))]
    async fn start_assisted(&self, helper: HelperId, start: AssistedStart, client: &str) -> Result<(), PortalError> {
        let account = policy::active_helper(&self.storage, helper).await?;
        let mut errors = Vec::new();
        let reference = CaseReference::parse(&start.case_reference).map_err(|e| errors.push(about_the_person(e))).ok();
        let birth_date = BirthDate::parse(&start.date_of_birth).map_err(|e| errors.push(about_the_person(e))).ok();
        let scope = checked_terms(&start.scope, start.days).map_err(|e| errors.extend(e)).ok();
        let (Some(reference), Some(birth_date), Some(scope)) = (reference, birth_date, scope) else {
            return Err(PortalError::Invalid(errors));
        };
        // Each try tests a reference and a birth date: limited like sign-in, per client and per helper.
        self.within(limits::ASSISTED_STARTS, client, helper).await?;
        let person = self.storage.person_by_reference(reference.as_str()).await?;
        let Some(person) = person.filter(|p| birth_date.matches_record(&p.date_of_birth)) else {
            tracing::info!(matched = false, "assisted mandate asked for");
            return Ok(());
        };
        let contact = records::contact(&records::person_key(&self.master_key, &person)?, &person)?;
        // Without a contact the request waits for staff of the team that handles this person's requests.
        let team = match contact {
            Some(_) => None,
            None => self.team_for(&person).await?,
        };
        let (code, code_hash) = self.new_code();
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let row = NewMandateRow {
            team,
            person: person.id,
            helper: Some(helper.0),
            scope: &scope,
            expires_at: now + i64::from(start.days) * 86_400,
            // Without a contact there is no code yet: the request waits for staff to print one.
            code_hash: contact.as_ref().map(|_| code_hash.as_str()),
            code_expires_at: now
                + if contact.is_some() { MANDATE_CODE_MINUTES * 60 } else { PRINTED_CODE_HOURS * 3600 },
        };
        let id = sql::insert_mandate(&mut tx, row, now).await?;
        if let Some((channel, to)) = contact {
            let locale = person.preferred_locale.clone().unwrap_or_else(|| "en".to_owned());
            let message =
                OutboxMessage::MandateRequest { to, locale, code, organisation: account.office.clone(), scope };
            outbox::enqueue_via(&mut tx, channel, &format!("mandate-{}", random_token(16)), &message, now).await?;
        }
        audit::append(&mut tx, now, helper_event(&account, PersonId(person.id), "mandate.requested", id)).await?;
        tx.commit().await?;
        self.outbox_wake.notify_one();
        tracing::info!(matched = true, mandate_id = id, "assisted mandate asked for");
        Ok(())
    }

    async fn pending(&self, staff: StaffId) -> Result<Vec<PendingMandate>, PortalError> {
        let member = policy::member_who_may(&self.storage, staff, Permission::UseQueues).await?;
        let now = self.clock.now();
        let mut pending = Vec::new();
        for row in self.storage.pending_mandates(now).await?.into_iter().filter(|row| of_their_team(&member, row)) {
            let Some((person_name, case_reference)) =
                records::name_and_reference(&self.storage, &self.master_key, row.person_id).await?
            else {
                continue;
            };
            pending.push((
                row.person_id,
                PendingMandate {
                    id: row.id,
                    helper: row.helper_name,
                    organisation: row.organisation,
                    person_name,
                    case_reference,
                    requested_on: Moment::from_unix(row.created_at),
                    scope: row.scope.0,
                },
            ));
        }
        // Each person whose name and reference are shown can see that staff looked.
        let mut tx = self.storage.begin_write().await?;
        for (person, shown) in &pending {
            let event =
                NewAuditEvent { person_id: Some(*person), ..audit::by_staff(&member, "mandate.request-viewed") };
            audit::append(&mut tx, now, about_mandate(event, shown.id)).await?;
        }
        tx.commit().await?;
        Ok(pending.into_iter().map(|(_, shown)| shown).collect())
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn print_code(&self, staff: StaffId, mandate: i64) -> Result<PrintedCode, PortalError> {
        let member = policy::member_who_may(&self.storage, staff, Permission::UseQueues).await?;
        let now = self.clock.now();
        let row = self
            .storage
            .pending_mandate(mandate, now)
            .await?
            .filter(|row| of_their_team(&member, row))
            .ok_or(PortalError::NotFound)?;
        let (code, code_hash) = self.new_code();
        let valid_until = now + PRINTED_CODE_HOURS * 3600;
        let mut tx = self.storage.begin_write().await?;
        if !sql::set_printed_code(&mut tx, mandate, &code_hash, valid_until, now).await? {
            return Err(PortalError::NotFound);
        }
        let event = about_mandate(
            NewAuditEvent { person_id: Some(row.person_id), ..audit::by_staff(&member, "mandate.code-printed") },
            mandate,
        );
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        tracing::info!(mandate_id = mandate, "mandate code printed");
        Ok(PrintedCode {
            code,
            helper: row.helper_name,
            organisation: row.organisation,
            scope: row.scope.0,
            valid_until: Moment::from_unix(valid_until),
        })
    }
}
