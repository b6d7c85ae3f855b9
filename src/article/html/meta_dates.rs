//! The dates a page's metadata gives, read as ISO 8601.

use super::super::dates;

/// A date as ISO 8601 when it can be read, else as given. A meta tag's
/// date may run its digits together (`20221107`).
pub(super) fn iso_date(s: &str) -> String {
    if let Some(iso) = us_clock_date(s) {
        return iso;
    }
    let compact = (s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..]));
    let s = compact.as_deref().unwrap_or(s);
    dates::find(s).map_or_else(|| s.to_owned(), |f| f.iso)
}

/// A date as a .NET server writes one in its American default
/// (`6/8/2022 11:20:45 AM`): the month first, as the twelve-hour clock
/// after it tells, where pages' own dates put the day first.
fn us_clock_date(s: &str) -> Option<String> {
    let mut parts = s.split_whitespace();
    let (day, clock, half) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let pm = match half.to_ascii_uppercase().as_str() {
        "AM" => false,
        "PM" => true,
        _ => return None,
    };
    let numbers =
        |t: &str, sep: char| -> Option<Vec<u32>> { t.split(sep).map(|n| n.parse().ok()).collect() };
    let [month, day, year] = numbers(day, '/')?[..] else {
        return None;
    };
    let hms = numbers(clock, ':')?;
    let (&hour, minute, second) = (hms.first()?, hms.get(1)?, hms.get(2).unwrap_or(&0));
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (1900..=9999).contains(&year)
        && (1..=12).contains(&hour)
        && *minute < 60
        && *second < 60;
    let hour = hour % 12 + if pm { 12 } else { 0 };
    valid.then(|| format!("{year}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}"))
}

/// A date a CMS gives for no date at all: the clock's epoch.
pub(super) fn is_unset_date(date: &str) -> bool {
    date.starts_with("1970-01-01")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_servers_american_date_puts_the_month_first() {
        assert_eq!(iso_date("6/8/2022 11:20:45 AM"), "2022-06-08T11:20:45");
        assert_eq!(iso_date("12/1/2023 1:05:00 PM"), "2023-12-01T13:05:00");
        assert_eq!(iso_date("12/1/2023 12:05:00 AM"), "2023-12-01T00:05:00");
    }

    #[test]
    fn other_dates_are_read_as_before() {
        assert_eq!(iso_date("20221107"), "2022-11-07");
        // No twelve-hour clock: the day first, as Arab pages write it.
        assert_eq!(
            iso_date("6/8/2022"),
            dates::find("6/8/2022").map(|f| f.iso).unwrap_or_default()
        );
        assert_eq!(
            iso_date("13/8/2022 11:20:45 AM"),
            dates::find("13/8/2022 11:20:45 AM")
                .map(|f| f.iso)
                .unwrap_or_default()
        );
    }
}
