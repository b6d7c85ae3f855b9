//! The article's source and the links inside it: `o` opens the source,
//! `L` lists the source and the links (numbered as the text numbers them)
//! to open, copy or share one; a click on the source line or on a row of
//! the list opens it. Plain state and updates: opening and copying are
//! effects the loop runs (`share::perform`), with the share pane's rules.

use ratatui::layout::Rect;

use super::action::Action;
use super::cache::LineKind;
use super::effects::Effect;
use super::model::{MessageKind, Model, Overlay, Pane};
use super::runtime::Runtime;
use super::share::{SharePane, pane_area};
use crate::article::{Article, sanitize};
use crate::document::extras::{link_number, source_url};
use crate::i18n::LinkStrings;
use crate::layout::{Direction, LayoutOptions, VisualLine, layout_paragraph};
use crate::share::{self, Format, Share, ShareKind};

/// One row of the link list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// As the text numbers it; the source is 0.
    pub number: usize,
    /// The linked words, one line, logical; `None` for the source.
    pub words: Option<String>,
    pub url: String,
}

/// The article's source (when it has a URL), then its links in the order
/// of the text. Links with no target are left out; their numbers stay.
pub fn items(article: &Article) -> Vec<Item> {
    let source = source_url(article).map(|url| Item {
        number: 0,
        words: None,
        url,
    });
    let links = article.links.iter().enumerate().filter_map(|(i, link)| {
        let url = sanitize::inline(&link.url);
        let text = article.body.get(link.block).map_or("", |b| b.text());
        let words = text.get(link.start..link.end).unwrap_or_default();
        (!url.is_empty()).then(|| Item {
            number: link_number(i),
            words: Some(sanitize::inline(words)),
            url,
        })
    });
    source.into_iter().chain(links).collect()
}

/// The article `o` and `L` act on: the list's selection from the list,
/// the open article from the reading pane.
fn article_index(state: &Model) -> Option<usize> {
    match state.focus {
        Pane::List => state.selected_article(),
        Pane::Reader => state.reader.article.or(state.selected_article()),
    }
}

fn say(state: &mut Model, text: &str) {
    state.message = Some((text.to_string(), MessageKind::Info));
}

/// `o`: the article's URL to the browser.
pub fn open_source(state: &mut Model) -> Option<Effect> {
    let article = article_index(state).and_then(|i| state.library.articles.get(i));
    match article.and_then(source_url) {
        Some(url) => Some(Effect::Open(url)),
        None => {
            say(state, LinkStrings::get(state.lang).no_url);
            None
        }
    }
}

/// `L`: the link list, on its first row.
pub fn open_list(state: &mut Model) {
    let Some(article) = article_index(state) else {
        return;
    };
    let empty = state
        .library
        .articles
        .get(article)
        .is_none_or(|a| items(a).is_empty());
    if empty {
        say(state, LinkStrings::get(state.lang).no_links);
        return;
    }
    state.overlay = Overlay::Links {
        article,
        selected: 0,
        offset: 0,
    };
}

/// The open list's article, its items and its chosen row.
fn listed(state: &Model) -> Option<(usize, Vec<Item>, usize, usize)> {
    let Overlay::Links {
        article,
        selected,
        offset,
    } = state.overlay
    else {
        return None;
    };
    let items = items(state.library.articles.get(article)?);
    Some((article, items, selected, offset))
}

/// Keys while the list is open.
pub fn update(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    // The list closes whatever came of its article.
    let listed = listed(state).filter(|(_, items, _, _)| !items.is_empty());
    let Some((article, items, selected, _)) = listed else {
        state.overlay = Overlay::None;
        return None;
    };
    let last = items.len() - 1;
    let item = &items[selected.min(last)];
    let chosen = match action {
        Action::Down => (selected + 1).min(last),
        Action::Up => selected.saturating_sub(1),
        Action::Top => 0,
        Action::Bottom => last,
        Action::OpenLink => return Some(Effect::Open(item.url.clone())),
        Action::CopyLink => return Some(Effect::Copy(item.url.clone())),
        Action::Share => {
            share_item(state, article, item);
            return None;
        }
        Action::Back | Action::Quit => {
            state.overlay = Overlay::None;
            return None;
        }
        _ => return None,
    };
    choose(state, rt, chosen);
    None
}

/// Chooses row `chosen` and scrolls the list so it is shown.
fn choose(state: &mut Model, rt: &Runtime, chosen: usize) {
    let rows = geometry(state, rt).map_or(1, |g| usize::from(g.list.height));
    if let Overlay::Links {
        selected, offset, ..
    } = &mut state.overlay
    {
        *selected = chosen;
        *offset = first_shown(chosen, *offset, rows);
    }
}

