//! Folded text in a compact byte form, for asking "does it occur?" of a
//! whole library on every keystroke.
//!
//! Folded Arabic takes two bytes a letter in UTF-8, and the list filter keeps
//! one folded copy of every article: that would double the library in memory.
//! Here each character of the folded text takes one byte when it is ASCII or
//! in U+0600..U+065F (the Arabic letters and punctuation, which is nearly all
//! of an Arabic article once harakat are gone), and six bytes otherwise.
//!
//! The code is prefix-free and self-synchronizing, so a byte match is a
//! character match:
//!
//! | bytes              | character                              |
//! |--------------------|----------------------------------------|
//! | `00..=7F`          | ASCII, itself                          |
//! | `80..=DF`          | U+0600..=U+065F, `0x80 + (c - 0x600)`  |
//! | `E0..=EF` `F0..=FF`×5 | any other: 4 bits a byte, high first |
//!
//! A query always starts with a byte below `F0`, so it can never match from
//! inside another character's six bytes, and a match that starts on a
//! character ends on one.

use std::sync::OnceLock;

use memchr::arch::all::packedpair::HeuristicFrequencyRank;
use memchr::memmem;

use super::signature::Needs;
use super::{Fold, fold_char};

/// Fields are joined with a line feed, which a query never holds (control
/// characters are dropped from it), so no match spans two fields.
pub(super) const SEPARATOR: u8 = b'\n';

/// Several texts (an article's title, author and paragraphs) folded into
/// the compact form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Compact(Box<[u8]>);

impl Compact {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Compact {
        let mut out = Vec::new();
        for (i, text) in texts.into_iter().enumerate() {
            if i > 0 {
                out.push(SEPARATOR);
            }
            // Arabic takes half its UTF-8 length here.
            out.reserve(text.len() / 2 + 1);
            encode_text(text, &mut out);
        }
        Compact(out.into_boxed_slice())
    }

    /// Bytes held, for memory accounting.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether `query` occurs in one of the texts.
    pub fn contains(&self, query: &CompactQuery) -> bool {
        query.find_in(&self.0).is_some()
    }

    /// The folded bytes, as the search store keeps them.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Where a query first occurs in an article's compact text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    /// In the first text (the title).
    Title,
    /// In a later one.
    Later,
}

/// A query folded and encoded once, to be run against many texts.
#[derive(Debug, Clone)]
pub struct CompactQuery {
    finder: memmem::Finder<'static>,
    /// What a text's signature must hold to hold the query.
    needs: Needs,
}

impl CompactQuery {
    pub fn new(query: &str) -> CompactQuery {
        let needle = encode_query(query);
        CompactQuery {
            needs: Needs::of(&needle),
            finder: memmem::Finder::new(&needle).into_owned(),
        }
    }

    /// The query, its search led by the bytes `rank` says are rarest in
    /// the texts it will run against (see [`ByteRank`]).
    pub fn ranked(query: &str, rank: &ByteRank) -> CompactQuery {
        let builder = memmem::FinderBuilder::new();
        let needle = encode_query(query);
        CompactQuery {
            needs: Needs::of(&needle),
            finder: builder.build_forward_with_ranker_owned(rank, needle),
        }
    }

    /// True when the query folds to nothing (empty, or only marks): it
    /// matches no text.
    pub fn is_empty(&self) -> bool {
        self.finder.needle().is_empty()
    }

    /// The folded, encoded query.
    pub fn needle(&self) -> &[u8] {
        self.finder.needle()
    }

    /// What a text's [`Signature`](super::Signature) must hold for the
    /// query to occur in it.
    pub fn needs(&self) -> &Needs {
        &self.needs
    }

    /// Whether the query occurs in `text` (compact bytes, texts joined by
    /// a line feed), and whether first in the first text. A match never
    /// spans a line feed, so one that starts before the first ends there.
    pub fn find_in(&self, text: &[u8]) -> Option<Hit> {
        self.find_from(text, 0).map(|(_, hit)| hit)
    }

