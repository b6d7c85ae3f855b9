//! A body as written in a file: one string, or an array of blocks of the
//! known kinds, each with the links inside its text.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::article::{Block, Link, sanitize};

pub(super) enum RawBody {
    Text(String),
    /// `None` for blocks of a kind this version does not know, or empty ones.
    Blocks(Vec<Option<(Block, Vec<RawLink>)>>),
}

/// A link as read from a block, in characters of the block's text.
#[derive(Deserialize)]
pub(super) struct RawLink {
    start: usize,
    end: usize,
    url: String,
}

impl RawLink {
    /// The link in byte offsets of `block`'s text; `None` when its range is
    /// empty or runs past the text, or its target is blank.
    pub(super) fn resolve(self, block: &Block, index: usize) -> Option<Link> {
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
