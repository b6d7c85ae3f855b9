//! The share pane over the reading pane: the share text as it will be sent
//! (laid out by the engine), the format, and the numbered targets; and the
//! paragraph cursor's bar in the reading pane's margin.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::widgets::{Block, Widget};

use super::text::{Side, draw_aligned, draw_line, draw_ui_text, fill, ui_line};
use crate::app::App;
use crate::app::cache::Part;
use crate::app::hints::share_keys;
use crate::app::share::{SharePane, TARGETS, block_of, pane_area, pane_lines};
use crate::i18n::ShareStrings;
use crate::share::{Format, ShareKind};

/// Rows under the text: a blank, the format, and the targets.
const CONTROLS: u16 = 2 + TARGETS.len() as u16;

pub fn draw(app: &App, buf: &mut Buffer) {
    let state = &app.model;
    let Some(pane) = &state.share.pane else {
        return;
    };
    let area = pane_area(state, &app.rt).intersection(buf.area);
    if area.width < 6 || area.height < 4 {
        return;
    }
    let s = ShareStrings::get(state.lang);
    let style = app.rt.theme.overlay;
    let mirrored = state.mirrored();
    let opts = &state.opts;
    fill(buf, area, style);
    Block::bordered()
        .border_style(style.patch(app.rt.theme.dim))
        .render(area, buf);
    let edge = |y: u16| Rect::new(area.x + 1, y, area.width - 2, 1);
    let what = match pane.share.kind {
        ShareKind::Article => s.article.to_string(),
        ShareKind::Quote(n) => format!("{} {n}", s.paragraph),
    };
    let title = format!("{} · {what}", s.title);
    let title_style = app.rt.theme.title.patch(style);
    draw_ui_text(
        buf,
        edge(area.y),
        &title,
        Side::Start,
        mirrored,
        opts,
        title_style,
    );
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
    // Asked to scan only a code that is drawn.
    let qr = pane.qr.as_ref().map(|code| qr_fits(code, inner));
    let keys = share_keys(&app.rt.keymap, state.lang, qr);
    let hint_style = style.patch(app.rt.theme.dim);
    draw_ui_text(
        buf,
        edge(area.bottom() - 1),
        &keys,
        Side::End,
        mirrored,
        opts,
        hint_style,
    );

    if let Some(code) = &pane.qr {
        draw_qr(app, buf, inner, code);
        return;
    }
    let controls = CONTROLS.min(inner.height);
    let text_rows = inner.height - controls;
    // What does not fit is counted on the last row, so a long quote is not
    // taken for a cut one: all of it is sent.
    let lines = pane_lines(state, &app.rt);
    let hidden = lines.len().saturating_sub(usize::from(text_rows));
    let shown_rows = if hidden > 0 {
        text_rows.saturating_sub(1)
    } else {
        text_rows
    };
    for (row, line) in lines.iter().take(shown_rows as usize).enumerate() {
        let y = inner.y + row as u16;
        draw_line(
            buf,
            Rect::new(inner.x, y, inner.width, 1),
            line,
            style,
            |_| None,
        );
    }
    if hidden > 0 && text_rows > 0 {
        let more = format!("… {} {}", hidden + 1, s.more_lines);
        let row = Rect::new(inner.x, inner.y + shown_rows, inner.width, 1);
        draw_ui_text(buf, row, &more, Side::Start, mirrored, opts, hint_style);
    }
    let mut y = inner.y + text_rows + 1;
    if y < inner.bottom() {
        draw_formats(app, buf, Rect::new(inner.x, y, inner.width, 1), pane);
        y += 1;
    }
    for (i, target) in TARGETS.iter().enumerate() {
        if y >= inner.bottom() {
            break;
        }
        let label = format!("{}  {}", i + 1, target.label(s));
        let row_style = if i == pane.selected {
            style.patch(app.rt.theme.selected)
        } else {
            style
        };
        let row = Rect::new(inner.x, y, inner.width, 1);
        if i == pane.selected {
            fill(buf, row, row_style);
        }
        draw_ui_text(buf, row, &label, Side::Start, mirrored, opts, row_style);
        y += 1;
    }
}

/// "Format: text · markdown · json", the current one highlighted. The
/// names are isolated here, as one left-to-right run in an Arabic line, so
/// that the highlight's range is the name's own bytes in the text that is
/// laid out.
fn draw_formats(app: &App, buf: &mut Buffer, row: Rect, pane: &SharePane) {
    let state = &app.model;
    let s = ShareStrings::get(state.lang);
    let mirrored = state.mirrored();
    let (open, close) = if mirrored {
        ("\u{2066}", "\u{2069}")
    } else {
        ("", "")
    };
    let mut text = format!("{} {open}", s.format);
    let mut current = 0..0;
    for (i, f) in Format::ALL.iter().enumerate() {
        if i > 0 {
            text.push_str(" · ");
        }
        let start = text.len();
        text.push_str(f.name());
        if *f == pane.format {
            current = start..text.len();
        }
    }
    text.push_str(close);
    let line = ui_line(&text, row.width as usize, mirrored, &state.opts);
    let style = app.rt.theme.overlay;
    let chosen = style.patch(app.rt.theme.selected);
    draw_aligned(buf, row, &line, mirrored, style, |byte| {
        current.contains(&byte).then_some(chosen)
    });
}

fn qr_size(code: &[String]) -> (u16, u16) {
    let width = code.first().map_or(0, |l| l.chars().count());
    (width as u16, code.len() as u16)
}

fn qr_fits(code: &[String], inner: Rect) -> bool {
    let (width, height) = qr_size(code);
    width <= inner.width && height <= inner.height
}

/// The code in black on white, centred, or why it does not fit.
fn draw_qr(app: &App, buf: &mut Buffer, inner: Rect, code: &[String]) {
    let state = &app.model;
    let (width, height) = qr_size(code);
    if !qr_fits(code, inner) {
        let s = ShareStrings::get(state.lang);
        let warning = app.rt.theme.overlay.patch(app.rt.theme.warning);
        draw_ui_text(
            buf,
            inner,
            s.qr_too_big,
            Side::Start,
            state.mirrored(),
            &state.opts,
            warning,
        );
        return;
    }
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
pub fn draw_cursor(app: &App, buf: &mut Buffer) {
    let state = &app.model;
    let Some((_, n)) = state.share.cursor else {
        return;
    };
    let (Some(article), Some(doc), Some(text), Some(body)) = (
        state.open_article(),
        app.doc(),
        app.panes().reader_text(),
        app.panes().reader,
    ) else {
        return;
    };
    let Some(block) = block_of(article, n) else {
        return;
    };
    let x = if state.mirrored() {
        text.right()
    } else {
        text.x.saturating_sub(1)
    };
    if text.width + 2 != body.width {
        // No margin at this width: the bar would cover text.
        return;
    }
    let top = app.scroll();
    for row in 0..text.height as usize {
        if doc.part(top + row) == Some(Part::Block(block)) {
            buf[(x, text.y + row as u16)]
                .set_symbol("▌")
                .set_style(app.rt.theme.scrollbar);
        }
    }
}
