//! A dateline whose outlet no table knows (`زالنجي- دارفور24 كشفت…`,
//! `شفق نيوز/ حذرت…`, `كادقلي: 20 يناير 2025: راديو دبنقا شهدت…`), told
//! by the story itself: a paper's reporters cite their own paper as the
//! one they spoke to (`قال لـ"دارفور24"`, `لراديو دبنقا`, `(شفق نيوز)`), so
//! a name at the head of the lead that the rest of the text cites as an
//! outlet is the story's source, and the words before it its place and
//! day.

use super::byline::{Byline, is_in};
use super::byline_names::PLACES;
use super::dates;
use super::text_site::{folded_text, is_cited};

/// What sets a dateline's parts apart.
const MARKS: &[char] = &[
    '-', '–', '—', 'ـ', '/', ':', '(', ')', '«', '»', '"', '“', '”', '،', ',', '|',
];
/// Quotation marks, which may open a name but set no place apart.
const QUOTES: &[char] = &['«', '"', '“'];
/// The most words of an outlet's name.
const NAME_WORDS: usize = 3;
/// The most words before the outlet's name: a place, perhaps a day.
const BEFORE_WORDS: usize = 6;
/// How far into the lead the dateline is looked for.
const OPENER_CHARS: usize = 90;

/// The source (and place) a lead's opener names, when `elsewhere` (the
/// copy's text without the lead) cites the name as an outlet, and the
/// lead without the opener.
pub fn cited_opener<'a>(lead: &'a str, elsewhere: &str) -> Option<(Byline, &'a str)> {
    let head: String = lead.chars().take(OPENER_CHARS).collect();
    let folded = std::cell::OnceCell::new();
    let cited = |name: &str| is_cited(folded.get_or_init(|| folded_text(elsewhere)), name);
    // Each part between marks, where a name may start.
    let mut start = 0;
    for _ in 0..=BEFORE_WORDS {
        let part_end = head[start..]
            .find(MARKS)
            .map_or(head.len(), |at| start + at);
        let part = &head[start..part_end];
        if let Some((name, end)) = name_at(part, start, &cited)
            && let Some(found) = opener(lead, &head[..start], name, end)
        {
            return Some(found);
        }
        // On past the part and the marks after it.
        let next = head[part_end..]
            .find(|c: char| !MARKS.contains(&c) && !c.is_whitespace())
            .map(|at| part_end + at)?;
        if next <= start || words(&head[..next]) > BEFORE_WORDS {
            return None;
        }
        start = next;
    }
    None
}

/// The longest name of one to three words opening `part` (which starts at
/// byte `offset` of the lead) that is cited, and where it ends.
fn name_at<'p>(
    part: &'p str,
    offset: usize,
    cited: &impl Fn(&str) -> bool,
) -> Option<(&'p str, usize)> {
    let mut ends: Vec<usize> = part
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(at, _)| at)
        .chain(std::iter::once(part.len()))
        .take(NAME_WORDS)
        .collect();
    ends.reverse();
    ends.into_iter().find_map(|end| {
        let name = part[..end].trim();
        let plain = name.chars().all(|c| c.is_alphanumeric() || c == ' ')
            && name.chars().any(char::is_alphabetic);
        (plain && !name.is_empty() && cited(name)).then_some((name, offset + end))
    })
}

/// The byline and the rest of the lead for an outlet `name` ending at
/// byte `end`, with `before` (its place, perhaps a day) ahead of it.
fn opener<'a>(lead: &'a str, before: &str, name: &str, end: usize) -> Option<(Byline, &'a str)> {
    let rest = lead[end..].trim_start_matches(|c: char| MARKS.contains(&c) || c.is_whitespace());
    // The text goes on after the opener, and is no more of the name.
    if rest.is_empty() || words(rest) < 3 {
        return None;
    }
    // A name opening the lead is set off by a mark (`شفق نيوز/ حذرت`):
    // words that open a sentence may be cited elsewhere too.
    let marked = lead[end..].trim_start().starts_with(MARKS);
    if before.trim().is_empty() && !marked {
        return None;
    }
    // A place is set apart from the name by a dash, a colon or a slash; a
    // name only quoted after words (`أعلنت منصة «قسطها» …`) is what the
    // sentence is about.
    let set_off = before.trim_end_matches(|c: char| c.is_whitespace() || QUOTES.contains(&c));
    let apart = before[set_off.len()..].trim();
    if !set_off.trim().is_empty() && !apart.is_empty() && !set_off.ends_with(MARKS) {
        return None;
    }
    if is_in(name, PLACES) {
        return None;
    }
    let mut place = before.to_owned();
    if let Some(day) = dates::find(&place) {
        place.replace_range(day.range, " ");
    }
    let place = place.trim_matches(|c: char| MARKS.contains(&c) || c.is_whitespace());
    // What is before the name is a place of a word or three, or nothing.
    let plain = place.chars().all(|c| c.is_alphabetic() || c == ' ');
    if words(place) > NAME_WORDS || !plain {
        return None;
    }
    Some((
        Byline {
            source: Some(name.to_owned()),
            place: (!place.is_empty()).then(|| place.to_owned()),
            author: None,
        },
        rest,
    ))
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}
