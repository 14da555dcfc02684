//! Validated input types: what a person typed becomes one of these through `parse`, or a field error they can fix.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::errors::{ErrorCode, FieldError};

/// Converts Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, so people can type on their own keyboard.
pub fn ascii_digits(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            other => other,
        })
        .collect()
}

/// The most characters of `field` that a form keeps to show again after an error: a little more than the longest
/// valid value, so what the person typed comes back (and can be fixed), but never an attacker's megabyte.
pub fn max_kept_chars(field: &str) -> usize {
    match field {
        "case_reference" | "related_reference" | "date_of_birth" | "code" | "receipt_code" | "prefix" => 64,
        "email" | "helper_email" | "staff_email" => 254,
        "proposed_value" => crate::rights::MAX_VALUE_CHARS + 16,
        _ => crate::rights::MAX_TEXT_CHARS + 16,
    }
}

/// `value` cut to the most characters kept for `field` (see [`max_kept_chars`]).
pub fn kept_for_redisplay(field: &str, value: &str) -> String {
    value.chars().take(max_kept_chars(field)).collect()
}

/// A case reference as printed on a person's papers, normalised to upper case (`DEMO-0001`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseReference(String);

impl CaseReference {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let normalised: String =
            ascii_digits(input).trim().chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
        if normalised.is_empty() {
            return Err(FieldError::new("case_reference", ErrorCode::Si001));
        }
        let well_formed = (3..=32).contains(&normalised.len())
            && normalised.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/');
        if !well_formed {
            return Err(FieldError::new("case_reference", ErrorCode::Si002));
        }
        Ok(CaseReference(normalised))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A date of birth. Accepts `YYYY-MM-DD` (what `<input type=date>` sends) and `DD/MM/YYYY` or `DD.MM.YYYY`
/// (what people type where the browser shows a plain text box).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BirthDate(Date);

impl BirthDate {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let text = ascii_digits(input.trim());
        if text.is_empty() {
            return Err(FieldError::new("date_of_birth", ErrorCode::Si003));
        }
        let invalid = || FieldError::new("date_of_birth", ErrorCode::Si004);
        let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
        let [a, b, c] = parts.as_slice() else { return Err(invalid()) };
        let (year, month, day) = if a.len() == 4 { (*a, *b, *c) } else { (*c, *b, *a) };
        let year: i32 = year.parse().map_err(|_| invalid())?;
        let month: u8 = month.parse().map_err(|_| invalid())?;
        let day: u8 = day.parse().map_err(|_| invalid())?;
        let month = Month::try_from(month).map_err(|_| invalid())?;
        let date = Date::from_calendar_date(year, month, day).map_err(|_| invalid())?;
        if !(1900..=2100).contains(&year) {
            return Err(invalid());
        }
        Ok(BirthDate(date))
    }

    /// ISO 8601 form, as stored.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

/// The one-time sign-in code: exactly six digits; spaces and dashes people add while copying are ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneTimeCode(String);

pub const ONE_TIME_CODE_DIGITS: usize = 6;

impl OneTimeCode {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let digits: String = ascii_digits(input).chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if digits.is_empty() {
            return Err(FieldError::new("code", ErrorCode::Si005));
        }
        if digits.len() != ONE_TIME_CODE_DIGITS || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(FieldError::new("code", ErrorCode::Si006));
        }
        Ok(OneTimeCode(digits))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_values_are_kept_only_up_to_their_field_maximum() {
        let huge = "A".repeat(250_000);
        assert_eq!(kept_for_redisplay("case_reference", &huge).len(), 64);
        assert_eq!(kept_for_redisplay("complaint", &huge).chars().count(), crate::rights::MAX_TEXT_CHARS + 16);
        // Cut on characters, never inside one.
        assert_eq!(kept_for_redisplay("case_reference", &"د".repeat(100)).chars().count(), 64);
        assert_eq!(kept_for_redisplay("code", "123 456"), "123 456");
    }

    #[test]
    fn case_reference_is_normalised_and_checked() {
        assert_eq!(CaseReference::parse(" demo-0001 ").map(|r| r.0), Ok("DEMO-0001".into()));
        assert_eq!(CaseReference::parse("").unwrap_err().code, ErrorCode::Si001);
        assert_eq!(CaseReference::parse("DEMO'; DROP").unwrap_err().code, ErrorCode::Si002);
        assert_eq!(CaseReference::parse(&"A".repeat(33)).unwrap_err().code, ErrorCode::Si002);
    }

    #[test]
    fn birth_dates_in_common_forms_and_scripts() {
        let iso = |s: &str| BirthDate::parse(s).map(|d| d.iso());
        assert_eq!(iso("1990-01-01"), Ok("1990-01-01".into()));
        assert_eq!(iso("01/01/1990"), Ok("1990-01-01".into()));
        assert_eq!(iso("15.06.1985"), Ok("1985-06-15".into()));
        assert_eq!(iso("١٩٩٠-٠١-٠١"), Ok("1990-01-01".into()));
        assert_eq!(iso("۱۳۶۴-۰۳-۲۵").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("1990-02-30").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("yesterday").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso(" ").unwrap_err().code, ErrorCode::Si003);
    }

    #[test]
    fn codes_accept_spaces_and_eastern_digits_but_not_letters() {
        assert_eq!(OneTimeCode::parse("123 456").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("١٢٣٤٥٦").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("12345").unwrap_err().code, ErrorCode::Si006);
        assert_eq!(OneTimeCode::parse("12345a").unwrap_err().code, ErrorCode::Si006);
        assert_eq!(OneTimeCode::parse("").unwrap_err().code, ErrorCode::Si005);
    }
}
