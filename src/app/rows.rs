//! The list's rows and the byline: the short lines of text made from an
//! article's fields, laid out once per width and options.

use std::collections::HashMap;

use crate::article::Article;
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
    /// Byline: author, source, date and reading time, as one line of text.
    pub fn byline(&self, article: &Article) -> String {
        let s = self.strings();
        let mut parts: Vec<String> = Vec::new();
        if let Some(author) = &article.author {
            parts.push(author.clone());
        }
        if let Some(source) = &article.source {
            parts.push(source.clone());
        }
        if let Some(date) = &article.published {
            parts.push(isolated_date(date));
        }
        parts.push(format!("{} {}", article.reading_minutes, s.minutes));
        join_isolated(&parts)
    }

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
            let meta = self.list_meta(article);
            let row = RowLines {
                title: fit_line(&article.title, width, &title_opts),
                meta: fit_line(&meta, width, &meta_opts),
            };
            self.rows.rows.insert(index, row);
        }
    }

    fn list_meta(&self, article: &Article) -> String {
        let s = self.strings();
        let mut parts: Vec<String> = Vec::new();
        if let Some(name) = article.author.as_ref().or(article.source.as_ref()) {
            parts.push(name.clone());
        }
        if let Some(date) = &article.published {
            parts.push(isolated_date(date));
        }
        parts.push(format!("{} {}", article.reading_minutes, s.minutes));
        join_isolated(&parts)
    }
}

/// Parts of a byline joined with middle dots, each in its own bidi isolate
/// (FSI…PDI): an Arabic name, a Latin source and a number then keep their
/// own order inside and sit in the paragraph's order between the dots.
pub fn join_isolated(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| format!("\u{2068}{p}\u{2069}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A date to put among Arabic words: its date part, isolated left-to-right
/// (LRI…PDI), or the Arabic letter before it would make each number its own
/// run and show 2023-09-11 as 11-09-2023.
pub fn isolated_date(date: &str) -> String {
    format!("\u{2066}{}\u{2069}", short_date(date))
}

/// The date part of an ISO 8601 timestamp; other dates as written.
pub fn short_date(date: &str) -> &str {
    let bytes = date.as_bytes();
    let iso = bytes.len() > 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[..4].iter().all(u8::is_ascii_digit);
    match date.get(..10) {
        Some(day) if iso => day,
        _ => date,
    }
}
