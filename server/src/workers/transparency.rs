//! The transparency job: computes what `/transparency` publishes from the requests' own times and outcomes, applies
//! the disclosure rule to every cell, and stores the result as a snapshot, so a page view reads one row and no raw
//! count ever leaves this module.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use amana_app::rights::{Outcome, RequestKind};
use amana_app::staff::DECISION_REASONS;
use amana_app::transparency::{Month, MonthFigures, PeriodFigures, QuarterFigures, TransparencyReport};
use amana_app::when::Moment;

use crate::domain::disclosure::{count, median, share};
use crate::infra::clock::Clock;
use crate::storage::transparency::{insert_transparency_snapshot, RequestFacts};
use crate::storage::Storage;

/// How many months the page covers, the current one included.
pub const MONTHS_SHOWN: i32 = 12;

#[derive(Clone)]
pub struct TransparencyJob {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
}

impl TransparencyJob {
    /// Computes the figures as of now and stores them as the newest snapshot.
    pub async fn compute_once(&self) -> anyhow::Result<TransparencyReport> {
        let now = self.clock.now();
        let first_month = Month::of_unix(now).plus(1 - MONTHS_SHOWN);
        let since = first_month.quarter_start().start_unix();
        let facts = self.storage.request_facts_since(since).await?;
        let breaches = self.storage.breach_notifications_since(since).await?;
        let report = build_report(&facts, &breaches, now);
        let mut tx = self.storage.begin_write().await?;
        insert_transparency_snapshot(&mut tx, now, &serde_json::to_string(&report)?).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// Computes a snapshot now and then every `every`.
    pub async fn run(self, every: Duration) {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            match self.compute_once().await {
                Ok(report) => tracing::info!(months = report.months.len(), "published the transparency figures"),
                Err(error) => tracing::warn!(error = %error, "could not compute the transparency figures"),
            }
        }
    }
}

/// The raw counts of one period and kind; never stored, never shown.
#[derive(Default)]
struct Tally {
    received: u64,
    closed: u64,
    /// Days from receipt to answer, one per request answered in the period.
    days: Vec<f64>,
    within_month: u64,
    within_extended: u64,
    extensions: u64,
    refusals: u64,
    reasons: BTreeMap<String, u64>,
}

impl Tally {
    fn publish(&self, kind: Option<RequestKind>) -> PeriodFigures {
        let answered = self.days.len() as u64;
        PeriodFigures {
            kind,
            received: count(self.received),
            closed: count(self.closed),
            median_days: median(&self.days).map(|days| days.round() as u32),
            within_month: share(self.within_month, answered),
            within_extended: share(self.within_extended, answered),
            extensions: count(self.extensions),
            refusals: count(self.refusals),
        }
    }
}

/// A period figures are cut by.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Period {
    Month(Month),
    /// By its first month.
    Quarter(Month),
}

/// A tally's period and kind (`None`: every kind together).
type Key = (Period, Option<RequestKind>);

/// Adds a fact at `at` to the tallies it counts in: its month (every kind together), its quarter for its kind, and
/// its quarter for every kind together. Totals are thereby counted from raw facts, never added up from cells.
fn tallies_of(tallies: &mut BTreeMap<Key, Tally>, at: i64, kind: RequestKind, add: impl Fn(&mut Tally)) {
    let month = Month::of_unix(at);
    let quarter = Period::Quarter(month.quarter_start());
    for key in [(Period::Month(month), None), (quarter, Some(kind)), (quarter, None)] {
        add(tallies.entry(key).or_default());
    }
}

/// The published figures for the twelve months up to `now`'s, from the facts of every request concerned and the
/// moments the supervisory authority was told of a breach.
pub fn build_report(facts: &[RequestFacts], breaches_notified: &[i64], now: i64) -> TransparencyReport {
    let mut tallies: BTreeMap<Key, Tally> = BTreeMap::new();
    for fact in facts {
        let kind = fact.kind;
        tallies_of(&mut tallies, fact.received_at, kind, |t| t.received += 1);
        if let Some(closed) = [fact.answered_at, fact.withdrawn_at].into_iter().flatten().min() {
            tallies_of(&mut tallies, closed, kind, |t| t.closed += 1);
        }
        if let Some(extended) = fact.extended_at {
            tallies_of(&mut tallies, extended, kind, |t| t.extensions += 1);
        }
        let Some(answered) = fact.answered_at else { continue };
        let days = (answered - fact.received_at).max(0) as f64 / 86_400.0;
        let within_month = answered <= fact.due_at;
        let within_extended = answered <= fact.extended_due_at.unwrap_or(fact.due_at);
        let refused = matches!(fact.outcome.0, Some(Outcome::Refused | Outcome::PartlyApproved));
        let reasons: Vec<String> = match refused {
            true => fact.reasons.as_deref().map(crate::storage::json_list).unwrap_or_default(),
            false => Vec::new(),
        };
        tallies_of(&mut tallies, answered, kind, |t| {
            t.days.push(days);
            t.within_month += u64::from(within_month);
            t.within_extended += u64::from(within_extended);
            if refused {
                t.refusals += 1;
                for reason in &reasons {
                    *t.reasons.entry(reason.clone()).or_default() += 1;
                }
            }
        });
    }
    let empty = Tally::default();
    let tally = |key: Key| tallies.get(&key).unwrap_or(&empty);
    let last = Month::of_unix(now);
    let months: Vec<Month> = (1 - MONTHS_SHOWN..=0).map(|n| last.plus(n)).collect();
    let mut quarters: Vec<Month> = months.iter().map(|m| m.quarter_start()).collect();
    quarters.dedup();
    TransparencyReport {
        computed_at: Moment::from_unix(now),
        months: months
            .iter()
            .map(|&month| MonthFigures {
                month,
                all: tally((Period::Month(month), None)).publish(None),
                breaches: count(breaches_notified.iter().filter(|at| Month::of_unix(**at) == month).count() as u64),
            })
            .collect(),
        quarters: quarters
            .into_iter()
            .map(|first_month| {
                let key = Period::Quarter(first_month);
                let all = tally((key, None));
                QuarterFigures {
                    first_month,
                    kinds: RequestKind::ALL
                        .into_iter()
                        .map(|kind| tally((key, Some(kind))).publish(Some(kind)))
                        .chain([all.publish(None)])
                        .collect(),
                    refusal_reasons: DECISION_REASONS
                        .iter()
                        .filter(|code| **code != "request-granted")
                        .map(|code| (code.to_string(), count(all.reasons.get(*code).copied().unwrap_or(0))))
                        .collect(),
                }
            })
            .collect(),
    }
}
