//! What a file is before it is parsed as a feed: whether its root element
//! names a feed, and whether the XML is whole and safe to hand to the feed
//! parser.
//!
//! The feed parser does not expand entities declared in a document type
//! (the "billion laughs" attack) and never fetches external ones, but it
//! would leave their references as literal text in the article. Short
//! literal entities are replaced before this check ([`super::entities`]);
//! a document that still declares entities is refused with a message
//! saying so. A truncated file is refused too: the parser
//! would otherwise return the entries it saw before the cut as if the feed
//! ended there.

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::article::error::ParseError;

/// Nesting deeper than this is refused: no feed needs it, and the HTML
/// inside entries is converted by code that should not have to guard
/// against a hundred thousand nested elements.
const MAX_DEPTH: usize = 512;

/// The kind of feed a document's root element names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// `<rss>`: RSS 0.9x and 2.0.
    Rss,
    /// `<rdf:RDF>`: RSS 1.0.
    Rdf,
    /// `<feed>`: Atom.
    Atom,
}

/// The root element's name when `bytes` look like XML: the first element
/// after the declaration, comments and the document type. `None` when the
/// bytes do not start like XML (after a BOM and white space). Reads no
/// further than the root's start tag.
pub fn root_name(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    if bytes[start] != b'<' {
        return None;
    }
    let mut reader = Reader::from_reader(&bytes[start..]);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return Some(e.name().0.to_owned());
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(Event::Text(t)) if !t.trim().is_empty() => return None,
            Ok(_) => {}
        }
    }
}

/// The feed kind a root element name stands for.
pub fn feed_root(name: &str) -> Option<Root> {
    let local = name.rsplit(':').next().unwrap_or(name);
    match local {
        "rss" => Some(Root::Rss),
        "RDF" => Some(Root::Rdf),
        "feed" => Some(Root::Atom),
        _ => None,
    }
}

/// Refuses bytes that cannot be a feed before they are decoded: binary
/// data, text that is not markup. `bytes` are in an encoding where markup is
/// ASCII (UTF-8 or a single-byte one).
pub fn sniff(bytes: &[u8]) -> Result<(), ParseError> {
    let doc = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match doc.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'<') => Ok(()),
        _ => Err(ParseError::new(not_xml(doc))),
    }
}

/// Checks that `doc` is one whole, well-formed XML document whose root
/// names a feed, with no entity declarations and no absurd nesting.
pub fn check(doc: &str) -> Result<Root, ParseError> {
    let Some(name) = root_name(doc.as_bytes()) else {
        return Err(ParseError::new(not_xml(doc.as_bytes())));
    };
    let Some(root) = feed_root(&name) else {
        return Err(ParseError::new(format!(
            "not a feed: the root element is <{}>, not <rss>, <rdf:RDF> or <feed>",
            super::super::sanitize::inline(&name)
        )));
    };
    let mut reader = Reader::from_str(doc);
    let mut depth = 0usize;
    let mut closed_root = false;
    loop {
        let start = usize::try_from(reader.buffer_position()).unwrap_or(0);
        let event = reader.read_event().map_err(|e| {
            let at = usize::try_from(reader.error_position()).unwrap_or(0);
            at_offset(doc.as_bytes(), at, broken(&e))
        })?;
        let here = || usize::try_from(reader.buffer_position()).unwrap_or(0);
        match event {
            Event::DocType(dtd) if contains_ignore_case(dtd.as_bytes(), b"<!ENTITY") => {
                // Placed at the first declaration.
                let at = find_ignore_case(&doc.as_bytes()[start..], b"<!ENTITY")
                    .map_or(start, |i| start + i);
                return Err(at_offset(
                    doc.as_bytes(),
                    at,
                    "the document type declares XML entities, which qari never \
                     expands: a feed has no use for them",
                ));
            }
            Event::Start(_) => {
                if closed_root {
                    return Err(at_offset(
                        doc.as_bytes(),
                        here(),
                        "broken XML: a second root element",
                    ));
                }
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(at_offset(
                        doc.as_bytes(),
                        here(),
                        format!("elements nested more than {MAX_DEPTH} deep"),
                    ));
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                closed_root = depth == 0;
            }
            Event::Empty(_) if depth == 0 => closed_root = true,
            Event::Eof => break,
            _ => {}
        }
    }
    if !closed_root {
        return Err(at_offset(
            doc.as_bytes(),
            doc.len(),
            "truncated: the file ends before the feed is closed",
        ));
    }
    Ok(root)
}

