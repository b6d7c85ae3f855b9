//! Bylines: who wrote an article and for whom, from the short line under a
//! headline. News sites write it in a few shapes:
//!
//! | line                          | author          | source            |
//! |-------------------------------|-----------------|-------------------|
//! | `أبوظبي - سكاي نيوز عربية`    |                 | سكاي نيوز عربية   |
//! | `القافلة - فهد الحازمي`       | فهد الحازمي     | القافلة           |
//! | `عدن: محمد علي محسن`          | محمد علي محسن   |                   |
//! | `أنور محمد ـ جدة`             | أنور محمد       |                   |
//! | `حسام أبو العلا - القاهرة`    | حسام أبو العلا  |                   |
//! | `(أبوظبي - البيان)`           |                 | البيان            |
//! | `واشنطن (رويترز)`             |                 | رويترز            |
//!
//! A city names where the story was filed ([`Byline::place`]), never its
//! author. Places and outlets are told apart by the tables in
//! [`super::byline_names`]; a part in neither table is an outlet when it is
//! one word with the article `ال` and a person when it is two to four words.
//! A line with sentence punctuation, digits or more than ten words is never
//! a byline, so a first paragraph is never taken for one.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

pub use super::byline_leading::leading;
use super::byline_names::{DESKS, NOT_NAMES, OUTLET_WORDS, OUTLETS, PLACES};
pub use super::byline_offices::{is_media_department, without_office};
pub use super::byline_outlets::{
    editors_outlet, is_listed_outlet, is_same_site, outlet, without_domain,
};
use super::byline_parts;
pub use super::byline_parts::{desk_credit, relayed_slash};
pub(super) use super::byline_persons::opens_as_person;
pub use super::byline_persons::{dashed_writers, initialed_name, titled_name, writer_in_headline};
pub use super::byline_persons::{
    has_no_name_word, is_bare_name, is_plain_name, is_signed_name, is_writer_post, joined_names,
    listed_writers, name_and_role, reads_as_phrase,
};
use super::byline_persons::{opens_with_place, reads_as_outlet, spaced_initials};
pub use super::byline_sites::staff;
use super::byline_sites::{
    place_and_word, quoted_outlet, relayed_site, site_and_agency, site_and_desk, site_and_writer,
    site_by_place, writer_and_quoted_outlet,
};
pub use super::byline_trims::{unstretched, without_channel};
use crate::search;

use super::byline_bodies::place_and_body;
pub(crate) use super::byline_bodies::{BODY_WORDS, is_body_media, signs_as_office};

/// What a byline says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    pub author: Option<String>,
    pub source: Option<String>,
    pub place: Option<String>,
}

