//! An article as a document: the one place between the article model and
//! the layout engine. It says what is shown (title, byline, blocks), in
//! which direction each block runs, and lays it out for a width; the
//! reader, `qari show` and the share pane all draw what it gives.

mod builder;
pub mod byline;
pub mod extras;
mod lines;

pub use extras::Extras;
pub use lines::Doc;

use builder::Builder;

use crate::article::Article;
use crate::i18n::UiLang;
use crate::layout::{Direction, LayoutOptions, VisualLine, reorder};

/// Which text a drawn line comes from; search highlights map back through it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Title,
    Byline,
    /// `Article::body[index]`; the line's cells are byte offsets into its text.
    Block(usize),
    /// Spacing and attributions: nothing to search or highlight.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Title,
    Byline,
    /// The article's URL, under the byline (see `extras::source_line`).
    Source,
    Heading,
    Paragraph,
    Quote,
    Attribution,
    Blank,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub part: Part,
    pub kind: LineKind,
    /// Cells kept free at the paragraph's start side (for a quote's bar).
    pub indent: u16,
    /// Drawn against the right edge: right-to-left text, and a byline
    /// under a right-to-left title whatever its own direction.
    pub right: bool,
    pub line: VisualLine,
}

/// Cells a quote keeps at its start side: a bar and a space.
pub const QUOTE_INDENT: u16 = 2;

/// A block's base direction: its own first strong letter (as HTML's
/// `dir="auto"`), else the article's. An Arabic quotation in an English
/// article reads right to left, and an English one in Arabic left to right.
pub fn block_direction(text: &str, article: Direction) -> Direction {
    match reorder::first_strong_is_rtl(text) {
        Some(true) => Direction::Rtl,
        Some(false) => Direction::Ltr,
        None => article,
    }
}

/// The interface's own direction in `lang`.
pub fn ui_direction(lang: UiLang) -> Direction {
    match lang {
        UiLang::Ar => Direction::Rtl,
        UiLang::En => Direction::Ltr,
    }
}

impl Doc {
    /// Lays out an article: title, byline, then its blocks with a blank line
    /// between them. The title runs in the article's direction, each block
    /// in its own (`block_direction`); the byline, which mixes the
    /// interface's words with the article's names, runs in `byline_dir` and
    /// is aligned with the title.
    pub fn build(
        article: &Article,
        lang: UiLang,
        byline_dir: Direction,
        width: usize,
        opts: LayoutOptions,
    ) -> Doc {
        let none = Extras::default();
        Doc::build_until(article, lang, byline_dir, width, opts, none, &|| false)
            .unwrap_or_default()
    }

    /// `build` with the `extras` asked for (the source line, link
    /// numbers), asking `stop` every few hundred lines whether to go on:
    /// `None` when it said to stop.
    pub fn build_until(
        article: &Article,
        lang: UiLang,
        byline_dir: Direction,
        width: usize,
        opts: LayoutOptions,
        extras: Extras,
        stop: &dyn Fn() -> bool,
    ) -> Option<Doc> {
        let with = |direction| LayoutOptions { direction, ..opts };
        let source =
            article.title.len() + article.body.iter().map(|b| b.text().len()).sum::<usize>();
        let mut doc = Builder {
            doc: Doc::with_room(source, width, article.body.len()),
            stop,
            since: 0,
            stopped: false,
            numbers: None,
        };
        doc.push_head(
            article,
            lang,
            width,
            &with(article.dir),
            &with(byline_dir),
            extras,
        );
        let mut numbered_so_far = 0;
        for (index, block) in article.body.iter().enumerate() {
            if doc.stopped {
                return None;
            }
            doc.blank();
            let part = Part::Block(index);
            let own = with(block_direction(block.text(), article.dir));
            let links = article.links_of(index).count();
            let first = extras::link_number(numbered_so_far);
            numbered_so_far += links;
            doc.numbers = (extras.link_numbers && links > 0)
                .then(|| extras::numbered(block.text(), article.links_of(index), first))
                .flatten();
            doc.push_block(block, part, width, &own);
        }
        if doc.stopped {
            return None;
        }
        let mut doc = doc.doc;
        doc.shrink();
        Some(doc)
    }

