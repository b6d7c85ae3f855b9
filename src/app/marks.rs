//! Read marks, bookmarks, saved positions and the remembered selection:
//! the reader's side of `crate::state`. Everything here changes the store in
//! memory only; the loop writes it (debounced, and on quit).

use crate::i18n::{MarkStrings, UiLang, fill};
use crate::state::Position;

use super::action::Action;
use super::cache::Part;
use super::isolate;
use super::model::{MessageKind, Model, Only, Pane, ReadingPosition};
use super::runtime::Runtime;

/// The article the marking keys apply to: the open one when reading, the
/// selected one in the list.
pub fn target(state: &Model) -> Option<usize> {
    match state.focus {
        Pane::Reader => state.reader.article,
        Pane::List => state.selected_article(),
    }
}

/// `u`, `m`, `A`, `B` and `U`.
pub fn apply(state: &mut Model, rt: &Runtime, action: Action) {
    let lang = state.lang;
    let text = match action {
        Action::ToggleRead => {
            let Some(id) = target(state).map(|i| state.library.articles[i].id.clone()) else {
                return;
            };
            state.store.toggle_read(&id);
            if state.store.is_read(&id) {
                words(lang).marked_read.to_string()
            } else {
                words(lang).marked_unread.to_string()
            }
        }
        Action::ToggleBookmark => {
            let Some(id) = target(state).map(|i| state.library.articles[i].id.clone()) else {
                return;
            };
            state.store.toggle_bookmark(&id);
            if state.store.is_bookmarked(&id) {
                words(lang).bookmarked.to_string()
            } else {
                words(lang).unbookmarked.to_string()
            }
        }
        Action::MarkAllRead => {
            for &i in &state.list.visible {
                state.store.set_read(&state.library.articles[i].id, true);
            }
            words(lang).all_read.to_string()
        }
        Action::BookmarksOnly => show_only(state, rt, Only::Bookmarked),
        Action::UnreadOnly => show_only(state, rt, Only::Unread),
        _ => return,
    };
    state.message = Some((text, MessageKind::Info));
}

/// Switches the list to one kind of article, or back to all of them.
fn show_only(state: &mut Model, rt: &Runtime, only: Only) -> String {
    let before = state.list.only;
    state.list.only = if before == only { Only::All } else { only };
    let query = state.list.filter.clone().unwrap_or_default();
    state.message = None;
    super::find::filter_list(state, rt, &query);
    let w = words(state.lang);
    if state.message.is_some() {
        // The search filter and this one have no article in common: the
        // list stays as it was.
        state.list.only = before;
        return w.nothing_to_show.to_string();
    }
    // The key that undoes the filter, isolated: a Latin key name inside
    // Arabic words keeps its brackets on its own sides.
    let key = |action| isolate::ltr(&rt.keymap.first_label(action));
    match (state.list.only, state.list.visible.is_empty()) {
        (Only::All, _) => w.showing_all.to_string(),
        (Only::Bookmarked, false) => fill(w.showing_bookmarks, &[&key(Action::BookmarksOnly)]),
        (Only::Unread, false) => fill(w.showing_unread, &[&key(Action::UnreadOnly)]),
        (_, true) => w.nothing_to_show.to_string(),
    }
}

/// Whether the list's kind filter (`B`, `U`) lets an article through.
pub fn shown(state: &Model, index: usize) -> bool {
    let Some(article) = state.library.articles.get(index) else {
        return false;
    };
    if state.list.gone.contains(&index) {
        return false;
    }
    match state.list.only {
        Only::All => true,
        Only::Bookmarked => state.store.is_bookmarked(&article.id),
        Only::Unread => !state.store.is_read(&article.id),
    }
}

/// After every change: remember the selection and the open article's
/// reading position (in memory; the loop decides when to write).
pub fn remember(state: &mut Model, rt: &Runtime) {
    let selected = state
        .selected_article()
        .map(|i| state.library.articles[i].id.clone());
    if selected.is_some() {
        state.store.set_selected(selected.as_deref());
    }
    let Some(id) = state.open_article().map(|a| a.id.clone()) else {
        return;
    };
    match rt.reading_position(state) {
        Some(ReadingPosition {
            part: Part::Block(block),
            offset,
            ..
        }) => state.store.set_position(&id, Position { block, offset }),
        // The title or byline at the top: the start of the article.
        Some(_) => state.store.clear_position(&id),
        None => {}
    }
}

/// Scrolls a freshly opened article to where it was left.
pub fn restore_position(state: &mut Model) {
    let Some(id) = state.open_article().map(|a| a.id.clone()) else {
        return;
    };
    if let Some(Position { block, offset }) = state.store.position(&id) {
        state.reader.top = ReadingPosition {
            part: Part::Block(block),
            offset,
            below_top: 0,
        };
    }
}

/// Selects the article selected when qari last ran, if it is listed.
pub fn restore_selection(state: &mut Model, rt: &Runtime) {
    let Some(id) = state.store.selected().map(str::to_string) else {
        return;
    };
    let articles = &state.library.articles;
    if let Some(position) = state
        .list
        .visible
        .iter()
        .position(|&i| articles[i].id == id)
    {
        state.list.selected = position;
        super::update::keep_selection_visible(state, rt);
    }
}

fn words(lang: UiLang) -> &'static MarkStrings {
    MarkStrings::get(lang)
}
