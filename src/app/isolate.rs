//! Left-to-right fragments inside right-to-left interface text.
//!
//! An Arabic hint that names a folder, a flag or a menu ("ضع الملفات في
//! /home/x/articles", "جرّب --shape off") is one right-to-left paragraph to
//! the bidi algorithm: the neutral characters at the edges of the Latin
//! fragment (a leading `/`, the `--` of a flag, a `>` between menu names)
//! take the paragraph's direction and move to the fragment's other side.
//! Wrapping each fragment in LRI … PDI (UAX #9 X5a) makes it a unit laid out
//! left to right, which the Arabic around it treats as one neutral.

use std::borrow::Cow;

use unicode_bidi::{BidiClass, bidi_class};

const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// `fragment` isolated left to right: for a path or a command put into
/// Arabic text.
pub fn ltr(fragment: &str) -> String {
    format!("{LRI}{fragment}{PDI}")
}

/// Punctuation that ends a fragment's sentence rather than the fragment:
/// it stays outside the isolate, with the Arabic text.
const CLOSING: &[char] = &['.', ',', ';', ':', '!', '?', '،', '؛', '؟'];

/// Every run of Latin words in `text` isolated left to right: a run is a
/// word with a Latin letter and no Arabic one, through any following words
/// without letters (`>`, `=`, `8`) up to the last Latin word. Text that
/// already holds embeddings or isolates is its author's business and is
/// left as it is.
pub fn latin_runs(text: &str) -> Cow<'_, str> {
    if text
        .chars()
        .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    {
        return Cow::Borrowed(text);
    }
    let words: Vec<(usize, &str, Kind)> = text
        .split(' ')
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word, kind(word)))
        })
        .collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for &(start, word, kind) in &words {
        match (kind, open.as_mut()) {
            (Kind::Latin, Some(run)) => run.1 = start + word.len(),
            (Kind::Latin, None) => open = Some((start, start + word.len())),
            // A neutral word closing a bracket the run opened ("(OSC 50)")
            // belongs to the run: left outside, its bracket would be laid
            // out on the Arabic side.
            (Kind::Neutral, Some(run)) if depth(&text[run.0..run.1]) > 0 => {
                run.1 = start + word.len();
            }
            (Kind::Neutral, _) => {}
            (Kind::Rtl, _) => runs.extend(open.take()),
        }
    }
    runs.extend(open);
    if runs.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + runs.len() * 6);
    let mut done = 0;
    for (start, end) in runs {
        let end = start + text[start..end].trim_end_matches(CLOSING).len();
        if end == start {
            continue;
        }
        out.push_str(&text[done..start]);
        out.push(LRI);
        out.push_str(&text[start..end]);
        out.push(PDI);
        done = end;
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// How many brackets `text` leaves open.
fn depth(text: &str) -> i32 {
    text.chars().fold(0, |depth, c| match c {
        '(' | '[' | '{' => depth + 1,
        ')' | ']' | '}' => depth - 1,
        _ => depth,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A Latin (or other left-to-right) letter and no right-to-left one.
    Latin,
    /// A right-to-left letter.
    Rtl,
    /// No strong letter: punctuation, digits, symbols.
    Neutral,
}

/// The kind of a word, without the punctuation that closes its sentence
/// (an Arabic semicolon after a flag is a right-to-left letter to bidi,
/// but does not make the flag Arabic).
fn kind(word: &str) -> Kind {
    let mut latin = false;
    for c in word.trim_end_matches(CLOSING).chars() {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL | BidiClass::AN => return Kind::Rtl,
            // LRM is a strong L too, but marks no fragment of its own.
            BidiClass::L if c != '\u{200E}' => latin = true,
            _ => {}
        }
    }
    if latin { Kind::Latin } else { Kind::Neutral }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str) -> String {
        latin_runs(text).replace(LRI, "[").replace(PDI, "]")
    }

    #[test]
    fn latin_fragments_are_isolated_with_their_inner_punctuation() {
        assert_eq!(
            marked("ضع الملفات في /home/x/.local/share/qari/articles"),
            "ضع الملفات في [/home/x/.local/share/qari/articles]"
        );
        assert_eq!(
            marked("جرّب --shape off، أو أطفئ Settings > Advanced > Bi-Directional."),
            "جرّب [--shape off]، أو أطفئ [Settings > Advanced > Bi-Directional]."
        );
        assert_eq!(marked("أرسل CSI 8 l ثم"), "أرسل [CSI 8 l] ثم");
        assert_eq!(
            marked("ويعيده عند الخروج (OSC 50)؛ وتضع"),
            "ويعيده عند الخروج [(OSC 50)]؛ وتضع"
        );
        assert_eq!(marked("أطفئه (Bidi 2) ثم 3"), "أطفئه [(Bidi 2)] ثم 3");
        assert_eq!(
            marked("تعني --shape on؛ والوصل"),
            "تعني [--shape on]؛ والوصل"
        );
    }

    #[test]
    fn arabic_numbers_and_isolated_text_are_left_alone() {
        assert_eq!(marked("مقالة 3/120"), "مقالة 3/120");
        assert_eq!(marked("عام 2024 و٢٠٢٤"), "عام 2024 و٢٠٢٤");
        let isolated = "\u{2068}Jane\u{2069} · \u{2066}2023\u{2069}";
        assert_eq!(latin_runs(isolated), isolated);
    }

    #[test]
    fn a_whole_latin_line_is_one_run() {
        assert_eq!(
            marked("/tmp/lib/bad.json:4:1: expected value"),
            "[/tmp/lib/bad.json:4:1: expected value]"
        );
    }
}
