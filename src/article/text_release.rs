//! What kind of release a body's story is (`بيان صحفي`, `بيانات صحفية`,
//! `Press release`), as its page labels it over the headline, beside the
//! date or alone: the page's label, never the headline or a byline.

use super::byline::is_in;
use super::dates;
use super::phrases::ar::RELEASE_KINDS;

/// What kind of release a body's story is, alone on its line over the
/// date (`بيان صحفي`): the page's label, never the headline. A word alone
/// (`بيان`) may head a party's statement.
pub fn is_release_kind(line: &str) -> bool {
    line.split_whitespace().count() >= 2 && is_in(line.trim(), RELEASE_KINDS)
}

/// The story's kind and its date set apart by a bar or a dash, either
/// first (`خبر | 20 أيار/مايو 2024`, `20 نوفمبر 2023 - بيانات صحفية`):
/// the date, which the page's bar over the headline carries.
pub fn kind_and_date(line: &str) -> Option<String> {
    let is_kind = |part: &str| is_in(part.trim(), RELEASE_KINDS);
    [" | ", " - ", " – "].iter().find_map(|bar| {
        let (a, b) = line.split_once(bar)?;
        let date = if is_kind(a) {
            b
        } else {
            is_kind(b).then_some(a)?
        };
        dates::dateline(date.trim())
    })
}

/// A release's kind and its topic beside the date (`14 Mar 2024 Press
/// release المياه العذبة`): the page's labels, naming no one.
pub fn is_kind_and_topic(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    (2..=3).any(|n| {
        words.len() > n
            && words.len() - n <= TOPIC_WORDS
            && is_in(&words[..n].join(" "), RELEASE_KINDS)
    })
}

/// The most words of a release's topic.
const TOPIC_WORDS: usize = 3;
