//! A paragraph prepared for layout: shaped text, its embedding levels, and
//! its grapheme clusters; and the drawing of one line of it (L1–L4).

use unicode_bidi::BidiClass;

use super::levels::resolve_chars;
use super::measure::for_each_cluster_in;
use super::options::LayoutOptions;
use super::reorder::{is_bidi_control, mirror, reset_line_levels, visual_order_into};
use super::shape::{Shaped, shape};
use super::{VisualLine, is_rtl};

/// One grapheme cluster of the shaped paragraph: the unit of wrapping and
/// of reordering (UAX #9 L3: a mark stays with its base).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Unit {
    pub start: u32,
    pub end: u32,
    pub width: u16,
    pub level: u8,
    pub class: BidiClass,
    /// Byte offset in the source paragraph of the cluster's first character.
    pub src: u32,
    /// The cluster's character, when it is one character drawn as it is at
    /// any level: no bidi control, nothing to mirror (mirrored characters
    /// are all of class ON).
    pub plain: Option<char>,
}

pub(crate) struct Prepared {
    pub shaped: Shaped,
    pub units: Vec<Unit>,
    pub para: u8,
    pub rtl: bool,
    pub source_len: usize,
}

impl Prepared {
    /// Shapes the paragraph, resolves its embedding levels (UAX #9 X1–I2,
    /// once per paragraph) at the paragraph level chosen by `is_rtl`, and
    /// splits it into grapheme clusters.
    pub fn new(text: &str, opts: &LayoutOptions) -> Prepared {
        let rtl = is_rtl(text, opts.direction);
        let para = u8::from(rtl);
        let shaped = shape(text, opts);
        let (classes, levels) = resolve_chars(&shaped.text, &shaped.chars, para);
        let mut units = Vec::with_capacity(shaped.chars.len());
        for_each_cluster_in(&shaped.text, &shaped.chars, |c| {
            let class = classes[c.first];
            units.push(Unit {
                start: c.start as u32,
                end: c.end as u32,
                width: c.width.min(usize::from(u16::MAX)) as u16,
                level: levels[c.first],
                class,
                src: shaped.src[c.first],
                plain: Some(shaped.chars[c.first])
                    .filter(|&ch| c.chars == 1 && is_plain(ch, class)),
            });
        });
        Prepared {
            shaped,
            units,
            para,
            rtl,
            source_len: text.len(),
        }
    }

    /// Byte offset in the source paragraph where cluster `i` starts (the
    /// source length past the last cluster).
    pub fn source_at(&self, i: usize) -> usize {
        match self.units.get(i) {
            Some(u) => u.src as usize,
            None => self.source_len,
        }
    }

    /// The shaped text of clusters `start..end`, in logical order.
    pub fn logical(&self, start: usize, end: usize) -> &str {
        let from = self
            .units
            .get(start)
            .map_or(self.shaped.text.len(), |u| u.start as usize);
        let to = self
            .units
            .get(end)
            .map_or(self.shaped.text.len(), |u| u.start as usize);
        &self.shaped.text[from..to]
    }
}

/// A one-character cluster drawn as it is at any level: not a bidi
/// control (explicit classes, or LRM, RLM, ALM) and not mirrorable (every
/// Bidi_Mirrored character is of class ON).
fn is_plain(c: char, class: BidiClass) -> bool {
    use BidiClass::*;
    !matches!(
        class,
        ON | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
    ) && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
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
/// if asked, the source offset of each cell.
pub(crate) fn draw_into(
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
    reset_line_levels(units.iter().map(|u| u.class), levels, para);
    let mut draw = |k: usize| {
        let u = &units[k];
        draw_unit(
            &text[u.start as usize..u.end as usize],
            u,
            levels[k] & 1 == 1,
            out,
        );
        if let Some(cells) = cells.as_mut() {
            cells.extend(std::iter::repeat_n(u.src as usize, usize::from(u.width)));
        }
    };
    // UAX #9 L2 for a line at one level (all Arabic, or all Latin) is a
    // single reversal or none: no order to build.
    let first = levels.first().copied().unwrap_or(0);
    if levels.iter().all(|&l| l == first) {
        if first & 1 == 1 {
            for k in (0..units.len()).rev() {
                draw(k);
            }
        } else {
            for k in 0..units.len() {
                draw(k);
            }
        }
        return;
    }
    visual_order_into(levels, &mut buf.order);
    for &k in &buf.order {
        draw(k);
    }
}

/// One cluster `s` at an odd or even level (L4): bidi controls dropped,
/// mirrored glyphs at odd levels.
#[inline(always)]
fn draw_unit(s: &str, u: &Unit, odd: bool, out: &mut String) {
    if let Some(c) = u.plain {
        out.push(c);
    } else if s.len() == 1 {
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
