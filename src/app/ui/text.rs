//! Putting the layout engine's visual lines on the screen, cell by cell,
//! exactly where the engine measured them: ratatui never wraps, aligns or
//! measures qari's text.

use std::borrow::Cow;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};
use unicode_segmentation::UnicodeSegmentation;

use crate::app::isolate;
use crate::app::theme::Theme;
use crate::layout::{
    Direction, LayoutOptions, VisualLine, display_width, fit_line, layout_paragraph,
};

/// Which end of a row text goes to, in the interface's reading direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Start,
    End,
}

/// Draws a visual line into one row of `area`, right-aligned when it is
/// right-to-left. `style_at` styles each cell from its source byte offset.
pub fn draw_line(
    buf: &mut Buffer,
    area: Rect,
    line: &VisualLine,
    base: Style,
    style_at: impl Fn(usize) -> Option<Style>,
) {
    let right = line.rtl;
    draw_aligned(buf, area, line, right, base, style_at);
}

/// Draws a visual line at the left or the right of a row.
pub fn draw_aligned(
    buf: &mut Buffer,
    area: Rect,
    line: &VisualLine,
    right: bool,
    base: Style,
    style_at: impl Fn(usize) -> Option<Style>,
) {
    let area = area.intersection(buf.area);
    if area.width == 0 || area.height == 0 {
        return;
    }
    let width = area.width as usize;
    let used = line.width.min(width);
    let start = if right { width - used } else { 0 };
    let mut cell = 0;
    for grapheme in line.text.graphemes(true) {
        // Sanitized text has no controls; a stray one must never reach the terminal.
        if grapheme.chars().any(char::is_control) {
            continue;
        }
        let cells = display_width(grapheme);
        if cells == 0 {
            continue;
        }
        if cell + cells > used {
            break;
        }
        let style = line
            .cells
            .get(cell)
            .and_then(|&byte| style_at(byte))
            .unwrap_or(base);
        let x = area.x + (start + cell) as u16;
        let target = &mut buf[(x, area.y)];
        target.set_symbol(grapheme).set_style(style);
        // The engine's measure is the one the layout used: make ratatui agree.
        if grapheme.cell_width() as usize != cells
            && let Some(forced) = NonZeroU16::new(cells as u16)
        {
            target.set_diff_option(CellDiffOption::ForcedWidth(forced));
        }
        for covered in 1..cells {
            buf[(x + covered as u16, area.y)].reset();
        }
        cell += cells;
    }
}

/// Lays out a short interface string on one line (with an ellipsis when
/// it does not fit) in the interface's direction.
pub fn ui_line(text: &str, width: usize, mirrored: bool, opts: &LayoutOptions) -> VisualLine {
    let opts = LayoutOptions {
        direction: ui_direction(mirrored),
        ..*opts
    };
    fit_line(&ui_text(text, mirrored), width.max(1), &opts)
}

/// In a right-to-left interface, Latin fragments (keys, flags, paths,
/// English file names in a notice) are isolated so they read as written.
fn ui_text(text: &str, mirrored: bool) -> Cow<'_, str> {
    if mirrored {
        isolate::latin_runs(text)
    } else {
        Cow::Borrowed(text)
    }
}

/// Lays out interface text (hints, notices) over as many lines as it needs.
pub fn ui_paragraph(
    text: &str,
    width: usize,
    mirrored: bool,
    opts: &LayoutOptions,
) -> Vec<VisualLine> {
    let opts = LayoutOptions {
        direction: ui_direction(mirrored),
        ..*opts
    };
    layout_paragraph(&ui_text(text, mirrored), width.max(1), &opts)
}

fn ui_direction(mirrored: bool) -> Direction {
    if mirrored {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Draws a label the view laid out, at its side of its row.
pub fn draw_label(buf: &mut Buffer, label: &Label, mirrored: bool, style: Style) {
    if label.area.width == 0 {
        return;
    }
    let right = (label.side == Side::Start) == mirrored;
    draw_aligned(buf, label.area, &label.line, right, style, |_| None);
}

/// Lays out a short interface string for a row, to be drawn at one side.
pub fn label(text: &str, area: Rect, side: Side, mirrored: bool, opts: &LayoutOptions) -> Label {
    Label {
        area,
        line: ui_line(text, area.width as usize, mirrored, opts),
        side,
    }
}

/// An interface string laid out for a row, and the side it goes to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub area: Rect,
    pub line: VisualLine,
    pub side: Side,
}

/// A row without its one-cell margins.
pub fn inset(row: Rect) -> Rect {
    if row.width < 3 {
        return row;
    }
    Rect::new(row.x + 1, row.y, row.width - 2, row.height)
}

/// An overlay's frame: its area filled, a dim border, and its title and
/// key hint on the border, as the view laid them out.
pub fn draw_frame(
    buf: &mut Buffer,
    area: Rect,
    (title, keys): (&Label, &Label),
    mirrored: bool,
    theme: &Theme,
) {
    let style = theme.overlay;
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(theme.dim))
        .render(area, buf);
    draw_label(buf, title, mirrored, theme.title.patch(style));
    draw_label(buf, keys, mirrored, style.patch(theme.dim));
}

/// Fills a rectangle with spaces in a style.
pub fn fill(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            buf[(x, y)].reset();
            buf[(x, y)].set_style(style);
        }
    }
}
