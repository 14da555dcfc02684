//! Administration: staff and helper accounts (created without a password: an enrolment link goes to the account's
//! own address; deactivated at once; second factor reset, which ends the account's sessions),
//! teams, the ordered routing rules and the message templates (a text in every locale). Only the admin role
//! may use it and every change is an audit event. Implements the UI's `AdminDesk`.

use std::sync::Arc;

use amana_app::contract::Category;
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::i18n::Locale;
use amana_app::rights::{RequestKind, MAX_TEXT_CHARS};
use amana_app::staff::{
    AdminAction, AdminDesk, AdminOverview, HelperAccount, OrganisationEntry, PurposeEntry, Role, RoutingRuleView,
    StaffAccount, StaffId, TeamEntry, TemplateEntry, LEGAL_BASES, ORGANISATION_KINDS, RECIPIENTS,
};
use anyhow::Context;
use async_trait::async_trait;

use crate::audit;
use crate::clock::Clock;
use crate::crypto::MasterKey;
use crate::policy::{member_who_may, Permission};
use crate::staff_auth::send_enrolment_link;
use crate::storage::admin as sql;
use crate::storage::sessions::end_sessions_of;
use crate::storage::staff::{self as staff_sql, AccountKind};
use crate::storage::{NewAuditEvent, Storage, WriteTx};

pub struct Administration {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    /// Rung after a change that queued an enrolment link.
    pub outbox_wake: Arc<tokio::sync::Notify>,
}

/// A locale code as the page gave it, or the default.
fn known_locale(code: &str) -> &'static str {
    Locale::from_code(code).unwrap_or_default().code()
}

