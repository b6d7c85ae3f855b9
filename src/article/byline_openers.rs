//! Datelines that open a lead, for [`super::byline::leading`]: a wire's
//! dateline with the agency in parentheses, a wire's slashed dateline, an
//! outlet with its city in parentheses or its own story's mark, a city run
//! into its agency, a writer's name before a colon, the agency in
//! guillemets after a city, and an outlet's name
//! before a dash.

use super::byline::{Byline, Part, SPACED_DASHES, is_in, kind, outlet};
use super::byline_names::{NOT_NAMES, OFFICES, OUTLETS, PLACES};
use crate::search;

/// A wire dateline with slashes, `مسقط في 20 نوفمبر/ وام/ قال…`: a known
/// place (or any town, before a listed agency), `في` and the day, then the agency between slashes; or a known
/// place and a listed agency alone (`رام الله / سما / أظهرت…`), or any
/// agency framed by slashes after a known place (`غزة /سوا/ أعلنت…`).
pub(super) fn slashed(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, rest) = paragraph.split_once('/')?;
    let (agency, after) = rest.split_once('/')?;
    let spaced = head.ends_with(' ') && agency.starts_with(' ') && agency.ends_with(' ');
    // Or hugging the agency, with spaces outside (`غزة /سوا/ أعلنت…`).
    let hugged = head.ends_with(' ')
        && !agency.starts_with(' ')
        && !agency.ends_with(' ')
        && after.starts_with(' ');
    // With its day (`رام الله في 5 مارس /وفا/`) or without, for a listed
    // agency (`رام الله / سما /`).
    let (place, day) = head.split_once(" في ").unwrap_or((head, ""));
    let (place, agency, after) = (place.trim(), agency.trim(), after.trim_start());
    let words = agency.split_whitespace().count();
    // Slashes spaced on both sides round a word or two of letters after a
    // known place (`بغداد / نينا / أعلنت…`) set off the agency, listed or
    // not: a sentence does not open so.
    let framed =
        (spaced || hugged) && words <= 2 && agency.chars().all(|c| c.is_alphabetic() || c == ' ');
    let known = is_in(agency, OUTLETS) || (!day.is_empty() && outlet(agency).is_some()) || framed;
    let dated = day.chars().any(char::is_numeric) && day.split_whitespace().nth(4).is_none();
    // With the day and a listed agency, a town no table knows (`صحم في 16
    // يوليو /العمانية/`): a word or two of letters.
    let town = dated
        && is_in(agency, OUTLETS)
        && place.split_whitespace().nth(2).is_none()
        && place.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !(is_in(place, PLACES) || town)
        || !(dated || day.is_empty())
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
/// `الأخبار (نواكشوط) قام…`: a known city, a name of one to three words
/// that may be an outlet's.
pub(super) fn outlet_place(paragraph: &str) -> Option<(Byline, &str)> {
    let open = paragraph.find(" (").filter(|&i| i <= 40)?;
    let close = open + paragraph[open..].find(')')?;
    let (name, place) = (paragraph[..open].trim(), paragraph[open + 2..close].trim());
    let after = paragraph[close + 1..].trim_start_matches([' ', ':', '-', '–', '—', 'ـ']);
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    // A sentence's first words are no name (`قالت مصادر في (الخليل)`).
    let named = kind(name, false).is_some();
    (is_in(place, PLACES) && (1..=3).contains(&words) && plain && named && !after.is_empty()).then(
        || {
            (
                Byline {
                    place: Some(place.to_owned()),
                    source: Some(name.to_owned()),
                    ..Byline::default()
                },
                after,
            )
        },
    )
}

/// Words in parentheses after an outlet's name that mark the story as
/// its own (`(خاص)`).
const OWN_STORY: &[&str] = &["خاص", "حصري", "خاص بالموقع"];

