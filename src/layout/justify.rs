//! Kashida justification: a line is stretched to the full width by
//! inserting tatweel (U+0640, joining type C in ArabicShaping.txt) between
//! two letters that are joined, the way Arabic typesetting lengthens the
//! connection instead of widening spaces.

use unicode_bidi::BidiClass;
use unicode_joining_type::{JoiningType, get_joining_type};

use super::forms::{Form, form_of};
use super::para::Unit;

const TATWEEL: char = '\u{0640}';

/// Whether a (possibly already shaped) letter connects to the letter after
/// it, and to the one before it.
fn joins(c: char) -> (bool, bool) {
    if let Some((_, form)) = form_of(c) {
        return (
            matches!(form, Form::Final | Form::Medial),
            matches!(form, Form::Initial | Form::Medial),
        );
    }
    match c {
        '\u{FEF6}' | '\u{FEF8}' | '\u{FEFA}' | '\u{FEFC}' => return (true, false),
        '\u{FEF5}' | '\u{FEF7}' | '\u{FEF9}' | '\u{FEFB}' => return (false, false),
        _ => {}
    }
    match get_joining_type(c) {
        JoiningType::DualJoining | JoiningType::JoinCausing => (true, true),
        JoiningType::RightJoining => (true, false),
        JoiningType::LeftJoining => (false, true),
        _ => (false, false),
    }
}

fn first_char(text: &str, u: &Unit) -> char {
    text[u.start as usize..].chars().next().unwrap_or(' ')
}

/// The letters of the seen family (seen, sheen, sad, dad): Arabic
/// typesetting stretches their teeth-and-bowl connection first.
fn seen_family(c: char) -> bool {
    let base = form_of(c).map_or(c, |(base, _)| base);
    matches!(base, 'س' | 'ش' | 'ص' | 'ض')
}

/// How much Arabic typography prefers a tatweel at a joined pair, best
/// first: after a letter of the seen family, then before a word's final
/// letter, then anywhere else.
fn preference(text: &str, units: &[Unit], k: usize) -> u8 {
    let before = first_char(text, &units[k]);
    let after = first_char(text, &units[k + 1]);
    // The letter after the pair is final when it joins nothing after it.
    let after_joins_on = units.get(k + 2).is_some_and(|next| {
        let (_, prev) = joins(first_char(text, next));
        joins(after).0 && prev
    });
    if seen_family(before) {
        0
    } else if !after_joins_on {
        1
    } else {
        2
    }
}

/// The joined pairs of a line, grouped by word, each word's best first.
fn words_points(text: &str, units: &[Unit]) -> Vec<Vec<(u8, usize)>> {
    let mut words: Vec<Vec<(u8, usize)>> = vec![Vec::new()];
    for k in 0..units.len().saturating_sub(1) {
        if first_char(text, &units[k]).is_whitespace() {
            if words.last().is_some_and(|w| !w.is_empty()) {
                words.push(Vec::new());
            }
            continue;
        }
        let (_, next) = joins(first_char(text, &units[k]));
        let (prev, _) = joins(first_char(text, &units[k + 1]));
        if next
            && prev
            && let Some(word) = words.last_mut()
        {
            word.push((preference(text, units, k), k));
        }
    }
    words.retain(|w| !w.is_empty());
    for word in &mut words {
        word.sort_by_key(|&(rank, k)| (rank, std::cmp::Reverse(k)));
    }
    words
}

/// How many tatweels go after each unit: in rounds, each word getting at
/// most one more per round at its best pair left; within a round the
/// preferred pairs first, and pairs of equal preference spread evenly over
/// the line rather than bunched at its start.
fn spread(words: &[Vec<(u8, usize)>], units: usize, mut extra: usize) -> Vec<usize> {
    let mut counts = vec![0; units];
    let deepest = words.iter().map(Vec::len).max().unwrap_or(0);
    while extra > 0 {
        for round in 0..deepest {
            for rank in 0..=2 {
                let here: Vec<usize> = words
                    .iter()
                    .filter_map(|w| w.get(round))
                    .filter(|&&(r, _)| r == rank)
                    .map(|&(_, k)| k)
                    .collect();
                let take = extra.min(here.len());
                for j in 0..take {
                    counts[here[(2 * j + 1) * here.len() / (2 * take)]] += 1;
                }
                extra -= take;
                if extra == 0 {
                    return counts;
                }
            }
        }
    }
    counts
}

/// A line's text and clusters with tatweel inserted so that it
/// is `width` cells wide. `None` when the line is already full or has no
/// joined pair of letters to stretch.
pub(crate) fn kashida(text: &str, units: &[Unit], width: usize) -> Option<(String, Vec<Unit>)> {
    let used: usize = units.iter().map(|u| usize::from(u.width)).sum();
    let extra = width.checked_sub(used).filter(|&e| e > 0)?;
    let words = words_points(text, units);
    if words.is_empty() {
        return None;
    }
    let counts = spread(&words, units.len(), extra);
    let mut out = String::with_capacity(text.len() + extra * 2);
    let mut out_units = Vec::with_capacity(units.len() + extra);
    for (u, &n) in units.iter().zip(&counts) {
        let start = out.len() as u32;
        let s = &text[u.start as usize..u.end as usize];
        out.push_str(s);
        out_units.push(Unit {
            start,
            end: out.len() as u32,
            ..*u
        });
        for _ in 0..n {
            let start = out.len() as u32;
            out.push(TATWEEL);
            out_units.push(Unit {
                start,
                end: out.len() as u32,
                width: 1,
                level: u.level,
                class: BidiClass::AL,
                src: u.src,
                plain: Some(TATWEEL),
            });
        }
    }
    Some((out, out_units))
}
