//! The drawing of one line of a prepared paragraph: UAX #9 L1–L4 on its
//! clusters, into the text a terminal draws from left to right.

use unicode_bidi::BidiClass;

use super::VisualLine;
use super::para::Unit;
use super::reorder::{is_bidi_control, mirror, removed_by_x9, visual_order_into};

/// Characters that UAX #9 L1 puts back to the paragraph level at the end
/// of a line.
fn resets_at_line_end(class: BidiClass) -> bool {
    use BidiClass::*;
    matches!(class, WS | LRI | RLI | FSI | PDI) || removed_by_x9(class)
}

/// Buffers for drawing lines, kept from one line to the next.
#[derive(Debug, Default)]
pub(crate) struct LineBuf {
    levels: Vec<u8>,
    order: Vec<usize>,
}

/// Draws one line: UAX #9 L1 (trailing whitespace and isolates back to the
/// paragraph level), L2 (reverse runs, from levels, at any depth), L3
/// (grapheme clusters reversed as wholes, so marks stay after their base)
/// and L4 (mirrored glyphs at odd levels). Bidi controls are not drawn.
pub(crate) fn draw_line(
    text: &str,
    units: &[Unit],
    para: u8,
    rtl: bool,
    source: std::ops::Range<usize>,
) -> VisualLine {
    let bytes = match (units.first(), units.last()) {
        (Some(a), Some(b)) => (b.end - a.start) as usize,
        _ => 0,
    };
    let mut out = String::with_capacity(bytes);
    let mut cells = Vec::with_capacity(units.len());
    draw_into(
        text,
        units,
        para,
        &mut LineBuf::default(),
        &mut out,
        Some(&mut cells),
        true,
    );
    VisualLine {
        text: out,
        width: cells.len(),
        cells,
        source,
        rtl,
    }
}

/// Appends the visual text of one line to `out` (see `draw_line`), and,
/// if asked, the source offset of each cell. `controls`: whether `text`
/// may hold bidi controls; without them, a left-to-right run is drawn as
/// the slice of `text` it covers, in one copy.
pub(crate) fn draw_into(
    text: &str,
    units: &[Unit],
    para: u8,
    buf: &mut LineBuf,
    out: &mut String,
    cells: Option<&mut Vec<usize>>,
    controls: bool,
) {
    debug_assert!(
        !units
            .iter()
            .any(|u| matches!(u.class, BidiClass::S | BidiClass::B))
    );
    let (Some(a), Some(b)) = (units.first(), units.last()) else {
        return;
    };
    out.reserve((b.end - a.start) as usize);
    let mut cells = cells;
    // A run at an even level is its text as it is, once bidi controls are
    // dropped (L4 mirrors at odd levels alone), and the clusters of a run
    // are contiguous in `text`.
    let copy = cells.is_none() && !controls;
    // UAX #9 L2 for a line at one level (all Arabic, or all Latin) is a
    // single reversal or none: no order to build. L1 (below) would leave
    // it so when the line is at the paragraph level or does not end in
    // what L1 resets.
    let (mut lo, mut hi) = (u8::MAX, 0);
    for u in units {
        lo = lo.min(u.level);
        hi = hi.max(u.level);
    }
    let first = a.level;
    if lo == hi && (first == para || !resets_at_line_end(b.class)) {
        let odd = first & 1 == 1;
        if odd {
            for u in units.iter().rev() {
                draw_unit(text, u, odd, out, &mut cells);
            }
        } else if copy {
            out.push_str(&text[a.start as usize..b.end as usize]);
        } else {
            for u in units {
                draw_unit(text, u, odd, out, &mut cells);
            }
        }
        return;
    }
    if para == 1 && lo >= 1 && hi <= 2 {
        // A right-to-left line with left-to-right runs in it (numbers,
        // Latin words), the most frequent mixed line: L2 reverses the
        // line and keeps each run at level 2 in its order. The whitespace
        // ending the line goes back to level 1 first (L1).
        let mut tail = units.len();
        while tail > 0 && resets_at_line_end(units[tail - 1].class) {
            tail -= 1;
        }
        for u in units[tail..].iter().rev() {
            draw_unit(text, u, true, out, &mut cells);
        }
        let mut k = tail;
        while k > 0 {
            if units[k - 1].level == 1 {
                draw_unit(text, &units[k - 1], true, out, &mut cells);
                k -= 1;
                continue;
            }
            let end = k;
            while k > 0 && units[k - 1].level == 2 {
                k -= 1;
            }
            if copy {
                out.push_str(&text[units[k].start as usize..units[end - 1].end as usize]);
                continue;
            }
            for u in &units[k..end] {
                draw_unit(text, u, false, out, &mut cells);
            }
        }
        return;
    }
    draw_reordered(text, units, para, buf, out, cells);
}

