//! Entry text to body blocks, through the same HTML converter as saved
//! pages.

use crate::article::error::ParseError;
use crate::article::html::{self, Body};
use crate::article::{Block, json, sanitize};

/// Whether `text` carries HTML tags: a `<` followed by a letter, `/` or `!`.
pub fn has_tags(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// An entry's content or summary as blocks and links. Text with tags goes
/// through the HTML converter, relative links resolved against `base`;
/// text without is split into paragraphs at blank lines (feeds label plain
/// descriptions as HTML), its character references decoded when it is
/// labelled HTML.
pub fn body(text: &str, labelled_html: bool, base: Option<&str>) -> Result<Body, ParseError> {
    if has_tags(text) {
        return html::fragment_to_body(text, base);
    }
    let mut blocks = json::split_paragraphs(text);
    if labelled_html && text.contains('&') {
        for b in &mut blocks {
            if let Block::Paragraph(p) = b {
                *p = sanitize::inline(&html::decode_references(p));
            }
        }
        blocks.retain(|b| !b.text().is_empty());
    }
    Ok(Body {
        blocks,
        links: Vec::new(),
    })
}

/// A title or name as one clean line: tags removed when it has any, and
/// character references decoded (feeds escape titles twice).
pub fn inline_text(text: &str, labelled_html: bool) -> String {
    let text = if labelled_html || has_tags(text) {
        html::strip_tags(text)
    } else {
        text.to_owned()
    };
    if text.contains('&') {
        sanitize::inline(&html::decode_references(&text))
    } else {
        sanitize::inline(&text)
    }
}
