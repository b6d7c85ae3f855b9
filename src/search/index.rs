//! An article's texts folded once, so that finding every match in a long
//! article takes a frame, not a fold of the whole article per search.
//!
//! The texts are folded into the compact byte form of [`super::Compact`]
//! (one byte an Arabic letter) and searched with `memmem`. A match is led
//! back to the original text through a sparse map: checkpoints that pair a
//! folded offset with an original one, at least every [`STRIDE`] folded
//! bytes. From the checkpoint before a match (or from the last match, when
//! that is nearer), the few characters in between are folded again to find
//! where the match starts and ends. [`super::find_all`] keeps an entry per
//! folded byte instead, eight bytes each, and folds the text on every
//! search.
//!
//! The ranges are exactly `find_all`'s: the same folding, the same
//! leftmost non-overlapping matches, and a match that ends on a letter
//! covers the harakat and other ignored marks right after it.

use std::ops::Range;

use memchr::memmem;

use super::compact::{IGNORE, LONG, arabic_table, encode, encode_at};

/// Folded bytes between two checkpoints, at most. A match is placed by
/// folding again at most this much before it.
const STRIDE: usize = 64;

/// Original bytes between two checkpoints, at most: a long run of marks
/// that fold to nothing (a flood of tatweel) does not leave a long way to
/// fold again.
const ORIGINAL_STRIDE: usize = 256;

/// Between two texts. Never produced by the compact code (its long codes
/// start with E0 or E1, continue with F0..FF), so no match spans two texts,
/// whatever the query holds.
const SEPARATOR: u8 = 0xEE;

/// Several texts (an article's title and blocks) folded for searching.
#[derive(Debug, Clone, Default)]
pub struct FoldedTexts {
    folded: Box<[u8]>,
    /// Where each text starts in `folded`.
    starts: Box<[usize]>,
    /// Checkpoints of all texts, each text's in order: (folded offset,
    /// original offset), both from the start of its text.
    marks: Box<[(u32, u32)]>,
    /// Where each text's checkpoints start in `marks`, and their end.
    first_mark: Box<[usize]>,
}

/// A query folded once, to be run against `FoldedTexts`.
#[derive(Debug, Clone)]
pub struct FoldedQuery {
    finder: memmem::Finder<'static>,
}

impl FoldedQuery {
    pub fn new(query: &str) -> FoldedQuery {
        let mut bytes = Vec::with_capacity(query.len());
        encode(query.chars(), &mut bytes);
        FoldedQuery {
            finder: memmem::Finder::new(&bytes).into_owned(),
        }
    }

    /// True when the query folds to nothing: it matches no text.
    pub fn is_empty(&self) -> bool {
        self.finder.needle().is_empty()
    }
}

/// A match: the index of its text and the byte range in that text.
pub type TextMatch = (usize, Range<usize>);

/// Original bytes folded, or matches placed, between two questions whether
/// to stop: a few milliseconds of work.
const FOLD_CHECK: usize = 1 << 18;
const FIND_CHECK: usize = 4096;

impl FoldedTexts {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> FoldedTexts {
        FoldedTexts::new_until(texts, &|| false).unwrap_or_default()
    }