    /// Where the query first occurs in `text` at or after byte `from`
    /// (which the caller knows no earlier match to be before), and whether
    /// that is in the first text.
    pub fn find_from(&self, text: &[u8], from: usize) -> Option<(usize, Hit)> {
        if self.is_empty() {
            return None;
        }
        let at = from + self.finder.find(text.get(from..)?)?;
        let title_end = memchr::memchr(SEPARATOR, text).unwrap_or(text.len());
        Some((
            at,
            if at < title_end {
                Hit::Title
            } else {
                Hit::Later
            },
        ))
    }
}

/// How often each byte occurs in a sample of the texts searched, as
/// memmem's prefilter ranks bytes (0 the rarest, 255 the most common).
/// Its built-in ranking is made for English and binary data, where the
/// bytes of Arabic letters are rare: here they are nearly every byte, and
/// a prefilter that looks for ا and ل stops everywhere (the search of a
/// word over the library's folded text ran at a fraction of its speed).
#[derive(Debug, Clone)]
pub struct ByteRank([u8; 256]);

impl ByteRank {
    /// Texts whose bytes are counted, spread over a library: a few
    /// hundred KB.
    const SAMPLE: usize = 256;

    /// Of `len` texts, every this many is counted (see [`ByteRank::of`]).
    pub fn sample_step(len: usize) -> usize {
        len.div_ceil(ByteRank::SAMPLE).max(1)
    }

    /// The ranks of the bytes of `texts`, the most common highest.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a [u8]>) -> ByteRank {
        let mut counts = [0u64; 256];
        for text in texts {
            for &b in text {
                counts[usize::from(b)] += 1;
            }
        }
        let mut order: Vec<u8> = (0..=255).collect();
        order.sort_by_key(|&b| counts[usize::from(b)]);
        let mut rank = [0; 256];
        for (r, &b) in (0..=255u8).zip(&order) {
            rank[usize::from(b)] = r;
        }
        ByteRank(rank)
    }
}

impl Default for ByteRank {
    fn default() -> ByteRank {
        ByteRank::of([])
    }
}

impl HeuristicFrequencyRank for ByteRank {
    fn rank(&self, byte: u8) -> u8 {
        self.0[usize::from(byte)]
    }
}

fn encode_query(query: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(query.len());
    encode(query.chars().filter(|c| !c.is_control()), &mut bytes);
    bytes
}

/// Codes in the table of U+0600..U+067F that are not one-byte codes.
pub(super) const IGNORE: u8 = 0xFE;
pub(super) const LONG: u8 = 0xFF;

/// What each character of U+0600..U+067F (two UTF-8 bytes, D8 or D9 then
/// one more) folds and encodes to, worked out once from `fold_char`.
pub(super) fn arabic_table() -> &'static [u8; 128] {
    static TABLE: OnceLock<[u8; 128]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [LONG; 128];
        for (n, entry) in table.iter_mut().enumerate() {
            let Some(c) = char::from_u32(0x600 + n as u32) else {
                continue;
            };
            let mut code = Vec::new();
            encode(std::iter::once(c), &mut code);
            *entry = match code[..] {
                [] => IGNORE,
                [one] => one,
                _ => LONG,
            };
        }
        table
    })
}

/// [`encode`] with the common characters taken a byte or two at a time:
/// this folds a whole library on the first search.
fn encode_text(text: &str, out: &mut Vec<u8>) {
    let table = arabic_table();
    let mut i = 0;
    while i < text.len() {
        i += encode_at(text, i, table, out);
    }
}

/// Folds and encodes the character at byte `i` of `text` (a character
/// boundary), returning its length in `text`.
pub(super) fn encode_at(text: &str, i: usize, table: &[u8; 128], out: &mut Vec<u8>) -> usize {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(i) else {
        return 1;
    };
    if b < 0x80 {
        out.push(b.to_ascii_lowercase());
        return 1;
    }
    if let (0xD8 | 0xD9, Some(&next)) = (b, bytes.get(i + 1)) {
        let n = (usize::from(b & 1) << 6) | usize::from(next & 0x3F);
        match table[n] {
            IGNORE => {}
            LONG => encode(text[i..i + 2].chars(), out),
            code => out.push(code),
        }
        return 2;
    }
    let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
        return 1;
    };
    encode(std::iter::once(c), out);
    c.len_utf8()
}

