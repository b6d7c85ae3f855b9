//! What a fetched address holds: a feed (its entries) or a page (one
//! article), told apart by the content type and by the content itself,
//! since servers label feeds `text/html` and pages `text/plain`.

use super::error::ParseError;
use super::{Article, feed, html, sanitize};

/// What an address held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Feed,
    Page,
}

/// The articles in a response body from `url`, with its media type and
/// charset when the server sent them.
pub fn articles(
    body: &[u8],
    media_type: Option<&str>,
    charset: Option<&str>,
    url: &str,
) -> Result<(Kind, Vec<Article>), ParseError> {
    // As for a file: a fault in a rule costs this address, reported.
    super::guard::run(|| read(body, media_type, charset, url)).unwrap_or_else(|fault| {
        Err(ParseError::new(format!(
            "qari failed while reading what the address sent ({fault})"
        )))
    })
}

fn read(
    body: &[u8],
    media_type: Option<&str>,
    charset: Option<&str>,
    url: &str,
) -> Result<(Kind, Vec<Article>), ParseError> {
    let media = media_type.unwrap_or("");
    let first = body
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(body)
        .iter()
        .find(|b| !b.is_ascii_whitespace());
    if first == Some(&b'{') || media.ends_with("json") {
        if feed::is_json_feed(body) {
            return Ok((Kind::Feed, feed::parse(body, Some(url), None)?));
        }
        return Err(ParseError::new(format!(
            "neither a page nor a feed: {} that is not a JSON Feed",
            shown(media, "JSON")
        )));
    }
    // By content first; a feed type with content the sniff cannot read (a
    // UTF-16 feed) still goes to the feed parser, which says what is wrong.
    if feed::is_xml_feed(body) || media.contains("rss") || media.contains("atom") {
        let articles = feed::parse_with_charset(body, charset, Some(url), None)?;
        return Ok((Kind::Feed, articles));
    }
    let root = feed::root_name(body);
    let is_html = media.contains("html")
        || root
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("html"))
        || looks_like_html(body);
    if is_html {
        // Known by its address: the page's own (canonical) one when it
        // gives it, so that importing it again finds the same file.
        let mut article = html::page::import_bytes(body, charset, String::new(), None, Some(url))?;
        article.id = feed::link_id(article.url.as_deref().unwrap_or(url));
        if article.url.is_none() {
            article.url = Some(url.to_owned());
        }
        return Ok((Kind::Page, vec![article]));
    }
    Err(ParseError::new(match root {
        Some(name) => format!(
            "not a feed: the root element is <{}>, not <rss>, <rdf:RDF> or <feed>",
            sanitize::inline(&name)
        ),
        None => format!(
            "neither a page nor a feed: {}",
            shown(media, "content of no known type")
        ),
    }))
}

fn shown(media: &str, otherwise: &str) -> String {
    if media.is_empty() {
        otherwise.to_owned()
    } else {
        sanitize::inline(media)
    }
}

/// A document that starts like HTML: a doctype, `<html`, `<head`, or a
/// comment before one of them.
fn looks_like_html(body: &[u8]) -> bool {
    let head = &body[..body.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<meta",
        b"<body",
    ]
    .iter()
    .any(|tag| memchr::memmem::find(&lower, tag).is_some())
}
