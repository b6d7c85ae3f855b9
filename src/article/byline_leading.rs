//! Bylines that open a paragraph, before the text they credit:
//! `(أبوظبي - البيان) أعلنت…`, `رام الله - الوكالة - نفى…`,
//! `القاهرة الخليج: رفض…`, `القاهرة (رويترز) -`.

use super::byline::{Byline, Part, is_in, kind, outlet, parse};
use super::byline_names::{OUTLETS, PLACES};
use super::byline_openers;
use super::byline_parts::RELAYED;
use super::byline_persons::names_a_site;
use super::byline_sites::placed_outlet;
use super::phrases::ar::BYLINE_PREFIXES;

/// A byline at the start of a paragraph, `(أبوظبي - البيان) أعلنت…`,
/// `رام الله - الوكالة - نفى…`: the byline and the rest of the paragraph.
/// A writer's name set off by a dash after a wire's dateline (`جرش 24
/// تموز (بترا)- فلان- احتضن…`) is the byline's author.
pub fn leading(paragraph: &str) -> Option<(Byline, &str)> {
    let (mut byline, rest) = opening(paragraph)?;
    if byline.author.is_none()
        && let Some((name, after)) = rest.split_once(['-', '–'])
        && super::byline::is_signed_name(name.trim())
        && !name.ends_with(' ')
        && !after.trim().is_empty()
    {
        byline.author = Some(name.trim().to_owned());
        return Some((byline, after.trim_start()));
    }
    Some((byline, rest))
}

/// The byline a paragraph opens with, and the rest of the paragraph.
fn opening(paragraph: &str) -> Option<(Byline, &str)> {
    let Some(rest) = paragraph.strip_prefix('(') else {
        return dashed(paragraph)
            .or_else(|| byline_openers::quoted_agency(paragraph))
            .or_else(|| super::byline_offices::placed_office(paragraph))
            .or_else(|| super::byline_wires::dated_wire(paragraph))
            .or_else(|| super::byline_wires::bare_dated_wire(paragraph))
            .or_else(|| super::byline_wires::unmarked_dated_wire(paragraph))
            .or_else(|| byline_openers::outlet_then_place(paragraph))
            .or_else(|| glued(paragraph))
            .or_else(|| byline_openers::wire(paragraph))
            .or_else(|| byline_openers::slashed(paragraph))
            .or_else(|| super::byline_slashed::slashed_dated(paragraph))
            .or_else(|| byline_openers::outlet_place(paragraph))
            .or_else(|| byline_openers::own_story(paragraph))
            .or_else(|| byline_openers::glued_city_agency(paragraph))
            .or_else(|| byline_openers::outlet_dashed(paragraph))
            .or_else(|| byline_openers::writer(paragraph));
    };
    let close = rest.find(')')?;
    let (inside, after) = (&rest[..close], &rest[close + 1..]);
    // An outlet alone in the brackets, set off by a dash (`(شبكة الوادي)
    // - قال…`), is the story's source as much as one beside its city.
    let alone = || {
        let set_off = after.trim_start().starts_with(['-', '–', '—', 'ـ', ':']);
        let site = names_a_site(inside, false);
        (set_off && site).then(|| Byline {
            source: Some(inside.trim().to_owned()),
            ..Byline::default()
        })
    };
    let byline = parse(inside)
        .filter(|_| inside.split_whitespace().nth(6).is_none())
        .or_else(alone)?;
    let after = after.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | 'ـ')
    });
    (!after.is_empty()).then_some((byline, after))
}

/// A dateline set off by dashes, `رام الله - الوكالة - نفى…`: a known
/// place, a short outlet name, then the text. The place must be a known
/// one, so a first sentence with a dash in it is left alone.
fn dashed(paragraph: &str) -> Option<(Byline, &str)> {
    // Spaced dashes; or dashes glued to the name before them (`بيت لحم-
    // معا- أعلنت…`), for a listed outlet only.
    let glued = || {
        let (place, rest) = paragraph.split_once("- ")?;
        let (outlet, after) = rest.split_once("- ")?;
        is_in(outlet.trim(), OUTLETS).then_some((place, outlet, after))
    };
    let (place, outlet, after) = paragraph
        .split_once(" - ")
        .and_then(|(place, rest)| rest.split_once(" - ").map(|(o, a)| (place, o, a)))
        .or_else(glued)?;
    let (place, outlet, after) = (place.trim(), outlet.trim(), after.trim_start());
    // Or one Latin word with figures in it (`نابلس - 24FM - …`), as a
    // radio's name is.
    let plain = outlet.chars().all(|c| c.is_alphabetic() || c == ' ')
        || (outlet.chars().all(|c| c.is_ascii_alphanumeric())
            && outlet.chars().any(|c| c.is_ascii_alphabetic()));
    if !is_in(place, PLACES) || !plain || after.is_empty() {
        return None;
    }
    let place = Some(place.to_owned());
    // `القاهرة - كتب فلان الفلاني - قال…`: the writer, not an outlet.
    if let Some((verb, name)) = outlet.split_once(' ')
        && is_in(verb, BYLINE_PREFIXES)
    {
        let name = name.trim();
        let author = (kind(name, false) == Some(Part::Person)).then(|| name.to_owned());
        return Some((
            Byline {
                place,
                author: Some(author?),
                ..Byline::default()
            },
            after,
        ));
    }
    // A longer name says it is an outlet's (`وكالة قدس نت للأنباء`).
    let words = outlet.split_whitespace().count();
    ((1..=3).contains(&words) || (words <= 5 && kind(outlet, false) == Some(Part::Outlet))).then(
        || {
            (
                Byline {
                    place,
                    source: Some(outlet.to_owned()),
                    ..Byline::default()
                },
                after,
            )
        },
    )
}

