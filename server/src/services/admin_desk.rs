//! Administration: staff and helper accounts (created without a password: an enrolment link goes to the account's
//! own address; deactivated at once; second factor reset, which ends the account's sessions),
//! teams, the ordered routing rules, the message templates (a text in every locale), and the source systems with
//! their keys and webhooks (through `source_systems`). Only the admin role may use it and every change is an audit
//! event. Implements the UI's `AdminDesk`.

use std::sync::Arc;

use amana_app::contract::Category;
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::helpers::HelperId;
use amana_app::i18n::Locale;
use amana_app::rights::{RequestKind, MAX_TEXT_CHARS};
use amana_app::staff::{
    Account, AdminOverview, ApiKeyEntry, HelperAccount, NewApiKey, NewHelperAccount, NewOrganisation, NewRoutingRule,
    NewSourceSystem, NewStaffAccount, OrganisationEntry, Posted, PurposeChange, PurposeEntry, Role, RoutingRuleView,
    ShownOnce, SourceSystemEntry, StaffAccount, StaffId, TeamEntry, TemplateEntry, LEGAL_BASES, ORGANISATION_KINDS,
    RECIPIENTS,
};
use anyhow::Context;
use async_trait::async_trait;

use crate::domain::audit;
use crate::domain::intake::Problem;
use crate::domain::policy::{member_who_may, Permission, StaffMember};
use crate::infra::clock::Clock;
use crate::infra::crypto::MasterKey;
use crate::services::source_api::{ApiError, ApiScope};
use crate::services::source_systems::{KeyDates, Operator, SourceSystems};
use crate::services::staff_sign_in::send_enrolment_link;
use crate::storage::admin as sql;
use crate::storage::sessions::end_sessions_of;
use crate::storage::staff::{self as staff_sql, AccountKind};
use crate::storage::systems::json_list;
use crate::storage::{NewAuditEvent, Storage, WriteTx};

pub struct AdminDesk {
    pub storage: Storage,
    pub master_key: MasterKey,
    pub clock: Arc<dyn Clock>,
    /// Rung after a change that queued an enrolment link.
    pub outbox_wake: Arc<tokio::sync::Notify>,
    pub systems: Arc<SourceSystems>,
}

/// An e-mail address as typed, trimmed: required, and with an `@`.
fn email_address(text: &str, field: &str) -> Result<String, PortalError> {
    let email = required(text, field, 200)?;
    if email.contains('@') {
        Ok(email)
    } else {
        Err(PortalError::field(field, ErrorCode::Ad004))
    }
}

