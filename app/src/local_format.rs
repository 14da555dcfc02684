//! Dates, times and numbers written the way the reader's language writes them — month names, its own digits
//! (Arabic-Indic, Persian, Bengali…), the Solar Hijri calendar for Persian and Dari — formatted on the server with
//! ICU4X, so a page needs no JavaScript to show them and an e-mail reads like the page.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::FluentValue;
use icu_calendar::cal::Persian;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YM, YMD, YMDT};
use icu_datetime::input::{DateTime, Time};
use icu_datetime::options::TimePrecision;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use intl_memoizer::concurrent::IntlLangMemoizer;
use intl_memoizer::Memoizable;

use crate::i18n::Locale;
use crate::when::{Day, Moment};

/// The formatters of one locale, built once.
struct LocalFormats {
    gregorian_day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    gregorian_moment: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    /// Published figures are cut by Gregorian month, so months are named in it in every locale.
    gregorian_month: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    /// Persian and Dari speakers read dates in the Solar Hijri calendar.
    solar_hijri: Option<(FixedCalendarDateTimeFormatter<Persian, YMD>, FixedCalendarDateTimeFormatter<Persian, YMDT>)>,
    decimal: DecimalFormatter,
}

/// Whether people reading `locale` count days in the Solar Hijri calendar (Iran and Afghanistan).
pub fn uses_solar_hijri(locale: Locale) -> bool {
    matches!(locale.code(), "fa" | "fa-AF")
}

/// The ICU4X locale behind an Amana locale. CLDR now writes plain `ar` with Western digits, but the Arabic speakers
/// Amana serves most (from Syria, Iraq, Sudan, Yemen) read Arabic-Indic ones, as CLDR's own `ar-SY` or `ar-IQ` do.
fn icu_tag(locale: Locale) -> &'static str {
    match locale.code() {
        "ar" => "ar-u-nu-arab",
        code => code,
    }
}

fn formats(locale: Locale) -> Option<&'static LocalFormats> {
    static FORMATS: LazyLock<HashMap<&'static str, LocalFormats>> = LazyLock::new(|| {
        Locale::all().filter_map(|locale| Some((locale.code(), LocalFormats::new(locale)?))).collect()
    });
    FORMATS.get(locale.code())
}

impl LocalFormats {
    /// `None` only if ICU4X's compiled data lacked a field set; a test builds every locale's formats.
    fn new(locale: Locale) -> Option<LocalFormats> {
        let tag: icu_locale_core::Locale = icu_tag(locale).parse().ok()?;
        let prefs = || (&tag).into();
        let day = YMD::long();
        let moment = YMDT::long().with_time_precision(TimePrecision::Minute);
        let solar_hijri = match uses_solar_hijri(locale) {
            true => Some((
                FixedCalendarDateTimeFormatter::try_new(prefs(), day).ok()?,
                FixedCalendarDateTimeFormatter::try_new(prefs(), moment).ok()?,
            )),
            false => None,
        };
        Some(LocalFormats {
            gregorian_day: FixedCalendarDateTimeFormatter::try_new(prefs(), day).ok()?,
            gregorian_moment: FixedCalendarDateTimeFormatter::try_new(prefs(), moment).ok()?,
            gregorian_month: FixedCalendarDateTimeFormatter::try_new(prefs(), YM::long()).ok()?,
            solar_hijri,
            decimal: DecimalFormatter::try_new((&tag).into(), Default::default()).ok()?,
        })
    }
}

fn gregorian(day: Day) -> Option<Date<Gregorian>> {
    let date = day.date();
    Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day()).ok()
}

impl Locale {
    /// A day as this locale writes it: "30 November 1978", "٣٠ نوفمبر ١٩٧٨", "۹ آذر ۱۳۵۷".
    pub fn day(self, day: Day) -> String {
        let (Some(formats), Some(date)) = (formats(self), gregorian(day)) else { return day.iso() };
        match &formats.solar_hijri {
            Some((solar, _)) => solar.format(&date.to_calendar(Persian)).to_string(),
            None => formats.gregorian_day.format(&date).to_string(),
        }
    }

    /// A day by which something must happen by law. In the Solar Hijri calendar the Gregorian day is written beside
    /// it, since the law, the authority and a lawyer abroad count in Gregorian days.
    pub fn deadline(self, day: Day) -> String {
        let local = self.day(day);
        match (formats(self), gregorian(day)) {
            (Some(formats @ LocalFormats { solar_hijri: Some(_), .. }), Some(date)) => {
                format!("{local} ({})", formats.gregorian_day.format(&date))
            }
            _ => local,
        }
    }

