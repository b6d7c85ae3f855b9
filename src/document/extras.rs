//! What the reader adds to an article's text and `qari show` leaves out:
//! the line naming where the article came from (its URL, shortened to fit)
//! and the numbers of the links inside the text (`[3]` after the linked
//! words), which the reader's link list goes by.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::article::{Article, Link, sanitize};
use crate::i18n::{LinkStrings, UiLang};
use crate::layout::{Digits, VisualLine, display_width};

/// Which extras a layout carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extras {
    /// The source line under the byline, when the article has a URL.
    pub source: bool,
    /// `[n]` after each link's words.
    pub link_numbers: bool,
}

impl Extras {
    /// Everything: what the reader shows.
    pub const READER: Extras = Extras {
        source: true,
        link_numbers: true,
    };
}

/// Left to right isolate and its closing mark (UAX #9 X5a, X6a).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// The article's URL as it is shown and opened: one line, no controls;
/// `None` when it has none.
pub fn source_url(article: &Article) -> Option<String> {
    let url = sanitize::inline(article.url.as_deref()?);
    (!url.is_empty()).then_some(url)
}

/// The source line for `width` cells: "Source: URL" in the interface's
/// words, the URL isolated left to right (so an Arabic label cannot
/// reorder it, nor it the label) and shortened in its middle to fit.
/// Where even a short URL and the label do not fit, the URL alone.
pub fn source_line(url: &str, lang: UiLang, width: usize) -> String {
    let label = LinkStrings::get(lang).source;
    let room = width.saturating_sub(display_width(label) + 1);
    if room >= MIN_URL_CELLS.min(display_width(url)) {
        format!("{label} {LRI}{}{PDI}", shorten(url, room))
    } else {
        format!("{LRI}{}{PDI}", shorten(url, width))
    }
}

/// Below this many cells for the URL, the label gives its room up.
const MIN_URL_CELLS: usize = 16;

/// `text` in at most `cells` cells: whole when it fits, else its start and
/// its end with `…` between them. For a URL the start keeps the site's
/// name when it can, and the end keeps the page's own name: the two parts
/// that say which page it is. Measured per grapheme cluster.
pub fn shorten(text: &str, cells: usize) -> String {
    if display_width(text) <= cells {
        return text.to_string();
    }
    if cells == 0 {
        return String::new();
    }
    let budget = cells - 1;
    let host_end = site_end(text);
    let half = budget.div_ceil(2);
    let head_cells = match host_end {
        Some(end) if display_width(&text[..end]) <= budget * 2 / 3 => {
            display_width(&text[..end]).max(half)
        }
        _ => half,
    }
    .min(budget);
    let graphemes: Vec<&str> = text.graphemes(true).collect();
    let mut head = String::new();
    let mut used = 0;
    for g in &graphemes {
        let w = display_width(g);
        if used + w > head_cells {
            break;
        }
        head.push_str(g);
        used += w;
    }
    let mut tail: Vec<&str> = Vec::new();
    let mut tail_used = 0;
    for g in graphemes.iter().rev() {
        let w = display_width(g);
        if used + tail_used + w > budget {
            break;
        }
        tail.push(g);
        tail_used += w;
    }
    tail.reverse();
    format!("{head}…{}", tail.concat())
}

/// Where a URL's site ends: the byte after `scheme://host/`, if it has one.
fn site_end(url: &str) -> Option<usize> {
    let after_scheme = url.find("://")? + 3;
    let rest = &url[after_scheme..];
    Some(after_scheme + rest.find('/').map_or(rest.len(), |slash| slash + 1))
}

/// A block's text with room for the numbers of its links after their
/// words, and the way back from its offsets to the block's own.
///
/// The numbers are laid out as if each were isolated (`LRI [3] PDI`): an
/// isolate counts as one neutral character in the line around it, so the
/// rest of the line keeps its order, and the number inside it reads left
/// to right. The layout engine takes any paragraph with explicit
/// formatting characters to its general, several times slower path; so
/// each number is laid out as neutral placeholders of its width (`~`: a
/// neutral that does not join, mirror, or break from the letters beside
/// it), which the line's levels and order treat exactly as they treat an
/// isolate, and the number's characters are put in their cells afterwards
/// (`finish`), left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub text: String,
    marks: Vec<Mark>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Mark {
    /// The placeholders' bytes in `Numbered::text`.
    range: Range<usize>,
    /// The block's offset it stands at: the end of the link's words.
    at: usize,
    /// The bytes of every number up to and with this one.
    inserted: usize,
    /// As shown: `[3]`.
    label: String,
}

/// What a number's cells hold while the line is laid out.
const PLACEHOLDER: char = '~';

