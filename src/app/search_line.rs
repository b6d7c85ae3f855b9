//! The search line while it is open: typing and editing at the caret, and
//! walking the searches kept in the reading state. On the list every
//! change filters it at once; Enter keeps the search and remembers it.

use crate::layout::{Direction, is_rtl};

use super::action::Action;
use super::effects::Effect;
use super::find;
use super::line_edit::LineEdit;
use super::model::{ListBefore, Model, Overlay, Pane};
use super::runtime::Runtime;

/// How many searches the reading state keeps.
pub const HISTORY: usize = 50;

/// Where ↑ and ↓ are in the history: the entry shown (0 is the latest)
/// and what was typed before the walk began, which ↓ past the latest
/// brings back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryWalk {
    pub at: usize,
    pub draft: String,
}

/// `/`: an empty line for the focused pane.
pub fn open(state: &mut Model) {
    state.search.input.clear();
    state.search.caret = 0;
    state.search.walk = None;
    state.search.target = state.focus;
    state.search.list_before = ListBefore {
        filter: state.list.filter.clone(),
        selected: state.selected_article(),
    };
    state.overlay = Overlay::Search;
}

/// Whether the query reads right to left, as the search line lays it out:
/// ← and → are mirrored for it.
pub fn query_is_rtl(query: &str) -> bool {
    is_rtl(query, Direction::Auto)
}

pub fn update(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    match action {
        Action::Submit => {
            state.overlay = Overlay::None;
            let query = state.search.input.trim().to_string();
            if !query.is_empty() {
                state.store.remember_search(&query, HISTORY);
            }
            find::submit(state, rt);
            return None;
        }
        Action::Back => {
            state.overlay = Overlay::None;
            if state.search.target == Pane::List {
                find::restore_list(state, rt);
            }
            return None;
        }
        Action::OlderSearch => walk(state, true),
        Action::NewerSearch => walk(state, false),
        other => {
            if !edit(state, other) {
                return None;
            }
        }
    }
    if state.search.target == Pane::List {
        find::filter_live(state, rt);
    }
    None
}

/// Applies an editing key to the line; false when `action` is none.
fn edit(state: &mut Model, action: Action) -> bool {
    let search = &mut state.search;
    let mut line = LineEdit {
        text: std::mem::take(&mut search.input),
        caret: search.caret,
    };
    // → moves towards the start of a right-to-left query, which is on
    // the right.
    let rtl = query_is_rtl(&line.text);
    let mut known = true;
    match action {
        Action::Input(c) => line.insert(c),
        Action::DeleteChar => line.delete_back(),
        Action::DeleteNext => line.delete_forward(),
        Action::DeleteWord => line.delete_word(),
        Action::DeleteToStart => line.delete_to_start(),
        Action::CaretStart => line.home(),
        Action::CaretEnd => line.end(),
        Action::CaretLeft if rtl => line.forward(),
        Action::CaretLeft => line.back(),
        Action::CaretRight if rtl => line.back(),
        Action::CaretRight => line.forward(),
        _ => known = false,
    }
    search.input = line.text;
    search.caret = line.caret;
    known
}

/// ↑ (`older`) and ↓ through the kept searches, the latest first.
fn walk(state: &mut Model, older: bool) {
    let history = state.store.search_history();
    let search = &mut state.search;
    let next = match (&search.walk, older) {
        (None, true) if !history.is_empty() => Some(0),
        (None, _) => return,
        (Some(w), true) => Some((w.at + 1).min(history.len().saturating_sub(1))),
        (Some(w), false) => w.at.checked_sub(1),
    };
    let text = match next {
        Some(at) => {
            let draft = match search.walk.take() {
                Some(w) => w.draft,
                None => search.input.clone(),
            };
            search.walk = Some(HistoryWalk { at, draft });
            history.get(at).map_or_else(String::new, |q| clean(q))
        }
        None => search.walk.take().map(|w| w.draft).unwrap_or_default(),
    };
    let line = LineEdit::at_end(text);
    search.input = line.text;
    search.caret = line.caret;
}

/// A kept search as it goes back on the line: on one line, without
/// controls (the state file may have been edited by hand).
fn clean(query: &str) -> String {
    query.chars().filter(|c| !c.is_control()).collect()
}
