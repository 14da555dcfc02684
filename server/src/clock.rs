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

/// A clock that only moves when told to; for tests.
#[derive(Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn starting_now() -> ManualClock {
        ManualClock(Arc::new(AtomicI64::new(SystemClock.now())))
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
