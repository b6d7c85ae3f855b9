//! The headline of a copied article as a choice among the top lines, each
//! described by what it looks like (length, its last mark, its letters),
//! what it reads as (a date, a byline, a section's name, furniture) and how
//! it stands to the text under it (a headline says in few words what its
//! lead says at length, so it shares words with it; a site's slogan or a
//! caption seldom does). The features are weighed together by a linear
//! score whose weights were fit on labelled copies
//! (`scripts/fit_headline.py`), rather than each one deciding alone.

use super::text_blocks;
pub use super::text_headline_features::{COUNT, NAMES};
use super::text_headline_features::{
    Context, LONG_WORDS, describe, is_headline_shaped, is_paragraph, may_be_headline, words,
};
use super::text_rules::{Matcher, Rules};

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
    pub features: [f32; COUNT],
}

/// The candidates at the top of `lines`, from `start` (the end of the
/// site's chrome) on: up to [`WINDOW`] non-empty lines, through the
/// second that reads as a paragraph, which is never the headline.
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
    let menu = text_blocks::menu_lines(lines);
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
        let features = describe(rules, matcher, lines, at, &ctx);
        let lead = is_paragraph(&lines[at]);
        seen_paragraph |= lead;
        out.push(Candidate { at, lead, features });
    }
    out
}
