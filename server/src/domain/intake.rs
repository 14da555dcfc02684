//! What a source system may load, checked before anything is written: the person as the API takes it, and the
//! rules it must meet (formats, dates, the purposes and categories registered for that system). Every problem is a
//! JSON pointer and a stable code, never the value, so an answer or a log line cannot leak what was sent.

use std::collections::{BTreeSet, HashMap};

use amana_app::contract::Category;
use serde::{Deserialize, Serialize};
use time::macros::format_description;
use time::Date;
use utoipa::ToSchema;

/// Longest case reference.
pub const MAX_REFERENCE_CHARS: usize = 64;
/// Most fields one system may hold about one person.
pub const MAX_FIELDS_PER_PERSON: usize = 500;
/// Longest field value.
pub const MAX_VALUE_CHARS: usize = 4000;

/// A person as a source system sends them. Unknown members are refused, so a typo is not silently dropped.
#[derive(Clone, Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonInput {
    /// `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the person's papers give no more; the person signs in with the
    /// parts given.
    #[schema(example = "1992-03-04", pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")]
    pub date_of_birth: String,
    /// The language the person reads (BCP 47), used for their messages.
    #[schema(example = "ps")]
    pub locale: Option<String>,
    /// The region the case belongs to, used to route requests to a team.
    #[schema(example = "north")]
    pub region: Option<String>,
    /// Where the person gets sign-in codes and notices. Omitted: what Amana holds stays.
    #[serde(default, deserialize_with = "object_or_null")]
    pub contact: Option<ContactInput>,
    /// Every field this system holds about the person: it replaces what the system sent before.
    #[serde(default, deserialize_with = "objects")]
    pub fields: Vec<FieldInput>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactInput {
    #[schema(example = "a@example.org", format = Email)]
    pub email: Option<String>,
    /// E.164, with the leading `+`.
    #[schema(example = "+15550100")]
    pub phone: Option<String>,
    /// Which of the two gets the person's sign-in codes and notices, when they have both. Omitted: the e-mail
    /// address when there is one, otherwise the phone.
    pub prefers: Option<ContactChannel>,
}

/// How a person is reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ContactChannel {
    Email,
    Sms,
}

impl ContactChannel {
    pub fn key(self) -> &'static str {
        match self {
            ContactChannel::Email => "email",
            ContactChannel::Sms => "sms",
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldInput {
    /// One of the category keys `GET /purposes` lists for this system.
    #[schema(example = "identity")]
    pub category: String,
    /// The field's key within the system: lower-case letters, digits and dashes.
    #[schema(example = "given-name")]
    pub key: String,
    #[schema(example = "Zarlasht")]
    pub value: String,
    /// The key of a purpose in the register that this system may write.
    #[schema(example = "case-management")]
    pub purpose: String,
    /// `YYYY-MM-DD`, not in the future.
    #[schema(example = "2024-05-01", format = Date)]
    pub collected_at: String,
    /// `YYYY-MM-DD`; omitted, it follows from the purpose's retention period.
    #[schema(example = "2031-05-01", format = Date)]
    pub kept_until: Option<String>,
}

/// `T` read only from a JSON object (or null), never from an array: serde would otherwise fill a struct from an
/// array by position, so `"contact": ["a@example.org", null]` would pass where the contract says an object.
pub fn object_or_null<'de, D: serde::Deserializer<'de>, T: serde::de::DeserializeOwned>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    let object = Option::<serde_json::Map<String, serde_json::Value>>::deserialize(deserializer)?;
    object.map(|o| serde_json::from_value(serde_json::Value::Object(o)).map_err(serde::de::Error::custom)).transpose()
}

/// A list of `T`, each read only from a JSON object (see [`object_or_null`]).
pub fn objects<'de, D: serde::Deserializer<'de>, T: serde::de::DeserializeOwned>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    let objects = Vec::<serde_json::Map<String, serde_json::Value>>::deserialize(deserializer)?;
    objects
        .into_iter()
        .map(|o| serde_json::from_value(serde_json::Value::Object(o)).map_err(serde::de::Error::custom))
        .collect()
}

