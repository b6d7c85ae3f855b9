//! What stands beside a byline on its line in a copy and is no part of
//! it: a widget's Latin badge run into its label, the site's short name
//! before a bar, the writer's account after the name, the writer's town
//! before or after the name; the story's own mark beside the outlet
//! (`خاص: بوابة الوادي - القدس`, `الوادي - خاص`); and what a meta
//! bullet in the header says (`• 09:53 2024/07/30`, `• عدن، الساحل
//! الغربي`).

use super::byline::{self, Byline, SPACED_DASHES};
use super::text_rules::{Matcher, Words};

/// A byline's label with a badge in Latin letters run into it, as a copy
/// glues a widget's words to the next (`sport 360bronzeبواسطة: sport
/// 360`): the byline from its label on.
pub(super) fn after_latin_badge<'a>(matcher: &Matcher, line: &'a str) -> Option<&'a str> {
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let &(at, next) = chars.peek()?;
        if c.is_ascii_alphanumeric() && next.is_alphabetic() && !next.is_ascii() {
            let rest = &line[at..];
            return matcher
                .bylines
                .strip(&Words::new(rest))
                .is_some()
                .then_some(rest);
        }
    }
    None
}

/// A labelled byline after the site's short name and a bar (`الطيوب |
/// متابعة وتصوير: فلان`): the site's mark on its own story, the byline
/// after it.
pub(super) fn after_site_bar<'a>(matcher: &Matcher, line: &'a str) -> Option<&'a str> {
    let (site, byline) = line.split_once(" | ")?;
    let byline = byline.trim();
    let named = (1..=3).contains(&site.split_whitespace().count())
        && site.chars().all(|c| c.is_alphabetic() || c == ' ');
    (named && matcher.bylines.strip(&Words::new(byline)).is_some()).then_some(byline)
}

/// A byline without the writer's account after it (`فهد العتيبي (جدة)
/// @OKAZ_online`), which copies may turn round (`OKAZ_online@`).
pub(super) fn without_handle(line: &str) -> &str {
    let Some((name, last)) = line.rsplit_once(' ') else {
        return line;
    };
    let handle = last
        .strip_prefix('@')
        .or_else(|| last.strip_suffix('@'))
        .is_some_and(super::text_pictographs::is_account);
    if handle { name.trim_end() } else { line }
}

/// The writer of `نيالا: فلان الفلاني`: a town no table knows, a colon,
/// and a name that reads as a person's.
pub(super) fn town_and_writer(line: &str) -> Option<String> {
    line.split_once(':')
        .filter(|(town, _)| town.split_whitespace().count() == 1)
        .map(|(_, name)| name.trim())
        .filter(|name| byline::is_signed_name(name))
        .map(str::to_owned)
}

/// The writer of `عبدالله المحرمي ـ يافع`: a name that reads as a
/// person's, a dash, and one word no table knows, without the article an
/// outlet's name has (`الشروق`): a town.
pub(super) fn writer_and_town(line: &str) -> Option<String> {
    let (name, town) = line.rsplit_once(['-', 'ـ', '–', '—'])?;
    let (name, town) = (name.trim().trim_end_matches('ـ').trim(), town.trim());
    (town.split_whitespace().count() == 1
        && !town.starts_with("ال")
        && town.chars().all(char::is_alphabetic)
        && byline::is_signed_name(name))
    .then(|| name.to_owned())
}

/// The outlet named after a mark such as `خاص:`, alone or with its place
/// after a dash, which may be one no table knows (`… - المدينة القديمة`).
pub(super) fn marked_outlet(named: &str) -> Option<Byline> {
    let named = named.trim_start_matches(super::text_header::LABEL_ENDS);
    let (name, place) = match SPACED_DASHES.iter().find_map(|d| named.split_once(d)) {
        Some((name, place))
            if (1..=3).contains(&place.split_whitespace().count())
                && place.chars().all(|c| c.is_alphabetic() || c == ' ') =>
        {
            (name.trim(), Some(place.trim().to_owned()))
        }
        _ => (named, None),
    };
    // After the mark, a word with the article is the site's name too.
    let outlet = super::byline_persons::names_a_site(name, true).then(|| Byline {
        source: Some(name.to_owned()),
        place,
        ..Byline::default()
    });
    outlet.or_else(|| byline::parse(named).filter(|b| b.source.is_some() && b.author.is_none()))
}

/// What comes before a mark such as `خاص` that ends `line` after a dash
/// (`الوادي - خاص`).
pub(super) fn marked_at_end<'a>(matcher: &Matcher, line: &'a str) -> Option<&'a str> {
    let (name, mark) = SPACED_DASHES
        .iter()
        .filter_map(|d| line.rsplit_once(d))
        .max_by_key(|(name, _)| name.len())?;
    matcher.kickers.is(&Words::new(mark.trim())).then_some(name)
}

/// What a meta bullet in the header says (`• 09:53 2024/07/30` is a date,
/// `• عدن، الساحل الغربي` a place and the outlet) before it is dropped.
pub fn meta_bullet(line: &str) -> (Option<String>, Option<Byline>) {
    let Some(text) = super::text_blocks::list_item(line) else {
        return (None, None);
    };
    // Sites put the clock time first (`09:53 2024/07/30`).
    let time_last = text.split_once(' ').and_then(|(time, rest)| {
        let clock = time.contains(':') && time.chars().all(|c| c.is_ascii_digit() || c == ':');
        clock.then(|| format!("{rest} {time}"))
    });
    let date = super::dates::dateline(text)
        .or_else(|| time_last.as_deref().and_then(super::dates::dateline));
    if date.is_some() {
        return (date, None);
    }
    // `القاهرة، الوكالة` or `الكويت – "أولاً- الاقتصاد"`: a known place,
    // then the outlet (in quotes at times, with a dash of its own).
    let split = ["،", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| text.split_once(sep))
        .min_by_key(|(place, _)| place.len());
    let found = split.and_then(|(place, outlet)| {
        let outlet = outlet
            .trim()
            .trim_matches(super::text_header::QUOTES)
            .trim();
        let place = byline::lone(place)?.place?;
        let words = outlet.split_whitespace().count();
        (words > 0 && words <= 4 && !outlet.contains(['،', '.'])).then(|| Byline {
            place: Some(place),
            source: Some(outlet.to_owned()),
            author: None,
        })
    });
    (None, found)
}
