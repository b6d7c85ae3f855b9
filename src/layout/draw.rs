//! The drawing of one line of a prepared paragraph: UAX #9 L1–L4 on its
//! clusters, into the text a terminal draws from left to right.

use unicode_bidi::BidiClass;

use super::VisualLine;
use super::para::Unit;
use super::props::Props;
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
    /// The line's bytes as `Words` writes them.
    bytes: Vec<u8>,
    /// A line drawn by `draw_into` for `draw_bytes`.
    line: String,
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
    let (lo, hi) = levels_of(units);
    let drawn = if copy {
        buf.bytes.clear();
        let mut words = Words::new(text, &mut buf.bytes, (b.end - a.start) as usize);
        let drawn = shortcut(units, para, lo, hi, &mut words);
        words.finish();
        // Whole characters of `text` were copied, so this always holds.
        match simdutf8::basic::from_utf8(&buf.bytes) {
            Ok(s) => out.push_str(s),
            Err(_) => out.push_str(&String::from_utf8_lossy(&buf.bytes)),
        }
        drawn
    } else {
        let mut each = EachUnit { text, out, cells };
        let drawn = shortcut(units, para, lo, hi, &mut each);
        cells = each.cells;
        drawn
    };
    if !drawn {
        draw_reordered(text, units, para, buf, out, cells);
    }
}

/// `draw_into` without cell maps, appending to bytes: the line is written
/// in place, with no check that it is UTF-8 nor copy (the bytes are
/// written out as they are).
pub(crate) fn draw_bytes(
    text: &str,
    units: &[Unit],
    para: u8,
    buf: &mut LineBuf,
    out: &mut Vec<u8>,
    controls: bool,
) {
    if !controls && let (Some(a), Some(b)) = (units.first(), units.last()) {
        let (lo, hi) = levels_of(units);
        let mut words = Words::new(text, out, (b.end - a.start) as usize);
        let drawn = shortcut(units, para, lo, hi, &mut words);
        words.finish();
        if drawn {
            return;
        }
    }
    let mut line = std::mem::take(&mut buf.line);
    line.clear();
    draw_into(text, units, para, buf, &mut line, None, controls);
    out.extend_from_slice(line.as_bytes());
    buf.line = line;
}

/// The lowest and highest levels of `units`.
fn levels_of(units: &[Unit]) -> (u8, u8) {
    units.iter().fold((u8::MAX, 0), |(lo, hi), u| {
        (lo.min(u.level), hi.max(u.level))
    })
}

/// Draws the clusters of a line for `shortcut`.
trait Pen {
    /// Clusters at an odd level, from the last.
    fn odd_rev(&mut self, units: &[Unit]);
    /// Clusters at an even level, in their order.
    fn even(&mut self, units: &[Unit]);
}

/// Draws a line whose clusters are at levels `lo` to `hi` if it needs no
/// visual order built, and says whether it did.
fn shortcut(units: &[Unit], para: u8, lo: u8, hi: u8, pen: &mut impl Pen) -> bool {
    let (Some(a), Some(b)) = (units.first(), units.last()) else {
        return true;
    };
    // UAX #9 L2 for a line at one level (all Arabic, or all Latin) is a
    // single reversal or none. L1 (below) would leave it so when the
    // line is at the paragraph level or does not end in what L1 resets.
    if lo == hi && (a.level == para || !resets_at_line_end(b.class)) {
        if a.level & 1 == 1 {
            pen.odd_rev(units);
        } else {
            pen.even(units);
        }
        return true;
    }
    if para != 1 || lo < 1 || hi > 2 {
        return false;
    }
    // A right-to-left line with left-to-right runs in it (numbers, Latin
    // words), the most frequent mixed line: L2 reverses the line and
    // keeps each run at level 2 in its order. The whitespace ending the
    // line goes back to level 1 first (L1).
    let mut tail = units.len();
    while tail > 0 && resets_at_line_end(units[tail - 1].class) {
        tail -= 1;
    }
    pen.odd_rev(&units[tail..]);
    let mut k = tail;
    while k > 0 {
        let (end, level) = (k, units[k - 1].level);
        while k > 0 && units[k - 1].level == level {
            k -= 1;
        }
        if level == 1 {
            pen.odd_rev(&units[k..end]);
        } else {
            pen.even(&units[k..end]);
        }
    }
    true
}

