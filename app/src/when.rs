//! Days and moments as the contract carries them: typed, not text, so every page and e-mail writes them in the
//! reader's calendar, digits and month names (see `local_format`) and no page can print a raw ISO string.
//!
//! Both serialise as before (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM` in UTC), so the JSON export keeps its spelling.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, OffsetDateTime};

/// A calendar day (a due date, "kept until", a mandate's last day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    /// The UTC day of a Unix timestamp (seconds); the epoch for one out of range.
    pub fn from_unix(seconds: i64) -> Day {
        Day(OffsetDateTime::from_unix_timestamp(seconds).unwrap_or(OffsetDateTime::UNIX_EPOCH).date())
    }
    /// `YYYY-MM-DD`, or `None`.
    pub fn parse_iso(text: &str) -> Option<Day> {
        Date::parse(text.trim(), time::macros::format_description!("[year]-[month]-[day]")).ok().map(Day)
    }
    pub fn date(self) -> Date {
        self.0
    }
    /// `YYYY-MM-DD`: for storage, exports and machine-readable attributes, never for reading.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

/// A moment to the minute, in UTC (when something happened on a request, in the access log).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Moment(OffsetDateTime);

impl Moment {
    /// The minute of a Unix timestamp (seconds); the epoch for one out of range.
    pub fn from_unix(seconds: i64) -> Moment {
        let at =
            OffsetDateTime::from_unix_timestamp(seconds - seconds.rem_euclid(60)).unwrap_or(OffsetDateTime::UNIX_EPOCH);
        Moment(at)
    }
    /// `YYYY-MM-DD HH:MM`, or `None`.
    pub fn parse_iso(text: &str) -> Option<Moment> {
        let (day, time) = text.trim().split_once(' ')?;
        let day = Day::parse_iso(day)?;
        let (hour, minute) = time.split_once(':')?;
        let time = time::Time::from_hms(hour.parse().ok()?, minute.parse().ok()?, 0).ok()?;
        Some(Moment(day.0.with_time(time).assume_utc()))
    }
    pub fn day(self) -> Day {
        Day(self.0.date())
    }
    /// Unix seconds, for storage.
    pub fn unix(self) -> i64 {
        self.0.unix_timestamp()
    }
    pub fn hour(self) -> u8 {
        self.0.hour()
    }
    pub fn minute(self) -> u8 {
        self.0.minute()
    }
    /// `YYYY-MM-DD HH:MM`: for exports and machine-readable attributes, never for reading.
    pub fn iso(self) -> String {
        format!("{} {:02}:{:02}", self.day().iso(), self.0.hour(), self.0.minute())
    }
}

macro_rules! serde_as_iso {
    ($type:ident, $expected:literal) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.iso())
            }
        }
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                $type::parse_iso(&text).ok_or_else(|| serde::de::Error::custom($expected))
            }
        }
    };
}
serde_as_iso!(Day, "a day as YYYY-MM-DD");
serde_as_iso!(Moment, "a moment as YYYY-MM-DD HH:MM");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_moments_keep_their_iso_spelling_through_serde() {
        let day = Day::parse_iso("1978-11-30").unwrap();
        assert_eq!(serde_json::to_string(&day).unwrap(), "\"1978-11-30\"");
        assert_eq!(serde_json::from_str::<Day>("\"1978-11-30\"").unwrap(), day);
        let moment = Moment::from_unix(1_796_000_059);
        assert_eq!(moment.iso(), "2026-11-30 00:54");
        assert_eq!(serde_json::from_str::<Moment>(&serde_json::to_string(&moment).unwrap()).unwrap(), moment);
        assert!(serde_json::from_str::<Day>("\"30/11/1978\"").is_err());
        assert!(Moment::parse_iso("2026-11-29 25:00").is_none());
    }
}
