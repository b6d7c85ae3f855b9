//! The layout engine: text + width + options -> visual lines.
//!
//! Pure: no terminal, no I/O. The pipeline follows UAX #9's order:
//! paragraph level (P2/P3) -> shaping in logical order -> line breaking
//! (UAX #14) by display width -> per-line reordering (L1-L4).

mod breaks;
mod digits;
mod draw;
mod forms;
mod justify;
pub mod levels;
mod measure;
mod options;
mod para;
mod props;
pub mod reorder;
mod shape;
mod wrap;

use std::ops::{ControlFlow, Range};

pub use forms::{Form, presentation_form};
pub use measure::display_width;
pub use options::{Digits, Direction, Justify, LayoutOptions, Shaping, Tashkeel};

use draw::{draw_bytes, draw_line};
pub use para::Buffers;
use para::Prepared;
use wrap::LineSpan;

/// One line as the terminal should draw it, left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualLine {
    /// The text in visual order: draw it cell after cell from the left.
    pub text: String,
    /// Its width in terminal cells.
    pub width: usize,
    /// For each cell from the left, the byte offset in the source paragraph
    /// (logical, before shaping) of the character drawn there.
    pub cells: Vec<usize>,
    /// The byte range of the source paragraph this line covers.
    pub source: Range<usize>,
    /// The resolved paragraph direction: right-to-left paragraphs are
    /// right-aligned by whoever draws them.
    pub rtl: bool,
}

/// The resolved direction of a paragraph: `Auto` applies UAX #9 P2/P3 (the
/// first strong character outside isolates) and falls back to
/// right-to-left when there is none, since qari reads Arabic.
pub fn is_rtl(text: &str, dir: Direction) -> bool {
    match dir {
        Direction::Rtl => true,
        Direction::Ltr => false,
        Direction::Auto => reorder::first_strong_is_rtl(text).unwrap_or(true),
    }
}

/// Lays one paragraph out as visual lines at most `width` cells wide
/// (`0` counts as `1`). Line feeds and other separators inside it count as
/// spaces; an empty paragraph gives one empty line. A line is wider than
/// `width` only when a single grapheme cluster is.
pub fn layout_paragraph(text: &str, width: usize, opts: &LayoutOptions) -> Vec<VisualLine> {
    let mut lines = Vec::new();
    layout_paragraph_each(text, width, opts, |line| {
        lines.push(line);
        ControlFlow::Continue(())
    });
    lines
}

/// The lines `layout_paragraph` gives, handed to `each` one at a time, so
/// that a caller keeping them in its own form never holds them all; `each`
/// may stop the layout (a long one the user no longer wants).
pub fn layout_paragraph_each(
    text: &str,
    width: usize,
    opts: &LayoutOptions,
    mut each: impl FnMut(VisualLine) -> ControlFlow<()>,
) {
    let width = width.max(1);
    let p = Prepared::new(text, opts);
    let spans = wrap::wrap(&p.text, &p.units, width);
    let last = spans.len().saturating_sub(1);
    for (i, span) in spans.iter().enumerate() {
        let justify = opts.justify == Justify::Kashida && i < last;
        if each(line(&p, span, width, justify)).is_break() {
            return;
        }
    }
}

/// Appends the text of each line `layout_paragraph` gives, followed by a
/// line feed, to `out`: the same lines without building the cell maps,
/// for printing many paragraphs fast (`qari render`).
pub fn render_paragraph(text: &str, width: usize, opts: &LayoutOptions, out: &mut String) {
    render_paragraph_in(text, width, opts, out, &mut Buffers::default());
}

/// `render_paragraph` in buffers kept from one paragraph to the next.
pub fn render_paragraph_in(
    text: &str,
    width: usize,
    opts: &LayoutOptions,
    out: &mut String,
    buffers: &mut Buffers,
) {
    let mut bytes = std::mem::take(&mut buffers.rendered);
    bytes.clear();
    render_paragraph_bytes(text, width, opts, &mut bytes, buffers);
    // Whole characters of the shaped text were copied, so this always holds.
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(s) => out.push_str(s),
        Err(_) => out.push_str(&String::from_utf8_lossy(&bytes)),
    }
    buffers.rendered = bytes;
}