/// The byline a header line is, if it is one of the shapes above.
pub fn parse(line: &str) -> Option<Byline> {
    let line = line.trim();
    if let Some(credit) = credited(line) {
        return Some(credit);
    }
    if let Some(writer) = name_and_role(line) {
        return Some(Byline {
            author: Some(writer),
            ..Byline::default()
        });
    }
    if let Some(found) = super::byline_persons::name_and_paper(line)
        .or_else(|| writer_and_quoted_outlet(line))
        .or_else(|| byline_parts::placed_writers(line))
    {
        return Some(found);
    }
    if let Some(writers) = listed_writers(line) {
        return Some(Byline {
            author: Some(writers),
            ..Byline::default()
        });
    }
    if line.split_whitespace().nth(10).is_some()
        || line.ends_with(['.', '؟', '?', '!'])
        || line.contains(['،', ',', '؛', ';', '«', '»', '"', '“', '”'])
    {
        return None;
    }
    // The story's own mark after the outlet in brackets (`المكلا(حضارم
    // اليوم ) خاص`) is no part of the byline.
    let line = line
        .rsplit_once(' ')
        .filter(|(rest, mark)| rest.ends_with(')') && is_in(mark, byline_parts::NEWSROOM))
        .map_or(line, |(rest, _)| rest);
    let inner = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    // A place closed by a full stop before the writer (`سبوتنيك عربي -
    // القاهرة. أحمد عبد الوهاب`) is set off as by a dash.
    let stopped = place_stop(inner);
    let inner = stopped.as_deref().unwrap_or(inner);
    let unslugged = byline_parts::unslugged_site(inner);
    let inner = unslugged.as_deref().unwrap_or(inner);
    super::byline_three::three_parts(inner)
        .or_else(|| byline_parts::city_country_agency(inner))
        .or_else(|| byline_parts::writer_in_parens(inner))
        .or_else(|| {
            split(inner)
                .filter(|(a, b, _)| !byline_parts::is_parted(a) && !byline_parts::is_parted(b))
                .and_then(|(a, b, colon)| {
                    relayed_site(a, b)
                        // The site's name before its desk's word
                        // (`أورينت نت - متابعات`).
                        .or_else(|| relayed_site(b, a))
                        // An outlet's name before the agency's is no writer.
                        .or_else(|| {
                            site_and_agency(a, b).filter(|_| kind(a, true) == Some(Part::Outlet))
                        })
                        // A desk after the site's name is no writer.
                        .or_else(|| site_and_desk(a, b).filter(|_| is_desk(b)))
                        .or_else(|| place_and_body(a, b))
                        .or_else(|| desk_and_writer(a, b))
                        .or_else(|| shape(a, b, colon))
                        .or_else(|| place_and_word(a, b))
                        .or_else(|| site_by_place(a, b))
                        .or_else(|| site_and_agency(a, b))
                        .or_else(|| site_and_desk(a, b))
                        .or_else(|| site_and_writer(a, b, colon))
                })
        })
        .or_else(|| byline_parts::glued_dash(inner))
        .or_else(|| byline_parts::unmarked(inner))
        .or_else(|| relayed_slash(inner))
        .or_else(|| staff(inner))
        .or_else(|| super::byline_sites::with_agency(inner))
        .or_else(|| byline_parts::dateline_and_writer(inner))
        .or_else(|| byline_parts::place_and_signed_name(inner))
}

/// A desk's or a media office's credit, or an outlet in quotes, which
/// stand whole before a line is split into parts.
fn credited(line: &str) -> Option<Byline> {
    byline_parts::desk_credit(line)
        .or_else(|| super::byline_offices::media_office(line))
        .or_else(|| super::byline_offices::desk_writer(line))
        .or_else(|| quoted_outlet(line))
}

/// `line` with the full stop after a listed place made a dash, when a
/// place ends a part before it (`… - القاهرة. أحمد` is `… - القاهرة - أحمد`).
fn place_stop(line: &str) -> Option<String> {
    let (head, tail) = line.split_once(". ")?;
    let place = head.rsplit(['-', '–', '—']).next().unwrap_or(head).trim();
    (is_in(place, PLACES) && !tail.trim().is_empty()).then(|| format!("{head} - {tail}"))
}

/// The dashes, spaced, that set a name off from its place, its staff or
/// the text it opens: a dash inside a name has no spaces round it.
pub(super) const SPACED_DASHES: [&str; 3] = [" - ", " – ", " — "];

