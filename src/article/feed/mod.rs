//! News feeds: RSS 2.0 (and 0.9x), RSS 1.0, Atom and JSON Feed.
//!
//! Each entry of a feed becomes an article: its title, author, date and
//! link, the feed's title as its source, and its body from the entry's full
//! content when the feed gives it, else from its summary, converted from
//! HTML to blocks. Ids come from what the feed says identifies an entry (see
//! [`id`]), so the same entry has the same id on every import.
//!
//! Links are kept as the feed gives them, resolved against the feed's
//! address and in the percent-encoded form a URL parser writes: an Arabic
//! path stays a link every browser, terminal and messenger opens. The
//! decoded, readable form is used for ids.

mod addresses;
mod body;
mod decode;
mod entities;
mod entry;
mod id;
mod when;
mod xml_check;

use std::path::Path;

use super::error::ParseError;
use super::{Article, sanitize};

pub use id::percent_decode;
pub use xml_check::{Root, feed_root, root_name};

/// The id of an article known by its address (a fetched page): as a feed
/// entry with that link would get.
pub fn link_id(url: &str) -> String {
    id::entry_id(url, "")
}

/// Whether `bytes` are an XML document whose root element names a feed.
pub fn is_xml_feed(bytes: &[u8]) -> bool {
    root_name(bytes).is_some_and(|n| feed_root(&n).is_some())
}

/// Whether `bytes` are a JSON Feed: a JSON object whose `version` is a
/// `https://jsonfeed.org/version/…` address.
pub fn is_json_feed(bytes: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Version {
        version: Option<String>,
    }
    memchr::memmem::find(bytes, b"jsonfeed.org/version").is_some()
        && serde_json::from_slice::<Version>(strip_bom(bytes))
            .ok()
            .and_then(|v| v.version)
            .is_some_and(|v| v.starts_with("https://jsonfeed.org/version/"))
}

/// Parses a feed file's bytes into one article per entry. `base` is the
/// address the feed was fetched from, when it was, for relative links.
/// An entry with neither a title nor any text is not an article and is left
/// out; a feed left with no entry at all is an error.
pub fn parse(
    bytes: &[u8],
    base: Option<&str>,
    path: Option<&Path>,
) -> Result<Vec<Article>, ParseError> {
    parse_with_charset(bytes, None, base, path)
}

/// [`parse`] for a feed fetched with a `charset` in its content type.
pub fn parse_with_charset(
    bytes: &[u8],
    charset: Option<&str>,
    base: Option<&str>,
    path: Option<&Path>,
) -> Result<Vec<Article>, ParseError> {
    let bytes = strip_bom(bytes);
    let json = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
    let text = if json {
        if !is_json_feed(bytes) {
            return Err(ParseError::new(
                "not a feed: a JSON Feed needs \"version\": \"https://jsonfeed.org/version/1.1\"",
            ));
        }
        decode::to_utf8(bytes, None)
    } else {
        if bytes.first().is_none_or(|&b| b != 0xFF && b != 0xFE) {
            xml_check::sniff(bytes)?;
        }
        let text = decode::to_utf8(bytes, charset);
        let text = entities::inline_declared(&text)?.into_owned();
        xml_check::check(&text)?;
        text
    };
    let dates = when::Dates::default();
    // feed-rs panics on a writer's address run into a letter (see
    // `addresses`): the feed is read again with the address set apart, by
    // a new parser since a panic leaves the old one half-way. A fault
    // either way is reported, never taking the whole load down.
    let parse = |text: &str| {
        let reader = dates.clone();
        let parser = feed_rs::parser::Builder::new()
            .base_uri(base)
            // An entry with no id gets one from its link here, not a random one.
            .id_generator(|_, _, _| String::new())
            .timestamp_parser(move |text| reader.read(text))
            .build();
        crate::article::guard::run(|| parser.parse(text.as_bytes()))
    };
    let parsed = parse(&text)
        .or_else(|fault| addresses::spaced(&text).map_or(Err(fault), |spaced| parse(&spaced)))
        .map_err(|_| {
            ParseError::new("not a readable feed: the feed parser failed on a malformed field")
        })?;
    let feed = parsed.map_err(|e| {
        ParseError::new(format!(
            "not a readable feed: {}",
            sanitize::inline(&e.to_string())
        ))
    })?;
    let articles = entry::articles(&feed, &dates, base, path)?;
    if articles.is_empty() {
        return Err(ParseError::new(if feed.entries.is_empty() {
            "the feed has no entries"
        } else {
            "the feed's entries have no title and no text"
        }));
    }
    Ok(articles)
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

#[cfg(test)]
mod tests;
