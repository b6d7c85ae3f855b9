//! The feeds a saved page says it has: `<link rel="alternate"
//! type="application/rss+xml" href="…">` in its head, so `qari import
//! page.html` can tell the reader where the site's feed is.
//!
//! Only the head is read, and only its `<link>` tags are parsed, so
//! looking costs little next to importing the page.

use dom_query::Document;

use super::url;

/// A feed a page links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedLink {
    /// Absolute `http(s)` address.
    pub url: String,
    /// `RSS`, `Atom` or `JSON Feed`.
    pub kind: &'static str,
}

/// How much of a page is looked through for its head's links.
const HEAD_BYTES: usize = 256 * 1024;
/// At most this many feeds are reported for one page.
const MAX_FEEDS: usize = 8;

/// [`feed_links`] of a page's bytes: the head's markup is ASCII in every
/// encoding pages use, and an address garbled by a legacy encoding is
/// left out.
pub fn feed_links_in_bytes(bytes: &[u8], base: Option<&str>) -> Vec<FeedLink> {
    // Cut at the body before decoding: the body is most of a page. Only
    // the `<link>` tags are decoded, and only when one is an alternate's:
    // every page is asked, and few link a feed.
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    let head = &head[..find_ascii(head, b"<body").unwrap_or(head.len())];
    let tags = link_tags(head);
    let alternate = tags
        .windows(b"alternate".len())
        .any(|w| w.eq_ignore_ascii_case(b"alternate"));
    if !alternate {
        return Vec::new();
    }
    feed_links(&String::from_utf8_lossy(&tags), base)
}

/// The feeds `html` (a page's text) links to from its head, relative
/// addresses resolved against `base`; each address once.
pub fn feed_links(html: &str, base: Option<&str>) -> Vec<FeedLink> {
    let mut end = html.len().min(HEAD_BYTES);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    let head = &head[..find_ascii(head.as_bytes(), b"<body").unwrap_or(head.len())];
    let doc = Document::fragment(String::from_utf8_lossy(&link_tags(head.as_bytes())).into_owned());
    let mut out: Vec<FeedLink> = Vec::new();
    for node in doc.select("link").nodes() {
        let rel = node.attr("rel").unwrap_or_default().to_ascii_lowercase();
        if !rel.split_whitespace().any(|r| r == "alternate") {
            continue;
        }
        let kind = match node
            .attr("type")
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
            .as_str()
        {
            "application/rss+xml" | "application/rdf+xml" => "RSS",
            "application/atom+xml" => "Atom",
            "application/feed+json" | "application/json+feed" => "JSON Feed",
            _ => continue,
        };
        let Some(href) = node.attr("href") else {
            continue;
        };
        let found =
            url::resolve(base, &href).filter(|u| u.starts_with("http") && !u.contains('\u{FFFD}'));
        let Some(url) = found else {
            continue;
        };
        if out.len() < MAX_FEEDS && !out.iter().any(|f| f.url == url) {
            out.push(FeedLink { url, kind });
        }
    }
    out
}

/// Byte offset of `needle` (ASCII, lower case) in `hay`, ignoring case.
/// `needle` starts with `<`, so only the places of that byte are tried.
/// The `<link>` tags of a page's head, one after another.
fn link_tags(head: &[u8]) -> Vec<u8> {
    let mut tags = Vec::new();
    let mut rest = head;
    while let Some(i) = find_ascii(rest, b"<link") {
        let tag = &rest[i..];
        let close = memchr::memchr(b'>', tag).map_or(tag.len(), |c| c + 1);
        tags.extend_from_slice(&tag[..close]);
        rest = &tag[close..];
    }
    tags
}

fn find_ascii(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memchr_iter(b'<', hay).find(|&i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternate_feed_links_in_the_head_are_found_and_resolved() {
        let page = r#"<html><head><title>x</title>
            <link rel="stylesheet" href="/s.css">
            <LINK REL="alternate" TYPE="application/rss+xml" title="RSS" href="/rss/all.xml">
            <link rel="alternate" type="application/atom+xml" href="https://news.example/atom">
            <link rel="alternate" type="application/rss+xml" href="/rss/all.xml">
            <link rel="alternate" hreflang="en" href="/en/">
            </head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>"#;
        let feeds = feed_links(page, Some("https://news.example/world/story"));
        assert_eq!(
            feeds,
            vec![
                FeedLink {
                    url: "https://news.example/rss/all.xml".into(),
                    kind: "RSS"
                },
                FeedLink {
                    url: "https://news.example/atom".into(),
                    kind: "Atom"
                },
            ]
        );
        // A relative feed address with no page address to resolve it is
        // not reported.
        assert!(feed_links(page, None).iter().all(|f| f.kind == "Atom"));
    }
}
