//! HTML to article blocks.
//!
//! [`fragment_to_body`] converts a piece of HTML that is all article (a
//! feed entry's content) to blocks and links. Whole saved pages go through
//! [`page`], which first finds the article in the page.
//!
//! Either way the text comes out clean: no markup, no character
//! references (escaped twice by a feed, `&amp;quot;` is still decoded), no
//! control characters, and no site furniture that [`furniture`] knows.

mod anchor;
pub mod block_rules;
mod convert;
mod credits;
pub use credits::{is_login, is_system_user};
pub mod discover;
pub mod foot;
pub mod furniture;
mod furniture_pieces;
mod header_author;
mod header_writer;
mod headline;
mod json_ld;
mod lead;
mod lead_byline;
mod line_breaks;
mod local_day;
mod meta_dates;
pub mod mhtml;
mod microdata;
pub mod page;
mod page_authors;
mod page_credits;
pub mod page_meta;
mod page_story;
mod page_titles;
mod picture_box;
mod script_code;
mod shown;
mod shown_dates;
mod site_marks;
mod site_name;
mod tidy;
mod title;
mod title_cells;
mod title_whole;
mod url;

use std::sync::LazyLock;

use dom_query::Document;

pub use convert::Body;
use line_breaks::is_line_break;
pub use tidy::{block_rules, tidy};

use super::error::ParseError;
use super::sanitize;

/// Pages nested deeper than this are refused: the HTML parser's work grows
/// with the square of the depth, and real pages stay under a hundred.
pub const MAX_DEPTH: usize = 1000;

/// Converts an HTML fragment to article blocks and the links inside them.
/// `base_url` (the page's or feed's address) resolves relative links;
/// without it they are dropped. Fails only on markup nested more than
/// [`MAX_DEPTH`] deep.
pub fn fragment_to_body(html: &str, base_url: Option<&str>) -> Result<Body, ParseError> {
    check_depth(html)?;
    let doc = Document::fragment(html);
    Ok(tidy(convert::convert(&doc.root(), base_url)))
}

/// Whether the text under `node` is at most `limit` characters, counted
/// only until the limit is passed: a container may hold the whole page,
/// and copying its text for each of its marked or nearby elements would
/// cost the square of the page.
pub(crate) fn holds_at_most(node: &dom_query::NodeRef, limit: usize) -> bool {
    let mut count = 0;
    for n in node.descendants_it() {
        // Counted where the text lies, not copied out: every element after
        // a headline and in a footer is asked.
        count += n.query_or(0, |t| match &t.data {
            dom_query::NodeData::Text { contents } => contents.chars().count(),
            _ => 0,
        });
        if count > limit {
            return false;
        }
    }
    true
}

/// The labels a byline opens with (`كتب:`, `بقلم`), folded once for every
/// page: a page's header, lead, foot and metadata all look for them.
pub(super) fn byline_labels() -> &'static super::text_rules::Phrases {
    static LABELS: LazyLock<super::text_rules::Phrases> = LazyLock::new(|| {
        super::text_rules::Phrases::new(super::text_rules::ARABIC_NEWS.byline_prefixes)
    });
    &LABELS
}

/// Refuses markup nested more than [`MAX_DEPTH`] elements deep.
pub fn check_depth(html: &str) -> Result<(), ParseError> {
    let depth = nesting_depth(html.as_bytes());
    if depth > MAX_DEPTH {
        return Err(ParseError::new(format!(
            "elements nested {depth} deep; qari reads pages nested at most {MAX_DEPTH} deep"
        )));
    }
    Ok(())
}

/// Elements that never hold others, or whose end tag may be left out: they
/// do not deepen the tree as their start tags would suggest. (A `match`,
/// not a table: every tag of every page is asked.)
fn is_flat(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"source"
            | b"track"
            | b"wbr"
            | b"param"
            | b"keygen"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"option"
            | b"optgroup"
            | b"tr"
            | b"td"
            | b"th"
            | b"tbody"
            | b"thead"
            | b"tfoot"
            | b"colgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"!doctype"
    )
}

/// The deepest nesting of start and end tags, counted without parsing.
fn nesting_depth(html: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut at = 0;
    while let Some(found) = memchr::memchr(b'<', &html[at..]) {
        let start = at + found + 1;
        at = start;
        let closing = html.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let len = html[name_start..]
            .iter()
            .take(16)
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!')
            .count();
        if len == 0 {
            continue;
        }
        // Names are at most 16 bytes: lowered on the stack, not in a Vec.
        let mut lowered = [0u8; 16];
        let name = &mut lowered[..len];
        name.copy_from_slice(&html[name_start..name_start + len]);
        name.make_ascii_lowercase();
        if name.starts_with(b"!") || is_flat(name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            let end = memchr::memchr(b'>', &html[at..]).map_or(html.len(), |e| at + e);
            if end > 0 && html[end - 1] == b'/' {
                continue;
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Whether `after` (the text after a `<` that is never closed) is a tag cut
/// short: a tag name alone, or a name, a space and an attribute.
fn is_cut_tag(after: &str) -> bool {
    let name = after.trim_start_matches('/');
    let name_len = name
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(name.len());
    let attrs = &name[name_len..];
    name_len > 0
        && (attrs.is_empty()
            || attrs.starts_with(char::is_whitespace)
                && attrs.split_whitespace().next().is_some_and(|a| {
                    a.contains('=')
                        && a.split('=').next().is_some_and(|k| {
                            !k.is_empty()
                                && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                        })
                }))
}

/// Decodes character references left in text that was escaped twice.
/// Each `&…;` is handed to the HTML parser alone, so every reference the
/// standard names is known; text without one costs a scan.
pub fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let len = tail[1..]
            .char_indices()
            .take(32)
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '#'))
            .filter(|(_, c)| *c == ';')
            .map(|(i, _)| i + 2);
        match len {
            Some(len) if len > 2 => {
                let decoded = Document::fragment(&tail[..len]).root().text();
                out.push_str(&decoded);
                rest = &tail[len..];
            }
            _ => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Removes what looks like a tag (`<p>`, `</span>`, `<br/>`, `<!-- -->`)
/// from text that was escaped twice; a lone `<` (`3 < 4`) stays. A tag cut
/// off by the end of the text (feeds cut their text at a fixed length,
/// markup and all: `… <p class="p1" style="mar`) goes with what follows it.
/// A tag written inside another (`<a<b>>`, from text escaped at different
/// depths) goes too: the inner one closes first, and the outer one at the
/// next `>`. One pass, so nesting costs no more than its length.
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where each `<` kept since the last kept `>` stands in `out`.
    let mut open: Vec<usize> = Vec::new();
    for c in text.chars() {
        match c {
            '<' => {
                open.push(out.len());
                out.push('<');
            }
            '>' => match open.pop() {
                Some(at) if starts_tag(&out[at + 1..]) => {
                    out.truncate(at);
                    out.push(' ');
                }
                _ => {
                    open.clear();
                    out.push('>');
                }
            },
            _ => out.push(c),
        }
    }
    if let Some(&at) = open.last() {
        let after = &out[at + 1..];
        if starts_tag(after) && is_cut_tag(after) {
            out.truncate(at);
            out.push(' ');
        }
    }
    out
}

fn starts_tag(after: &str) -> bool {
    after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
}
