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
    /// Links inside the body's text, in block order: the linked words stay
    /// in the block, the target is kept here for the reader's link list.
    pub links: Vec<Link>,
    /// Where it was loaded from; `None` for the built-in samples.
    pub path: Option<PathBuf>,
}

/// A block of an article's body, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Quote {
        text: String,
        by: Option<String>,
    },
    /// One item of a list. Items of a numbered list carry their number at
    /// the start of the text (`2. `), so the text reads the same anywhere.
    ListItem(String),
}

/// A link inside a block's text: the words `text[start..end]` of block
/// `block` of the body point to `url`. Offsets are in bytes of the block
/// text and always fall on character boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub url: String,
}

impl Block {
    /// The block's text (a quote's words, without its attribution).
    pub fn text(&self) -> &str {
        match self {
            Block::Heading(t) | Block::Paragraph(t) | Block::ListItem(t) => t,
            Block::Quote { text, .. } => text,
        }
    }
}

impl Article {
    /// Paragraphs and quotes, in order, without headings: what `--quote N` counts.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Block> {
        self.body.iter().filter(|b| !matches!(b, Block::Heading(_)))
    }

    /// The links of block `index`, in the order they appear in it.
    pub fn links_of(&self, index: usize) -> impl Iterator<Item = &Link> {
        let from = self.links.partition_point(|l| l.block < index);
        self.links[from..]
            .iter()
            .take_while(move |l| l.block == index)
    }
}
