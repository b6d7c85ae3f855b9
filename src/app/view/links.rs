//! The link list's part of the view: its box, each row's number, words and
//! shortened URL laid out, and the chosen link's URL whole under them.

use ratatui::layout::Rect;

use super::shrink_end;
use crate::app::isolate;
use crate::app::keymap::Keymap;
use crate::app::links::{first_shown, geometry, items, url_lines};
use crate::app::model::{Model, Overlay};
use crate::app::runtime::Runtime;
use crate::app::ui::text::{Label, Side, label};
use crate::document::extras::shorten;
use crate::i18n::{LinkStrings, fill};
use crate::layout::{VisualLine, display_width};

/// The link list as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct LinksView {
    pub area: Rect,
    /// On its top and bottom borders: its name, and its keys.
    pub title: Label,
    pub keys: Label,
    /// The rows shown: the number and words at the start side, the URL
    /// (shortened) at the end side.
    pub rows: Vec<(Label, Option<Label>)>,
    /// Which of `rows` is chosen.
    pub selected: Option<usize>,
    /// The chosen link's URL whole, left to right, and where it goes.
    pub url: Vec<VisualLine>,
    pub url_area: Rect,
}

/// The list, when it is open and has room.
pub fn links(model: &Model, rt: &Runtime) -> Option<LinksView> {
    let Overlay::Links {
        article,
        selected,
        offset,
    } = model.overlay
    else {
        return None;
    };
    let g = geometry(model, rt)?;
    let offset = first_shown(selected, offset, usize::from(g.list.height));
    let items = items(model.library.articles.get(article)?);
    if items.is_empty() {
        return None;
    }
    let s = LinkStrings::get(model.lang);
    let (mirrored, opts) = (model.mirrored(), &model.opts);
    let at = |text: &str, area: Rect, side: Side| label(text, area, side, mirrored, opts);
    let rows = items
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(g.list.height))
        .enumerate()
        .map(|(row, (_, item))| {
            let area = Rect::new(g.list.x, g.list.y + row as u16, g.list.width, 1);
            let words = item.words.as_deref().unwrap_or(s.source_item);
            let words = if words.is_empty() { s.no_words } else { words };
            // The URL takes at most two fifths of the row, the words the rest.
            let room = usize::from(area.width) * 2 / 5;
            let url_cells = display_width(&item.url).min(room);
            let url = (url_cells >= 4).then(|| {
                let short = isolate::ltr(&shorten(&item.url, url_cells));
                at(&short, area, Side::End)
            });
            let used = url.as_ref().map_or(0, |_| url_cells as u16 + 2);
            let words_area = shrink_end(area, used, mirrored);
            let number = isolate::ltr(&format!("[{}]", item.number));
            (
                at(&format!("{number} {words}"), words_area, Side::Start),
                url,
            )
        })
        .collect();
    let url = items.get(selected).map_or_else(Vec::new, |item| {
        let mut lines = url_lines(&item.url, usize::from(g.url.width), opts);
        lines.truncate(usize::from(g.url.height));
        lines
    });
    let area = g.area;
    let edge = |y: u16| Rect::new(area.x + 1, y, area.width - 2, 1);
    Some(LinksView {
        area,
        title: at(s.title, edge(area.y), Side::Start),
        keys: at(&keys(&rt.keymap, s), edge(area.bottom() - 1), Side::End),
        rows,
        selected: selected.checked_sub(offset),
        url,
        url_area: g.url,
    })
}

/// "Enter open · c copy · s share · q close", from the keys bound now.
fn keys(keymap: &Keymap, s: &LinkStrings) -> String {
    let named = |name: &str| isolate::ltr(&keymap.first_label_of(name));
    fill(
        s.keys,
        &[
            &named("open_link"),
            &named("copy_link"),
            &named("share_link"),
            &named("quit"),
        ],
    )
}
