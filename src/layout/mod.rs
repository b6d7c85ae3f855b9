//! The layout engine: text + width + options -> visual lines.
//!
//! Pure: no terminal, no I/O. The pipeline follows UAX #9's order:
//! paragraph level (P2/P3) -> shaping in logical order -> line breaking
//! (UAX #14) by display width -> per-line reordering (L1-L4).

mod options;

use std::ops::Range;

pub use options::{Digits, Direction, Justify, LayoutOptions, Shaping, Tashkeel};

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
