//! `update(&mut Model, &Runtime, Action) -> Option<Effect>`: every change
//! to the model, one function per pane or overlay. No I/O here; the runtime
//! is only read, for the laid-out text that scrolling moves through.

use super::action::Action;
use super::archiving;
use super::bodies;
use super::cache::Stopped;
use super::effects::Effect;
use super::find;
use super::keymap::Mode;
use super::links;
use super::marks;
use super::model::{MessageKind, Model, Overlay, Pane, ReadingPosition};
use super::runtime::Runtime;
use super::search_line;
use super::share;
use super::sorting;
use super::toggles;
use super::undo;

/// Lines the mouse wheel scrolls the reading pane per notch.
const WHEEL_LINES: usize = 3;

pub fn update(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    if !matches!(action, Action::Resize { .. }) {
        state.message = None;
    }
    let effect = match action {
        Action::ForceQuit => Some(Effect::Quit),
        Action::Suspend => Some(Effect::Suspend),
        Action::Resize { width, height } => {
            // The top is a place in the text: laid out for the new size,
            // the same text stays at the top.
            state.size = (width, height);
            None
        }
        Action::Wheel { .. } | Action::Click { .. } => {
            links::mouse(state, rt, action).or_else(|| {
                mouse(state, rt, action);
                None
            })
        }
        _ => match state.mode() {
            Mode::Help => help(state, action),
            Mode::Search => search_line::update(state, rt, action),
            Mode::Share => share::update(state, action),
            Mode::Confirm => archiving::answer(state, rt, action),
            Mode::List => list(state, rt, action),
            Mode::Reader => reader(state, rt, action),
            Mode::Links => links::update(state, rt, action),
        },
    };
    keep_selection_visible(state, rt);
    settle(state, rt);
    if let Some(what) = rt.cache.take_stopped() {
        stopped(state, what);
    }
    marks::remember(state, rt);
    effect
}

/// Esc or Ctrl-C stopped a long layout or search. A stopped layout closes
/// the article (opening it again lays it out again); a stopped search
/// leaves no matches. Either way the reader goes on, and says so.
fn stopped(state: &mut Model, what: Stopped) {
    let s = state.strings();
    let said = match what {
        Stopped::Layout => {
            state.reader.article = None;
            state.focus = Pane::List;
            s.layout_stopped
        }
        Stopped::Search => s.search_stopped,
    };
    state.reader.query = None;
    state.reader.matches.clear();
    state.reader.current = None;
    state.message = Some((said.to_string(), MessageKind::Warning));
}

fn help(state: &mut Model, action: Action) -> Option<Effect> {
    let Overlay::Help { scroll } = &mut state.overlay else {
        return None;
    };
    match action {
        Action::Down => *scroll += 1,
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::PageDown => *scroll += 10,
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::Top => *scroll = 0,
        Action::Bottom => *scroll = usize::MAX,
        Action::Back => state.overlay = Overlay::None,
        _ => {}
    }
    None
}

fn list(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    let last = state.list.visible.len().saturating_sub(1);
    let page = rt.list_capacity(state).max(1);
    let selected = state.list.selected;
    match action {
        Action::Down | Action::NextMatch => select(state, rt, selected + 1),
        Action::Up | Action::PrevMatch => select(state, rt, selected.saturating_sub(1)),
        Action::PageDown => select(state, rt, selected + page),
        Action::PageUp => select(state, rt, selected.saturating_sub(page)),
        Action::Top => select(state, rt, 0),
        Action::Bottom => select(state, rt, last),
        Action::Open => open_selected(state, rt),
        Action::Back => {
            if state.list.filter.is_some() {
                find::filter_list(state, rt, "");
            }
        }
        Action::Quit => return Some(Effect::Quit),
        Action::OpenSource => return links::open_source(state),
        other => return common(state, rt, other),
    }
    None
}

fn reader(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    if share::cursor_key(state, rt, action) {
        return None;
    }
    let page = rt.reader_height(state).saturating_sub(1).max(1);
    match action {
        Action::Down => scroll_by(state, rt, 1),
        Action::Up => scroll_by(state, rt, -1),
        Action::PageDown => scroll_by(state, rt, page as isize),
        Action::PageUp => scroll_by(state, rt, -(page as isize)),
        Action::Top => state.reader.top = ReadingPosition::START,
        Action::Bottom => scroll_to(state, rt, rt.max_scroll(state)),
        Action::Back | Action::Quit => state.focus = Pane::List,
        Action::PrevArticle => neighbour(state, rt, -1),
        Action::NextArticle => neighbour(state, rt, 1),
        Action::NextMatch => find::step(state, rt, true),
        Action::PrevMatch => find::step(state, rt, false),
        Action::ParagraphCursor => share::toggle_cursor(state, rt),
        Action::ToggleTashkeel => toggles::tashkeel(state),
        Action::CycleDigits => toggles::digits(state),
        Action::ToggleShaping => toggles::shaping(state),
        Action::ToggleJustify => toggles::justify(state),
        Action::OpenSource => return links::open_source(state),
        other => return common(state, rt, other),
    }
    None
}

