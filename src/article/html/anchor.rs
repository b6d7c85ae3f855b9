//! The story's container found by its lead, when Readability chose a
//! column of links instead (an old table page whose side column of forum
//! posts outweighs a short story): the page's description opens the
//! lead, and the element holding the paragraph it opens holds the story.

use dom_query::{Document, NodeRef};

use super::convert::Body;
use crate::article::sanitize;

/// How many of the description's first words must open a paragraph.
const HINT_WORDS: usize = 6;

/// The least share of a body's text inside links for it to be a column of
/// links rather than a story.
const LINKED: f32 = 0.4;

/// The fewest paragraphs the container must hold.
const PARAGRAPHS: usize = 3;

/// The page's description (its meta tag's), cleaned.
pub fn description(doc: &Document) -> Option<String> {
    let described = [
        "meta[name=\"description\"]",
        "meta[property=\"og:description\"]",
    ]
    .iter()
    .find_map(|sel| doc.select(sel).attr("content"))?;
    Some(sanitize::inline(&described))
}

/// The first words of the page's description, which opens the lead on
/// most sites.
pub fn lead_hint(described: &str) -> Option<String> {
    let words: Vec<&str> = described.split_whitespace().take(HINT_WORDS).collect();
    (words.len() == HINT_WORDS).then(|| words.join(" "))
}

/// Whether `body`, read from `content`, is mostly links and holds no
/// paragraph the hint opens.
pub fn misses_the_story(content: &NodeRef, body: &Body, hint: &str) -> bool {
    // Most bodies hold their lead: the content's text is walked only when
    // one does not.
    if body.blocks.iter().any(|b| b.text().contains(hint)) {
        return false;
    }
    let text = content.text().len();
    let linked: usize = content
        .descendants_it()
        .filter(|n| {
            n.node_name()
                .is_some_and(|name| name.eq_ignore_ascii_case("a"))
        })
        .map(|a| a.text().len())
        .sum();
    linked as f32 >= LINKED * text.max(1) as f32
}

/// The element whose paragraphs the hint's paragraph opens, when it holds
/// a few of them.
pub fn container<'a>(doc: &'a Document, hint: &str) -> Option<NodeRef<'a>> {
    let lead = *doc
        .select("p")
        .nodes()
        .iter()
        .find(|p| sanitize::inline(&p.text()).trim_start().starts_with(hint))?;
    let parent = lead.parent()?;
    let paragraphs = parent
        .children()
        .iter()
        .filter(|c| c.node_name().is_some_and(|n| n.eq_ignore_ascii_case("p")))
        .count();
    (paragraphs >= PARAGRAPHS).then_some(parent)
}
