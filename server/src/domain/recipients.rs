//! The rules of the register of recipients: what an agreement must hold, the country-of-origin block, and which
//! recipients a field is shared with (named on My data).

use amana_app::contract::Category;
use amana_app::errors::{ErrorCode, FieldError};
use amana_app::input::required_text;
use amana_app::recipients::{may_receive, Agreement, RecipientForm, SharedWith, MAX_BREACH_NOTICE_HOURS};
use amana_app::staff::{LEGAL_BASES, RECIPIENTS};
use amana_app::when::Day;

use crate::storage::json_list;
use crate::storage::recipients::RecipientRow;

/// The longest name.
const MAX_NAME: usize = 200;

/// The agreement a posted form describes, or every problem with it (the form's field names). `purposes` are the
/// purposes in the register; `today` bounds the end date.
pub fn read_form(form: &RecipientForm, purposes: &[String], today: Day) -> Result<Agreement, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut refuse = |field: &str, code: ErrorCode| errors.push(FieldError::new(field, code));
    let name = form.name.trim();
    if let Err(error) = required_text(name, "recipient_name", MAX_NAME) {
        refuse("recipient_name", error.code);
    }
    let key = key_of(name);
    if !name.is_empty() && key.is_empty() {
        refuse("recipient_name", ErrorCode::Rc005);
    }
    if !RECIPIENTS.contains(&form.kind.as_str()) {
        refuse("recipient_kind", ErrorCode::Ad015);
    }
    let country = form.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        refuse("country", ErrorCode::Rc002);
    }
    if !purposes.contains(&form.purpose) {
        refuse("agreement_purpose", ErrorCode::Ad015);
    }
    if !LEGAL_BASES.contains(&form.legal_basis.as_str()) {
        refuse("agreement_legal_basis", ErrorCode::Ad015);
    }
    if form.categories.is_empty() {
        refuse("agreement_categories", ErrorCode::Ad020);
    } else if form.categories.iter().any(|c| Category::from_key(c).is_none()) {
        refuse("agreement_categories", ErrorCode::Ad015);
    } else if form.categories.iter().any(|c| !may_receive(form.origin_authority, c)) {
        // The one combination no agreement may hold, whoever signs it.
        refuse("agreement_categories", ErrorCode::Rc001);
    }
    let retention = form.retention_days.trim().parse::<i64>().ok().filter(|d| (1..=1095).contains(d));
    if retention.is_none() {
        refuse("agreement_retention_days", ErrorCode::Ad018);
    }
    let hours =
        form.breach_notice_hours.trim().parse::<i64>().ok().filter(|h| (1..=MAX_BREACH_NOTICE_HOURS).contains(h));
    if hours.is_none() {
        refuse("breach_notice_hours", ErrorCode::Rc004);
    }
    let ends_on = Day::parse_iso(&form.ends_on).filter(|day| *day > today);
    if ends_on.is_none() {
        refuse("ends_on", ErrorCode::Rc003);
    }
    match (retention, hours, ends_on) {
        (Some(retention_days), Some(breach_notice_hours), Some(ends_on)) if errors.is_empty() => Ok(Agreement {
            key,
            name: name.to_owned(),
            kind: form.kind.clone(),
            country,
            origin_authority: form.origin_authority,
            purpose: form.purpose.clone(),
            legal_basis: form.legal_basis.clone(),
            categories: form.categories.clone(),
            retention_days,
            breach_notice_hours,
            ends_on,
        }),
        _ => Err(errors),
    }
}

/// A short key for a name: its ASCII letters and digits, words joined by dashes ("Sunrise City Council" is
/// `sunrise-city-council`).
pub fn key_of(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    words.join("-").chars().take(60).collect()
}

/// A stored row as the contract shows it.
pub fn agreement_of(row: RecipientRow) -> Agreement {
    Agreement {
        key: row.key,
        name: row.name,
        kind: row.kind,
        country: row.country,
        origin_authority: row.origin_authority.0,
        purpose: row.purpose,
        legal_basis: row.legal_basis,
        categories: json_list(&row.categories),
        retention_days: row.retention_days,
        breach_notice_hours: row.breach_notice_hours,
        ends_on: Day::parse_iso(&row.ends_on).unwrap_or(Day::from_unix(0)),
    }
}

/// Who receives a field kept for `purpose` in `category` on `today`: agreements in force for that purpose that
/// cover the category, and never an authority of a country of origin for asylum-linked data, whatever a row says.
pub fn shared_with(agreements: &[Agreement], purpose: &str, category: &str, today: Day) -> Vec<SharedWith> {
    agreements
        .iter()
        .filter(|a| a.in_force(today) && a.purpose == purpose)
        .filter(|a| a.categories.iter().any(|c| c == category))
        .filter(|a| may_receive(a.origin_authority, category))
        .map(|a| SharedWith { key: a.key.clone(), name: a.name.clone() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(origin_authority: bool, categories: &[&str]) -> RecipientForm {
        RecipientForm {
            name: "Consulate of a Fictional Country".into(),
            kind: "resettlement-country".into(),
            country: "fx".into(),
            origin_authority,
            purpose: "case-management".into(),
            legal_basis: "legal-obligation".into(),
            categories: categories.iter().map(|c| (*c).to_owned()).collect(),
            retention_days: "90".into(),
            breach_notice_hours: "24".into(),
            ends_on: "2099-12-31".into(),
        }
    }

    #[test]
    fn an_authority_of_a_country_of_origin_never_receives_asylum_linked_data() {
        let purposes = ["case-management".to_owned()];
        let today = Day::parse_iso("2026-12-03").unwrap();
        for category in amana_app::recipients::ASYLUM_LINKED {
            let refused = read_form(&form(true, &["identity", category]), &purposes, today).unwrap_err();
            assert_eq!(refused, [FieldError::new("agreement_categories", ErrorCode::Rc001)], "{category}");
            assert!(read_form(&form(false, &["identity", category]), &purposes, today).is_ok(), "{category}");
        }
        let allowed = read_form(&form(true, &["identity"]), &purposes, today).unwrap();
        assert_eq!((allowed.key.as_str(), allowed.country.as_str()), ("consulate-of-a-fictional-country", "FX"));
        // Even a row written around the register is never named for such data.
        let forged = Agreement { categories: vec!["legal-status".into(), "identity".into()], ..allowed };
        let forged = [forged];
        assert!(shared_with(&forged, "case-management", "legal-status", today).is_empty());
        assert_eq!(shared_with(&forged, "case-management", "identity", today).len(), 1);
        assert!(shared_with(&forged, "case-management", "identity", Day::parse_iso("2100-01-01").unwrap()).is_empty());
    }

    #[test]
    fn an_agreement_holds_every_term() {
        let purposes = ["case-management".to_owned()];
        let today = Day::parse_iso("2026-12-03").unwrap();
        let bad = RecipientForm {
            country: "Germany".into(),
            breach_notice_hours: "48".into(),
            ends_on: "2026-12-03".into(),
            retention_days: "0".into(),
            ..form(false, &["identity"])
        };
        let fields: Vec<String> = read_form(&bad, &purposes, today).unwrap_err().into_iter().map(|e| e.field).collect();
        assert_eq!(fields, ["country", "agreement_retention_days", "breach_notice_hours", "ends_on"]);
    }
}
