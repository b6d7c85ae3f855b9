//! What a page shows over the story it was copied from, found by what it
//! says and where it stands rather than by the shape of each line: the
//! site's trail to the story (`الرئيسية » محليات`), and its lists of other
//! stories (`عاجل`, `آخر الأخبار` over a stack of headlines). Both sit
//! above the story's headline, so what they are and what is above them is
//! the page's.

use super::text_chrome::{is_header, is_headline_shaped, reads_as_paragraph};
use super::text_rules::{Matcher, Rules, Words};
use super::text_top_lines;

/// A headline has more words than a section's name.
const HEADLINE_WORDS: usize = 4;
/// How far under its label a list of other stories is looked for.
const LIST_LOOK: usize = 8;

/// The first line that reads as a paragraph, or the first line of the
/// first paragraph broken into lines (two or more lines of a line's
/// length in a row, then the one ending a sentence): the lead, under
/// everything this module looks for.
fn lead(lines: &[String]) -> usize {
    if let Some(at) = lines.iter().position(|l| reads_as_paragraph(l)) {
        return at;
    }
    let mut start = 0;
    for (at, line) in lines.iter().enumerate() {
        if line.ends_with(['.', '!', '?', '؟']) && at >= start + 2 {
            return start;
        }
        if line.split_whitespace().count() < WRAPPED_WORDS {
            start = at + 1;
        }
    }
    lines.len()
}

/// The fewest words of a line a paragraph was broken into (not its last).
const WRAPPED_WORDS: usize = 7;

/// How many lines the page takes down to the site's trail to the story
/// (`الرئيسية » محليات`, `الرئيسية / أخبار الشركات / السوق السعودي`)
/// above the lead: the trail sits right over the story's headline (or its
/// section's label), so the menus, tickers and other stories' headlines
/// above it are the page's. A trail that ends with the headline itself
/// (`الرئيسية » أخبار » <headline>`) is left to be read for it. 0 without.
pub fn trail_end(matcher: &Matcher, lines: &[String]) -> usize {
    let mut end = 0;
    for (at, line) in lines[..lead(lines)].iter().enumerate() {
        let Some(parts) = home_trail(matcher, line) else {
            continue;
        };
        let ends_with_headline = parts
            .last()
            .is_some_and(|p| p.split_whitespace().count() >= HEADLINE_WORDS);
        end = if ends_with_headline { at } else { at + 1 };
    }
    end
}

/// Takes out the trail's last step said again between the headline and
/// the lead (`الرئيسية › المستجدات › أنشطة علمية` over the headline, then
/// `أنشطة علمية` under its date): the story's section, which reads as no
/// one's name. Right under the trail the step labels the headline, and is
/// read as such.
pub fn drop_trail_labels(matcher: &Matcher, lines: &mut Vec<String>) {
    let mut lead = lead(lines);
    let Some((at, step)) = lines[..lead].iter().enumerate().rev().find_map(|(at, l)| {
        let last = home_trail(matcher, l)?.last()?.to_string();
        (last.split_whitespace().count() < HEADLINE_WORDS).then_some((at, last))
    }) else {
        return;
    };
    let mut i = at + 2;
    while i < lead {
        if lines[i].trim() == step {
            lines.remove(i);
            lead -= 1;
        } else {
            i += 1;
        }
    }
}

/// The parts of a trail from the site's home (`الرئيسية`, `Home`).
fn home_trail<'a>(matcher: &Matcher, line: &'a str) -> Option<Vec<&'a str>> {
    let parts = text_top_lines::trail_parts(line, 1)?;
    parts
        .first()
        .is_some_and(|p| matcher.sections.is(&Words::new(p)))
        .then_some(parts)
}

/// How many lines the page's list of other stories takes at the top: a
/// label (`عاجل`, `آخر الأخبار`) over the lead, and the stack of headlines
/// right under it. When the stack runs straight into the story's header
/// (its date, byline, share buttons) over the lead, the copy began the
/// story's headline with no line of its own between: the stack's last
/// line is the headline, and the top ends above it. Otherwise the top
/// ends under the stack, and the headline is read from what follows (a
/// section's name, the headline, its deck). 0 without such a label.
pub fn latest_end(rules: &Rules, matcher: &Matcher, lines: &[String]) -> usize {
    let lead = lead(lines);
    let mut end = 0;
    for label in 0..lead {
        if !matcher.latest.is(&Words::new(&lines[label])) {
            continue;
        }
        let stack: Vec<usize> = (label + 1..lead)
            .filter(|&at| !lines[at].is_empty() && !is_bar(&lines[at]))
            .take(LIST_LOOK)
            // The site's trail ends the list: the story's headline is
            // under it.
            .take_while(|&at| {
                is_headline_shaped(&lines[at])
                    && !is_header(rules, matcher, &lines[at])
                    && home_trail(matcher, &lines[at]).is_none()
            })
            .collect();
        let Some(&last) = stack.last() else {
            continue;
        };
        let to_lead = lines[last + 1..lead]
            .iter()
            .all(|l| is_header(rules, matcher, l) || is_bar(l));
        end = if to_lead { last } else { last + 1 };
    }
    end
}

/// A line that is only the bar between a ticker's items.
fn is_bar(line: &str) -> bool {
    !line.is_empty()
        && line
            .chars()
            .all(|c| matches!(c, '|' | '•' | '·') || c.is_whitespace())
}
