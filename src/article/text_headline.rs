//! The headline of a copied article as a choice among the top lines, each
//! described by what it looks like (length, its last mark, its letters),
//! what it reads as (a date, a byline, a section's name, furniture) and how
//! it stands to the text under it (a headline says in few words what its
//! lead says at length, so it shares words with it; a site's slogan or a
//! caption seldom does). The features are weighed together by a linear
//! score whose weights were fit on labelled copies
//! (`scripts/fit_headline.py`), rather than each one deciding alone.

use super::dates;
use super::text_header::Header;
pub use super::text_headline_features::{COUNT, NAMES};
use super::text_headline_features::{
    Context, LONG_WORDS, Near, describe, is_headline_shaped, is_paragraph, may_be_headline, words,
};
use super::text_rules::{Matcher, Rules};
use super::text_top_lines;

/// How many non-empty lines are candidates at most. The labelled copies
/// put the headline within the first ten lines under the site's chrome
/// (which the chrome and masthead passes find first) in all but a few.
const WINDOW: usize = 10;

/// The window ends before the second line reading as a paragraph: the
/// first may be the lead of a copy without a headline, or a summary above
/// the headline, but the headline is never under the second.
const PARAGRAPHS: usize = 2;

/// One line that may be the headline.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// The line's index in the copy.
    pub at: usize,
    /// Whether the line reads as a paragraph: taken, it is the lead of a
    /// copy without a headline.
    pub lead: bool,
    /// Whether the line is shaped as a headline: long enough, ending no
    /// sentence, in the copy's script, neither a date nor a byline.
    pub shaped: bool,
    pub features: [f32; COUNT],
}

/// The candidates at the top of `lines`, from `start` (the end of the
/// site's chrome) on: up to [`WINDOW`] non-empty lines, and none from
/// the second that reads as a paragraph on, which is never the headline.
pub fn candidates(
    rules: &Rules,
    matcher: &Matcher,
    lines: &[String],
    start: usize,
) -> Vec<Candidate> {
    let mut at_lines = Vec::new();
    let mut paragraphs = 0;
    for (at, line) in lines.iter().enumerate().skip(start) {
        if !may_be_headline(matcher, line) {
            continue;
        }
        paragraphs += usize::from(is_paragraph(line));
        if paragraphs >= PARAGRAPHS {
            break;
        }
        at_lines.push(at);
        if at_lines.len() >= WINDOW {
            break;
        }
    }
    let menu = text_top_lines::menu_lines(lines);
    let longest = at_lines
        .iter()
        .map(|&at| words(&lines[at]))
        .filter(|n| (3..=LONG_WORDS).contains(n))
        .max()
        .unwrap_or(0);
    let shaped: Vec<bool> = at_lines
        .iter()
        .map(|&at| is_headline_shaped(rules, matcher, &lines[at]))
        .collect();
    let lead = at_lines.iter().position(|&at| is_paragraph(&lines[at]));
    let near = Near::new(lines, at_lines.last().copied().unwrap_or(0));
    let mut seen_paragraph = false;
    let mut out = Vec::with_capacity(at_lines.len());
    for (rank, &at) in at_lines.iter().enumerate() {
        let to_lead = lead.and_then(|l| l.checked_sub(rank));
        let ctx = Context {
            rank,
            longest,
            menu: menu.get(at).copied().unwrap_or(false),
            seen_paragraph,
            under_label: rank > 0 && words(&lines[at_lines[rank - 1]]) <= 3,
            shaped_above: shaped[..rank].iter().filter(|&&s| s).count(),
            shaped: shaped[rank],
            last_shaped: !shaped[rank + 1..lead.unwrap_or(shaped.len()).max(rank + 1)]
                .iter()
                .any(|&s| s),
            to_lead,
        };
        let features = describe(rules, matcher, lines, at, &ctx, &near);
        let lead = is_paragraph(&lines[at]);
        seen_paragraph |= lead;
        out.push(Candidate {
            at,
            lead,
            shaped: shaped[rank],
            features,
        });
    }
    out
}

/// The line the score ranks first, when it is shaped as a headline and
/// its share of the candidates' odds (their softmax) is over [`SURE`]: the
/// headline. `None` leaves the choice to the headline's rules, and so do
/// the copy without a headline (whose lead the score may rank first) and
/// the headline of a word or two: the rules read labels, captions and
/// short headlines from the lines around them, and the score was not
/// found better at telling them.
pub fn choose(candidates: &[Candidate]) -> Option<usize> {
    let scores: Vec<f32> = candidates.iter().map(|c| score(&c.features)).collect();
    let (best, top) = scores
        .iter()
        .copied()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let odds: f32 = scores.iter().map(|s| (s - top).exp()).sum();
    let c = &candidates[best];
    (c.shaped && 1.0 / odds > SURE).then_some(c.at)
}