/// The text of `block` with room for `[n]` after each of `links`
/// (numbered from `first`). `None` when the block has no link to number.
pub fn numbered<'a>(
    text: &str,
    links: impl Iterator<Item = &'a Link>,
    first: usize,
) -> Option<Numbered> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut marks: Vec<Mark> = Vec::new();
    let mut from = 0;
    for (n, link) in links.enumerate() {
        let at = link.end;
        // The loader keeps offsets on character boundaries; one that is
        // not, is out of order, or would split a letter from its marks is
        // left unnumbered rather than split.
        if at < from || !text.is_char_boundary(at) || !is_cluster_boundary(text, at) {
            continue;
        }
        out.push_str(&text[from..at]);
        let label = format!("[{}]", first + n);
        let start = out.len();
        out.extend(std::iter::repeat_n(PLACEHOLDER, label.len()));
        let inserted = out.len() - start + marks.last().map_or(0, |m| m.inserted);
        marks.push(Mark {
            range: start..out.len(),
            at,
            inserted,
            label,
        });
        from = at;
    }
    if marks.is_empty() {
        return None;
    }
    out.push_str(&text[from..]);
    Some(Numbered { text: out, marks })
}

/// Whether a grapheme cluster starts (or the text ends) at byte `at`.
fn is_cluster_boundary(text: &str, at: usize) -> bool {
    let mut cursor = unicode_segmentation::GraphemeCursor::new(at, text.len(), true);
    cursor.is_boundary(text, 0).unwrap_or(false)
}

impl Numbered {
    /// The number whose placeholders hold byte `offset` of the text.
    fn mark_at(&self, offset: usize) -> Option<&Mark> {
        let before = self.marks.partition_point(|m| m.range.start <= offset);
        let mark = &self.marks[before.checked_sub(1)?];
        mark.range.contains(&offset).then_some(mark)
    }

    /// The block's offset for an offset of the numbered text: a number's
    /// own bytes stand at the end of its link's words.
    pub fn original(&self, offset: usize) -> usize {
        let before = self.marks.partition_point(|m| m.range.start <= offset);
        let Some(mark) = before.checked_sub(1).map(|i| &self.marks[i]) else {
            return offset;
        };
        if offset < mark.range.end {
            return mark.at;
        }
        // Past `before` numbers: take their bytes away.
        offset - mark.inserted
    }

    /// A line laid out from `text`, finished: each number's characters in
    /// the cells its placeholders took (in `digits`), and its offsets
    /// those of the block's own text.
    pub fn finish(&self, line: &mut VisualLine, digits: Digits) {
        let (first, last) = (line.source.start, line.source.end);
        let touched = self
            .marks
            .iter()
            .any(|m| m.range.start < last && m.range.end > first);
        if touched {
            line.text = self.numbers_in(line, digits);
        }
        line.cells.iter_mut().for_each(|c| *c = self.original(*c));
        line.source = self.original(first)..self.original(last);
    }

    /// The line's visual text with each run of placeholders replaced by
    /// its number's characters. A number's placeholders are neutrals of one
    /// level side by side, so they are one run of cells, in either order;
    /// the number reads left to right whatever the run's order, as an
    /// isolated number does. In a pane narrower than a word and its
    /// number, the number is split over two lines as an isolated one is:
    /// each line shows its part.
    fn numbers_in(&self, line: &VisualLine, digits: Digits) -> String {
        let mut text = String::with_capacity(line.text.len() + 8);
        let mut cell = 0;
        let mut graphemes = line.text.graphemes(true).peekable();
        let placeholder = |g: &str, cell: usize| {
            let offset = *line.cells.get(cell)?;
            (g == "~").then(|| self.mark_at(offset)).flatten()
        };
        while let Some(g) = graphemes.next() {
            let Some(mark) = placeholder(g, cell) else {
                text.push_str(g);
                cell += display_width(g);
                continue;
            };
            // Which of the number's characters each cell of the run holds.
            let mut places = Vec::with_capacity(mark.label.len());
            loop {
                places.push(line.cells[cell] - mark.range.start);
                cell += 1;
                match graphemes.peek() {
                    Some(next) if placeholder(next, cell) == Some(mark) => graphemes.next(),
                    _ => break,
                };
            }
            places.sort_unstable();
            let label = mark.label.as_bytes();
            text.extend(
                places
                    .into_iter()
                    .filter_map(|k| label.get(k))
                    .map(|&b| digit(char::from(b), digits)),
            );
        }
        text
    }
}

/// A number's character in the digits asked for.
fn digit(c: char, digits: Digits) -> char {
    match (digits, c.to_digit(10)) {
        (Digits::Arabic, Some(d)) => char::from_u32(0x0660 + d).unwrap_or(c),
        _ => c,
    }
}

/// The number the link list and the text give `article.links[index]`:
/// links count from 1 (the source, when there is one, is 0).
pub fn link_number(index: usize) -> usize {
    index + 1
}

#[cfg(test)]
mod tests;
