//! Validated input types: what a person typed becomes one of these through `parse`, or a field error they can fix.

use serde::{Deserialize, Serialize};
use time::{Date, Month};

use crate::errors::{ErrorCode, FieldError};

/// What a person typed into a field of digits (a date, a code, a receipt code, a phone number), ready to validate:
/// every Unicode decimal digit — Arabic-Indic, Persian, Bengali, Devanagari, Myanmar, full-width, any other — becomes
/// its ASCII digit, and the invisible characters that phones and copy-paste add (direction marks and isolates,
/// no-break and zero-width spaces) are dropped. Every other character is kept as it is, for the field to judge.
pub fn ascii_digits(input: &str) -> String {
    input.chars().filter(|c| !is_invisible_formatting(*c)).map(|c| decimal_digit(c).map_or(c, ascii_digit)).collect()
}

fn ascii_digit(value: u8) -> char {
    char::from(b'0' + value)
}

/// The value of `c` if it is a decimal digit of any script (Unicode general category Nd).
pub fn decimal_digit(c: char) -> Option<u8> {
    use icu_properties::{props::GeneralCategory, CodePointMapData};
    let categories = CodePointMapData::<GeneralCategory>::new();
    let is_digit = |c: char| categories.get(c) == GeneralCategory::DecimalNumber;
    if !is_digit(c) {
        return None;
    }
    // Unicode encodes decimal digits only in whole runs of ten, zero first (a stability guarantee), so a digit's
    // value is its distance from the start of its run, modulo ten (some runs of ten follow each other).
    let mut start = u32::from(c);
    while let Some(before) = start.checked_sub(1).and_then(char::from_u32).filter(|b| is_digit(*b)) {
        start = u32::from(before);
    }
    u8::try_from((u32::from(c) - start) % 10).ok()
}

/// Characters a person cannot see and did not mean to type: direction marks, embeddings and isolates (which
/// right-to-left keyboards and copied text carry), no-break, zero-width and figure spaces, the byte-order mark.
fn is_invisible_formatting(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2060}' | '\u{FEFF}')
}

/// A free text that must be given, trimmed: refused when empty (`AD-001`) or longer than `max` characters
/// (`AD-002`), as `field`.
pub fn required_text(text: &str, field: &str, max: usize) -> Result<String, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        Err(FieldError::new(field, ErrorCode::Ad001))
    } else if text.chars().count() > max {
        Err(FieldError::new(field, ErrorCode::Ad002))
    } else {
        Ok(text.to_owned())
    }
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

/// A date of birth, whole or as far as a person's papers give it: many refugees' documents state only the year, or
/// the year and month. Typed as `YYYY-MM-DD` (what `<input type=date>` sends), `DD/MM/YYYY` or `DD.MM.YYYY`, or
/// partly as `YYYY`, `YYYY-MM`, `MM/YYYY` or `MM.YYYY`. The authority's record decides which parts must match
/// ([`BirthDate::matches_record`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BirthDate {
    year: i32,
    month: Option<Month>,
    /// Only with a month.
    day: Option<u8>,
}

impl BirthDate {
    pub fn parse(input: &str) -> Result<Self, FieldError> {
        let text = ascii_digits(input.trim());
        if text.is_empty() {
            return Err(FieldError::new("date_of_birth", ErrorCode::Si003));
        }
        let mut parts: Vec<&str> = text.split(['-', '/', '.']).map(str::trim).collect();
        // Written day first (or month first, without a day): turn it round to year first.
        if parts.first().is_some_and(|p| p.len() != 4) {
            parts.reverse();
        }
        Self::from_parts(&parts).ok_or_else(|| FieldError::new("date_of_birth", ErrorCode::Si004))
    }

