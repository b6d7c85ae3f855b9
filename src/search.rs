//! Arabic-aware normalization and matching.
//!
//! Readers type without harakat, with a bare alef, and with whichever digits
//! their keyboard gives; news sites write all of these every which way. Both
//! the text and the query are folded the same way before comparing:
//!
//! - harakat and Quranic marks, tatweel, and invisible format characters
//!   (ZWJ, ZWNJ, bidi marks and isolates) are ignored;
//! - أ إ آ ٱ fold to ا, ة to ه, ى to ي, and the Persian ی and ک to ي and ك;
//! - Arabic-Indic and Persian digits fold to 0-9;
//! - letters are compared in lower case.
//!
//! Matches are reported as byte ranges into the original text, so the reader
//! can highlight exactly what was found through the layout's cell map.

use std::ops::Range;

mod compact;
mod index;
mod signature;

pub use compact::{ByteRank, Compact, CompactQuery, Hit, prefetch};
pub use index::{FoldedQuery, FoldedTexts, TextMatch};
pub use signature::{Answer, Needs, Signature, Signer};

/// `s` folded for matching (see the module documentation).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `s` folded onto the end of `out`: a long text folded a piece at a time
/// into one buffer.
pub fn fold_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    for c in s.chars() {
        match c {
            // Most of what is folded is plain Arabic letters and ASCII
            // letters, digits and spaces, which fold to themselves: they
            // skip the tables.
            'ء'..='ؿ' | 'ف'..='ي' if !matches!(c, 'أ' | 'إ' | 'آ' | 'ة' | 'ى') => {
                out.push(c)
            }
            'a'..='z' | '0'..='9' | ' ' => out.push(c),
            _ => push_folded(c, out),
        }
    }
}

/// Every non-overlapping match of `query` in `haystack`, as byte ranges of the
/// original `haystack`, in order. A match ends after any ignored marks that
/// follow its last letter, so a highlight covers the letter's harakat too.
/// An empty query (or one made only of ignored marks) matches nothing.
pub fn find_all(haystack: &str, query: &str) -> Vec<Range<usize>> {
    let query = fold(query);
    if query.is_empty() {
        return Vec::new();
    }
    Folded::new(haystack).find_folded(&query)
}

/// Whether `query` occurs in `haystack` under folding.
pub fn contains(haystack: &str, query: &str) -> bool {
    let query = fold(query);
    !query.is_empty() && fold(haystack).contains(&query)
}

/// A text folded once and searchable many times: what a list filter or a
/// reading pane keeps per article so each keystroke only folds the query.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    text: String,
    /// For each byte of `text`, the original byte range of the character it
    /// came from. Kept per folded byte so a `str::find` offset maps directly.
    origin: Vec<(u32, u32)>,
    original_len: usize,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (start, c) in original.char_indices() {
            let end = start + c.len_utf8();
            let before = text.len();
            push_folded(c, &mut text);
            origin.resize(text.len(), (to_u32(start), to_u32(end)));
            // Ignored marks stretch the previous character's range so that
            // a match ending on a letter also covers its harakat.
            if text.len() == before
                && let Some(last) = origin.last_mut()
                && last.1 as usize == start
            {
                let from = last.0;
                for o in origin.iter_mut().rev() {
                    if o.0 != from {
                        break;
                    }
                    o.1 = to_u32(end);
                }
            }
        }
        Folded {
            text,
            origin,
            original_len: original.len(),
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Matches of `query` (folded here) as original byte ranges.
    pub fn find(&self, query: &str) -> Vec<Range<usize>> {
        let query = fold(query);
        if query.is_empty() {
            return Vec::new();
        }
        self.find_folded(&query)
    }

    /// Whether `query` (folded here) occurs.
    pub fn contains(&self, query: &str) -> bool {
        let query = fold(query);
        !query.is_empty() && self.text.contains(&query)
    }

    fn find_folded(&self, query: &str) -> Vec<Range<usize>> {
        self.text
            .match_indices(query)
            .map(|(at, m)| {
                let start = self.origin[at].0 as usize;
                let end = self.origin[at + m.len() - 1].1 as usize;
                start..end.min(self.original_len)
            })
            .collect()
    }
}

/// Offsets are stored as u32 to halve the map; texts past 4 GiB are far
/// beyond anything the loader accepts, so saturating is only a guard.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn push_folded(c: char, out: &mut String) {
    match fold_char(c) {
        Fold::Ignore => {}
        Fold::To(f) => out.push(f),
        Fold::Lower => out.extend(c.to_lowercase()),
    }
}

/// What one character folds to.
enum Fold {
    Ignore,
    To(char),
    /// Its lower case, which may be several characters.
    Lower,
}

fn fold_char(c: char) -> Fold {
    if c.is_ascii() {
        return Fold::To(c.to_ascii_lowercase());
    }
    if is_ignored(c) {
        return Fold::Ignore;
    }
    Fold::To(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ی' => 'ي',
        'ک' => 'ك',
        '٠'..='٩' => digit(c as u32 - '٠' as u32),
        '۰'..='۹' => digit(c as u32 - '۰' as u32),
        // Scripts without case (Arabic, Hebrew, Syriac...) skip the
        // case tables: most of the text qari searches is in them.
        '\u{0590}'..='\u{08FF}' => c,
        _ if c.is_uppercase() => return Fold::Lower,
        _ => c,
    })
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// Harakat and Quranic annotation marks (Unicode's Arabic Mn characters),
/// tatweel, and format characters that carry no letter.
fn is_ignored(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{061C}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}