/// The first row shown: `offset`, moved as little as it takes to show
/// row `selected` in `rows` rows (after a resize, say, as well as a move).
pub fn first_shown(selected: usize, offset: usize, rows: usize) -> usize {
    let rows = rows.max(1);
    if selected < offset {
        selected
    } else if selected >= offset + rows {
        selected + 1 - rows
    } else {
        offset
    }
}

/// `s` on a row: the share pane, sharing the source as the article is
/// shared, or a link as its words and its URL.
fn share_item(state: &mut Model, article: usize, item: &Item) {
    let Some(a) = state.library.articles.get(article) else {
        return;
    };
    let share = match &item.words {
        None => share::compose(a, None).ok(),
        Some(words) => {
            let title = if words.is_empty() { &a.title } else { words };
            Some(Share {
                kind: ShareKind::Article,
                title: share::logical::unshape(title).into_owned(),
                author: None,
                source: a.source.clone().filter(|s| !s.trim().is_empty()),
                speaker: None,
                url: Some(item.url.clone()),
                text: String::new(),
                rtl: a.dir == Direction::Rtl,
            })
        }
    };
    let Some(share) = share else {
        return;
    };
    state.share.pane = Some(SharePane {
        article,
        share,
        format: Format::Text,
        selected: 0,
        qr: None,
    });
    state.overlay = Overlay::Share;
}

/// Where the list is drawn: its box, the rows of its items inside, and
/// the rows under them showing the chosen link whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub area: Rect,
    pub list: Rect,
    pub url: Rect,
}

/// The list's place for the model: over the reading pane, like the share
/// pane. `None` when it has no room for a row.
pub fn geometry(state: &Model, rt: &Runtime) -> Option<Geometry> {
    let (_, items, selected, _) = listed(state)?;
    let screen = Rect::new(0, 0, state.size.0, state.size.1);
    let area = pane_area(state, rt).intersection(screen);
    if area.width < 8 || area.height < 3 {
        return None;
    }
    let inner = Rect::new(area.x + 2, area.y + 1, area.width - 4, area.height - 2);
    // The chosen URL whole, under a blank row, in at most half the box.
    let url = items.get(selected).map_or(0, |i| {
        url_lines(&i.url, usize::from(inner.width), &state.opts).len() as u16
    });
    let url = if inner.height >= 4 {
        url.min(inner.height / 2)
    } else {
        0
    };
    let gap = u16::from(url > 0);
    let list_height = inner.height - url - gap;
    Some(Geometry {
        area,
        list: Rect::new(inner.x, inner.y, inner.width, list_height),
        url: Rect::new(inner.x, inner.y + list_height + gap, inner.width, url),
    })
}

/// A URL laid out whole, left to right, over as many lines as it takes.
pub fn url_lines(url: &str, width: usize, opts: &LayoutOptions) -> Vec<VisualLine> {
    let opts = LayoutOptions {
        direction: Direction::Ltr,
        ..*opts
    };
    layout_paragraph(url, width.max(1), &opts)
}

/// A click or the wheel. On the list: a click on a row opens its link,
/// the wheel moves the choice. Over the reading pane: a click on the
/// source line opens the source. `None` leaves the event to the panes.
pub fn mouse(state: &mut Model, rt: &Runtime, action: Action) -> Option<Effect> {
    if matches!(state.overlay, Overlay::Links { .. }) {
        let (_, items, selected, offset) = listed(state)?;
        let list = geometry(state, rt)?.list;
        let offset = first_shown(selected, offset, usize::from(list.height));
        match action {
            Action::Click { column, row } => {
                let inside = list.contains(ratatui::layout::Position::new(column, row));
                let at = offset + usize::from(row.checked_sub(list.y)?);
                let item = items.get(at).filter(|_| inside)?;
                let url = item.url.clone();
                choose(state, rt, at);
                return Some(Effect::Open(url));
            }
            Action::Wheel { down, .. } => {
                let last = items.len().saturating_sub(1);
                let chosen = if down {
                    (selected + 1).min(last)
                } else {
                    selected.saturating_sub(1)
                };
                choose(state, rt, chosen);
            }
            _ => {}
        }
        return None;
    }
    let Action::Click { column, row } = action else {
        return None;
    };
    if state.overlay != Overlay::None {
        return None;
    }
    let text = rt.panes(state).reader_text()?;
    if !text.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let line = rt.scroll(state) + usize::from(row - text.y);
    if rt.doc(state)?.kind(line)? != LineKind::Source {
        return None;
    }
    state.focus = Pane::Reader;
    open_source(state)
}