    /// A birth date as a record holds it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, nothing else.
    pub fn parse_recorded(text: &str) -> Option<Self> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.first().is_none_or(|year| year.len() != 4) || parts.iter().skip(1).any(|p| p.len() != 2) {
            return None;
        }
        Self::from_parts(&parts)
    }

    fn from_parts(parts: &[&str]) -> Option<Self> {
        let number = |text: &str| {
            (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
                .then(|| text.parse::<i32>().ok())
                .flatten()
        };
        let year = number(parts.first()?).filter(|y| (1900..=2100).contains(y))?;
        let month = match parts.get(1) {
            Some(month) => Some(Month::try_from(u8::try_from(number(month)?).ok()?).ok()?),
            None => None,
        };
        let day = match parts.get(2) {
            Some(day) => Some(u8::try_from(number(day)?).ok()?),
            None => None,
        };
        if parts.len() > 3 {
            return None;
        }
        if let (Some(month), Some(day)) = (month, day) {
            Date::from_calendar_date(year, month, day).ok()?;
        }
        Some(BirthDate { year, month, day })
    }

    /// Whether this typed date is the person's, as `recorded` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) holds it: every
    /// part the record has must be typed and equal; parts the record lacks are not asked for. A typed full date
    /// matches a record of its year alone, but a typed year alone never matches a record with the month.
    pub fn matches_record(&self, recorded: &str) -> bool {
        let Some(record) = BirthDate::parse_recorded(recorded) else { return false };
        let part_matches = |recorded: Option<u8>, typed: Option<u8>| recorded.is_none() || recorded == typed;
        record.year == self.year
            && part_matches(record.month.map(u8::from), self.month.map(u8::from))
            && part_matches(record.day, self.day)
    }

    /// The parts given, in ISO 8601 form: `1978`, `1978-11` or `1978-11-30`, as stored.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(month), Some(day)) => format!("{:04}-{:02}-{:02}", self.year, u8::from(month), day),
            (Some(month), None) => format!("{:04}-{:02}", self.year, u8::from(month)),
            _ => format!("{:04}", self.year),
        }
    }

    /// The earliest day this date can be (a record's birth date is not in the future).
    pub fn first_possible_day(&self) -> Date {
        let month = self.month.unwrap_or(Month::January);
        Date::from_calendar_date(self.year, month, self.day.unwrap_or(1)).unwrap_or(Date::MIN)
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
        assert_eq!(iso("1990-1-1-1").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("90-01-01").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("yesterday").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso(" ").unwrap_err().code, ErrorCode::Si003);
    }

    #[test]
    fn every_script_s_decimal_digits_read_as_ascii_and_invisible_marks_vanish() {
        // Zero to nine in each script people type with: ASCII, Arabic-Indic, Persian, Devanagari, Bengali,
        // Myanmar, Ethiopic has none (it has no zero; Tigrinya and Amharic phones type ASCII), full-width,
        // and mathematical bold, one of several runs of ten that follow each other.
        for zero in
            ['0', '\u{0660}', '\u{06F0}', '\u{0966}', '\u{09E6}', '\u{1040}', '\u{FF10}', '\u{1D7CE}', '\u{1D7D8}']
        {
            let digits: String = (0..10).filter_map(|d| char::from_u32(u32::from(zero) + d)).collect();
            assert_eq!(ascii_digits(&digits), "0123456789", "digits from U+{:04X}", u32::from(zero));
        }
        assert_eq!(ascii_digits("\u{200F}١٢٣\u{00A0}٤٥٦\u{200E}"), "123456");
        assert_eq!(ascii_digits("\u{2067}1978\u{2069}-11-30\u{FEFF}"), "1978-11-30");
        // Numerals that are not decimal digits (Roman, circled, Ethiopic) and letters stay as typed, to be refused.
        assert_eq!(ascii_digits("Ⅻ ① ፩ a"), "Ⅻ ① ፩ a");
        assert_eq!(decimal_digit('७'), Some(7));
        assert_eq!(decimal_digit('x'), None);
    }

    #[test]
    fn a_birth_date_can_be_a_year_or_a_year_and_month_as_papers_give_it() {
        let iso = |s: &str| BirthDate::parse(s).map(|d| d.iso());
        assert_eq!(iso("1978"), Ok("1978".into()));
        assert_eq!(iso("۱۹۷۸"), Ok("1978".into()));
        assert_eq!(iso("1978-11"), Ok("1978-11".into()));
        assert_eq!(iso("11/1978"), Ok("1978-11".into()));
        assert_eq!(iso("11.1978"), Ok("1978-11".into()));
        assert_eq!(iso("1978-13").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("1878").unwrap_err().code, ErrorCode::Si004);
        assert_eq!(iso("78").unwrap_err().code, ErrorCode::Si004);
    }

    #[test]
    fn the_record_decides_which_parts_of_a_birth_date_must_match() {
        let typed = |s: &str| BirthDate::parse(s).unwrap_or(BirthDate { year: 0, month: None, day: None });
        // A record of the year alone: the year is enough, and a full date typed from other papers still matches.
        assert!(typed("1978").matches_record("1978"));
        assert!(typed("30/11/1978").matches_record("1978"));
        assert!(!typed("1979").matches_record("1978"));
        // A record of year and month.
        assert!(typed("1978-11").matches_record("1978-11"));
        assert!(typed("1978-11-30").matches_record("1978-11"));
        assert!(!typed("1978").matches_record("1978-11"));
        assert!(!typed("1978-12").matches_record("1978-11"));
        // A full record needs the full date: a year alone is not enough to guess.
        assert!(typed("1978-11-30").matches_record("1978-11-30"));
        assert!(!typed("1978").matches_record("1978-11-30"));
        assert!(!typed("1978-11").matches_record("1978-11-30"));
        assert!(!typed("1978-11-29").matches_record("1978-11-30"));
        // A record in any other shape matches nothing.
        assert!(!typed("1978").matches_record("30/11/1978"));
        assert!(!typed("1978").matches_record(""));
    }

    #[test]
    fn codes_accept_spaces_and_eastern_digits_but_not_letters() {
        assert_eq!(OneTimeCode::parse("123 456").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("١٢٣٤٥٦").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("১২৩ ৪৫৬").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("\u{200F}１２３４５６").map(|c| c.0), Ok("123456".into()));
        assert_eq!(OneTimeCode::parse("12345").unwrap_err().code, ErrorCode::Si006);
        assert_eq!(OneTimeCode::parse("12345a").unwrap_err().code, ErrorCode::Si006);
        assert_eq!(OneTimeCode::parse("").unwrap_err().code, ErrorCode::Si005);
    }
}
