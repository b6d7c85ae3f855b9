//! A line's first words folded for comparing with phrases, and phrase
//! lists folded once.

use std::cell::OnceCell;
use std::collections::HashSet;

use super::Table;
use crate::search;

/// A phrase list folded once, for matching many lines.
#[derive(Debug, Clone)]
pub struct Phrases {
    /// Each phrase's folded words, and whether it ends with a colon,
    /// which the line must then have too (`الصورة:` is a credit's label;
    /// `الصورة الشائعة …` opens a sentence).
    phrases: Vec<(Vec<String>, bool)>,
    /// The phrases' first words, to pass over most lines at once.
    firsts: HashSet<String>,
}

impl Phrases {
    pub fn new(tables: &[Table]) -> Phrases {
        let mut phrases: Vec<(Vec<String>, bool)> = tables
            .iter()
            .flat_map(|t| t.iter())
            .map(|p| {
                let words: Vec<String> = p
                    .split_whitespace()
                    .map(fold_word)
                    .filter(|w| !w.is_empty())
                    .collect();
                (words, p.trim_end().ends_with([':', '：']))
            })
            .filter(|(w, _)| !w.is_empty())
            .collect();
        // The longest phrase that starts a line is the one it says:
        // `رئيس التحرير التنفيذي` is a title of its own, not `رئيس التحرير`
        // followed by a name.
        phrases.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let firsts = phrases.iter().map(|(p, _)| p[0].clone()).collect();
        Phrases { phrases, firsts }
    }

    /// What follows the first phrase that starts `line`, if one does.
    pub fn strip<'a>(&self, line: &Words<'a>) -> Option<&'a str> {
        if !self.may_start(line) {
            return None;
        }
        self.phrases.iter().find_map(|(p, colon)| {
            line.strip(p)
                .filter(|rest| !colon || line.colon_before(rest))
        })
    }

    /// Whether `line` is one of the phrases and nothing more than marks
    /// (`تعليقك *`).
    pub fn is(&self, line: &Words<'_>) -> bool {
        self.may_start(line)
            && self.phrases.iter().any(|(p, colon)| {
                line.strip(p)
                    .filter(|rest| !colon || line.colon_before(rest))
                    .is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
            })
    }

    /// Whether a phrase starts with the line's first word (or with what
    /// comes before a colon or comma glued to it).
    fn may_start(&self, line: &Words<'_>) -> bool {
        let Some((_, folded, raw)) = &line.first else {
            return false;
        };
        let glued = raw.split([':', '،', ',']).next().unwrap_or("");
        self.firsts.contains(folded) || self.firsts.contains(glued)
    }
}

/// The folded first words of a line: enough to compare with any phrase.
/// Most lines match no phrase on their first word, so the others are
/// folded only when a phrase needs them.
#[derive(Debug)]
pub struct Words<'a> {
    line: &'a str,
    first: Option<Word>,
    all: OnceCell<Vec<Word>>,
}

/// (end byte of the word in the line, folded word without its end
/// punctuation, folded word as written)
type Word = (usize, String, String);

/// Phrases are at most this many words long.
pub(super) const MAX_PHRASE_WORDS: usize = 8;

/// Arrows set apart before a link's label, as a page draws them.
const ARROWS: [&str; 6] = ["« ", "‹ ", "» ", "› ", "<< ", ">> "];
/// The same arrows set apart after a link's label.
const ARROW_ENDS: [&str; 6] = [" «", " ‹", " »", " ›", " <<", " >>"];

impl<'a> Words<'a> {
    pub fn new(line: &'a str) -> Words<'a> {
        // A pictograph before a box's label (`📌 اقرأ أيضًا:`) is no word.
        let line = line.trim_start_matches(|c: char| {
            crate::article::text_pictographs::is_pictograph(c) || c.is_whitespace()
        });
        // Nor is an arrow set apart from a link's label (`« السابق`,
        // `التالي »`); a quotation's marks are glued to its words.
        let line = ARROWS
            .iter()
            .find_map(|a| line.strip_prefix(a))
            .unwrap_or(line);
        let line = ARROW_ENDS
            .iter()
            .find_map(|a| line.strip_suffix(a))
            .unwrap_or(line)
            .trim();
        Words {
            line,
            first: fold_words(line, 1).pop(),
            all: OnceCell::new(),
        }
    }

    /// Whether a colon closes what comes before `rest` (a tail of the
    /// line), glued or spaced (`الصورة:`, `الصورة :`).
    fn colon_before(&self, rest: &str) -> bool {
        let head = &self.line[..self.line.len().saturating_sub(rest.len())];
        head.trim_end().ends_with([':', '：', '،', ',']) || rest.starts_with([':', '：'])
    }

    /// What follows `phrase` when the line starts with its words. A last
    /// phrase word ending in a colon or comma may be glued to what follows
    /// it: `المصدر:رويترز`, `صدر الصورة،Getty Images`.
    fn strip(&self, phrase: &[String]) -> Option<&'a str> {
        let first = self.first.as_ref()?;
        let mut end = 0;
        for (i, want) in phrase.iter().enumerate() {
            let (word_end, folded, raw) = if i == 0 {
                first
            } else {
                self.all
                    .get_or_init(|| fold_words(self.line, MAX_PHRASE_WORDS))
                    .get(i)?
            };
            if folded == want && !folded.is_empty() {
                end = *word_end;
                continue;
            }
            let glued = i + 1 == phrase.len()
                && raw.starts_with(want.as_str())
                && raw[want.len()..].starts_with([':', '،', ',']);
            if glued {
                let word_start = self.line[..*word_end]
                    .rfind(char::is_whitespace)
                    .map_or(0, |j| j + 1);
                let colon = self.line[word_start..].find([':', '،', ','])? + word_start;
                let after = self.line[colon..].chars().next().map_or(1, char::len_utf8);
                return Some(self.line[colon + after..].trim_start());
            }
            return None;
        }
        Some(self.line[end..].trim_start())
    }
}

/// The first `count` words of `line`, folded.
fn fold_words(line: &str, count: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let mut rest = line;
    while words.len() < count {
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            break;
        }
        let start = line.len() - trimmed.len();
        let len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
        let raw = search::fold(&trimmed[..len]);
        let folded = fold_word(&raw);
        words.push((start + len, folded, raw));
        rest = &trimmed[len..];
    }
    words
}

pub(super) fn fold_word(word: &str) -> String {
    let folded = search::fold(word);
    // The feminine ending a site adds after a slash to speak to every
    // reader (`اقرأ/ي`, `شارك/ي`) leaves the word it ends.
    let folded = folded
        .strip_suffix("/ي")
        .or_else(|| folded.strip_suffix("/ى"))
        .unwrap_or(&folded);
    folded
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}
