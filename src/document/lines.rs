//! A laid-out article's lines, kept compactly.
//!
//! A layout of a long article has a line per few dozen characters, and the
//! reader keeps it for as long as the article is open. As a `Vec` of
//! `VisualLine`s it took 7.5 times the article's text: two allocations a
//! line, an eight-byte source offset per cell, and a hundred bytes of
//! fields. Here all the lines' visual text is one string; each cell's
//! source offset is kept as its difference from the cell before (from the
//! line's start for the first), a variable-length number that takes one
//! byte for the usual step of a letter or a space in either direction; and
//! a line's own fields take 28 bytes. A line is given back whole
//! (`DocLine`) when asked for: the reader asks for the few on screen.

use std::ops::Range;

use super::{DocLine, LineKind, Part};
use crate::layout::VisualLine;

/// An article laid out for one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    meta: Vec<Meta>,
    /// The visual text of every line, one after the other.
    text: String,
    /// The cells' source offsets of every line, one after the other, each
    /// as a zigzag LEB128 difference from the one before.
    cells: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Meta {
    source: (u32, u32),
    /// Where the line's text starts in `Doc::text`; it ends where the next
    /// line's starts.
    text: u32,
    /// Where its cells start in `Doc::cells`.
    cells: u32,
    /// Its width, which is its number of cells.
    width: u32,
    part: u32,
    indent: u16,
    kind: LineKind,
    flags: u8,
}

const RIGHT: u8 = 1;
const RTL: u8 = 2;

