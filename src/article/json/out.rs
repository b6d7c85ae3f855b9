//! Articles as `qari import` writes them and `qari list --json` prints
//! them: the format the reader loads, with links in characters.

use serde::Serialize;

use crate::article::{Article, Block, Link};
use crate::layout::Direction;
/// One article as written to disk by `qari import`, and as printed by
/// `qari list --json` (without the body).
#[derive(Debug, Serialize)]
pub struct ArticleOut<'a> {
    pub id: &'a str,
    pub title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<&'a str>,
    pub dir: &'static str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub tags: &'a [String],
    pub reading_minutes: u32,
    pub body: Vec<BlockOut<'a>>,
}

/// One block: exactly one of `heading`, `paragraph`, `quote` (with `by`)
/// and `item` is set, and `links` lists the links inside its text.
#[derive(Debug, Default, Serialize)]
pub struct BlockOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heading: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<LinkOut<'a>>,
}

/// A link as written in the file: `start` and `end` count characters
/// (Unicode scalar values) of the block's text, so that any language can
/// slice it, unlike the byte offsets of [`Link`].
#[derive(Debug, Serialize)]
pub struct LinkOut<'a> {
    pub start: usize,
    pub end: usize,
    pub url: &'a str,
}

impl<'a> BlockOut<'a> {
    fn new(block: &'a Block, links: impl Iterator<Item = &'a Link>) -> BlockOut<'a> {
        let mut out = BlockOut::default();
        match block {
            Block::Heading(t) => out.heading = Some(t),
            Block::Paragraph(t) => out.paragraph = Some(t),
            Block::Quote { text, by } => {
                out.quote = Some(text);
                out.by = by.as_deref();
            }
            Block::ListItem(t) => out.item = Some(t),
        }
        let text = block.text();
        out.links = links
            .map(|l| LinkOut {
                start: text[..l.start].chars().count(),
                end: text[..l.end].chars().count(),
                url: &l.url,
            })
            .collect();
        out
    }
}

impl<'a> ArticleOut<'a> {
    pub fn new(a: &'a Article) -> ArticleOut<'a> {
        ArticleOut {
            id: &a.id,
            title: &a.title,
            author: a.author.as_deref(),
            source: a.source.as_deref(),
            url: a.url.as_deref(),
            published: a.published.as_deref(),
            lang: a.lang.as_deref(),
            dir: dir_name(a.dir),
            tags: &a.tags,
            reading_minutes: a.reading_minutes,
            body: a
                .body
                .iter()
                .enumerate()
                .map(|(i, b)| BlockOut::new(b, a.links_of(i)))
                .collect(),
        }
    }
}

pub fn dir_name(dir: Direction) -> &'static str {
    match dir {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
        Direction::Auto => "auto",
    }
}