/// The two parts around the byline's separator (` - `, ` ـ `, ` / `,
/// ` | `, `_ `, `: `, `city (agency)`), and whether it was a colon.
pub(super) fn split(line: &str) -> Option<(&str, &str, bool)> {
    if let Some(open) = line.find('(')
        && let Some(inner) = line[open + 1..].strip_suffix(')')
    {
        return Some((line[..open].trim(), inner.trim(), false));
    }
    if let Some(colon) = line.find(':') {
        return Some((line[..colon].trim(), line[colon + 1..].trim(), true));
    }
    let mut at = 0;
    for word in line.split(' ') {
        let dash = !word.is_empty()
            && word
                .chars()
                .all(|c| matches!(c, '-' | '–' | '—' | 'ـ' | '/' | '|' | '_'));
        if dash {
            return Some((line[..at].trim(), line[at + word.len()..].trim(), false));
        }
        // `غصون أبو الذهب_ Syria Press`: a dash or an underscore glued
        // to the name before it.
        if let Some(w) = word.strip_suffix(['-', '/', '_']).filter(|w| !w.is_empty()) {
            return Some((
                line[..at + w.len()].trim(),
                line[at + word.len()..].trim(),
                false,
            ));
        }
        at += word.len() + 1;
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Place,
    Outlet,
    Person,
    /// One word with the article: an outlet not in the table, or a place.
    Name,
}

pub(super) fn kind(part: &str, first: bool) -> Option<Part> {
    let words = part.split_whitespace().count();
    if words == 0 || words > 5 || super::byline_outlets::is_description(part) {
        return None;
    }
    let place = is_in(part, PLACES);
    let outlet = is_in(part, OUTLETS)
        || part.split_whitespace().any(|w| is_in(w, OUTLET_WORDS))
        || super::byline_sites::named_after_region(part)
        || super::byline_sites::is_round_the_clock(part)
        || super::byline_sites::is_numbered_name(part);
    if place && (first || !outlet) {
        return Some(Part::Place);
    }
    if outlet {
        return Some(Part::Outlet);
    }
    let not_name = part.chars().any(|c| c.is_numeric() || c == '(' || c == ')')
        || part.split_whitespace().any(|w| is_in(w, NOT_NAMES));
    if not_name {
        return None;
    }
    if words == 1 && search::fold(part).starts_with("ال") {
        Some(Part::Name)
    } else if (2..=4).contains(&words) || is_signed_name(part) {
        // Five words read as a name by their own (`محمد الأمين ولد أحمد
        // سالم`).
        Some(Part::Person)
    } else {
        None
    }
}

/// Whether a byline's part names a desk rather than a person: a listed
/// desk, or an editor named by his beat.
pub(crate) fn is_desk(part: &str) -> bool {
    is_in(part, DESKS)
        || is_in(part, super::byline_offices::MEDIA_OFFICES)
        || is_beat_editor(part)
        || is_body_media(part)
}

/// The word for an editor, which a desk signs with.
pub(crate) const EDITORS: [&str; 4] = ["محرر", "المحرر", "محررة", "المحررة"];

/// An editor named by the beat he covers (`محرر الشئون المحلية`,
/// `المحرر الاقتصادي`): a desk's signature, never a person's name.
pub(crate) fn is_beat_editor(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (2..=3).contains(&words.len()) && EDITORS.contains(&words[0]) && words[1].starts_with("ال")
}

pub(super) fn is_in(part: &str, list: &'static [&'static str]) -> bool {
    // The tables are folded once per thread, not at every look-up: a
    // copy's header asks for each of its lines whether a part is a place
    // or an outlet, and the tables run to hundreds of names.
    thread_local! {
        static FOLDED: RefCell<HashMap<(usize, usize), HashSet<String>>> =
            RefCell::new(HashMap::new());
    }
    let folded = fold_words(part);
    FOLDED.with_borrow_mut(|tables| {
        tables
            .entry((list.as_ptr() as usize, list.len()))
            .or_insert_with(|| list.iter().map(|n| fold_words(n)).collect())
            .contains(&folded)
    })
}

fn fold_words(s: &str) -> String {
    s.split_whitespace()
        .map(search::fold)
        .collect::<Vec<_>>()
        .join(" ")
}