/// An outlet's name and `(خاص)` before a colon or a dash opening a
/// paragraph, `مرآة الساحل (خاص): قالت…`: a name of one to three words;
/// the mark after the parentheses keeps a sentence that merely says
/// `(خاص)` further on from being cut.
pub(super) fn own_story(paragraph: &str) -> Option<(Byline, &str)> {
    let open = paragraph.find(" (").filter(|&i| i <= 60)?;
    let close = open + paragraph[open..].find(')')?;
    let (name, mark) = (paragraph[..open].trim(), paragraph[open + 2..close].trim());
    let after = paragraph[close + 1..].trim_start();
    let rest = after
        .trim_start_matches([':', '-', '–', '—', 'ـ'])
        .trim_start();
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let marked = rest.len() < after.len();
    let own = is_in(mark, OWN_STORY) && (1..=3).contains(&words) && plain;
    (own && marked && !rest.is_empty() && !is_in(name, PLACES)).then(|| {
        (
            Byline {
                source: Some(name.to_owned()),
                ..Byline::default()
            },
            rest,
        )
    })
}

/// The writer's name before a colon opening a paragraph, `نصر المجالي:
/// سارعت…`: two or three words that read as a person's name (a given name
/// first, at most one word with `ال`), none an office (`وزير الخارجية:`
/// is a speaker), and no quotation after the colon (a speaker's words).
pub(super) fn writer(paragraph: &str) -> Option<(Byline, &str)> {
    let (name, after) = paragraph.split_once(':')?;
    let (name, after) = (name.trim(), after.trim_start());
    let words: Vec<String> = name.split_whitespace().map(search::fold).collect();
    let articled = words.iter().filter(|w| w.starts_with("ال")).count();
    let office = words
        .iter()
        .any(|w| OFFICES.iter().any(|o| search::fold(o) == *w));
    let named = (2..=3).contains(&words.len())
        && !words[0].starts_with("ال")
        && articled <= 1
        && !office
        && name.chars().all(|c| c.is_alphabetic() || c == ' ')
        && kind(name, false) == Some(Part::Person);
    // A lead follows: a sentence, not a quotation.
    let lead =
        after.split_whitespace().nth(8).is_some() && !after.starts_with(['"', '«', '“', '\'']);
    (named && lead).then(|| {
        (
            Byline {
                author: Some(name.to_owned()),
                ..Byline::default()
            },
            after,
        )
    })
}

/// A city run into its agency round a dash opening a paragraph, `حمص-قنا
/// اعتقلت…`: the agency must be in the outlet table and be no city, so a
/// sentence that opens with a hyphenated pair is left alone.
pub(super) fn glued_city_agency(paragraph: &str) -> Option<(Byline, &str)> {
    let (dash, mark) = paragraph
        .char_indices()
        .take(40)
        .find(|&(_, c)| matches!(c, '-' | '–'))?;
    let (city, after) = (&paragraph[..dash], &paragraph[dash + mark.len_utf8()..]);
    let glued = city.ends_with(char::is_alphabetic) && after.starts_with(char::is_alphabetic);
    let city_words = city.split_whitespace().count();
    let plain = city.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !glued || !plain || !(1..=3).contains(&city_words) {
        return None;
    }
    let words: Vec<&str> = after.split_whitespace().collect();
    // The longest run of words after the dash that is a known agency.
    let k = (1..=3.min(words.len().saturating_sub(1)))
        .rev()
        .find(|&k| {
            let name = agency_name(&words[..k]);
            is_in(&name, OUTLETS) && !is_in(&name, PLACES)
        })?;
    let agency = agency_name(&words[..k]);
    // What follows the agency's words, as written.
    let mut rest = after;
    for _ in 0..k {
        rest = rest.trim_start();
        rest = &rest[rest.find(char::is_whitespace).unwrap_or(rest.len())..];
    }
    let rest = rest.trim_start_matches([' ', ':', '-', '–', '—']);
    (!rest.is_empty()).then(|| {
        (
            Byline {
                place: Some(city.trim().to_owned()),
                source: Some(agency),
                ..Byline::default()
            },
            rest,
        )
    })
}

/// An agency's words without the dash or colon run into the last one
/// (`أ ش أ-`).
fn agency_name(words: &[&str]) -> String {
    words
        .join(" ")
        .trim_end_matches([':', '-', '–', '—'])
        .to_owned()
}

