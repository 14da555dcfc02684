//! Demo work, so that whoever signs in as staff or helper finds something to do: requests in every team's queue
//! and in every state, complaints for the data-protection officers, consent given and withdrawn, mandates active
//! and ended, and accesses with their stated reasons. Everything goes through the services a real filing and real
//! casework use (so timelines, audit events and notices are real), on a clock set back to when each step happened:
//! "overdue" and "due within three days" stay true whenever the demo is seeded.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use amana_app::contract::PersonId;
use amana_app::contract::{Acting, HelperAct};
use amana_app::helpers::HelperId;
use amana_app::helpers::{MandateDesk as _, MandateState, NewMandate, Scope};
use amana_app::i18n::Locale;
use amana_app::rights::{MigrantRights as _, NewComplaint, NewRequest, Outcome, RequestKind};
use amana_app::staff::StaffId;
use amana_app::staff::{CaseAction, StaffDesk as _};
use anyhow::Context;
use tokio::sync::Notify;

use crate::domain::limits::Limiter;
use crate::infra::clock::{add_months, ManualClock, Timestamp};
use crate::infra::crypto::MasterKey;
use crate::services::mandate_desk::MandateDesk;
use crate::services::migrant_rights::MigrantRights;
use crate::services::staff_desk::StaffDesk;
use crate::storage::staff::AccountKind;
use crate::storage::Storage;

const DAY: i64 = 86_400;

fn days(n: i64) -> i64 {
    n * DAY
}

/// The demo helper who holds the mandates.
const HELPER: &str = "helper@legal-aid.example";

/// One step of the demo's past, by the request's label where it concerns one.
enum Step {
    /// A person files a request about the first field of `category` (a correction proposes `proposed`).
    File {
        label: &'static str,
        person: &'static str,
        kind: RequestKind,
        category: &'static str,
        proposed: &'static str,
    },
    /// The helper files a correction for the person under the active mandate.
    FileAsHelper {
        label: &'static str,
        person: &'static str,
        category: &'static str,
        proposed: &'static str,
    },
    /// A complaint, by a signed-in person or (`person: None`) anonymous, naming a staff member or not.
    Complain {
        label: &'static str,
        person: Option<&'static str>,
        text: &'static str,
        names: Option<&'static str>,
    },
    /// A staff member acts on a request.
    Act {
        label: &'static str,
        staff: &'static str,
        action: CaseAction,
    },
    /// A staff member opens a category beyond the request, for a stated reason.
    Open {
        label: &'static str,
        staff: &'static str,
        category: &'static str,
        reason: &'static str,
    },
    /// The person withdraws their request.
    Withdraw {
        label: &'static str,
        person: &'static str,
    },
    Consent {
        person: &'static str,
        purpose: &'static str,
        give: bool,
    },
    /// The person gives the demo helper a mandate, and the helper takes it up with the code at once.
    Mandate {
        person: &'static str,
        scope: &'static [Scope],
        days: u32,
    },
}

fn act(label: &'static str, staff: &'static str, action: CaseAction) -> Step {
    Step::Act { label, staff, action }
}

fn claim(label: &'static str, staff: &'static str) -> Step {
    act(label, staff, CaseAction::Claim)
}

fn decide(label: &'static str, staff: &'static str, outcome: Outcome, reasons: &[&str], note: Option<&str>) -> Step {
    let action = CaseAction::Decide {
        outcome: Some(outcome),
        reasons: reasons.iter().map(|r| (*r).to_owned()).collect(),
        note: note.map(str::to_owned),
    };
    act(label, staff, action)
}

/// How long ago (seconds, in tens of minutes) a request must have been received to be due as near to two days from
/// now as the calendar allows (a month after receipt): within three days, except in the minutes after a short month
/// where no receipt date falls between "now" and three days and a few minutes.
fn received_ago_for_due_soon(now: Timestamp) -> i64 {
    let due = |ago: &i64| add_months(now - ago, 1);
    let candidates: Vec<i64> =
        (25 * 144..=34 * 144).map(|tens| tens * 600).filter(|ago| due(ago) > now + 600).collect();
    let within_three_days = candidates.iter().filter(|ago| due(ago) <= now + 3 * DAY);
    within_three_days
        .min_by_key(|ago| (due(ago) - (now + 2 * DAY)).abs())
        .or_else(|| candidates.iter().min_by_key(|ago| due(ago)))
        .copied()
        .unwrap_or(28 * DAY)
}

