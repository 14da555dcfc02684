//! The rules of the breach register: what a record must hold (closed lists only where a person will read it),
//! the 72-hour clock for telling the supervisory authority, and a person's notices as their page shows them.

use amana_app::breaches::{
    parse_moment, AuthorityClock, BreachForm, BreachNature, BreachNotice, BreachRisk, NewBreach, ADVICE,
    AUTHORITY_HOURS, CONSEQUENCES, MEASURES,
};
use amana_app::contract::Category;
use amana_app::errors::{ErrorCode, FieldError, PortalError};
use amana_app::input::required_text;
use amana_app::when::{Day, Moment};

use crate::storage::breaches::{BreachRow, NoticeRow};
use crate::storage::{json_list, Storage};

const HOUR: i64 = 3_600;
/// What "about how many people / records" may say.
const APPROX_RANGE: std::ops::RangeInclusive<i64> = 0..=100_000_000;
/// The longest free text in the register.
pub const MAX_TEXT: usize = 4_000;

/// Where the clock stands at `now`: hours left before the authority must be told (negative once late), or when it
/// was told.
pub fn authority_clock(aware_at: i64, told_at: Option<i64>, now: i64) -> AuthorityClock {
    let due = aware_at + AUTHORITY_HOURS * HOUR;
    match told_at {
        Some(at) => AuthorityClock::Told { at: Moment::from_unix(at), hours_after: (at - aware_at).max(0) / HOUR },
        // Whole hours, rounded down while time is left and up once it has run out: "0 hours left" is never shown
        // for a deadline that has passed.
        None => AuthorityClock::Running { due: Moment::from_unix(due), hours_left: (due - now).div_euclid(HOUR) },
    }
}

/// Whether telling the authority at `at` is late, so the delay needs a reason (Art. 33(1)).
pub fn is_late(aware_at: i64, at: i64) -> bool {
    at > aware_at + AUTHORITY_HOURS * HOUR
}

/// The record a posted form describes, or every problem with it, field by field (the form's names).
pub fn read_form(form: &BreachForm, now: i64) -> Result<NewBreach, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut moment = |field: &str, text: &str| {
        let parsed = parse_moment(text);
        if parsed.is_none() {
            errors.push(FieldError::new(field, ErrorCode::Br006));
        }
        parsed
    };
    let discovered = moment("discovered_at", &form.discovered_at);
    let aware = moment("aware_at", &form.aware_at);
    let processor = match form.processor_reported_at.trim() {
        "" => Some(None),
        text => moment("processor_reported_at", text).map(Some),
    };
    let mut number = |field: &str, text: &str| match text.trim().parse::<i64>() {
        Ok(n) if APPROX_RANGE.contains(&n) => Some(n),
        _ => {
            errors.push(FieldError::new(field, ErrorCode::Br001));
            None
        }
    };
    let people = number("approx_people", &form.approx_people);
    let records = number("approx_records", &form.approx_records);
    let nature = BreachNature::from_key(&form.nature);
    if nature.is_none() {
        errors.push(FieldError::new("nature", ErrorCode::Ad015));
    }
    let risk = BreachRisk::from_key(&form.risk);
    if risk.is_none() {
        errors.push(FieldError::new("risk", ErrorCode::Ad015));
    }
    let (Some(discovered_at), Some(aware_at), Some(processor_reported_at), Some(approx_people), Some(approx_records)) =
        (discovered, aware, processor, people, records)
    else {
        return Err(errors);
    };
    let (Some(nature), Some(risk)) = (nature, risk) else { return Err(errors) };
    let breach = NewBreach {
        discovered_at,
        aware_at,
        nature,
        description: form.description.trim().to_owned(),
        categories: form.categories.clone(),
        approx_people,
        approx_records,
        consequences: form.consequences.clone(),
        measures: form.measures.clone(),
        advice: form.advice.clone(),
        risk,
        risk_reasoning: form.risk_reasoning.trim().to_owned(),
        processor_reported_at,
    };
    let problems = check(&breach, now);
    match problems.is_empty() {
        true => Ok(breach),
        false => Err(problems),
    }
}

