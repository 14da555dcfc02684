//! Time as a dependency, so deadlines and expiries can be tested by moving a clock instead of sleeping.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

/// Unix seconds, UTC.
pub type Timestamp = i64;

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

/// The real clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        time::OffsetDateTime::now_utc().unix_timestamp()
    }
}

/// A clock that only moves when told to: for tests, and for the demo seed, which does past work at past times.
#[derive(Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn starting_now() -> ManualClock {
        ManualClock::starting_at(SystemClock.now())
    }
    pub fn starting_at(at: Timestamp) -> ManualClock {
        ManualClock(Arc::new(AtomicI64::new(at)))
    }
    pub fn set(&self, at: Timestamp) {
        self.0.store(at, Ordering::SeqCst);
    }
    pub fn advance(&self, seconds: i64) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        self.0.load(Ordering::SeqCst)
    }
}

/// ISO date (`YYYY-MM-DD`) of a timestamp.
pub fn iso_date(at: Timestamp) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .map(|t| t.date())
        .map(|d| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()))
        .unwrap_or_default()
}

/// `at` plus `months` calendar months, on the same day of the month or the last day of a shorter month
/// (31 January + 1 month = 28 or 29 February), same time of day.
pub fn add_months(at: Timestamp, months: u32) -> Timestamp {
    let Ok(start) = time::OffsetDateTime::from_unix_timestamp(at) else { return at };
    let total = i64::from(u8::from(start.month())) - 1 + i64::from(months);
    let year = start.year() + i32::try_from(total / 12).unwrap_or(0);
    let month = time::Month::try_from(u8::try_from(total % 12 + 1).unwrap_or(1)).unwrap_or(time::Month::January);
    let day = start.day().min(month.length(year));
    time::Date::from_calendar_date(year, month, day).map(|date| start.replace_date(date).unix_timestamp()).unwrap_or(at)
}

/// RFC 3339 (UTC) of a timestamp, as the API writes moments.
pub fn rfc3339(at: Timestamp) -> String {
    time::OffsetDateTime::from_unix_timestamp(at)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str) -> Timestamp {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(date, &format).map(|d| d.midnight().assume_utc().unix_timestamp()).unwrap_or_default()
    }

    #[test]
    fn a_month_later_is_the_same_day_or_the_end_of_a_shorter_month() {
        assert_eq!(iso_date(add_months(at("2026-03-15"), 1)), "2026-04-15");
        assert_eq!(iso_date(add_months(at("2026-01-31"), 1)), "2026-02-28");
        assert_eq!(iso_date(add_months(at("2028-01-31"), 1)), "2028-02-29");
        assert_eq!(iso_date(add_months(at("2026-12-10"), 1)), "2027-01-10");
        assert_eq!(iso_date(add_months(at("2026-11-30"), 3)), "2027-02-28");
    }
}
