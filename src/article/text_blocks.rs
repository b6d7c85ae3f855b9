//! Text units into blocks: headings, quotations, list items, paragraphs.

use super::Block;
use super::byline::{self, Byline};
use super::text_rules::Rules;
use super::text_shape;
use crate::search;

/// Turns text units into blocks: lone short lines without closing
/// punctuation that lead into more text are headings, text wholly inside
/// quotation marks is a quote (an following `— name` line is its author).
pub fn classify(rules: &Rules, units: Vec<String>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(units.len());
    let count = units.len();
    // A table's rows read as lines of text, never as headings: its
    // header row too, by the row of figures under it.
    let rows: Vec<bool> = (0..count)
        .map(|i| {
            text_shape::is_table_row(&units[i])
                || (text_shape::cells(&units[i]) >= 3
                    && units
                        .get(i + 1)
                        .is_some_and(|u| text_shape::is_table_row(u)))
        })
        .collect();
    let dialogue = dialogue(&units);
    for (i, unit) in units.into_iter().enumerate() {
        if dialogue[i] {
            blocks.push(Block::Paragraph(unit));
            continue;
        }
        if let Some(by) = text_shape::attribution(&unit)
            && let Some(Block::Quote {
                by: slot @ None, ..
            }) = blocks.last_mut()
        {
            *slot = Some(by.to_owned());
            continue;
        }
        // An embedded post: its text, then `— name (@handle) date`.
        if let Some(by) = text_shape::attribution(&unit)
            && by.contains("(@")
            && super::text_embeds::close_post(&mut blocks, by)
        {
            continue;
        }
        if let Some(item) = list_item(&unit) {
            blocks.push(Block::ListItem(item.to_owned()));
        } else if let Some(quote) = quotation(&unit) {
            blocks.push(Block::Quote {
                text: quote.to_owned(),
                by: None,
            });
        } else if i + 1 < count && is_heading(rules, &unit) && !rows[i] {
            blocks.push(Block::Heading(unit));
        } else {
            blocks.push(Block::Paragraph(unit));
        }
    }
    blocks
}

/// The fewest lines of an interview's questions and answers told apart
/// by their marks.
const DIALOGUE_LINES: usize = 4;

/// Which units are an interview's questions and answers, each opened by
/// one of two marks in turn (`* سؤال؟` / `- جواب.`), a question among
/// them: the marks tell who speaks, so they stay with the text, which is
/// no list.
fn dialogue(units: &[String]) -> Vec<bool> {
    let mark = |u: &str| {
        let first = u.chars().next()?;
        (BULLETS.contains(&first) && u[first.len_utf8()..].starts_with(' ')).then_some(first)
    };
    let mut inside = vec![false; units.len()];
    let mut start = 0;
    while start < units.len() {
        let mut end = start;
        while end < units.len()
            && mark(&units[end]).is_some()
            && (end == start || mark(&units[end]) != mark(&units[end - 1]))
            && (end < start + 2 || mark(&units[end]) == mark(&units[end - 2]))
        {
            end += 1;
        }
        let asks = units[start..end]
            .iter()
            .any(|u| u.trim_end().ends_with(['؟', '?']));
        if end - start >= DIALOGUE_LINES && asks {
            inside[start..end].fill(true);
        }
        start = end.max(start + 1);
    }
    inside
}

pub(super) fn is_heading(rules: &Rules, unit: &str) -> bool {
    unit.split_whitespace().count() <= rules.heading_max_words
        && !unit.ends_with(rules.closing_punctuation)
}