/// `draw_into` for any line: L1, then L2 through the visual order of its
/// clusters, built from their levels.
fn draw_reordered(
    text: &str,
    units: &[Unit],
    para: u8,
    buf: &mut LineBuf,
    out: &mut String,
    mut cells: Option<&mut Vec<usize>>,
) {
    let levels = &mut buf.levels;
    levels.clear();
    levels.extend(units.iter().map(|u| u.level));
    // UAX #9 L1: shaped text has no segment or paragraph separators
    // (`shape` turns them into spaces), so only the whitespace, isolate
    // formatting and X9-removed characters ending the line go back to the
    // paragraph level.
    for (level, u) in levels.iter_mut().zip(units).rev() {
        if !resets_at_line_end(u.class) {
            break;
        }
        *level = para;
    }
    visual_order_into(levels, &mut buf.order);
    for &k in &buf.order {
        draw_unit(text, &units[k], levels[k] & 1 == 1, out, &mut cells);
    }
}

/// One cluster at an odd or even level (L4): bidi controls dropped,
/// mirrored glyphs at odd levels; and the source offset of each of its
/// cells, if asked.
#[inline(always)]
fn draw_unit(
    text: &str,
    u: &Unit,
    odd: bool,
    out: &mut String,
    cells: &mut Option<&mut Vec<usize>>,
) {
    if let Some(cells) = cells.as_mut() {
        cells.extend(std::iter::repeat_n(u.src as usize, usize::from(u.width)));
    }
    if let Some(c) = u.plain {
        out.push(c);
        return;
    }
    let s = &text[u.start as usize..u.end as usize];
    if s.len() == 1 {
        let c = char::from(s.as_bytes()[0]);
        out.push(if odd { mirror(c) } else { c });
    } else if !odd && !s.chars().any(is_bidi_control) {
        out.push_str(s);
    } else {
        for c in s.chars() {
            if is_bidi_control(c) {
                continue;
            }
            out.push(if odd { mirror(c) } else { c });
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::layout::para::Prepared;
    use crate::layout::wrap::{tests::text, wrap};
    use crate::layout::{Direction, LayoutOptions};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The shortcuts for lines at one level and for right-to-left
        /// lines with left-to-right runs draw what the general reordering
        /// draws, cell for cell.
        #[test]
        fn shortcuts_draw_as_the_general_reordering(text in text(), width in 1usize..40, rtl: bool) {
            let direction = if rtl { Direction::Rtl } else { Direction::Auto };
            let p = Prepared::new(&text, &LayoutOptions { direction, ..LayoutOptions::default() });
            let mut buf = LineBuf::default();
            for span in wrap(&p.text, &p.units, width) {
                let units = &p.units[span.start..span.content_end];
                let (mut got, mut got_cells) = (String::new(), Vec::new());
                draw_into(&p.text, units, p.para, &mut buf, &mut got, Some(&mut got_cells), true);
                let (mut want, mut want_cells) = (String::new(), Vec::new());
                draw_reordered(&p.text, units, p.para, &mut buf, &mut want, Some(&mut want_cells));
                prop_assert_eq!((got, got_cells), (want, want_cells));
            }
        }

        /// Without cell maps, runs at even levels are copied whole from
        /// the text unless it holds bidi controls: the same text as the
        /// general reordering draws.
        #[test]
        fn copied_runs_draw_as_the_general_reordering(
            text in text(),
            control in prop::sample::select(vec!["", "\u{200F}", "\u{200E}", "\u{61C}", "\u{202B}", "\u{2067}"]),
            at: prop::sample::Index,
            width in 1usize..40,
            rtl: bool,
        ) {
            let mut text = text;
            let mut k = at.index(text.len() + 1);
            while !text.is_char_boundary(k) {
                k -= 1;
            }
            text.insert_str(k, control);
            let direction = if rtl { Direction::Rtl } else { Direction::Auto };
            let p = Prepared::new(&text, &LayoutOptions { direction, ..LayoutOptions::default() });
            prop_assert_eq!(p.controls, !control.is_empty());
            let mut buf = LineBuf::default();
            for span in wrap(&p.text, &p.units, width) {
                let units = &p.units[span.start..span.content_end];
                let mut got = String::new();
                draw_into(&p.text, units, p.para, &mut buf, &mut got, None, p.controls);
                let mut want = String::new();
                draw_reordered(&p.text, units, p.para, &mut buf, &mut want, None);
                prop_assert_eq!(got, want);
            }
        }
    }
}
