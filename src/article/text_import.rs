//! Articles saved from news sites as plain text.
//!
//! A saved page is the title, a header (byline, date, reading time), the
//! body, and the site's furniture (share buttons, the comment form). The
//! rules that tell these apart are data, in [`Rules`]: to support another
//! site, add its phrases to [`ARABIC_NEWS`] or build a `Rules` of its own.
//! Phrases are compared after [`search::fold`], so `اترك تعليقاً` and
//! `اترك تعليقا`, `الإلكتروني` and `الالكتروني` are the same phrase.

use std::path::Path;

use super::error::ParseError;
pub use super::text_rules::{ARABIC_NEWS, Rules};
use super::text_rules::{Matcher, Words};
use super::{Article, Block, dates, meta, sanitize};
use crate::search;

/// Imports a saved text article with the [`ARABIC_NEWS`] rules.
pub fn import(text: &str, id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    import_with(&ARABIC_NEWS, text, id, path)
}

/// Imports raw file bytes: UTF-8 is required (with or without a BOM).
pub fn import_bytes(bytes: &[u8], id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::from_utf8(bytes, &e))?;
    import(text, id, path)
}

/// Imports a saved text article with the given rules.
pub fn import_with(
    rules: &Rules,
    text: &str,
    id: String,
    path: Option<&Path>,
) -> Result<Article, ParseError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = sanitize::multiline(text);
    let mut lines = text.lines().map(sanitize::inline);
    let title = lines
        .by_ref()
        .find(|l| !l.is_empty())
        .ok_or_else(|| ParseError::new("empty file: no title"))?;

    let matcher = Matcher::new(rules);
    let mut head = Header::default();
    let mut units: Vec<String> = Vec::new();
    let mut pending = String::new();
    for line in lines {
        if line.is_empty() {
            flush(&mut pending, &mut units);
            continue;
        }
        let words = Words::new(&line);
        if matcher.end.strip(&words).is_some() {
            break;
        }
        if matcher.drop.is(&words) || !line.chars().any(char::is_alphanumeric) {
            flush(&mut pending, &mut units);
            continue;
        }
        if units.is_empty() && pending.is_empty() && head.take(rules, &matcher, &line) {
            continue;
        }
        if attribution(&line).is_some() {
            // "— name" under a quotation is a unit of its own even when the
            // site put no blank line before it.
            flush(&mut pending, &mut units);
            pending.push_str(&line);
            flush(&mut pending, &mut units);
            continue;
        }
        if !pending.is_empty() {
            pending.push(' ');
        }
        pending.push_str(&line);
    }
    flush(&mut pending, &mut units);

    let body = classify(rules, units);
    let dir = meta::direction_of_text(
        std::iter::once(title.as_str()).chain(body.iter().map(Block::text)),
    );
    let reading_minutes = head.minutes.unwrap_or_else(|| {
        meta::reading_minutes(meta::word_count(body.iter().map(Block::text)), dir)
    });
    Ok(Article {
        id,
        title,
        author: head.author,
        source: head.source,
        url: None,
        published: head.published,
        lang: None,
        dir,
        tags: Vec::new(),
        reading_minutes,
        body,
        links: Vec::new(),
        path: path.map(Path::to_path_buf),
    })
}

/// What the lines between the title and the first paragraph said.
#[derive(Debug, Default)]
struct Header {
    author: Option<String>,
    source: Option<String>,
    published: Option<String>,
    minutes: Option<u32>,
}