/// A key for a team or template: lower-case letters, digits and dashes, 2 to 40 characters.
fn valid_key(key: &str) -> bool {
    (2..=40).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn required(text: &str, field: &str, max: usize) -> Result<String, PortalError> {
    let text = text.trim();
    if text.is_empty() {
        Err(PortalError::field(field, ErrorCode::Ad001))
    } else if text.chars().count() > max {
        Err(PortalError::field(field, ErrorCode::Ad002))
    } else {
        Ok(text.to_owned())
    }
}

impl Administration {
    /// A new enrolment link for an account that has not finished enrolling; NotFound for an unknown account, and a
    /// refusal for one that already has its second factor (it signs in, or is reset first).
    async fn resend_link(
        &self,
        tx: &mut WriteTx,
        kind: AccountKind,
        account: i64,
        locale: &str,
        now: i64,
    ) -> Result<(), PortalError> {
        let row = self.storage.account_by_id(kind, account).await?.ok_or(PortalError::NotFound)?;
        if row.totp_enrolled_at.is_some() {
            return Err(PortalError::field("action", ErrorCode::Ad016));
        }
        send_enrolment_link(tx, &self.master_key, kind, (account, &row.email), known_locale(locale), now).await?;
        Ok(())
    }

    async fn known_teams(&self, teams: &[i64]) -> Result<(), PortalError> {
        let all = self.storage.teams().await?;
        if teams.iter().all(|t| all.iter().any(|team| team.id == *t)) {
            Ok(())
        } else {
            Err(PortalError::field("teams", ErrorCode::Ad003))
        }
    }
}

#[async_trait]
impl AdminDesk for Administration {
    async fn overview(&self, staff: StaffId) -> Result<AdminOverview, PortalError> {
        member_who_may(&self.storage, staff, Permission::Administer).await?;
        let now = self.clock.now();
        let memberships = self.storage.memberships().await?;
        let staff = self
            .storage
            .accounts()
            .await?
            .into_iter()
            .map(|a| StaffAccount {
                teams: memberships.iter().filter(|(s, _)| *s == a.id).map(|(_, t)| *t).collect(),
                id: a.id,
                email: a.email,
                name: a.display_name,
                role: a.role,
                office: a.office,
                active: a.active != 0,
                enrolled: a.totp_enrolled_at.is_some(),
                locked: a.locked_until.is_some_and(|until| until > now),
            })
            .collect();
        let teams = self
            .storage
            .teams()
            .await?
            .into_iter()
            .map(|t| TeamEntry { id: t.id, key: t.key, name: t.name, is_default: t.is_default != 0 })
            .collect();
        let rules = self
            .storage
            .rules()
            .await?
            .into_iter()
            .map(|r| RoutingRuleView {
                id: r.id,
                position: r.position,
                kind: r.request_kind,
                category: r.category,
                locale: r.locale,
                sensitive: r.sensitive.map(|s| s != 0),
                team: r.team_id,
            })
            .collect();
        let mut templates: Vec<TemplateEntry> = Vec::new();
        for (key, locale, body) in self.storage.template_texts().await? {
            match templates.iter_mut().find(|t| t.key == key) {
                Some(entry) => entry.bodies.push((locale, body)),
                None => templates.push(TemplateEntry { key, bodies: vec![(locale, body)] }),
            }
        }
        let texts = self.storage.purpose_texts().await?;
        let purposes = self
            .storage
            .purposes()
            .await?
            .into_iter()
            .map(|p| PurposeEntry {
                texts: texts
                    .iter()
                    .filter(|(id, ..)| *id == p.id)
                    .map(|(_, locale, name, explanation)| (locale.clone(), name.clone(), explanation.clone()))
                    .collect(),
                id: p.id,
                key: p.key,
                legal_basis: p.legal_basis,
                retention_days: p.retention_days,
                recipients: serde_json::from_str(&p.recipients).unwrap_or_default(),
                consent_required: p.consent_required != 0,
                text_version: p.consent_text_version,
            })
            .collect();
        let helpers = self.storage.helper_accounts().await?;
        let organisations = self
            .storage
            .organisations()
            .await?
            .into_iter()
            .map(|o| OrganisationEntry {
                helpers: helpers
                    .iter()
                    .filter(|h| h.organisation_id == o.id)
                    .map(|h| HelperAccount {
                        id: h.id,
                        email: h.email.clone(),
                        name: h.display_name.clone(),
                        active: h.active != 0,
                        enrolled: h.totp_enrolled_at.is_some(),
                    })
                    .collect(),
                id: o.id,
                name: o.name,
                kind: o.kind,
                contact: o.contact,
                suspended: o.suspended_at.is_some(),
            })
            .collect();
        Ok(AdminOverview { staff, teams, rules, templates, purposes, organisations })
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff))]
    async fn administer(&self, staff: StaffId, action: AdminAction) -> Result<(), PortalError> {
        let admin = member_who_may(&self.storage, staff, Permission::Administer).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let (what, object_type, object_id): (&str, &str, Option<i64>) = match action {
            AdminAction::CreateStaff { email, name, role, office, teams, locale } => {
                let email = required(&email, "email", 200)?;
                if !email.contains('@') {
                    return Err(PortalError::field("email", ErrorCode::Ad004));
                }
                let name = required(&name, "name", 200)?;
                let office = required(&office, "office", 200)?;
                let Some(role) = role.filter(|r| Role::STAFF.contains(r)) else {
                    return Err(PortalError::field("role", ErrorCode::Ad005));
                };
                self.known_teams(&teams).await?;
                if staff_sql::email_taken(&mut tx, AccountKind::Staff, &email).await? {
                    return Err(PortalError::field("email", ErrorCode::Ad007));
                }
                // No password: nobody, the administrator included, can sign in until the holder of the address
                // opens the enrolment link and chooses one.
                let id = crate::storage::seed::insert_staff(&mut tx, &email, &name, role, &office, "", now).await?;
                sql::set_teams(&mut tx, id, &teams).await?;
                send_enrolment_link(
                    &mut tx,
                    &self.master_key,
                    AccountKind::Staff,
                    (id, &email),
                    known_locale(&locale),
                    now,
                )
                .await?;
                ("admin.staff-created", "staff", Some(id))
            }
            AdminAction::SendEnrolmentLink { staff: target, locale } => {
                self.resend_link(&mut tx, AccountKind::Staff, target, &locale, now).await?;
                ("admin.enrolment-link-sent", "staff", Some(target))
            }
            AdminAction::SetActive { staff: target, active } => {
                if target == admin.id && !active {
                    return Err(PortalError::field("staff", ErrorCode::Ad008));
                }
                if !staff_sql::set_active(&mut tx, AccountKind::Staff, target, active).await? {
                    return Err(PortalError::NotFound);
                }
                if !active {
                    end_sessions_of(&mut tx, AccountKind::Staff, target).await?;
                }
                (if active { "admin.staff-activated" } else { "admin.staff-deactivated" }, "staff", Some(target))
            }
            AdminAction::ResetSecondFactor { staff: target } => {
                if !staff_sql::reset_second_factor(&mut tx, AccountKind::Staff, target).await? {
                    return Err(PortalError::NotFound);
                }
                // Whoever holds a session from before the reset (a stolen laptop, say) is signed out now.
                end_sessions_of(&mut tx, AccountKind::Staff, target).await?;
                ("admin.second-factor-reset", "staff", Some(target))
            }
            AdminAction::SetTeams { staff: target, teams } => {
                self.known_teams(&teams).await?;
                if self.storage.staff_by_id(target).await?.is_none() {
                    return Err(PortalError::NotFound);
                }
                sql::set_teams(&mut tx, target, &teams).await?;
                ("admin.teams-changed", "staff", Some(target))
            }
            AdminAction::CreateTeam { key, name } => {
                let key = key.trim().to_owned();
                if !valid_key(&key) {
                    return Err(PortalError::field("key", ErrorCode::Ad009));
                }
                let name = required(&name, "team_name", 100)?;
                if sql::team_key_taken(&mut tx, &key).await? {
                    return Err(PortalError::field("key", ErrorCode::Ad010));
                }
                let id = sql::insert_team(&mut tx, &key, &name).await?;
                ("admin.team-created", "team", Some(id))
            }
            AdminAction::AddRule { kind, category, locale, sensitive, team } => {
                if kind.as_deref().is_some_and(|k| RequestKind::from_key(k).is_none())
                    || category.as_deref().is_some_and(|c| Category::from_key(c).is_none())
                    || locale.as_deref().is_some_and(|l| Locale::from_code(l).is_none())
                {
                    return Err(PortalError::field("rule", ErrorCode::Ad011));
                }
                if kind.as_deref() == Some(RequestKind::Complaint.key()) {
                    // Complaints always go to the data-protection officer; no rule can send them elsewhere.
                    return Err(PortalError::field("rule", ErrorCode::Ad012));
                }
                self.known_teams(&[team]).await?;
                let id =
                    sql::append_rule(&mut tx, kind.as_deref(), category.as_deref(), locale.as_deref(), sensitive, team)
                        .await?;
                ("admin.rule-added", "routing-rule", Some(id))
            }
            AdminAction::DeleteRule { rule } => {
                if !sql::delete_rule(&mut tx, rule).await? {
                    return Err(PortalError::NotFound);
                }
                ("admin.rule-deleted", "routing-rule", Some(rule))
            }
            AdminAction::MoveRule { rule, up } => {
                let mut ids: Vec<i64> = self.storage.rules().await?.into_iter().map(|r| r.id).collect();
                let index = ids.iter().position(|id| *id == rule).ok_or(PortalError::NotFound)?;
                let other = if up { index.checked_sub(1) } else { Some(index + 1).filter(|i| *i < ids.len()) };
                if let Some(other) = other {
                    ids.swap(index, other);
                    sql::reorder_rules(&mut tx, &ids).await?;
                }
                ("admin.rule-moved", "routing-rule", Some(rule))
            }
            AdminAction::SaveTemplate { key, bodies } => {
                let key = key.trim().to_owned();
                if !valid_key(&key) {
                    return Err(PortalError::field("key", ErrorCode::Ad009));
                }
                // A template exists in every locale or not at all: the person always reads it in their language.
                let mut errors = Vec::new();
                for locale in Locale::all() {
                    let body =
                        bodies.iter().find(|(code, _)| code == locale.code()).map(|(_, b)| b.trim()).unwrap_or("");
                    let field = format!("body-{}", locale.code());
                    if body.is_empty() {
                        errors.push(FieldError::new(&field, ErrorCode::Ad013));
                    } else if body.chars().count() > MAX_TEXT_CHARS {
                        errors.push(FieldError::new(&field, ErrorCode::Ad002));
                    }
                }
                if !errors.is_empty() {
                    return Err(PortalError::Invalid(errors));
                }
                for locale in Locale::all() {
                    let body =
                        bodies.iter().find(|(code, _)| code == locale.code()).map(|(_, b)| b.trim()).unwrap_or("");
                    sql::upsert_template(&mut tx, &key, locale.code(), body, now).await?;
                }
                ("admin.template-saved", "template", None)
            }
            AdminAction::SavePurpose { purpose, legal_basis, retention_days, recipients, texts } => {
                let stored = self
                    .storage
                    .purposes()
                    .await?
                    .into_iter()
                    .find(|p| p.id == purpose)
                    .ok_or(PortalError::NotFound)?;
                let mut errors = Vec::new();
                if !LEGAL_BASES.contains(&legal_basis.as_str()) {
                    errors.push(FieldError::new("legal_basis", ErrorCode::Ad015));
                }
                let days = amana_app::input::ascii_digits(retention_days.trim())
                    .parse::<i64>()
                    .ok()
                    .filter(|d| (1..=36_500).contains(d));
                if days.is_none() {
                    errors.push(FieldError::new("retention_days", ErrorCode::Ad014));
                }
                if recipients.iter().any(|r| !RECIPIENTS.contains(&r.as_str())) {
                    errors.push(FieldError::new("recipients", ErrorCode::Ad015));
                }
                let consent = stored.consent_required != 0;
                let text_of = |code: &str| texts.iter().find(|(l, ..)| l == code).map(|(_, n, e)| (n.trim(), e.trim()));
                for locale in Locale::all() {
                    let (name, explanation) = text_of(locale.code()).unwrap_or(("", ""));
                    if name.is_empty() || (consent && explanation.is_empty()) {
                        errors.push(FieldError::new(&format!("purpose-text-{}", locale.code()), ErrorCode::Ad013));
                    } else if name.chars().count() > 200 || explanation.chars().count() > MAX_TEXT_CHARS {
                        errors.push(FieldError::new(&format!("purpose-text-{}", locale.code()), ErrorCode::Ad002));
                    }
                }
                let Some(days) = days.filter(|_| errors.is_empty()) else { return Err(PortalError::Invalid(errors)) };
                // A changed explanation of a consent purpose is a new text: consent given later refers to it.
                let before = self.storage.purpose_texts().await?;
                let explanation_changed = Locale::all().any(|locale| {
                    let old =
                        before.iter().find(|(id, l, ..)| *id == purpose && l == locale.code()).map(|(.., e)| e.trim());
                    old != text_of(locale.code()).map(|(_, e)| e)
                });
                let recipients = serde_json::to_string(&recipients).context("encoding recipients")?;
                sql::update_purpose(&mut tx, purpose, &legal_basis, days, &recipients, consent && explanation_changed)
                    .await?;
                for locale in Locale::all() {
                    let (name, explanation) = text_of(locale.code()).unwrap_or(("", ""));
                    sql::upsert_purpose_text(&mut tx, purpose, locale.code(), name, explanation, now).await?;
                }
                ("admin.purpose-saved", "purpose", Some(purpose))
            }
            AdminAction::CreateOrganisation { name, kind, contact } => {
                let name = required(&name, "organisation_name", 200)?;
                let contact = required(&contact, "contact", 200)?;
                if !ORGANISATION_KINDS.contains(&kind.as_str()) {
                    return Err(PortalError::field("organisation_kind", ErrorCode::Ad015));
                }
                let id = crate::storage::seed::insert_organisation(&mut tx, &name, &kind, &contact, now).await?;
                ("admin.organisation-created", "organisation", Some(id))
            }
            AdminAction::SetSuspended { organisation, suspended } => {
                if !sql::set_suspended(&mut tx, organisation, suspended.then_some(now)).await? {
                    return Err(PortalError::NotFound);
                }
                (
                    if suspended { "admin.organisation-suspended" } else { "admin.organisation-reinstated" },
                    "organisation",
                    Some(organisation),
                )
            }
            AdminAction::CreateHelper { organisation, email, name, locale } => {
                let email = required(&email, "helper_email", 200)?;
                if !email.contains('@') {
                    return Err(PortalError::field("helper_email", ErrorCode::Ad004));
                }
                let name = required(&name, "helper_name", 200)?;
                if !self.storage.organisations().await?.iter().any(|o| o.id == organisation) {
                    return Err(PortalError::NotFound);
                }
                if staff_sql::email_taken(&mut tx, AccountKind::Helper, &email).await? {
                    return Err(PortalError::field("helper_email", ErrorCode::Ad007));
                }
                let id = crate::storage::seed::insert_helper(&mut tx, organisation, &email, &name, "", now).await?;
                send_enrolment_link(
                    &mut tx,
                    &self.master_key,
                    AccountKind::Helper,
                    (id, &email),
                    known_locale(&locale),
                    now,
                )
                .await?;
                ("admin.helper-created", "helper", Some(id))
            }
            AdminAction::SendHelperEnrolmentLink { helper, locale } => {
                self.resend_link(&mut tx, AccountKind::Helper, helper, &locale, now).await?;
                ("admin.helper-enrolment-link-sent", "helper", Some(helper))
            }
            AdminAction::SetHelperActive { helper, active } => {
                if !staff_sql::set_active(&mut tx, AccountKind::Helper, helper, active).await? {
                    return Err(PortalError::NotFound);
                }
                if !active {
                    end_sessions_of(&mut tx, AccountKind::Helper, helper).await?;
                }
                (if active { "admin.helper-activated" } else { "admin.helper-deactivated" }, "helper", Some(helper))
            }
            AdminAction::ResetHelperSecondFactor { helper } => {
                if !staff_sql::reset_second_factor(&mut tx, AccountKind::Helper, helper).await? {
                    return Err(PortalError::NotFound);
                }
                end_sessions_of(&mut tx, AccountKind::Helper, helper).await?;
                ("admin.helper-second-factor-reset", "helper", Some(helper))
            }
        };
        let event = NewAuditEvent { object_type: Some(object_type.into()), object_id, ..audit::by_staff(&admin, what) };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        self.outbox_wake.notify_one();
        tracing::info!(action = what, "administration change");
        Ok(())
    }
}

/// Gives every purpose a name (and explanation) in every locale from the catalogue, unless an administrator
/// already wrote one.
pub async fn ensure_purpose_texts(storage: &Storage, now: i64) -> anyhow::Result<()> {
    let catalog = amana_app::i18n::catalog();
    let purposes = storage.purposes().await?;
    let mut tx = storage.begin_write().await?;
    for purpose in purposes {
        for locale in Locale::all() {
            let name_id = format!("purpose-{}", purpose.key);
            let explanation_id = format!("purpose-{}-explained", purpose.key);
            let name = if catalog.has_message(locale, &name_id) { locale.text(&name_id) } else { purpose.key.clone() };
            let explanation =
                if catalog.has_message(locale, &explanation_id) { locale.text(&explanation_id) } else { String::new() };
            sql::insert_purpose_text_if_missing(&mut tx, purpose.id, locale.code(), &name, &explanation, now).await?;
        }
    }
    tx.commit().await
}