/// The text of a unit that is one quotation from end to end.
pub(super) fn quotation(unit: &str) -> Option<&str> {
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
/// number (`1. `, `٢) `, `3- `) and a space, or a dash run into a word.
pub fn is_list_item(line: &str) -> bool {
    list_item(line).is_some()
}

/// The text of a list item: without its bullet; a numbered item keeps its
/// number, so it reads the same anywhere.
pub(super) fn list_item(unit: &str) -> Option<&str> {
    if let Some(rest) = unit.strip_prefix(BULLETS)
        && let Some(text) = rest.strip_prefix(' ')
        && text.chars().next().is_some_and(char::is_alphanumeric)
    {
        return Some(text.trim());
    }
    // A dash run into the item's first word (`–الوزير`, `-أحمد`), as
    // lists are often typed in Arabic copies; with a digit after it, the
    // dash is a minus sign.
    if let Some(text) = unit.strip_prefix(['-', '–'])
        && text.chars().next().is_some_and(char::is_alphabetic)
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

/// Takes the captions and a lone author's name out of the header, the
/// short lines between the headline and the first paragraph: a line whose
/// words all come again in that paragraph is an image's caption
/// (`وزير الخارجية سامح`); a name of two or three words that reads as a
/// person's (more through the father's line) is the author, with or
/// without a footnote's asterisks after it, and a body's media desk
/// (`إعلام الهلال`) is the source; a titled name only when the header
/// gave a date (`dated`). Returns that byline.
pub fn take_header_lines(rules: &Rules, units: &mut Vec<String>, dated: bool) -> Option<Byline> {
    let lead = units
        .iter()
        .position(|u| !is_heading(rules, u) && !is_quoted_deck(rules, u))?;
    let lead = lead - super::text_lines::drop_repeated(units, lead);
    if lead == 0 || lead > 4 {
        return None;
    }
    let words = unit_words;
    let in_lead = words(&units[lead]);
    let said_again = |u: &str| {
        let own = words(u);
        !own.is_empty() && own.iter().all(|w| in_lead.contains(w))
    };
    // A picture has one caption: two lines the lead says again are a
    // headline over its deck (the copy's title then taken from chrome
    // above them), never dropped.
    let one_caption = units[..lead].iter().filter(|u| said_again(u)).count() == 1;
    let arabic = super::text_foot::has_other_letters(&units[lead]);
    // The name sits right over the lead, or over a picture's caption there.
    let over_lead: Vec<bool> = (0..lead)
        .map(|j| units[j + 1..lead].iter().all(|u| said_again(u)))
        .collect();
    let mut found = None;
    let mut i = 0;
    for &over_lead in &over_lead {
        let unit = &units[i];
        let own = words(unit);
        // A widget's label in Latin letters over an Arabic lead, no name.
        if arabic && super::text_foot::is_latin_label(unit) {
            units.remove(i);
            continue;
        }
        if said_again(unit) {
            // Kept as a deck when not dropped: the lead's words are no
            // writer's name.
            if one_caption {
                units.remove(i);
            } else {
                i += 1;
            }
            continue;
        }
        // A label of one or two words that is no one's name: the site's
        // section (`الفجر الفني`); three words and more may be a heading.
        if own.len() <= 2 && !reads_as_a_name(&own) {
            units.remove(i);
            continue;
        }
        if found.is_none()
            && over_lead
            && name_length(&own).contains(&own.len())
            && reads_as_a_name(&own)
            && let Some(by) = byline::lone(unit).filter(|b| {
                b.author.is_some() || b.source.as_deref().is_some_and(byline::is_body_media)
            })
        {
            found = Some(by);
            units.remove(i);
            continue;
        }
        // A name after its title's letter (`د. ريم بنت عبدالعزيز
        // القحطاني`), the letter no word of the name, in a header with a
        // date (away from one, it may be a picture's caption).
        if found.is_none() && dated && over_lead && byline::titled_name(unit).is_some() {
            found = byline::titled_name(&units.remove(i)).map(|name| Byline {
                author: Some(name),
                ..Byline::default()
            });
            continue;
        }
        i += 1;
    }
    found
}

/// A deck that ends on a quoted phrase (`… و"المدن تختبر القادمين"`)
/// and still ends no sentence.
fn is_quoted_deck(rules: &Rules, unit: &str) -> bool {
    let inner = unit.trim_end_matches(['"', '”', '»']);
    inner.len() < unit.len()
        && !inner.ends_with(['.', '!', '?', '؟'])
        && unit.split_whitespace().count() <= rules.heading_max_words
}

/// A unit's words, folded; split at marks too: `بـ"ذا` holds the word ذا.
fn unit_words(unit: &str) -> Vec<String> {
    unit.split(|c: char| !c.is_alphanumeric() || c == '\u{0640}')
        .map(search::fold)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words that link a name to the father's (`سالم بن ناصر`, `محمد ولد
/// أحمد`), inside a name and never at its ends.
const LINEAGE: &[&str] = &["بن", "بنت", "ولد"];

/// How many words a writer's name alone on its line may have: two or
/// three, or four when it goes through the father's line (`سالم بن
/// ناصر الهاشمي`), as columnists in the Gulf and the Maghreb sign.
fn name_length(words: &[String]) -> std::ops::RangeInclusive<usize> {
    let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
    let lineage = inner
        .iter()
        .any(|w| LINEAGE.iter().any(|l| search::fold(l) == *w));
    if lineage { 2..=4 } else { 2..=3 }
}

/// Folded words that read as a person's name rather than a phrase: a given
/// name first, and at most one word with the article (a family name such
/// as الخطيب; `عبد الله` is one name).
pub(super) fn reads_as_a_name(words: &[String]) -> bool {
    let with_article = words
        .iter()
        .enumerate()
        .filter(|(k, w)| w.starts_with("ال") && (*k == 0 || words[k - 1] != "عبد"))
        .count();
    // No words (a line of marks or digits) is no one's name.
    words.first().is_some_and(|w| !w.starts_with("ال")) && with_article <= 1
}
