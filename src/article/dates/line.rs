//! A line that is a date and nothing else: labels, a weekday, a Hijri
//! date, the page's counter or section beside it.

use super::super::date_names::{ERA, HIJRI, LABELS};
use super::super::date_times::{without_clock, without_issue};
use super::{Kind, Token, find, find_in, tokens, unglued_hour};

/// The date of a line that is a date and nothing else (labels, a weekday,
/// a Hijri date, a second date such as "last updated" may surround it).
pub fn dateline(line: &str) -> Option<String> {
    // A page may set its fields apart with no-break spaces (`ص&nbsp;|&nbsp;
    // عدد القراءات`).
    let spaced;
    let line = if line.contains('\u{a0}') {
        spaced = line.replace('\u{a0}', " ");
        &spaced
    } else {
        line
    };
    let line = &unglued_hour(line);
    dateline_in_order(line)
        .or_else(|| {
            let ordered = super::super::date_times::parts_in_order(line)?;
            dateline_in_order(&ordered)
        })
        .or_else(|| {
            // A counter after the date (`… - قراءة: 612`, `… | عدد
            // القراءات: 843`, or after an icon alone: `… 2010 م  عدد
            // القراءات: 1127`, `05/10/2023 \u{a0}\u{a0} 11:20 \u{a0}\u{a0}
            // 732`) is the page's.
            let (head, tail) = [" - ", " | ", " عدد ", "  "]
                .iter()
                .filter_map(|bar| line.rsplit_once(bar))
                .max_by_key(|(head, _)| head.len())?;
            // A counter in brackets (`[ عدد المشاهدة: 1342 ]`) counts its
            // words, not its brackets.
            let tail = tail.trim_matches(|c: char| "[]() ".contains(c));
            let counter = tail.chars().any(char::is_numeric)
                && tail
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
                    <= COUNTER_WORDS
                && find(tail).is_none();
            counter.then(|| dateline(head)).flatten()
        })
        .or_else(|| {
            // The section's name before the date (`صيداويات - الخميس 7
            // آذار 2024`): a word or two with no figure in them. A place
            // there is the byline's (`القاهرة - 24 أغسطس 2020`).
            let (label, date) = line.split_once(" - ")?;
            let label_words = label.split_whitespace().count();
            let is_label = (1..=SECTION_WORDS).contains(&label_words)
                && !label.chars().any(|c| c.is_numeric() || "-|:".contains(c))
                && !super::super::byline::is_in(label.trim(), super::super::byline_names::PLACES);
            is_label.then(|| dateline_in_order(date)).flatten()
        })
}

/// The most words of a section's name before a date.
const SECTION_WORDS: usize = 2;

/// The most words of a counter after a date (`عدد القراءات: 843`).
const COUNTER_WORDS: usize = 3;

fn dateline_in_order(line: &str) -> Option<String> {
    // A date and its labels are a few words; a paragraph is never one.
    const MAX_WORDS: usize = 30;
    if !line.chars().any(char::is_numeric) || line.split_whitespace().nth(MAX_WORDS).is_some() {
        return None;
    }
    let tokens = tokens(line);
    let mut first = None;
    let mut rest: Vec<&Token> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match find_in(&tokens, i) {
            Some((start, end, iso)) => {
                rest.extend(&tokens[i..start]);
                first.get_or_insert(iso);
                i = end;
            }
            None => {
                rest.extend(&tokens[i..]);
                break;
            }
        }
    }
    let rest = without_issue(&without_clock(&rest));
    let hijri = rest.iter().any(|t| t.is_in(HIJRI) && t.kind == Kind::Word);
    let extra = |t: &&Token| match t.kind {
        Kind::Punct => false,
        Kind::Num => !hijri,
        // A Hijri day may take `من` before its month (`13 من محرم 1427هـ`).
        Kind::Word => {
            !(t.is_in(LABELS)
                || t.is_weekday()
                || t.is_in(HIJRI)
                || t.is_in(ERA)
                || (hijri && t.is_in(&["من"])))
        }
    };
    if rest.iter().any(extra) {
        return None;
    }
    first
}