/// Folds and encodes in one pass.
pub(super) fn encode(text: impl Iterator<Item = char>, out: &mut Vec<u8>) {
    for c in text {
        match fold_char(c) {
            Fold::Ignore => {}
            Fold::To(f) => push_code(f, out),
            Fold::Lower => c.to_lowercase().for_each(|l| push_code(l, out)),
        }
    }
}

fn push_code(c: char, out: &mut Vec<u8>) {
    let n = c as u32;
    match n {
        0..=0x7F => out.push(n as u8),
        0x600..=0x65F => out.push(0x80 + (n - 0x600) as u8),
        _ => {
            out.push(0xE0 | (n >> 20) as u8);
            for shift in [16, 12, 8, 4, 0] {
                out.push(0xF0 | ((n >> shift) & 0xF) as u8);
            }
        }
    }
}

/// Asks for the memory at the start of `bytes` without waiting for it,
/// for a search over many texts to ask for the next ones while it reads
/// one. The store's texts lie a page or so apart, one after another:
/// the processor's own prefetching stops at each page's end, so a search
/// that reads a few bytes of each text (a query held early in most) waited
/// for the first line of each text in turn (on 100,000 articles, `ال`
/// took about 17 ms of CPU time that way, 10.5 ms asking ahead).
pub fn prefetch(bytes: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint to the cache: it reads nothing the
    // program sees and never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(bytes.as_ptr().cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = bytes;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(texts: &[&str], query: &str) -> bool {
        Compact::new(texts.iter().copied()).contains(&CompactQuery::new(query))
    }

    #[test]
    fn arabic_takes_one_byte_a_letter() {
        let text = "مدرسة جميلة";
        assert_eq!(Compact::new([text]).len(), text.chars().count());
    }

    #[test]
    fn folds_like_the_text_search() {
        assert!(contains(&["قال أحمد إن المدرسة مغلقة"], "احمد"));
        assert!(contains(&["مُدَرِّسَةٌ"], "مدرسه"));
        assert!(contains(&["عام ٢٠٢٤"], "2024"));
        assert!(contains(&["Reuters وكالة"], "reuters"));
        assert!(!contains(&["مدرسة"], "مدرسي"));
    }

    #[test]
    fn a_match_does_not_span_two_fields() {
        assert!(!contains(&["قال", "احمد"], "قال احمد"));
        assert!(!contains(&["قال", "احمد"], "قال\nاحمد"));
        assert!(contains(&["قال", "احمد"], "احمد"));
    }

    #[test]
    fn other_characters_match_only_whole() {
        // U+4E2D encodes as E0 F0 F4 FE F2 FD; U+00E9 as E0 F0 F0 F0 FE F9.
        assert!(contains(&["café 中文"], "é 中"));
        assert!(!contains(&["中"], "é"));
        // Two six-byte characters side by side hold no third one.
        let pair = "\u{4E2D}\u{00E9}";
        for probe in ['\u{D00E}', '\u{E900}', '\u{2D00}', '\u{0E90}'] {
            assert!(!contains(&[pair], &probe.to_string()), "{probe:?}");
        }
    }

    #[test]
    fn the_fast_path_encodes_as_the_plain_one() {
        let text: String = ('\u{0}'..='\u{0900}')
            .chain(['İ', 'Σ', 'É', '中', '\u{1F600}', '\u{10FFFD}'])
            .collect();
        let (mut fast, mut plain) = (Vec::new(), Vec::new());
        encode_text(&text, &mut fast);
        encode(text.chars(), &mut plain);
        assert_eq!(fast, plain);
    }

    #[test]
    fn an_empty_or_marks_only_query_matches_nothing() {
        assert!(!contains(&["نص"], ""));
        assert!(!contains(&["نص"], "\u{064E}\u{0640}"));
    }
}