impl Header {
    /// Takes what it recognises from a header line; false when the line is
    /// not header material (and so starts the body).
    fn take(&mut self, rules: &Rules, matcher: &Matcher, line: &str) -> bool {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        let mut found = false;
        if let Some((at, len, minutes)) = find_minutes(rules, &words) {
            self.minutes.get_or_insert(minutes);
            words.drain(at..at + len);
            found = true;
        }
        let mut rest = words.join(" ");
        if let Some(date) = dates::find(&rest) {
            self.published.get_or_insert(date.iso);
            rest.replace_range(date.range, " ");
            rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
            found = true;
        }
        if rest.is_empty() {
            return found;
        }
        let rest_words = Words::new(&rest);
        if matcher.authors.is(&rest_words) {
            self.author.get_or_insert(rest);
            return true;
        }
        for (phrases, slot) in [
            (&matcher.bylines, &mut self.author),
            (&matcher.sources, &mut self.source),
        ] {
            if let Some(name) = phrases.strip(&rest_words) {
                let name = name.trim_start_matches([':', ' ']).trim();
                if !name.is_empty() && name.split_whitespace().count() <= 6 {
                    slot.get_or_insert(name.to_owned());
                    return true;
                }
            }
        }
        // Reading time or a date next to unknown words: keep the words as
        // text rather than lose them.
        found && rest.split_whitespace().count() <= 2
    }
}

/// `2 دقيقة للقراءة`, `٣ دقائق`, `دقيقتان`: (first word, word count, minutes).
fn find_minutes(rules: &Rules, words: &[&str]) -> Option<(usize, usize, u32)> {
    let is = |w: &str, list: &[&str]| {
        let f = search::fold(w);
        list.iter().any(|x| f == search::fold(x))
    };
    for (i, w) in words.iter().enumerate() {
        let (minutes, mut len) = if let Some(n) = number(w) {
            match words.get(i + 1) {
                Some(unit) if is(unit, rules.minute_words) => (n, 2),
                _ => continue,
            }
        } else if let Some(&(_, n)) = rules
            .counted_minutes
            .iter()
            .find(|(word, _)| search::fold(w) == search::fold(word))
        {
            (n, 1)
        } else {
            continue;
        };
        if words.get(i + len).is_some_and(|r| is(r, rules.read_words)) {
            len += 1;
        }
        if minutes > 0 {
            return Some((i, len, minutes));
        }
    }
    None
}

/// A number in Latin, Arabic-Indic or Persian digits.
fn number(word: &str) -> Option<u32> {
    let folded = search::fold(word);
    if folded.is_empty() || folded.len() > 6 || !folded.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    folded.parse().ok()
}

fn flush(pending: &mut String, units: &mut Vec<String>) {
    let text = tidy_end(pending);
    if !text.is_empty() {
        units.push(text);
    }
    pending.clear();
}

/// Drops a stray punctuation mark left after the end of a sentence
/// ("روسيا. ." becomes "روسيا.") and glues a detached one back on.
fn tidy_end(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    while words.len() >= 2 {
        let last = words[words.len() - 1];
        if last.chars().any(char::is_alphanumeric) {
            break;
        }
        let before = words[words.len() - 2];
        if before.ends_with(|c: char| !c.is_alphanumeric()) {
            words.pop();
        } else {
            let joined = format!("{before}{last}");
            words.pop();
            words.pop();
            return [words.join(" "), joined]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    words.join(" ")
}

/// Turns text units into blocks: lone short lines without closing
/// punctuation that lead into more text are headings, text wholly inside
/// quotation marks is a quote (an following `— name` line is its author).
fn classify(rules: &Rules, units: Vec<String>) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(units.len());
    let count = units.len();
    for (i, unit) in units.into_iter().enumerate() {
        if let Some(by) = attribution(&unit)
            && let Some(Block::Quote {
                by: slot @ None, ..
            }) = blocks.last_mut()
        {
            *slot = Some(by.to_owned());
            continue;
        }
        if let Some(quote) = quotation(&unit) {
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

/// `— name` under a quotation.
fn attribution(unit: &str) -> Option<&str> {
    let rest = unit
        .strip_prefix('—')
        .or_else(|| unit.strip_prefix('–'))
        .or_else(|| unit.strip_prefix("- "))?
        .trim();
    (!rest.is_empty() && rest.split_whitespace().count() <= 8).then_some(rest)
}
