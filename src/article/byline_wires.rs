//! A wire's dateline at a paragraph's head with the day beside the city
//! (`الكويت - 2 - 8 (كونا) --`, `الرياض 12 مايو (واس) -`): the city is
//! the place, the agency the source, the rest the paragraph.

use super::byline::{Byline, is_in};
use super::byline_names::{OUTLETS, PLACES};
use super::byline_persons::names_a_site;
use super::dates;

/// A wire's dateline with the day between the city and the agency in
/// brackets, set off by a comma or a dash, then a dash before the text
/// (`الكويت - 2 - 8 (كونا) -- مع بزوغ…`, `الشهيد الحافظ ، 16 ديسمبر 2024
/// (واص) - انطلقت…`): the city is the place, the agency the source. With
/// a day and a known wire beside it, a place no table knows (a camp, a
/// village) is one all the same.
pub(super) fn dated_wire(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, rest) = paragraph.split_once('(')?;
    let (agency, after) = rest.split_once(')')?;
    let (place, day) = place_and_day(head)?;
    let (place, day, agency) = (place.trim(), day.trim(), agency.trim());
    let digits = day.chars().any(|c| c.is_numeric())
        && day
            .chars()
            .all(|c| c.is_numeric() || c.is_whitespace() || matches!(c, '-' | '/'));
    let dated = digits || super::dates::is_whole(day) || day_and_month(day);
    let placed = is_in(place, PLACES)
        || ((1..=3).contains(&place.split_whitespace().count())
            && place.chars().all(|c| c.is_alphabetic() || c == ' ')
            && is_in(agency, OUTLETS));
    // Xinhua sets no mark after the bracket (`القاهرة 9 مارس 2021
    // (شينخوا) أعلنت…`): a known city and a listed wire say it all the same.
    let after = after.trim_start();
    let marked = after.starts_with(['-', '–', '—', ':']);
    let known = is_in(place, PLACES) && is_in(agency, OUTLETS);
    if !(marked || known) {
        return None;
    }
    let text = after.trim_start_matches(['-', '–', '—', ':', ' ']);
    (dated && placed && names_a_site(agency, false) && !text.is_empty()).then(|| {
        (
            Byline {
                place: Some(place.to_owned()),
                source: Some(agency.to_owned()),
                ..Byline::default()
            },
            text,
        )
    })
}

/// A day and its month's name with no year, as a wire dates its copy
/// (`3 أوت`, `12 كانون الثاني`).
fn day_and_month(day: &str) -> bool {
    let Some((number, month)) = day.split_once(' ') else {
        return false;
    };
    let month: Vec<String> = month.split_whitespace().map(crate::search::fold).collect();
    (1..=2).contains(&number.chars().count())
        && number.chars().all(|c| c.is_numeric())
        && super::date_names::folded_months()
            .iter()
            .any(|(m, _)| *m == month)
}

/// A dateline's place and day: set apart by a dash or a comma before the
/// day, or by a space before the day's number (`مصراتة 21 مايو 2023`,
/// `بورتسودان 5-11-2024`, whose dashes are the day's own).
fn place_and_day(head: &str) -> Option<(&str, &str)> {
    let number = head.find(|c: char| c.is_numeric());
    match head.find(['-', '،', ',']) {
        Some(at) if number.is_none_or(|n| at < n) => {
            let (place, day) = head.split_at(at);
            let mark = day.chars().next().map_or(0, char::len_utf8);
            Some((place, &day[mark..]))
        }
        _ => number.map(|at| head.split_at(at)),
    }
}

/// A wire's dateline with no brackets round the agency, a known city and
/// a day in figures before it and a dash after it (`رام الله 12-3-2025
/// وفا- سجل…`): the city is the place, the agency (a listed one) the
/// source.
pub(super) fn bare_dated_wire(paragraph: &str) -> Option<(Byline, &str)> {
    let head_end = paragraph.char_indices().take(60).find_map(|(at, c)| {
        let dash = matches!(c, '-' | '–' | '—');
        let before = paragraph[..at].trim_end();
        (dash && before.ends_with(|c: char| c.is_alphabetic())).then_some(at)
    })?;
    let (head, after) = paragraph.split_at(head_end);
    let (before, agency) = head.trim_end().rsplit_once(' ')?;
    let (place, day) = place_and_day(before)?;
    let (place, day) = (place.trim(), day.trim());
    let figures = day.chars().any(|c| c.is_numeric())
        && day
            .chars()
            .all(|c| c.is_numeric() || matches!(c, '-' | '/' | '.'));
    let text = after.get(1..)?.trim_start_matches(['-', '–', '—', ' ']);
    (figures && is_in(place, PLACES) && is_in(agency, OUTLETS) && !text.is_empty()).then(|| {
        (
            Byline {
                place: Some(place.to_owned()),
                source: Some(agency.to_owned()),
                ..Byline::default()
            },
            text,
        )
    })
}

/// A wire's dateline with no mark at all (`أبها 12 رجب 1445 هـ الموافق 24
/// يناير 2024 م واس أطلق…`): a known city, a date and nothing else, then
/// a listed agency's one-word name and the text. With no mark to set it
/// off, the dateline reads as the lead's first words, and stays in it.
pub(super) fn unmarked_dated_wire(paragraph: &str) -> Option<(Byline, &str)> {
    const MOST_WORDS: usize = 16;
    let words: Vec<(usize, &str)> = paragraph
        .split_whitespace()
        .take(MOST_WORDS)
        .map(|w| (w.as_ptr() as usize - paragraph.as_ptr() as usize, w))
        .collect();
    let (agency_at, agency) = words
        .iter()
        .enumerate()
        .skip(2)
        .find(|(_, (_, w))| is_in(w, OUTLETS))
        .map(|(k, &(_, w))| (k, w))?;
    let &(agency_from, _) = words.get(agency_at)?;
    let rest = paragraph.get(agency_from + agency.len()..)?.trim_start();
    (1..=2).find_map(|p| {
        let (place_end, _) = *words.get(p)?;
        let place = paragraph.get(..place_end)?.trim();
        let date = paragraph.get(place_end..agency_from)?;
        let dated = dates::dateline(date).is_some();
        (is_in(place, PLACES) && dated && !rest.is_empty()).then(|| {
            let found = Byline {
                place: Some(place.to_owned()),
                source: Some(agency.to_owned()),
                ..Byline::default()
            };
            (found, paragraph)
        })
    })
}