/// One thing wrong with what was sent: where (RFC 6901 pointer) and what (a stable code).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Problem {
    #[schema(example = "/fields/0/purpose")]
    pub pointer: String,
    /// `required`, `invalid-format`, `invalid-date`, `future-date`, `too-long`, `too-many`, `duplicate`,
    /// `unknown-category`, `category-not-allowed`, `unknown-purpose`, `purpose-not-allowed`, `before-collected`.
    #[schema(example = "purpose-not-allowed")]
    pub code: String,
}

impl Problem {
    pub fn new(pointer: impl Into<String>, code: &str) -> Problem {
        Problem { pointer: pointer.into(), code: code.to_owned() }
    }
}

/// A purpose as the intake needs it.
#[derive(Clone, Debug)]
pub struct PurposeRule {
    pub id: i64,
    pub retention_days: i64,
}

/// What one system may write: the purposes (with their rules) and categories registered for it.
#[derive(Clone, Debug)]
pub struct Grant {
    pub system_id: i64,
    pub system: String,
    pub purposes: HashMap<String, PurposeRule>,
    pub categories: BTreeSet<String>,
    /// Every purpose in the register, so an unknown purpose is told apart from one not allowed.
    pub registered: BTreeSet<String>,
}

/// A field that passed: its purpose resolved and its dates as Amana keeps them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedField {
    pub category: String,
    pub key: String,
    pub value: String,
    pub purpose_id: i64,
    /// Unix seconds, midnight UTC.
    pub collected_at: i64,
    pub kept_until: String,
}

/// A person that passed every rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedPerson {
    pub reference: String,
    pub date_of_birth: String,
    pub locale: Option<String>,
    pub region: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub contact_given: bool,
    pub prefers: Option<ContactChannel>,
    pub fields: Vec<CheckedField>,
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

fn iso(date: Date) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// A well-formed case reference as the OpenAPI document states it (what [`reference_is_valid`] checks).
pub const REFERENCE_PATTERN: &str = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$";

/// Whether a case reference is well formed: 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.
pub fn reference_is_valid(reference: &str) -> bool {
    let mut chars = reference.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && reference.len() <= MAX_REFERENCE_CHARS
        && reference.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

fn is_key(text: &str, max: usize) -> bool {
    !text.is_empty()
        && text.len() <= max
        && text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_locale(text: &str) -> bool {
    let mut parts = text.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else { return false };
    text.len() <= 254
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';'))
}

fn is_phone(text: &str) -> bool {
    text.strip_prefix('+').is_some_and(|digits| {
        (7..=15).contains(&digits.len()) && !digits.starts_with('0') && digits.chars().all(|c| c.is_ascii_digit())
    })
}

