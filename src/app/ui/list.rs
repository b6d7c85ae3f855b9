//! The list pane: a header with the counter, then two rows per article:
//! unread dot and title, then author or source, date and reading minutes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::model::Pane;

use super::text::{draw_aligned, draw_label, draw_line, fill};
use crate::app::theme::Theme;
use crate::app::view::{ListPane, ListRow, View};

pub fn draw(view: &View, list: &ListPane, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let panes = &view.panes;
    let mirrored = view.mirrored;
    if let Some(header) = panes.list_header() {
        let style = if view.focus == Pane::List {
            theme.focused_header
        } else {
            theme.header
        };
        fill(buf, header, style);
        for label in list.header.iter().flatten() {
            draw_label(buf, label, mirrored, style);
        }
    }
    let Some(rows) = panes.list_rows() else {
        return;
    };
    fill(buf, rows, theme.text);
    if let Some(empty) = &list.empty {
        draw_label(buf, empty, mirrored, theme.dim);
        return;
    }
    for (slot, article) in list.rows.iter().enumerate() {
        let y = rows.y + (slot as u16) * 2;
        let height = (rows.bottom() - y).min(2);
        let row = Rect::new(area.x, y, area.width, height);
        draw_row(view, article, theme, buf, row);
    }
}

/// One article's two rows: unread dot and title, bookmark star and byline.
fn draw_row(view: &View, article: &ListRow, theme: &Theme, buf: &mut Buffer, row: Rect) {
    let mirrored = view.mirrored;
    let (y, height) = (row.y, row.height);
    let base = if article.selected {
        theme.selected
    } else {
        theme.text
    };
    fill(buf, row, base);
    let Some(lines) = &article.lines else {
        return;
    };
    // Margin, dot, space on the start side; a margin on the end side.
    let dot_x = if mirrored {
        row.right().saturating_sub(2)
    } else {
        row.x + 1
    };
    let text_x = if mirrored { row.x + 1 } else { row.x + 3 };
    let text_width = row.width.saturating_sub(4);
    if row.width >= 4 && article.unread {
        buf[(dot_x, y)]
            .set_symbol("●")
            .set_style(base.patch(theme.unread));
    }
    if row.width >= 4 && height == 2 && article.bookmarked {
        buf[(dot_x, y + 1)]
            .set_symbol("★")
            .set_style(base.patch(theme.bookmark));
    }
    let title_row = Rect::new(text_x, y, text_width, 1);
    let title_style = base.patch(theme.title);
    draw_line(buf, title_row, &lines.title, title_style, |_| None);
    if height == 2 {
        let meta_row = Rect::new(text_x, y + 1, text_width, 1);
        let meta_style = if article.selected { base } else { theme.dim };
        // Aligned with the title, whatever the line's own direction.
        let right = lines.title.rtl;
        draw_aligned(buf, meta_row, &lines.meta, right, meta_style, |_| None);
    }
}
