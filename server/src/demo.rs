//! Fictional demo data: a purpose register, staff for every role, a helper organisation, five source systems and
//! two dozen invented people with 15–40 fields each, loaded through the same intake as the API. Deterministic, so the README can name who to sign in as. No real person.

pub mod work;

use amana_app::contract::ActorKind;
use amana_app::staff::Role;
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::domain::intake::{self, ContactInput, FieldInput, PersonInput};
use crate::infra::clock::{iso_date, Clock, ManualClock};
use crate::infra::crypto::MasterKey;
use crate::services::source_api::{load_person, SourceApi};
use crate::services::source_systems::{Operator, SourceSystems};
use crate::storage::consent::NewConsentEvent;
use crate::storage::seed::{self, NewPurpose};
use crate::storage::Storage;

/// The demo password of every demo staff and helper account (they must still enrol a second factor).
pub const DEMO_PASSWORD: &str = "amana-demo-2026";
/// How many demo people are created.
pub const DEMO_PEOPLE: usize = 24;

/// One purpose: key, legal basis, retention code and days, recipients, consent needed.
type PurposeRow = (&'static str, &'static str, &'static str, i64, &'static [&'static str], bool);

/// The purpose register.
const PURPOSES: [PurposeRow; 9] = [
    ("case-management", "public-task", "case-plus-5y", 1825, &[], false),
    ("residence-permit", "legal-obligation", "permit-plus-10y", 3650, &["border-agency", "municipality"], false),
    ("health-screening", "public-task", "screening-plus-2y", 730, &["health-service"], false),
    ("family-reunification", "public-task", "case-plus-5y", 1825, &["unhcr"], false),
    ("biometric-identity", "legal-obligation", "permit-plus-10y", 3650, &["border-agency"], false),
    ("integration-support", "consent", "support-plus-2y", 730, &["municipality", "education-provider"], true),
    ("resettlement-referral", "consent", "referral-plus-3y", 1095, &["unhcr", "resettlement-country"], true),
    ("statistics", "public-task", "statistics-5y", 1825, &["statistics-office"], false),
    ("service-updates", "consent", "until-withdrawn", 3650, &[], true),
];

/// The source systems the demo people come from (case management, residence register, health screening,
/// biometric enrolment, education and work).
const SYSTEMS: [&str; 5] = ["CaseTrack", "ResidenceReg", "HealthScreen", "BioEnrol", "EduLink"];

/// Every field key by category, with its purpose and source system.
const FIELDS: [(&str, &str, &str, &str); 44] = [
    ("identity", "given-name", "case-management", "CaseTrack"),
    ("identity", "family-name", "case-management", "CaseTrack"),
    ("identity", "date-of-birth", "case-management", "CaseTrack"),
    ("identity", "place-of-birth", "case-management", "CaseTrack"),
    ("identity", "nationality", "case-management", "CaseTrack"),
    ("identity", "sex", "case-management", "CaseTrack"),
    ("identity", "native-language", "case-management", "CaseTrack"),
    ("identity", "document-number", "residence-permit", "ResidenceReg"),
    ("contact", "email", "case-management", "CaseTrack"),
    ("contact", "phone", "case-management", "CaseTrack"),
    ("contact", "address", "case-management", "CaseTrack"),
    ("contact", "municipality", "residence-permit", "ResidenceReg"),
    ("family", "marital-status", "family-reunification", "CaseTrack"),
    ("family", "spouse-name", "family-reunification", "CaseTrack"),
    ("family", "children-count", "family-reunification", "CaseTrack"),
    ("family", "dependants", "family-reunification", "CaseTrack"),
    ("family", "next-of-kin", "case-management", "CaseTrack"),
    ("legal-status", "residence-status", "residence-permit", "ResidenceReg"),
    ("legal-status", "permit-type", "residence-permit", "ResidenceReg"),
    ("legal-status", "permit-expiry", "residence-permit", "ResidenceReg"),
    ("legal-status", "asylum-claim-date", "case-management", "CaseTrack"),
    ("legal-status", "appeal-status", "case-management", "CaseTrack"),
    ("health", "screening-date", "health-screening", "HealthScreen"),
    ("health", "screening-result", "health-screening", "HealthScreen"),
    ("health", "vaccinations", "health-screening", "HealthScreen"),
    ("health", "disability-needs", "health-screening", "HealthScreen"),
    ("health", "medication-needs", "health-screening", "HealthScreen"),
    ("biometrics", "fingerprint-record", "biometric-identity", "BioEnrol"),
    ("biometrics", "photo-record", "biometric-identity", "BioEnrol"),
    ("biometrics", "enrolment-date", "biometric-identity", "BioEnrol"),
    ("biometrics", "enrolment-office", "biometric-identity", "BioEnrol"),
    ("education", "highest-education", "integration-support", "EduLink"),
    ("education", "languages-spoken", "integration-support", "EduLink"),
    ("education", "school-enrolment", "integration-support", "EduLink"),
    ("employment", "work-permit", "residence-permit", "ResidenceReg"),
    ("employment", "occupation", "integration-support", "EduLink"),
    ("employment", "employer", "integration-support", "EduLink"),
    ("case-history", "case-opened", "case-management", "CaseTrack"),
    ("case-history", "case-office", "case-management", "CaseTrack"),
    ("case-history", "interview-date", "case-management", "CaseTrack"),
    ("case-history", "last-decision", "case-management", "CaseTrack"),
    ("case-history", "decision-date", "case-management", "CaseTrack"),
    ("case-history", "resettlement-referral", "resettlement-referral", "CaseTrack"),
    ("case-history", "statistics-cohort", "statistics", "CaseTrack"),
];

const GIVEN: [&str; 20] = [
    "Amira", "Yusuf", "Leila", "Omid", "Daria", "Taras", "Mariam", "Samir", "Nadia", "Karim", "Olena", "Farid",
    "Zahra", "Ibrahim", "Sofia", "Mateo", "Aline", "Hamid", "Noor", "Bohdan",
];
const FAMILY: [&str; 14] = [
    "Haddad", "Karimi", "Petrenko", "Mansour", "Rahimi", "Diallo", "Moreno", "Bondar", "Nasser", "Sadeghi", "Okafor",
    "Hakimi", "Lysenko", "Quispe",
];
const PLACES: [&str; 8] = ["Aleppo", "Herat", "Kharkiv", "Shiraz", "Khartoum", "Maracaibo", "Asmara", "Mosul"];
const NATIONALITIES: [&str; 7] = ["SYR", "AFG", "UKR", "IRN", "SDN", "VEN", "ERI"];
const LANGUAGES: [&str; 7] = ["ar", "fa", "uk", "ps", "ti", "es", "fr"];
const OFFICES: [&str; 3] = ["North Reception Office", "Harbour Office", "Central Registry"];

/// Staff accounts: e-mail, name, role, office, team keys.
const STAFF: [(&str, &str, Role, &str, &[&str]); 7] = [
    ("caseworker@amana.example", "Casey Worker", Role::Caseworker, "Central Registry", &["general"]),
    ("caseworker.sensitive@amana.example", "Sam Sensitive", Role::Caseworker, "Central Registry", &["sensitive-data"]),
    ("reviewer@amana.example", "Robin Reviewer", Role::Reviewer, "Central Registry", &["general", "sensitive-data"]),
    ("dpo@amana.example", "Dana Protection", Role::Dpo, "Data Protection Office", &["dpo"]),
    ("dpo.deputy@amana.example", "Drew Deputy", Role::Dpo, "Data Protection Office", &["dpo"]),
    ("admin@amana.example", "Ari Admin", Role::Admin, "Central Registry", &[]),
    ("auditor@amana.example", "Alex Auditor", Role::Auditor, "AuditDesk Unit", &[]),
];

/// The fixed demo people the README lists: reference and date of birth. DEMO-0004's papers give only the year of birth and DEMO-0005's the year and month, as many refugees' do: they sign
/// in with just those parts.
pub const NAMED_DEMO_PEOPLE: [(&str, &str); 5] = [
    ("DEMO-0001", "1990-01-01"),
    ("DEMO-0002", "1985-06-15"),
    ("DEMO-0003", "1978-11-30"),
    ("DEMO-0004", "1983"),
    ("DEMO-0005", "1991-07"),
];

fn value_for(key: &str, rng: &mut StdRng, person: &DemoPerson, now: i64) -> String {
    let day = |rng: &mut StdRng, back_days: i64| iso_date(now - rng.gen_range(30..back_days) * 86_400);
    let pick = |rng: &mut StdRng, list: &[&str]| list.choose(rng).copied().unwrap_or_default().to_owned();
    match key {
        "given-name" => person.given.clone(),
        "family-name" => person.family.clone(),
        "date-of-birth" => person.date_of_birth.clone(),
        "place-of-birth" => pick(rng, &PLACES),
        "nationality" => pick(rng, &NATIONALITIES),
        "sex" => pick(rng, &["F", "M", "X"]),
        "native-language" | "languages-spoken" => pick(rng, &LANGUAGES),
        "document-number" => format!("X{:08}", rng.gen_range(0..100_000_000)),
        "email" => person.email.clone().unwrap_or_default(),
        "phone" => person.phone.clone().unwrap_or_else(|| demo_phone(rng.gen_range(100..999))),
        "address" => format!("{} Example Street, Flat {}", rng.gen_range(1..200), rng.gen_range(1..40)),
        "municipality" => pick(rng, &["Northtown", "Harbourside", "Rivermouth"]),
        "marital-status" => pick(rng, &["single", "married", "widowed"]),
        "spouse-name" => format!("{} {}", pick(rng, &GIVEN), person.family),
        "children-count" => rng.gen_range(0..5).to_string(),
        "dependants" => rng.gen_range(0..3).to_string(),
        "next-of-kin" => format!("{} {}", pick(rng, &GIVEN), pick(rng, &FAMILY)),
        "residence-status" => pick(rng, &["asylum-seeker", "refugee", "subsidiary-protection", "temporary-protection"]),
        "permit-type" => pick(rng, &["A", "B", "F", "S"]),
        "permit-expiry" => iso_date(now + rng.gen_range(60..1000) * 86_400),
        "appeal-status" => pick(rng, &["none", "pending", "closed"]),
        "screening-result" => pick(rng, &["no-follow-up", "follow-up-booked"]),
        "vaccinations" => pick(rng, &["complete", "partial", "unknown"]),
        "disability-needs" => pick(rng, &["none", "mobility-support", "hearing-support"]),
        "medication-needs" => pick(rng, &["none", "regular-prescription"]),
        "fingerprint-record" => format!("FP-{:06}", rng.gen_range(0..1_000_000)),
        "photo-record" => format!("PH-{:06}", rng.gen_range(0..1_000_000)),
        "enrolment-office" | "case-office" => pick(rng, &OFFICES),
        "highest-education" => pick(rng, &["primary", "secondary", "vocational", "university"]),
        "school-enrolment" => pick(rng, &["not-applicable", "enrolled", "waiting-list"]),
        "work-permit" => pick(rng, &["yes", "no", "applied"]),
        "occupation" => pick(rng, &["nurse", "electrician", "teacher", "cook", "driver", "student"]),
        "employer" => pick(rng, &["Fictional Bakery Ltd", "Example Logistics", "none"]),
        "last-decision" => pick(rng, &["interview-scheduled", "permit-granted", "under-review"]),
        "resettlement-referral" => pick(rng, &["not-referred", "referred", "accepted"]),
        "statistics-cohort" => format!("{}-Q{}", 2024 + rng.gen_range(0..3), rng.gen_range(1..5)),
        _ => day(rng, 2000), // every *-date field
    }
}

struct DemoPerson {
    reference: String,
    date_of_birth: String,
    given: String,
    family: String,
    email: Option<String>,
    phone: Option<String>,
    locale: Option<&'static str>,
}

/// Every fourth demo person, from DEMO-0003 on, has a phone and no e-mail address: their codes and notices go by
/// SMS (`data/sms/`). Every fourth from DEMO-0001 has both and gets e-mail.
pub fn has_phone_only(index: usize) -> bool {
    index % 4 == 2
}

/// The phone number of the demo person at `index`, from the range Ofcom keeps for drama (+44 7700 900xxx):
/// fictional, never anyone's.
pub fn demo_phone(index: usize) -> String {
    format!("+447700900{:03}", index + 1)
}

fn demo_person(index: usize, rng: &mut StdRng) -> DemoPerson {
    let reference = format!("DEMO-{:04}", index + 1);
    let date_of_birth = NAMED_DEMO_PEOPLE.get(index).map(|(_, dob)| (*dob).to_owned()).unwrap_or_else(|| {
        format!("{}-{:02}-{:02}", rng.gen_range(1950..2006), rng.gen_range(1..13), rng.gen_range(1..29))
    });
    let locales = [None, Some("ar"), Some("fa"), Some("uk"), Some("fr"), Some("es")];
    let phone = demo_phone(index);
    DemoPerson {
        email: (!has_phone_only(index)).then(|| format!("{}@example.org", reference.to_lowercase())),
        phone: (has_phone_only(index) || index.is_multiple_of(4)).then_some(phone),
        reference,
        date_of_birth,
        given: GIVEN[index % GIVEN.len()].to_owned(),
        family: FAMILY[(index * 7 + 3) % FAMILY.len()].to_owned(),
        locale: locales[index % locales.len()],
    }
}

/// The fields one person has: at least one per category, 15 to 40 in all.
fn chosen_fields(
    rng: &mut StdRng,
    index: usize,
) -> Vec<&'static (&'static str, &'static str, &'static str, &'static str)> {
    let target: usize = if index == 0 { 36 } else { rng.gen_range(15..=40) };
    let mut chosen: Vec<_> = Vec::new();
    let mut rest: Vec<_> = Vec::new();
    for field in FIELDS.iter() {
        let first_of_category = !chosen.iter().any(|f: &&(&str, &str, &str, &str)| f.0 == field.0);
        let contact = if has_phone_only(index) { "phone" } else { "email" };
        let always = matches!(field.1, "given-name" | "family-name" | "date-of-birth") || field.1 == contact;
        if first_of_category || always {
            chosen.push(field);
        } else {
            rest.push(field);
        }
    }
    rest.shuffle(rng);
    let missing = target.saturating_sub(chosen.len());
    chosen.extend(rest.into_iter().take(missing));
    chosen.sort_by_key(|f| FIELDS.iter().position(|g| g == *f));
    chosen
}

/// Seeds the demo data if the database has no people yet. Returns whether it seeded.
pub async fn seed_if_empty(storage: &Storage, master: &MasterKey, clock: &dyn Clock) -> anyhow::Result<bool> {
    if storage.has_people().await? {
        return Ok(false);
    }
    let now = clock.now();
    let password_hash = Argon2::default()
        .hash_password(DEMO_PASSWORD.as_bytes(), &SaltString::generate(&mut OsRng))
        .map_err(|e| anyhow::anyhow!("hashing the demo password: {e}"))?
        .to_string();
    let mut tx = storage.begin_write().await?;
    let mut purpose_ids = HashMap::new();
    for (key, legal_basis, retention_code, retention_days, recipients, consent_required) in PURPOSES {
        let purpose = NewPurpose { key, legal_basis, retention_code, retention_days, recipients, consent_required };
        purpose_ids.insert(key, (seed::insert_purpose(&mut tx, &purpose).await?, retention_days));
    }
    let mut teams = std::collections::HashMap::new();
    for (key, is_default) in [("general", true), ("sensitive-data", false), ("dpo", false)] {
        teams.insert(key, seed::insert_team(&mut tx, key, is_default).await?);
    }
    let team = |key: &str| teams.get(key).copied().ok_or_else(|| anyhow::anyhow!("no team {key}"));
    seed::insert_routing_rule(&mut tx, 1, Some("complaint"), None, team("dpo")?).await?;
    for (position, category) in [(2, "health"), (3, "legal-status"), (4, "biometrics"), (5, "family")] {
        seed::insert_routing_rule(&mut tx, position, None, Some(category), team("sensitive-data")?).await?;
    }
    let mut registering_staff = None;
    for (email, name, role, office, team_keys) in STAFF {
        let id = seed::insert_staff(&mut tx, email, name, role, office, &password_hash, now).await?;
        for key in team_keys {
            seed::add_to_team(&mut tx, id, team(key)?).await?;
        }
        registering_staff.get_or_insert(id);
    }
    let organisation = seed::insert_organisation(
        &mut tx,
        "Fictional Legal Aid Collective",
        "legal-aid",
        "contact@legal-aid.example",
        now,
    )
    .await?;
    seed::insert_helper(&mut tx, organisation, "helper@legal-aid.example", "Harper Helper", &password_hash, now)
        .await?;

    tx.commit().await?;

    // The people come in as the source systems would send them, through the API's intake.
    let clock: Arc<dyn Clock> = Arc::new(ManualClock::starting_at(now));
    let registry = SourceSystems { storage: storage.clone(), master_key: master.clone(), clock: clock.clone() };
    let intake = SourceApi { storage: storage.clone(), master_key: master.clone(), clock };
    let mut grants = HashMap::new();
    for system in SYSTEMS {
        let purposes: BTreeSet<String> = FIELDS.iter().filter(|f| f.3 == system).map(|f| f.2.to_owned()).collect();
        let categories: BTreeSet<String> = FIELDS.iter().filter(|f| f.3 == system).map(|f| f.0.to_owned()).collect();
        let contact = format!("{}@systems.example", system.to_lowercase());
        let purposes: Vec<String> = purposes.into_iter().collect();
        let categories: Vec<String> = categories.into_iter().collect();
        let registered = registry.register(Operator::Command, system, &contact, &purposes, &categories).await;
        registered.map_err(|e| anyhow::anyhow!("{e}"))?;
        let row = storage.system_by_name(system).await?.ok_or_else(|| anyhow::anyhow!("no system {system}"))?;
        grants.insert(system, intake.grant_for(&row).await.map_err(|e| anyhow::anyhow!("{e}"))?);
    }
    let mut tx = storage.begin_write().await?;
    for index in 0..DEMO_PEOPLE {
        let mut rng = StdRng::seed_from_u64(0x414d_414e_4100 + index as u64);
        let person = demo_person(index, &mut rng);
        let mut sent: Vec<(&str, PersonInput)> = Vec::new();
        let mut consented = Vec::new();
        for (category, field_key, purpose, source) in chosen_fields(&mut rng, index) {
            let collected_at = now - rng.gen_range(30..900) * 86_400;
            let value = value_for(field_key, &mut rng, &person, now);
            if !sent.iter().any(|(system, _)| system == source) {
                let first = sent.is_empty();
                sent.push((
                    source,
                    PersonInput {
                        date_of_birth: person.date_of_birth.clone(),
                        locale: person.locale.map(str::to_owned),
                        region: Some(["north", "harbour", "central"][index % 3].to_owned()),
                        contact: first.then(|| ContactInput {
                            email: person.email.clone(),
                            phone: person.phone.clone(),
                            prefers: None,
                        }),
                        fields: Vec::new(),
                    },
                ));
            }
            if let Some((_, input)) = sent.iter_mut().find(|(system, _)| system == source) {
                input.fields.push(FieldInput {
                    category: (*category).to_owned(),
                    key: (*field_key).to_owned(),
                    value,
                    purpose: (*purpose).to_owned(),
                    collected_at: iso_date(collected_at),
                    kept_until: None,
                });
            }
            // Data kept on the basis of consent was collected with it, recorded by staff at registration.
            if PURPOSES.iter().any(|p| p.0 == *purpose && p.5) && !consented.iter().any(|(p, _)| p == purpose) {
                consented.push((*purpose, collected_at));
            }
        }
        let mut id = None;
        for (system, input) in sent {
            let grant = grants.get(system).ok_or_else(|| anyhow::anyhow!("no grant for {system}"))?;
            let checked = intake::check(grant, &person.reference, input, now)
                .map_err(|problems| anyhow::anyhow!("demo person {index} is invalid: {problems:?}"))?;
            let (person_id, _) =
                load_person(&mut tx, grant, &checked, now).await.map_err(|e| anyhow::anyhow!("{e}"))?;
            id = Some(person_id);
        }
        let id = id.ok_or_else(|| anyhow::anyhow!("demo person {index} has no fields"))?;
        for (purpose, at) in consented {
            let (purpose_id, _) =
                purpose_ids.get(purpose).copied().ok_or_else(|| anyhow::anyhow!("no purpose {purpose}"))?;
            let event = NewConsentEvent {
                person: id,
                purpose: purpose_id,
                given: true,
                text_version: 1,
                by: (ActorKind::Staff, registering_staff),
                at,
            };
            crate::storage::consent::insert_event(&mut tx, event).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(people = DEMO_PEOPLE, "seeded fictional demo data");
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_person_has_every_category_and_15_to_40_fields() {
        for index in 0..DEMO_PEOPLE {
            let mut rng = StdRng::seed_from_u64(index as u64);
            let fields = chosen_fields(&mut rng, index);
            assert!((15..=40).contains(&fields.len()), "person {index} has {} fields", fields.len());
            for category in amana_app::contract::Category::ALL {
                assert!(fields.iter().any(|f| f.0 == category.key()), "person {index} lacks {}", category.key());
            }
        }
    }

    #[test]
    fn every_field_uses_a_registered_purpose() {
        for field in FIELDS {
            assert!(PURPOSES.iter().any(|p| p.0 == field.2), "{} has unknown purpose {}", field.1, field.2);
        }
    }
}