/// Checks `input` for `reference` against what `grant` allows, on the day `today` (unix seconds). Every problem is
/// reported, not only the first, so a system can fix a record in one go.
pub fn check(grant: &Grant, reference: &str, input: PersonInput, today: i64) -> Result<CheckedPerson, Vec<Problem>> {
    let mut problems = Vec::new();
    let today_date = time::OffsetDateTime::from_unix_timestamp(today).map(|t| t.date()).unwrap_or(Date::MIN);
    if !reference_is_valid(reference) {
        problems.push(Problem::new("/case_reference", "invalid-format"));
    }
    // A year or a year and month alone is in the future only if all of it is.
    match amana_app::input::BirthDate::parse_recorded(&input.date_of_birth).map(|b| b.first_possible_day()) {
        None if input.date_of_birth.is_empty() => problems.push(Problem::new("/date_of_birth", "required")),
        None => problems.push(Problem::new("/date_of_birth", "invalid-date")),
        Some(first) if first > today_date => problems.push(Problem::new("/date_of_birth", "future-date")),
        Some(_) => {}
    }
    if input.locale.as_deref().is_some_and(|l| !is_locale(l)) {
        problems.push(Problem::new("/locale", "invalid-format"));
    }
    if input.region.as_deref().is_some_and(|r| !is_key(r, 32)) {
        problems.push(Problem::new("/region", "invalid-format"));
    }
    let contact = input.contact.clone().unwrap_or_default();
    if contact.email.as_deref().is_some_and(|e| !is_email(e)) {
        problems.push(Problem::new("/contact/email", "invalid-format"));
    }
    if contact.phone.as_deref().is_some_and(|p| !is_phone(p)) {
        problems.push(Problem::new("/contact/phone", "invalid-format"));
    }
    let missing = match contact.prefers {
        Some(ContactChannel::Email) => contact.email.is_none(),
        Some(ContactChannel::Sms) => contact.phone.is_none(),
        None => false,
    };
    if missing {
        problems.push(Problem::new("/contact/prefers", "no-such-contact"));
    }
    if input.fields.len() > MAX_FIELDS_PER_PERSON {
        problems.push(Problem::new("/fields", "too-many"));
    }
    let mut seen = BTreeSet::new();
    let mut fields = Vec::with_capacity(input.fields.len());
    for (index, field) in input.fields.into_iter().enumerate() {
        let at = |member: &str| format!("/fields/{index}/{member}");
        let mut ok = true;
        let mut fail = |member: &str, code: &str| {
            problems.push(Problem::new(at(member), code));
            ok = false;
        };
        if Category::from_key(&field.category).is_none() {
            fail("category", "unknown-category");
        } else if !grant.categories.contains(&field.category) {
            fail("category", "category-not-allowed");
        }
        if !is_key(&field.key, 64) {
            fail("key", "invalid-format");
        } else if !seen.insert((field.category.clone(), field.key.clone())) {
            fail("key", "duplicate");
        }
        if field.value.chars().count() > MAX_VALUE_CHARS {
            fail("value", "too-long");
        } else if field.value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            fail("value", "invalid-format");
        }
        let rule = grant.purposes.get(&field.purpose);
        if rule.is_none() {
            let code =
                if grant.registered.contains(&field.purpose) { "purpose-not-allowed" } else { "unknown-purpose" };
            fail("purpose", code);
        }
        let collected = parse_date(&field.collected_at);
        match collected {
            None => fail("collected_at", "invalid-date"),
            Some(date) if date > today_date => fail("collected_at", "future-date"),
            Some(_) => {}
        }
        let kept_until = match (&field.kept_until, collected, rule) {
            (Some(text), _, _) => match parse_date(text) {
                None => {
                    fail("kept_until", "invalid-date");
                    None
                }
                Some(date) if collected.is_some_and(|c| date < c) => {
                    fail("kept_until", "before-collected");
                    None
                }
                Some(date) => Some(iso(date)),
            },
            (None, Some(collected), Some(rule)) => {
                Some(iso(collected.saturating_add(time::Duration::days(rule.retention_days))))
            }
            (None, _, _) => None,
        };
        if let (true, Some(rule), Some(collected), Some(kept_until)) = (ok, rule, collected, kept_until) {
            fields.push(CheckedField {
                category: field.category,
                key: field.key,
                value: field.value,
                purpose_id: rule.id,
                collected_at: collected.midnight().assume_utc().unix_timestamp(),
                kept_until,
            });
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(CheckedPerson {
        reference: reference.to_owned(),
        date_of_birth: input.date_of_birth,
        locale: input.locale,
        region: input.region,
        contact_given: input.contact.is_some(),
        email: contact.email,
        phone: contact.phone,
        prefers: contact.prefers,
        fields,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grant() -> Grant {
        Grant {
            system_id: 1,
            system: "CaseTrack".into(),
            purposes: [("case-management".to_owned(), PurposeRule { id: 7, retention_days: 365 })].into(),
            categories: ["identity".to_owned()].into(),
            registered: ["case-management".to_owned(), "health-screening".to_owned()].into(),
        }
    }

    fn field(category: &str, key: &str, purpose: &str) -> FieldInput {
        FieldInput {
            category: category.into(),
            key: key.into(),
            value: "A value".into(),
            purpose: purpose.into(),
            collected_at: "2024-05-01".into(),
            kept_until: None,
        }
    }

    const TODAY: i64 = 1_780_000_000; // 2026-05-28

    #[test]
    fn a_good_person_passes_with_retention_from_the_purpose() {
        let input = PersonInput {
            date_of_birth: "1992-03-04".into(),
            fields: vec![field("identity", "given-name", "case-management")],
            ..PersonInput::default()
        };
        let person = check(&grant(), "CT-1", input, TODAY).unwrap();
        assert_eq!(person.fields[0].purpose_id, 7);
        assert_eq!(person.fields[0].kept_until, "2025-05-01");
    }

    #[test]
    fn every_problem_is_reported_with_its_pointer_and_no_value() {
        let mut secret = field("health", "x", "health-screening");
        secret.value = "Zarlasht".into();
        let input = PersonInput {
            date_of_birth: "1992-13-04".into(),
            contact: Some(ContactInput {
                email: Some("not an address".into()),
                phone: Some("0800".into()),
                prefers: Some(ContactChannel::Sms),
            }),
            fields: vec![
                secret,
                field("identity", "Bad Key", "nope"),
                field("identity", "given-name", "case-management"),
                field("identity", "given-name", "case-management"),
            ],
            ..PersonInput::default()
        };
        let problems = check(&grant(), "bad/reference", input, TODAY).unwrap_err();
        let codes: Vec<(&str, &str)> = problems.iter().map(|p| (p.pointer.as_str(), p.code.as_str())).collect();
        assert_eq!(
            codes,
            [
                ("/case_reference", "invalid-format"),
                ("/date_of_birth", "invalid-date"),
                ("/contact/email", "invalid-format"),
                ("/contact/phone", "invalid-format"),
                ("/fields/0/category", "category-not-allowed"),
                ("/fields/0/purpose", "purpose-not-allowed"),
                ("/fields/1/key", "invalid-format"),
                ("/fields/1/purpose", "unknown-purpose"),
                ("/fields/3/key", "duplicate"),
            ]
        );
        assert!(!format!("{problems:?}").contains("Zarlasht"));
    }

    #[test]
    fn dates_in_the_future_and_retention_before_collection_are_refused() {
        let mut late = field("identity", "a", "case-management");
        late.collected_at = "2999-01-01".into();
        let mut early = field("identity", "b", "case-management");
        early.kept_until = Some("2020-01-01".into());
        let input = PersonInput { date_of_birth: "2099-01-01".into(), fields: vec![late, early], ..Default::default() };
        let problems = check(&grant(), "CT-1", input, TODAY).unwrap_err();
        let codes: Vec<&str> = problems.iter().map(|p| p.code.as_str()).collect();
        assert_eq!(codes, ["future-date", "future-date", "before-collected"]);
    }

    #[test]
    fn a_birth_date_may_be_only_a_year_or_a_year_and_month_but_nothing_vaguer_or_later() {
        let born = |date_of_birth: &str| {
            let input = PersonInput { date_of_birth: date_of_birth.into(), ..PersonInput::default() };
            check(&grant(), "CT-1", input, TODAY).map(|p| p.date_of_birth).map_err(|problems| problems[0].code.clone())
        };
        assert_eq!(born("1978"), Ok("1978".into()));
        assert_eq!(born("1978-11"), Ok("1978-11".into()));
        // This year and this month (TODAY is in May 2026) may already have begun for the person.
        assert_eq!(born("2026"), Ok("2026".into()));
        assert_eq!(born("2026-05"), Ok("2026-05".into()));
        assert_eq!(born("2026-06"), Err("future-date".into()));
        for vague in ["78", "1978-1", "11/1978", "1978-11-", "1978-00", ""] {
            assert!(born(vague).is_err(), "{vague}");
        }
    }
}
