//! The phrase tables the text importer works from, and matching of a line
//! against them. Phrases are compared word by word after [`search::fold`]
//! and without punctuation at the ends of words, so `اترك تعليقاً` and
//! `اترك تعليقا`, `الإلكتروني.` and `الالكتروني` are the same phrase.

use crate::search;

/// The phrases that recognise each part of a saved page.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Whole lines that are site furniture and are dropped.
    pub drop: &'static [&'static str],
    /// Line beginnings that start the comment section: nothing after them
    /// belongs to the article.
    pub end: &'static [&'static str],
    /// Line beginnings that introduce the author in the header.
    pub byline_prefixes: &'static [&'static str],
    /// Header lines that are an author on their own.
    pub authors: &'static [&'static str],
    /// Line beginnings that introduce the source in the header.
    pub source_prefixes: &'static [&'static str],
    /// Words for "minute(s)" after a number: `2 دقيقة`, `3 دقائق`.
    pub minute_words: &'static [&'static str],
    /// Words that stand for a number of minutes on their own.
    pub counted_minutes: &'static [(&'static str, u32)],
    /// Words after the minutes that say it is reading time.
    pub read_words: &'static [&'static str],
    /// A heading is a lone line of at most this many words...
    pub heading_max_words: usize,
    /// ...that does not end with one of these.
    pub closing_punctuation: &'static [char],
}

/// Arabic news sites (and the seed article's site in particular).
pub const ARABIC_NEWS: Rules = Rules {
    drop: &[
        "شارك المقال",
        "شارك الخبر",
        "شارك",
        "مشاركة",
        "شارك على فيسبوك",
        "شارك على تويتر",
        "share",
        "share this article",
        "تابعنا",
        "اقرأ أيضا",
        "إعلان",
    ],
    end: &[
        "اترك تعليقك",
        "اترك تعليقا",
        "اترك ردا",
        "أضف تعليقا",
        "أضف تعليقك",
        "لن يتم نشر عنوان بريدك الإلكتروني",
        "التعليقات",
        "leave a comment",
        "leave a reply",
    ],
    byline_prefixes: &["كتب", "كتبت", "بقلم", "إعداد", "by"],
    authors: &["فريق التحرير", "هيئة التحرير", "المحرر", "أسرة التحرير"],
    source_prefixes: &["المصدر:", "المصدر", "source:"],
    minute_words: &[
        "دقيقة",
        "دقائق",
        "دقيقه",
        "د",
        "min",
        "mins",
        "minute",
        "minutes",
    ],
    counted_minutes: &[("دقيقتان", 2), ("دقيقتين", 2)],
    read_words: &["للقراءة", "قراءة", "read", "reading"],
    heading_max_words: 12,
    closing_punctuation: &[
        '.', '!', '?', '؟', '…', ':', '؛', '،', ',', ';', '”', '"', '»',
    ],
};

/// The phrase lists of a [`Rules`], folded once per import.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub drop: Phrases,
    pub end: Phrases,
    pub authors: Phrases,
    pub bylines: Phrases,
    pub sources: Phrases,
}

impl Matcher {
    pub fn new(rules: &Rules) -> Matcher {
        Matcher {
            drop: Phrases::new(rules.drop),
            end: Phrases::new(rules.end),
            authors: Phrases::new(rules.authors),
            bylines: Phrases::new(rules.byline_prefixes),
            sources: Phrases::new(rules.source_prefixes),
        }
    }
}

/// A phrase list folded once, for matching many lines.
#[derive(Debug, Clone)]
pub struct Phrases(Vec<Vec<String>>);

impl Phrases {
    pub fn new(list: &[&str]) -> Phrases {
        Phrases(
            list.iter()
                .map(|p| p.split_whitespace().map(fold_word).collect())
                .filter(|w: &Vec<String>| !w.is_empty())
                .collect(),
        )
    }

    /// What follows the first phrase that starts `line`, if one does.
    pub fn strip<'a>(&self, line: &Words<'a>) -> Option<&'a str> {
        self.0.iter().find_map(|p| line.strip(p))
    }

    /// Whether `line` is one of the phrases and nothing more.
    pub fn is(&self, line: &Words<'_>) -> bool {
        self.0
            .iter()
            .any(|p| line.strip(p).is_some_and(str::is_empty))
    }
}

/// The folded first words of a line: enough to compare with any phrase.
#[derive(Debug)]
pub struct Words<'a> {
    line: &'a str,
    /// (end byte of the word in `line`, folded word, folded word as written)
    words: Vec<(usize, String, String)>,
}

/// Phrases are at most this many words long.
const MAX_PHRASE_WORDS: usize = 8;

impl<'a> Words<'a> {
    pub fn new(line: &'a str) -> Words<'a> {
        let mut words = Vec::new();
        let mut rest = line;
        while words.len() < MAX_PHRASE_WORDS {
            let trimmed = rest.trim_start();
            if trimmed.is_empty() {
                break;
            }
            let start = line.len() - trimmed.len();
            let len = trimmed.find(char::is_whitespace).unwrap_or(trimmed.len());
            let word = &trimmed[..len];
            words.push((start + len, fold_word(word), search::fold(word)));
            rest = &trimmed[len..];
        }
        Words { line, words }
    }

    /// What follows `phrase` when the line starts with its words. A last
    /// phrase word ending in a colon may be glued to what follows it:
    /// `المصدر:رويترز`.
    fn strip(&self, phrase: &[String]) -> Option<&'a str> {
        let mut end = 0;
        for (i, want) in phrase.iter().enumerate() {
            let (word_end, folded, raw) = self.words.get(i)?;
            if folded == want && !folded.is_empty() {
                end = *word_end;
                continue;
            }
            let glued = i + 1 == phrase.len()
                && raw.starts_with(want.as_str())
                && raw[want.len()..].starts_with(':');
            if glued {
                let word_start = self.line[..*word_end]
                    .rfind(char::is_whitespace)
                    .map_or(0, |j| j + 1);
                let colon = self.line[word_start..].find(':')? + word_start;
                return Some(self.line[colon + 1..].trim_start());
            }
            return None;
        }
        Some(self.line[end..].trim_start())
    }
}

fn fold_word(word: &str) -> String {
    let folded = search::fold(word);
    folded
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}