/// What a parse error means to a reader: markup left open at the end of the
/// file is a feed cut short.
fn broken(err: &quick_xml::Error) -> String {
    use quick_xml::errors::SyntaxError as S;
    let inside = match err {
        quick_xml::Error::Syntax(S::UnclosedCData) => "a CDATA section",
        quick_xml::Error::Syntax(S::UnclosedComment) => "a comment",
        quick_xml::Error::Syntax(S::UnclosedTag) => "a tag",
        quick_xml::Error::Syntax(
            S::UnclosedDoubleQuotedAttributeValue | S::UnclosedSingleQuotedAttributeValue,
        ) => "an attribute",
        quick_xml::Error::Syntax(S::UnclosedDoctype) => "the document type",
        quick_xml::Error::Syntax(S::UnclosedPI | S::UnclosedXmlDecl) => "a declaration",
        _ => return format!("broken XML: {err}"),
    };
    format!("truncated: the file ends inside {inside}")
}

/// Why bytes that were expected to be a feed are not XML at all.
fn not_xml(doc: &[u8]) -> String {
    let head = &doc[..doc.len().min(512)];
    let binary = head
        .iter()
        .any(|&b| b == 0 || (b < 0x20 && !b.is_ascii_whitespace()));
    if doc.iter().all(u8::is_ascii_whitespace) {
        "not a feed: the file is empty".to_owned()
    } else if binary {
        "not a feed: the file holds binary data, not XML".to_owned()
    } else {
        "not a feed: the file is not XML (no root element)".to_owned()
    }
}

fn contains_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    find_ignore_case(haystack, needle).is_some()
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// A [`ParseError`] at the line and column of byte `offset` of `doc`.
pub(super) fn at_offset(doc: &[u8], offset: usize, message: impl Into<String>) -> ParseError {
    let before = &doc[..offset.min(doc.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    // Columns count characters: UTF-8 continuation bytes are not counted.
    let column = before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1;
    ParseError::at(line, column, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_are_found_past_declarations_comments_and_doctypes() {
        let rss = b"\xEF\xBB\xBF <?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss>\n<rss version=\"2.0\">";
        assert_eq!(root_name(rss).as_deref(), Some("rss"));
        assert_eq!(feed_root("rdf:RDF"), Some(Root::Rdf));
        assert_eq!(feed_root("feed"), Some(Root::Atom));
        assert_eq!(feed_root("html"), None);
        assert_eq!(root_name(b"title\n<p>"), None);
    }

    #[test]
    fn a_whole_feed_passes_and_a_cut_one_does_not() {
        let whole = "<rss version=\"2.0\"><channel><title>أخبار</title></channel></rss>\n";
        assert_eq!(check(whole), Ok(Root::Rss));
        let cut = &whole[..whole.find("</channel>").unwrap()];
        let err = check(cut).unwrap_err();
        assert!(err.message.starts_with("truncated"), "{err:?}");
        assert_eq!((err.line, err.column), (Some(1), Some(49)));
    }

    #[test]
    fn mismatched_tags_are_placed() {
        let err = check("<feed>\n  <entry></title>\n</feed>").unwrap_err();
        assert_eq!(err.line, Some(2), "{err:?}");
        assert!(err.message.contains("broken XML"), "{err:?}");
    }

    #[test]
    fn entity_declarations_are_refused() {
        let lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY a \"aaaa\">\n]>\n<rss><channel>&a;</channel></rss>";
        let err = check(lol).unwrap_err();
        assert!(err.message.contains("declares XML entities"), "{err:?}");
        // A public document type without a subset (RSS 0.91) is fine.
        let netscape = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel/></rss>";
        assert_eq!(check(netscape), Ok(Root::Rss));
    }

    #[test]
    fn deep_nesting_and_binary_are_refused() {
        let deep = format!("<feed>{}", "<div>".repeat(MAX_DEPTH + 1));
        let err = check(&deep).unwrap_err();
        assert!(err.message.contains("nested"), "{err:?}");
        let err = sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(
            err.message,
            "not a feed: the file holds binary data, not XML"
        );
        let err = check("<html><body></body></html>").unwrap_err();
        assert!(err.message.contains("root element is <html>"), "{err:?}");
    }

    /// Behind the check, the parser must not expand entities either: a
    /// declared entity stays a reference and an external one is not read.
    #[test]
    fn the_feed_parser_itself_expands_no_entities() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "SECRET-TEXT").unwrap();
        let mut dtd = format!("<!ENTITY x SYSTEM \"file://{}\">", secret.display());
        dtd.push_str("<!ENTITY a0 \"ha\">");
        for i in 1..12 {
            dtd.push_str(&format!(
                "<!ENTITY a{i} \"{}\">",
                format!("&a{};", i - 1).repeat(10)
            ));
        }
        let doc = format!(
            "<!DOCTYPE rss [{dtd}]><rss version=\"2.0\"><channel><title>t</title>\
             <item><title>&x;</title><description>&a11;</description></item></channel></rss>"
        );
        let feed = feed_rs::parser::parse(doc.as_bytes()).unwrap();
        let entry = &feed.entries[0];
        let title = entry.title.as_ref().map_or("", |t| t.content.as_str());
        let summary = entry.summary.as_ref().map_or("", |t| t.content.as_str());
        assert!(!title.contains("SECRET"), "{title}");
        assert!(summary.len() < 100, "expanded to {} bytes", summary.len());
    }
}
