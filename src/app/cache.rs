//! Laid-out articles, kept per article, width and options, so a keypress
//! redraws without laying out again, and going back to an article is instant.

use crate::article::{Article, Block};
use crate::layout::{Direction, LayoutOptions, VisualLine, layout_paragraph};

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

/// An article laid out for one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<DocLine>,
}

/// Cells a quote keeps at its start side: a bar and a space.
pub const QUOTE_INDENT: u16 = 2;

impl Doc {
    /// Lays out an article: title, byline, then its blocks with a blank line
    /// between them. `opts.direction` is taken from the article; the byline,
    /// which mixes the interface's words with the article's names, is laid
    /// out in `byline_dir` and aligned with the title.
    pub fn build(
        article: &Article,
        byline: &str,
        byline_dir: Direction,
        width: usize,
        opts: LayoutOptions,
    ) -> Doc {
        let opts = LayoutOptions {
            direction: article.dir,
            ..opts
        };
        let mut doc = Doc { lines: Vec::new() };
        let title = &article.title;
        doc.push(title, Part::Title, LineKind::Title, 0, width, &opts);
        if !byline.is_empty() {
            let title_right = doc.lines.first().is_some_and(|l| l.right);
            let byline_opts = LayoutOptions {
                direction: byline_dir,
                ..opts
            };
            let from = doc.lines.len();
            doc.push(
                byline,
                Part::Byline,
                LineKind::Byline,
                0,
                width,
                &byline_opts,
            );
            for line in &mut doc.lines[from..] {
                line.right = title_right;
            }
        }
        for (index, block) in article.body.iter().enumerate() {
            doc.blank();
            let part = Part::Block(index);
            match block {
                Block::Heading(text) => {
                    doc.push(text, part, LineKind::Heading, 0, width, &opts);
                }
                Block::Paragraph(text) => {
                    doc.push(text, part, LineKind::Paragraph, 0, width, &opts);
                }
                Block::Quote { text, by } => {
                    let inner = width.saturating_sub(QUOTE_INDENT as usize).max(1);
                    doc.push(text, part, LineKind::Quote, QUOTE_INDENT, inner, &opts);
                    if let Some(by) = by {
                        let by = format!("— {by}");
                        let kind = LineKind::Attribution;
                        doc.push(&by, Part::Other, kind, QUOTE_INDENT, inner, &opts);
                    }
                }
            }
        }
        doc
    }

    fn push(
        &mut self,
        text: &str,
        part: Part,
        kind: LineKind,
        indent: u16,
        width: usize,
        opts: &LayoutOptions,
    ) {
        let lines = layout_paragraph(text, width, opts);
        self.lines.extend(lines.into_iter().map(|line| DocLine {
            part,
            kind,
            indent,
            right: line.rtl,
            line,
        }));
    }

    fn blank(&mut self) {
        self.lines.push(DocLine {
            part: Part::Other,
            kind: LineKind::Blank,
            indent: 0,
            right: false,
            line: VisualLine {
                text: String::new(),
                width: 0,
                cells: Vec::new(),
                source: 0..0,
                rtl: false,
            },
        });
    }

    /// The line showing byte `offset` of a part's text.
    pub fn line_of(&self, part: Part, offset: usize) -> Option<usize> {
        let mut last = None;
        for (index, line) in self.lines.iter().enumerate() {
            if line.part != part {
                continue;
            }
            if line.line.source.contains(&offset) || line.line.source.start == offset {
                return Some(index);
            }
            if line.line.source.start <= offset {
                last = Some(index);
            }
        }
        last
    }
}

/// What a laid-out article depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheKey {
    pub article: usize,
    pub width: usize,
    pub opts: LayoutOptions,
}

/// The few most recently drawn articles, newest first.
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: Vec<(CacheKey, Doc)>,
}

/// Enough for flipping between neighbouring articles and a resize back.
const CAPACITY: usize = 6;

impl LayoutCache {
    pub fn get(&self, key: &CacheKey) -> Option<&Doc> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, d)| d)
    }

    /// The laid-out article, laying it out only when it is not cached.
    pub fn ensure(&mut self, key: CacheKey, build: impl FnOnce() -> Doc) -> &Doc {
        match self.entries.iter().position(|(k, _)| *k == key) {
            Some(found) => {
                let entry = self.entries.remove(found);
                self.entries.insert(0, entry);
            }
            None => {
                self.entries.insert(0, (key, build()));
                self.entries.truncate(CAPACITY);
            }
        }
        &self.entries[0].1
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}
