//! The phrase tables the text importer works from, and matching of a line
//! against them. Phrases are compared word by word after [`search::fold`]
//! and without punctuation at the ends of words, so `اترك تعليقاً` and
//! `اترك تعليقا`, `الإلكتروني.` and `الالكتروني` are the same phrase.

use super::phrases::{ar, en};
// Code's shape is a furniture test, kept reachable where it always was.
pub use super::text_code::is_code;
use crate::search;
use memchr::memmem::Finder;
use std::sync::LazyLock;

/// Matching a line's first words against a folded phrase list.
mod words;
use words::fold_word;

/// Telling a picture's caption and its credit.
mod captions;
pub use words::{Phrases, Words};

/// A list of phrases in one language.
pub type Table = &'static [&'static str];

/// The phrases that recognise each part of a saved page, each as one table
/// per language.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    /// Whole lines that are site furniture and are dropped.
    pub drop: &'static [Table],
    /// The site's own links (`اتصل بنا`), dropped; a date above them is
    /// the site's clock.
    pub site_links: &'static [Table],
    /// What a page counts beside a number (`1540 مشاهدة`, views): such a
    /// line is a counter, dropped.
    pub counted: &'static [Table],
    /// Section names a copy may start with, above the headline.
    pub sections: &'static [Table],
    /// Labels of the page's lists of other stories at the top (`عاجل`,
    /// `آخر الأخبار`): the headlines right under one are other stories'.
    pub latest: &'static [Table],
    /// Labels of the story's summary over its lead (`ملخص`): the points
    /// under one, or its one paragraph, are the page's, not the story's.
    pub summaries: &'static [Table],
    /// A screen reader's marks round a list, with their numbers taken out
    /// (`list 1 of 2`, `end of list`): not the list's items.
    pub list_marks: &'static [Table],
    /// A link past a box of other stories (`تخطى … وواصل القراءة`),
    /// which opens a framed list.
    pub skip_links: &'static [Table],
    /// The endings of such a link (`وواصل القراءة`).
    pub skip_ends: &'static [Table],
    /// The beginnings of a framed list's end mark (`نهاية …`, `end of`).
    pub list_ends: &'static [Table],
    /// Labels a headline may start with before a colon (`عاجل:`), alone or
    /// with a place (`خبر غزة :`); a section with a place counts too.
    pub kickers: &'static [Table],
    /// Line beginnings of furniture lines (captions, credits).
    pub drop_prefixes: &'static [Table],
    /// Line endings of image captions (`… - صورة أرشيفية`).
    pub caption_ends: &'static [Table],
    /// Line beginnings of image captions (`جانب من الفعاليات`), short
    /// lines that end no sentence.
    pub caption_starts: &'static [Table],
    /// Beginnings of a picture's credit in brackets ending a caption.
    pub caption_credits: &'static [Table],
    /// Lines (or line beginnings) after which short lines are a list of
    /// other headlines, tags or poll answers, dropped with the line.
    pub lists: &'static [Table],
    /// Beginnings of a box label naming the section whose other stories
    /// it lists (`المزيد من محافظات`); the label is a few words at most.
    pub more_from: &'static [Table],
    /// Line beginnings that start the comment section: nothing after them
    /// belongs to the article.
    pub end: &'static [Table],
    /// Whole lines that are comment-form fields, with the same effect.
    pub end_lines: &'static [Table],
    /// Line beginnings that introduce the author in the header.
    pub byline_prefixes: &'static [Table],
    /// Header lines that are an author on their own.
    pub authors: &'static [Table],
    /// Staff titles of a masthead: they and all above them are not the
    /// headline.
    pub masthead: &'static [Table],
    /// Line beginnings that introduce the source in the header.
    pub source_prefixes: &'static [Table],
    /// Words before a link to the article (`المصدر: https://…`).
    pub url_labels: &'static [Table],
    /// Lines made only of these words (glued or not) are share bars.
    pub share_words: &'static [Table],
    /// Pairs of phrases that together make a line a notice: a column's
    /// disclaimer, a comment section's rules.
    pub notices: &'static [&'static [(&'static str, &'static str)]],
    /// What aggregators wrap a headline in (before, after): the headline
    /// is what is between.
    pub title_wraps: &'static [(&'static str, &'static str)],
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
    /// A line of a list after a [`Rules::lists`] line has at most this many
    /// words and does not end a sentence with a full stop.
    pub list_item_max_words: usize,
    /// Whether a word opens a paragraph: in wrapped text, a full stop at a
    /// line's end before such a word ends the paragraph.
    pub opens_paragraph: fn(&str) -> bool,
}

/// The most words of a notice.
const NOTICE_WORDS: usize = 80;

