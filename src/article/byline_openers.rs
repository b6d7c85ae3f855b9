//! Datelines that open a lead in less usual shapes, for
//! [`super::byline::leading`]: a wire's slashed dateline and an outlet
//! with its city in parentheses.

use super::byline::{Byline, is_in, outlet};
use super::byline_names::{OUTLETS, PLACES};

/// A wire dateline with slashes, `مسقط في 20 نوفمبر/ وام/ قال…`: a known
/// place, `في` and the day, then the agency between slashes.
pub(super) fn slashed(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, rest) = paragraph.split_once('/')?;
    let (agency, after) = rest.split_once('/')?;
    let (place, day) = head.split_once(" في ")?;
    let (place, agency, after) = (place.trim(), agency.trim(), after.trim_start());
    let words = agency.split_whitespace().count();
    let known = is_in(agency, OUTLETS) || outlet(agency).is_some();
    if !is_in(place, PLACES)
        || !day.chars().any(char::is_numeric)
        || day.split_whitespace().count() > 4
        || !(1..=3).contains(&words)
        || !known
        || after.is_empty()
    {
        return None;
    }
    Some((
        Byline {
            place: Some(place.to_owned()),
            source: Some(agency.to_owned()),
            ..Byline::default()
        },
        after,
    ))
}

/// An outlet's name and its city in parentheses opening a paragraph,
/// `الأخبار (نواكشوط) قام…`: a known city, a name of one to three words.
pub(super) fn outlet_place(paragraph: &str) -> Option<(Byline, &str)> {
    let open = paragraph.find(" (").filter(|&i| i <= 40)?;
    let close = open + paragraph[open..].find(')')?;
    let (name, place) = (paragraph[..open].trim(), paragraph[open + 2..close].trim());
    let after = paragraph[close + 1..].trim_start_matches([' ', ':', '-', '–', '—', 'ـ']);
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    (is_in(place, PLACES) && (1..=3).contains(&words) && plain && !after.is_empty()).then(|| {
        (
            Byline {
                place: Some(place.to_owned()),
                source: Some(name.to_owned()),
                ..Byline::default()
            },
            after,
        )
    })
}
