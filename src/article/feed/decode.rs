//! A feed's bytes as UTF-8 text.
//!
//! XML says its own encoding: a byte order mark, else the `encoding` of its
//! declaration. A charset sent with the document over HTTP overrides the
//! declaration (RFC 7303). A feed that says nothing and is not UTF-8 is
//! detected, as pages are. Feeds in Windows-1256 or ISO-8859-6 are decoded
//! here, and their declaration rewritten to say UTF-8, so that the feed
//! parser reads the text as it now is.

use encoding_rs::UTF_8;

use crate::article::encoding;

/// `bytes` as UTF-8 text: a byte order mark, else `charset` (from HTTP),
/// else the declaration's `encoding`, else detection (see
/// [`encoding::decode`]). When the bytes were not UTF-8, the declaration of
/// the text returned says they now are.
pub fn to_utf8(bytes: &[u8], charset: Option<&str>) -> String {
    let label = charset
        .map(str::to_owned)
        .or_else(|| declared_encoding(bytes));
    let decoded = encoding::decode(bytes, label.as_deref());
    if decoded.encoding == UTF_8 {
        decoded.text
    } else {
        declare_utf8(&decoded.text)
    }
}

/// The `encoding` pseudo-attribute of an XML declaration at the start.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(512)];
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    let decl = head[start..].strip_prefix(b"<?xml")?;
    let decl = &decl[..decl.windows(2).position(|w| w == b"?>")?];
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let rest = &decl[at + 8..];
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let quote = *rest.first().filter(|q| matches!(q, b'"' | b'\''))?;
    let value = &rest[1..];
    let end = value.iter().position(|&b| b == quote)?;
    Some(String::from_utf8_lossy(&value[..end]).into_owned())
}

/// The text with its XML declaration, if any, saying UTF-8.
fn declare_utf8(text: &str) -> String {
    let trimmed = text.trim_start();
    if trimmed.starts_with("<?xml")
        && let Some(end) = trimmed.find("?>")
    {
        let rest = &trimmed[end + 2..];
        return format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>{rest}");
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "خبر" in Windows-1256.
    const KHABAR_1256: &[u8] = b"\xce\xc8\xd1";

    #[test]
    fn the_declaration_names_the_encoding() {
        let mut doc = b"<?xml version='1.0' encoding='windows-1256'?><rss><t>".to_vec();
        doc.extend_from_slice(KHABAR_1256);
        doc.extend_from_slice(b"</t></rss>");
        let text = to_utf8(&doc, None);
        assert_eq!(
            text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><t>خبر</t></rss>"
        );
    }

    #[test]
    fn the_http_charset_wins_over_the_declaration() {
        let mut doc = b"<?xml version=\"1.0\" encoding=\"iso-8859-6\"?><t>".to_vec();
        doc.extend_from_slice(KHABAR_1256);
        doc.extend_from_slice(b"</t>");
        assert!(to_utf8(&doc, Some("windows-1256")).contains("<t>خبر</t>"));
    }

    #[test]
    fn byte_order_marks_and_undeclared_legacy_text() {
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("<t>خبر</t>".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(to_utf8(&utf16, None), "<t>خبر</t>");
        assert_eq!(to_utf8(b"\xEF\xBB\xBF<t/>", None), "<t/>");
        // Windows-1256 declared as nothing: detected.
        let arabic = "<rss><title>أخبار المدينة والمنطقة اليوم</title></rss>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
        assert_eq!(to_utf8(&bytes, None), arabic);
    }
}