    /// `new`, asking `stop` every 256 KiB of text whether to go on: `None` when
    /// it said to stop.
    pub fn new_until<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        stop: &dyn Fn() -> bool,
    ) -> Option<FoldedTexts> {
        let table = arabic_table();
        let mut folded = Vec::new();
        let mut starts = Vec::new();
        let mut marks = Vec::new();
        let mut first_mark = Vec::new();
        let mut next_check = FOLD_CHECK;
        let mut before = 0;
        for (i, text) in texts.into_iter().enumerate() {
            if i > 0 {
                folded.push(SEPARATOR);
            }
            starts.push(folded.len());
            first_mark.push(marks.len());
            // Arabic takes half its UTF-8 length.
            folded.reserve(text.len() / 2 + 1);
            let base = folded.len();
            // The first checkpoint of every text is its start.
            let (mut next_folded, mut next_original) = (0, 0);
            let mut at = 0;
            while at < text.len() {
                if before + at >= next_check {
                    if stop() {
                        return None;
                    }
                    next_check = before + at + FOLD_CHECK;
                }
                let done = folded.len() - base;
                if done >= next_folded || at >= next_original {
                    // Past 4 GiB a checkpoint is left out: placing a match
                    // then folds from an earlier one, slower but right.
                    if let (Ok(f), Ok(o)) = (u32::try_from(done), u32::try_from(at)) {
                        marks.push((f, o));
                    }
                    next_folded = done + STRIDE;
                    next_original = at + ORIGINAL_STRIDE;
                }
                at += encode_at(text, at, table, &mut folded);
            }
            if text.is_empty() {
                marks.push((0, 0));
            }
            // A separator's worth for each text, so that many empty texts
            // also come to a check.
            before += text.len() + 1;
        }
        first_mark.push(marks.len());
        Some(FoldedTexts {
            folded: folded.into_boxed_slice(),
            starts: starts.into_boxed_slice(),
            marks: marks.into_boxed_slice(),
            first_mark: first_mark.into_boxed_slice(),
        })
    }

    /// Bytes held, for memory accounting.
    pub fn bytes(&self) -> usize {
        self.folded.len()
            + self.starts.len() * std::mem::size_of::<usize>()
            + self.marks.len() * std::mem::size_of::<(u32, u32)>()
            + self.first_mark.len() * std::mem::size_of::<usize>()
    }

    /// How many texts were folded.
    pub fn texts(&self) -> usize {
        self.starts.len()
    }

    /// Every match of `query`, in order, as (text index, byte range in that
    /// text); `text(i)` must give back the `i`th text folded. The same
    /// ranges as [`super::find_all`] on each text.
    pub fn find<'a>(&self, query: &FoldedQuery, text: impl Fn(usize) -> &'a str) -> Vec<TextMatch> {
        self.find_until(query, text, &|| false).unwrap_or_default()
    }

    /// `find`, asking `stop` every few thousand matches whether to go on:
    /// `None` when it said to stop.
    pub fn find_until<'a>(
        &self,
        query: &FoldedQuery,
        text: impl Fn(usize) -> &'a str,
        stop: &dyn Fn() -> bool,
    ) -> Option<Vec<TextMatch>> {
        let mut found = Vec::new();
        let len = query.finder.needle().len();
        if len == 0 {
            return Some(found);
        }
        let mut scan = Scan::default();
        let mut scratch = Vec::new();
        for at in query.finder.find_iter(&self.folded) {
            let index = self.starts.partition_point(|&s| s <= at).saturating_sub(1);
            let Some(&start) = self.starts.get(index) else {
                continue;
            };
            if found.len() % FIND_CHECK == FIND_CHECK - 1 && stop() {
                return None;
            }
            let source = text(index);
            if scan.text != Some(index) {
                scan = Scan {
                    text: Some(index),
                    ..Scan::default()
                };
            }
            let from = at - start;
            let first = self.locate(&mut scan, source, from, &mut scratch);
            let last = self.locate(&mut scan, source, from + len - 1, &mut scratch);
            found.push((index, first..end_after(source, last, &mut scratch)));
        }
        Some(found)
    }

    /// Moves `scan` to the character of `source` whose folded code holds
    /// folded offset `target` (from the text's start), and returns where
    /// that character starts. Starts from the last checkpoint at or before
    /// `target`, or from where `scan` is when that is further on.
    fn locate(&self, scan: &mut Scan, source: &str, target: usize, scratch: &mut Vec<u8>) -> usize {
        let Some(index) = scan.text else {
            return 0;
        };
        let from = self.first_mark.get(index).copied().unwrap_or(0);
        let to = self.first_mark.get(index + 1).copied().unwrap_or(from);
        let marks = self.marks.get(from..to).unwrap_or(&[]);
        let before = marks.partition_point(|&(f, _)| f as usize <= target);
        if let Some(&(f, o)) = before.checked_sub(1).and_then(|i| marks.get(i))
            && (scan.folded > target || (o as usize) > scan.original)
        {
            scan.folded = f as usize;
            scan.original = o as usize;
        }
        let table = arabic_table();
        while scan.original < source.len() {
            let (taken, folded) = measure(source, scan.original, table, scratch);
            if scan.folded + folded > target {
                break;
            }
            scan.folded += folded;
            scan.original += taken;
        }
        scan.original
    }
}

