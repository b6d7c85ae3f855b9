//! The JSON article format (documented in the README, "Article format").
//!
//! A file holds one article object or an array of them. `title` and `body`
//! are required; everything else is optional and unknown fields are ignored
//! so that files written by newer versions still load. serde_json stops at
//! 128 levels of nesting, so a hostile file nested 10,000 deep is an error
//! rather than a stack overflow.

use std::fmt;
use std::path::Path;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::error::ParseError;
use super::{Article, Block, Link, meta, sanitize};
use crate::layout::Direction;

/// Parses a JSON file's bytes. `stem` (the file name without extension)
/// gives the ids of articles that have none.
pub fn parse(bytes: &[u8], stem: &str, path: Option<&Path>) -> Result<Vec<Article>, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let raws = match (first, simdutf8::basic::from_utf8(bytes)) {
        (None, _) => return Err(ParseError::new("empty file")),
        // Checked whole with SIMD, the text is parsed as a `str`, and
        // serde_json no longer checks each string it copies, byte by byte:
        // that check was a third of the time `qari list` took.
        (Some(b'['), Ok(text)) => serde_json::from_str::<Vec<RawArticle>>(text)?,
        (Some(_), Ok(text)) => vec![serde_json::from_str::<RawArticle>(text)?],
        // Invalid UTF-8: parsed as bytes, so the error says where it is.
        (Some(b'['), Err(_)) => serde_json::from_slice::<Vec<RawArticle>>(bytes)?,
        (Some(_), Err(_)) => vec![serde_json::from_slice::<RawArticle>(bytes)?],
    };
    if raws.is_empty() {
        return Err(ParseError::new("the array holds no article"));
    }
    let single = raws.len() == 1 && first != Some(&b'[');
    raws.into_iter()
        .enumerate()
        .map(|(i, raw)| {
            let default_id = if single {
                meta::slug(stem)
            } else {
                format!("{}-{}", meta::slug(stem), i + 1)
            };
            raw.into_article(default_id, path)
                .map_err(|e| ParseError::new(format!("article {}: {}", i + 1, e.message)))
        })
        .collect()
}

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

#[derive(Deserialize)]
struct RawArticle {
    id: Option<String>,
    title: String,
    author: Option<String>,
    source: Option<String>,
    url: Option<String>,
    published: Option<String>,
    lang: Option<String>,
    dir: Option<RawDir>,
    #[serde(default)]
    tags: Vec<String>,
    reading_minutes: Option<u32>,
    body: RawBody,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawDir {
    Rtl,
    Ltr,
    Auto,
}

impl RawArticle {
    fn into_article(self, default_id: String, path: Option<&Path>) -> Result<Article, ParseError> {
        let title = sanitize::inline_owned(self.title);
        if title.is_empty() {
            return Err(ParseError::new("the title is empty"));
        }
        let mut links = Vec::new();
        let body = match self.body {
            RawBody::Text(text) => split_paragraphs(&text),
            RawBody::Blocks(blocks) => {
                let mut body = Vec::with_capacity(blocks.len());
                for (block, raw_links) in blocks.into_iter().flatten() {
                    links.extend(
                        raw_links
                            .into_iter()
                            .filter_map(|l| l.resolve(&block, body.len())),
                    );
                    body.push(block);
                }
                // Blocks of unknown kinds leave room behind; a library
                // keeps ten thousand bodies.
                body.shrink_to_fit();
                body
            }
        };
        let opt = |s: Option<String>| s.map(sanitize::inline_owned).filter(|s| !s.is_empty());
        let lang = opt(self.lang);
        let dir = match self.dir {
            Some(RawDir::Rtl) => Direction::Rtl,
            Some(RawDir::Ltr) => Direction::Ltr,
            Some(RawDir::Auto) | None => lang
                .as_deref()
                .and_then(meta::direction_of_lang)
                .unwrap_or_else(|| {
                    meta::direction_of_text(
                        std::iter::once(title.as_str()).chain(body.iter().map(Block::text)),
                    )
                }),
        };
        let reading_minutes = match self.reading_minutes {
            Some(m) if m > 0 => m,
            _ => meta::reading_minutes(meta::word_count(body.iter().map(Block::text)), dir),
        };
        let id = opt(self.id).unwrap_or(default_id);
        Ok(Article {
            id,
            title,
            author: opt(self.author),
            source: opt(self.source),
            url: opt(self.url),
            published: opt(self.published),
            lang,
            dir,
            tags: self
                .tags
                .into_iter()
                .map(sanitize::inline_owned)
                .filter(|t| !t.is_empty())
                .collect(),
            reading_minutes,
            body,
            links,
            path: path.map(Path::to_path_buf),
        })
    }
}

/// A body given as one string: paragraphs are separated by blank lines, and
/// the lines within one paragraph are joined.
pub fn split_paragraphs(text: &str) -> Vec<Block> {
    let text = sanitize::multiline(text);
    let mut blocks = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut current, &mut blocks);
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    flush(&mut current, &mut blocks);
    blocks
}

