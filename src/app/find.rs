//! Search in the app: filtering the list and finding matches in the open
//! article, on top of `crate::search`'s Arabic-aware matching.

use crate::search::{FoldedQuery, FoldedTexts};

use super::cache::{Part, Stopped};
use super::marks;
use super::model::{Match, MessageKind, Model, Pane};
use super::runtime::Runtime;

pub use super::list_index::ListIndex;

/// Runs the query typed on the search line against its pane.
pub fn submit(state: &mut Model, rt: &Runtime) {
    let query = state.search.input.trim().to_string();
    match state.search.target {
        Pane::List => submit_list(state, rt, &query),
        Pane::Reader => search_article(state, rt, &query),
    }
}

/// The articles the list shows for `query` (all of them when it is empty),
/// through the kind filter (`B`, `U`), in the list's order; for words,
/// the articles that match them in their title first.
fn matching(state: &Model, rt: &Runtime, query: &str) -> Vec<usize> {
    let all = state.library.articles.len();
    // An order of another library (articles came or went) is no order.
    let library_order: Vec<usize>;
    let order: &[usize] = if state.list.order.len() == all {
        &state.list.order
    } else {
        library_order = (0..all).collect();
        &library_order
    };
    let shown = order.iter().copied().filter(|&i| marks::shown(state, i));
    super::list_index::find(&state.library.articles, query, shown, || {
        rt.list_index(state)
    })
}

/// Keeps only the articles whose title, author or body match; an empty
/// query shows them all again. When nothing matches, the list stays as it
/// was and the status line says so.
pub fn filter_list(state: &mut Model, rt: &Runtime, query: &str) {
    let found = matching(state, rt, query);
    if found.is_empty() && !query.is_empty() {
        say_no_match(state, query);
        return;
    }
    let keep = state.selected_article();
    show(state, rt, query, found, keep);
}

/// The list again after its order changed: the same filters, the same
/// article selected.
pub fn refilter(state: &mut Model, rt: &Runtime) {
    let query = state.list.filter.clone().unwrap_or_default();
    let found = matching(state, rt, &query);
    let keep = state.selected_article();
    show(state, rt, &query, found, keep);
}

/// While the search line is open on the list: the list follows each key,
/// down to no article at all.
pub fn filter_live(state: &mut Model, rt: &Runtime) {
    let query = state.search.input.trim().to_string();
    let found = matching(state, rt, &query);
    // The first key (one letter) is answered without reading a text: the
    // store's texts are mapped in meanwhile, for the keys after it.
    if !query.is_empty() {
        rt.list_index(state).map_texts_in();
    }
    let keep = state.search.list_before.selected;
    show(state, rt, &query, found, keep);
}

/// Esc on the search line: the list as it was before `/`.
pub fn restore_list(state: &mut Model, rt: &Runtime) {
    let before = state.search.list_before.clone();
    let query = before.filter.unwrap_or_default();
    let found = matching(state, rt, &query);
    show(state, rt, &query, found, before.selected);
}

/// Enter on the search line: the list keeps the filter typed, unless it
/// matches nothing, when the list goes back to what it was.
fn submit_list(state: &mut Model, rt: &Runtime, query: &str) {
    let found = matching(state, rt, query);
    if found.is_empty() && !query.is_empty() {
        restore_list(state, rt);
        say_no_match(state, query);
        return;
    }
    let keep = state.selected_article();
    show(state, rt, query, found, keep);
}

/// The list again after articles left it or came back: the same filter,
/// the selection on `keep` if it is listed.
pub fn refresh(state: &mut Model, rt: &Runtime, keep: Option<usize>) {
    let query = state.list.filter.clone().unwrap_or_default();
    let found = matching(state, rt, &query);
    show(state, rt, &query, found, keep);
}

fn show(state: &mut Model, rt: &Runtime, query: &str, found: Vec<usize>, keep: Option<usize>) {
    state.list.filter = (!query.is_empty()).then(|| query.to_string());
    state.list.visible = found;
    state.list.selected = keep
        .and_then(|k| state.list.visible.iter().position(|&i| i == k))
        .unwrap_or(0);
    state.list.offset = 0;
    super::update::keep_selection_visible(state, rt);
}

