//! Drawing: `draw(&mut Frame, &View, &Theme)` reads the view derived from
//! the model for this turn, and the theme; it changes nothing and lays out
//! no article. Each pane is a function over a rectangle of the buffer.

mod help;
mod links;
mod list;
mod reader;
mod share;
mod status;
pub mod text;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::view::{ReaderBody, View};

/// Draws a whole frame for the view.
///
/// The panes are placed for `view.size`, the size of the last resize the
/// reader handled; the frame has the terminal's size now, which differs
/// while resizes queue up behind a long layout. The view's frame is then
/// drawn into a buffer of its own size and the part that fits is copied,
/// so no pane indexes outside the buffer it draws in. The next resize
/// event brings a frame at the right size.
pub fn draw(frame: &mut Frame, view: &View, theme: &Theme) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    if let Some(at) = view.cursor
        && area.contains(at.into())
    {
        frame.set_cursor_position(at);
    }
    let buf = frame.buffer_mut();
    let own = Rect::new(0, 0, view.size.0, view.size.1);
    if buf.area == own {
        render(view, theme, buf);
        return;
    }
    let mut scratch = Buffer::empty(own);
    render(view, theme, &mut scratch);
    let shared = own.intersection(buf.area);
    for y in shared.top()..shared.bottom() {
        for x in shared.left()..shared.right() {
            if let (Some(from), Some(to)) = (scratch.cell((x, y)), buf.cell_mut((x, y))) {
                *to = from.clone();
            }
        }
    }
}

/// Draws into a buffer the size of the terminal (`view.size`).
pub fn render(view: &View, theme: &Theme, buf: &mut Buffer) {
    let panes = &view.panes;
    if let (Some(area), Some(list)) = (panes.list, &view.list) {
        list::draw(view, list, theme, buf, area);
    }
    if let Some(area) = panes.separator {
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((area.x, y)) {
                cell.set_symbol("│").set_style(theme.separator);
            }
        }
    }
    if let (Some(area), Some(reader)) = (panes.reader, &view.reader) {
        reader::draw(view, reader, theme, buf, area);
        if let ReaderBody::Page(page) = &reader.body {
            share::draw_cursor(view, page, theme, buf);
        }
    }
    if let Some(pane) = &view.share {
        share::draw(view, pane, theme, buf);
    }
    if let Some(list) = &view.links {
        links::draw(view, list, theme, buf);
    }
    if let Some(area) = panes.status {
        status::draw(view, theme, buf, area);
    }
    if let Some(help) = &view.help {
        help::draw(view, help, theme, buf);
    }
}
