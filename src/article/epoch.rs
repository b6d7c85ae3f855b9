//! A stored date as a point in time: seconds since the Unix epoch (UTC),
//! for ordering a library and for `qari list`'s machine-readable dates.

use crate::i18n::date;

/// A stored date (ISO 8601 or RFC 2822, see [`date::parse`]) in seconds
/// since the Unix epoch: its day, plus its time of day and zone when it
/// gives them.
pub fn published_seconds(text: &str) -> Option<i64> {
    let day = date::parse(text)?;
    let days = days_from_civil(
        i64::from(day.year),
        i64::from(day.month),
        i64::from(day.day),
    );
    Some(days * 86_400 + time_of_day(text).unwrap_or(0))
}

/// The first `HH:MM[:SS]` of `text`, less its zone offset (`Z`, `GMT`,
/// `+03:00`, `-0500`), in seconds.
fn time_of_day(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let digits = |at: usize| -> Option<i64> {
        let pair = text.get(at..at + 2)?;
        pair.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| pair.parse().ok())?
    };
    let at = (0..b.len()).find(|&i| b.get(i + 2) == Some(&b':') && digits(i).is_some())?;
    let (hours, minutes) = (digits(at)?, digits(at + 3)?);
    let mut end = at + 5;
    let mut seconds = 0;
    if b.get(end) == Some(&b':')
        && let Some(s) = digits(end + 1)
    {
        seconds = s;
        end += 3;
    }
    while b.get(end).is_some_and(|c| *c == b'.' || c.is_ascii_digit()) {
        end += 1;
    }
    let zone = text[end..].trim_start();
    let offset = match zone.as_bytes().first() {
        Some(sign @ (b'+' | b'-')) => {
            let rest = zone[1..].replacen(':', "", 1);
            let h: i64 = rest.get(..2)?.parse().ok()?;
            let m: i64 = rest.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            let offset = h * 3600 + m * 60;
            if *sign == b'-' { -offset } else { offset }
        }
        _ => 0,
    };
    Some(hours * 3600 + minutes * 60 + seconds - offset)
}

/// The day of the week of a date, Sunday as 0.
pub(crate) fn weekday(year: u32, month: u32, day: u32) -> u32 {
    // 1970-01-01 was a Thursday.
    let days = days_from_civil(i64::from(year), i64::from(month), i64::from(day));
    u32::try_from((days + 4).rem_euclid(7)).unwrap_or(0)
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_from_the_epoch_in_utc() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(published_seconds("2024-04-18"), Some(1_713_398_400));
        assert_eq!(
            published_seconds("2024-04-18T09:30:00Z"),
            Some(1_713_398_400 + 9 * 3600 + 30 * 60)
        );
        assert_eq!(
            published_seconds("2024-04-18T12:30:00+03:00"),
            published_seconds("2024-04-18T09:30:00Z")
        );
        assert_eq!(
            published_seconds("Thu, 18 Apr 2024 04:30:00 -0500"),
            published_seconds("2024-04-18T09:30:00Z")
        );
        assert_eq!(published_seconds("yesterday"), None);
    }
}
