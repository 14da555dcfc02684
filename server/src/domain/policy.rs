//! Authorisation: one place that says which staff role may see and do what, and what a helper may do for a
//! person under their mandate. Services load the caller's current account (role, teams, active) or mandate on
//! every call and ask here; nothing is decided from the session alone, so a deactivated account, a changed team,
//! a revoked or expired mandate or a suspended organisation takes effect at once.

use amana_app::contract::{Acting, ActorKind, PersonId};
use amana_app::errors::PortalError;
use amana_app::helpers::{HelperId, Scope};
use amana_app::staff::{Role, StaffId};

use crate::storage::staff::AccountKind;
use crate::storage::{NewAuditEvent, Storage};

/// The caller, as stored now.
#[derive(Clone, Debug)]
pub struct StaffMember {
    pub id: StaffId,
    pub role: Role,
    pub office: String,
    pub name: String,
    pub teams: Vec<i64>,
}

/// The caller as stored now, with their teams; a deactivated or unknown account may do nothing.
pub async fn load_member(storage: &crate::storage::Storage, staff: StaffId) -> Result<StaffMember, PortalError> {
    let row = storage.staff_by_id(staff.0).await?.ok_or(PortalError::NotSignedIn)?;
    if !row.active.0 {
        return Err(PortalError::NotSignedIn);
    }
    let role = row.role;
    let teams = storage.teams_of(staff.0).await?.into_iter().map(|(id, _, _)| id).collect();
    Ok(StaffMember { id: StaffId(row.id), role, office: row.office, name: row.display_name, teams })
}

/// The caller, if the role allows `what` (a permission about no request in particular).
pub async fn member_who_may(
    storage: &crate::storage::Storage,
    staff: StaffId,
    what: Permission,
) -> Result<StaffMember, PortalError> {
    let member = load_member(storage, staff).await?;
    if member.may(what, None) {
        Ok(member)
    } else {
        Err(PortalError::Forbidden)
    }
}

/// The facts about a request that decide who may see and work it.
#[derive(Clone, Copy, Debug)]
pub struct RequestFacts {
    pub team: Option<i64>,
    pub assignee: Option<StaffId>,
    /// A complaint about this staff member is never shown to them.
    pub concerns_staff: Option<StaffId>,
    /// Complaints are for data-protection officers only, whatever team they sit in.
    pub complaint: bool,
}

/// What a staff member wants to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// See the queues of their teams and take requests from them.
    UseQueues,
    /// Open one request (and its documents).
    See,
    /// Message, ask for information, extend, decide: the assignee's work.
    Work,
    /// Give a request to someone else.
    Reassign,
    /// Approve or send back a colleague's proposal.
    Approve,
    /// Staff accounts, teams, routing, purposes, templates.
    Administer,
    /// Read, export and verify the audit log.
    Audit,
    /// Keep the breach register and send its notices.
    Breaches,
}

impl StaffMember {
    fn does_casework(&self) -> bool {
        self.role.works_queues()
    }

    fn supervises(&self) -> bool {
        matches!(self.role, Role::Reviewer | Role::Dpo)
    }

    /// Whether complaints may be listed for the member at all (queues filter on this in SQL).
    pub fn handles_complaints(&self) -> bool {
        self.role == Role::Dpo
    }

    /// Whether the member may do `what` (to `request`, where it is about one).
    pub fn may(&self, what: Permission, request: Option<&RequestFacts>) -> bool {
        let sees = |r: &RequestFacts| {
            self.does_casework()
                && r.team.is_some_and(|team| self.teams.contains(&team))
                && r.concerns_staff != Some(self.id)
                && (!r.complaint || self.handles_complaints())
        };
        match what {
            Permission::UseQueues => self.does_casework(),
            Permission::See => request.is_some_and(sees),
            Permission::Work => request.is_some_and(|r| sees(r) && r.assignee == Some(self.id)),
            Permission::Reassign | Permission::Approve => request.is_some_and(|r| sees(r) && self.supervises()),
            Permission::Administer => self.role == Role::Admin,
            Permission::Audit => self.role == Role::Auditor,
            Permission::Breaches => self.role == Role::Dpo,
        }
    }
}

/// A helper's account if they may act now: account active and organisation not suspended; otherwise they count
/// as signed out.
pub async fn active_helper(
    storage: &Storage,
    helper: HelperId,
) -> Result<crate::storage::staff::StaffRow, PortalError> {
    let account = storage.account_by_id(AccountKind::Helper, helper.0).await?.ok_or(PortalError::NotSignedIn)?;
    if !account.active.0 {
        return Err(PortalError::NotSignedIn);
    }
    Ok(account)
}

/// Who did something to a person's data, as it is recorded: the person, or a helper (by name and organisation,
/// as the person reads it) on the person's behalf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attribution {
    Person(PersonId),
    Helper { person: PersonId, helper: HelperId, mandate: i64, name: String, organisation: String, scope: Vec<Scope> },
}

impl Attribution {
    pub fn person(&self) -> PersonId {
        match self {
            Attribution::Person(person) | Attribution::Helper { person, .. } => *person,
        }
    }

    /// The actor kind and id for timelines, messages, documents and consent history.
    pub fn kind_and_id(&self) -> (ActorKind, i64) {
        match self {
            Attribution::Person(person) => (ActorKind::Person, person.0),
            Attribution::Helper { helper, .. } => (ActorKind::Helper, helper.0),
        }
    }

