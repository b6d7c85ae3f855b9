//! Output for terminals that run a bidi algorithm of their own on every
//! row (Konsole with bidi rendering on, mlterm with its `ctl` on) and
//! cannot be told to stop by the ECMA-48 switch.
//!
//! qari's rows are already in visual order and shaped. To keep such a
//! terminal from reordering them again, every strong right-to-left
//! character (and Arabic-Indic digit) is followed by U+200E LEFT-TO-RIGHT MARK: each one becomes a
//! run of its own between strong left-to-right marks, which no bidi
//! algorithm reverses, and the mark also stops the terminal from joining
//! qari's presentation forms a second time. Each row also starts with a
//! mark, so a terminal that takes a row's direction from its first strong
//! character (mlterm) sees a left-to-right row and does not right-align it.
//! The marks have no width: the cells stay where qari put them.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use unicode_bidi::{BidiClass, bidi_class};

use super::konsole_rows;
use super::mlterm_rows::logical_row;
use super::terminal::TerminalStream;

/// U+200E LEFT-TO-RIGHT MARK.
pub const LRM: char = '\u{200E}';

/// How qari's visual rows go to the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowOutput {
    /// As laid out: the terminal draws cells as given (xterm, or VTE after
    /// the ECMA-48 switch).
    Visual,
    /// With a left-to-right mark after every right-to-left letter and at
    /// the start of each row, for a terminal that reorders rows itself.
    Guarded,
    /// As laid out, with mlterm's own bidi and shaping switched off while
    /// qari draws and back on afterwards (mlterm applies them as it writes
    /// a row, so rows written meanwhile stay as qari drew them).
    MltermCtlOff,
    /// As laid out, with Konsole's bidi rendering switched off while qari
    /// draws and back on afterwards (see `konsole`).
    KonsoleBidiOff,
    /// As laid out, for a Konsole told its bidi rendering is off
    /// (`bidi = "qari"`), but with the status line guarded: it carries the
    /// hint to turn bidi rendering off, which must read right while it is
    /// still on (guarded cells look the same with it off).
    KonsoleAsIs,
    /// Printed rows for an mlterm with its bidi and shaping on: each row as
    /// the logical text mlterm lays out into the same cells (see
    /// `mlterm_rows`).
    MltermLogical,
    /// Printed rows for a Konsole with its bidi rendering on: each row as
    /// the logical text Konsole lays out into the same cells (see
    /// `konsole_rows`).
    KonsoleLogical,
}

/// A character that a bidi algorithm moves in a left-to-right row: the
/// right-to-left letters, and the Arabic-Indic digits and separators (AN),
/// which pull the spaces and letters next to them into their run.
fn right_to_left(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

/// A mark that attaches to the preceding character (harakat, the zero-width
/// joiners) and so belongs to its cell.
fn attached(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::NSM | BidiClass::BN) && c != LRM
}

/// `row` with a mark at its start and one after every right-to-left letter
/// (after the harakat on it, so they stay on their letter).
pub fn guard_row(row: &str) -> String {
    let mut out = String::with_capacity(row.len() + row.len() / 2 + 3);
    out.push(LRM);
    out.push_str(&guard_cell(row));
    out
}

/// The characters of one cell (or any text) with a mark after every
/// right-to-left letter and the harakat on it.
pub fn guard_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 3);
    let mut pending = false;
    for c in text.chars() {
        if pending && !attached(c) {
            out.push(LRM);
            pending = false;
        }
        out.push(c);
        pending |= right_to_left(c);
    }
    if pending {
        out.push(LRM);
    }
    out
}

/// Whether `text` needs guarding at all.
fn has_right_to_left(text: &str) -> bool {
    text.chars().any(right_to_left)
}

/// A ratatui backend that guards every cell it draws when asked to: a
/// right-to-left letter carries its mark in the cell's own symbol, so a
/// partial redraw of a row keeps the guard, and the first cell of a row
/// carries the row's leading mark whenever it is drawn.
pub struct GuardedBackend<B> {
    inner: B,
    output: RowOutput,
}

impl<B> GuardedBackend<B> {
    pub fn new(inner: B, output: RowOutput) -> Self {
        GuardedBackend { inner, output }
    }

    pub fn output(&self) -> RowOutput {
        self.output
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }
}

/// The cell as it goes to a terminal that reorders rows itself.
fn guarded_cell(x: u16, cell: &Cell) -> Option<Cell> {
    let symbol = cell.symbol();
    let rtl = has_right_to_left(symbol);
    if x != 0 && !rtl {
        return None;
    }
    let mut guarded = cell.clone();
    let mut text = if rtl {
        guard_cell(symbol)
    } else {
        symbol.to_string()
    };
    if x == 0 {
        // After the cell's character, so it belongs to this cell; a
        // right-to-left first cell already ends with one, which also
        // comes before any later strong letter.
        if !rtl {
            text.push(LRM);
        }
    }
    guarded.set_symbol(&text);
    Some(guarded)
}

impl<B: Backend> Backend for GuardedBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // The rows to guard: all, or the status line (the last row).
        let from = match self.output {
            RowOutput::Guarded => 0,
            RowOutput::KonsoleAsIs => self.inner.size()?.height.saturating_sub(1),
            _ => return self.inner.draw(content),
        };
        let cells: Vec<(u16, u16, &Cell, Option<Cell>)> = content
            .map(|(x, y, cell)| {
                (
                    x,
                    y,
                    cell,
                    (y >= from).then(|| guarded_cell(x, cell)).flatten(),
                )
            })
            .collect();
        self.inner.draw(
            cells
                .iter()
                .map(|(x, y, cell, guarded)| (*x, *y, guarded.as_ref().unwrap_or(cell))),
        )
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

