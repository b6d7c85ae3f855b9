//! Search in the app: filtering the list and finding matches in the open
//! article, on top of `crate::search`'s Arabic-aware matching.

use crate::article::Article;
use crate::search;

use super::cache::Part;
use super::marks;
use super::state::{Match, MessageKind, Pane, State};

/// Runs the query typed on the search line against its pane.
pub fn submit(state: &mut State) {
    let query = state.search.input.trim().to_string();
    match state.search.target {
        Pane::List => filter_list(state, &query),
        Pane::Reader => search_article(state, &query),
    }
}

fn article_matches(article: &Article, query: &str) -> bool {
    search::contains(&article.title, query)
        || article
            .author
            .as_deref()
            .is_some_and(|a| search::contains(a, query))
        || article
            .body
            .iter()
            .any(|b| search::contains(b.text(), query))
}

/// Keeps only the articles whose title, author or body match; an empty
/// query shows them all again.
pub fn filter_list(state: &mut State, query: &str) {
    let keep = state.selected_article();
    let all = state.library.articles.len();
    if query.is_empty() {
        state.list.filter = None;
        state.list.visible = (0..all).filter(|&i| marks::shown(state, i)).collect();
    } else {
        let found: Vec<usize> = (0..all)
            .filter(|&i| article_matches(&state.library.articles[i], query))
            .filter(|&i| marks::shown(state, i))
            .collect();
        if found.is_empty() {
            let s = state.strings();
            state.message = Some((format!("{} «{query}»", s.no_match), MessageKind::Warning));
            return;
        }
        state.list.filter = Some(query.to_string());
        state.list.visible = found;
    }
    state.list.selected = keep
        .and_then(|k| state.list.visible.iter().position(|&i| i == k))
        .unwrap_or(0);
    state.list.offset = 0;
    super::update::keep_selection_visible(state);
}

/// Every match of `query` in an article, in reading order.
pub fn find_matches(article: &Article, query: &str) -> Vec<Match> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut matches: Vec<Match> = search::find_all(&article.title, query)
        .into_iter()
        .map(|range| Match {
            part: Part::Title,
            range,
        })
        .collect();
    for (index, block) in article.body.iter().enumerate() {
        matches.extend(
            search::find_all(block.text(), query)
                .into_iter()
                .map(|range| Match {
                    part: Part::Block(index),
                    range,
                }),
        );
    }
    matches
}

/// Finds the query in the open article and jumps to the first match at or
/// after the top of the screen.
pub fn search_article(state: &mut State, query: &str) {
    let Some(article) = state.open_article() else {
        return;
    };
    let matches = find_matches(article, query);
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
    let top = state.reader.scroll;
    let first = matches
        .iter()
        .position(|m| match_line(state, m).is_some_and(|line| line >= top))
        .unwrap_or(0);
    state.reader.matches = matches;
    jump_to(state, first);
}

/// The laid-out line a match starts on.
fn match_line(state: &State, m: &Match) -> Option<usize> {
    state.doc()?.line_of(m.part, m.range.start)
}

/// Makes match `index` current and scrolls it into view, a third down.
pub fn jump_to(state: &mut State, index: usize) {
    let Some(m) = state.reader.matches.get(index).cloned() else {
        return;
    };
    state.reader.current = Some(index);
    let total = state.reader.matches.len();
    state.message = Some((
        format!("{}/{total} {}", index + 1, state.strings().matches),
        MessageKind::Info,
    ));
    let Some(line) = match_line(state, &m) else {
        return;
    };
    let height = state.reader_height();
    let top = state.reader.scroll;
    if line < top || line >= top + height {
        state.reader.scroll = line.saturating_sub(height / 3).min(state.max_scroll());
    }
}

/// `n` / `N` in the reading pane: the next or previous match, wrapping.
pub fn step(state: &mut State, forward: bool) {
    let total = state.reader.matches.len();
    if total == 0 {
        return;
    }
    let next = match (state.reader.current, forward) {
        (None, _) => 0,
        (Some(i), true) => (i + 1) % total,
        (Some(i), false) => (i + total - 1) % total,
    };
    jump_to(state, next);
}