/// How sure the score must be to override the rules. Cross-validation on
/// the labelled copies (each set of copies, and each third of the other
/// copies' outlets, left out in turn and the weights fit on the rest)
/// found the rules' choice better when the score is less sure than this,
/// and the score's choice better when it is surer.
const SURE: f32 = 0.5;

/// A candidate's score: the weighed sum of its features.
fn score(features: &[f32; COUNT]) -> f32 {
    features.iter().zip(WEIGHTS).map(|(f, w)| f * w).sum()
}

/// The weight of each feature, in the order of [`NAMES`]. Fit by
/// `scripts/fit_headline.py` (a conditional logit: each copy's candidates
/// compete, and the weights make the right one likeliest, with an L2
/// penalty of 30 on the weights of the standardised features) on 183
/// copied articles: 62 whose headline (or its absence) was written down
/// by hand, and 121 whose headline is the line the page's address spells.
pub(super) const WEIGHTS: [f32; COUNT] = [
    0.0010,  // words_log
    0.0118,  // words_1
    -0.2351, // words_2
    -0.3759, // words_3
    -0.3060, // words_4_6
    0.3318,  // words_7_15
    0.1286,  // words_16_30
    -0.1459, // words_31_up
    0.4052,  // rank_0
    -0.0046, // rank_1
    -0.1289, // rank_2
    -0.2585, // rank_log
    -0.2281, // ends_period
    -0.8009, // ends_colon
    -0.3044, // ends_comma
    1.0877,  // ends_question
    1.4961,  // ends_ellipsis
    5.1705,  // wrapped
    -0.6430, // latin_share
    -0.4169, // digit_share
    -0.1290, // has_date
    -0.3660, // date_alone
    -1.0013, // clock
    -0.7587, // byline
    -0.3106, // outlet
    -0.5352, // header
    -0.4218, // section
    0.3093,  // kicker
    0.0000,  // furniture
    -0.0499, // url
    -0.3164, // chrome
    0.6025,  // lead_share
    0.4538,  // body_share
    0.2365,  // lead_hits_log
    -0.4745, // next_paragraph
    0.1324,  // longest_short
    -0.0934, // repeated_below
    -0.0418, // paragraph
    -0.0418, // first_paragraph
    -0.0627, // after_paragraph
    -0.6721, // separator
    -0.2918, // menu
    0.1849,  // under_label
    0.2169,  // set_apart
    0.0000,  // masthead
    -1.0845, // teaser
    0.0044,  // repeated_above
    0.0000,  // site_link
    0.1215,  // inner_dots
    0.1755,  // inner_quotes
    0.0569,  // inner_colon
    -0.2105, // commas_log
    0.4458,  // headline_shaped
    -0.4678, // shaped_above_log
    0.6868,  // lead_alone
    0.9127,  // first_shaped
    0.3961,  // last_shaped
    0.1587,  // to_lead_log
];
/// The line the fitted score takes for the headline over the rules'
/// choice `picked`: when it is sure of it (`text_headline::choose`), the
/// copy is not hard-wrapped (where every line of a paragraph is as short
/// as a headline), and the rules' choice is not a line of a few words
/// right above it: a short headline over its deck, which the score,
/// knowing no more than the lines' shapes, takes for a label over the
/// headline.
pub(super) fn over_rules(
    rules: &Rules,
    matcher: &Matcher,
    all: &[String],
    (masthead, passed): (usize, &[bool]),
    picked: Option<usize>,
) -> Option<usize> {
    if let Some(lead) =
        picked.and_then(|at| super::text_lead_chrome::chrome_over_lead(rules, all, at))
    {
        return Some(lead);
    }
    let candidates = candidates(rules, matcher, all, masthead);
    // A writer's bare name the rules read as the byline is none either.
    let at = choose(&candidates)
        .filter(|&at| !passed[at] && !super::byline::is_signed_name(&all[at]))?;
    let Some(taken) = picked else {
        return Some(at);
    };
    // Where both choose the same line, the rules read the lines around it.
    let next = (taken + 1..all.len()).find(|&i| !all[i].is_empty());
    let over_deck = next == Some(at) && all[taken].split_whitespace().nth(DECK_OVER).is_none();
    // A headline (maybe said twice), its byline or date, then the score's
    // line: the shape of a header over its lead, which the rules read whole.
    let between: Vec<&String> = all[(taken + 1).min(at)..at]
        .iter()
        .filter(|l| !l.is_empty() && **l != all[taken])
        .collect();
    let over_header = !between.is_empty()
        && between
            .iter()
            .all(|l| super::text_header::Header::default().take(rules, matcher, l));
    // A paragraph above the score's line that does not say what it says
    // would be dropped with the chrome: the copy's own text, never lost. A
    // long line with no mark of a sentence in it is a menu's names.
    let prose = |l: &str| is_paragraph(l) && l.contains(['.', '،', ',', '؟', '?', '!', ':']);
    let loses_text = all[masthead.min(at)..at]
        .iter()
        .any(|l| prose(l) && !super::text_lead_chrome::says_again(l, &all[at]));
    (taken != at && !over_deck && !over_header && !loses_text).then_some(at)
}