/// A key for a team or template: lower-case letters, digits and dashes, 2 to 40 characters.
fn valid_key(key: &str) -> bool {
    (2..=40).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn required(text: &str, field: &str, max: usize) -> Result<String, PortalError> {
    amana_app::input::required_text(text, field, max).map_err(|error| PortalError::Invalid(vec![error]))
}

impl AdminDesk {
    /// The caller, if they are an administrator.
    async fn admin(&self, staff: StaffId) -> Result<StaffMember, PortalError> {
        member_who_may(&self.storage, staff, Permission::Administer).await
    }

    /// Records the change `what` to `object` (type and id) in the audit log, in its transaction, and commits.
    async fn record(
        &self,
        mut tx: WriteTx,
        admin: &StaffMember,
        now: i64,
        what: &str,
        (object_type, object_id): (&str, Option<i64>),
    ) -> Result<(), PortalError> {
        let event = NewAuditEvent { object_type: Some(object_type.into()), object_id, ..audit::by_staff(admin, what) };
        audit::append(&mut tx, now, event).await?;
        tx.commit().await?;
        // A change may have queued an enrolment link.
        self.outbox_wake.notify_one();
        tracing::info!(action = what, "administration change");
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
impl amana_app::staff::AdminDesk for AdminDesk {
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
                id: StaffId(a.id),
                email: a.email,
                name: a.display_name,
                role: a.role,
                office: a.office,
                active: a.active.0,
                enrolled: a.totp_enrolled_at.is_some(),
                locked: a.locked_until.is_some_and(|until| until > now),
            })
            .collect();
        let teams = self
            .storage
            .teams()
            .await?
            .into_iter()
            .map(|t| TeamEntry { id: t.id, key: t.key, name: t.name, is_default: t.is_default.0 })
            .collect();
        let rules = self
            .storage
            .rules()
            .await?
            .into_iter()
            .map(|r| RoutingRuleView {
                id: r.id,
                position: r.position,
                kind: r.request_kind.0,
                category: r.category,
                locale: r.locale,
                sensitive: r.sensitive.0,
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
                consent_required: p.consent_required.0,
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
                        id: HelperId(h.id),
                        email: h.email.clone(),
                        name: h.display_name.clone(),
                        active: h.active.0,
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
        let source_systems = self
            .systems
            .list()
            .await
            .map_err(on_the_form)?
            .into_iter()
            .map(|entry| SourceSystemEntry {
                purposes: entry.purposes(),
                categories: entry.categories(),
                keys: entry
                    .keys
                    .iter()
                    .map(|key| {
                        let dates = KeyDates::of(key, now);
                        ApiKeyEntry {
                            id: key.id,
                            public_id: key.public_id.clone(),
                            scopes: json_list(&key.scopes),
                            created: dates.created,
                            expires: dates.expires,
                            last_used: dates.last_used,
                            revoked: dates.revoked,
                            live: dates.live,
                        }
                    })
                    .collect(),
                id: entry.system.id,
                name: entry.system.name,
                contact: entry.system.contact,
                webhook_url: entry.system.webhook_url,
            })
            .collect();
        Ok(AdminOverview { staff, teams, rules, templates, purposes, organisations, source_systems })
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn create_staff(&self, staff: StaffId, account: NewStaffAccount) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let email = email_address(&account.email, "email")?;
        let name = required(&account.name, "name", 200)?;
        let office = required(&account.office, "office", 200)?;
        let Some(role) = account.role.filter(|r| Role::STAFF.contains(r)) else {
            return Err(PortalError::field("role", ErrorCode::Ad005));
        };
        self.known_teams(&account.teams).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if staff_sql::email_taken(&mut tx, AccountKind::Staff, &email).await? {
            return Err(PortalError::field("email", ErrorCode::Ad007));
        }
        // No password: nobody, the administrator included, can sign in until the holder of the address opens the
        // enrolment link and chooses one.
        let id = crate::storage::seed::insert_staff(&mut tx, &email, &name, role, &office, "", now).await?;
        sql::set_teams(&mut tx, id, &account.teams).await?;
        let (kind, locale) = (AccountKind::Staff, account.locale.code());
        send_enrolment_link(&mut tx, &self.master_key, kind, (StaffId(id), &email), locale, now).await?;
        self.record(tx, &admin, now, "admin.staff-created", ("staff", Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn create_helper(&self, staff: StaffId, account: NewHelperAccount) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let email = email_address(&account.email, "helper_email")?;
        let name = required(&account.name, "helper_name", 200)?;
        if !self.storage.organisations().await?.iter().any(|o| o.id == account.organisation) {
            return Err(PortalError::NotFound);
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if staff_sql::email_taken(&mut tx, AccountKind::Helper, &email).await? {
            return Err(PortalError::field("helper_email", ErrorCode::Ad007));
        }
        let id = crate::storage::seed::insert_helper(&mut tx, account.organisation, &email, &name, "", now).await?;
        let (kind, locale) = (AccountKind::Helper, account.locale.code());
        send_enrolment_link(&mut tx, &self.master_key, kind, (StaffId(id), &email), locale, now).await?;
        self.record(tx, &admin, now, "admin.helper-created", ("helper", Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn send_enrolment_link(&self, staff: StaffId, account: Account, locale: Locale) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let (kind, id) = kind_and_id(account);
        let row = self.storage.account_by_id(kind, id).await?.ok_or(PortalError::NotFound)?;
        // One that already has its second factor signs in, or is reset first.
        if row.totp_enrolled_at.is_some() {
            return Err(PortalError::field("action", ErrorCode::Ad016));
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        send_enrolment_link(&mut tx, &self.master_key, kind, (StaffId(id), &row.email), locale.code(), now).await?;
        let what = match kind {
            AccountKind::Staff => "admin.enrolment-link-sent",
            AccountKind::Helper => "admin.helper-enrolment-link-sent",
        };
        self.record(tx, &admin, now, what, (kind.actor().key(), Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn set_active(&self, staff: StaffId, account: Account, active: bool) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        if account == Account::Staff(admin.id) && !active {
            return Err(PortalError::field("staff", ErrorCode::Ad008));
        }
        let (kind, id) = kind_and_id(account);
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !staff_sql::set_active(&mut tx, kind, id, active).await? {
            return Err(PortalError::NotFound);
        }
        if !active {
            end_sessions_of(&mut tx, kind, id).await?;
        }
        let what = match (kind, active) {
            (AccountKind::Staff, true) => "admin.staff-activated",
            (AccountKind::Staff, false) => "admin.staff-deactivated",
            (AccountKind::Helper, true) => "admin.helper-activated",
            (AccountKind::Helper, false) => "admin.helper-deactivated",
        };
        self.record(tx, &admin, now, what, (kind.actor().key(), Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn reset_second_factor(&self, staff: StaffId, account: Account) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let (kind, id) = kind_and_id(account);
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !staff_sql::reset_second_factor(&mut tx, kind, id).await? {
            return Err(PortalError::NotFound);
        }
        // Whoever holds a session from before the reset (a stolen laptop, say) is signed out now.
        end_sessions_of(&mut tx, kind, id).await?;
        let what = match kind {
            AccountKind::Staff => "admin.second-factor-reset",
            AccountKind::Helper => "admin.helper-second-factor-reset",
        };
        self.record(tx, &admin, now, what, (kind.actor().key(), Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn set_teams(&self, staff: StaffId, member: StaffId, teams: Vec<i64>) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        self.known_teams(&teams).await?;
        if self.storage.staff_by_id(member.0).await?.is_none() {
            return Err(PortalError::NotFound);
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        sql::set_teams(&mut tx, member.0, &teams).await?;
        self.record(tx, &admin, now, "admin.teams-changed", ("staff", Some(member.0))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn create_team(&self, staff: StaffId, key: String, name: String) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let key = key.trim().to_owned();
        if !valid_key(&key) {
            return Err(PortalError::field("key", ErrorCode::Ad009));
        }
        let name = required(&name, "team_name", 100)?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if sql::team_key_taken(&mut tx, &key).await? {
            return Err(PortalError::field("key", ErrorCode::Ad010));
        }
        let id = sql::insert_team(&mut tx, &key, &name).await?;
        self.record(tx, &admin, now, "admin.team-created", ("team", Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn add_rule(&self, staff: StaffId, rule: NewRoutingRule) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let known = |unknown: bool| if unknown { Err(PortalError::field("rule", ErrorCode::Ad011)) } else { Ok(()) };
        known(rule.kind == Posted::Unknown || rule.category == Posted::Unknown || rule.locale == Posted::Unknown)?;
        if rule.kind == Posted::One(RequestKind::Complaint) {
            // Complaints always go to the data-protection officer; no rule can send them elsewhere.
            return Err(PortalError::field("rule", ErrorCode::Ad012));
        }
        self.known_teams(&[rule.team]).await?;
        let (kind, category, locale) =
            (rule.kind.chosen().map(RequestKind::key), rule.category.chosen().map(Category::key), rule.locale.chosen());
        let locale = locale.map(Locale::code);
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let id = sql::append_rule(&mut tx, kind, category, locale, rule.sensitive, rule.team).await?;
        self.record(tx, &admin, now, "admin.rule-added", ("routing-rule", Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn delete_rule(&self, staff: StaffId, rule: i64) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::delete_rule(&mut tx, rule).await? {
            return Err(PortalError::NotFound);
        }
        self.record(tx, &admin, now, "admin.rule-deleted", ("routing-rule", Some(rule))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn move_rule(&self, staff: StaffId, rule: i64, up: bool) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let mut ids: Vec<i64> = self.storage.rules().await?.into_iter().map(|r| r.id).collect();
        let index = ids.iter().position(|id| *id == rule).ok_or(PortalError::NotFound)?;
        let other = if up { index.checked_sub(1) } else { Some(index + 1).filter(|i| *i < ids.len()) };
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if let Some(other) = other {
            ids.swap(index, other);
            sql::reorder_rules(&mut tx, &ids).await?;
        }
        self.record(tx, &admin, now, "admin.rule-moved", ("routing-rule", Some(rule))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn save_template(
        &self,
        staff: StaffId,
        key: String,
        bodies: Vec<(String, String)>,
    ) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let key = key.trim().to_owned();
        if !valid_key(&key) {
            return Err(PortalError::field("key", ErrorCode::Ad009));
        }
        let body_of =
            |locale: Locale| bodies.iter().find(|(code, _)| code == locale.code()).map_or("", |(_, b)| b.trim());
        // A template exists in every locale or not at all: the person always reads it in their language.
        let mut errors = Vec::new();
        for locale in Locale::all() {
            let field = format!("body-{}", locale.code());
            if body_of(locale).is_empty() {
                errors.push(FieldError::new(&field, ErrorCode::Ad013));
            } else if body_of(locale).chars().count() > MAX_TEXT_CHARS {
                errors.push(FieldError::new(&field, ErrorCode::Ad002));
            }
        }
        if !errors.is_empty() {
            return Err(PortalError::Invalid(errors));
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        for locale in Locale::all() {
            sql::upsert_template(&mut tx, &key, locale.code(), body_of(locale), now).await?;
        }
        self.record(tx, &admin, now, "admin.template-saved", ("template", None)).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn save_purpose(&self, staff: StaffId, change: PurposeChange) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let PurposeChange { purpose, legal_basis, retention_days, recipients, texts } = change;
        let stored =
            self.storage.purposes().await?.into_iter().find(|p| p.id == purpose).ok_or(PortalError::NotFound)?;
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
        let consent = stored.consent_required.0;
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
            let old = before.iter().find(|(id, l, ..)| *id == purpose && l == locale.code()).map(|(.., e)| e.trim());
            old != text_of(locale.code()).map(|(_, e)| e)
        });
        let recipients = serde_json::to_string(&recipients).context("encoding recipients")?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        sql::update_purpose(&mut tx, purpose, &legal_basis, days, &recipients, consent && explanation_changed).await?;
        for locale in Locale::all() {
            let (name, explanation) = text_of(locale.code()).unwrap_or(("", ""));
            sql::upsert_purpose_text(&mut tx, purpose, locale.code(), name, explanation, now).await?;
        }
        self.record(tx, &admin, now, "admin.purpose-saved", ("purpose", Some(purpose))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn create_organisation(&self, staff: StaffId, organisation: NewOrganisation) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let name = required(&organisation.name, "organisation_name", 200)?;
        let contact = required(&organisation.contact, "contact", 200)?;
        if !ORGANISATION_KINDS.contains(&organisation.kind.as_str()) {
            return Err(PortalError::field("organisation_kind", ErrorCode::Ad015));
        }
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        let id = crate::storage::seed::insert_organisation(&mut tx, &name, &organisation.kind, &contact, now).await?;
        self.record(tx, &admin, now, "admin.organisation-created", ("organisation", Some(id))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn set_suspended(&self, staff: StaffId, organisation: i64, suspended: bool) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let now = self.clock.now();
        let mut tx = self.storage.begin_write().await?;
        if !sql::set_suspended(&mut tx, organisation, suspended.then_some(now)).await? {
            return Err(PortalError::NotFound);
        }
        let what = if suspended { "admin.organisation-suspended" } else { "admin.organisation-reinstated" };
        self.record(tx, &admin, now, what, ("organisation", Some(organisation))).await
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn register_source_system(&self, staff: StaffId, system: NewSourceSystem) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        let by = Operator::Administrator(&admin);
        let registered = self.systems.register(by, &system.name, &system.contact, &system.purposes, &system.categories);
        registered.await.map(|_| ()).map_err(on_the_form)
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn create_api_key(&self, staff: StaffId, key: NewApiKey) -> Result<ShownOnce, PortalError> {
        let admin = self.admin(staff).await?;
        let system = self.storage.system(key.system).await?.ok_or(PortalError::NotFound)?;
        let mut scopes = Vec::new();
        for scope in &key.scopes {
            scopes.push(ApiScope::from_key(scope).ok_or_else(|| PortalError::field("scopes", ErrorCode::Ad015))?);
        }
        let days = key.days.trim().parse::<i64>().map_err(|_| PortalError::field("days", ErrorCode::Ad018))?;
        let made = self.systems.create_key(Operator::Administrator(&admin), system.id, &scopes, days).await;
        let made = made.map_err(on_the_form)?;
        Ok(ShownOnce { system: system.name, what: "admin-new-key-shown".into(), secret: made.token })
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn revoke_api_key(&self, staff: StaffId, system: i64, key: i64) -> Result<(), PortalError> {
        let admin = self.admin(staff).await?;
        self.systems.revoke_key(Operator::Administrator(&admin), system, key).await.map_err(on_the_form)
    }

    #[tracing::instrument(skip_all, fields(staff_id = staff.0))]
    async fn set_webhook(&self, staff: StaffId, system: i64, url: String) -> Result<Option<ShownOnce>, PortalError> {
        let admin = self.admin(staff).await?;
        let row = self.storage.system(system).await?.ok_or(PortalError::NotFound)?;
        let secret = self.systems.set_webhook(Operator::Administrator(&admin), system, Some(&url)).await;
        let secret = secret.map_err(on_the_form)?;
        Ok(secret.map(|secret| ShownOnce { system: row.name, what: "admin-webhook-secret-shown".into(), secret }))
    }
}

/// A refusal of the source-system registry as the administration form shows it: each problem beside the field
/// it concerns.
fn on_the_form(error: ApiError) -> PortalError {
    match error {
        ApiError::Invalid(problems) => PortalError::Invalid(problems.iter().map(field_error).collect()),
        ApiError::Conflict("name-taken") => PortalError::field("system_name", ErrorCode::Ad017),
        ApiError::Conflict("too-many-live-keys") => PortalError::field("scopes", ErrorCode::Ad019),
        ApiError::NotFound => PortalError::NotFound,
        ApiError::Internal(error) => PortalError::Unexpected(error),
        other => PortalError::Unexpected(anyhow::anyhow!("{other}")),
    }
}

/// The form field and message of one problem (`/purposes/2` is the `purposes` boxes).
fn field_error(problem: &Problem) -> FieldError {
    let member = problem.pointer.trim_start_matches('/').split('/').next().unwrap_or_default();
    let field = match member {
        "name" => "system_name",
        "contact" => "system_contact",
        "url" => "webhook_url",
        "purposes" | "categories" | "scopes" | "days" => member,
        _ => "action",
    };
    let code = match (problem.code.as_str(), field) {
        ("required", "purposes" | "categories" | "scopes") => ErrorCode::Ad020,
        ("required", _) => ErrorCode::Ad001,
        ("too-long", _) => ErrorCode::Ad002,
        ("out-of-range", _) => ErrorCode::Ad018,
        ("invalid-format", "webhook_url") => ErrorCode::Ad021,
        _ => ErrorCode::Ad015,
    };
    FieldError::new(field, code)
}

/// The storage's account kind and id of an account.
fn kind_and_id(account: Account) -> (AccountKind, i64) {
    match account {
        Account::Staff(id) => (AccountKind::Staff, id.0),
        Account::Helper(id) => (AccountKind::Helper, id.0),
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
    Ok(tx.commit().await?)
}
