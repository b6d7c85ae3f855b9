//! Bytes to text, for files and pages that do not say (or say wrongly)
//! how they are encoded.
//!
//! The order is the web's: a byte order mark wins, then the charset the
//! caller found declared (an HTTP `Content-Type`, a `<meta charset>`, a MIME
//! part's header), then detection. Detection is `chardetng`, the detector
//! Firefox uses, which tells Windows-1256 from ISO-8859-6 and both from
//! UTF-8; decoding is `encoding_rs`, which follows the WHATWG Encoding
//! standard (so the label `iso-8859-1` means Windows-1252, as in browsers).

use encoding_rs::{Encoding, UTF_8};

/// How the encoding of a text was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A byte order mark at the start.
    Bom,
    /// The charset label the caller passed.
    Declared,
    /// Nothing was declared and the bytes are valid UTF-8.
    Utf8,
    /// Guessed from the bytes: nothing usable was declared, and the text is
    /// not UTF-8 (or was declared UTF-8 and is not).
    Detected,
}

/// Text decoded from bytes, with how its encoding was found.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub source: Source,
    /// Some bytes were not valid in the encoding and became U+FFFD.
    pub had_errors: bool,
}

impl Decoded {
    /// The encoding's WHATWG name: `UTF-8`, `windows-1256`, `ISO-8859-6`.
    pub fn name(&self) -> &'static str {
        self.encoding.name()
    }

    /// Whether the encoding was guessed, which a user may want to be told.
    pub fn is_assumed(&self) -> bool {
        self.source == Source::Detected
    }
}

/// The most bytes detection looks at: enough non-ASCII text to tell Arabic
/// code pages apart, without reading a 60 MB page twice.
const DETECT_BYTES: usize = 256 * 1024;

/// Decodes `bytes`: BOM, then `declared` (a charset label such as
/// `windows-1256`, ignored when unknown), then detection. A declared UTF-8
/// that the bytes break is not believed: the text is detected instead.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Decoded {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return finish(&bytes[bom..], encoding, Source::Bom);
    }
    let declared = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    // A page cut off in the middle of a character is still UTF-8.
    let utf8 = simdutf8::basic::from_utf8(bytes).is_ok()
        || std::str::from_utf8(bytes).is_err_and(|e| e.error_len().is_none());
    match declared {
        Some(e) if e != UTF_8 || utf8 => finish(bytes, e, Source::Declared),
        _ if utf8 => finish(bytes, UTF_8, Source::Utf8),
        _ if mostly_utf8(bytes) => finish(bytes, UTF_8, Source::Detected),
        _ => finish(bytes, detect(bytes), Source::Detected),
    }
}

/// UTF-8 with a few bad bytes (a damaged file) rather than a legacy code
/// page: its letters are valid multi-byte sequences, which text in a code
/// page forms only by accident (an Arabic letter before `،` in
/// Windows-1256), far less often than it breaks them.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    let (mut letters, mut bad) = (0usize, 0usize);
    for chunk in sample.utf8_chunks() {
        letters += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    letters > 0 && letters >= 4 * bad
}

/// The legacy encoding the bytes most likely are in (never UTF-8).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let sample = &bytes[..bytes.len().min(DETECT_BYTES)];
    detector.feed(sample, sample.len() == bytes.len());
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

fn finish(bytes: &[u8], encoding: &'static Encoding, source: Source) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding,
        source,
        had_errors,
    }
}

/// The charset an HTML page declares in its first 4 KB: `<meta
/// charset="…">` or `<meta http-equiv="Content-Type" content="…;
/// charset=…">`, as the HTML standard's prescan finds it. Returns the label
/// as written; `decode` looks it up. `utf-16` labels mean UTF-8 here, as the
/// standard says (a page that really is UTF-16 starts with a BOM).
pub fn html_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while let Some(found) = memchr::memmem::find(&lower[at..], b"<meta") {
        let start = at + found + 5;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = charset_in(tag) {
            let label = String::from_utf8_lossy(label).into_owned();
            return Some(if label.starts_with("utf-16") {
                "utf-8".to_owned()
            } else {
                label
            });
        }
        at = end;
    }
    None
}

/// The value after `charset=` in a lower-cased meta tag, unquoted.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let pos = memchr::memmem::find(tag, b"charset")?;
    let rest = &tag[pos + 7..];
    let rest = trim_start(rest).strip_prefix(b"=")?;
    let rest = trim_start(rest);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (len > 0).then_some(&rest[..len])
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة، \
        وقال الوزير إن المستشفى سيخدم آلاف المرضى من سكان المنطقة.";

    #[test]
    fn a_bom_wins_over_a_declaration() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(ARABIC.as_bytes());
        let d = decode(&bytes, Some("windows-1256"));
        assert_eq!((d.text.as_str(), d.source), (ARABIC, Source::Bom));
    }

    #[test]
    fn undeclared_arabic_code_pages_are_detected() {
        for encoding in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
            let (bytes, _, _) = encoding.encode(ARABIC);
            let d = decode(&bytes, None);
            assert_eq!(d.text, ARABIC, "{}", encoding.name());
            assert_eq!(d.encoding, encoding);
            assert!(d.is_assumed());
        }
    }

    #[test]
    fn a_declared_charset_is_followed_unless_utf8_is_broken() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
        let d = decode(&bytes, Some(" Windows-1256"));
        assert_eq!((d.text.as_str(), d.source), (ARABIC, Source::Declared));
        let d = decode(&bytes, Some("utf-8"));
        assert_eq!((d.text.as_str(), d.source), (ARABIC, Source::Detected));
        let whole = ARABIC.trim_end_matches('.');
        let d = decode(&whole.as_bytes()[..whole.len() - 1], None);
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Utf8));
        assert!(d.text.ends_with("المنطق\u{FFFD}"), "{}", d.text);
        let d = decode(ARABIC.as_bytes(), Some("no-such-charset"));
        assert_eq!((d.text.as_str(), d.source), (ARABIC, Source::Utf8));
        assert!(!d.is_assumed());
    }

    #[test]
    fn utf8_with_a_bad_byte_is_damaged_utf8_not_a_code_page() {
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(20, 0xFF);
        let d = decode(&bytes, None);
        assert_eq!(
            (d.encoding, d.source, d.had_errors),
            (UTF_8, Source::Detected, true)
        );
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn meta_charsets_are_found_in_both_forms() {
        let page = b"<html><head><META http-equiv=\"Content-Type\" \
            content=\"text/html; charset=windows-1256\"></head>";
        assert_eq!(html_charset(page).as_deref(), Some("windows-1256"));
        assert_eq!(
            html_charset(b"<meta name=x><meta charset='ISO-8859-6'>").as_deref(),
            Some("iso-8859-6")
        );
        assert_eq!(
            html_charset(b"<meta charset=utf-16le>").as_deref(),
            Some("utf-8")
        );
        assert_eq!(html_charset(b"<p>charset=koi8-r</p>"), None);
    }
}
