//! Times and days a copy shows on lines of their own: a clock time, a
//! time with its zone, a day and month without a year.

use super::dates;
use crate::search;

/// A clock time alone (`06:23 م`, `16:56`, `10:05 AM`): a page's time of
/// publishing for the day, or the time beside another story's headline.
pub fn is_clock_time(line: &str) -> bool {
    // (With the clock a theme draws before it: `🕒 23:05`.)
    let line = line.trim_start_matches(|c: char| {
        super::text_pictographs::is_pictograph(c) || c.is_whitespace() || c == '\u{fe0f}'
    });
    let mut words = line.split_whitespace();
    let Some(time) = words.next() else {
        return false;
    };
    let suffix_ok = match words.next() {
        None => true,
        Some(w) => {
            matches!(w, "ص" | "م" | "صباحا" | "مساء" | "صباحًا" | "مساءً")
                || w.eq_ignore_ascii_case("am")
                || w.eq_ignore_ascii_case("pm")
        }
    };
    // `06:23`, or with seconds `06:23:10`.
    let parts: Vec<&str> = time.trim_end_matches('.').split(':').collect();
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.chars().count()) && s.chars().all(|c| c.is_numeric())
    };
    suffix_ok
        && words.next().is_none()
        && (2..=3).contains(&parts.len())
        && digits(parts[0], 1..=2)
        && parts[1..].iter().all(|p| digits(p, 2..=2))
}

/// A day and a month with no year (`04 February`, `4 فبراير`): a date the
/// page shows for this year's stories, which cannot date the article.
pub fn is_yearless_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let day = |w: &str| {
        w.chars().count() <= 2
            && w.chars().all(|c| c.is_numeric())
            && (1..=31).contains(&w.chars().filter_map(digit).fold(0, |n, d| n * 10 + d))
    };
    match words.as_slice() {
        [a, b] => {
            (day(a) && dates::month_number(b).is_some())
                || (dates::month_number(a).is_some() && day(b))
        }
        _ => false,
    }
}

/// A digit's value, in Latin, Arabic-Indic or Persian digits.
fn digit(c: char) -> Option<u32> {
    c.to_digit(10).or_else(|| match c {
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        _ => None,
    })
}

/// Names of Greenwich time after `بتوقيت`.
const GREENWICH: &[&str] = &["غرينتش", "جرينتش", "غرينيتش", "غرينيش", "GMT"];

/// A time of day told with its zone (`٠٦:٥٠ بتوقيت غرينتش`), also after a
/// label and with a comma before the zone (`التوقيت 10:54 ص , بتوقيت
/// القاهرة`): the time as the date parser reads it, with `GMT` when the
/// zone is Greenwich's.
pub fn zoned_time(line: &str) -> Option<String> {
    let (time, zone) = line.split_once("بتوقيت")?;
    let (time, zone) = (time.trim().trim_end_matches([',', '،', ' ']), zone.trim());
    let time = match time.split_once(' ') {
        Some((label, rest)) if !label.contains(char::is_numeric) => rest.trim(),
        _ => time,
    };
    let words = zone.split_whitespace().count();
    if !is_clock_time(time) || !(1..=3).contains(&words) {
        return None;
    }
    let gmt = GREENWICH
        .iter()
        .any(|g| search::fold(g) == search::fold(zone));
    Some(if gmt {
        format!("{time} GMT")
    } else {
        time.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_alone_and_not_otherwise() {
        for t in ["06:23 م", "16:56", "10:05 AM", "01:08:22", "٠٦:٢٣ ص"] {
            assert!(is_clock_time(t), "{t}");
        }
        for t in ["06:23 م اليوم", "2024", "1:2", "الساعة 10:05", "10:05:1"] {
            assert!(!is_clock_time(t), "{t}");
        }
    }

    #[test]
    fn a_day_and_month_without_a_year() {
        for t in ["04 February", "4 فبراير", "March 12", "١٢ مارس"] {
            assert!(is_yearless_date(t), "{t}");
        }
        for t in ["32 March", "4 فبراير 2024", "فبراير", "4 أيام"] {
            assert!(!is_yearless_date(t), "{t}");
        }
    }
}