    /// The line showing byte `offset` of a part's text: the first line of
    /// the part whose source holds it or starts there, else the last one
    /// starting before it. A binary search: lines come in reading order
    /// (title, byline, blocks in turn, each from its start), so finding
    /// every match of a search costs a logarithm each, not a pass over an
    /// article of a million lines. Spacing (`Part::Other`) is not found.
    pub fn line_of(&self, part: Part, offset: usize) -> Option<usize> {
        let wanted = (rank(part)?, offset);
        // The first line whose place is past `wanted`.
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = low + (high - low) / 2;
            if self.place(mid).is_none_or(|k| k <= wanted) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        let mut found = (0..low)
            .rev()
            .find(|&i| self.part(i).is_some_and(|p| p != Part::Other))?;
        if self.part(found) != Some(part) {
            return None;
        }
        let start = |i: usize| self.source(i).map(|s| s.start);
        // Lines that start at the same offset (empty ones): the first.
        while found > 0 && self.part(found - 1) == Some(part) && start(found - 1) == start(found) {
            found -= 1;
        }
        Some(found)
    }

    /// Where line `index` sits in reading order; a spacing line sits where
    /// the text line before it does. `None` before the first text line.
    fn place(&self, index: usize) -> Option<(usize, usize)> {
        (0..=index)
            .rev()
            .find_map(|i| Some((rank(self.part(i)?)?, self.source(i)?.start)))
    }
}

/// A part's place in reading order; spacing has none.
fn rank(part: Part) -> Option<usize> {
    match part {
        Part::Title => Some(0),
        Part::Byline => Some(1),
        Part::Block(index) => Some(index.saturating_add(2)),
        Part::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    /// The linear scan `line_of` replaced, as the oracle.
    fn line_of_by_scan(doc: &Doc, part: Part, offset: usize) -> Option<usize> {
        let mut last = None;
        for index in 0..doc.len() {
            let (Some(p), Some(source)) = (doc.part(index), doc.source(index)) else {
                continue;
            };
            if p != part {
                continue;
            }
            if source.contains(&offset) || source.start == offset {
                return Some(index);
            }
            if source.start <= offset {
                last = Some(index);
            }
        }
        last
    }

    #[test]
    fn line_of_finds_what_a_scan_of_every_line_finds() {
        let (articles, _) = crate::article::sample::articles();
        for mut article in articles {
            article.body.push(Block::Paragraph(String::new()));
            article.body.push(Block::Quote {
                text: "«قال الوزير إن الأسعار سترتفع» quoted words".into(),
                by: Some("الوزير".into()),
            });
            article.body.push(Block::Heading("عنوان فرعي".into()));
            for width in [3, 11, 40] {
                let doc = Doc::build(
                    &article,
                    UiLang::Ar,
                    Direction::Rtl,
                    width,
                    LayoutOptions::default(),
                );
                let parts = [Part::Title]
                    .into_iter()
                    .chain((0..article.body.len() + 1).map(Part::Block));
                for part in parts {
                    let len = match part {
                        Part::Title => article.title.len(),
                        Part::Block(i) => article.body.get(i).map_or(3, |b| b.text().len()),
                        _ => 3,
                    };
                    for offset in 0..=len + 1 {
                        assert_eq!(
                            doc.line_of(part, offset),
                            line_of_by_scan(&doc, part, offset),
                            "{part:?} at {offset}, width {width}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_block_runs_in_the_direction_of_its_first_letter() {
        assert_eq!(
            block_direction("«قال الوزير إن الأسعار سترتفع».", Direction::Ltr),
            Direction::Rtl
        );
        assert_eq!(
            block_direction("OPEC+ قالت", Direction::Rtl),
            Direction::Ltr
        );
        assert_eq!(
            block_direction("2024 — 12%", Direction::Rtl),
            Direction::Rtl
        );
        assert_eq!(block_direction("2024", Direction::Ltr), Direction::Ltr);
    }
}