/// The demo's past, each step with how long ago (seconds) it happened, oldest first.
fn history(now: Timestamp) -> Vec<(i64, Step)> {
    use RequestKind::{Correction, Erasure, Objection, Restriction};
    let caseworker = "caseworker@amana.example";
    let sensitive = "caseworker.sensitive@amana.example";
    let deputy = "dpo.deputy@amana.example";
    let due_soon = received_ago_for_due_soon(now);
    let mut steps = vec![
        // The general team's queue: new, due soon, overdue, claimed, waiting, extended, awaiting approval.
        (
            days(1),
            Step::File { label: "new", person: "DEMO-0005", kind: Restriction, category: "employment", proposed: "" },
        ),
        (
            due_soon,
            Step::File {
                label: "due-soon",
                person: "DEMO-0003",
                kind: Correction,
                category: "contact",
                proposed: "14 Example Street, Flat 2",
            },
        ),
        (
            days(40),
            Step::File { label: "overdue", person: "DEMO-0004", kind: Objection, category: "employment", proposed: "" },
        ),
        (
            days(9),
            Step::File {
                label: "claimed",
                person: "DEMO-0006",
                kind: Correction,
                category: "education",
                proposed: "vocational training, 2019",
            },
        ),
        (days(8), claim("claimed", caseworker)),
        (days(8), Step::Open { label: "claimed", staff: caseworker, category: "identity", reason: "identity-check" }),
        (
            days(14),
            Step::File {
                label: "waiting",
                person: "DEMO-0007",
                kind: Correction,
                category: "employment",
                proposed: "nursing assistant",
            },
        ),
        (days(13), claim("waiting", caseworker)),
        (
            days(12),
            act(
                "waiting",
                caseworker,
                CaseAction::AskInformation {
                    template: "information-needed".to_owned(),
                    note: Some("Please send a copy of your work contract.".to_owned()),
                    identity: false,
                },
            ),
        ),
        (
            days(25),
            Step::File { label: "extended", person: "DEMO-0008", kind: Restriction, category: "contact", proposed: "" },
        ),
        (days(24), claim("extended", caseworker)),
        (days(20), act("extended", caseworker, CaseAction::Extend { months: 1, reason: "complexity".to_owned() })),
        (
            days(10),
            Step::File { label: "proposal", person: "DEMO-0009", kind: Erasure, category: "education", proposed: "" },
        ),
        (days(9), claim("proposal", caseworker)),
        (days(3), decide("proposal", caseworker, Outcome::Approved, &["request-granted"], None)),
        // Decided and closed ones.
        (
            days(30),
            Step::File {
                label: "approved",
                person: "DEMO-0010",
                kind: Correction,
                category: "contact",
                proposed: "3 Harbour Lane",
            },
        ),
        (days(29), claim("approved", caseworker)),
        (days(20), decide("approved", caseworker, Outcome::Approved, &["request-granted"], None)),
        (
            days(18),
            Step::File {
                label: "refused",
                person: "DEMO-0012",
                kind: Correction,
                category: "education",
                proposed: "secondary school, finished 2015",
            },
        ),
        (days(17), claim("refused", caseworker)),
        (
            days(10),
            decide(
                "refused",
                caseworker,
                Outcome::Refused,
                &["evidence-insufficient"],
                Some("The school records we hold show a different enrolment."),
            ),
        ),
        (
            days(16),
            Step::File { label: "withdrawn", person: "DEMO-0013", kind: Objection, category: "contact", proposed: "" },
        ),
        (days(15), Step::Withdraw { label: "withdrawn", person: "DEMO-0013" }),
        // The sensitive-data team's queue: overdue, and waiting for proof of identity (the clock stopped).
        (
            days(35),
            Step::File {
                label: "sensitive-overdue",
                person: "DEMO-0014",
                kind: Correction,
                category: "health",
                proposed: "complete, record of 2025",
            },
        ),
        (
            days(6),
            Step::File {
                label: "sensitive-identity",
                person: "DEMO-0015",
                kind: Correction,
                category: "legal-status",
                proposed: "refugee, recognised 2025",
            },
        ),
        (days(5), claim("sensitive-identity", sensitive)),
        (
            days(5),
            act(
                "sensitive-identity",
                sensitive,
                CaseAction::AskInformation { template: "identity-documents".to_owned(), note: None, identity: true },
            ),
        ),
        // The data-protection officers' queue: an anonymous complaint, one naming a DPO (who never sees it), and
        // one partly upheld.
        (
            days(4),
            Step::Complain {
                label: "anonymous",
                person: None,
                text: "The reception office discussed my file in the waiting room where others could hear.",
                names: None,
            },
        ),
        (
            days(7),
            Step::Complain {
                label: "names-dpo",
                person: Some("DEMO-0016"),
                text: "My earlier complaint was closed without anyone reading my documents.",
                names: Some("Dana Protection"),
            },
        ),
        (
            days(20),
            Step::Complain {
                label: "partly",
                person: Some("DEMO-0011"),
                text: "My data was shared with the municipality before I was told.",
                names: None,
            },
        ),
        (days(19), claim("partly", deputy)),
        (
            days(10),
            decide(
                "partly",
                deputy,
                Outcome::PartlyApproved,
                &["request-granted", "legal-obligation"],
                Some("The sharing was required by law, but you should have been told first."),
            ),
        ),
        // Consent given and withdrawn.
        (days(60), Step::Consent { person: "DEMO-0017", purpose: "service-updates", give: true }),
        (days(12), Step::Consent { person: "DEMO-0017", purpose: "service-updates", give: false }),
        (days(3), Step::Consent { person: "DEMO-0003", purpose: "service-updates", give: true }),
        // Mandates: an active one for DEMO-0002 (with a correction the helper filed) and one that ended.
        (days(20), Step::Mandate { person: "DEMO-0018", scope: &[Scope::View], days: 1 }),
        (days(6), Step::Mandate { person: "DEMO-0002", scope: &[Scope::View, Scope::Request], days: 90 }),
        (
            days(4),
            Step::FileAsHelper {
                label: "through-helper",
                person: "DEMO-0002",
                category: "education",
                proposed: "secondary school, finished 2003",
            },
        ),
    ];
    // Oldest first; steps of the same day keep their order.
    steps.sort_by_key(|(ago, _)| -ago);
    steps
}

