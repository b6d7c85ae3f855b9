//! The article model shared by the loader, the reader, search and sharing.

use std::path::PathBuf;

use crate::layout::Direction;

/// One stored article, with its text sanitized at load time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier: from the file, else a slug of the file name.
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    /// As written in the file (ISO 8601 when the file follows the format).
    pub published: Option<String>,
    pub lang: Option<String>,
    /// The article's own direction, passed to the layout engine so that a
    /// headline starting with a Latin word still reads right-to-left.
    pub dir: Direction,
    pub tags: Vec<String>,
    pub reading_minutes: u32,
    pub body: Vec<Block>,
    /// Where it was loaded from; `None` for the built-in samples.
    pub path: Option<PathBuf>,
}

/// A block of an article's body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Quote { text: String, by: Option<String> },
}

impl Block {
    /// The block's text (a quote's words, without its attribution).
    pub fn text(&self) -> &str {
        match self {
            Block::Heading(t) | Block::Paragraph(t) => t,
            Block::Quote { text, .. } => text,
        }
    }
}

impl Article {
    /// Paragraphs and quotes, in order, without headings: what `--quote N` counts.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.body.iter().filter(|b| !matches!(b, Block::Heading(_)))
    }
}