impl<B: TerminalStream> TerminalStream for GuardedBackend<B> {
    fn stream(&mut self) -> Option<&mut dyn Write> {
        self.inner.stream()
    }
}

/// A writer for laid-out lines: with `Guarded`, each line is guarded as it
/// ends (a line is held back until its newline, or until `finish`).
pub struct GuardedLines<'w> {
    out: &'w mut dyn Write,
    output: RowOutput,
    line: Vec<u8>,
    width: usize,
}

impl<'w> GuardedLines<'w> {
    pub fn new(out: &'w mut dyn Write, output: RowOutput) -> Self {
        GuardedLines {
            out,
            output,
            line: Vec::new(),
            width: 80,
        }
    }

    /// The terminal's width, which mlterm's rows are placed against.
    pub fn for_width(mut self, width: usize) -> Self {
        self.width = width;
        self
    }

    fn emit(&mut self) -> io::Result<()> {
        let text = String::from_utf8_lossy(&self.line);
        let guarded = match self.output {
            RowOutput::MltermLogical => {
                let row = text.strip_suffix('\n').unwrap_or(&text);
                let row = row.strip_suffix('\r').unwrap_or(row);
                let end = &text[row.len()..];
                // A row no logical text gives goes as laid out.
                let logical = logical_row(row, self.width).unwrap_or_else(|| row.to_string());
                logical + end
            }
            RowOutput::KonsoleLogical => {
                let row = text.strip_suffix('\n').unwrap_or(&text);
                let row = row.strip_suffix('\r').unwrap_or(row);
                let end = &text[row.len()..];
                // A row no logical text gives keeps its order guarded.
                konsole_rows::logical_row(row).unwrap_or_else(|| guard_row(row)) + end
            }
            _ => guard_row(&text),
        };
        self.line.clear();
        self.out.write_all(guarded.as_bytes())
    }

    /// Writes out a last line that had no newline.
    pub fn finish(&mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            self.emit()?;
        }
        self.out.flush()
    }
}

impl Write for GuardedLines<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !matches!(
            self.output,
            RowOutput::Guarded | RowOutput::MltermLogical | RowOutput::KonsoleLogical
        ) {
            return self.out.write(buf);
        }
        for piece in buf.split_inclusive(|b| *b == b'\n') {
            self.line.extend_from_slice(piece);
            if piece.ends_with(b"\n") {
                self.emit()?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(LRM, "|")
    }

    #[test]
    fn every_right_to_left_letter_is_followed_by_a_mark() {
        // Presentation forms as qari draws them, a digit run, Latin.
        let row = "ﻝﺎﻗ 2024 ok";
        assert_eq!(shown(&guard_row(row)), "|ﻝ|ﺎ|ﻗ| 2024 ok");
    }

    #[test]
    fn arabic_indic_digits_are_guarded_one_by_one() {
        // Left unguarded, "٣٫٢" next to a letter's space would take the
        // space and the letter into its run and be moved among them.
        assert_eq!(shown(&guard_row("٪٣٫٢ ى")), "|٪٣|٫|٢| ى|");
    }

    #[test]
    fn harakat_stay_with_their_letter() {
        assert_eq!(shown(&guard_cell("مُ")), "مُ|");
        assert_eq!(shown(&guard_cell("مُدَ")), "مُ|دَ|");
    }

    #[test]
    fn latin_rows_only_gain_the_leading_mark() {
        assert_eq!(shown(&guard_row("Reading list")), "|Reading list");
    }

    #[test]
    fn guarded_lines_are_guarded_one_by_one() {
        let mut out = Vec::new();
        let mut w = GuardedLines::new(&mut out, RowOutput::Guarded);
        write!(w, "ab ﻝ\nc").unwrap();
        w.finish().unwrap();
        assert_eq!(shown(&String::from_utf8(out).unwrap()), "|ab ﻝ|\n|c");
        let mut plain = Vec::new();
        let mut w = GuardedLines::new(&mut plain, RowOutput::Visual);
        write!(w, "ab ﻝ\nc").unwrap();
        w.finish().unwrap();
        assert_eq!(plain, "ab ﻝ\nc".as_bytes());
    }

    #[test]
    fn the_backend_guards_cells_and_each_row_start() {
        use ratatui::backend::TestBackend;
        let mut backend = GuardedBackend::new(TestBackend::new(3, 1), RowOutput::Guarded);
        let (a, b) = (Cell::new("x"), Cell::new("ﻝ"));
        let cells = [(0, 0, &a), (1, 0, &b), (2, 0, &a)];
        backend.draw(cells.into_iter()).unwrap();
        let drawn: Vec<String> = backend
            .inner()
            .buffer()
            .content()
            .iter()
            .map(|c| shown(c.symbol()))
            .collect();
        assert_eq!(drawn, ["x|", "ﻝ|", "x"]);
    }

    #[test]
    fn rows_as_they_are_for_konsole_guard_only_the_status_line() {
        use ratatui::backend::TestBackend;
        let mut backend = GuardedBackend::new(TestBackend::new(2, 2), RowOutput::KonsoleAsIs);
        let (a, b) = (Cell::new("x"), Cell::new("ﻝ"));
        let cells = [(0, 0, &a), (1, 0, &b), (0, 1, &a), (1, 1, &b)];
        backend.draw(cells.into_iter()).unwrap();
        let drawn: Vec<String> = backend
            .inner()
            .buffer()
            .content()
            .iter()
            .map(|c| shown(c.symbol()))
            .collect();
        assert_eq!(drawn, ["x", "ﻝ", "x|", "ﻝ|"]);
    }
}
