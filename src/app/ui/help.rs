//! The help overlay: every entry of the action table with the keys bound
//! to it now and what it does, in the interface's language, mirrored for
//! Arabic. The keys column is as wide as the widest keys of the language
//! shown; what does not fit its column wraps onto the next row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

use super::text::{Side, draw_aligned, draw_ui_text, fill, ui_paragraph};
use crate::app::App;
use crate::app::hints::{help_close, isolated_keys};
use crate::app::keymap::help_lines;
use crate::i18n::HelpStrings;
use crate::layout::{VisualLine, display_width};

/// The widest the overlay gets.
const MAX_WIDTH: u16 = 84;

/// The help's rows for a text width: keys (on a line's first row) and what
/// they do, laid out.
fn rows(app: &App, width: u16) -> Vec<(Option<VisualLine>, VisualLine)> {
    let state = &app.model;
    let h = HelpStrings::get(state.lang);
    let mirrored = state.mirrored();
    let mut lines: Vec<(String, &str)> = help_lines(&app.rt.keymap, state.lang)
        .into_iter()
        .map(|l| (isolated_keys(&l.keys, mirrored), l.what))
        .collect();
    lines.push((h.mouse_keys.to_string(), h.mouse));
    let keys_width = lines
        .iter()
        .map(|(k, _)| display_width(k))
        .max()
        .unwrap_or(0)
        .min(usize::from(width) / 2);
    let what_width = usize::from(width).saturating_sub(keys_width + 2).max(1);
    let opts = &state.opts;
    let mut out = Vec::new();
    for (keys, what) in lines {
        let keys = ui_paragraph(&keys, keys_width.max(1), mirrored, opts);
        let what = ui_paragraph(what, what_width, mirrored, opts);
        let count = keys.len().max(what.len());
        let mut keys = keys.into_iter();
        let mut what = what.into_iter();
        for _ in 0..count {
            let w = what.next().unwrap_or_else(|| empty_line(mirrored));
            out.push((keys.next(), w));
        }
    }
    out
}

fn empty_line(rtl: bool) -> VisualLine {
    VisualLine {
        text: String::new(),
        width: 0,
        cells: Vec::new(),
        source: 0..0,
        rtl,
    }
}

/// The keys column's width for the rows laid out.
fn keys_column(rows: &[(Option<VisualLine>, VisualLine)]) -> u16 {
    let widest = rows.iter().filter_map(|(k, _)| k.as_ref()).map(|k| k.width);
    widest.max().unwrap_or(0) as u16
}

pub fn draw(app: &App, buf: &mut Buffer, scroll: usize) {
    let state = &app.model;
    let screen = buf.area;
    let width = screen.width.min(MAX_WIDTH);
    if width < 6 {
        return;
    }
    let rows = rows(app, width - 4);
    let height = screen.height.saturating_sub(1).min(rows.len() as u16 + 2);
    if height < 3 {
        return;
    }
    let x = screen.x + (screen.width - width) / 2;
    let y = screen.y + (screen.height.saturating_sub(1) - height) / 2;
    let area = Rect::new(x, y, width, height);
    let style = app.rt.theme.overlay;
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(app.rt.theme.dim))
        .render(area, buf);
    let mirrored = state.mirrored();
    let opts = &state.opts;
    let s = state.strings();
    let edge = |y| Rect::new(x + 2, y, width - 4, 1);
    let title_style = app.rt.theme.title.patch(style);
    draw_ui_text(
        buf,
        edge(y),
        s.help_title,
        Side::Start,
        mirrored,
        opts,
        title_style,
    );
    let close = help_close(&app.rt.keymap, s);
    let dim = style.patch(app.rt.theme.dim);
    draw_ui_text(
        buf,
        edge(y + height - 1),
        &close,
        Side::End,
        mirrored,
        opts,
        dim,
    );
    let inner = Rect::new(x + 2, y + 1, width - 4, height - 2);
    let keys_width = keys_column(&rows);
    let what_width = inner.width.saturating_sub(keys_width + 2);
    let first = scroll.min(rows.len().saturating_sub(usize::from(inner.height)));
    let key_style = style.patch(app.rt.theme.heading);
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