/// The services of a real deployment, on a clock the seed moves.
struct Desk {
    storage: Storage,
    clock: ManualClock,
    rights: Arc<MigrantRights>,
    casework: StaffDesk,
    mandates: MandateDesk,
    /// Request references by label.
    references: HashMap<&'static str, String>,
}

impl Desk {
    async fn person(&self, reference: &str) -> anyhow::Result<(i64, Locale)> {
        let row = self.storage.person_by_reference(reference).await?.context("a demo person")?;
        let locale = row.preferred_locale.as_deref().and_then(Locale::from_code).unwrap_or_default();
        Ok((row.id, locale))
    }

    async fn staff(&self, email: &str) -> anyhow::Result<i64> {
        Ok(self.storage.staff_by_email(email).await?.context("a demo staff member")?.id)
    }

    async fn helper(&self) -> anyhow::Result<i64> {
        Ok(self.storage.account_by_email(AccountKind::Helper, HELPER).await?.context("the demo helper")?.id)
    }

    /// The first field of the category, other than the e-mail address the codes go to where there is another.
    async fn field(&self, person: i64, category: &str) -> anyhow::Result<i64> {
        let fields = self.storage.fields_of(person).await?;
        let mut of_category = fields.iter().filter(|f| f.category == category);
        let first = of_category.clone().next();
        of_category
            .find(|f| f.field_key != "email")
            .or(first)
            .map(|f| f.id)
            .with_context(|| format!("a demo field of {category}"))
    }

    fn reference(&self, label: &str) -> anyhow::Result<String> {
        self.references.get(label).cloned().with_context(|| format!("the demo request {label}"))
    }

    async fn file(
        &mut self,
        label: &'static str,
        who: Acting,
        locale: Locale,
        kind: RequestKind,
        field: i64,
        proposed: &str,
    ) -> anyhow::Result<()> {
        let request = NewRequest {
            kind,
            field: Some(field),
            proposed_value: (kind == RequestKind::Correction).then(|| proposed.to_owned()),
            explanation: None,
            locale,
            evidence: None,
        };
        let filed = self.rights.file_request(who, request).await.map_err(|e| failed(label, e))?;
        self.references.insert(label, filed.reference);
        Ok(())
    }

