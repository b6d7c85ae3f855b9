//! The bottom row: the search line while typing, else the latest message,
//! else skipped files, else key hints.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::text::{Side, draw_aligned, draw_ui_text, fill, ui_line};
use crate::app::theme::Theme;
use crate::app::view::{Status, StatusKind, View};
use crate::layout::{Direction, LayoutOptions, display_width, fit_line};

pub fn draw(view: &View, theme: &Theme, buf: &mut Buffer, area: Rect) {
    fill(buf, area, theme.status);
    let (text, kind) = match &view.status {
        Status::Search { prompt, input } => {
            draw_search(view, theme, buf, area, (prompt, input));
            return;
        }
        Status::Text { text, kind } => (text, kind),
    };
    let inner = if area.width >= 3 {
        Rect::new(area.x + 1, area.y, area.width - 2, 1)
    } else {
        area
    };
    let style = match kind {
        StatusKind::Info => theme.message,
        StatusKind::Warning => theme.warning,
        StatusKind::Hints => theme.status,
    };
    let (mirrored, opts) = (view.mirrored, &view.opts);
    draw_ui_text(buf, inner, text, Side::Start, mirrored, opts, style);
}

/// `/` then the query as typed, laid out by the engine so Arabic reads
/// right while it is typed.
fn draw_search(view: &View, theme: &Theme, buf: &mut Buffer, area: Rect, line: (&str, &str)) {
    let (prompt, input) = line;
    let mirrored = view.mirrored;
    let style = theme.search;
    let prompt = ui_line(prompt, area.width as usize, mirrored, &view.opts);
    let prompt_cells = (prompt.width as u16 + 1).min(area.width);
    let prompt_area = Rect::new(area.x, area.y, area.width, 1);
    draw_aligned(buf, prompt_area, &prompt, mirrored, style, |_| None);
    let width = area.width - prompt_cells;
    if width == 0 {
        return;
    }
    let x = if mirrored {
        area.x
    } else {
        area.x + prompt_cells
    };
    let opts = LayoutOptions {
        direction: Direction::Auto,
        ..view.opts
    };
    // Typing goes at the end: show the query's end when it is too long.
    let query = tail(input, width as usize - 1);
    let line = fit_line(query, width as usize, &opts);
    draw_aligned(
        buf,
        Rect::new(x, area.y, width, 1),
        &line,
        mirrored,
        style,
        |_| None,
    );
}

/// The longest end of `text` narrower than `cells`.
fn tail(text: &str, cells: usize) -> &str {
    if display_width(text) <= cells {
        return text;
    }
    let mut start = 0;
    for (i, _) in text.char_indices() {
        if display_width(&text[i..]) <= cells {
            start = i;
            break;
        }
    }
    &text[start..]
}
