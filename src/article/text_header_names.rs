//! Names a copy's header lines give in shapes of their own: a name left
//! with a dash off its dateline, a writer among a line's dashed parts,
//! an agency's full name with its short one.

use super::byline::{self, Byline};
use super::text_rules::{Matcher, Words};

/// A name of two or three words alone on a line that ends with a dash
/// (`أخبار البلد -`): a dateline the copy broke off the text under it, so
/// the name is its place, its writer or, when it reads as neither (the
/// outlet tables cannot know every site), the outlet it came from.
pub(super) fn dashed_name(name: &str) -> Option<Byline> {
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    if !plain || !(2..=3).contains(&name.split_whitespace().count()) {
        return None;
    }
    byline::lone(name).or_else(|| {
        Some(Byline {
            source: Some(name.to_owned()),
            ..Byline::default()
        })
    })
}

/// The writer's name in a header line of several parts set off by dashes,
/// one of them a byline word (`محمد إسماعيل - القاهرة - كتب- محمد سامي`,
/// a story one site took from another): the name after that word.
pub(super) fn credit_among_parts(matcher: &Matcher, line: &str) -> Option<String> {
    let parts: Vec<&str> = line
        .split(['-', '–', '—'])
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == ':'))
        .collect();
    if parts.len() < 3
        || line.split_whitespace().nth(12).is_some()
        || parts
            .iter()
            .any(|p| p.is_empty() || p.split_whitespace().nth(4).is_some())
    {
        return None;
    }
    let named = |name: &str| (2..=4).contains(&name.split_whitespace().count());
    // Or the last part is a label, or the story's own mark, and the
    // name (`يمن فويس - تعز - تقرير خاص: سامي المقطري`).
    if let Some((label, name)) = parts.last().and_then(|p| p.split_once(':'))
        && !label.trim().is_empty()
        && label
            .split_whitespace()
            .all(|w| matcher.bylines.is(&Words::new(w)) || matcher.kickers.is(&Words::new(w)))
        && named(name.trim())
        && byline::is_signed_name(name.trim())
    {
        return Some(name.trim().to_owned());
    }
    let at = parts
        .iter()
        .position(|p| matcher.bylines.is(&Words::new(p)))?;
    let name = parts.get(at + 1)?;
    named(name).then(|| (*name).to_owned())
}

/// An outlet's name in full with its short name in brackets after it
/// (`وكالة الأنباء الأردنية (بترا)`): the two names.
pub(super) fn full_and_short(name: &str) -> Option<(&str, &str)> {
    let (full, short) = name.trim().strip_suffix(')')?.rsplit_once('(')?;
    let (full, short) = (full.trim(), short.trim());
    let words = |s: &str| s.chars().all(|c| c.is_alphabetic() || c == ' ');
    (words(full) && words(short) && (2..=6).contains(&full.split_whitespace().count()))
        .then_some((full, short))
        .filter(|(_, short)| byline::outlet(short).is_some())
}
