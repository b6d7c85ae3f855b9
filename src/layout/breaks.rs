//! UAX #14 break opportunities of a shaped paragraph, from its start or
//! from any point: UAX #14 is started afresh at a nearby pair of
//! characters after which no rule looks further back
//! (`unicode_linebreak::split_at_safe`), so a line's end can be found
//! without going through the line.

use unicode_linebreak::{BreakClass, BreakOpportunity, break_property, linebreaks, split_at_safe};

/// Whether a space at byte `i - 1` is followed by an infix separator at
/// `i`: the tailored opportunity of `opportunities`.
fn is_infix_after_space(text: &str, i: usize) -> bool {
    text[i..]
        .chars()
        .next()
        .is_some_and(|c| break_property(c as u32) == BreakClass::InfixSeparator)
}

/// UAX #14 break opportunities, with one tailoring: after a space, a
/// break is also allowed before an infix separator (IS: "." "," "،" ":"
/// ";"), as UAX #14 LB15c already allows before " .5". Saved pages often
/// carry a stray " ." or " ، "; treating it as a word of its own keeps
/// lines filled instead of gluing it to the word before the space.
pub(crate) fn opportunities(text: &str) -> impl Iterator<Item = (usize, BreakOpportunity)> + '_ {
    let mut extra = text
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .filter(move |&i| is_infix_after_space(text, i))
        .peekable();
    let mut standard = linebreaks(text).peekable();
    std::iter::from_fn(
        move || match (extra.peek().copied(), standard.peek().copied()) {
            (Some(e), Some((s, _))) if e < s => {
                extra.next().map(|i| (i, BreakOpportunity::Allowed))
            }
            (Some(e), Some((s, _))) if e == s => {
                extra.next();
                standard.next()
            }
            _ => standard.next(),
        },
    )
}

/// How far back from a position `scan_from` looks for a place to start
/// UAX #14 afresh: pairs that allow it are nearly everywhere (two letters,
/// a letter and a space), so this is reached only by text made of long
/// runs of spaces and marks, which `wrap` then hands to `wrap_full`.
const LOOKBACK: usize = 256;

/// Calls `f` with the break opportunities (as `opportunities` gives them)
/// after byte `from`, in order, until `f` returns false. `None` when there
/// is no place within `LOOKBACK` bytes before `from` to start from.
pub(crate) fn scan_from(
    text: &str,
    from: usize,
    mut f: impl FnMut(usize, BreakOpportunity) -> bool,
) -> Option<()> {
    let mut start = from.saturating_sub(LOOKBACK);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let (before, _) = split_at_safe(&text[start..from]);
    if before.is_empty() && start > 0 {
        return None;
    }
    let restart = start + before.len();
    let bytes = text.as_bytes();
    let mut spaces_from = from;
    for (p, kind) in linebreaks(&text[restart..]) {
        let p = p + restart;
        if p <= from {
            continue;
        }
        // The tailored opportunities before this one: after a space that
        // is followed by an infix separator.
        for i in memchr::memchr_iter(b' ', &bytes[spaces_from..p]) {
            let e = spaces_from + i + 1;
            if e < p && is_infix_after_space(text, e) && !f(e, BreakOpportunity::Allowed) {
                return Some(());
            }
        }
        spaces_from = p;
        if !f(p, kind) {
            return Some(());
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::layout::wrap::tests::text;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// A scan started anywhere finds the opportunities a scan of the
        /// whole text finds after that point.
        #[test]
        fn scans_from_inside_agree_with_the_whole(text in text(), at in 0usize..400) {
            let mut from = at.min(text.len());
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut got = Vec::new();
            if scan_from(&text, from, |p, k| { got.push((p, k)); true }).is_some() {
                let want: Vec<_> = opportunities(&text).filter(|&(p, _)| p > from).collect();
                prop_assert_eq!(got, want);
            }
        }
    }
}
