//! What the authority publishes about its own work (`/transparency`, no sign-in): the figures a job computed into a
//! snapshot, already suppressed, and the tables the page and its CSV both show, cell for cell.
//!
//! The suppression rule itself is applied by the server (`domain/disclosure.rs`) before anything is stored: this
//! side only ever holds published values, never a raw count.

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use crate::errors::PortalError;
use crate::i18n::{Arg, Locale};
use crate::rights::RequestKind;
use crate::when::Moment;

/// A count as it may be published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishedCount {
    /// Nothing happened.
    Zero,
    /// Between 1 and 7: too few to show.
    FewerThanEight,
    /// Rounded to the nearest five (at least 10).
    About(u64),
}

/// A calendar month (UTC), as periods are cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
}

impl Month {
    /// The month `n` months after this one (before it when negative).
    pub fn plus(self, n: i32) -> Month {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        Month { year: index.div_euclid(12), month: u8::try_from(index.rem_euclid(12) + 1).unwrap_or(1) }
    }
    /// The first month of this month's quarter.
    pub fn quarter_start(self) -> Month {
        Month { year: self.year, month: (self.month - 1) / 3 * 3 + 1 }
    }
    /// The UTC month of a Unix time.
    pub fn of_unix(seconds: i64) -> Month {
        let day = crate::when::Day::from_unix(seconds).date();
        Month { year: day.year(), month: u8::from(day.month()) }
    }
    /// The Unix time the month begins at (UTC).
    pub fn start_unix(self) -> i64 {
        time::Month::try_from(self.month)
            .ok()
            .and_then(|m| time::Date::from_calendar_date(self.year, m, 1).ok())
            .map_or(0, |date| date.midnight().assume_utc().unix_timestamp())
    }
    /// `YYYY-MM`, for machine-readable attributes.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// The published figures of one period (a month, or a quarter) for one kind of request, or for all kinds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodFigures {
    /// `None`: every kind together (computed from the raw counts, not added up from the rows).
    pub kind: Option<RequestKind>,
    pub received: PublishedCount,
    /// Answered (decided, or an access request completed) or withdrawn in the period.
    pub closed: PublishedCount,
    /// Median days from receipt to answer of the requests answered in the period, when there were 23 or more.
    pub median_days: Option<u32>,
    /// Share (whole percent) of those answered within one month, when there were 23 or more.
    pub within_month: Option<u64>,
    /// Share answered within the deadline as extended, when there were 23 or more.
    pub within_extended: Option<u64>,
    /// Deadlines extended in the period.
    pub extensions: PublishedCount,
    /// Decisions in the period that refused what was asked, wholly or in part.
    pub refusals: PublishedCount,
}

/// One quarter: its figures per kind, and its refusals by the reason given.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuarterFigures {
    pub first_month: Month,
    /// Every kind, then the total (`kind: None`).
    pub kinds: Vec<PeriodFigures>,
    /// Each reason code of `staff::DECISION_REASONS` given with a refusal, in that order.
    pub refusal_reasons: Vec<(String, PublishedCount)>,
}

/// One month, every kind together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MonthFigures {
    pub month: Month,
    pub all: PeriodFigures,
    /// Breaches of personal data the supervisory authority was told of in the month.
    pub breaches: PublishedCount,
}

/// Everything the transparency page shows, as the job computed it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransparencyReport {
    pub computed_at: Moment,
    /// The twelve months up to the one the job ran in, oldest first (the last one not complete yet).
    pub months: Vec<MonthFigures>,
    /// The quarters those months fall in, oldest first.
    pub quarters: Vec<QuarterFigures>,
}

/// A routing rule in plain words: which requests it sends where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedRule {
    pub kind: Option<RequestKind>,
    pub category: Option<String>,
    pub locale: Option<String>,
    pub region: Option<String>,
    pub sensitive: Option<bool>,
    /// The team's name as the page shows it: its catalogue key, or the name an administrator gave.
    pub team_key: String,
    pub team_name: Option<String>,
}

/// How requests are routed: the rules in order, then the team that gets the rest.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishedRouting {
    pub rules: Vec<PublishedRule>,
    pub default_team: Option<(String, Option<String>)>,
}

/// What anyone may read about the authority's work, without signing in.
#[async_trait]
pub trait PublicReports: Send + Sync + 'static {
    /// The newest snapshot of the figures, `None` before the job first ran.
    async fn transparency(&self) -> Result<Option<TransparencyReport>, PortalError>;
    /// The routing rules as they stand now.
    async fn routing(&self) -> Result<PublishedRouting, PortalError>;
    /// Every recipient with its data-sharing agreement in force.
    async fn agreements(&self) -> Result<Vec<crate::recipients::Agreement>, PortalError>;
}

