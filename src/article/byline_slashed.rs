//! A wire's dateline with its parts set off by slashes and the agency
//! closed by a dash, as Iran's agency writes it (`طهران/ 3 أيلول/ سبتمبر/
//! إرنا- بحث…`): the city, the day in one or two calendars' month names,
//! the agency.

use super::byline::{Byline, is_in};
use super::byline_names::PLACES;
use super::dates;

/// The most words of the agency's name.
const AGENCY_WORDS: usize = 2;

/// The dateline and the rest of the paragraph.
pub(super) fn slashed_dated(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, after) = paragraph.split_once(['-', '–'])?;
    let parts: Vec<&str> = head.split('/').map(str::trim).collect();
    let [place, day @ .., agency] = parts.as_slice() else {
        return None;
    };
    if day.is_empty() || !is_in(place, PLACES) {
        return None;
    }
    // The day's parts read as a day and its months (`3 أيلول`, `سبتمبر`).
    let day = day.join(" ");
    let dated = day.chars().any(char::is_numeric)
        && day
            .split_whitespace()
            .all(|w| w.chars().all(char::is_numeric) || dates::month_number(w).is_some());
    let named = (1..=AGENCY_WORDS).contains(&agency.split_whitespace().count())
        && agency.chars().all(|c| c.is_alphabetic() || c == ' ');
    let after = after.trim_start();
    (dated && named && !after.is_empty()).then(|| {
        (
            Byline {
                place: Some((*place).to_owned()),
                source: Some((*agency).to_owned()),
                ..Byline::default()
            },
            after,
        )
    })
}

/// A byline and the day on one line, set off by slashes and closed by a
/// colon (`□إعلام جامعة ذمار/ فؤاد العنسي/ 16 أبريل 2025 الموافق 18 شوال
/// 1446:`): the byline and the day, each as a line of its own reads.
pub(super) fn byline_then_day(line: &str) -> Option<(String, String)> {
    let line = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches([':', ' ']);
    let (head, day) = line.rsplit_once('/')?;
    let (head, day) = (head.trim(), day.trim());
    let found = dates::find(day)?;
    // The day opens its part; its Hijri day may follow (`الموافق …`).
    let rest = day.get(found.range.end..).unwrap_or("").trim();
    let day_alone = found.range.start == 0 && (rest.is_empty() || rest.starts_with("الموافق"));
    let byline = super::byline::parse(head)?;
    (day_alone && (byline.author.is_some() || byline.source.is_some()))
        .then(|| (head.to_owned(), day.to_owned()))
}

/// `lines` with each byline and day that share a line above the lead
/// (see [`byline_then_day`]) on two lines.
pub(super) fn split_dated_bylines(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len() + 1);
    let mut above_lead = true;
    for line in lines {
        above_lead &= line.split_whitespace().nth(LEAD_WORDS).is_none();
        match above_lead.then(|| byline_then_day(&line)).flatten() {
            Some((byline, day)) => out.extend([byline, day]),
            None => out.push(line),
        }
    }
    out
}

/// More words than a byline and its day run to: the lead.
const LEAD_WORDS: usize = 24;

#[cfg(test)]
mod tests {
    use super::{byline_then_day, slashed_dated};

    #[test]
    fn a_byline_and_its_day_on_one_line_are_parted() {
        let (by, day) =
            byline_then_day("□إعلام جامعة ذمار/ فؤاد العنسي/ 16 أبريل 2025 الموافق 18 شوال 1446:")
                .unwrap();
        assert_eq!(by, "إعلام جامعة ذمار/ فؤاد العنسي");
        assert_eq!(day, "16 أبريل 2025 الموافق 18 شوال 1446");
        // A sentence's day, or a day that is no part of its own, is not.
        assert!(byline_then_day("وقال الوزير/ في 16 أبريل 2025 إن العمل بدأ").is_none());
        assert!(byline_then_day("الأخبار/ الصفحة 12").is_none());
    }

    #[test]
    fn a_slashed_dateline_gives_the_city_and_the_agency() {
        let (by, rest) =
            slashed_dated("طهران/ 3 أيلول/ سبتمبر/ إرنا- بحث الوزير مع السفير").unwrap();
        assert_eq!(by.place.as_deref(), Some("طهران"));
        assert_eq!(by.source.as_deref(), Some("إرنا"));
        assert_eq!(rest, "بحث الوزير مع السفير");
        assert!(slashed_dated("طهران/ الوزير/ السفير- بحث").is_none());
    }
}
