//! The grapheme clusters of a run of the shaped text that holds a
//! character that is not simple (`measure::is_simple`).

use unicode_segmentation::UnicodeSegmentation;

use super::Unit;
use crate::layout::measure::cluster_width;
use crate::layout::props::Props;

/// The grapheme clusters of `chars` (with their sources), a run of the
/// shaped text from its byte `base` and its character `index` (`text`:
/// the shaped text's bytes from `base` on), as units (levels not yet
/// set). After the run comes nothing or a cluster boundary. The full
/// UAX #29 segmenter only runs where a character that is not `simple`
/// is met; see `Pass` for `firsts`.
pub(super) fn units_in(
    text: &[u8],
    base: usize,
    chars: &[(char, u32)],
    index: usize,
    units: &mut Vec<Unit>,
    firsts: &mut Vec<u32>,
) {
    let props = Props::get();
    let (mut i, mut start) = (0, base);
    let mut next = chars.first().map(|&(c, _)| props.of(c));
    while let Some(p) = next {
        let (c, src) = chars[i];
        next = chars.get(i + 1).map(|&(d, _)| props.of(d));
        if p.simple && next.is_none_or(|q| q.simple) {
            let end = start + c.len_utf8();
            if !firsts.is_empty() {
                firsts.push((index + i) as u32);
            }
            units.push(Unit {
                start: start as u32,
                end: end as u32,
                width: u16::from(p.width),
                level: 0,
                class: p.class,
                src,
                plain: p.plain.then_some(c),
            });
            (i, start) = (i + 1, end);
            continue;
        }
        // A simple character with Arabic harakat (all Grapheme_Extend, so
        // they cling to it, GB9; zero cells), before a simple character.
        // The soft hyphen is simple but a Control (GB4: nothing clings).
        let marks = chars[i + 1..]
            .iter()
            .take_while(|&&(m, _)| is_arabic_mark(m))
            .count();
        if p.simple
            && c != SOFT_HYPHEN
            && marks > 0
            && chars
                .get(i + 1 + marks)
                .is_none_or(|&(d, _)| props.of(d).simple)
        {
            let end = start + c.len_utf8() + marks * 2;
            if firsts.is_empty() {
                firsts.extend(0..units.len() as u32);
            }
            firsts.push((index + i) as u32);
            units.push(Unit {
                start: start as u32,
                end: end as u32,
                width: u16::from(p.width),
                level: 0,
                class: p.class,
                src,
                plain: None,
            });
            (i, start) = (i + 1 + marks, end);
            next = chars.get(i).map(|&(d, _)| props.of(d));
            continue;
        }
        (i, start) = complex_run(text, base, chars, (i, start), index, units, firsts);
        next = chars.get(i).map(|&(d, _)| props.of(d));
    }
}

/// The clusters of a run that is not all simple characters, from
/// character `i` at byte `start`, segmented by UAX #29. Returns the
/// character and byte the run ends at.
fn complex_run(
    text: &[u8],
    base: usize,
    chars: &[(char, u32)],
    (i, start): (usize, usize),
    index: usize,
    units: &mut Vec<Unit>,
    firsts: &mut Vec<u32>,
) -> (usize, usize) {
    let props = Props::get();
    let n = chars.len();
    // As in `measure::for_each_cluster`: segment up to the next simple
    // character that follows a simple one.
    let (mut j, mut end, mut prev_simple) = (i, start, true);
    while j < n {
        let simple = props.of(chars[j].0).simple;
        if simple && prev_simple && j > i {
            break;
        }
        prev_simple = simple;
        end += chars[j].0.len_utf8();
        j += 1;
    }
    if firsts.is_empty() {
        firsts.extend(0..units.len() as u32);
    }
    let mut first = i;
    // Whole characters were written, so this always holds; checked
    // here only, where the segmenter needs the text.
    let run = std::str::from_utf8(&text[start - base..end - base]).unwrap_or_default();
    for (off, g) in run.grapheme_indices(true) {
        let count = g.chars().count();
        let (c, src) = chars[first];
        let plain = count == 1 && props.of(c).plain;
        units.push(Unit {
            start: (start + off) as u32,
            end: (start + off + g.len()) as u32,
            width: cluster_width(g).min(usize::from(u16::MAX)) as u16,
            level: 0,
            class: props.of(c).class,
            src,
            plain: plain.then_some(c),
        });
        firsts.push((index + first) as u32);
        first += count;
    }
    (j, end)
}

pub(super) const SOFT_HYPHEN: char = '\u{AD}';

/// The Arabic harakat U+064B–U+065F and the superscript alef U+0670:
/// two-byte nonspacing marks of class NSM.
#[inline]
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}
