//! Entities a feed declares in its document type, read safely.
//!
//! Some feeds declare an entity for a character their writers type often
//! (`<!ENTITY nbsp "&#160;">`) and use it in titles. Such a declaration is
//! harmless, and refusing the whole feed for it loses every entry. It is
//! read here and its references replaced before the feed is parsed — but
//! only when it is a short literal: an external entity (`SYSTEM`,
//! `PUBLIC`) is never read, a parameter entity is never used, and a value
//! that refers to other entities (the "billion laughs") is refused, so
//! nothing is ever expanded more than once. What the replacing adds to the
//! document is bounded too.

use std::borrow::Cow;

use super::xml_check::at_offset;
use crate::article::error::ParseError;

/// At most this many declarations are read, each value at most this long.
const MAX_ENTITIES: usize = 64;
const MAX_VALUE: usize = 64;
/// Replacing may add at most this many bytes to the document.
const MAX_GROWTH: usize = 1 << 20;

const REFUSED: &str = "the document type declares XML entities qari does not expand";

/// The document with the entities its document type declares replaced by
/// their values and the declarations taken out; the document itself when
/// it declares none. Refuses declarations that are not short literals.
pub fn inline_declared(doc: &str) -> Result<Cow<'_, str>, ParseError> {
    let Some((open, close)) = internal_subset(doc) else {
        return Ok(Cow::Borrowed(doc));
    };
    let subset = &doc[open + 1..close];
    if !subset.contains("<!ENTITY") {
        return Ok(Cow::Borrowed(doc));
    }
    let entities = declarations(doc, open + 1, subset)?;
    let mut out = String::with_capacity(doc.len());
    out.push_str(&doc[..open]);
    // Lines are kept, so errors found later still point at the right line.
    out.extend(subset.chars().filter(|&c| c == '\n'));
    let rest = &doc[close + 1..];
    let limit = doc.len() + MAX_GROWTH;
    replace_references(rest, &entities, &mut out, limit).map_err(|()| {
        at_offset(
            doc.as_bytes(),
            open,
            format!("{REFUSED}: they expand to more than 1 MB"),
        )
    })?;
    Ok(Cow::Owned(out))
}

/// Byte offsets of the `[` and `]` around the document type's internal
/// subset, if it has one.
fn internal_subset(doc: &str) -> Option<(usize, usize)> {
    let start = doc.find("<!DOCTYPE")?;
    let head_end = doc[start..].find(['[', '>'])? + start;
    if doc.as_bytes()[head_end] != b'[' {
        return None;
    }
    // The subset ends at the first `]` followed by `>`; quoted values
    // never hold one (a value with `]` is refused below as not literal).
    let mut from = head_end + 1;
    loop {
        let close = doc[from..].find(']')? + from;
        if doc[close + 1..].trim_start().starts_with('>') {
            return Some((head_end, close));
        }
        from = close + 1;
    }
}

/// The general entities declared in `subset` (which starts at byte `base`
/// of `doc`), as (name, value); refuses any that is not a short literal.
fn declarations(doc: &str, base: usize, subset: &str) -> Result<Vec<(String, String)>, ParseError> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = subset[from..].find("<!ENTITY") {
        let at = from + i;
        let refuse = |why: &str| at_offset(doc.as_bytes(), base + at, format!("{REFUSED}: {why}"));
        let end = subset[at..]
            .find('>')
            .map(|e| at + e)
            .ok_or_else(|| refuse("a declaration is not closed"))?;
        let decl = subset[at + "<!ENTITY".len()..end].trim();
        if decl.starts_with('%') {
            return Err(refuse("a parameter entity"));
        }
        let (name, value) = decl
            .split_once(char::is_whitespace)
            .ok_or_else(|| refuse("a declaration without a value"))?;
        let value = value.trim();
        let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'');
        let literal = quote.and_then(|q| value[1..].strip_suffix(q));
        let Some(literal) = literal else {
            return Err(refuse("an external entity (qari never reads one)"));
        };
        if !is_name(name) {
            return Err(refuse("an entity with a malformed name"));
        }
        if literal.chars().count() > MAX_VALUE || !is_plain(literal) {
            return Err(refuse(
                "an entity whose value is long or refers to other entities",
            ));
        }
        if out.len() == MAX_ENTITIES {
            return Err(refuse("more than 64 entities"));
        }
        out.push((name.to_owned(), literal.to_owned()));
        from = end + 1;
    }
    Ok(out)
}

