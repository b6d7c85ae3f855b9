//! A paragraph prepared for layout: shaped text, its embedding levels, and
//! its grapheme clusters.

use unicode_bidi::BidiClass;

use super::draw::LineBuf;
use super::is_rtl;
use super::levels::Weak;
use super::options::LayoutOptions;
use super::props::{CharProps, Props};
use super::shape::{Sink, shape_into};

mod clusters;
use clusters::units_in;

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
    text: String,
    /// The shaped text as `Pass` writes it.
    shaped: Vec<u8>,
    units: Vec<Unit>,
    weak: Vec<BidiClass>,
    firsts: Vec<u32>,
    levels: Vec<u8>,
    run: Vec<(char, u32)>,
    /// For drawing lines.
    pub(crate) line: LineBuf,
    /// The lines of `render_paragraph_in` before they are checked.
    pub(crate) rendered: Vec<u8>,
}

pub(crate) struct Prepared {
    /// The shaped text.
    pub text: String,
    pub units: Vec<Unit>,
    pub para: u8,
    pub rtl: bool,
    pub source_len: usize,
    /// Whether the shaped text holds a bidi control.
    pub controls: bool,
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
    pub fn with(source: &str, opts: &LayoutOptions, buf: &mut Buffers) -> Prepared {
        let rtl = is_rtl(source, opts.direction);
        let para = u8::from(rtl);
        let len = source.len();
        let mut pass = Pass {
            bytes: std::mem::take(&mut buf.shaped),
            len: 0,
            units: std::mem::take(&mut buf.units),
            weak: Weak::new(para, std::mem::take(&mut buf.weak)),
            firsts: std::mem::take(&mut buf.firsts),
            run: std::mem::take(&mut buf.run),
            props: Props::get(),
            last_simple: false,
            run_from: (0, 0),
        };
        // Arabic letters take 2 bytes and their presentation forms 3, and
        // there is at most one character per byte: sized once, the shaped
        // text is grown only by control characters (1 byte, shown in 3).
        if pass.bytes.len() < len + len / 2 + 8 {
            pass.bytes.resize(len + len / 2 + 8, 0);
        }
        pass.units.clear();
        pass.units.reserve(len / 2 + 8);
        pass.firsts.clear();
        pass.run.clear();
        shape_into(source, opts, &mut pass);
        pass.finish();
        let Pass {
            bytes,
            len: shaped,
            mut units,
            mut weak,
            firsts,
            run,
            ..
        } = pass;
        // Whole characters were written, so this always holds.
        let mut text = std::mem::take(&mut buf.text);
        text.clear();
        match simdutf8::basic::from_utf8(&bytes[..shaped]) {
            Ok(s) => text.push_str(s),
            Err(_) => text.push_str(&String::from_utf8_lossy(&bytes[..shaped])),
        }
        buf.shaped = bytes;
        let controls = weak.has_controls();
        let levels = &mut buf.levels;
        weak.levels(&text, para, levels);
        if firsts.is_empty() {
            for (u, &level) in units.iter_mut().zip(levels.iter()) {
                u.level = level;
            }
        } else {
            for (u, &first) in units.iter_mut().zip(&firsts) {
                u.level = levels[first as usize];
            }
        }
        buf.weak = weak.into_buffer();
        buf.firsts = firsts;
        buf.run = run;
        Prepared {
            text,
            units,
            para,
            rtl,
            source_len: len,
            controls,
        }
    }

    /// Gives the buffers back for the next paragraph.
    pub fn recycle(self, buf: &mut Buffers) {
        buf.text = self.text;
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
            .map_or(self.text.len(), |u| u.start as usize);
        let to = self
            .units
            .get(end)
            .map_or(self.text.len(), |u| u.start as usize);
        &self.text[from..to]
    }
}

