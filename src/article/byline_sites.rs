//! Bylines that name a site with a city, a desk or a relay word around
//! it, the site one no table need know:
//!
//! | line                                | source          |
//! |-------------------------------------|-----------------|
//! | `الرياض: «الصحيفة»`                 | الصحيفة         |
//! | `تغطيات – واس`                      | واس             |
//! | `متابعات - صحيفة الرافد`            | صحيفة الرافد    |
//! | `شبكة الوادي - أخبار الاتحاد`       | شبكة الوادي     |
//! | `بغداد - شبكة الوادي: …` (the lead) | شبكة الوادي     |
//! | `أثير – سيف بن خميس الرواحي`        | أثير (and the writer) |

use super::byline::{Byline, Part, SPACED_DASHES, is_in, kind, split};
use super::byline_names::{OUTLETS, PLACES, REGION_OUTLET_WORDS};
use super::byline_parts::{COMPILED, RELAYED};
use super::byline_persons::names_a_site;
use crate::search;

/// A city and a paper's name in guillemets, either way round
/// (`الرياض: «الصحيفة»`, `«الأيام» - المنامة`): the quoted name is the
/// source, as a paper's name is quoted and a person's is not.
pub(super) fn quoted_outlet(line: &str) -> Option<Byline> {
    let (open, close) = (line.find('«')?, line.rfind('»')?);
    let name = line.get(open + '«'.len_utf8()..close)?.trim();
    let around = format!("{} {}", &line[..open], &line[close + '»'.len_utf8()..]);
    let place = around.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | 'ـ' | '/' | '(' | ')')
    });
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    ((1..=4).contains(&words) && plain && is_in(place, PLACES)).then(|| Byline {
        source: Some(name.to_owned()),
        place: Some(place.to_owned()),
        ..Byline::default()
    })
}

/// A byline whose outlet stands in quotation marks after the dash
/// (`جوزيان الحاج - "أخبار اليوم"`, `فلان – «النهار»`): read as without
/// them, when the quoted part is the source.
pub(super) fn writer_and_quoted_outlet(line: &str) -> Option<Byline> {
    let (writer, outlet) = [" - ", " – ", " — "]
        .iter()
        .find_map(|dash| line.rsplit_once(dash))?;
    let inner = outlet
        .trim()
        .strip_prefix(['"', '«', '“'])?
        .strip_suffix(['"', '»', '”'])?;
    if inner.contains(['"', '«', '»', '“', '”']) {
        return None;
    }
    super::byline::parse(&format!("{} - {}", writer.trim(), inner.trim()))
        .filter(|b| b.source.as_deref() == Some(inner.trim()))
}

/// A site's one-word name, or a name known for an outlet's, and the
/// agency it relays (`تغطيات – واس`, `مونت كارلو الدولية / أ ف ب`,
/// `فرانس24/ أ ف ب`): the agency is the source.
pub(super) fn site_and_agency(site: &str, agency: &str) -> Option<Byline> {
    let one_word = site.split_whitespace().count() == 1 && site.chars().all(char::is_alphabetic);
    let outlet = kind(site, true) == Some(Part::Outlet) && !is_in(site, OUTLETS);
    (is_in(agency, OUTLETS) && (one_word || outlet)).then(|| Byline {
        source: Some(agency.to_owned()),
        ..Byline::default()
    })
}

/// A word saying the story relays or compiles others' copy, then the
/// site it came from (`متابعات - صحيفة الرافد`): the site is the source.
pub(super) fn relayed_site(word: &str, site: &str) -> Option<Byline> {
    // After a desk's word, a word alone that is no place and no given
    // name is the site's (`رصد – أثير`, "compiled by Atheer").
    let lone = is_in(word, COMPILED) && unlisted_site_word(site);
    let named = lone || names_a_site(site, false);
    (is_in(word, RELAYED) && named).then(|| Byline {
        source: Some(site.to_owned()),
        ..Byline::default()
    })
}

/// A site's name and the desk or the section the story is from
/// (`شبكة السبر - أخبار الاتحاد`, `صحيفة الوطن - غرفة الأخبار`): the site
/// is the source, and no one is its author.
pub(super) fn site_and_desk(site: &str, desk: &str) -> Option<Byline> {
    let section = search::fold(desk).starts_with(&search::fold("أخبار"));
    let named = names_a_site(site, false);
    (named && desk.split_whitespace().nth(3).is_none() && (section || super::byline::is_desk(desk)))
        .then(|| Byline {
            source: Some(site.to_owned()),
            ..Byline::default()
        })
}