/// A wire-service dateline, `دمشق، سوريا (CNN) -- …`: a known place (a
/// country may follow it after a comma), the outlet in parentheses, then a
/// dash or colon before the text. Without the known place and the mark
/// after the parentheses a first sentence is left alone.
pub(super) fn wire(paragraph: &str) -> Option<(Byline, &str)> {
    let open = paragraph.find('(').filter(|&i| i <= 60)?;
    let mut close = open + paragraph[open..].find(')')?;
    let place = paragraph[..open].trim();
    let mut outlet = paragraph[open + 1..close].trim();
    // The city's country in parentheses before the agency's
    // (`صفاقس (تونس) (رويترز) -`) vouches for the city.
    let mut known_country = false;
    if is_in(outlet, PLACES)
        && let Some(next) = paragraph[close + 1..].trim_start().strip_prefix('(')
        && let Some(end) = next.find(')')
    {
        known_country = true;
        outlet = next[..end].trim();
        close = paragraph.len() - next.len() + end;
    }
    let after = paragraph[close + 1..].trim_start();
    let rest = after.trim_start_matches(['-', '–', '—', 'ـ', ':']);
    let first_place = place.split(['،', ',']).next().unwrap_or("").trim();
    let outlet_words = outlet.split_whitespace().count();
    let plain = outlet
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '.');
    // An agency from the table vouches for a city the place table lacks.
    let known = is_in(first_place, PLACES)
        || (known_country && first_place.split_whitespace().nth(2).is_none())
        || (is_in(outlet, OUTLETS)
            && first_place.split_whitespace().nth(2).is_none()
            && !first_place.chars().any(char::is_numeric));
    if rest.len() == after.len()
        || !known
        || place.split_whitespace().nth(4).is_some()
        || !(1..=3).contains(&outlet_words)
        || !plain
    {
        return None;
    }
    let rest = rest.trim_start();
    (!rest.is_empty()).then(|| {
        (
            Byline {
                place: Some(first_place.to_owned()),
                source: Some(outlet.to_owned()),
                ..Byline::default()
            },
            rest,
        )
    })
}

/// An outlet's name alone before a dash at the start of a paragraph,
/// `الوكيل الإخباري - نفى…`. Known outlets only (by table or an outlet
/// word), so a sentence with a dash in it is left alone; or a site's name
/// of one word with the article (`الوادي - نفى…`), which no sentence
/// opens with a dash after it unless another closes an aside.
pub(super) fn outlet_dashed(paragraph: &str) -> Option<(Byline, &str)> {
    let (head, after) = DASHES
        .iter()
        .filter_map(|d| paragraph.split_once(d))
        .min_by_key(|(head, _)| head.len())?;
    let after = after.trim_start();
    // `الوادي - خاص` says whose story it is; no text follows.
    if is_in(after, OWN_STORY) {
        return None;
    }
    if let Some(found) = super::byline_leading::place_then_named(head.trim(), after) {
        return Some(found);
    }
    let source = if head.split_whitespace().count() < 2 {
        one_word_outlet(head.trim(), after)?
    } else {
        outlet(head)?
    };
    // The outlet's city may follow it, closed by a full stop or a colon
    // (`أفريقيا برس – المغرب. تشير…`).
    let (place, after) = match after.split_once(['.', ':']) {
        Some((place, rest)) if is_in(place.trim(), PLACES) && !rest.trim().is_empty() => {
            (Some(place.trim().to_owned()), rest.trim_start())
        }
        _ => (None, after),
    };
    (!after.is_empty()).then_some((
        Byline {
            source: Some(source),
            place,
            ..Byline::default()
        },
        after,
    ))
}

/// The dashes that set a name off from the text it opens, the spaced
/// ones first; an underscore run into both (`وطنا اليوم_أظهرت…`) is one.
const DASHES: [&str; 6] = [" - ", " – ", " — ", "- ", "– ", "_"];

