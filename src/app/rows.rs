//! The list's rows: each article's title and the line under it, laid out
//! when first drawn and kept per width and options.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::document::byline;
use crate::layout::{LayoutOptions, VisualLine, fit_line};

use super::model::Model;
use super::runtime::Runtime;

/// A list row laid out: the title and the author/date/minutes line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowLines {
    pub title: VisualLine,
    pub meta: VisualLine,
}

/// What the laid-out rows depend on besides the article: the width, the
/// options and the interface's side.
type Stamp = (usize, LayoutOptions, bool);

/// The rows laid out, by article, and what they were laid out for.
type Rows = (Option<Stamp>, HashMap<usize, Rc<RowLines>>);

/// List rows laid out for one width, set of options and side.
#[derive(Debug, Default)]
pub struct RowCache {
    rows: RefCell<Rows>,
}

impl RowCache {
    pub fn clear(&self) {
        let mut rows = self.rows.borrow_mut();
        rows.0 = None;
        rows.1.clear();
    }
}

impl Runtime {
    /// The list row of article `index`, laid out now if it was not yet.
    pub fn row_lines(&self, model: &Model, index: usize) -> Option<Rc<RowLines>> {
        let width = self.panes(model).list_text_width()?;
        let article = model.library.articles.get(index)?;
        let stamp = Some((width, model.opts, model.mirrored()));
        let mut rows = self.rows.rows.borrow_mut();
        if rows.0 != stamp {
            rows.1.clear();
            rows.0 = stamp;
        }
        let row = rows.1.entry(index).or_insert_with(|| {
            let title_opts = LayoutOptions {
                direction: article.dir,
                ..model.opts
            };
            let meta_opts = LayoutOptions {
                direction: model.ui_direction(),
                ..model.opts
            };
            let meta = byline::join(&byline::list_parts(article, model.lang));
            Rc::new(RowLines {
                title: fit_line(&article.title, width, &title_opts),
                meta: fit_line(&meta, width, &meta_opts),
            })
        });
        Some(Rc::clone(row))
    }
}