/// Actions that mean the same in both panes.
fn common(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    match action {
        Action::SwitchPane => {
            let other = match state.focus {
                Pane::List => Pane::Reader,
                Pane::Reader => Pane::List,
            };
            focus(state, rt, other);
        }
        Action::FocusLeft => focus(state, rt, rt.panes(state).pane_on_side(true)),
        Action::FocusRight => focus(state, rt, rt.panes(state).pane_on_side(false)),
        Action::Help => state.overlay = Overlay::Help { scroll: 0 },
        Action::Search => search_line::open(state),
        Action::Share => share::open(state),
        Action::Links => links::open_list(state),
        Action::ToggleRead | Action::BookmarksOnly | Action::UnreadOnly => {
            marks::apply(state, rt, action)
        }
        Action::ToggleBookmark => undo::bookmark(state, rt),
        Action::MarkAllRead => archiving::ask_mark_all_read(state),
        Action::Archive => archiving::ask_move(state),
        Action::Undo => return undo::undo(state, rt),
        Action::CycleSort => sorting::cycle(state, rt),
        _ => {}
    }
    None
}

/// Focuses a pane; the reading pane opens the selected article if none is open.
fn focus(state: &mut Model, rt: &Runtime, pane: Pane) {
    if pane == Pane::Reader && state.reader.article.is_none() {
        open_selected(state, rt);
    } else if pane == Pane::List || state.reader.article.is_some() {
        state.focus = pane;
    }
}

fn select(state: &mut Model, rt: &Runtime, position: usize) {
    let last = state.list.visible.len().saturating_sub(1);
    state.list.selected = position.min(last);
    keep_selection_visible(state, rt);
}

/// Scrolls the list so the selected article's rows are on screen.
pub fn keep_selection_visible(state: &mut Model, rt: &Runtime) {
    let capacity = rt.list_capacity(state).max(1);
    let list = &mut state.list;
    if list.selected < list.offset {
        list.offset = list.selected;
    } else if list.selected >= list.offset + capacity {
        list.offset = list.selected + 1 - capacity;
    }
    let max_offset = list.visible.len().saturating_sub(capacity);
    list.offset = list.offset.min(max_offset);
}

fn open_selected(state: &mut Model, rt: &Runtime) {
    let Some(article) = state.selected_article() else {
        return;
    };
    state.reader.article = Some(article);
    state.reader.top = ReadingPosition::START;
    state.reader.current = None;
    state.reader.end_seen = false;
    state.focus = Pane::Reader;
    marks::restore_position(state);
    if let Some(why) = state.bodies.failure(article).cloned() {
        bodies::say_unread(state, article, &why);
    }
    let query = state.reader.query.clone().unwrap_or_default();
    state.reader.matches = find::open_matches(state, rt, &query);
}

/// The open article's body was read from its file after it was opened
/// (see `bodies`): what opening works out from the body, worked out now.
pub fn body_read(state: &mut Model, rt: &Runtime) {
    let query = state.reader.query.clone().unwrap_or_default();
    state.reader.matches = find::open_matches(state, rt, &query);
    settle(state, rt);
    marks::remember(state, rt);
}

/// `[` and `]`: the previous or next article of the list, opened.
fn neighbour(state: &mut Model, rt: &Runtime, step: isize) {
    let target = state.list.selected.saturating_add_signed(step);
    if target < state.list.visible.len() && target != state.list.selected {
        select(state, rt, target);
        open_selected(state, rt);
    }
}

fn scroll_by(state: &mut Model, rt: &Runtime, lines: isize) {
    let max = rt.max_scroll(state);
    let line = rt.scroll(state).saturating_add_signed(lines).min(max);
    scroll_to(state, rt, line);
}

/// Puts line `line` of the open article's layout at the top of the pane,
/// kept in the model as the place in the text that line shows.
pub fn scroll_to(state: &mut Model, rt: &Runtime, line: usize) {
    state.reader.top = rt.position_of_line(state, line);
}

/// Keeps what follows from the last change true: the article read once
/// its end has come into view (not while it stays there: `u` may mark it
/// unread again), the paragraph cursor only on the open article.
fn settle(state: &mut Model, rt: &Runtime) {
    if let Some((article, _)) = state.share.cursor
        && state.reader.article != Some(article)
    {
        state.share.cursor = None;
    }
    // No article open, or its layout stopped: nothing to keep true.
    if rt.doc(state).is_none() {
        return;
    }
    let at_end = rt.scroll(state) >= rt.max_scroll(state);
    if at_end
        && !state.reader.end_seen
        && let Some(id) = state.open_article().map(|a| a.id.clone())
    {
        state.store.set_read(&id, true);
    }
    state.reader.end_seen = at_end;
}

/// Wheel scrolls the pane under the pointer; a click focuses a pane and
/// selects the list row under it (a click on the selected row opens it).
fn mouse(state: &mut Model, rt: &Runtime, action: Action) {
    if state.overlay != Overlay::None {
        return;
    }
    let panes = rt.panes(state);
    match action {
        Action::Wheel { column, row, down } => match panes.pane_at(column, row) {
            Some(Pane::List) => {
                let at = state.list.selected;
                select(state, rt, if down { at + 1 } else { at.saturating_sub(1) });
            }
            Some(Pane::Reader) => {
                scroll_by(state, rt, if down { 1 } else { -1 } * WHEEL_LINES as isize)
            }
            None => {}
        },
        Action::Click { column, row } => match panes.pane_at(column, row) {
            Some(Pane::List) => {
                state.focus = Pane::List;
                let Some(rows) = panes.list_rows() else {
                    return;
                };
                if row < rows.y {
                    return;
                }
                let position = state.list.offset + ((row - rows.y) / 2) as usize;
                if position >= state.list.visible.len() {
                    return;
                }
                if position == state.list.selected {
                    open_selected(state, rt);
                } else {
                    select(state, rt, position);
                }
            }
            Some(Pane::Reader) => focus(state, rt, Pane::Reader),
            None => {}
        },
        _ => {}
    }
}
