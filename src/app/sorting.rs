//! The list's order: sorted once at the start (newest first unless the
//! reading state remembers another), and again by `S`, through the same
//! `article::order` that `qari list --sort` uses. The selected article
//! stays selected whatever its new place. The order `S` chose is kept in
//! the reading state for the next start.

use crate::article::order::SortOrder;
use crate::i18n::{LibraryStrings, fill};

use super::find;
use super::model::{MessageKind, Model};
use super::runtime::Runtime;

/// Puts the list in `order`, keeping its filters and its selection.
pub fn sort(state: &mut Model, rt: &Runtime, order: SortOrder) {
    let keys = rt.sort_keys(state);
    let store = &state.store;
    let articles = &state.library.articles;
    state.list.order = keys.sorted(articles, order, |i| store.is_read(&articles[i].id));
    state.list.sort = order;
    find::refilter(state, rt);
}

/// `S`: the next order, said in the status line.
pub fn cycle(state: &mut Model, rt: &Runtime) {
    let next = state.list.sort.next();
    sort(state, rt, next);
    state
        .store
        .remember_setting(|s| s.sort = Some(next.name().into()));
    let words = LibraryStrings::get(state.lang);
    let text = fill(words.sorted, &[words.sort_name(next)]);
    state.message = Some((text, MessageKind::Info));
}
