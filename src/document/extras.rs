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
mod tests {
    use super::*;
    use crate::layout::{Direction, LayoutOptions, layout_paragraph};

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
        assert_eq!(n.text, "قال الوزير~~~ إن الأسعار سترتفع~~~");
        // Every byte of the block's text maps back to itself.
        let mut back: Vec<usize> = n.text.char_indices().map(|(i, _)| n.original(i)).collect();
        back.dedup();
        let own: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut with_ends = own.clone();
        with_ends.push(text.len());
        assert_eq!(back, with_ends);
        assert_eq!(n.original(n.text.len()), text.len());
    }

    /// Lays out `text` with numbers after `words` both ways: isolated
    /// (`LRI [n] PDI`, through the layout engine's general path) and as
    /// `Numbered` lays them out; the visual lines must be the same.
    fn both_ways(text: &str, words: &[&str], width: usize, opts: &LayoutOptions) {
        let links: Vec<Link> = words
            .iter()
            .map(|w| {
                let start = text.find(w).unwrap();
                link(0, start, start + w.len())
            })
            .collect();
        let mut isolated = text.to_string();
        for (i, l) in links.iter().enumerate().rev() {
            isolated.insert_str(l.end, &format!("{LRI}[{}]{PDI}", i + 1));
        }
        let oracle: Vec<String> = layout_paragraph(&isolated, width, opts)
            .into_iter()
            .map(|l| l.text.replace([LRI, PDI], ""))
            .collect();
        let n = numbered(text, links.iter(), 1).unwrap();
        let ours: Vec<String> = layout_paragraph(&n.text, width, opts)
            .into_iter()
            .map(|mut l| {
                n.finish(&mut l, opts.digits);
                l.text
            })
            .collect();
        assert_eq!(ours, oracle, "{text} at {width} ({:?})", opts.direction);
    }

    #[test]
    fn numbers_are_laid_out_as_isolated_numbers_would_be() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، إن كيم يرغب في ذلك.",
                &["أندريه لانكوف", "جامعة كوكمين"],
            ),
            (
                "قالت OPEC+ Brent في بيانها إن الإنتاج 2024 سيرتفع 5%",
                &["OPEC+", "بيانها"],
            ),
            ("ارتفع المؤشر 12% في عام 2023 وفق الهيئة", &["12%", "2023"]),
            (
                "The minister said «الأسعار سترتفع» on Monday in Riyadh",
                &["الأسعار سترتفع", "Riyadh"],
            ),
            ("Prices rose by 5% says أوبك", &["أوبك"]),
            (
                "وزير الطاقة (Energy Minister) قال ذلك، وأضاف: «سنواصل».",
                &["Energy Minister", "سنواصل"],
            ),
            (
                "نص بلا فواصل بين الكلمات الطويلة جدا جدا جدا",
                &["الكلمات", "جدا جدا"],
            ),
        ];
        for (text, words) in cases {
            for direction in [Direction::Rtl, Direction::Ltr, Direction::Auto] {
                for digits in [Digits::Keep, Digits::Arabic] {
                    let opts = LayoutOptions {
                        direction,
                        digits,
                        ..LayoutOptions::default()
                    };
                    for width in [9, 14, 23, 40, 200] {
                        both_ways(text, words, width, &opts);
                    }
                }
            }
        }
    }

    #[test]
    fn a_link_off_a_character_boundary_is_left_unnumbered() {
        let text = "قال";
        assert_eq!(numbered(text, [link(0, 0, 1)].iter(), 1), None);
        assert_eq!(numbered(text, std::iter::empty(), 1), None);
    }
}
