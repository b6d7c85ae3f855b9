//! The share pane over the reading pane: the share text as it will be sent
//! (laid out by the engine), the format, and the numbered targets; and the
//! paragraph cursor's bar in the reading pane's margin.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Block, Widget};

use super::text::{Side, draw_aligned, draw_line, draw_ui_text, fill, ui_line};
use crate::app::cache::Part;
use crate::app::share::TARGETS;
use crate::app::theme::Theme;
use crate::app::view::{Page, ShareView, View};

/// Rows under the text: a blank, the format, and the targets.
const CONTROLS: u16 = 2 + TARGETS.len() as u16;

pub fn draw(view: &View, pane: &ShareView, theme: &Theme, buf: &mut Buffer) {
    let area = pane.area.intersection(buf.area);
    if area.width < 6 || area.height < 4 {
        return;
    }
    let style = theme.overlay;
    let (mirrored, opts) = (view.mirrored, &view.opts);
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(theme.dim))
        .render(area, buf);
    let edge = |y: u16| Rect::new(area.x + 1, y, area.width - 2, 1);
    let title_style = theme.title.patch(style);
    draw_ui_text(
        buf,
        edge(area.y),
        &pane.title,
        Side::Start,
        mirrored,
        opts,
        title_style,
    );
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
    let hint_style = style.patch(theme.dim);
    let footer = edge(area.bottom() - 1);
    draw_ui_text(
        buf,
        footer,
        &pane.keys,
        Side::End,
        mirrored,
        opts,
        hint_style,
    );
    if let Some((code, fits)) = &pane.qr {
        draw_qr(view, pane, theme, buf, inner, (code, *fits));
        return;
    }
    let controls = CONTROLS.min(inner.height);
    let text_rows = inner.height - controls;
    draw_text(
        view,
        pane,
        theme,
        buf,
        Rect::new(inner.x, inner.y, inner.width, text_rows),
    );
    let mut y = inner.y + text_rows + 1;
    if y < inner.bottom() {
        draw_formats(
            view,
            pane,
            theme,
            buf,
            Rect::new(inner.x, y, inner.width, 1),
        );
        y += 1;
    }
    for (i, label) in pane.targets.iter().enumerate() {
        if y >= inner.bottom() {
            break;
        }
        let row_style = if i == pane.selected {
            style.patch(theme.selected)
        } else {
            style
        };
        let row = Rect::new(inner.x, y, inner.width, 1);
        if i == pane.selected {
            fill(buf, row, row_style);
        }
        draw_ui_text(buf, row, label, Side::Start, mirrored, opts, row_style);
        y += 1;
    }
}

/// The share text as it will be sent, in the rows above the controls. What
/// does not fit is counted on the last row, so a long quote is not taken
/// for a cut one: all of it is sent.
fn draw_text(view: &View, pane: &ShareView, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let style = theme.overlay;
    let text_rows = area.height;
    let lines = &pane.lines;
    let hidden = lines.len().saturating_sub(usize::from(text_rows));
    let shown_rows = if hidden > 0 {
        text_rows.saturating_sub(1)
    } else {
        text_rows
    };
    for (row, line) in lines.iter().take(shown_rows as usize).enumerate() {
        let y = area.y + row as u16;
        draw_line(
            buf,
            Rect::new(area.x, y, area.width, 1),
            line,
            style,
            |_| None,
        );
    }
    if hidden > 0 && text_rows > 0 {
        let more = format!("… {} {}", hidden + 1, pane.more_lines);
        let row = Rect::new(area.x, area.y + shown_rows, area.width, 1);
        let hint_style = style.patch(theme.dim);
        let (mirrored, opts) = (view.mirrored, &view.opts);
        draw_ui_text(buf, row, &more, Side::Start, mirrored, opts, hint_style);
    }
}

/// "Format: text · markdown · json", the current one highlighted.
fn draw_formats(view: &View, pane: &ShareView, theme: &Theme, buf: &mut Buffer, row: Rect) {
    let (text, current) = &pane.formats;
    let line = ui_line(text, row.width as usize, view.mirrored, &view.opts);
    let style = theme.overlay;
    let chosen = style.patch(theme.selected);
    draw_aligned(buf, row, &line, view.mirrored, style, |byte| {
        current.contains(&byte).then_some(chosen)
    });
}

/// The code in black on white, centred, or why it does not fit.
fn draw_qr(
    view: &View,
    pane: &ShareView,
    theme: &Theme,
    buf: &mut Buffer,
    inner: Rect,
    (code, fits): (&[String], bool),
) {
    if !fits {
        let warning = theme.overlay.patch(theme.warning);
        let (mirrored, opts) = (view.mirrored, &view.opts);
        draw_ui_text(
            buf,
            inner,
            pane.qr_too_big,
            Side::Start,
            mirrored,
            opts,
            warning,
        );
        return;
    }
    let width = code.first().map_or(0, |l| l.chars().count()) as u16;
    let height = code.len() as u16;
    let x = inner.x + (inner.width - width) / 2;
    let y = inner.y + (inner.height - height) / 2;
    let ink = Style::new().fg(Color::Black).bg(Color::White);
    for (row, line) in code.iter().enumerate() {
        for (col, ch) in line.chars().enumerate() {
            let mut utf8 = [0u8; 4];
            buf[(x + col as u16, y + row as u16)]
                .set_symbol(ch.encode_utf8(&mut utf8))
                .set_style(ink);
        }
    }
}

/// The paragraph cursor: a bar in the reading pane's margin beside every
/// line of the chosen paragraph (the margin is on the start side of the
/// interface, so the bar is mirrored with it).
pub fn draw_cursor(view: &View, page: &Page, theme: &Theme, buf: &mut Buffer) {
    let (Some(block), Some(text), Some(body)) =
        (page.cursor, view.panes.reader_text(), view.panes.reader)
    else {
        return;
    };
    let x = if view.mirrored {
        text.right()
    } else {
        text.x.saturating_sub(1)
    };
    if text.width + 2 != body.width {
        // No margin at this width: the bar would cover text.
        return;
    }
    for (row, line) in page.lines().iter().enumerate() {
        if line.part == Part::Block(block) {
            buf[(x, text.y + row as u16)]
                .set_symbol("▌")
                .set_style(theme.scrollbar);
        }
    }
}