/// `render_paragraph_in` appending to bytes, UTF-8 text that is not
/// checked again, for writing it out as it is (`qari render`).
pub fn render_paragraph_bytes(
    text: &str,
    width: usize,
    opts: &LayoutOptions,
    out: &mut Vec<u8>,
    buffers: &mut Buffers,
) {
    let width = width.max(1);
    let p = Prepared::with(text, opts, buffers);
    let buf = &mut buffers.line;
    let spans = wrap::wrap(&p.text, &p.units, width);
    let last = spans.len().saturating_sub(1);
    for (i, span) in spans.iter().enumerate() {
        if opts.justify == Justify::Kashida && i < last {
            out.extend_from_slice(line(&p, span, width, true).text.as_bytes());
        } else {
            let units = &p.units[span.start..span.content_end];
            draw_bytes(&p.text, units, p.para, buf, out, p.controls);
        }
        out.push(b'\n');
    }
    p.recycle(buffers);
}

/// The same lines as `layout_paragraph`, in logical order, shaped and not
/// yet reordered: contiguous slices of the shaped paragraph, each with the
/// whitespace hanging at its end, so that together they give the shaped
/// paragraph back.
pub fn layout_logical(text: &str, width: usize, opts: &LayoutOptions) -> Vec<String> {
    let width = width.max(1);
    let p = Prepared::new(text, opts);
    wrap::wrap(&p.text, &p.units, width)
        .iter()
        .map(|span| p.logical(span.start, span.end).to_string())
        .collect()
}

fn line(p: &Prepared, span: &LineSpan, width: usize, justify: bool) -> VisualLine {
    let source = p.source_at(span.start)..p.source_at(span.end);
    let units = &p.units[span.start..span.content_end];
    if justify && let Some((text, units)) = justify::kashida(&p.text, units, width) {
        return draw_line(&text, &units, p.para, p.rtl, source);
    }
    draw_line(&p.text, units, p.para, p.rtl, source)
}

/// One visual line for a list row or a title: the paragraph on a single
/// line, or, when it does not fit, its beginning with an ellipsis "…" at
/// its logical end (drawn at the left of a right-to-left line). Never wider
/// than `width` (`0` counts as `1`).
pub fn fit_line(text: &str, width: usize, opts: &LayoutOptions) -> VisualLine {
    let width = width.max(1);
    let whole = Prepared::new(text, opts);
    let total: usize = whole.units.iter().map(|u| usize::from(u.width)).sum();
    let all = LineSpan {
        start: 0,
        content_end: whole.units.len(),
        end: whole.units.len(),
    };
    if total <= width {
        return line(&whole, &all, width, false);
    }
    // Keep the clusters that fit before the ellipsis, then shape and
    // resolve again so the last kept letter takes its final form and the
    // ellipsis takes the level its context gives it.
    let opts = LayoutOptions {
        direction: if whole.rtl {
            Direction::Rtl
        } else {
            Direction::Ltr
        },
        ..*opts
    };
    let mut keep = 0;
    let mut used = 0;
    for u in &whole.units {
        if used + usize::from(u.width) + 1 > width {
            break;
        }
        used += usize::from(u.width);
        keep += 1;
    }
    loop {
        let cut = whole.source_at(keep);
        let mut short = text[..cut].trim_end().to_string();
        short.push('…');
        let p = Prepared::new(&short, &opts);
        let span = LineSpan {
            start: 0,
            content_end: p.units.len(),
            end: p.units.len(),
        };
        let mut l = line(&p, &span, width, false);
        if l.width <= width || keep == 0 {
            l.source = 0..cut;
            return l;
        }
        keep -= 1;
    }
}

#[cfg(test)]
mod tests;
