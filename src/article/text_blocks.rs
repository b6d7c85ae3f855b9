//! Text units into blocks: headings, quotations, list items, paragraphs.

use super::Block;
use super::text_rules::Rules;
use super::text_shape;

/// Turns text units into blocks: lone short lines without closing
/// punctuation that lead into more text are headings, text wholly inside
/// quotation marks is a quote (an following `— name` line is its author).
pub fn classify(rules: &Rules, units: Vec<String>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(units.len());
    let count = units.len();
    for (i, unit) in units.into_iter().enumerate() {
        if let Some(by) = text_shape::attribution(&unit)
            && let Some(Block::Quote {
                by: slot @ None, ..
            }) = blocks.last_mut()
        {
            *slot = Some(by.to_owned());
            continue;
        }
        if let Some(item) = list_item(&unit) {
            blocks.push(Block::ListItem(item.to_owned()));
        } else if let Some(quote) = quotation(&unit) {
            blocks.push(Block::Quote {
                text: quote.to_owned(),
                by: None,
            });
        } else if i + 1 < count && is_heading(rules, &unit) {
            blocks.push(Block::Heading(unit));
        } else {
            blocks.push(Block::Paragraph(unit));
        }
    }
    blocks
}

fn is_heading(rules: &Rules, unit: &str) -> bool {
    unit.split_whitespace().count() <= rules.heading_max_words
        && !unit.ends_with(rules.closing_punctuation)
}

/// The text of a unit that is one quotation from end to end.
fn quotation(unit: &str) -> Option<&str> {
    if let Some(rest) = unit.strip_prefix("> ") {
        return Some(rest.trim());
    }
    const PAIRS: [(char, char); 4] = [('“', '”'), ('«', '»'), ('"', '"'), ('„', '“')];
    for (open, close) in PAIRS {
        let Some(inner) = unit.strip_prefix(open) else {
            continue;
        };
        let inner = inner.trim_end_matches(['.', '،', ',']);
        let Some(inner) = inner.strip_suffix(close) else {
            continue;
        };
        // "a" and "b" is two quotations with words between, not one.
        if !inner.contains(close) && !inner.trim().is_empty() {
            return Some(inner.trim());
        }
    }
    None
}

/// Bullets that start an item of a list.
const BULLETS: &[char] = &['•', '●', '▪', '◾', '■', '◦', '·', '*', '-', '–'];

/// Whether a line starts an item of a list: a bullet (`• `, `- `) or a
/// number (`1. `, `٢) `, `3- `) and a space.
pub fn is_list_item(line: &str) -> bool {
    list_item(line).is_some()
}

/// The text of a list item: without its bullet; a numbered item keeps its
/// number, so it reads the same anywhere.
fn list_item(unit: &str) -> Option<&str> {
    if let Some(rest) = unit.strip_prefix(BULLETS)
        && let Some(text) = rest.strip_prefix(' ')
        && text.chars().next().is_some_and(char::is_alphanumeric)
    {
        return Some(text.trim());
    }
    let digits = unit.chars().take_while(|c| c.is_numeric()).count();
    let mut rest = unit.chars().skip(digits);
    let numbered = (1..=2).contains(&digits)
        && rest
            .next()
            .is_some_and(|c| matches!(c, '.' | ')' | '-' | '٫'))
        && rest.next() == Some(' ')
        && rest.next().is_some_and(char::is_alphanumeric);
    numbered.then_some(unit)
}