/// Arabic news sites (and the seed article's site in particular).
pub const ARABIC_NEWS: Rules = Rules {
    drop: &[ar::DROP, ar::ATTACHMENT_LABELS, en::DROP],
    site_links: &[ar::SITE_LINKS, en::SITE_LINKS],
    counted: &[ar::COUNTED, en::COUNTED],
    sections: &[ar::SECTIONS, en::SECTIONS],
    kickers: &[ar::KICKERS, ar::STORY_KINDS, en::KICKERS],
    drop_prefixes: &[ar::DROP_PREFIXES, en::DROP_PREFIXES],
    caption_ends: &[ar::CAPTION_ENDS, en::CAPTION_ENDS],
    caption_starts: &[ar::CAPTION_STARTS, en::CAPTION_STARTS],
    caption_credits: &[ar::CAPTION_CREDITS, en::CAPTION_CREDITS],
    lists: &[ar::LISTS, en::LISTS],
    more_from: &[ar::MORE_FROM, en::MORE_FROM],
    end: &[ar::END, en::END],
    end_lines: &[ar::END_LINES, en::END_LINES],
    byline_prefixes: &[ar::BYLINE_PREFIXES, en::BYLINE_PREFIXES],
    authors: &[ar::AUTHORS],
    masthead: &[ar::MASTHEAD, en::MASTHEAD],
    source_prefixes: &[ar::SOURCE_PREFIXES, en::SOURCE_PREFIXES],
    url_labels: &[ar::URL_LABELS, en::URL_LABELS],
    share_words: &[ar::SHARE_WORDS, en::SHARE_WORDS],
    latest: &[ar::LATEST, en::LATEST],
    summaries: &[ar::SUMMARIES, en::SUMMARIES],
    list_marks: &[en::LIST_MARKS],
    skip_links: &[ar::SKIP_LINKS, en::SKIP_LINKS],
    skip_ends: &[ar::SKIP_ENDS, en::SKIP_ENDS],
    list_ends: &[ar::LIST_ENDS, en::LIST_ENDS],
    notices: &[ar::NOTICE_PAIRS, en::NOTICE_PAIRS],
    title_wraps: ar::TITLE_WRAPS,
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
    list_item_max_words: 16,
    opens_paragraph: arabic_opens_paragraph,
};

/// A verb or a preposition joined to `و` (`وقال`, `وحسب`), `يذكر` or
/// `كما` (`كما دعت الوزارة …`): how news paragraphs open. A noun with the
/// article joined to `و` (`والحقيقة`) carries a sentence on as often as
/// it opens one.
fn arabic_opens_paragraph(word: &str) -> bool {
    let word = search::fold(word);
    // An ordinal with its colon numbers a statement's clauses (`ثانياً:`).
    if let Some(ordinal) = word.strip_suffix(':') {
        static FOLDED: LazyLock<Vec<String>> =
            LazyLock::new(|| ORDINALS.iter().map(|o| search::fold(o)).collect());
        return FOLDED.iter().any(|o| o == ordinal);
    }
    match word.strip_prefix('و') {
        Some(rest) => rest.chars().count() >= 2 && !rest.starts_with("ال"),
        None => word == "يذكر" || word == "كما",
    }
}

/// Ordinals that number a statement's clauses.
const ORDINALS: [&str; 10] = [
    "أولاً",
    "ثانياً",
    "ثالثاً",
    "رابعاً",
    "خامساً",
    "سادساً",
    "سابعاً",
    "ثامناً",
    "تاسعاً",
    "عاشراً",
];

/// The phrase lists of a [`Rules`], folded once per import.
#[derive(Debug, Clone)]
pub struct Matcher {
    pub drop: Phrases,
    pub site_links: Phrases,
    pub counted: Phrases,
    pub sections: Phrases,
    pub latest: Phrases,
    pub summaries: Phrases,
    pub list_marks: Phrases,
    pub skip_links: Phrases,
    pub skip_ends: Phrases,
    pub list_ends: Phrases,
    pub kickers: Phrases,
    pub drop_prefixes: Phrases,
    pub lists: Phrases,
    pub more_from: Phrases,
    pub end: Phrases,
    pub end_lines: Phrases,
    pub authors: Phrases,
    pub masthead: Phrases,
    pub bylines: Phrases,
    pub sources: Phrases,
    pub url_labels: Phrases,
    share_words: Vec<String>,
    caption_credits: Phrases,
    caption_starts: Phrases,
    /// Folded words of each caption ending, last word first.
    caption_ends: Vec<Vec<String>>,
    /// [`Rules::notices`], folded, each phrase's searcher built once:
    /// every block of every page is asked whether it is a notice.
    notices: Vec<(Finder<'static>, Finder<'static>)>,
}

/// The most words of the section a "more from" label names.
const MORE_FROM_SECTION_WORDS: usize = 3;

