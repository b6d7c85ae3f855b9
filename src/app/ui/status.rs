//! The bottom row: the search line while typing, else the latest message,
//! else skipped files, else key hints.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::text::{Side, draw_aligned, draw_ui_text, fill, ui_line};
use crate::app::App;
use crate::app::hints::status_hints;
use crate::app::model::{MessageKind, Overlay};
use crate::i18n::{self, Noun, count};
use crate::layout::{Direction, LayoutOptions, display_width, fit_line};

pub fn draw(app: &App, buf: &mut Buffer, area: Rect) {
    let state = &app.model;
    let theme = &app.rt.theme;
    let mirrored = state.mirrored();
    let s = state.strings();
    fill(buf, area, theme.status);
    if state.overlay == Overlay::Search {
        draw_search(app, buf, area);
        return;
    }
    let inner = if area.width >= 3 {
        Rect::new(area.x + 1, area.y, area.width - 2, 1)
    } else {
        area
    };
    let (text, style) = match &state.message {
        Some((text, MessageKind::Info)) => (text.clone(), theme.message),
        Some((text, MessageKind::Warning)) => (text.clone(), theme.warning),
        None if !state.library.problems.is_empty() => {
            let files = count(state.lang, Noun::File, state.library.problems.len() as u64);
            (i18n::fill(s.skipped_files, &[&files]), theme.warning)
        }
        None => (
            status_hints(&app.rt.keymap, state.lang, state.focus),
            theme.status,
        ),
    };
    draw_ui_text(buf, inner, &text, Side::Start, mirrored, &state.opts, style);
}

/// `/` then the query as typed, laid out by the engine so Arabic reads
/// right while it is typed.
fn draw_search(app: &App, buf: &mut Buffer, area: Rect) {
    let state = &app.model;
    let mirrored = state.mirrored();
    let style = app.rt.theme.search;
    let prompt = ui_line(
        state.strings().search_prompt,
        area.width as usize,
        mirrored,
        &state.opts,
    );
    let prompt_cells = (prompt.width as u16 + 1).min(area.width);
    let prompt_area = Rect::new(area.x, area.y, area.width, 1);
    draw_aligned(buf, prompt_area, &prompt, mirrored, style, |_| None);
    let width = area.width - prompt_cells;
    if width == 0 {
        return;
    }
    let x = if mirrored {
        area.x
    } else {
        area.x + prompt_cells
    };
    let opts = LayoutOptions {
        direction: Direction::Auto,
        ..state.opts
    };
    // Typing goes at the end: show the query's end when it is too long.
    let query = tail(&state.search.input, width as usize - 1);
    let line = fit_line(query, width as usize, &opts);
    draw_aligned(
        buf,
        Rect::new(x, area.y, width, 1),
        &line,
        mirrored,
        style,
        |_| None,
    );
}

/// The longest end of `text` narrower than `cells`.
fn tail(text: &str, cells: usize) -> &str {
    if display_width(text) <= cells {
        return text;
    }
    let mut start = 0;
    for (i, _) in text.char_indices() {
        if display_width(&text[i..]) <= cells {
            start = i;
            break;
        }
    }
    &text[start..]
}