/// The pass that takes each shaped character as shaping gives it: keeps
/// it, looks its properties up once, notes its bidi class, applies W1–W3
/// (`Weak`), and makes the grapheme clusters (units, levels not yet set).
/// Between two simple characters there is always a cluster boundary
/// (`measure::is_simple`), so a simple character is taken as a cluster of
/// its own at once, and taken back into `run` if a character that is not
/// simple follows it; characters then wait in `run` until the next
/// simple character that follows a simple one. In `firsts`, once a
/// cluster of several characters has been met, the index of each unit's
/// first character (empty while each character is a unit of its own).
struct Pass {
    /// The shaped text up to `len`, then room for the next character.
    bytes: Vec<u8>,
    len: usize,
    units: Vec<Unit>,
    weak: Weak,
    firsts: Vec<u32>,
    run: Vec<(char, u32)>,
    props: Props,
    /// Whether the last character given is simple.
    last_simple: bool,
    /// The index and byte offset of the first character in `run`.
    run_from: (usize, u32),
}

impl Sink for Pass {
    #[inline(always)]
    fn put(&mut self, c: char, src: u32) {
        self.put_with(c, self.props.of(c), src);
    }

    #[inline(always)]
    fn put_with(&mut self, c: char, props: CharProps, src: u32) {
        let mut utf8 = [0; 4];
        let n = c.encode_utf8(&mut utf8).len();
        self.put_encoded(c, utf8, n, props, src);
    }

    #[inline(always)]
    fn put_ascii(&mut self, c: char, src: u32) {
        self.put_encoded(c, [c as u8, 0, 0, 0], 1, self.props.of(c), src);
    }

    #[inline(always)]
    fn put_encoded(&mut self, c: char, utf8: [u8; 4], n: usize, props: CharProps, src: u32) {
        let i = self.weak.len();
        let start = self.len as u32;
        // All four bytes, whatever the length: a branch on it would be
        // missed at every word boundary.
        match self.bytes.get_mut(self.len..self.len + 4) {
            Some(to) => to.copy_from_slice(&utf8),
            None => self.grow(utf8),
        }
        self.len += n;
        self.weak.push(props);
        if self.run.is_empty() {
            if props.simple {
                self.single(c, props, start, src, i);
            } else {
                self.start_run(c, src, i, start);
            }
        } else if props.simple && self.last_simple {
            self.flush_run();
            self.single(c, props, start, src, i);
        } else {
            self.run.push((c, src));
        }
        self.last_simple = props.simple;
    }
}

impl Pass {
    /// Makes room for more characters than were thought possible.
    #[cold]
    #[inline(never)]
    fn grow(&mut self, utf8: [u8; 4]) {
        self.bytes.resize(self.bytes.len() * 2 + 8, 0);
        self.bytes[self.len..self.len + 4].copy_from_slice(&utf8);
    }

    /// A simple character as a cluster of its own.
    #[inline(always)]
    fn single(&mut self, c: char, p: CharProps, start: u32, src: u32, index: usize) {
        if !self.firsts.is_empty() {
            self.firsts.push(index as u32);
        }
        // `c` is the last character of the text.
        self.units.push(Unit {
            start,
            end: self.len as u32,
            width: u16::from(p.width),
            level: 0,
            class: p.class,
            src,
            plain: p.plain.then_some(c),
        });
    }

    /// Starts `run` at `c`, a character that is not simple, at index `i`
    /// and byte `start`, taking back the simple character before it.
    #[inline(never)]
    fn start_run(&mut self, c: char, src: u32, i: usize, start: u32) {
        self.run_from = (i, start);
        if i > 0
            && let Some(u) = self.units.pop()
        {
            if !self.firsts.is_empty() {
                self.firsts.pop();
            }
            // Mostly a letter, drawn as it is: its character is at hand.
            let before = u.plain.unwrap_or_else(|| {
                std::str::from_utf8(&self.bytes[u.start as usize..u.end as usize])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or(c)
            });
            self.run.push((before, u.src));
            self.run_from = (i - 1, u.start);
        }
        self.run.push((c, src));
    }

    /// The units of the characters waiting in `run`.
    #[inline(never)]
    fn flush_run(&mut self) {
        let (index, start) = self.run_from;
        let chars = &*self.run;
        let text = &self.bytes[start as usize..self.len];
        let (units, firsts) = (&mut self.units, &mut self.firsts);
        units_in(text, start as usize, chars, index, units, firsts);
        self.run.clear();
    }

    /// Makes the last units.
    fn finish(&mut self) {
        if !self.run.is_empty() {
            self.flush_run();
        }
    }
}

#[cfg(test)]
mod tests;