fn flush(current: &mut String, blocks: &mut Vec<Block>) {
    let text = sanitize::inline(current);
    if !text.is_empty() {
        blocks.push(Block::Paragraph(text));
    }
    current.clear();
}

enum RawBody {
    Text(String),
    /// `None` for blocks of a kind this version does not know, or empty ones.
    Blocks(Vec<Option<(Block, Vec<RawLink>)>>),
}

/// A link as read from a block, in characters of the block's text.
#[derive(Deserialize)]
struct RawLink {
    start: usize,
    end: usize,
    url: String,
}

impl RawLink {
    /// The link in byte offsets of `block`'s text; `None` when its range is
    /// empty or runs past the text, or its target is blank.
    fn resolve(self, block: &Block, index: usize) -> Option<Link> {
        let text = block.text();
        if self.start >= self.end {
            return None;
        }
        let byte = |chars: usize| {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .nth(chars)
        };
        let (start, end) = (byte(self.start)?, byte(self.end)?);
        let url = sanitize::inline_owned(self.url);
        (!url.is_empty()).then_some(Link {
            block: index,
            start,
            end,
            url,
        })
    }
}

impl<'de> Deserialize<'de> for RawBody {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawBody, D::Error> {
        struct BodyVisitor;
        impl<'de> Visitor<'de> for BodyVisitor {
            type Value = RawBody;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or an array of blocks")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawBody, E> {
                Ok(RawBody::Text(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<RawBody, E> {
                Ok(RawBody::Text(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawBody, A::Error> {
                let mut blocks = Vec::with_capacity(seq.size_hint().unwrap_or(8));
                while let Some(RawBlock(b)) = seq.next_element()? {
                    blocks.push(b);
                }
                Ok(RawBody::Blocks(blocks))
            }
        }
        d.deserialize_any(BodyVisitor)
    }
}

/// A block: `{"heading": …}`, `{"paragraph": …}`, `{"quote": …, "by": …}`,
/// `{"item": …}`, or a bare string (a paragraph); any but the bare string
/// may carry `"links"`.
struct RawBlock(Option<(Block, Vec<RawLink>)>);

impl<'de> Deserialize<'de> for RawBlock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawBlock, D::Error> {
        struct BlockVisitor;
        impl<'de> Visitor<'de> for BlockVisitor {
            type Value = RawBlock;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a block: {\"heading\": …}, {\"paragraph\": …}, {\"quote\": …} or {\"item\": …}",
                )
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawBlock, E> {
                Ok(RawBlock(paragraph(v.to_owned()).map(|b| (b, Vec::new()))))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawBlock, A::Error> {
                let mut kind: Option<(&'static str, String)> = None;
                let mut by = None;
                let mut links = Vec::new();
                while let Some(key) = map.next_key::<BlockKey>()? {
                    let name = match key {
                        BlockKey::Heading => "heading",
                        BlockKey::Paragraph => "paragraph",
                        BlockKey::Quote => "quote",
                        BlockKey::Item => "item",
                        BlockKey::Links => {
                            links = map.next_value::<Vec<RawLink>>()?;
                            continue;
                        }
                        BlockKey::By => {
                            by = Some(map.next_value::<String>()?);
                            continue;
                        }
                        BlockKey::Other => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    let text = map.next_value::<String>()?;
                    if let Some((other, _)) = kind {
                        return Err(de::Error::custom(format!(
                            "a block has both \"{other}\" and \"{name}\"; write one block each"
                        )));
                    }
                    kind = Some((name, text));
                }
                let block = match kind {
                    None => None,
                    Some(("heading", t)) => Some(Block::Heading(sanitize::inline_owned(t)))
                        .filter(|b| !b.text().is_empty()),
                    Some(("quote", t)) => Some(Block::Quote {
                        text: sanitize::inline_owned(t),
                        by: by.map(sanitize::inline_owned).filter(|b| !b.is_empty()),
                    })
                    .filter(|b| !b.text().is_empty()),
                    Some(("item", t)) => Some(Block::ListItem(sanitize::inline_owned(t)))
                        .filter(|b| !b.text().is_empty()),
                    Some((_, t)) => paragraph(t),
                };
                Ok(RawBlock(block.map(|b| (b, links))))
            }
        }
        d.deserialize_any(BlockVisitor)
    }
}

/// A block's keys, read without allocating a string for each.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "lowercase")]
enum BlockKey {
    Heading,
    Paragraph,
    Quote,
    Item,
    By,
    Links,
    #[serde(other)]
    Other,
}

fn paragraph(text: String) -> Option<Block> {
    let text = sanitize::inline_owned(text);
    (!text.is_empty()).then_some(Block::Paragraph(text))
}
