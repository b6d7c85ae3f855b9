//! Drawing: `draw(&App, &mut Frame)` reads the model and runtime and never changes them.
//! Each pane is a function over a rectangle of the frame's buffer.

mod help;
mod list;
mod reader;
mod share;
mod status;
pub mod text;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::App;
use super::model::{Overlay, Pane};

/// Draws a whole frame for the state.
///
/// The panes are placed for `state.size`, the size of the last resize the
/// reader handled; the frame has the terminal's size now, which differs
/// while resizes queue up behind a long layout. The state's frame is then
/// drawn into a buffer of its own size and the part that fits is copied,
/// so no pane indexes outside the buffer it draws in. The next resize
/// event brings a frame at the right size.
pub fn draw(app: &App, frame: &mut Frame) {
    let state = &app.model;
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    let own = Rect::new(0, 0, state.size.0, state.size.1);
    if buf.area == own {
        render(app, buf);
        return;
    }
    let mut scratch = Buffer::empty(own);
    render(app, &mut scratch);
    let shared = own.intersection(buf.area);
    for y in shared.top()..shared.bottom() {
        for x in shared.left()..shared.right() {
            if let (Some(from), Some(to)) = (scratch.cell((x, y)), buf.cell_mut((x, y))) {
                *to = from.clone();
            }
        }
    }
}

/// Draws into a buffer the size of the terminal (`state.size`).
pub fn render(app: &App, buf: &mut Buffer) {
    let state = &app.model;
    let panes = app.panes();
    if let Some(area) = panes.list {
        list::draw(app, buf, area, state.focus == Pane::List);
    }
    if let Some(area) = panes.separator {
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((area.x, y)) {
                cell.set_symbol("│").set_style(app.rt.theme.separator);
            }
        }
    }
    if let Some(area) = panes.reader {
        reader::draw(app, buf, area, state.focus == Pane::Reader);
        share::draw_cursor(app, buf);
    }
    if state.overlay == Overlay::Share {
        share::draw(app, buf);
    }
    if let Some(area) = panes.status {
        status::draw(app, buf, area);
    }
    if let Overlay::Help { scroll } = state.overlay {
        help::draw(app, buf, scroll);
    }
}