/// A place and an outlet run together before a colon at the start of a
/// paragraph, as copies lose the dash between them (`القاهرة الخليج: رفض…`),
/// or an outlet alone (`يمن ديلي نيوز: أعلن…`). Known names only (an
/// outlet by its table or an outlet word), so a sentence with a colon is
/// left alone.
fn glued(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, after) = paragraph.split_once(':')?;
    if let Some(byline) = placed_outlet(head) {
        let after = after.trim_start();
        return (!after.is_empty()).then_some((byline, after));
    }
    // Dashes and underscores between the parts are not words of them
    // (`مسقط ـ العمانية`, `الشارع المغاربي_وكالات`).
    let spaced = head.replace('_', " ");
    let words: Vec<&str> = spaced
        .split_whitespace()
        .filter(|w| !w.chars().all(|c| matches!(c, '-' | '–' | '—' | 'ـ')))
        .collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    let parted = words.len() < spaced.split_whitespace().count();
    let head = words.join(" ");
    let head = head.as_str();
    // The outlet alone: `يمن ديلي نيوز: أعلن…`; two names set apart by a
    // dash are not one.
    if let Some(source) = outlet(head).filter(|_| !parted) {
        let after = after.trim_start();
        return (!after.is_empty()).then_some((
            Byline {
                source: Some(source),
                ..Byline::default()
            },
            after,
        ));
    }
    // A known place and a short name no table knows, set apart by a dash
    // (`الخليل - وطن: أعلنت…`): the outlet that filed from there.
    let dashed_outlet = || {
        let (place, name) = spaced.split_once(['-', '–', '—'])?;
        let (place, name) = (place.trim(), name.trim());
        let short = (1..=3).contains(&name.split_whitespace().count())
            && name.chars().all(|c| c.is_alphabetic() || c == ' ');
        (parted
            && short
            && is_in(place, PLACES)
            && !is_in(name, PLACES)
            && kind(name, false) != Some(Part::Person))
        .then(|| Byline {
            place: Some(place.to_owned()),
            source: Some(name.to_owned()),
            ..Byline::default()
        })
    };
    let byline = (1..words.len()).find_map(|k| {
        let place = words[..k].join(" ");
        let outlet = words[k..].join(" ");
        (is_in(&place, PLACES) && is_in(&outlet, OUTLETS)).then(|| Byline {
            place: Some(place),
            source: Some(outlet),
            ..Byline::default()
        })
    });
    // A site's name before `وكالات` (it relays agencies' copy).
    let byline = byline.or_else(dashed_outlet).or_else(|| {
        let (last, name) = words.split_last()?;
        (is_in(last, RELAYED) && !name.is_empty() && name.len() <= 3).then(|| Byline {
            source: Some(name.join(" ")),
            ..Byline::default()
        })
    })?;
    let after = after.trim_start();
    (!after.is_empty()).then_some((byline, after))
}

/// A word no table knows, a dash, then a short name closed by a colon
/// (`المغطس – أبونا: شارك…`): a dateline, the place first as datelines
/// have it and the site after it, whatever either is called.
pub(super) fn place_then_named<'a>(word: &str, after: &'a str) -> Option<(Byline, &'a str)> {
    let (name, rest) = after.split_once(':')?;
    let name = name.trim();
    let short = (1..=2).contains(&name.split_whitespace().count())
        && name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let unknown = word.chars().all(char::is_alphabetic)
        && !word.contains(' ')
        && kind(word, true).is_none_or(|k| k == Part::Name);
    let site = !is_in(name, PLACES) && kind(name, false) != Some(Part::Person);
    let rest = rest.trim_start();
    (short && unknown && site && !rest.is_empty()).then(|| {
        (
            Byline {
                place: Some(word.to_owned()),
                source: Some(name.to_owned()),
                ..Byline::default()
            },
            rest,
        )
    })
}