/// A known city and an outlet set apart by a dash or a slash before the
/// lead's colon, the outlet one no table need know (`بغداد - شبكة الوادي:
/// …`, `صحيفة الرافد - طرابلس: …`, `الخرطوم/وكالة الساحل: …`): the city
/// makes it a dateline, where a sentence's words before a colon are not.
pub(super) fn placed_outlet(head: &str) -> Option<Byline> {
    if head.split_whitespace().nth(7).is_some() {
        return None;
    }
    let spaced = head.replace('/', " / ");
    let (a, b, _) = split(spaced.trim())?;
    let site = |part: &str| names_a_site(part, true);
    let (place, outlet) = if is_in(a, PLACES) { (a, b) } else { (b, a) };
    (is_in(place, PLACES) && !is_in(outlet, PLACES) && site(outlet)).then(|| Byline {
        source: Some(outlet.to_owned()),
        place: Some(place.to_owned()),
        ..Byline::default()
    })
}

/// Words for an outlet's staff (`العالم - مراسلون`).
const STAFF: &[&str] = &["مراسلون", "مراسلو", "مراسلنا", "مراسلوها", "مراسلة"];

/// An outlet's name and its staff set off by a dash (`العالم - مراسلون`):
/// the outlet is the source.
pub fn staff(line: &str) -> Option<Byline> {
    if let Some(team) = team_of(line) {
        return Some(team);
    }
    let (name, word) = SPACED_DASHES.iter().find_map(|d| line.split_once(d))?;
    let (name, word) = (name.trim(), word.trim());
    (names_a_site(name, true) && is_in(word, STAFF)).then(|| Byline {
        source: Some(name.to_owned()),
        ..Byline::default()
    })
}

/// Words for a site's editorial team before its name.
const TEAMS: &[&str] = &["فريق تحرير", "أسرة تحرير", "هيئة تحرير", "فريق عمل"];

/// A site's editorial team signing its story (`فريق تحرير تيليكوم
/// ريفيو`): the site is the source, and no one the writer.
fn team_of(line: &str) -> Option<Byline> {
    let name = TEAMS.iter().find_map(|t| line.strip_prefix(t))?.trim();
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    ((1..=4).contains(&words) && plain && !is_in(name, PLACES)).then(|| Byline {
        source: Some(name.to_owned()),
        ..Byline::default()
    })
}

/// A known city, then one word that is no place, no given name and no
/// newsroom's word (`الرباط – قريش`): a site no table knows, named the
/// way a dateline names its outlet.
pub(super) fn place_and_word(place: &str, word: &str) -> Option<Byline> {
    let site = unlisted_site_word(word)
        && !is_in(word, RELAYED)
        && !is_in(word, super::byline_parts::NEWSROOM);
    (site && is_in(place, PLACES)).then(|| Byline {
        source: Some(word.to_owned()),
        place: Some(place.to_owned()),
        author: None,
    })
}

/// A site no table knows before its city (`بلقيس - تعز`), or one named
/// with a number on either side of it (`218 - طرابلس`, `نينوى – 964`,
/// `زنقة 20 | الرباط`). A person signs with more than one word, so one
/// word before a city is the site's even when it is a given name.
pub(super) fn site_by_place(a: &str, b: &str) -> Option<Byline> {
    let numbered = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        words.len() <= 2
            && words
                .iter()
                .any(|w| (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()))
            && words.iter().all(|w| w.chars().all(char::is_alphanumeric))
    };
    let lone = |part: &str| {
        !part.contains(' ')
            && part.chars().all(char::is_alphabetic)
            && !is_in(part, PLACES)
            && !is_in(part, RELAYED)
            && !is_in(part, super::byline_parts::NEWSROOM)
    };
    let (site, place) = if is_in(b, PLACES) && (numbered(a) || lone(a)) {
        (a, b)
    } else if is_in(a, PLACES) && numbered(b) {
        (b, a)
    } else {
        return None;
    };
    Some(Byline {
        source: Some(site.to_owned()),
        place: Some(place.to_owned()),
        author: None,
    })
}

/// One word that may name a site no table knows: letters only, and no
/// place's or given name.
fn unlisted_site_word(word: &str) -> bool {
    !word.contains(' ')
        && word.chars().all(char::is_alphabetic)
        && !is_in(word, PLACES)
        && !super::byline_persons::is_given_name(word)
}

