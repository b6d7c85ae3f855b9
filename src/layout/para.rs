//! A paragraph prepared for layout: shaped text, its embedding levels, and
//! its grapheme clusters.

use unicode_bidi::BidiClass::{self, NSM};

use unicode_segmentation::UnicodeSegmentation;

use super::draw::LineBuf;
use super::is_rtl;
use super::levels::Weak;
use super::measure::cluster_width;
use super::options::LayoutOptions;
use super::props::Props;
use super::shape::{Shaped, shape_into};

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

/// Buffers kept from one paragraph to the next, so that laying out many
/// paragraphs allocates next to nothing.
#[derive(Debug, Default)]
pub struct Buffers {
    shaped: Shaped,
    units: Vec<Unit>,
    classes: Vec<BidiClass>,
    weak: Vec<BidiClass>,
    /// For drawing lines.
    pub(crate) line: LineBuf,
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
        Prepared::with(text, opts, &mut Buffers::default())
    }

    /// `new` in buffers kept from an earlier paragraph (give them back with
    /// `recycle`).
    pub fn with(text: &str, opts: &LayoutOptions, buf: &mut Buffers) -> Prepared {
        let rtl = is_rtl(text, opts.direction);
        let para = u8::from(rtl);
        let mut shaped = std::mem::take(&mut buf.shaped);
        shape_into(text, opts, &mut shaped);
        let mut units = std::mem::take(&mut buf.units);
        let mut classes = std::mem::take(&mut buf.classes);
        let mut weak = Weak::new(para, std::mem::take(&mut buf.weak));
        let firsts = units_of(&shaped, &mut units, &mut classes, &mut weak);
        let levels = weak.levels(&shaped.text, &shaped.chars, &classes, para);
        if firsts.is_empty() {
            for (u, &level) in units.iter_mut().zip(&levels) {
                u.level = level;
            }
        } else {
            for (u, &first) in units.iter_mut().zip(&firsts) {
                u.level = levels[first as usize];
            }
        }
        buf.classes = classes;
        buf.weak = weak.into_buffer();
        Prepared {
            shaped,
            units,
            para,
            rtl,
            source_len: text.len(),
        }
    }

    /// Gives the buffers back for the next paragraph.
    pub fn recycle(self, buf: &mut Buffers) {
        buf.shaped = self.shaped;
        buf.units = self.units;
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

/// The grapheme clusters of the shaped text as units (levels not yet
/// set) and the bidi class of each character (W1–W3 applied to them in
/// `weak` on the way), and returns, once a cluster of several
/// characters has been met, the index of each unit's first character
/// (empty while each character is a unit of its own). One lookup of the
/// character properties per character; the full UAX #29 segmenter only
/// runs where a character that is not `simple` is met.
fn units_of(
    shaped: &Shaped,
    units: &mut Vec<Unit>,
    classes: &mut Vec<BidiClass>,
    weak: &mut Weak,
) -> Vec<u32> {
    let props = Props::get();
    let (text, chars, srcs) = (&shaped.text, &shaped.chars, &shaped.src);
    let n = chars.len();
    units.clear();
    units.reserve(n);
    classes.clear();
    classes.reserve(n);
    let mut firsts: Vec<u32> = Vec::new();
    let (mut i, mut start) = (0, 0);
    let mut next = chars.first().map(|&c| props.of(c));
    while let Some(p) = next {
        let c = chars[i];
        next = chars.get(i + 1).map(|&d| props.of(d));
        if p.simple && next.is_none_or(|q| q.simple) {
            let end = start + c.len_utf8();
            classes.push(p.class);
            weak.push(c, p.class);
            if !firsts.is_empty() {
                firsts.push(i as u32);
            }
            units.push(Unit {
                start: start as u32,
                end: end as u32,
                width: u16::from(p.width),
                level: 0,
                class: p.class,
                src: srcs[i],
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
            .take_while(|&&m| is_arabic_mark(m))
            .count();
        if p.simple
            && c != SOFT_HYPHEN
            && marks > 0
            && chars.get(i + 1 + marks).is_none_or(|&d| props.of(d).simple)
        {
            let end = start + c.len_utf8() + marks * 2;
            if firsts.is_empty() {
                firsts.extend(0..units.len() as u32);
            }
            firsts.push(i as u32);
            units.push(Unit {
                start: start as u32,
                end: end as u32,
                width: u16::from(p.width),
                level: 0,
                class: p.class,
                src: srcs[i],
                plain: None,
            });
            classes.push(p.class);
            weak.push(c, p.class);
            for &m in &chars[i + 1..=i + marks] {
                classes.push(NSM);
                weak.push(m, NSM);
            }
            (i, start) = (i + 1 + marks, end);
            next = chars.get(i).map(|&d| props.of(d));
            continue;
        }
        // As in `measure::for_each_cluster`: segment up to the next simple
        // character that follows a simple one.
        let (mut j, mut end, mut prev_simple) = (i, start, true);
        while j < n {
            let q = props.of(chars[j]);
            if q.simple && prev_simple && j > i {
                break;
            }
            classes.push(q.class);
            weak.push(chars[j], q.class);
            prev_simple = q.simple;
            end += chars[j].len_utf8();
            j += 1;
        }
        if firsts.is_empty() {
            firsts.extend(0..units.len() as u32);
        }
        let mut first = i;
        for (off, g) in text[start..end].grapheme_indices(true) {
            let count = g.chars().count();
            let plain = count == 1 && props.of(chars[first]).plain;
            units.push(Unit {
                start: (start + off) as u32,
                end: (start + off + g.len()) as u32,
                width: cluster_width(g).min(usize::from(u16::MAX)) as u16,
                level: 0,
                class: classes[first],
                src: srcs[first],
                plain: plain.then_some(chars[first]),
            });
            firsts.push(first as u32);
            first += count;
        }
        (i, start) = (j, end);
        next = chars.get(i).map(|&d| props.of(d));
    }
    firsts
}

const SOFT_HYPHEN: char = '\u{AD}';

/// The Arabic harakat U+064B–U+065F and the superscript alef U+0670:
/// two-byte nonspacing marks of class NSM.
#[inline]
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::measure::for_each_cluster;
    use crate::layout::options::Shaping;

    #[test]
    fn a_simple_character_with_harakat_is_one_cell() {
        let props = Props::get();
        let ranges = [0x20..0x800u32, 0x2000..0x2070, 0xFB00..0xFF00];
        for base in ranges.into_iter().flatten().filter_map(char::from_u32) {
            if !props.of(base).simple || base == SOFT_HYPHEN {
                continue;
            }
            for mark in ('\u{064B}'..='\u{065F}').chain(['\u{0670}']) {
                assert_eq!(props.of(mark).class, NSM);
                let s = format!("{base}{mark}{mark}");
                assert_eq!(s.graphemes(true).count(), 1, "{s:?}");
                assert_eq!(
                    cluster_width(&s),
                    usize::from(props.of(base).width),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn units_are_the_grapheme_clusters_of_the_shaped_text() {
        let opts = LayoutOptions {
            shaping: Shaping::Off,
            ..LayoutOptions::default()
        };
        for s in [
            "كَتَبَ abc",
            "كَتَبَ\u{301} اَلْ\u{670}ا مُ\u{200D}ا",
            "a\u{651}\u{64E} \u{64E}\u{651}",
            "\u{AD}\u{64E}b",
            "a\u{301}\u{302}b",
            "\u{600}12 x",
            "👨\u{200D}👩\u{200D}👧 ok",
            "\u{1F1EB}\u{1F1F7}x",
            "ب\u{200D}ب",
            "©\u{FE0F}",
            "",
            "\u{301}",
            "ab\u{301}",
        ] {
            let p = Prepared::new(s, &opts);
            let got: Vec<_> = p
                .units
                .iter()
                .map(|u| (u.start as usize, u.end as usize, usize::from(u.width)))
                .collect();
            let mut want = Vec::new();
            for_each_cluster(&p.shaped.text, |i, g, w, _| want.push((i, i + g.len(), w)));
            assert_eq!(got, want, "{s:?}");
            let (_, levels) = crate::layout::levels::resolve(&p.shaped.text, p.para);
            let (classes, _) = crate::layout::levels::resolve(&p.shaped.text, p.para);
            let mut first = 0;
            for u in &p.units {
                assert_eq!((u.level, u.class), (levels[first], classes[first]), "{s:?}");
                first += p.shaped.text[u.start as usize..u.end as usize]
                    .chars()
                    .count();
            }
        }
    }
}