fn say_no_match(state: &mut Model, query: &str) {
    let s = state.strings();
    state.message = Some((format!("{} «{query}»", s.no_match), MessageKind::Warning));
}

/// Every match of `query` in the open article, in reading order: its
/// title and blocks, folded on its first search and kept while it is open.
pub fn open_matches(state: &Model, rt: &Runtime, query: &str) -> Vec<Match> {
    let (Some(index), Some(article)) = (state.reader.article, state.open_article()) else {
        return Vec::new();
    };
    if query.is_empty() {
        return Vec::new();
    }
    let texts =
        std::iter::once(article.title.as_str()).chain(article.body.iter().map(|b| b.text()));
    let Some(folded) = rt
        .cache
        .folded(index, |stop| FoldedTexts::new_until(texts, stop))
    else {
        return Vec::new();
    };
    let text = |i: usize| match i.checked_sub(1) {
        None => article.title.as_str(),
        Some(block) => article.body.get(block).map_or("", |b| b.text()),
    };
    let stop = || rt.cache.should_stop(Stopped::Search);
    folded
        .find_until(&FoldedQuery::new(query), text, &stop)
        .unwrap_or_default()
        .into_iter()
        .map(|(i, range)| Match {
            part: i.checked_sub(1).map_or(Part::Title, Part::Block),
            range,
        })
        .collect()
}

/// Finds the query in the open article and jumps to the first match at or
/// after the top of the screen.
pub fn search_article(state: &mut Model, rt: &Runtime, query: &str) {
    if state.open_article().is_none() {
        return;
    }
    let matches = open_matches(state, rt, query);
    state.reader.query = (!query.is_empty()).then(|| query.to_string());
    state.reader.current = None;
    if matches.is_empty() {
        state.reader.matches = matches;
        if !query.is_empty() {
            let s = state.strings();
            state.message = Some((format!("{} «{query}»", s.no_match), MessageKind::Warning));
        }
        return;
    }
    let top = rt.scroll(state);
    // Matches come in reading order, so their lines do too: a binary
    // search, not a placing of every match before the top.
    let first = matches.partition_point(|m| match_line(state, rt, m).is_none_or(|line| line < top));
    let first = if first < matches.len() { first } else { 0 };
    state.reader.matches = matches;
    jump_to(state, rt, first);
}

/// The laid-out line a match starts on.
fn match_line(state: &Model, rt: &Runtime, m: &Match) -> Option<usize> {
    rt.doc(state)?.line_of(m.part, m.range.start)
}

/// Makes match `index` current and scrolls it into view, a third down.
pub fn jump_to(state: &mut Model, rt: &Runtime, index: usize) {
    let Some(m) = state.reader.matches.get(index).cloned() else {
        return;
    };
    state.reader.current = Some(index);
    let total = state.reader.matches.len();
    state.message = Some((
        crate::i18n::fill(
            state.strings().match_position,
            &[&(index + 1).to_string(), &total.to_string()],
        ),
        MessageKind::Info,
    ));
    let Some(line) = match_line(state, rt, &m) else {
        return;
    };
    let height = rt.reader_height(state);
    let top = rt.scroll(state);
    if line < top || line >= top + height {
        let line = line.saturating_sub(height / 3).min(rt.max_scroll(state));
        super::update::scroll_to(state, rt, line);
    }
}

/// `n` / `N` in the reading pane: the next or previous match, wrapping.
pub fn step(state: &mut Model, rt: &Runtime, forward: bool) {
    let total = state.reader.matches.len();
    if total == 0 {
        return;
    }
    let next = match (state.reader.current, forward) {
        (None, _) => 0,
        (Some(i), true) => (i + 1) % total,
        (Some(i), false) => (i + total - 1) % total,
    };
    jump_to(state, rt, next);
}
