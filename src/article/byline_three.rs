//! A byline of three parts set off by slashes or dashes (`الموصل / سامر
//! الخطيب / وكالة الرافد`, `الحسكة – أخبار الشرق (خاص) – فلان`).

use std::mem;

use super::byline::{Byline, Part, is_in, kind};
use super::byline_parts::{NEWSROOM, parts};
use super::byline_persons::{is_given_name, reads_as_outlet};

/// A city, a writer and an outlet set off by slashes or dashes, in any
/// order (`الموصل / سامر الخطيب / وكالة الرافد`): one part of each kind,
/// so three names or two places are not taken.
pub(super) fn three_parts(line: &str) -> Option<Byline> {
    let parts: Vec<String> = parts(line).into_iter().map(unlabelled).collect();
    if parts.len() != 3 || parts.iter().any(String::is_empty) {
        return None;
    }
    let mut byline = Byline::default();
    let mut unknown = false;
    let mut marked = false;
    // The mark last, after a place and a name (`عدن - يمن فيوتشر - خاص`):
    // the name is the site's, whose own story it is.
    let site_marked = is_in(&parts[2], NEWSROOM);
    for (i, part) in parts.into_iter().enumerate() {
        // The mark in brackets after the outlet (`أخبار الشرق (خاص)`).
        let part = match part.strip_suffix(')').and_then(|p| p.rsplit_once(" (")) {
            Some((name, mark)) if is_in(mark, NEWSROOM) => {
                marked = true;
                name.trim().to_owned()
            }
            _ => part,
        };
        // The story's own mark (`تعز - خاص - فلان`) credits no outlet.
        if is_in(&part, NEWSROOM) && !mem::replace(&mut marked, true) {
            continue;
        }
        let sites_name = site_marked && i == 1 && !opens_with_given(&part)
            || i == 1 && named_for_place(&part, byline.place.as_deref());
        let slot = match kind(&part, i == 0) {
            Some(Part::Place) => &mut byline.place,
            Some(Part::Person) if !reads_as_outlet(&part) && !sites_name => &mut byline.author,
            Some(_) => &mut byline.source,
            // An agency's short name no table knows (`المدينة - ربا -
            // فلان`): one word between a city and a writer.
            None if !part.contains(' ') && part.chars().all(char::is_alphabetic) => {
                unknown = true;
                &mut byline.source
            }
            // Or an outlet's name of a few words there (`الحسكة – أخبار
            // الشرق – حسين العبدالله`).
            None if i == 1
                && part.split_whitespace().nth(UNKNOWN_OUTLET_WORDS).is_none()
                && part.chars().all(|c| c.is_alphabetic() || c == ' ') =>
            {
                unknown = true;
                &mut byline.source
            }
            None => return None,
        };
        if slot.replace(part).is_some() {
            return None;
        }
    }
    // A mark or an unknown name beside a writer needs a place beside them.
    // Or an outlet's name by its words and a given name's writer
    // (`يمن برس - خاص - عبدالله الشرعبي`).
    let named = !unknown
        && byline.author.as_deref().is_some_and(opens_with_given)
        && byline
            .source
            .as_deref()
            .is_some_and(|s| super::byline_persons::names_a_site(s, false));
    let known = !(unknown || marked) || byline.place.is_some() || named;
    let own_story = site_marked && byline.source.is_some() && byline.place.is_some();
    ((byline.author.is_some() || own_story) && known).then_some(byline)
}

/// The most words of an outlet's name no table knows between a place
/// and a writer.
const UNKNOWN_OUTLET_WORDS: usize = 3;

/// An outlet named for the dateline's place (`عدن – خليج عدن – فلان`):
/// a person's name does not end with the city the story is from.
fn named_for_place(part: &str, place: Option<&str>) -> bool {
    place.is_some_and(|place| {
        part.rsplit_once(' ')
            .is_some_and(|(_, last)| crate::search::fold(last) == crate::search::fold(place))
    })
}

/// Whether `part` opens with a given name the tables know (`محمد علي`).
fn opens_with_given(part: &str) -> bool {
    part.split_whitespace().next().is_some_and(is_given_name)
}

/// A part that labels its writer (`تقرير خاص: فؤاد العلوي`): the name.
fn unlabelled(part: String) -> String {
    let Some((label, name)) = part.split_once(':') else {
        return part;
    };
    let label = label.trim();
    let label = NEWSROOM
        .iter()
        .find_map(|mark| label.strip_suffix(mark))
        .map_or(label, str::trim);
    let name = name.trim();
    if !name.is_empty() && is_in(label, super::phrases::ar::BYLINE_PREFIXES) {
        name.to_owned()
    } else {
        part
    }
}
