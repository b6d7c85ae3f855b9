//! The help overlay: every entry of the action table with the keys bound
//! to it now and what it does, in the interface's language, mirrored for
//! Arabic, as the view laid it out.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::text::{draw_aligned, draw_frame};
use crate::app::theme::Theme;
use crate::app::view::{Help, HelpRow, View};

/// The keys column's width for the rows laid out.
fn keys_column(rows: &[HelpRow]) -> u16 {
    let widest = rows.iter().filter_map(|(k, _)| k.as_ref()).map(|k| k.width);
    widest.max().unwrap_or(0) as u16
}

pub fn draw(view: &View, help: &Help, theme: &Theme, buf: &mut Buffer) {
    let area = help.area;
    let rows = &help.rows;
    let style = theme.overlay;
    let mirrored = view.mirrored;
    draw_frame(buf, area, (&help.title, &help.close), mirrored, theme);
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
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
