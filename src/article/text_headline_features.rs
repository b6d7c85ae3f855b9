//! The features of a line at the top of a copied article that may be its
//! headline (see `text_headline`): what the line looks like, what it reads
//! as, and how it stands to the lines around it and the text under it.

use std::collections::HashSet;

use super::text_chrome;
use super::text_clock;
use super::text_furniture::{self, is_furniture, url_line};
use super::text_header::Header;
use super::text_lines::{self, SameWords};
use super::text_rules::{Matcher, Rules, Words};
use super::text_top_lines;
use super::{byline, dates, text_masthead};

/// The names of the features, in the order of a candidate's features: the
/// fitting script reads them from the dump, so a feature added here is
/// fit without touching it.
pub const NAMES: [&str; COUNT] = [
    "words_log",
    "words_1",
    "words_2",
    "words_3",
    "words_4_6",
    "words_7_15",
    "words_16_30",
    "words_31_up",
    "rank_0",
    "rank_1",
    "rank_2",
    "rank_log",
    "ends_period",
    "ends_colon",
    "ends_comma",
    "ends_question",
    "ends_ellipsis",
    "wrapped",
    "latin_share",
    "digit_share",
    "has_date",
    "date_alone",
    "clock",
    "byline",
    "outlet",
    "header",
    "section",
    "kicker",
    "furniture",
    "url",
    "chrome",
    "lead_share",
    "body_share",
    "lead_hits_log",
    "next_paragraph",
    "longest_short",
    "repeated_below",
    "paragraph",
    "first_paragraph",
    "after_paragraph",
    "separator",
    "menu",
    "under_label",
    "set_apart",
    "masthead",
    "teaser",
    "repeated_above",
    "site_link",
    "inner_dots",
    "inner_quotes",
    "inner_colon",
    "commas_log",
    "headline_shaped",
    "shaped_above_log",
    "lead_alone",
    "first_shaped",
    "last_shaped",
    "to_lead_log",
];

/// How many features each candidate has.
pub const COUNT: usize = 58;

/// How many lines under a candidate its features read: a copied story's
/// first screens, which hold its lead, its body and any copy of the
/// headline a page repeats.
const NEAR_LINES: usize = 200;

/// A line long enough to be a paragraph.
const PARAGRAPH_WORDS: usize = 10;

/// A line cut off with an ellipsis after more words than this is an
/// excerpt of another story (a headline may trail off after a few).
const TEASER_WORDS: usize = 5;

/// A line longer than any headline.
pub const LONG_WORDS: usize = 30;

/// What a candidate's features need from the others.
pub struct Context {
    pub rank: usize,
    pub longest: usize,
    pub menu: bool,
    pub seen_paragraph: bool,
    pub under_label: bool,
    /// How many candidates above are shaped as headlines.
    pub shaped_above: usize,
    /// Whether the line is shaped as a headline.
    pub shaped: bool,
    /// Whether no candidate between it and the first paragraph is.
    pub last_shaped: bool,
    /// How many candidates stand between it and the first paragraph, when
    /// it is above it.
    pub to_lead: Option<usize>,
}

/// What [`describe`] reads of each line near the candidates, worked out
/// once: every candidate above a line reads it again.
pub struct Near {
    paragraph: Vec<bool>,
    stems: Vec<Vec<String>>,
}

impl Near {
    /// The lines a candidate at `last` or above reads.
    pub fn new(lines: &[String], last: usize) -> Near {
        let lines = &lines[..lines.len().min(last + 1 + NEAR_LINES)];
        Near {
            paragraph: lines.iter().map(|l| is_paragraph(l)).collect(),
            stems: lines.iter().map(|l| text_lines::stems(l)).collect(),
        }
    }
}