/// Appends `delta` as a zigzag LEB128 number: seven bits a byte, low first.
fn push_delta(delta: i64, out: &mut Vec<u8>) {
    let mut n = ((delta << 1) ^ (delta >> 63)) as u64;
    loop {
        let low = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Reads a number `push_delta` wrote at `*at`, moving past it.
fn read_delta(bytes: &[u8], at: &mut usize) -> i64 {
    let mut n = 0u64;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*at) {
        *at += 1;
        if shift < 64 {
            n |= u64::from(b & 0x7F) << shift;
        }
        shift += 7;
        if b & 0x80 == 0 {
            break;
        }
    }
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

/// Offsets are kept in 32 bits: the loader reads no file past 64 MB, so an
/// article's laid-out text stays far below 4 GiB; past it, offsets would
/// saturate (lines drawn wrong, never a panic).
fn small(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn part_code(part: Part) -> u32 {
    match part {
        Part::Title => 0,
        Part::Byline => 1,
        Part::Other => 2,
        Part::Block(i) => small(i.saturating_add(3)),
    }
}

fn part_of(code: u32) -> Part {
    match code {
        0 => Part::Title,
        1 => Part::Byline,
        2 => Part::Other,
        n => Part::Block(n as usize - 3),
    }
}

impl Doc {
    /// An empty document with room for the layout of `source` bytes of
    /// text at `width` cells in `blocks` blocks: taken at once, so the
    /// arrays of a huge article do not grow by doubling through the heap
    /// (the memory each step leaves behind stays with the process). What is
    /// not used is given back by `shrink`.
    pub fn with_room(source: usize, width: usize, blocks: usize) -> Doc {
        // Presentation forms take three bytes where the letter took two; a
        // cell's offset takes about a byte; a line holds at least half its
        // width in source bytes, and each block adds a blank line.
        let lines = source / width.max(1) * 2 + blocks.saturating_mul(2) + 8;
        // At a width of a few cells that is many lines: the room taken for
        // them stays within twice the text (more is grown as needed).
        let lines = lines.min(source / 14 + 8);
        Doc {
            meta: Vec::with_capacity(lines),
            text: String::with_capacity(source + source / 2),
            cells: Vec::with_capacity(source / 2 + source / 8),
        }
    }

    /// A document of the given lines, as `build` would keep them.
    pub fn from_lines(lines: impl IntoIterator<Item = DocLine>) -> Doc {
        let mut doc = Doc::default();
        for l in lines {
            doc.push(l.part, l.kind, l.indent, l.right, &l.line);
        }
        doc.shrink();
        doc
    }

    /// Adds a line at the end.
    pub fn push(
        &mut self,
        part: Part,
        kind: LineKind,
        indent: u16,
        right: bool,
        line: &VisualLine,
    ) {
        let mut flags = if right { RIGHT } else { 0 };
        if line.rtl {
            flags |= RTL;
        }
        let cells = small(self.cells.len());
        let mut before = line.source.start as i64;
        for &c in &line.cells {
            push_delta(c as i64 - before, &mut self.cells);
            before = c as i64;
        }
        self.meta.push(Meta {
            source: (small(line.source.start), small(line.source.end)),
            text: small(self.text.len()),
            cells,
            width: small(line.cells.len()),
            part: part_code(part),
            indent,
            kind,
            flags,
        });
        self.text.push_str(&line.text);
    }

    /// Lets go of the room kept for lines to come.
    pub fn shrink(&mut self) {
        self.meta.shrink_to_fit();
        self.text.shrink_to_fit();
        self.cells.shrink_to_fit();
    }

    /// Sets which edge lines `from..` are drawn against.
    pub fn set_right(&mut self, from: usize, right: bool) {
        for m in self.meta.iter_mut().skip(from) {
            m.flags = if right {
                m.flags | RIGHT
            } else {
                m.flags & !RIGHT
            };
        }
    }

    pub fn len(&self) -> usize {
        self.meta.len()
    }

    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
    }

    /// Which text line `index` comes from.
    pub fn part(&self, index: usize) -> Option<Part> {
        self.meta.get(index).map(|m| part_of(m.part))
    }

    /// What kind of line `index` is.
    pub fn kind(&self, index: usize) -> Option<LineKind> {
        self.meta.get(index).map(|m| m.kind)
    }

    /// The byte range of its part's text that line `index` covers.
    pub fn source(&self, index: usize) -> Option<Range<usize>> {
        let m = self.meta.get(index)?;
        Some(m.source.0 as usize..m.source.1 as usize)
    }

    /// Line `index`, whole.
    pub fn line(&self, index: usize) -> Option<DocLine> {
        let m = self.meta.get(index)?;
        let end = self
            .meta
            .get(index + 1)
            .map_or(self.text.len(), |n| n.text as usize);
        let text = self.text.get(m.text as usize..end).unwrap_or_default();
        let width = m.width as usize;
        let start = m.source.0 as usize;
        let mut at = m.cells as usize;
        let mut offset = start as i64;
        let cells: Vec<usize> = (0..width)
            .map(|_| {
                offset += read_delta(&self.cells, &mut at);
                offset.max(0) as usize
            })
            .collect();
        Some(DocLine {
            part: part_of(m.part),
            kind: m.kind,
            indent: m.indent,
            right: m.flags & RIGHT != 0,
            line: VisualLine {
                text: text.to_string(),
                width,
                cells,
                source: start..m.source.1 as usize,
                rtl: m.flags & RTL != 0,
            },
        })
    }

    /// The lines from `index` on, each given whole as it is reached.
    pub fn lines_from(&self, index: usize) -> impl Iterator<Item = DocLine> + '_ {
        (index..self.len()).map_while(|i| self.line(i))
    }

    /// All the lines, each given whole as it is reached.
    pub fn lines(&self) -> impl Iterator<Item = DocLine> + '_ {
        self.lines_from(0)
    }

    /// The heap and inline bytes the document takes.
    pub fn bytes(&self) -> usize {
        std::mem::size_of::<Doc>()
            + self.meta.capacity() * std::mem::size_of::<Meta>()
            + self.text.capacity()
            + self.cells.capacity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str, cells: Vec<usize>, source: Range<usize>, part: Part) -> DocLine {
        DocLine {
            part,
            kind: LineKind::Paragraph,
            indent: 2,
            right: true,
            line: VisualLine {
                text: text.into(),
                width: cells.len(),
                cells,
                source,
                rtl: true,
            },
        }
    }

    #[test]
    fn lines_come_back_as_they_went_in() {
        let lines = vec![
            line("ﺏﺍ", vec![12, 10], 10..14, Part::Block(7)),
            line("", Vec::new(), 0..0, Part::Other),
            // Cells far from the line's start and from each other.
            line("ab", vec![70_000 + 5, 5], 5..70_010, Part::Title),
            line("c", vec![3], 4..5, Part::Byline),
        ];
        let doc = Doc::from_lines(lines.clone());
        assert_eq!(doc.len(), 4);
        assert_eq!(doc.lines().collect::<Vec<_>>(), lines);
        assert_eq!(doc.part(0), Some(Part::Block(7)));
        assert_eq!(doc.source(2), Some(5..70_010));
        assert_eq!(doc.line(4), None);
    }

    #[test]
    fn offsets_take_one_byte_a_step_and_come_back_whatever_they_are() {
        let mut out = Vec::new();
        let deltas = [
            0,
            1,
            -1,
            2,
            -2,
            63,
            -64,
            64,
            1 << 20,
            -(1 << 40),
            i64::MAX,
            i64::MIN,
        ];
        for d in deltas {
            push_delta(d, &mut out);
        }
        assert_eq!(out[..5], [0, 2, 1, 4, 3], "one byte each");
        let mut at = 0;
        for d in deltas {
            assert_eq!(read_delta(&out, &mut at), d);
        }
        assert_eq!(at, out.len());
    }

    #[test]
    fn a_line_costs_a_small_multiple_of_its_text() {
        let text = "ﺑﺎ".repeat(50);
        let cells: Vec<usize> = (0..100).map(|i| 1000 + 2 * i).collect();
        let one = line(&text, cells, 1000..1200, Part::Block(0));
        let doc = Doc::from_lines(vec![one; 1000]);
        // 300 bytes of visual text, 101 of cells and 28 of fields a line,
        // for 200 bytes of source.
        assert!(doc.bytes() < 1000 * 430, "{}", doc.bytes());
    }
}