/// The problems of a new record, field by field (the form's names); empty when it may be stored.
pub fn check(breach: &NewBreach, now: i64) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut refuse = |field: &str, code: ErrorCode| errors.push(FieldError::new(field, code));
    let (discovered, aware) = (breach.discovered_at.unix(), breach.aware_at.unix());
    if discovered > now {
        refuse("discovered_at", ErrorCode::Br002);
    }
    if aware > now {
        refuse("aware_at", ErrorCode::Br002);
    } else if aware < discovered {
        refuse("aware_at", ErrorCode::Br003);
    }
    if breach.processor_reported_at.is_some_and(|at| at.unix() > now) {
        refuse("processor_reported_at", ErrorCode::Br002);
    }
    for (field, text) in [("description", &breach.description), ("risk_reasoning", &breach.risk_reasoning)] {
        if let Err(error) = required_text(text, field, MAX_TEXT) {
            refuse(field, error.code);
        }
    }
    if breach.categories.is_empty() {
        refuse("categories", ErrorCode::Ad020);
    } else if breach.categories.iter().any(|c| Category::from_key(c).is_none()) {
        refuse("categories", ErrorCode::Ad015);
    }
    for (field, chosen, allowed) in [
        ("consequences", &breach.consequences, &CONSEQUENCES[..]),
        ("measures", &breach.measures, &MEASURES[..]),
        ("advice", &breach.advice, &ADVICE[..]),
    ] {
        if chosen.iter().any(|c| !allowed.contains(&c.as_str())) {
            refuse(field, ErrorCode::Ad015);
        }
    }
    for (field, number) in [("approx_people", breach.approx_people), ("approx_records", breach.approx_records)] {
        if !APPROX_RANGE.contains(&number) {
            refuse(field, ErrorCode::Br001);
        }
    }
    errors.dedup();
    errors
}

/// A stored breach's record, as the register shows it.
pub fn record_of_row(row: &BreachRow) -> NewBreach {
    NewBreach {
        discovered_at: Moment::from_unix(row.discovered_at),
        aware_at: Moment::from_unix(row.aware_at),
        nature: row.nature,
        description: row.description.clone(),
        categories: json_list(&row.categories),
        approx_people: row.approx_people,
        approx_records: row.approx_records,
        consequences: json_list(&row.consequences),
        measures: json_list(&row.measures),
        advice: json_list(&row.advice),
        risk: row.risk,
        risk_reasoning: row.risk_reasoning.clone(),
        processor_reported_at: row.processor_reported_at.map(Moment::from_unix),
    }
}

/// The notices a person has been sent, as their page shows them.
pub async fn notices_of(storage: &Storage, person: i64) -> Result<Vec<BreachNotice>, PortalError> {
    Ok(storage
        .breach_notices(person)
        .await?
        .into_iter()
        .map(|row: NoticeRow| BreachNotice {
            nature: row.nature,
            aware_on: Day::from_unix(row.aware_at),
            notified_on: Day::from_unix(row.notified_at),
            categories: json_list(&row.categories),
            consequences: json_list(&row.consequences),
            measures: json_list(&row.measures),
            advice: json_list(&row.advice),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use amana_app::breaches::{BreachNature, BreachRisk};

    use super::*;

    #[test]
    fn the_clock_counts_down_72_hours_from_awareness_and_then_shows_how_late() {
        let aware = 1_000_000;
        let hours_left = |now| match authority_clock(aware, None, now) {
            AuthorityClock::Running { hours_left, .. } => hours_left,
            told => panic!("{told:?}"),
        };
        assert_eq!(hours_left(aware), 72);
        assert_eq!(hours_left(aware + 71 * HOUR + 59 * 60), 0);
        assert_eq!(hours_left(aware + 72 * HOUR + 1), -1, "a minute late is late");
        assert_eq!(hours_left(aware + 80 * HOUR), -8);
        assert!(!is_late(aware, aware + 72 * HOUR));
        assert!(is_late(aware, aware + 72 * HOUR + 1));
        assert_eq!(
            authority_clock(aware, Some(aware + 50 * HOUR), aware + 100 * HOUR),
            AuthorityClock::Told { at: Moment::from_unix(aware + 50 * HOUR), hours_after: 50 }
        );
    }

    #[test]
    fn a_record_holds_only_known_list_items_and_no_impossible_times() {
        let now = 2_000_000_000;
        let good = NewBreach {
            discovered_at: Moment::from_unix(now - 7_200),
            aware_at: Moment::from_unix(now - 3_600),
            nature: BreachNature::Confidentiality,
            description: "A list was sent to the wrong office.".into(),
            categories: vec!["contact".into()],
            approx_people: 40,
            approx_records: 40,
            consequences: vec!["others-may-read".into()],
            measures: vec!["recipient-asked-to-delete".into()],
            advice: vec!["watch-for-contact".into()],
            risk: BreachRisk::High,
            risk_reasoning: "Addresses of people in protection.".into(),
            processor_reported_at: None,
        };
        assert_eq!(check(&good, now), []);
        let bad = NewBreach {
            aware_at: Moment::from_unix(now - 9_000),
            consequences: vec!["<script>".into()],
            categories: vec!["nonsense".into()],
            description: " ".into(),
            approx_people: -1,
            ..good.clone()
        };
        let fields: Vec<String> = check(&bad, now).into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["aware_at", "description", "categories", "consequences", "approx_people"]);
        let future = NewBreach { discovered_at: Moment::from_unix(now + 120), ..good };
        assert_eq!(check(&future, now)[0], FieldError::new("discovered_at", ErrorCode::Br002));
    }
}
