//! The reading pane: a header with the progress, the laid-out article
//! (title, byline, headings, paragraphs, quotes) and a scroll indicator.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::text::{Side, draw_aligned, draw_ui_text, fill, ui_paragraph};
use crate::app::Action;
use crate::app::App;
use crate::app::cache::{DocLine, LineKind};
use crate::app::hints::keys;
use crate::app::isolate;
use crate::document::byline::minutes;
use crate::i18n;
use crate::layout::display_width;

pub fn draw(app: &App, buf: &mut Buffer, area: Rect, focused: bool) {
    let state = &app.model;
    let theme = &app.rt.theme;
    let panes = app.panes();
    let mirrored = state.mirrored();
    let s = state.strings();
    fill(buf, area, theme.text);
    if let Some(header) = panes.reader_header() {
        let style = if focused {
            theme.focused_header
        } else {
            theme.header
        };
        fill(buf, header, style);
        let inner = inset(header);
        let mut progress_cells = 0;
        if let Some((percent, left)) = app.progress() {
            let percent = percent.to_string();
            let progress = match left {
                0 => i18n::fill(s.progress_done, &[&percent]),
                left => i18n::fill(s.progress, &[&percent, &minutes(state.lang, left)]),
            };
            progress_cells = display_width(&progress) as u16 + 2;
            draw_ui_text(
                buf,
                inner,
                &progress,
                Side::End,
                mirrored,
                &state.opts,
                style,
            );
        }
        let width = inner.width.saturating_sub(progress_cells);
        let x = if mirrored {
            inner.right() - width
        } else {
            inner.x
        };
        let title_area = Rect::new(x, inner.y, width, 1);
        draw_ui_text(
            buf,
            title_area,
            s.reading,
            Side::Start,
            mirrored,
            &state.opts,
            style,
        );
    }
    let Some(text_area) = panes.reader_text() else {
        return;
    };
    let Some(doc) = app.doc() else {
        draw_welcome(app, buf, text_area);
        return;
    };
    let scroll = app.scroll();
    for (row, line) in doc
        .lines_from(scroll)
        .take(text_area.height as usize)
        .enumerate()
    {
        let y = text_area.y + row as u16;
        draw_doc_line(
            app,
            buf,
            Rect::new(text_area.x, y, text_area.width, 1),
            &line,
        );
    }
    if let Some(bar) = panes.reader_scrollbar() {
        draw_scrollbar(app, buf, bar, doc.len());
    }
}

fn line_style(app: &App, kind: LineKind) -> Style {
    let theme = &app.rt.theme;
    match kind {
        LineKind::Title => theme.title,
        LineKind::Byline | LineKind::Attribution => theme.byline,
        LineKind::Heading => theme.heading,
        LineKind::Quote => theme.quote,
        LineKind::Paragraph | LineKind::Blank => theme.text,
    }
}

fn draw_doc_line(app: &App, buf: &mut Buffer, row: Rect, line: &DocLine) {
    let state = &app.model;
    let base = line_style(app, line.kind);
    let mut area = row;
    if line.indent > 0 && row.width > line.indent {
        // The quote's bar sits at the paragraph's start side.
        let bar_x = if line.line.rtl {
            row.right() - 1
        } else {
            row.x
        };
        buf[(bar_x, row.y)]
            .set_symbol("┃")
            .set_style(app.rt.theme.quote);
        let width = row.width - line.indent;
        let x = if line.line.rtl {
            row.x
        } else {
            row.x + line.indent
        };
        area = Rect::new(x, row.y, width, 1);
    }
    // Only the matches on this line, so a frame costs the same with many.
    let source = &line.line.source;
    let here: Vec<(usize, &std::ops::Range<usize>)> = state
        .reader
        .matches
        .iter()
        .enumerate()
        .filter(|(_, m)| m.part == line.part && m.range.start < source.end.max(source.start + 1))
        .filter(|(_, m)| m.range.end > source.start)
        .map(|(i, m)| (i, &m.range))
        .collect();
    let current = state.reader.current;
    let theme = &app.rt.theme;
    draw_aligned(buf, area, &line.line, line.right, base, |byte| {
        here.iter()
            .find(|(_, range)| range.contains(&byte))
            .map(|(i, _)| {
                if Some(*i) == current {
                    theme.current_match
                } else {
                    theme.match_
                }
            })
    });
}

/// Where the visible part sits in the article: a thumb on a track.
fn draw_scrollbar(app: &App, buf: &mut Buffer, bar: Rect, total: usize) {
    let height = bar.height as usize;
    if height == 0 || total <= height {
        return;
    }
    let thumb = (height * height / total).max(1);
    let max_scroll = total - height;
    let start = app.scroll().min(max_scroll) * (height - thumb) / max_scroll;
    for i in 0..height {
        let (symbol, style) = if i >= start && i < start + thumb {
            ("┃", app.rt.theme.scrollbar)
        } else {
            ("│", app.rt.theme.separator)
        };
        buf[(bar.x, bar.y + i as u16)]
            .set_symbol(symbol)
            .set_style(style);
    }
}

/// No article open yet: how to open one, what went wrong loading, and for
/// the sample library, how to add articles of one's own.
fn draw_welcome(app: &App, buf: &mut Buffer, area: Rect) {
    let state = &app.model;
    let s = state.strings();
    let open = keys(&app.rt.keymap, &[Action::Open]);
    let mut paragraphs = vec![format!("{open} {}", s.open_hint)];
    if state.library.is_sample {
        let dir = state.library_dir.as_ref().map_or_else(
            || "~/.local/share/qari/articles".to_string(),
            |d| d.display().to_string(),
        );
        // A path reads left to right even in an Arabic sentence.
        paragraphs.push(format!("{} {}", s.sample_hint, isolate::ltr(&dir)));
        paragraphs.push("qari import FILE.txt".to_string());
    }
    paragraphs.extend(state.notices.iter().cloned());
    let mirrored = state.mirrored();
    let mut y = area.y;
    for text in paragraphs {
        for line in ui_paragraph(&text, area.width as usize, mirrored, &state.opts) {
            if y >= area.bottom() {
                return;
            }
            let row = Rect::new(area.x, y, area.width, 1);
            draw_aligned(buf, row, &line, mirrored, app.rt.theme.dim, |_| None);
            y += 1;
        }
        y += 1;
    }
}

fn inset(row: Rect) -> Rect {
    if row.width < 3 {
        return row;
    }
    Rect::new(row.x + 1, row.y, row.width - 2, row.height)
}