pub fn describe(
    rules: &Rules,
    matcher: &Matcher,
    lines: &[String],
    at: usize,
    ctx: &Context,
    near: &Near,
) -> [f32; COUNT] {
    let line = lines[at].as_str();
    let n = words(line);
    // What a headline is weighed against is the text near it: the whole of
    // a long article would make each of the ten candidates read it all.
    let end = near.paragraph.len().min(at + 1 + NEAR_LINES);
    let below = &lines[at + 1..end];
    let next = (at + 1..end).find(|&i| !lines[i].is_empty());
    let lead = (at + 1..end).find(|&i| near.paragraph[i]);
    let own = &near.stems[at];
    let (lead_share, lead_hits) = shared(own, lead.map(|i| &near.stems[i]).into_iter());
    let copies = SameWords::new(line);
    let rest = (at + 1..end)
        .filter(|&i| !copies.matches(&lines[i]))
        .map(|i| &near.stems[i]);
    let (body_share, _) = shared(own, rest);
    let words_ = Words::new(line);
    let blank_around =
        at > 0 && lines[at - 1].is_empty() && below.first().is_some_and(String::is_empty);
    let mut all = [0.0; COUNT];
    all[..OWN].copy_from_slice(&own_features(rules, matcher, line, ctx, &words_));
    let around: [f32; COUNT - OWN] = [
        lead_share,
        body_share,
        (1.0 + lead_hits as f32).ln(),
        flag(next.is_some_and(|i| near.paragraph[i])),
        flag(n >= 3 && n == ctx.longest),
        flag(below.iter().any(|l| copies.matches(l))),
        flag(is_paragraph(line)),
        flag(is_paragraph(line) && !ctx.seen_paragraph),
        flag(ctx.seen_paragraph),
        flag(
            [" | ", " - ", " – ", " — ", "||"]
                .iter()
                .any(|s| line.contains(s)),
        ),
        flag(ctx.menu),
        flag(ctx.under_label),
        flag(blank_around),
        flag(
            matcher.masthead.strip(&words_).is_some()
                || text_masthead::masthead_inside(matcher, line),
        ),
        flag(is_cut(line) && n > TEASER_WORDS),
        flag(lines[..at].iter().any(|l| copies.matches(l))),
        flag(matcher.site_links.is(&words_)),
        flag(inner(line).contains("..") || inner(line).contains('…')),
        flag(inner(line).contains(['"', '«', '“', '”', '»'])),
        flag(inner(line).contains(':')),
        (1.0 + line.matches(['،', ',']).count() as f32).ln(),
        flag(is_headline_shaped(rules, matcher, line)),
        (1.0 + ctx.shaped_above as f32).ln(),
        flag(is_paragraph(line) && !ctx.seen_paragraph && ctx.shaped_above == 0),
        flag(ctx.shaped && ctx.shaped_above == 0),
        flag(ctx.shaped && ctx.last_shaped),
        ctx.to_lead.map_or(-1.0, |n| (1.0 + n as f32).ln()),
    ];
    all[OWN..].copy_from_slice(&around);
    all
}

/// How many of the features are read from the line itself and its rank.
const OWN: usize = 31;

/// The features read from the line alone (its length, its ending, what the
/// tables make of it) and its rank among the candidates.
fn own_features(
    rules: &Rules,
    matcher: &Matcher,
    line: &str,
    ctx: &Context,
    words_: &Words,
) -> [f32; OWN] {
    let n = words(line);
    let word_bin = |lo: usize, hi: usize| flag((lo..=hi).contains(&n));
    let full_stop = line.ends_with('.') && !line.ends_with("..");
    [
        (1.0 + n as f32).ln(),
        flag(n == 1),
        flag(n == 2),
        flag(n == 3),
        word_bin(4, 6),
        word_bin(7, 15),
        word_bin(16, LONG_WORDS),
        flag(n > LONG_WORDS),
        flag(ctx.rank == 0),
        flag(ctx.rank == 1),
        flag(ctx.rank == 2),
        (1.0 + ctx.rank as f32).ln(),
        flag(full_stop),
        flag(line.ends_with(':')),
        flag(line.ends_with(['،', ','])),
        flag(line.ends_with(['؟', '?', '!'])),
        flag(line.ends_with("..") || line.ends_with('…')),
        flag(is_wrapped(line)),
        latin_share(line),
        share(line, char::is_numeric, |c| !c.is_whitespace()),
        flag(dates::find(line).is_some()),
        flag(dates::dateline(line).is_some()),
        flag(
            text_clock::is_clock_time(line)
                || text_clock::zoned_time(line).is_some()
                || text_top_lines::site_clock(line).is_some(),
        ),
        flag(byline::parse(line).is_some()),
        flag(byline::outlet(line).is_some()),
        flag(Header::default().take(rules, matcher, line)),
        flag(matcher.sections.is(words_)),
        flag(
            matcher.kickers.is(words_)
                || line
                    .split_once(':')
                    .is_some_and(|(k, _)| matcher.kickers.is(&Words::new(k.trim()))),
        ),
        flag(is_furniture(matcher, words_, line)),
        flag(url_line(matcher, line).is_some() || line.contains("://") || line.contains("www.")),
        flag(text_chrome::is_chrome(line)),
    ]
}

