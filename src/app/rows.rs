//! The list's rows: each article's title and the line under it, laid out
//! once per width and options.

use std::collections::HashMap;

use crate::document::byline;
use crate::layout::{LayoutOptions, VisualLine, fit_line};

use super::state::State;

/// A list row laid out: the title and the author/date/minutes line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowLines {
    pub title: VisualLine,
    pub meta: VisualLine,
}

/// List rows laid out for one width and set of options.
#[derive(Debug, Default)]
pub struct RowCache {
    pub stamp: Option<(usize, LayoutOptions)>,
    pub rows: HashMap<usize, RowLines>,
}

impl State {
    /// Lays out the list rows on screen that are not laid out yet.
    pub(super) fn prepare_rows(&mut self) {
        let Some(width) = self.panes().list_text_width() else {
            return;
        };
        let stamp = Some((width, self.opts));
        if self.rows.stamp != stamp {
            self.rows.rows.clear();
            self.rows.stamp = stamp;
        }
        let capacity = self.list_capacity().max(1);
        let end = (self.list.offset + capacity).min(self.list.visible.len());
        for &index in &self.list.visible[self.list.offset.min(end)..end] {
            if self.rows.rows.contains_key(&index) {
                continue;
            }
            let article = &self.library.articles[index];
            let title_opts = LayoutOptions {
                direction: article.dir,
                ..self.opts
            };
            let meta_opts = LayoutOptions {
                direction: self.ui_direction(),
                ..self.opts
            };
            let meta = byline::join(&byline::list_parts(article, self.lang));
            let row = RowLines {
                title: fit_line(&article.title, width, &title_opts),
                meta: fit_line(&meta, width, &meta_opts),
            };
            self.rows.rows.insert(index, row);
        }
    }
}