/// The headline under a ticker the rules took for it: the ticker's run
/// of headlines, the section's name under it, then the story's headline
/// with its date or byline right under it (`… جديدًا وزير التموين يتابع
/// …` / `محافظات` / the headline / `الأحد 12 أكتوبر 2025`). A headline
/// has its section over it, never under it.
pub(super) fn under_ticker(
    rules: &Rules,
    matcher: &Matcher,
    all: &[String],
    taken: usize,
) -> Option<usize> {
    let next = |from: usize| next_filled(all, from);
    // The ticker's other headlines under the one taken, each a headline's
    // shape, down to the section's name.
    // (A region's section is its place's name: `أبين`.)
    let is_section = |l: &str| {
        super::text_lines::is_section(matcher, l)
            || (l.split_whitespace().nth(2).is_none()
                && super::byline::lone(l).is_some_and(|b| b.place.is_some()))
    };
    let mut section = next(taken)?;
    for _ in 0..TICKER_ITEMS {
        let line = &all[section];
        if is_section(line)
            || line.split_whitespace().nth(DECK_OVER).is_none()
            || line.ends_with(rules.closing_punctuation)
        {
            break;
        }
        section = next(section)?;
    }
    let section = Some(section).filter(|&i| is_section(&all[i]))?;
    let headline = next(section)?;
    let line = &all[headline];
    // Its picture's caption or its byline may come between (`جانب من
    // أعمال …` / `سوهاج _ فلان` / the date).
    let mut under = headline;
    let mut dated = false;
    for _ in 0..=HEADER_LINES_OVER_DATE {
        let Some(i) = next(under) else { break };
        let text = &all[i];
        if dates::find(text).is_some() && Header::default().take(rules, matcher, text) {
            dated = true;
            break;
        }
        if text
            .split_whitespace()
            .nth(rules.heading_max_words)
            .is_some()
            || text.ends_with(rules.closing_punctuation)
        {
            break;
        }
        under = i;
    }
    (dated && is_headline_shape(rules, matcher, line)).then_some(headline)
}

/// The most short lines (a caption, the byline) between a headline and
/// its date.
const HEADER_LINES_OVER_DATE: usize = 3;

/// The headline under the date line that names the section the rules
/// took for it (`بيانات صحفية` / `20 نوفمبر 2023 - بيانات صحفية` / the
/// headline): a newsroom's label over its date, the story's headline under
/// both.
pub(super) fn under_own_section(
    rules: &Rules,
    matcher: &Matcher,
    all: &[String],
    taken: usize,
) -> Option<usize> {
    let next = |from: usize| next_filled(all, from);
    let section = all[taken].trim();
    let dated = next(taken)?;
    let date_line = all[dated].trim();
    let names_section = date_line.len() > section.len()
        && (date_line.ends_with(section) || date_line.starts_with(section))
        && dates::find(date_line).is_some();
    let headline = next(dated)?;
    let line = &all[headline];
    (section.split_whitespace().nth(DECK_OVER).is_none()
        && names_section
        && is_headline_shape(rules, matcher, line))
    .then_some(headline)
}

/// The first filled line after `from`.
fn next_filled(all: &[String], from: usize) -> Option<usize> {
    (from + 1..all.len()).find(|&i| !all[i].is_empty())
}

/// A line shaped as a headline under a label: longer than a deck's
/// over-line, ending no sentence, and nothing the header reads.
fn is_headline_shape(rules: &Rules, matcher: &Matcher, line: &str) -> bool {
    line.split_whitespace().nth(DECK_OVER).is_some()
        && !line.ends_with(rules.closing_punctuation)
        && !Header::default().take(rules, matcher, line)
}

/// The most headlines of a ticker under the one the rules took.
const TICKER_ITEMS: usize = 6;

/// The most words of a short headline the score leaves over its deck.
const DECK_OVER: usize = 3;
