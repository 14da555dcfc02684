//! What may be published about small groups of people (the transparency page, its CSV): one rule for every cell,
//! so that no figure, alone or subtracted from another, points at a person.
//!
//! - 0 stays 0; 1 to 7 is shown only as "fewer than 8"; every other count is rounded to the nearest 5.
//! - A total is computed from the raw counts and then rounded, never added up from rounded cells.
//! - A median or a share is shown only when it rests on at least 23 requests.
//!
//! Because every published count is a range of at least five raw values (or seven, below 8), subtracting one
//! published figure from another never recovers an exact count; a test constructs the cases.

pub use amana_app::transparency::PublishedCount;

/// Counts from 1 up to this (excluded) are only shown as "fewer than 8".
pub const SMALLEST_SHOWN: u64 = 8;
/// Other counts are rounded to a multiple of this.
pub const ROUNDING: u64 = 5;
/// A median or a share needs at least this many requests beneath it.
pub const SMALLEST_BASE_FOR_RATES: u64 = 23;

/// A raw count, as it may be published.
pub fn count(raw: u64) -> PublishedCount {
    match raw {
        0 => PublishedCount::Zero,
        1..SMALLEST_SHOWN => PublishedCount::FewerThanEight,
        _ => PublishedCount::About((raw + ROUNDING / 2) / ROUNDING * ROUNDING),
    }
}

/// The total of some raw counts, as it may be published: summed raw, then suppressed and rounded.
pub fn total(raw: &[u64]) -> PublishedCount {
    count(raw.iter().sum())
}

/// The share `part` of `of`, in whole percent, when `of` is large enough to show it.
pub fn share(part: u64, of: u64) -> Option<u64> {
    (of >= SMALLEST_BASE_FOR_RATES).then(|| (part.min(of) * 100 + of / 2) / of)
}

/// The median of `values` (days to answer, say), when there are enough of them to show it.
pub fn median(values: &[f64]) -> Option<f64> {
    if (values.len() as u64) < SMALLEST_BASE_FOR_RATES {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) { (sorted[middle - 1] + sorted[middle]) / 2.0 } else { sorted[middle] })
}

/// Whether `raw` is a count the published figure could have come from.
pub fn admits(published: PublishedCount, raw: u64) -> bool {
    count(raw) == published
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_stays_zero_small_counts_are_hidden_and_the_rest_rounded_to_five() {
        assert_eq!(count(0), PublishedCount::Zero);
        for raw in 1..=7 {
            assert_eq!(count(raw), PublishedCount::FewerThanEight, "{raw}");
        }
        let shown: Vec<_> = [8, 9, 10, 12, 13, 17, 18, 102, 103].into_iter().map(count).collect();
        let about = PublishedCount::About;
        assert_eq!(
            shown,
            [about(10), about(10), about(10), about(10), about(15), about(15), about(20), about(100), about(105)]
        );
    }

    #[test]
    fn a_total_comes_from_raw_counts_not_from_rounded_cells() {
        // Three months of 3, 3 and 3: each "fewer than 8", the quarter 9, shown as about 10 — not 0 or "fewer".
        assert_eq!(total(&[3, 3, 3]), PublishedCount::About(10));
        // Rounded cells would have said 10 + 10 = 20 for 12 + 12; the raw total 24 is shown as 25.
        assert_eq!(total(&[12, 12]), PublishedCount::About(25));
    }

    #[test]
    fn rates_need_twenty_three_requests_beneath_them() {
        assert_eq!(share(5, 22), None);
        assert_eq!(share(12, 23), Some(52));
        assert_eq!(median(&[3.0; 22]), None);
        let days: Vec<f64> = (1..=23).map(f64::from).collect();
        assert_eq!(median(&days), Some(12.0));
    }

    /// The differencing attack: an observer knows the published months and the published quarter, and every
    /// other cell, and subtracts. For every small count a month can hold, several raw counts fit everything
    /// published, so the subtraction recovers nothing exact.
    #[test]
    fn subtracting_one_published_period_from_another_never_recovers_a_count() {
        for hidden in 1..=40u64 {
            for other in 0..=60u64 {
                let (month, other_month, both) = (count(hidden), count(other), total(&[hidden, other]));
                // Every pair of raw counts consistent with what was published.
                let candidates: Vec<u64> = (0..=100)
                    .filter(|h| admits(month, *h))
                    .filter(|h| (0..=100).any(|o| admits(other_month, o) && admits(both, h + o)))
                    .collect();
                assert!(
                    candidates.len() >= 2 && candidates.contains(&hidden),
                    "a month of {hidden} beside one of {other} is recovered exactly: {candidates:?}"
                );
            }
        }
    }
}