/// Each cluster drawn by `draw_unit`, with its cells if asked.
struct EachUnit<'a, 'c> {
    text: &'a str,
    out: &'a mut String,
    cells: Option<&'c mut Vec<usize>>,
}

impl Pen for EachUnit<'_, '_> {
    fn odd_rev(&mut self, units: &[Unit]) {
        for u in units.iter().rev() {
            draw_unit(self.text, u, true, self.out, &mut self.cells);
        }
    }

    fn even(&mut self, units: &[Unit]) {
        for u in units {
            draw_unit(self.text, u, false, self.out, &mut self.cells);
        }
    }
}

/// A line of text without bidi controls and without cell maps, appended
/// to a byte buffer: a cluster drawn as it is goes as the four bytes
/// from its start in the text, of which the next one overwrites those
/// past its end. Appending each character by its length would branch on
/// it, and lengths change at every word boundary (1 byte for a space, 2
/// or 3 for Arabic); a run at an even level is its text in one copy.
struct Words<'a> {
    text: &'a str,
    buf: &'a mut Vec<u8>,
    /// The length of `buf` with what is written so far.
    len: usize,
    props: Props,
}

impl<'a> Words<'a> {
    /// For a line of about `bytes` bytes of `text`; `finish` gives `buf`
    /// its length back.
    fn new(text: &'a str, buf: &'a mut Vec<u8>, bytes: usize) -> Words<'a> {
        let len = buf.len();
        buf.resize(len + bytes + 8, 0);
        Words {
            text,
            buf,
            len,
            props: Props::get(),
        }
    }

    fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if self.buf.len() < end + 4 {
            self.buf.resize(end + 8, 0);
        }
        self.buf[self.len..end].copy_from_slice(bytes);
        self.len = end;
    }

    /// A cluster not drawn as it is (L4: mirrored glyphs), or too near
    /// the text's end for four bytes. A letter with harakat is drawn as
    /// it is: none of its characters is mirrored (all are `plain`).
    #[inline(never)]
    fn odd_slow(&mut self, u: &Unit) {
        let s = &self.text[u.start as usize..u.end as usize];
        if s.chars().all(|c| self.props.of(c).plain) {
            return self.push(s.as_bytes());
        }
        for c in s.chars().filter(|&c| !is_bidi_control(c)) {
            self.push(mirror(c).encode_utf8(&mut [0; 4]).as_bytes());
        }
    }

    /// Leaves the buffer with what was written.
    fn finish(self) {
        self.buf.truncate(self.len);
    }
}

/// Copies the clusters of `units`, from the last, into `buf` from its
/// byte `len` (see `Words`), as long as they are drawn as they are and
/// there are four bytes to copy: the new length and how many clusters
/// are left. The state of the loop stays in registers.
fn copy_rev(text: &[u8], buf: &mut [u8], mut len: usize, units: &[Unit]) -> (usize, usize) {
    for (k, u) in units.iter().enumerate().rev() {
        let (s, e) = (u.start as usize, u.end as usize);
        match (u.plain, text.get(s..s + 4), buf.get_mut(len..len + 4)) {
            (Some(_), Some(from), Some(to)) => {
                to.copy_from_slice(from);
                len += e - s;
            }
            _ => return (len, k + 1),
        }
    }
    (len, 0)
}

impl Pen for Words<'_> {
    fn odd_rev(&mut self, units: &[Unit]) {
        let mut rest = units;
        loop {
            let (len, k) = copy_rev(self.text.as_bytes(), self.buf, self.len, rest);
            self.len = len;
            let Some((u, before)) = rest[..k].split_last() else {
                return;
            };
            self.odd_slow(u);
            rest = before;
        }
    }

    fn even(&mut self, units: &[Unit]) {
        if let (Some(a), Some(b)) = (units.first(), units.last()) {
            let text = self.text;
            self.push(&text.as_bytes()[a.start as usize..b.end as usize]);
        }
    }
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
mod tests;