    /// Whether whoever acts may do what `scope` covers (the person always).
    pub fn allows(&self, wanted: Scope) -> bool {
        match self {
            Attribution::Person(_) => true,
            Attribution::Helper { scope, .. } => scope.contains(&wanted),
        }
    }

    /// The helper, if a helper acts.
    pub fn helper(&self) -> Option<HelperId> {
        match self {
            Attribution::Person(_) => None,
            Attribution::Helper { helper, .. } => Some(*helper),
        }
    }

    /// An audit event about the person, by whoever acts (a helper's carries `on_behalf_of`).
    pub fn audit(&self, action: &str) -> NewAuditEvent {
        match self {
            Attribution::Person(person) => NewAuditEvent {
                actor_kind: ActorKind::Person,
                actor_id: Some(person.0),
                action: action.into(),
                person_id: Some(person.0),
                field_names: "[]".into(),
                ..NewAuditEvent::default()
            },
            Attribution::Helper { person, helper, name, organisation, .. } => {
                helper_audit(*helper, name, organisation, *person, action)
            }
        }
    }
}

/// An audit event by a helper about a person, on that person's behalf (name and organisation as the person reads
/// them).
pub fn helper_audit(helper: HelperId, name: &str, organisation: &str, person: PersonId, action: &str) -> NewAuditEvent {
    NewAuditEvent {
        actor_kind: ActorKind::Helper,
        actor_id: Some(helper.0),
        actor_role: Some(name.to_owned()),
        actor_office: Some(organisation.to_owned()),
        on_behalf_of: Some(person.0),
        action: action.into(),
        person_id: Some(person.0),
        field_names: "[]".into(),
        ..NewAuditEvent::default()
    }
}

/// Whether `who` may do what needs one of `scopes`: the person always; a helper only under a mandate for that
/// person that is active now (redeemed, not revoked or expired, account and organisation not suspended) and
/// whose scope includes one of them. Anything else is refused without saying why.
pub async fn acting(storage: &Storage, who: Acting, scopes: &[Scope], now: i64) -> Result<Attribution, PortalError> {
    let Some(act) = who.helper else { return Ok(Attribution::Person(who.person)) };
    let mandate = storage.mandate_held(act.helper.0, act.mandate, now).await?.ok_or(PortalError::OutsideMandate)?;
    if mandate.person_id != who.person.0 || !scopes.iter().any(|s| mandate.scope.0.contains(s)) {
        return Err(PortalError::OutsideMandate);
    }
    Ok(Attribution::Helper {
        person: who.person,
        helper: act.helper,
        mandate: act.mandate,
        scope: mandate.scope.0,
        name: mandate.helper_name,
        organisation: mandate.organisation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(id: StaffId, role: Role, teams: &[i64]) -> StaffMember {
        StaffMember { id, role, office: "Office".into(), name: "Name".into(), teams: teams.to_vec() }
    }

    const IN_TEAM_1: RequestFacts =
        RequestFacts { team: Some(1), assignee: Some(StaffId(1)), concerns_staff: None, complaint: false };

    #[test]
    fn each_role_against_each_permission() {
        use Permission::*;
        let cases = [
            (member(StaffId(1), Role::Caseworker, &[1]), [true, true, true, false, false, false, false]),
            (member(StaffId(2), Role::Caseworker, &[1]), [true, true, false, false, false, false, false]),
            (member(StaffId(3), Role::Caseworker, &[2]), [true, false, false, false, false, false, false]),
            (member(StaffId(4), Role::Reviewer, &[1]), [true, true, false, true, true, false, false]),
            (member(StaffId(5), Role::Dpo, &[1]), [true, true, false, true, true, false, false]),
            (member(StaffId(6), Role::Admin, &[1]), [false, false, false, false, false, true, false]),
            (member(StaffId(7), Role::Auditor, &[1]), [false, false, false, false, false, false, true]),
        ];
        for (who, expected) in cases {
            let got =
                [UseQueues, See, Work, Reassign, Approve, Administer, Audit].map(|p| who.may(p, Some(&IN_TEAM_1)));
            assert_eq!(got, expected, "{:?} {}", who.role, who.id);
        }
    }

    #[test]
    fn a_complaint_about_someone_is_hidden_from_them_even_as_assignee_or_supervisor() {
        let about_5 = RequestFacts {
            team: Some(1),
            assignee: Some(StaffId(5)),
            concerns_staff: Some(StaffId(5)),
            complaint: true,
        };
        let dpo = member(StaffId(5), Role::Dpo, &[1]);
        for permission in [Permission::See, Permission::Work, Permission::Approve, Permission::Reassign] {
            assert!(!dpo.may(permission, Some(&about_5)));
        }
        assert!(member(StaffId(8), Role::Dpo, &[1]).may(Permission::See, Some(&about_5)));
    }

    #[test]
    fn complaints_are_for_data_protection_officers_only_even_in_their_team() {
        let complaint = RequestFacts { team: Some(1), assignee: None, concerns_staff: None, complaint: true };
        assert!(member(StaffId(5), Role::Dpo, &[1]).may(Permission::See, Some(&complaint)));
        for role in [Role::Caseworker, Role::Reviewer] {
            assert!(!member(StaffId(4), role, &[1]).may(Permission::See, Some(&complaint)), "{role:?}");
        }
    }

    #[test]
    fn a_request_without_a_team_is_seen_by_nobody() {
        let loose = RequestFacts { team: None, assignee: None, concerns_staff: None, complaint: false };
        assert!(!member(StaffId(4), Role::Reviewer, &[1]).may(Permission::See, Some(&loose)));
    }
}
