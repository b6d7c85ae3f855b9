//! The date and reading-time columns of `qari list`.

use std::collections::HashMap;

use crate::document::byline;
use crate::i18n::UiLang;
use crate::index::ArticleRef;
use crate::inert::isolate;
use crate::layout::display_width;

/// The date and reading-time columns of the listed articles: each
/// distinct text (a library has far fewer days than articles) is made,
/// padded to its column's width and isolated once.
pub(super) struct Columns {
    /// The distinct texts, padded and isolated.
    texts: Vec<String>,
    /// For each article, its date's and its reading time's text; those of
    /// an article not listed are not made.
    each: Vec<(u32, u32)>,
}

impl Columns {
    /// The columns of the articles of `rows` whose indices are `shown`.
    /// They are gone through in file order, whatever the list's order:
    /// the rows (and the index bytes they borrow) are then read in the
    /// order they lie in memory.
    pub fn new(rows: &[ArticleRef], shown: &[usize], lang: UiLang) -> Columns {
        let mut listed = vec![false; rows.len()];
        for &i in shown {
            listed[i] = true;
        }
        let mut texts: Vec<String> = Vec::new();
        let mut dates: HashMap<&str, u32> = HashMap::new();
        let mut minutes: HashMap<u32, u32> = HashMap::new();
        let mut each = vec![(0, 0); rows.len()];
        let mut last: Option<(&str, u32)> = None;
        let mut add = |text: String| {
            texts.push(text);
            // Never more texts than twice the articles.
            (texts.len() - 1) as u32
        };
        for (i, a) in rows.iter().enumerate().filter(|&(i, _)| listed[i]) {
            let published = a.published.unwrap_or_default();
            // Articles of one day often lie side by side.
            let date = match last {
                Some((text, date)) if text == published => date,
                _ => *dates.entry(published).or_insert_with(|| {
                    add(byline::published(a.published, lang).unwrap_or_default())
                }),
            };
            last = Some((published, date));
            let time = *minutes
                .entry(a.minutes)
                .or_insert_with(|| add(byline::minutes(lang, a.minutes)));
            each[i] = (date, time);
        }
        let widest = |column: &mut dyn Iterator<Item = &u32>| {
            let widths = column.map(|&t| display_width(&texts[t as usize]));
            widths.max().unwrap_or(0)
        };
        let date_width = widest(&mut dates.values());
        let minutes_width = widest(&mut minutes.values());
        for &t in dates.values() {
            let text = &mut texts[t as usize];
            let pad = " ".repeat(date_width - display_width(text));
            *text = isolate(&format!("{text}{pad}"));
        }
        for &t in minutes.values() {
            let text = &mut texts[t as usize];
            let pad = " ".repeat(minutes_width - display_width(text));
            *text = isolate(&format!("{pad}{text}"));
        }
        Columns { texts, each }
    }

    /// The date's and the reading time's text of the article `i`.
    pub fn of(&self, i: usize) -> [&str; 2] {
        let (date, minutes) = self.each[i];
        [&self.texts[date as usize], &self.texts[minutes as usize]]
    }
}
