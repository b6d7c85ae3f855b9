//! Publication dates as people write them: `18 April 2024`, «18 أبريل 2024».
//!
//! A stored date is ISO 8601 (`2024-04-18`, `2024-04-18T09:30:00Z`) or, from
//! a feed, RFC 2822 (`Thu, 18 Apr 2024 09:30:00 +0000`). Either is shown as
//! day, month name and year: no timestamp, and nothing a right-to-left line
//! can turn round (`2024-04-18` among Arabic words would read 18-04-2024).
//! A date in no known form is shown as written.

use super::UiLang;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: u16,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
}

/// The day a stored date stands for, if it is in a form qari knows.
pub fn parse(date: &str) -> Option<Day> {
    let date = date.trim();
    iso(date).or_else(|| rfc2822(date))
}

/// `YYYY-MM-DD`, alone or followed by a time (`T…` or a space).
fn iso(date: &str) -> Option<Day> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let s = date.get(range)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    day(number(0..4)?, number(5..7)?, number(8..10)?)
}

/// `[Weekday,] D Mon YYYY …` as feeds write it.
fn rfc2822(date: &str) -> Option<Day> {
    let rest = date.split_once(',').map_or(date, |(_, rest)| rest);
    let mut words = rest.split_whitespace();
    let d: u16 = words.next()?.parse().ok()?;
    let month = words.next()?.get(..3)?.to_ascii_lowercase();
    let m = MONTHS_EN
        .iter()
        .position(|name| name[..3].eq_ignore_ascii_case(&month))?;
    let y: u16 = words.next()?.parse().ok()?;
    day(y, m as u16 + 1, d)
}

fn day(year: u16, month: u16, day: u16) -> Option<Day> {
    let valid = (1..=12).contains(&month) && (1..=31).contains(&day) && year >= 1000;
    valid.then_some(Day {
        year,
        month: month as u8,
        day: day as u8,
    })
}

/// The date in words of `lang`, or as written when it is in no known form.
pub fn format(date: &str, lang: UiLang) -> String {
    match parse(date) {
        Some(d) => {
            let months = match lang {
                UiLang::Ar => &MONTHS_AR,
                UiLang::En => &MONTHS_EN,
            };
            let month = months[usize::from(d.month - 1)];
            format!("{} {month} {}", d.day, d.year)
        }
        None => date.trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_become_days() {
        assert_eq!(format("2024-04-18", UiLang::En), "18 April 2024");
        assert_eq!(format("2024-06-02T14:45:00Z", UiLang::Ar), "2 يونيو 2024");
        assert_eq!(
            format("2024-03-15T09:30:00+03:00", UiLang::En),
            "15 March 2024"
        );
        assert_eq!(
            format("Thu, 18 Apr 2024 09:30:00 +0000", UiLang::Ar),
            "18 أبريل 2024"
        );
    }

    #[test]
    fn other_dates_are_shown_as_written() {
        assert_eq!(format("الخميس 18 أبريل", UiLang::Ar), "الخميس 18 أبريل");
        assert_eq!(format("2024-13-01", UiLang::En), "2024-13-01");
        assert_eq!(format("2024-04-18x", UiLang::En), "2024-04-18x");
    }
}