    /// A moment to the minute (UTC), as this locale writes it.
    pub fn moment(self, moment: Moment) -> String {
        let (Some(formats), Some(date), Ok(time)) =
            (formats(self), gregorian(moment.day()), Time::try_new(moment.hour(), moment.minute(), 0, 0))
        else {
            return moment.iso();
        };
        match &formats.solar_hijri {
            Some((_, solar)) => solar.format(&DateTime { date: date.to_calendar(Persian), time }).to_string(),
            None => formats.gregorian_moment.format(&DateTime { date, time }).to_string(),
        }
    }

    /// A Gregorian month as this locale names it: "November 2026", "نوفمبر ٢٠٢٦".
    pub fn month(self, month: crate::transparency::Month) -> String {
        let date = Date::try_new_gregorian(month.year, month.month, 1).ok();
        match (formats(self), date) {
            (Some(formats), Some(date)) => formats.gregorian_month.format(&date).to_string(),
            _ => month.iso(),
        }
    }

    /// A whole number in this locale's digits and grouping: "1,234", "١٬٢٣٤", "১,২৩৪".
    pub fn number(self, number: i64) -> String {
        match formats(self) {
            Some(formats) => formats.decimal.format(&Decimal::from(number)).to_string(),
            None => number.to_string(),
        }
    }
}

/// The reader's locale, found again from a Fluent bundle's language, so numbers inside messages use its digits.
struct BundleLocale(Locale);

impl Memoizable for BundleLocale {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Locale::from_code(&lang.to_string()).map(BundleLocale).ok_or(())
    }
}

/// Fluent's own number formatting writes ASCII digits in every language; this writes whole numbers in the
/// bundle's locale (set with `FluentBundle::set_formatter`). Fractions keep Fluent's default.
pub(crate) fn fluent_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
        return None;
    }
    // Whole and within range (checked above), so the cast is exact.
    let whole = number.value as i64;
    memoizer.with_try_get::<BundleLocale, _, _>((), |locale| locale.0.number(whole)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(iso: &str) -> Day {
        Day::parse_iso(iso).unwrap_or_else(|| Day::from_unix(0))
    }

    /// Which digits a locale's readers expect, as a sample of its zero to nine.
    fn digits_of(locale: Locale) -> &'static str {
        match locale.code() {
            "ar" | "ckb" => "٠١٢٣٤٥٦٧٨٩",
            "fa" | "fa-AF" | "ps" => "۰۱۲۳۴۵۶۷۸۹",
            "bn" => "০১২৩৪৫৬৭৮৯",
            _ => "0123456789",
        }
    }

    #[test]
    fn every_locale_writes_days_times_and_numbers_in_its_own_words_and_digits() {
        let birthday = day("1978-11-30");
        for locale in Locale::all() {
            assert!(formats(locale).is_some(), "{}: ICU4X formats", locale.code());
            let digits: Vec<char> = digits_of(locale).chars().collect();
            let written = locale.day(birthday);
            // Not the ISO fallback and not CLDR's root pattern ("1978 M11 30"): a month name or the CJK pattern.
            assert_ne!(written, birthday.iso(), "{}", locale.code());
            assert!(!written.contains("M11"), "{}: {written}", locale.code());
            let number = locale.number(1_234);
            assert!(number.starts_with(digits[1]) && number.ends_with(digits[4]), "{}: {number}", locale.code());
            let year = if uses_solar_hijri(locale) {
                [digits[1], digits[3], digits[5], digits[7]]
            } else {
                [digits[1], digits[9], digits[7], digits[8]]
            };
            assert!(written.contains(&String::from_iter(year)), "{}: {written}", locale.code());
            let moment = locale.moment(Moment::parse_iso("2026-12-03 14:05").unwrap_or_else(|| Moment::from_unix(0)));
            assert!(moment.contains(&String::from_iter([digits[0], digits[5]])), "{}: {moment}", locale.code());
        }
    }

    #[test]
    fn persian_and_dari_read_solar_hijri_with_the_gregorian_day_beside_a_deadline() {
        let fa = Locale::from_code("fa").unwrap_or_default();
        let dari = Locale::from_code("prs").unwrap_or_default();
        assert_eq!(fa.day(day("1978-11-30")), "۹ آذر ۱۳۵۷");
        // Dari names the months of the same calendar after the zodiac.
        assert_eq!(dari.day(day("1978-11-30")), "۹ قوس ۱۳۵۷");
        assert_eq!(fa.deadline(day("2026-12-31")), "۱۰ دی ۱۴۰۵ (۳۱ دسامبر ۲۰۲۶)");
        let en = Locale::default();
        assert_eq!(en.deadline(day("2026-12-31")), en.day(day("2026-12-31")));
        assert_eq!(en.day(day("2026-12-31")), "December 31, 2026");
    }
}