/// One table of the page, as text in the reader's language: the CSV writes exactly these cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedTable {
    /// Fluent id of its caption (also the CSV's first column).
    pub caption: &'static str,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Locale {
    /// A published count in this locale: "0", "fewer than 8", "about 15".
    pub fn published_count(self, count: PublishedCount) -> String {
        match count {
            PublishedCount::Zero => self.number(0),
            PublishedCount::FewerThanEight => self.text("transparency-fewer-than-eight"),
            PublishedCount::About(n) => self.number(i64::try_from(n).unwrap_or(i64::MAX)),
        }
    }

    fn published_share(self, share: Option<u64>) -> String {
        match share {
            Some(percent) => {
                self.text_with("transparency-percent", &[("percent", Arg::Number(i64::try_from(percent).unwrap_or(0)))])
            }
            None => self.text("transparency-too-few"),
        }
    }

    fn published_days(self, days: Option<u32>) -> String {
        match days {
            Some(days) => self.text_with("transparency-days", &[("days", Arg::Number(i64::from(days)))]),
            None => self.text("transparency-too-few"),
        }
    }

    /// A quarter by its months: "October 2026 – December 2026".
    pub fn quarter(self, first: Month) -> String {
        format!("{} – {}", self.month(first), self.month(first.plus(2)))
    }

    fn kind_label(self, kind: Option<RequestKind>) -> String {
        match kind {
            Some(kind) => self.text(&format!("kind-{}", kind.key())),
            None => self.text("transparency-all-kinds"),
        }
    }

    fn figure_header(self, first: &str) -> Vec<String> {
        [first, "transparency-received", "transparency-closed", "transparency-median", "transparency-within-month"]
            .into_iter()
            .chain(["transparency-within-extended", "transparency-extensions", "transparency-refusals"])
            .map(|id| self.text(id))
            .collect()
    }

    fn figure_row(self, label: String, figures: &PeriodFigures) -> Vec<String> {
        vec![
            label,
            self.published_count(figures.received),
            self.published_count(figures.closed),
            self.published_days(figures.median_days),
            self.published_share(figures.within_month),
            self.published_share(figures.within_extended),
            self.published_count(figures.extensions),
            self.published_count(figures.refusals),
        ]
    }

    /// The page's tables: the months (every kind together), each quarter by kind, and refusals by reason.
    pub fn transparency_tables(self, report: &TransparencyReport) -> Vec<PublishedTable> {
        let mut tables = vec![PublishedTable {
            caption: "transparency-months-caption",
            header: self
                .figure_header("transparency-month")
                .into_iter()
                .chain([self.text("transparency-breaches")])
                .collect(),
            rows: report
                .months
                .iter()
                .map(|m| {
                    let mut row = self.figure_row(self.month(m.month), &m.all);
                    row.push(self.published_count(m.breaches));
                    row
                })
                .collect(),
        }];
        tables.push(PublishedTable {
            caption: "transparency-quarters-caption",
            header: std::iter::once(self.text("transparency-quarter"))
                .chain(self.figure_header("transparency-kind"))
                .collect(),
            rows: report
                .quarters
                .iter()
                .flat_map(|q| {
                    let period = self.quarter(q.first_month);
                    q.kinds.iter().map(move |k| {
                        std::iter::once(period.clone()).chain(self.figure_row(self.kind_label(k.kind), k)).collect()
                    })
                })
                .collect(),
        });
        // A row per reason, a column per quarter: every cell is there, whatever it holds.
        let reasons: Vec<&str> = report
            .quarters
            .first()
            .map(|q| q.refusal_reasons.iter().map(|(code, _)| code.as_str()).collect())
            .unwrap_or_default();
        tables.push(PublishedTable {
            caption: "transparency-reasons-caption",
            header: std::iter::once(self.text("transparency-reason"))
                .chain(report.quarters.iter().map(|q| self.quarter(q.first_month)))
                .collect(),
            rows: reasons
                .iter()
                .enumerate()
                .map(|(index, code)| {
                    std::iter::once(self.text(&format!("reason-{code}")))
                        .chain(report.quarters.iter().map(|q| {
                            q.refusal_reasons.get(index).map_or_else(String::new, |(_, n)| self.published_count(*n))
                        }))
                        .collect()
                })
                .collect(),
        });
        tables
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_step_across_years_and_find_their_quarter() {
        let november = Month { year: 2026, month: 11 };
        assert_eq!(november.plus(2), Month { year: 2027, month: 1 });
        assert_eq!(november.plus(-11), Month { year: 2025, month: 12 });
        assert_eq!(november.quarter_start(), Month { year: 2026, month: 10 });
        assert_eq!(Month { year: 2027, month: 3 }.quarter_start(), Month { year: 2027, month: 1 });
        assert_eq!(november.iso(), "2026-11");
    }
}