/// `word` as the site's name opening a paragraph before a dash and the
/// text `after`: a word with the article that is no place (a city's
/// dateline gives no source: `الرياض - واس، …`) and no label, with no
/// dash further on in the first sentence to close an aside (`الحكومة -
/// كما قال الوزير - ستبدأ…`). A short word without the article is a
/// site's name too (`سهل – قالت…`) when a whole sentence of a lead
/// follows it, as no heading or label goes on so; a town the place table
/// lacks would be read as a site that way.
fn one_word_outlet(word: &str, after: &str) -> Option<String> {
    let first_sentence = after.split(['.', '!', '؟', '?']).next().unwrap_or(after);
    let aside = SPACED_DASHES.iter().any(|d| first_sentence.contains(d));
    let brand = !word.is_empty()
        && kind(word, true).is_none()
        && !is_in(word, NOT_NAMES)
        && word.chars().count() <= BRAND_LETTERS
        && first_sentence.split_whitespace().count() >= LEAD_WORDS
        && after.ends_with(['.', '!', '؟', '?']);
    let named = brand || matches!(kind(word, true), Some(Part::Name | Part::Outlet));
    let plain = word.chars().all(char::is_alphabetic);
    (named && plain && !aside).then(|| word.to_owned())
}

/// The most letters of a site's one-word name without the article.
const BRAND_LETTERS: usize = 5;
/// The fewest words of the lead's first sentence after such a name.
const LEAD_WORDS: usize = 8;

/// An outlet's name and its place or the story's own mark, set off by
/// dashes before the text, in either order (`الوادي - القدس - أقر…`,
/// `الوادي - خاص - أقر…`, `خاص - الوادي - أقر…`): the outlet is the
/// source. A place first is [`super::byline::leading`]'s dashed dateline.
pub(super) fn outlet_then_place(paragraph: &str) -> Option<(Byline, &str)> {
    let (first, rest) = at_first_dash(paragraph)?;
    let (second, after) = at_first_dash(rest)?;
    let (first, second, after) = (first.trim(), second.trim(), after.trim_start());
    let (name, place) = if is_in(first, OWN_STORY) {
        (second, None)
    } else if is_in(second, OWN_STORY) {
        (first, None)
    } else if is_in(second, PLACES) {
        (first, Some(second.to_owned()))
    } else {
        return None;
    };
    let named = outlet(name).is_some() || one_word_outlet(name, after).is_some();
    (named && !is_in(name, PLACES) && !after.is_empty()).then(|| {
        (
            Byline {
                source: Some(name.to_owned()),
                place,
                ..Byline::default()
            },
            after,
        )
    })
}

/// `text` split at its first spaced dash of any kind.
pub(super) fn at_first_dash(text: &str) -> Option<(&str, &str)> {
    SPACED_DASHES
        .iter()
        .filter_map(|d| text.split_once(d))
        .min_by_key(|(head, _)| head.len())
}

/// A dateline with the agency in quotation marks, `دمياط - «وكالات» :
/// أعلنت…`, `طوباس - "الأيام": بدأ…`: a known city, a dash, the agency's
/// short name, and a colon or a dash before the text.
pub(super) fn quoted_agency(paragraph: &str) -> Option<(Byline, &str)> {
    let (place, rest) = at_first_dash(paragraph)?;
    let rest = rest.trim_start();
    let (agency, after) = [('«', '»'), ('"', '"'), ('“', '”')]
        .iter()
        .find_map(|&(open, close)| rest.strip_prefix(open)?.split_once(close))?;
    let (place, agency) = (place.trim(), agency.trim());
    let after = after.trim_start();
    let rest = after
        .trim_start_matches([':', '-', '–', '—', 'ـ'])
        .trim_start();
    let plain = agency.chars().all(|c| c.is_alphabetic() || c == ' ');
    let short = (1..=3).contains(&agency.split_whitespace().count());
    let marked = rest.len() < after.len();
    (is_in(place, PLACES) && plain && short && marked && !rest.is_empty()).then(|| {
        (
            Byline {
                place: Some(place.to_owned()),
                source: Some(agency.to_owned()),
                ..Byline::default()
            },
            rest,
        )
    })
}