/// The lengths of the character at `at` in `source` and folded: what
/// `encode_at` would take and give, without encoding the characters most
/// text is made of.
fn measure(source: &str, at: usize, table: &[u8; 128], scratch: &mut Vec<u8>) -> (usize, usize) {
    let bytes = source.as_bytes();
    match (bytes.get(at), bytes.get(at + 1)) {
        (Some(&b), _) if b < 0x80 => (1, 1),
        (Some(&lead @ (0xD8 | 0xD9)), Some(&next)) => {
            let n = (usize::from(lead & 1) << 6) | usize::from(next & 0x3F);
            match table[n] {
                IGNORE => (2, 0),
                LONG => {
                    scratch.clear();
                    (encode_at(source, at, table, scratch), scratch.len())
                }
                _ => (2, 1),
            }
        }
        _ => {
            scratch.clear();
            (encode_at(source, at, table, scratch), scratch.len())
        }
    }
}

/// The end of a match whose last folded byte comes from the character at
/// `last`: after that character and after the marks that follow it.
fn end_after(source: &str, last: usize, scratch: &mut Vec<u8>) -> usize {
    let table = arabic_table();
    let mut end = last;
    let mut first = true;
    while end < source.len() {
        let (taken, folded) = measure(source, end, table, scratch);
        if !first && folded > 0 {
            break;
        }
        first = false;
        end += taken;
    }
    end.min(source.len())
}

/// Where the fold of one text has got to: a character's start in the
/// original and its folded offset, both from the text's start.
#[derive(Debug, Default)]
struct Scan {
    text: Option<usize>,
    folded: usize,
    original: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::find_all;

    fn find(texts: &[&str], query: &str) -> Vec<TextMatch> {
        FoldedTexts::new(texts.iter().copied()).find(&FoldedQuery::new(query), |i| texts[i])
    }

    #[test]
    fn finds_what_find_all_finds_in_each_text() {
        let texts = [
            "قال أحمد إن المدرسة مغلقة",
            "",
            "مُدَرِّسَةٌ في عام ٢٠٢٤ — Reuters",
            "مدرسة",
        ];
        for query in ["احمد", "مدرسه", "2024", "reuters", "ة", "م"] {
            let expected: Vec<TextMatch> = texts
                .iter()
                .enumerate()
                .flat_map(|(i, t)| find_all(t, query).into_iter().map(move |r| (i, r)))
                .collect();
            assert_eq!(find(&texts, query), expected, "{query}");
            assert!(!expected.is_empty(), "{query}");
        }
    }

    #[test]
    fn a_match_covers_the_harakat_after_it() {
        let text = "مُدَرِّسَةٌ";
        assert_eq!(find(&[text], "مدرسه"), [(0, 0..text.len())]);
    }

    #[test]
    fn no_match_spans_two_texts() {
        assert!(find(&["قال", "احمد"], "قال احمد").is_empty());
        assert!(find(&["قال", "احمد"], "قال\nاحمد").is_empty());
    }

    #[test]
    fn a_long_text_is_placed_from_its_checkpoints() {
        let text = "ـ".repeat(10_000) + &"في بيت ".repeat(2_000) + "في";
        let found = find(&[&text], "في");
        assert_eq!(found.len(), 2_001);
        assert_eq!(
            found.into_iter().map(|(_, r)| r).collect::<Vec<_>>(),
            find_all(&text, "في")
        );
    }
}
