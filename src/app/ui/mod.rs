//! Drawing: `draw(&State, &mut Frame)` reads the state and never changes it.
//! Each pane is a function over a rectangle of the frame's buffer.

mod help;
mod list;
mod reader;
mod share;
mod status;
pub mod text;

use ratatui::Frame;
use ratatui::buffer::Buffer;

use super::state::{Overlay, Pane, State};

/// Draws a whole frame for the state.
pub fn draw(state: &State, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    render(state, buf);
}

/// Draws into a buffer the size of the terminal (`state.size`).
pub fn render(state: &State, buf: &mut Buffer) {
    let panes = state.panes();
    if let Some(area) = panes.list {
        list::draw(state, buf, area, state.focus == Pane::List);
    }
    if let Some(area) = panes.separator {
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((area.x, y)) {
                cell.set_symbol("│").set_style(state.theme.separator);
            }
        }
    }
    if let Some(area) = panes.reader {
        reader::draw(state, buf, area, state.focus == Pane::Reader);
        share::draw_cursor(state, buf);
    }
    if state.overlay == Overlay::Share {
        share::draw(state, buf);
    }
    if let Some(area) = panes.status {
        status::draw(state, buf, area);
    }
    if let Overlay::Help { scroll } = state.overlay {
        help::draw(state, buf, scroll);
    }
}