impl Matcher {
    pub fn new(rules: &Rules) -> Matcher {
        Matcher {
            drop: Phrases::new(rules.drop),
            site_links: Phrases::new(rules.site_links),
            counted: Phrases::new(rules.counted),
            sections: Phrases::new(rules.sections),
            latest: Phrases::new(rules.latest),
            summaries: Phrases::new(rules.summaries),
            list_marks: Phrases::new(rules.list_marks),
            skip_links: Phrases::new(rules.skip_links),
            skip_ends: Phrases::new(rules.skip_ends),
            list_ends: Phrases::new(rules.list_ends),
            kickers: Phrases::new(rules.kickers),
            drop_prefixes: Phrases::new(rules.drop_prefixes),
            lists: Phrases::new(rules.lists),
            more_from: Phrases::new(rules.more_from),
            end: Phrases::new(rules.end),
            end_lines: Phrases::new(rules.end_lines),
            authors: Phrases::new(rules.authors),
            masthead: Phrases::new(rules.masthead),
            bylines: Phrases::new(rules.byline_prefixes),
            sources: Phrases::new(rules.source_prefixes),
            url_labels: Phrases::new(rules.url_labels),
            caption_credits: Phrases::new(rules.caption_credits),
            caption_starts: Phrases::new(rules.caption_starts),
            share_words: rules
                .share_words
                .iter()
                .flat_map(|t| t.iter())
                .map(|w| search::fold(w))
                .collect(),
            notices: rules
                .notices
                .iter()
                .flat_map(|t| t.iter())
                .map(|(a, b)| {
                    let finder = |p: &str| Finder::new(&search::fold(p)).into_owned();
                    (finder(a), finder(b))
                })
                .collect(),
            caption_ends: rules
                .caption_ends
                .iter()
                .flat_map(|t| t.iter())
                .map(|p| p.split_whitespace().rev().map(fold_word).collect())
                .collect(),
        }
    }

    /// A line or block that holds both phrases of a notice pair (a
    /// column's disclaimer, a comment section's rules); long text never is.
    pub fn is_notice(&self, text: &str) -> bool {
        if text.split_whitespace().nth(NOTICE_WORDS).is_some() {
            return false;
        }
        let folded = search::fold(text);
        let folded = folded.as_bytes();
        self.notices
            .iter()
            .any(|(a, b)| a.find(folded).is_some() && b.find(folded).is_some())
    }

    /// A box's label naming the section whose other stories it lists
    /// (`المزيد من محافظات`, `More from Business`): the phrase, a word or
    /// three, no sentence's end.
    pub fn is_more_from(&self, line: &str) -> bool {
        self.more_from.strip(&Words::new(line)).is_some_and(|rest| {
            rest.split_whitespace()
                .nth(MORE_FROM_SECTION_WORDS)
                .is_none()
        }) && !line.trim_end().ends_with(['.', '!', '?', '؟'])
    }

    /// A share bar: only share words, even glued together as copied
    /// buttons come (`Share on FacebookShare on Twitterwhatsapp`).
    /// A count among the buttons (`0 تعليق`) is the bar's.
    pub fn is_share_bar(&self, line: &str) -> bool {
        // `واتس اب` leaves `اب` a share word, and August's Levantine name
        // folds to it (`12 آب 2021`): a date is no bar.
        // Nor is a wrapped sentence's last word (`آب.`): no bar ends
        // with a full stop.
        // (Asked last: reading a date costs more than the bar's words.)
        if line.ends_with(['.', '،']) {
            return false;
        }
        let not_a_date = || super::dates::dateline(line).is_none();
        if super::text_bars::is_share_label(line) {
            return not_a_date();
        }
        // A mail button spelled with its hyphen (`E-Mail`) is one word.
        let line = if line.contains("-Mail") || line.contains("-mail") {
            std::borrow::Cow::Owned(line.replace("-Mail", "Mail").replace("-mail", "mail"))
        } else {
            std::borrow::Cow::Borrowed(line)
        };
        let mut pieces = 0;
        let all = split_glued(&line, |word| {
            let count = word.chars().all(char::is_numeric);
            pieces += usize::from(!count);
            count || self.is_share_words(&search::fold(word))
        });
        all && pieces > 0 && not_a_date()
    }

    /// Whether `word` is share words written together (`twitterwhatsapp`).
    fn is_share_words(&self, word: &str) -> bool {
        // can[i]: word[..i] is made of share words.
        let mut can = vec![false; word.len() + 1];
        can[0] = true;
        for i in 0..word.len() {
            if !can[i] || !word.is_char_boundary(i) {
                continue;
            }
            for w in &self.share_words {
                if word[i..].starts_with(w.as_str()) && !w.is_empty() {
                    can[i + w.len()] = true;
                }
            }
        }
        can[word.len()]
    }
}

/// Calls `each` on the words of a line, split at spaces, punctuation and
/// where a capital letter follows a small one, until it returns false;
/// whether it never did.
fn split_glued(line: &str, mut each: impl FnMut(&str) -> bool) -> bool {
    let mut start = None;
    let mut last_lower = false;
    for (i, c) in line.char_indices() {
        let boundary = !c.is_alphanumeric() || (c.is_uppercase() && last_lower);
        if boundary
            && let Some(s) = start.take()
            && !each(&line[s..i])
        {
            return false;
        }
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        }
        last_lower = c.is_lowercase();
    }
    start.is_none_or(|s| each(&line[s..]))
}
