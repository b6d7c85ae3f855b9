//! The bottom row: the search line while typing, else the latest message,
//! else skipped files, else key hints.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::text::{draw_aligned, draw_label, fill};
use crate::app::theme::Theme;
use crate::app::view::{Status, StatusKind, View};
use crate::layout::VisualLine;

pub fn draw(view: &View, theme: &Theme, buf: &mut Buffer, area: Rect) {
    fill(buf, area, theme.status);
    let (label, kind) = match &view.status {
        Status::Search { prompt, query } => {
            draw_search(view, theme, buf, area, (prompt, query.as_ref()));
            return;
        }
        Status::Text { label, kind } => (label, kind),
    };
    let style = match kind {
        StatusKind::Info => theme.message,
        StatusKind::Warning => theme.warning,
        StatusKind::Hints => theme.status,
    };
    draw_label(buf, label, view.mirrored, style);
}

/// The prompt, then the query as the view laid it out.
fn draw_search(
    view: &View,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
    (prompt, query): (&VisualLine, Option<&VisualLine>),
) {
    let mirrored = view.mirrored;
    let style = theme.search;
    let prompt_cells = (prompt.width as u16 + 1).min(area.width);
    let prompt_area = Rect::new(area.x, area.y, area.width, 1);
    draw_aligned(buf, prompt_area, prompt, mirrored, style, |_| None);
    let Some(query) = query else {
        return;
    };
    let width = area.width - prompt_cells;
    let x = if mirrored {
        area.x
    } else {
        area.x + prompt_cells
    };
    let row = Rect::new(x, area.y, width, 1);
    draw_aligned(buf, row, query, mirrored, style, |_| None);
}