/// Whether a line may be a headline at all: not blank, not a widget's
/// reading (`15.85°القدس`), a clock, a link or a line the furniture
/// tables know. These take no place in the window, so a bar of readings
/// does not push the headline out of it.
pub fn may_be_headline(matcher: &Matcher, line: &str) -> bool {
    !line.is_empty()
        && !text_lines::is_reading(line)
        && !text_clock::is_clock_time(line)
        && url_line(matcher, line).is_none()
        && !is_furniture(matcher, &Words::new(line), line)
        // A site's name left with the separator a page's title puts
        // before the headline (`صوت الإمارات -`) is a fragment.
        && !ends_with_separator(line)
}

/// Whether a line ends with a separator set off by a space (`… -`,
/// `… |`), as a page's title leaves it before the headline.
pub fn ends_with_separator(line: &str) -> bool {
    let line = line.trim_end();
    line.strip_suffix(['-', '–', '—', '|'])
        .is_some_and(|rest| rest.ends_with(' '))
}

/// A line that reads as a paragraph: long and ending a sentence, or longer
/// than any headline. An excerpt cut off with an ellipsis is another
/// story's teaser, not a paragraph of this one.
/// A question may be a headline of a dozen words; a lead that asks one is
/// longer.
/// A line mostly in Latin letters is a caption or a widget's text in an
/// Arabic copy.
pub fn is_paragraph(line: &str) -> bool {
    let n = words(line);
    if latin_share(line) >= 0.5 {
        return false;
    }
    // Ten words and more before a colon introduce a quotation or a list:
    // a kicker's colon closes a few.
    let statement = line.ends_with(['.', '!', ':']) && !is_cut(line);
    let question = line.ends_with(['?', '؟']) && n > QUESTION_WORDS;
    (n >= PARAGRAPH_WORDS && (statement || question)) || (n > LONG_WORDS && !is_cut(line))
}

/// How many words a question has at most as a headline.
const QUESTION_WORDS: usize = 16;

/// A line shaped as a headline: a few words or more, no sentence's end
/// nor a colon or comma after them, in the article's script.
/// A date alone, a byline or a caption with its credit is not, whatever
/// its length.
pub fn is_headline_shaped(rules: &Rules, matcher: &Matcher, line: &str) -> bool {
    let n = words(line);
    (4..=LONG_WORDS).contains(&n)
        && !line.ends_with(['.', ':', '،', ','])
        && latin_share(line) < 0.5
        && !is_paragraph(line)
        && dates::dateline(line).is_none()
        && !Header::default().take(rules, matcher, line)
        && !text_furniture::is_credited_caption(line)
}

/// The line without its first and last characters: what is inside it.
fn inner(line: &str) -> &str {
    let mut chars = line.chars();
    chars.next();
    chars.next_back();
    chars.as_str()
}

/// Whether a line ends with an ellipsis.
fn is_cut(line: &str) -> bool {
    line.ends_with("...") || line.ends_with('…')
}

pub fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// The share of the letters that are Latin.
fn latin_share(line: &str) -> f32 {
    share(line, |c| c.is_ascii_alphabetic(), char::is_alphabetic)
}

/// The share of the characters `of` that are `which`.
fn share(line: &str, which: impl Fn(char) -> bool, of: impl Fn(char) -> bool) -> f32 {
    let all = line.chars().filter(|&c| of(c)).count();
    let some = line.chars().filter(|&c| of(c) && which(c)).count();
    if all == 0 {
        0.0
    } else {
        some as f32 / all as f32
    }
}

/// The share of the line's content words (folded, without the article
/// and the one-letter prefixes) that `text` uses, and how many.
fn shared<'a>(line: &[String], text: impl Iterator<Item = &'a Vec<String>>) -> (f32, usize) {
    let own: HashSet<&str> = line.iter().map(String::as_str).collect();
    if own.is_empty() {
        return (0.0, 0);
    }
    let mut found = HashSet::new();
    for l in text {
        for w in l {
            if own.contains(w.as_str()) {
                found.insert(w.as_str());
            }
        }
    }
    (found.len() as f32 / own.len() as f32, found.len())
}

/// Whether the whole line is inside one pair of brackets or quotation
/// marks (`(…)`, `«…»`, `"…"`).
fn is_wrapped(line: &str) -> bool {
    const PAIRS: [(char, char); 5] = [('(', ')'), ('[', ']'), ('«', '»'), ('"', '"'), ('“', '”')];
    let mut chars = line.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    PAIRS
        .iter()
        .any(|&(open, close)| first == open && last == close)
}