fn is_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// A value of plain characters and character references (`&#160;`): no
/// entity reference, no markup, nothing that expands further.
fn is_plain(value: &str) -> bool {
    if value.contains(['<', '%', ']']) {
        return false;
    }
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        let tail = &rest[amp + 1..];
        let Some(semi) = tail.find(';') else {
            return false;
        };
        let reference = &tail[..semi];
        let number = reference
            .strip_prefix("#x")
            .map(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
            .or_else(|| {
                reference
                    .strip_prefix('#')
                    .map(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
            });
        if number != Some(true) {
            return false;
        }
        rest = &tail[semi + 1..];
    }
    true
}

/// Copies `text` into `out` with `&name;` of the declared entities
/// replaced, CDATA sections copied as they are. Fails past `limit` bytes.
fn replace_references(
    text: &str,
    entities: &[(String, String)],
    out: &mut String,
    limit: usize,
) -> Result<(), ()> {
    let mut rest = text;
    while let Some(i) = rest.find(['&', '<']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(cdata) = tail.strip_prefix("<![CDATA[") {
            let end = cdata
                .find("]]>")
                .map_or(tail.len(), |e| "<![CDATA[".len() + e + 3);
            out.push_str(&tail[..end]);
            rest = &tail[end..];
        } else if tail.starts_with('&')
            && let Some(semi) = tail[1..].find(';').filter(|&s| s <= 64)
            && let Some((_, value)) = entities.iter().find(|(n, _)| *n == tail[1..=semi])
        {
            // Quotes are escaped: the reference may sit in an attribute.
            out.push_str(&value.replace('"', "&quot;").replace('\'', "&apos;"));
            rest = &tail[semi + 2..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
        if out.len() > limit {
            return Err(());
        }
    }
    out.push_str(rest);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_literal_entity_is_replaced_and_its_declaration_removed() {
        let doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp \"&#160;\">\n<!ENTITY site 'النجم'>\n]>\n<rss><channel><title>أخبار&nbsp;&site;</title><item><description><![CDATA[x &site; y]]></description></item></channel></rss>";
        let out = inline_declared(doc).unwrap();
        assert!(!out.contains("ENTITY"), "{out}");
        assert!(out.contains("<title>أخبار&#160;النجم</title>"), "{out}");
        // CDATA is text, not markup: a reference in it is left alone.
        assert!(out.contains("<![CDATA[x &site; y]]>"), "{out}");
        // The lines of the subset are kept.
        assert_eq!(out.lines().count(), doc.lines().count());
        assert_eq!(inline_declared("<rss/>").unwrap(), "<rss/>");
    }

    #[test]
    fn external_parameter_and_nested_entities_are_refused_where_declared() {
        let xxe = "<!DOCTYPE rss [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>";
        let err = inline_declared(xxe).unwrap_err();
        assert!(err.message.contains("external entity"), "{err:?}");
        assert_eq!(err.line, Some(2));
        let laughs = "<!DOCTYPE rss [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;\">]><rss>&b;</rss>";
        let err = inline_declared(laughs).unwrap_err();
        assert!(err.message.contains("refers to other entities"), "{err:?}");
        let param = "<!DOCTYPE rss [<!ENTITY % p \"x\">]><rss/>";
        assert!(inline_declared(param).is_err());
        let long = format!("<!DOCTYPE rss [<!ENTITY l \"{}\">]><rss/>", "x".repeat(65));
        assert!(inline_declared(&long).is_err());
    }

    #[test]
    fn replacing_may_not_grow_the_document_past_the_bound() {
        let value = "y".repeat(MAX_VALUE);
        let body = "&e;".repeat(MAX_GROWTH / (MAX_VALUE - 3) + 10);
        let doc = format!("<!DOCTYPE rss [<!ENTITY e \"{value}\">]><rss>{body}</rss>");
        let err = inline_declared(&doc).unwrap_err();
        assert!(err.message.contains("more than 1 MB"), "{err:?}");
    }
}