    async fn run(&mut self, step: Step) -> anyhow::Result<()> {
        match step {
            Step::File { label, person, kind, category, proposed } => {
                let (person, locale) = self.person(person).await?;
                let field = self.field(person, category).await?;
                self.file(label, Acting { person: PersonId(person), helper: None }, locale, kind, field, proposed)
                    .await?;
            }
            Step::FileAsHelper { label, person, category, proposed } => {
                let (person, locale) = self.person(person).await?;
                let helper = self.helper().await?;
                let mandates = self.mandates.mandates(PersonId(person)).await.map_err(|e| failed(label, e))?;
                let mandate =
                    mandates.iter().find(|m| m.state == MandateState::Active).context("an active demo mandate")?.id;
                let field = self.field(person, category).await?;
                let who =
                    Acting { person: PersonId(person), helper: Some(HelperAct { helper: HelperId(helper), mandate }) };
                self.file(label, who, locale, RequestKind::Correction, field, proposed).await?;
            }
            Step::Complain { label, person, text, names } => {
                let (who, locale) = match person {
                    Some(reference) => {
                        let (person, locale) = self.person(reference).await?;
                        (Some(Acting { person: PersonId(person), helper: None }), locale)
                    }
                    None => (None, Locale::default()),
                };
                let complaint = NewComplaint {
                    text: text.to_owned(),
                    related_reference: None,
                    staff_member: names.map(str::to_owned),
                    locale,
                    client: "demo-seed".to_owned(),
                };
                let receipt = self.rights.file_complaint(who, complaint).await.map_err(|e| failed(label, e))?;
                self.references.insert(label, receipt.reference);
            }
            Step::Act { label, staff, action } => {
                let staff = self.staff(staff).await?;
                let reference = self.reference(label)?;
                self.casework.act(StaffId(staff), &reference, action).await.map_err(|e| failed(label, e))?;
            }
            Step::Open { label, staff, category, reason } => {
                let staff = self.staff(staff).await?;
                let reference = self.reference(label)?;
                self.casework
                    .open_category(StaffId(staff), &reference, category, reason)
                    .await
                    .map_err(|e| failed(label, e))?;
            }
            Step::Withdraw { label, person } => {
                let (person, _) = self.person(person).await?;
                let reference = self.reference(label)?;
                self.rights
                    .withdraw(Acting { person: PersonId(person), helper: None }, &reference)
                    .await
                    .map_err(|e| failed(label, e))?;
            }
            Step::Consent { person, purpose, give } => {
                let (person, _) = self.person(person).await?;
                let who = Acting { person: PersonId(person), helper: None };
                self.rights.set_consent(who, purpose, give).await.map_err(|e| failed("consent", e))?;
            }
            Step::Mandate { person, scope, days } => {
                let (person, _) = self.person(person).await?;
                let helper = self.helper().await?;
                let mandate = NewMandate { scope: scope.to_vec(), days };
                let code = self.mandates.grant(PersonId(person), mandate).await.map_err(|e| failed("mandate", e))?;
                self.mandates.redeem(HelperId(helper), &code, "demo-seed").await.map_err(|e| failed("mandate", e))?;
            }
        }
        Ok(())
    }
}

fn failed(label: &str, error: amana_app::errors::PortalError) -> anyhow::Error {
    anyhow::anyhow!("the demo step {label} was refused: {error:?}")
}

/// Does the demo's past through the services, each step at its time. Run once, right after the people are seeded.
pub async fn seed(
    storage: &Storage,
    master_key: &MasterKey,
    outbox_wake: Arc<Notify>,
    evidence_dir: PathBuf,
    now: Timestamp,
) -> anyhow::Result<()> {
    let steps = history(now);
    let clock = ManualClock::starting_at(now);
    let shared_clock: Arc<dyn crate::infra::clock::Clock> = Arc::new(clock.clone());
    let limiter = Limiter::new(storage.clone(), master_key.clone(), shared_clock.clone());
    let rights = Arc::new(MigrantRights {
        storage: storage.clone(),
        master_key: master_key.clone(),
        clock: shared_clock.clone(),
        outbox_wake: outbox_wake.clone(),
        limiter: limiter.clone(),
        evidence_dir,
    });
    let mut desk = Desk {
        storage: storage.clone(),
        clock,
        casework: StaffDesk { rights: rights.clone() },
        mandates: MandateDesk::new(storage.clone(), master_key.clone(), shared_clock, outbox_wake, limiter),
        rights,
        references: HashMap::new(),
    };
    let count = steps.len();
    for (ago, step) in steps {
        desk.clock.set(now - ago);
        desk.run(step).await?;
    }
    tracing::info!(steps = count, "seeded the demo's requests, complaints, consent and mandates");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_due_soon_request_is_due_within_three_days_whatever_the_day() {
        let start = 1_767_225_600; // 2026-01-01
        for hour in (0..800 * 24).step_by(5) {
            let now = start + hour * 3600 + 17 * 60;
            let due = add_months(now - received_ago_for_due_soon(now), 1);
            assert!(due > now + 600 && due <= now + 3 * DAY + 3600, "at hour {hour} it is due in {} s", due - now);
        }
    }
}
