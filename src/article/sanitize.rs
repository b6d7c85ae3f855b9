//! Text from files never reaches the terminal raw.
//!
//! Every string loaded from a file goes through here once, at load time, so
//! nothing downstream (list, reader, share, search) has to think about it:
//! C0 and C1 control characters (NUL, BEL, ESC, the 8-bit CSI 0x9B...) and
//! DEL are removed, which defuses every escape sequence since each one starts
//! with ESC or a C1 introducer; tabs become spaces. Bidi controls (LRM, RLM,
//! ALM, embeddings, isolates) are format characters, not controls: they are
//! kept, because authors use them on purpose and the layout engine contains
//! them within each paragraph.

use std::borrow::Cow;

/// One line of text (a title, an author, a paragraph): controls removed,
/// tabs and line breaks turned into single spaces, ends trimmed.
pub fn inline(s: &str) -> String {
    let cleaned = strip_controls(s, true);
    collapse_spaces(&cleaned)
}

/// [`inline`] for an owned string: the string itself comes back when it is
/// already clean, which is the common case and saves a copy per field.
pub fn inline_owned(s: String) -> String {
    let tidy =
        !needs_work(&s, true) && !s.starts_with(' ') && !s.ends_with(' ') && !s.contains("  ");
    if tidy { s } else { inline(&s) }
}

/// `s`'s words set apart by one plain space, whatever space set them
/// apart (a no-break one too, which [`inline`] leaves).
pub fn one_spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text that may hold several lines (a body given as one string): controls
/// removed and tabs turned into spaces, line breaks (LF) kept, CR dropped.
pub fn multiline(s: &str) -> Cow<'_, str> {
    strip_controls(s, false)
}

/// Whether `s` holds nothing the terminal would act on.
pub fn is_clean(s: &str) -> bool {
    !s.chars().any(|c| c.is_control())
}

fn needs_work(s: &str, newlines_too: bool) -> bool {
    // This runs over every string of every article at load time. Chunks are
    // screened with a branch-free fold the compiler vectorizes; only a chunk
    // holding a suspect byte (< 0x20, DEL, or 0xC2, the lead byte of C1
    // controls U+0080..U+009F) is looked at closely.
    s.as_bytes().chunks(64).enumerate().any(|(n, chunk)| {
        let suspect = chunk.iter().fold(false, |acc, &b| {
            acc | (b < 0x20) | (b == 0x7F) | (b == 0xC2)
        });
        suspect && {
            let bytes = &s.as_bytes()[n * 64..];
            chunk.iter().enumerate().any(|(i, &b)| {
                (b < 0x20 && (newlines_too || b != b'\n'))
                    || b == 0x7F
                    || (b == 0xC2 && bytes.get(i + 1).is_some_and(|c| (0x80..=0x9F).contains(c)))
            })
        }
    })
}

fn strip_controls(s: &str, newlines_too: bool) -> Cow<'_, str> {
    if !needs_work(s, newlines_too) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\t' => out.push(' '),
            '\n' if newlines_too => out.push(' '),
            '\n' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Trims the ends and turns runs of spaces into one space. A fast path keeps
/// the common already-tidy string as it is.
fn collapse_spaces(s: &str) -> String {
    let trimmed = s.trim();
    if !trimmed.contains("  ") {
        return trimmed.to_owned();
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut last_space = false;
    for c in trimmed.chars() {
        if c == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_introducers() {
        assert_eq!(inline("a\x1b]2;owned\x07b"), "a]2;ownedb");
        assert_eq!(inline("\x1b[2Jخبر"), "[2Jخبر");
        assert_eq!(inline("x\u{9b}31mz"), "x31mz");
        assert_eq!(inline("nul\0byte\x7f"), "nulbyte");
    }

    #[test]
    fn tabs_and_breaks_become_single_spaces() {
        assert_eq!(inline(" عنوان\t\tالخبر\r\nهنا "), "عنوان الخبر هنا");
        assert_eq!(multiline("سطر\tأول\r\nسطر ثان"), "سطر أول\nسطر ثان");
    }

    #[test]
    fn bidi_controls_are_kept() {
        let s = "\u{200F}مرحبا \u{2066}Rust\u{2069} \u{202B}x\u{202C}\u{061C}";
        assert_eq!(inline(s), s);
        assert!(is_clean(s));
    }
}
