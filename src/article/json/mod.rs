//! The JSON article format (documented in the README, "Article format").
//!
//! A file holds one article object or an array of them. `title` and `body`
//! are required; everything else is optional and unknown fields are ignored
//! so that files written by newer versions still load. serde_json stops at
//! 128 levels of nesting, so a hostile file nested 10,000 deep is an error
//! rather than a stack overflow.

use std::path::Path;

use serde::Deserialize;

use super::error::ParseError;
use super::{Article, Block, meta, sanitize};
use crate::layout::Direction;

mod blocks;
mod out;

use blocks::RawBody;
pub use out::{ArticleOut, dir_name};

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