/// A site no table knows and its writer (`أثير – سيف بن خميس الرواحي`,
/// `عنب بلدي – رهف العلي`): after a dash, a person's name that opens with
/// a given name, before it one or two words, none of them a given name
/// (`مهران علي` may be a person's), that name no place.
pub(super) fn site_and_writer(a: &str, b: &str, colon: bool) -> Option<Byline> {
    let opens_with_given = |part: &str| {
        part.split_whitespace()
            .next()
            .is_some_and(super::byline_persons::is_given_name)
    };
    let site_words = a.split_whitespace().count();
    let writer_words = b.split_whitespace().count();
    let fits = !colon
        && (1..=2).contains(&site_words)
        && (2..=4).contains(&writer_words)
        && a.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !a
            .split_whitespace()
            .any(super::byline_persons::is_given_name)
        && !is_in(a, PLACES)
        && (opens_with_given(b) || super::byline_persons::is_signed_name(b))
        && super::byline::kind(b, false) == Some(super::byline::Part::Person);
    fits.then(|| Byline {
        author: Some(b.to_owned()),
        source: Some(a.to_owned()),
        place: None,
    })
}

/// A site's name that ends with an outlet's word, run into a writer's
/// name (`جهينة الإخبارية زهراء آل حمود`): the site and the writer.
pub(super) fn site_then_writer(part: &str) -> Option<(String, String)> {
    let words: Vec<&str> = part.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| is_in(w, super::byline_names::OUTLET_WORDS))?;
    let (site, writer) = (words[..=at].join(" "), words[at + 1..].join(" "));
    (at >= 1 && super::byline_persons::is_signed_name(&writer)).then_some((site, writer))
}

/// A site named for news round the clock (`الشارقة 24`, `أخبار ليبيا
/// 24`, `جو24`): a name of a few words ending with the hours of the day.
pub(super) fn is_round_the_clock(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some(last) = words.last() else {
        return false;
    };
    let stem = last.trim_end_matches(['2', '4', '٢', '٤']);
    let hours = last.ends_with("24") || last.ends_with("٢٤");
    let named = if stem.is_empty() {
        words.len() >= 2
    } else {
        stem.chars().all(char::is_alphabetic)
    };
    hours && named && stem.chars().count() + 2 == last.chars().count() && words.len() <= 3
}

/// A site's name of one word with a number inside it (`بزنس2بزنس`,
/// `عرب48`): letters on both sides or before it; a person's name has no
/// figures.
pub(super) fn is_numbered_name(part: &str) -> bool {
    let word = part.trim();
    if word.contains(char::is_whitespace) {
        return false;
    }
    let mut runs: Vec<(bool, usize)> = Vec::new();
    for c in word.chars() {
        let digit = c.is_numeric();
        if !digit && !c.is_alphabetic() {
            return false;
        }
        match runs.last_mut() {
            Some((d, n)) if *d == digit => *n += 1,
            _ => runs.push((digit, 1)),
        }
    }
    let letters = |r: &(bool, usize)| !r.0 && r.1 >= 2;
    let figures = |r: &(bool, usize)| r.0 && r.1 <= 3;
    match runs.as_slice() {
        [a, b] => letters(a) && figures(b),
        [a, b, c] => letters(a) && figures(b) && letters(c),
        _ => false,
    }
}

/// A site named after its country and the Arab world (`اليمن العربي`):
/// after a place, the word is the site's name, where alone it may be a
/// person's (`محمد العربي`).
pub(super) fn named_after_region(part: &str) -> bool {
    part.rsplit_once(' ').is_some_and(|(place, word)| {
        is_in(word, REGION_OUTLET_WORDS) && is_in(place.trim(), PLACES)
    })
}

/// A site's name and the agency it wrote the story with (`يورونيوز مع أ ف
/// ب`): the agency is the source.
pub fn with_agency(line: &str) -> Option<Byline> {
    let (site, agency) = line.split_once(" مع ")?;
    let (site, agency) = (site.trim(), agency.trim());
    let short = (1..=3).contains(&site.split_whitespace().count())
        && site.chars().all(|c| c.is_alphabetic() || c == ' ');
    (short && is_in(agency, OUTLETS)).then(|| Byline {
        source: Some(agency.to_owned()),
        ..Byline::default()
    })
}
