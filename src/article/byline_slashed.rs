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

#[cfg(test)]
mod tests {
    use super::slashed_dated;

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
