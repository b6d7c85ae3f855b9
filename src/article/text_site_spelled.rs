//! The site's name as its copyright notice gives it in Latin letters and
//! the story spells it in Arabic ones (`© 2024 Libyana Mobile Phone`,
//! `ليبيانا`), whole as the masthead or the text says it.

use super::text_site::{MASTHEAD_WORDS, TOP_LINES, filled_lines, folded_text, foot_notice, words};

/// The site's Latin name in its copyright notice as the story spells it
/// in Arabic letters (`© 2024 Libyana Mobile Phone`, `ليبيانا`), or as
/// its Arabic sentences write it in Latin letters (`© Ooredoo 2024`,
/// `أعلنت Ooredoo عن …`).
pub fn notice_spelled(text: &str) -> Option<String> {
    let lines: Vec<&str> = filled_lines(text).collect();
    let latin = super::latin_names::latin_name(foot_notice(&lines)?)?;
    let spelled = super::latin_names::spelled_in(&latin, text)
        .or_else(|| super::latin_names::written_in_latin(&latin, text))?;
    Some(written_whole(&lines, spelled, text))
}

/// A Latin name's Arabic spelling as the site writes it whole: the
/// masthead's name at the top that holds it, or with the kind of body
/// the text puts before it (`Makhzoumi Foundation`, spelled `مخزومي`, in
/// `مؤسسة مخزومي`).
pub(super) fn spelled_whole(spelled: String, text: &str) -> String {
    let lines: Vec<&str> = filled_lines(text).collect();
    written_whole(&lines, spelled, text)
}

fn written_whole(lines: &[&str], spelled: String, text: &str) -> String {
    whole_name_at_top(lines, &spelled, text)
        .or_else(|| with_kind(&spelled, text))
        .unwrap_or(spelled)
}

/// The spelled name with the kind of body the text says before it at
/// least half the times it says it (`Saidal Group`, spelled `صيدال`, in
/// `مجمع صيدال` in the headline, the lead and the foot): the body's name
/// as the site writes it.
fn with_kind(spelled: &str, text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    let said = words.iter().filter(|w| **w == spelled).count();
    let mut kinds: Vec<&str> = words
        .windows(2)
        .filter(|w| w[1] == spelled && super::byline_bodies::opens_with_body_kind(w[0]))
        .map(|w| w[0])
        .collect();
    kinds.sort_unstable();
    kinds
        .chunk_by(|a, b| a == b)
        .map(|same| (same[0], same.len()))
        .filter(|&(_, with)| with >= 2 && 2 * with >= said)
        .max_by_key(|&(_, with)| with)
        .map(|(kind, _)| format!("{kind} {spelled}"))
}

/// The masthead's whole name that a Latin name's spelling is a word of
/// (`El Gouna Film Festival` spelled `الجونة`, in `مهرجان الجونة
/// السينمائي` at the top), when the story says it again.
fn whole_name_at_top(lines: &[&str], spelled: &str, text: &str) -> Option<String> {
    let folded = folded_text(text);
    let count = words(spelled);
    lines
        .iter()
        .take(TOP_LINES)
        .find(|l| {
            (count + 1..=MASTHEAD_WORDS).contains(&words(l))
                && l.chars().all(|c| c.is_alphabetic() || c == ' ')
                && l.split_whitespace()
                    .collect::<Vec<_>>()
                    .windows(count)
                    .any(|w| w.join(" ") == spelled)
                && folded.matches(&folded_text(l)).count() >= 2
        })
        .map(|l| (*l).to_owned())
}
