//! What the reader adds to an article's text and `qari show` leaves out:
//! the line naming where the article came from (its URL, shortened to fit)
//! and the numbers of the links inside the text (`[3]` after the linked
//! words), which the reader's link list goes by.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::article::{Article, Link, sanitize};
use crate::i18n::{LinkStrings, UiLang};
use crate::layout::display_width;

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

/// A block's text with the numbers of its links after their words, and
/// the way back from its offsets to the block's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub text: String,
    /// Each number inserted: its bytes in `text`, the block's offset it
    /// stands at (the end of the link's words), and the bytes of every
    /// number up to and with it.
    marks: Vec<(Range<usize>, usize, usize)>,
}

/// The text of `block` with `[n]` after each of `links` (numbered from
/// `first`), each number isolated left to right (LRI … PDI). An isolate
/// counts as one neutral character in the line around it, and the number
/// inside it is laid out on its own, so the rest of the line keeps its
/// order. `None` when the block has no link to number.
pub fn numbered<'a>(
    text: &str,
    links: impl Iterator<Item = &'a Link>,
    first: usize,
) -> Option<Numbered> {
    let mut out = String::with_capacity(text.len() + 16);
    let mut marks = Vec::new();
    let mut from = 0;
    for (n, link) in links.enumerate() {
        let at = link.end;
        // The loader keeps offsets on character boundaries; one that is
        // not (or out of order) is left unnumbered rather than split.
        if at < from || !text.is_char_boundary(at) {
            continue;
        }
        out.push_str(&text[from..at]);
        let start = out.len();
        out.push(LRI);
        out.push_str(&format!("[{}]", first + n));
        out.push(PDI);
        let inserted = out.len() - start + marks.last().map_or(0, |m: &(_, _, usize)| m.2);
        marks.push((start..out.len(), at, inserted));
        from = at;
    }
    if marks.is_empty() {
        return None;
    }
    out.push_str(&text[from..]);
    Some(Numbered { text: out, marks })
}

impl Numbered {
    /// The block's offset for an offset of the numbered text: a number's
    /// own bytes stand at the end of its link's words.
    pub fn original(&self, offset: usize) -> usize {
        let before = self.marks.partition_point(|(r, _, _)| r.start <= offset);
        let Some((range, at, inserted)) = before.checked_sub(1).map(|i| &self.marks[i]) else {
            return offset;
        };
        if offset < range.end {
            return *at;
        }
        // Past `before` numbers: take their bytes away.
        offset - inserted
    }
}

/// The number the link list and the text give `article.links[index]`:
/// links count from 1 (the source, when there is one, is 0).
pub fn link_number(index: usize) -> usize {
    index + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(block: usize, start: usize, end: usize) -> Link {
        Link {
            block,
            start,
            end,
            url: "https://example.com".into(),
        }
    }

    #[test]
    fn a_long_url_keeps_its_site_and_its_end() {
        let url = "https://www.example.com/news/2024/05/01/a-very-long-article-name-here";
        let short = shorten(url, 40);
        assert_eq!(display_width(&short), 40, "{short}");
        assert!(short.starts_with("https://www.example.com/"), "{short}");
        assert!(short.ends_with("-name-here"), "{short}");
        assert_eq!(short.matches('…').count(), 1);
        assert_eq!(shorten(url, 200), url);
        assert_eq!(shorten("https://a.b/c", 3), "h…c");
        assert_eq!(shorten("abc", 0), "");
    }

    #[test]
    fn shortening_counts_cells_of_wide_and_arabic_graphemes() {
        let url = "https://ar.example.net/أخبار/مقالة-طويلة-جدا-عن-الاقتصاد";
        for cells in 5..60 {
            let short = shorten(url, cells);
            assert!(display_width(&short) <= cells, "{cells}: {short}");
        }
    }

    #[test]
    fn the_source_line_fits_its_width_in_both_languages() {
        let url = "https://www.example.com/news/2024/05/01/a-very-long-article-name-here";
        for lang in UiLang::ALL {
            for width in [10, 30, 60, 120] {
                let line = source_line(url, lang, width);
                assert!(display_width(&line) <= width, "{width}: {line}");
                assert!(line.contains(LRI) && line.ends_with(PDI));
            }
        }
        assert!(source_line(url, UiLang::En, 120).starts_with("Source: \u{2066}https://"));
    }

    #[test]
    fn numbers_follow_the_linked_words_and_map_back() {
        let text = "قال الوزير إن الأسعار سترتفع";
        let end = "قال الوزير".len();
        let links = [link(0, 0, end), link(0, text.len() - 6, text.len())];
        let n = numbered(text, links.iter(), 3).unwrap();
        let expected = format!("قال الوزير{LRI}[3]{PDI} إن الأسعار سترتفع{LRI}[4]{PDI}");
        assert_eq!(n.text, expected);
        // Every byte of the block's text maps back to itself.
        let mut back: Vec<usize> = n.text.char_indices().map(|(i, _)| n.original(i)).collect();
        back.dedup();
        let own: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut with_ends = own.clone();
        with_ends.push(text.len());
        assert_eq!(back, with_ends);
        assert_eq!(n.original(n.text.len()), text.len());
    }

    #[test]
    fn a_link_off_a_character_boundary_is_left_unnumbered() {
        let text = "قال";
        assert_eq!(numbered(text, [link(0, 0, 1)].iter(), 1), None);
        assert_eq!(numbered(text, std::iter::empty(), 1), None);
    }
}
