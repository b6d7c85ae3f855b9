//! What qari prints stays inert in the terminal that shows it: fields taken
//! from files cannot reorder the rest of their line, and JSON carries no
//! character a terminal acts on.
//!
//! Controls are removed at load (`article::sanitize`); two things remain.
//! Bidi formatting characters are kept in the text (authors use them), so a
//! field is printed as a closed isolate: an RLO left open in a title must
//! not reverse the author after it in a terminal that applies bidi. And
//! serde_json escapes only C0 controls, `"` and `\`: C1 controls (U+009B is
//! CSI to xterm-style terminals) and bidi controls go out raw unless the
//! formatter escapes them.

use std::borrow::Cow;
use std::io;

use serde::Serialize;
use serde_json::ser::{CompactFormatter, Formatter, PrettyFormatter};

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';
const PDF: char = '\u{202C}';

/// Whether `c` is a bidi formatting character (UAX #9 explicit formatting,
/// the marks, ALM).
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `text` holds a bidi formatting character: `chars().any(
/// is_bidi_control)`, found by their UTF-8 bytes (U+061C is D8 9C, the
/// others E2 80 or E2 81 and a third byte) without decoding each
/// character, since every title of a list is looked at.
pub fn has_bidi_control(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xE2, 0x9C, b).any(|i| match b[i] {
        // 0xE2 only ever starts a three-byte character.
        0xE2 => matches!(
            (b.get(i + 1), b.get(i + 2)),
            (Some(0x80), Some(0x8E | 0x8F | 0xAA..=0xAE)) | (Some(0x81), Some(0xA6..=0xA9))
        ),
        // A continuation byte: U+061C when it follows D8.
        _ => i > 0 && b[i - 1] == 0xD8,
    })
}

/// `field` as one closed isolate: FSI, the text with every embedding,
/// override and isolate it opens closed and every closer without an opener
/// dropped (a stray PDI would end this isolate early and let what follows
/// out), then PDI. UAX #9 X6a: a PDI ends all that its isolate opened.
pub fn isolate(field: &str) -> String {
    // What the text opened and has not closed: true for an isolate.
    let mut open: Vec<bool> = Vec::new();
    let mut out = String::with_capacity(field.len() + 8);
    out.push(FSI);
    for c in field.chars() {
        match c {
            '\u{202A}'..='\u{202B}' | '\u{202D}'..='\u{202E}' => open.push(false),
            '\u{2066}'..='\u{2068}' => open.push(true),
            PDF => {
                if open.last() != Some(&false) {
                    continue;
                }
                open.pop();
            }
            PDI => {
                let Some(at) = open.iter().rposition(|&isolate| isolate) else {
                    continue;
                };
                // The PDI closes the embeddings opened after its isolate too.
                open.truncate(at);
            }
            _ => {}
        }
        out.push(c);
    }
    for isolate in open.into_iter().rev() {
        out.push(if isolate { PDI } else { PDF });
    }
    out.push(PDI);
    out
}

/// `field` as it is when it holds no bidi formatting (the common case,
/// and what an editor expects of a path), else as [`isolate`] makes it.
pub fn field(text: &str) -> Cow<'_, str> {
    if has_bidi_control(text) {
        Cow::Owned(isolate(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// Pretty JSON of `value` with C1 controls, DEL and bidi controls escaped
/// as `\uXXXX`: the same JSON to a parser, nothing a terminal acts on.
pub fn json_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let mut out = Vec::new();
    json_pretty_to(&mut out, value)?;
    // The serializer writes UTF-8 only.
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// [`json_pretty`] written to `writer`.
pub fn json_pretty_to<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Inert(PrettyFormatter::new()));
    value.serialize(&mut ser)
}

/// [`json_pretty`] on one line, with no spaces: a line of a JSON-lines file.
pub fn json_line_to<W: io::Write, T: Serialize + ?Sized>(
    writer: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Inert(CompactFormatter));
    value.serialize(&mut ser)
}

fn needs_escape(c: char) -> bool {
    matches!(c, '\u{7F}'..='\u{9F}') || is_bidi_control(c)
}

/// A serde_json formatter, escaping what `needs_escape` names inside
/// strings.
struct Inert<F>(F);

impl<F: Formatter> Formatter for Inert<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if needs_escape(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_found_by_their_bytes_as_by_their_characters() {
        // Every character of the blocks the controls share their first
        // bytes with, alone and between Arabic letters.
        let blocks = ['\u{0600}'..='\u{06FF}', '\u{2000}'..='\u{20FF}'];
        for c in blocks.into_iter().flatten() {
            for text in [c.to_string(), format!("ب{c}ت"), format!("{c}ا")] {
                assert_eq!(
                    has_bidi_control(&text),
                    text.chars().any(is_bidi_control),
                    "U+{:04X}",
                    u32::from(c)
                );
            }
        }
        assert!(!has_bidi_control("عنوان — الكاتب"));
        assert!(has_bidi_control("عنوان \u{202E}Invoice"));
    }

    /// Runs UAX #9's explicit levels over `line` and tells whether the text
    /// after the field is back at the paragraph's level.
    fn after_is_at_base_level(line: &str, after: &str) -> bool {
        let info = unicode_bidi::BidiInfo::new(line, Some(unicode_bidi::Level::ltr()));
        let at = line.rfind(after).expect("after");
        info.levels[at..].iter().all(|l| l.number() == 0)
    }

    #[test]
    fn an_open_override_does_not_leak_out_of_its_field() {
        for hostile in [
            "\u{202E}2020-01-02",
            "\u{2069}\u{202E}2020",
            "\u{202B}\u{2067}x\u{202C}\u{202E}",
            "\u{2069}\u{2069}\u{202C}\u{202D}abc",
        ] {
            let line = format!("{} after", isolate(hostile));
            assert!(
                after_is_at_base_level(&line, " after"),
                "{hostile:?}: {line:?}"
            );
            let bare = format!("{hostile} after");
            assert!(
                !after_is_at_base_level(&bare, " after"),
                "{hostile:?} leaks bare"
            );
        }
    }

    #[test]
    fn balanced_text_is_kept_whole() {
        let text = "a \u{2067}ب\u{2069} \u{202B}c\u{202C}";
        assert_eq!(isolate(text), format!("{FSI}{text}{PDI}"));
        assert_eq!(field("plain / path"), "plain / path");
    }

    #[test]
    fn json_escapes_c1_and_bidi_controls_and_parses_back() {
        let value = serde_json::json!({"path": "a\u{9b}31m\u{9c}\u{9d}b", "t": "\u{202e}x\u{7f}"});
        let text = json_pretty(&value).unwrap();
        assert!(text.contains("a\\u009b31m\\u009c\\u009db"), "{text}");
        assert!(text.contains("\\u202ex\\u007f"), "{text}");
        assert!(!text.chars().any(needs_escape), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
        assert_eq!(
            text,
            serde_json::to_string_pretty(&value)
                .unwrap()
                .replace('\u{9b}', "\\u009b")
                .replace('\u{9c}', "\\u009c")
                .replace('\u{9d}', "\\u009d")
                .replace('\u{202e}', "\\u202e")
                .replace('\u{7f}', "\\u007f")
        );
    }
}
