//! The share pane over the reading pane: the share text as it will be sent
//! (laid out by the engine), the format, and the numbered targets; and the
//! paragraph cursor's bar in the reading pane's margin.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use super::text::{draw_aligned, draw_frame, draw_label, draw_line, fill};
use crate::app::cache::Part;
use crate::app::theme::Theme;
use crate::app::view::{Page, ShareView, View};

pub fn draw(view: &View, pane: &ShareView, theme: &Theme, buf: &mut Buffer) {
    let area = pane.area;
    let style = theme.overlay;
    let mirrored = view.mirrored;
    draw_frame(buf, area, (&pane.title, &pane.keys), mirrored, theme);
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
    match &pane.qr {
        Some(Ok(code)) => return draw_qr(buf, inner, code),
        Some(Err(too_big)) => {
            let warning = theme.overlay.patch(theme.warning);
            return draw_label(buf, too_big, mirrored, warning);
        }
        None => {}
    }
    for (row, line) in pane.lines.iter().take(pane.shown).enumerate() {
        let y = inner.y + row as u16;
        draw_line(
            buf,
            Rect::new(inner.x, y, inner.width, 1),
            line,
            style,
            |_| None,
        );
    }
    if let Some(more) = &pane.more {
        draw_label(buf, more, mirrored, style.patch(theme.dim));
    }
    if let Some((label, current)) = &pane.formats {
        // The current format highlighted, by its bytes in the text laid out.
        let chosen = style.patch(theme.selected);
        draw_aligned(buf, label.area, &label.line, mirrored, style, |byte| {
            current.contains(&byte).then_some(chosen)
        });
    }
    for (i, label) in pane.targets.iter().enumerate() {
        let row_style = if i == pane.selected {
            fill(buf, label.area, style.patch(theme.selected));
            style.patch(theme.selected)
        } else {
            style
        };
        draw_label(buf, label, mirrored, row_style);
    }
}

/// The code in black on white, centred.
fn draw_qr(buf: &mut Buffer, inner: Rect, code: &[String]) {
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