fn shape(a: &str, b: &str, colon: bool) -> Option<Byline> {
    use Part::*;
    let (ka, kb) = (kind(a, true)?, kind(b, false)?);
    let (a, b) = (Some(a.to_owned()), Some(b.to_owned()));
    let byline = |author, source, place| Byline {
        author,
        source,
        place,
    };
    // `X: Y` is a byline only when X is known: `ملاحظة: ...` is not one.
    if colon && !matches!(ka, Place | Outlet) {
        return None;
    }
    // A name no table knows beside a city or a person's name is the
    // site's when it reads as no person's (`صدى السهل - مهران علي`).
    let site = |part: &Option<String>| part.as_deref().is_some_and(reads_as_outlet);
    let office = |part: &Option<String>| {
        part.as_deref()
            .is_some_and(|p| is_in(p, super::byline_offices::MEDIA_OFFICES))
    };
    Some(match (ka, kb) {
        // A body's media office is none of its writers (`الدوحة - المركز
        // الإعلامي`), and over a section it is the page's trail
        // (`المركز الإعلامي / الأخبار`).
        (Place, Person) if office(&b) => byline(None, None, a),
        (Person, _) if office(&a) => return None,
        (Place, Outlet | Name) => byline(None, b, a),
        (Place, Person) if site(&b) => byline(None, b, a),
        (Place, Person) => byline(b, None, a),
        // The site's name run into its writer's (`جهينة الإخبارية زهراء
        // آل حمود - سيهات`).
        (Outlet, Place)
            if let Some((site, writer)) =
                super::byline_sites::site_then_writer(a.as_deref().unwrap_or_default()) =>
        {
            byline(Some(writer), Some(site), b)
        }
        (Outlet, Place) | (Name, Place) => byline(None, a, b),
        (Outlet | Name, Person) => byline(b, a, None),
        (Person, Place) if site(&a) => byline(None, a, b),
        (Person, Place) => byline(a, None, b),
        // `رانيا أبو غوش ـ القدس`: a city that is also a paper's name,
        // after a writer, is where the writer filed from.
        (Person, Outlet) if !site(&a) && b.as_deref().is_some_and(|b| is_in(b, PLACES)) => {
            byline(a, None, b)
        }
        (Person, Outlet | Name) => byline(a, b, None),
        (Person, Person) if site(&a) && !site(&b) => byline(b, a, None),
        (Person, Person) if site(&b) && !site(&a) => byline(a, b, None),
        (Outlet, Outlet | Name) => byline(None, a, None),
        // `المواطن - الرياض`: a city that is also a paper's name, after a
        // name no table knows, is where the site filed from.
        (Name, Outlet) if b.as_deref().is_some_and(|b| is_in(b, PLACES)) => byline(None, a, b),
        (Place, Place) | (Name, Outlet | Name) | (Person, Person) => return None,
    })
}

/// What a lone name next to a date in the header is: a place, an outlet
/// or a person (`فهد الحازمي - 24 أغسطس 2020` once the date is taken out).
pub fn lone(part: &str) -> Option<Byline> {
    let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '(');
    let part = part
        .strip_prefix('(')
        .and_then(|p| p.strip_suffix(')'))
        .unwrap_or(part)
        .trim();
    let part = &spaced_initials(part);
    let owned = Some(part.to_owned());
    Some(match kind(part, false)? {
        Part::Place => Byline {
            place: owned,
            ..Byline::default()
        },
        Part::Outlet | Part::Name => Byline {
            source: owned,
            ..Byline::default()
        },
        // A body's media desk (`إعلام الهلال`) is the body speaking.
        Part::Person if opens_with_place(part) || is_body_media(part) => Byline {
            source: owned,
            ..Byline::default()
        },
        Part::Person => Byline {
            author: owned,
            ..Byline::default()
        },
    })
}

/// A body's media desk and the writer it sends (`إعلام جامعة ذمار -
/// فؤاد العنسي`): the writer signs the story.
fn desk_and_writer(desk: &str, writer: &str) -> Option<Byline> {
    (is_body_media(desk) && is_bare_name(writer)).then(|| Byline {
        author: Some(writer.to_owned()),
        ..Byline::default()
    })
}

/// Whether a name has a word no person's name has (`اخبار السودان
/// العاجلة`, a site's account signing its stories).
pub fn names_no_one(name: &str) -> bool {
    name.split_whitespace().any(|w| is_in(w, NOT_NAMES))
}
