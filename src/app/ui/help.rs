//! The help overlay: every binding of the keymap with what it does, in the
//! interface's language, mirrored for Arabic.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

use super::text::{Side, draw_ui_text, fill};
use crate::app::hints::help_close;
use crate::app::keymap::help_lines;
use crate::app::state::State;
use crate::i18n::HelpStrings;

/// Cells given to the keys column.
const KEYS_WIDTH: u16 = 18;

pub fn draw(state: &State, buf: &mut Buffer, scroll: usize) {
    let screen = buf.area;
    let s = state.strings();
    let h = HelpStrings::get(state.lang);
    let lines: Vec<(String, &str)> = help_lines(h)
        .into_iter()
        .map(|(actions, what)| {
            let keys = if actions.is_empty() {
                h.mouse_keys.to_string()
            } else {
                state.keymap.labels(actions)
            };
            (keys, what)
        })
        .collect();
    let width = screen.width.min(64);
    let height = screen.height.saturating_sub(1).min(lines.len() as u16 + 2);
    if width < 3 || height < 3 {
        return;
    }
    let x = screen.x + (screen.width - width) / 2;
    let y = screen.y + (screen.height.saturating_sub(1) - height) / 2;
    let area = Rect::new(x, y, width, height);
    let style = state.theme.overlay;
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(state.theme.dim))
        .render(area, buf);
    let mirrored = state.mirrored();
    let opts = &state.opts;
    let top = Rect::new(x + 2, y, width.saturating_sub(4), 1);
    draw_ui_text(
        buf,
        top,
        s.help_title,
        Side::Start,
        mirrored,
        opts,
        state.theme.title.patch(style),
    );
    let bottom = Rect::new(x + 2, y + height - 1, width.saturating_sub(4), 1);
    draw_ui_text(
        buf,
        bottom,
        &help_close(&state.keymap, s),
        Side::End,
        mirrored,
        opts,
        style.patch(state.theme.dim),
    );
    let inner = Rect::new(x + 1, y + 1, width - 2, height - 2);
    let rows = inner.height as usize;
    let first = scroll.min(lines.len().saturating_sub(rows));
    let keys_width = KEYS_WIDTH.min(inner.width / 2);
    let what_width = inner.width - keys_width;
    for (row, (keys, what)) in lines.iter().skip(first).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let (keys_x, what_x) = if mirrored {
            (inner.x + what_width, inner.x)
        } else {
            (inner.x, inner.x + keys_width)
        };
        let keys_area = Rect::new(keys_x, y, keys_width.saturating_sub(1), 1);
        let key_style = style.patch(state.theme.heading);
        draw_ui_text(buf, keys_area, keys, Side::Start, mirrored, opts, key_style);
        let what_area = Rect::new(what_x, y, what_width, 1);
        draw_ui_text(buf, what_area, what, Side::Start, mirrored, opts, style);
    }
}
