//! UAX #9 N0: paired brackets.

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::{BidiDataSource, HardcodedBidiData};

use super::BRACKET;
use crate::layout::props::Props;

/// N0: paired brackets (BD14–BD16, BidiBrackets.txt) take the embedding
/// direction when it occurs strongly inside them, else the opposite
/// direction when that occurs inside and also before them; non-spacing
/// marks after a bracket follow it.
pub(super) fn brackets(text: &str, t: &mut [BidiClass], sos: BidiClass) {
    let canonical = |c: char| match c {
        '\u{2329}' => '\u{3008}',
        '\u{232A}' => '\u{3009}',
        c => c,
    };
    // Each bracket's character index and the byte offset after it.
    let props = Props::get();
    let mut stack: Vec<(char, (usize, usize))> = Vec::new();
    let mut pairs: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for (i, (at, c)) in text.char_indices().enumerate() {
        // Most neutrals are not brackets: the table says so at once.
        if t[i] != ON || props.of(c).bits & BRACKET == 0 {
            continue;
        }
        let Some(b) = HardcodedBidiData.bidi_matched_opening_bracket(c) else {
            continue;
        };
        if b.is_open {
            if stack.len() == 63 {
                break;
            }
            stack.push((canonical(b.opening), (i, at + c.len_utf8())));
        } else if let Some(k) = stack.iter().rposition(|&(o, _)| o == canonical(b.opening)) {
            pairs.push((stack[k].1, (i, at + c.len_utf8())));
            stack.truncate(k);
        }
    }
    if pairs.is_empty() {
        return;
    }
    pairs.sort_unstable();
    // Prefix counts of strong types after W7, for "is there X inside".
    let mut ls = vec![0u32; t.len() + 1];
    let mut rs = vec![0u32; t.len() + 1];
    for (i, &x) in t.iter().enumerate() {
        ls[i + 1] = ls[i] + u32::from(x == L);
        rs[i + 1] = rs[i] + u32::from(matches!(x, R | EN | AN));
    }
    let e = sos;
    let opposite = if e == L { R } else { L };
    for ((o, o_after), (c, c_after)) in pairs {
        let has = |x: BidiClass| {
            let counts = if x == L { &ls } else { &rs };
            counts[c] > counts[o + 1]
        };
        let new = if has(e) {
            e
        } else if has(opposite) {
            let before = t[..o]
                .iter()
                .rev()
                .find_map(|&x| match x {
                    L => Some(L),
                    R | EN | AN => Some(R),
                    _ => None,
                })
                .unwrap_or(sos);
            if before == opposite { opposite } else { e }
        } else {
            continue;
        };
        for (at, after) in [(o, o_after), (c, c_after)] {
            t[at] = new;
            for (k, m) in (at + 1..t.len()).zip(text[after..].chars()) {
                if props.class(m) != NSM {
                    break;
                }
                t[k] = new;
            }
        }
    }
}
