//! Other stories' headlines that a page sets inside the story, between two
//! of its paragraphs: each opens with a kicker and its colon (`عاجل:`,
//! `رسمياً:`), as a site marks its links to them, and none ends a
//! sentence. One such line may be the story's own subheading; two or more
//! in a row are a box of links.

use super::text_rules::{Matcher, Words};

/// The fewest such lines in a row that are a box of links.
const RUN: usize = 2;
/// The fewest words of a linked headline after its kicker.
const HEADLINE_WORDS: usize = 3;

/// Drops every run of other stories' headlines from `units`, keeping the
/// first unit whatever it is: a copy is never left without text.
pub fn drop_linked_headlines(matcher: &Matcher, units: &mut Vec<String>) {
    let linked: Vec<bool> = units
        .iter()
        .map(|u| is_linked_headline(matcher, u))
        .collect();
    let mut keep = vec![true; units.len()];
    let mut start = 0;
    while start < units.len() {
        let len = linked[start..].iter().take_while(|&&l| l).count();
        if len >= RUN && start > 0 {
            keep[start..start + len].fill(false);
        }
        start += len.max(1);
    }
    let mut at = 0;
    units.retain(|_| {
        at += 1;
        keep[at - 1]
    });
}

/// `عاجل: مصادر تكشف سبب إغلاق المقاهي في المدينة`: a kicker, its colon,
/// then a headline that ends no sentence.
fn is_linked_headline(matcher: &Matcher, unit: &str) -> bool {
    let Some((kicker, headline)) = unit.split_once(':') else {
        return false;
    };
    matcher.kickers.is(&Words::new(kicker.trim()))
        && headline.split_whitespace().count() >= HEADLINE_WORDS
        && !unit.trim_end().ends_with(['.', '!', '?', '؟', ':'])
}
