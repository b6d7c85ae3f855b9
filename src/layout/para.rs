//! A paragraph prepared for layout: shaped text, its embedding levels, and
//! its grapheme clusters; and the drawing of one line of it (L1–L4).

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo};

use super::measure::{cluster_width, for_each_cluster};
use super::options::LayoutOptions;
use super::reorder::{is_bidi_control, mirror, reset_line_levels, visual_order};
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
}

pub(crate) struct Prepared {
    pub shaped: Shaped,
    pub units: Vec<Unit>,
    pub para: u8,
    pub rtl: bool,
    pub source_len: usize,
}

impl Prepared {
    /// Shapes the paragraph, resolves its embedding levels (UAX #9 P1–I2,
    /// once per paragraph, by `unicode-bidi`) at the paragraph level chosen
    /// by `is_rtl`, and splits it into grapheme clusters.
    pub fn new(text: &str, opts: &LayoutOptions) -> Prepared {
        let rtl = is_rtl(text, opts.direction);
        let para = u8::from(rtl);
        let shaped = shape(text, opts);
        let mut units = Vec::with_capacity(shaped.text.len() / 2 + 1);
        let level = if rtl { Level::rtl() } else { Level::ltr() };
        let info = ParagraphBidiInfo::new(&shaped.text, Some(level));
        for_each_cluster(&shaped.text, |start, cluster| {
            units.push(Unit {
                start: start as u32,
                end: (start + cluster.len()) as u32,
                width: cluster_width(cluster).min(usize::from(u16::MAX)) as u16,
                level: info.levels[start].number(),
                class: info.original_classes[start],
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
            Some(u) => self.shaped.src[u.start as usize] as usize,
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

/// Draws one line: UAX #9 L1 (trailing whitespace and isolates back to the
/// paragraph level), L2 (reverse runs, from levels, at any depth), L3
/// (grapheme clusters reversed as wholes, so marks stay after their base)
/// and L4 (mirrored glyphs at odd levels). Bidi controls are not drawn.
pub(crate) fn draw_line(
    text: &str,
    src: &[u32],
    units: &[Unit],
    para: u8,
    rtl: bool,
    source: std::ops::Range<usize>,
) -> VisualLine {
    let mut levels: Vec<u8> = units.iter().map(|u| u.level).collect();
    let classes: Vec<BidiClass> = units.iter().map(|u| u.class).collect();
    reset_line_levels(&classes, &mut levels, para);
    let order = visual_order(&levels);
    let mut out = String::with_capacity(text.len());
    let mut cells = Vec::with_capacity(units.len());
    for k in order {
        let u = &units[k];
        let s = &text[u.start as usize..u.end as usize];
        let odd = levels[k] & 1 == 1;
        if s.len() == 1 {
            let c = char::from(s.as_bytes()[0]);
            out.push(if odd { mirror(c) } else { c });
        } else {
            for c in s.chars() {
                if is_bidi_control(c) {
                    continue;
                }
                out.push(if odd { mirror(c) } else { c });
            }
        }
        let at = src
            .get(u.start as usize)
            .map_or(source.start, |&b| b as usize);
        cells.extend(std::iter::repeat_n(at, usize::from(u.width)));
    }
    VisualLine {
        text: out,
        width: cells.len(),
        cells,
        source,
        rtl,
    }
}
