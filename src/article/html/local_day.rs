//! The day a page's readers saw. Sites east of Greenwich often give the
//! machine date in UTC (`2024-05-31T20:15:00+00:00`) while the page shows
//! the local day (`1 يونيو 2024`): the story is dated by the day it shows,
//! which is the day after in the evening UTC hours.

use dom_query::NodeRef;

use super::shown;
use crate::article::dates;

/// The earliest UTC hour at which a site east of Greenwich (up to UTC+6)
/// may already be in the next day.
const EVENING_HOUR: u32 = 18;

/// `published`, or the page's other date on the next day when
/// `published` is an evening time in UTC.
pub fn settle(published: String, els: &[NodeRef], others: &[Option<String>]) -> String {
    let Some(day) = evening_utc_day(&published) else {
        return published;
    };
    let next = next_day(day);
    let shown = shown::shown_date(els);
    let found = others
        .iter()
        .flatten()
        .chain(shown.as_ref())
        .filter_map(|d| dates::find(d).map(|f| f.iso))
        .find(|iso| iso.get(..10) == next.as_deref());
    // A day shown with the year in two digits (`نُشر: 11/02/18 00:40`),
    // which no date is read from alone, still tells the local day.
    let short = next.as_deref().and_then(short_day);
    let shows_short = || {
        short.as_deref().is_some_and(|short| {
            shown::date_texts(els).any(|t| t.split_whitespace().any(|w| w == short))
        })
    };
    match (found, next) {
        (Some(iso), _) => iso,
        (None, Some(next)) if shows_short() => next,
        _ => published,
    }
}

/// `YYYY-MM-DD` as a page writes it with the year in two digits,
/// `DD/MM/YY`.
fn short_day(day: &str) -> Option<String> {
    Some(format!(
        "{}/{}/{}",
        day.get(8..10)?,
        day.get(5..7)?,
        day.get(2..4)?
    ))
}

/// The day of a UTC time at or after [`EVENING_HOUR`].
fn evening_utc_day(iso: &str) -> Option<&str> {
    let utc = iso.ends_with('Z') || iso.ends_with("+00:00") || iso.ends_with("+0000");
    let hour: u32 = iso.get(11..13)?.parse().ok()?;
    (utc && iso.as_bytes().get(10) == Some(&b'T') && hour >= EVENING_HOUR).then(|| &iso[..10])
}

/// The day after `YYYY-MM-DD`.
fn next_day(day: &str) -> Option<String> {
    let y: u32 = day.get(..4)?.parse().ok()?;
    let m: u32 = day.get(5..7)?.parse().ok()?;
    let d: u32 = day.get(8..10)?.parse().ok()?;
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let last = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    let (y, m, d) = match (m, d) {
        (12, d) if d >= last => (y + 1, 1, 1),
        (m, d) if d >= last => (y, m + 1, 1),
        (m, d) => (y, m, d + 1),
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_after_rolls_over_months_years_and_leap_days() {
        assert_eq!(next_day("2024-05-31").as_deref(), Some("2024-06-01"));
        assert_eq!(next_day("2024-02-28").as_deref(), Some("2024-02-29"));
        assert_eq!(next_day("2023-02-28").as_deref(), Some("2023-03-01"));
        assert_eq!(next_day("2024-12-31").as_deref(), Some("2025-01-01"));
        assert_eq!(next_day("2024-06-10").as_deref(), Some("2024-06-11"));
    }

    #[test]
    fn only_an_evening_time_in_utc_may_be_the_day_before() {
        assert_eq!(
            evening_utc_day("2024-05-31T20:15:00+00:00"),
            Some("2024-05-31")
        );
        assert_eq!(evening_utc_day("2023-03-05T21:40:00Z"), Some("2023-03-05"));
        assert_eq!(evening_utc_day("2024-05-31T10:15:00+00:00"), None);
        assert_eq!(evening_utc_day("2024-05-31T20:15:00+03:00"), None);
        assert_eq!(evening_utc_day("2024-05-31"), None);
    }
}
