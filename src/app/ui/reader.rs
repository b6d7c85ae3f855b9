//! The reading pane: a header with the progress, the laid-out article
//! (title, byline, headings, paragraphs, quotes) and a scroll indicator.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::text::{draw_aligned, draw_label, fill};
use crate::app::cache::{DocLine, LineKind};
use crate::app::model::Pane;
use crate::app::theme::Theme;
use crate::app::view::{Page, ReaderBody, ReaderPane, View};
use crate::layout::VisualLine;

pub fn draw(view: &View, reader: &ReaderPane, theme: &Theme, buf: &mut Buffer, area: Rect) {
    let panes = &view.panes;
    let mirrored = view.mirrored;
    fill(buf, area, theme.text);
    if let Some(header) = panes.reader_header() {
        let style = if view.focus == Pane::Reader {
            theme.focused_header
        } else {
            theme.header
        };
        fill(buf, header, style);
        for label in reader.header.iter().flatten() {
            draw_label(buf, label, mirrored, style);
        }
    }
    let Some(text_area) = panes.reader_text() else {
        return;
    };
    let page = match &reader.body {
        ReaderBody::Welcome(paragraphs) => {
            draw_welcome(view, paragraphs, theme, buf, text_area);
            return;
        }
        ReaderBody::Page(page) => page,
    };
    for (row, line) in page.lines().iter().enumerate() {
        let y = text_area.y + row as u16;
        let matches = page.matches.get(row).map_or(&[][..], Vec::as_slice);
        let area = Rect::new(text_area.x, y, text_area.width, 1);
        draw_doc_line(theme, buf, area, line, matches);
    }
    if let Some(bar) = panes.reader_scrollbar() {
        draw_scrollbar(page, theme, buf, bar);
    }
}

fn line_style(theme: &Theme, kind: LineKind) -> Style {
    match kind {
        LineKind::Title => theme.title,
        LineKind::Byline | LineKind::Attribution => theme.byline,
        LineKind::Source => theme
            .byline
            .add_modifier(ratatui::style::Modifier::UNDERLINED),
        LineKind::Heading => theme.heading,
        LineKind::Quote => theme.quote,
        LineKind::Paragraph | LineKind::Blank => theme.text,
    }
}

fn draw_doc_line(
    theme: &Theme,
    buf: &mut Buffer,
    row: Rect,
    line: &DocLine,
    matches: &[(std::ops::Range<usize>, bool)],
) {
    let base = line_style(theme, line.kind);
    let mut area = row;
    if line.indent > 0 && row.width > line.indent {
        // The quote's bar sits at the paragraph's start side.
        let bar_x = if line.line.rtl {
            row.right() - 1
        } else {
            row.x
        };
        buf[(bar_x, row.y)].set_symbol("┃").set_style(theme.quote);
        let width = row.width - line.indent;
        let x = if line.line.rtl {
            row.x
        } else {
            row.x + line.indent
        };
        area = Rect::new(x, row.y, width, 1);
    }
    draw_aligned(buf, area, &line.line, line.right, base, |byte| {
        matches
            .iter()
            .find(|(range, _)| range.contains(&byte))
            .map(|(_, current)| {
                if *current {
                    theme.current_match
                } else {
                    theme.match_
                }
            })
    });
}

/// Where the visible part sits in the article: a thumb on a track.
fn draw_scrollbar(page: &Page, theme: &Theme, buf: &mut Buffer, bar: Rect) {
    let total = page.total;
    let height = bar.height as usize;
    if height == 0 || total <= height {
        return;
    }
    let thumb = (height * height / total).max(1);
    let max_scroll = total - height;
    let start = page.scroll.min(max_scroll) * (height - thumb) / max_scroll;
    for i in 0..height {
        let (symbol, style) = if i >= start && i < start + thumb {
            ("┃", theme.scrollbar)
        } else {
            ("│", theme.separator)
        };
        buf[(bar.x, bar.y + i as u16)]
            .set_symbol(symbol)
            .set_style(style);
    }
}

/// No article open yet: the welcome's paragraphs, dimmed, a row apart.
fn draw_welcome(
    view: &View,
    paragraphs: &[Vec<VisualLine>],
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
) {
    let mirrored = view.mirrored;
    let mut y = area.y;
    for lines in paragraphs {
        for line in lines {
            if y >= area.bottom() {
                return;
            }
            let row = Rect::new(area.x, y, area.width, 1);
            draw_aligned(buf, row, line, mirrored, theme.dim, |_| None);
            y += 1;
        }
        y += 1;
    }
}
