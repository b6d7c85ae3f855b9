//! A numeric date that reads both ways (`9/4/2022`: day and month both at
//! most 12) is read day first, as most Arabic sites write it; some write
//! month first. The article may say which: `يوم 18 سبتمبر الجاري` ("this
//! September") puts it in September, so `9/4/2022` is 4 September.

use std::collections::HashSet;

use super::date_names::MONTH_NAMES;
use crate::search;

/// Words after a month's name that make it the month the article was
/// written in.
const CURRENT: &[&str] = &["الجاري", "الحالي"];

/// `published` turned month first, when it was read day first from a
/// numeric date in `text` that reads both ways, and the text names the
/// other month as the current one and never the month read.
pub fn month_first(published: &str, text: &str) -> Option<String> {
    let (year, month, day) = ymd(published)?;
    if day > 12 || day == month || !written_day_first(text, year, month, day) {
        return None;
    }
    let current = current_months(text);
    (current.contains(&day) && !current.contains(&month))
        .then(|| format!("{year:04}-{day:02}-{month:02}{}", &published[10..]))
}

/// The year, month and day of an ISO date (`2022-04-09`, with or without
/// a time after it).
fn ymd(iso: &str) -> Option<(u32, u32, u32)> {
    let b = iso.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| iso.get(r)?.parse::<u32>().ok();
    Some((num(0..4)?, num(5..7)?, num(8..10)?))
}

/// Whether `text` writes the date as day, month, year in digits
/// (`9/4/2022`, `09-04-2022`, `٩/٤/٢٠٢٢`).
fn written_day_first(text: &str, year: u32, month: u32, day: u32) -> bool {
    let digits: String = text.chars().map(ascii_digit).collect();
    digits
        .split(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | '-' | '.')))
        .any(|token| {
            let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
            let [d, m, y] = parts.as_slice() else {
                return false;
            };
            let same = |part: &str, n: u32| part.len() <= 2 && part.parse() == Ok(n);
            same(d, day) && same(m, month) && y.parse() == Ok(year)
        })
}

/// Arabic-Indic and Persian digits as ASCII ones, other characters as
/// they are.
fn ascii_digit(c: char) -> char {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return c,
    };
    char::from_digit(c as u32 - zero, 10).unwrap_or(c)
}

/// The months `text` names as the current one (`سبتمبر الجاري`,
/// `أيلول الحالي`, `كانون الثاني الجاري`), January as 1.
fn current_months(text: &str) -> HashSet<u32> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(search::fold)
        .collect();
    let current: Vec<String> = CURRENT.iter().map(|w| search::fold(w)).collect();
    let mut found = HashSet::new();
    for (i, word) in words.iter().enumerate() {
        if i == 0 || !current.contains(word) {
            continue;
        }
        let one = words[i - 1].clone();
        let two = (i >= 2).then(|| format!("{} {}", words[i - 2], words[i - 1]));
        if let Some(month) = month_named(&one).or_else(|| two.as_deref().and_then(month_named)) {
            found.insert(month);
        }
    }
    found
}

/// The month (January as 1) a folded name stands for, in any region's
/// names.
fn month_named(folded: &str) -> Option<u32> {
    MONTH_NAMES.iter().find_map(|region| {
        (1u32..)
            .zip(region.months.iter())
            .find(|(_, names)| names.iter().any(|n| search::fold(n) == folded))
            .map(|(month, _)| month)
    })
}

/// A machine date in the US form .NET writes by default (`11/5/2019
/// 7:45:00 PM`: month, day, year, a 12-hour clock in Latin letters), as
/// ISO 8601. The reader's own dates are day first; this form never is.
pub fn us_clock(text: &str) -> Option<String> {
    let mut words = text.split_whitespace();
    let (date, clock, half) = (words.next()?, words.next()?, words.next()?);
    if words.next().is_some() {
        return None;
    }
    let pm = match half.to_ascii_uppercase().as_str() {
        "AM" => false,
        "PM" => true,
        _ => return None,
    };
    let num = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|_| s.bytes().all(|b| b.is_ascii_digit()))
    };
    let parts: Vec<&str> = date.split('/').collect();
    let [m, d, y] = parts.as_slice() else {
        return None;
    };
    let (month, day, year) = (num(m)?, num(d)?, num(y)?);
    let times: Vec<&str> = clock.split(':').collect();
    let (hour, minute) = (num(times.first()?)?, num(times.get(1)?)?);
    let ok = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && (1000..=9999).contains(&year)
        && (1..=12).contains(&hour)
        && minute < 60;
    let hour = hour % 12 + if pm { 12 } else { 0 };
    ok.then(|| format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_month_settles_a_date_that_reads_both_ways() {
        let text = "• 9/4/2022\nيبدأ المعسكر يوم 18 سبتمبر الجاري.";
        assert_eq!(
            month_first("2022-04-09", text).as_deref(),
            Some("2022-09-04")
        );
        let text = "٠٩-٠٤-٢٠٢٢ 10:30\nفي أيلول الحالي.";
        assert_eq!(
            month_first("2022-04-09T10:30", text).as_deref(),
            Some("2022-09-04T10:30")
        );
        let text = "9/1/2023\nفي كانون الثاني الجاري يبدأ الموسم.";
        assert_eq!(month_first("2023-09-01", text).as_deref(), None);
        let text = "1/9/2023\nفي كانون الثاني الجاري يبدأ الموسم.";
        assert_eq!(
            month_first("2023-09-01", text).as_deref(),
            Some("2023-01-09")
        );
    }

    #[test]
    fn without_that_evidence_the_date_stays_day_first() {
        // The month read is the current one.
        assert_eq!(
            month_first("2022-04-09", "9/4/2022\nفي أبريل الجاري."),
            None
        );
        // Both months are called current: no evidence either way.
        let both = "9/4/2022\nفي أبريل الجاري وفي سبتمبر الجاري.";
        assert_eq!(month_first("2022-04-09", both), None);
        // A month named without `الجاري`, or the next one.
        assert_eq!(month_first("2022-04-09", "9/4/2022\nفي سبتمبر."), None);
        assert_eq!(month_first("2022-04-09", "9/4/2022\nسبتمبر المقبل."), None);
        // A date that reads one way only, or written with the month's name.
        assert_eq!(month_first("2022-04-25", "25/4/2022\nسبتمبر الجاري."), None);
        assert_eq!(
            month_first("2022-04-09", "9 أبريل 2022\nسبتمبر الجاري."),
            None
        );
        // Written year first: the order is not in doubt.
        assert_eq!(month_first("2022-04-09", "2022/4/9\nسبتمبر الجاري."), None);
    }

    #[test]
    fn only_a_twelve_hour_clock_makes_a_numeric_date_month_first() {
        assert_eq!(
            us_clock("11/5/2019 7:45:00 PM").as_deref(),
            Some("2019-11-05T19:45")
        );
        assert_eq!(
            us_clock("1/12/2020 12:05 AM").as_deref(),
            Some("2020-01-12T00:05")
        );
        assert_eq!(us_clock("11/5/2019 19:45"), None);
        assert_eq!(us_clock("25/5/2019 7:45 PM"), None);
    }
}
