//! The help overlay: every entry of the action table with the keys bound
//! to it now and what it does, in the interface's language, mirrored for
//! Arabic, as the view laid it out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

use super::text::{Side, draw_aligned, draw_ui_text, fill};
use crate::app::theme::Theme;
use crate::app::view::{Help, HelpRow, View};

/// The keys column's width for the rows laid out.
fn keys_column(rows: &[HelpRow]) -> u16 {
    let widest = rows.iter().filter_map(|(k, _)| k.as_ref()).map(|k| k.width);
    widest.max().unwrap_or(0) as u16
}

pub fn draw(view: &View, help: &Help, theme: &Theme, buf: &mut Buffer) {
    let screen = buf.area;
    let width = help.width;
    if width < 6 {
        return;
    }
    let rows = &help.rows;
    let height = screen.height.saturating_sub(1).min(rows.len() as u16 + 2);
    if height < 3 {
        return;
    }
    let x = screen.x + (screen.width - width) / 2;
    let y = screen.y + (screen.height.saturating_sub(1) - height) / 2;
    let area = Rect::new(x, y, width, height);
    let style = theme.overlay;
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(theme.dim))
        .render(area, buf);
    let mirrored = view.mirrored;
    let opts = &view.opts;
    let edge = |y| Rect::new(x + 2, y, width - 4, 1);
    let title_style = theme.title.patch(style);
    draw_ui_text(
        buf,
        edge(y),
        help.title,
        Side::Start,
        mirrored,
        opts,
        title_style,
    );
    let dim = style.patch(theme.dim);
    let footer = edge(y + height - 1);
    draw_ui_text(buf, footer, &help.close, Side::End, mirrored, opts, dim);
    let inner = Rect::new(x + 2, y + 1, width - 4, height - 2);
    let keys_width = keys_column(rows);
    let what_width = inner.width.saturating_sub(keys_width + 2);
    let first = help
        .scroll
        .min(rows.len().saturating_sub(usize::from(inner.height)));
    let key_style = style.patch(theme.heading);
    for (row, (keys, what)) in rows
        .iter()
        .skip(first)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + row as u16;
        let (keys_x, what_x) = if mirrored {
            (inner.right() - keys_width, inner.x)
        } else {
            (inner.x, inner.x + keys_width + 2)
        };
        if let Some(keys) = keys {
            let area = Rect::new(keys_x, y, keys_width, 1);
            draw_aligned(buf, area, keys, mirrored, key_style, |_| None);
        }
        let area = Rect::new(what_x, y, what_width, 1);
        draw_aligned(buf, area, what, mirrored, style, |_| None);
    }
}
