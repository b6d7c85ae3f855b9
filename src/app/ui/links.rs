//! The link list over the reading pane: numbered rows of words and URLs,
//! the chosen one highlighted, and its URL whole under them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::text::{draw_aligned, draw_frame, draw_label, fill};
use crate::app::theme::Theme;
use crate::app::view::{LinksView, View};

pub fn draw(view: &View, links: &LinksView, theme: &Theme, buf: &mut Buffer) {
    let area = links.area;
    let style = theme.overlay;
    let mirrored = view.mirrored;
    draw_frame(buf, area, (&links.title, &links.keys), mirrored, theme);
    for (i, (words, url)) in links.rows.iter().enumerate() {
        let row_style = if Some(i) == links.selected {
            let chosen = style.patch(theme.selected);
            let row = Rect::new(area.x + 1, words.area.y, area.width - 2, 1);
            fill(buf, row, chosen);
            chosen
        } else {
            style
        };
        draw_label(buf, words, mirrored, row_style);
        if let Some(url) = url {
            draw_label(buf, url, mirrored, row_style.patch(theme.dim));
        }
    }
    let url_style = style.patch(theme.byline);
    for (row, line) in links.url.iter().enumerate() {
        let y = links.url_area.y + row as u16;
        let at = Rect::new(links.url_area.x, y, links.url_area.width, 1);
        draw_aligned(buf, at, line, false, url_style, |_| None);
    }
}
