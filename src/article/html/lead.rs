//! The top of an extracted article: blocks that repeat or decorate the
//! header (the headline, the author, a dateline, a section label, like and
//! comment counters) are taken off, and a dateline or outlet tag at the
//! start of the lead (`دمشق (الوكالة) -- …`, `الموقع: …`) is read into the
//! byline and taken off the text.

use super::Body;
use super::furniture::BUTTON_LABELS;
use crate::article::{Block, byline, dates};
use crate::search;

/// What the header blocks gave: the date of a dateline among them.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub date: Option<String>,
}

/// How many blocks at the top are looked at.
const HEADER_BLOCKS: usize = 5;

/// Takes off the first blocks when they repeat or decorate the header.
pub fn drop_header_blocks(body: &mut Body, title: Option<&str>, author: Option<&str>) -> Header {
    let title = title.map(search::fold);
    let author = author.map(search::fold);
    let mut header = Header::default();
    let mut checked = 0;
    while checked < HEADER_BLOCKS && body.blocks.len() > 1 {
        let text = body.blocks[0].text();
        let folded = search::fold(text);
        let words = text.split_whitespace().count();
        let short = words <= 12;
        let date = short
            .then(|| dates::dateline(&without_buttons(text)))
            .flatten();
        let is_header = title.as_deref() == Some(folded.as_str())
            || (short && author.as_deref().is_some_and(|a| folded.contains(a)))
            || date.is_some()
            || is_counter(text)
            || is_label(&body.blocks[0], words);
        if !is_header {
            break;
        }
        if header.date.is_none() {
            header.date = date;
        }
        remove_first(body);
        checked += 1;
    }
    header
}

/// A header line without the buttons set beside it.
pub(super) fn without_buttons(text: &str) -> String {
    let mut out = text.to_owned();
    for label in BUTTON_LABELS {
        out = out.replace(label, " ");
    }
    out
}

/// Like, comment and view counters: digits and marks only.
fn is_counter(text: &str) -> bool {
    !text.chars().any(char::is_alphabetic)
}

/// A section label over the lead (`العالم`, `اقتصاد وأعمال`): one or two
/// words, no sentence mark, in a paragraph of its own.
fn is_label(block: &Block, words: usize) -> bool {
    matches!(block, Block::Paragraph(_))
        && (1..=2).contains(&words)
        && !block.text().contains(['.', '،', ',', ':', '؟', '?', '!'])
}

fn remove_first(body: &mut Body) {
    body.blocks.remove(0);
    body.links.retain(|l| l.block != 0);
    body.links.iter_mut().for_each(|l| l.block -= 1);
}

/// Reads a byline off the start of the first paragraph: a dateline
/// (`رام الله - الوكالة - …`, `(أبوظبي - البيان) …`, `دمشق (الوكالة) -- …`)
/// or the site's own name before a colon (`الموقع: …`, `sites` being the
/// names the page gives itself). The paragraph keeps the rest; its links
/// move with the text.
pub fn read_lead_byline(body: &mut Body, sites: &[&str]) -> Option<byline::Byline> {
    let index = body
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph(_)))?;
    let Block::Paragraph(text) = &body.blocks[index] else {
        return None;
    };
    let (found, rest) = match byline::leading(text) {
        Some((b, rest)) => (b, rest),
        None => {
            let rest = site_tag(text, sites)?;
            (byline::Byline::default(), rest)
        }
    };
    let cut = text.len() - rest.len();
    let rest = rest.to_owned();
    body.blocks[index] = Block::Paragraph(rest);
    body.links.retain(|l| l.block != index || l.start >= cut);
    for l in body.links.iter_mut().filter(|l| l.block == index) {
        l.start -= cut;
        l.end -= cut;
    }
    Some(found)
}

/// The text after the site's own name and a colon at the start of a lead
/// (`النجم1:قال…`): the name matched without its spaces, and at most three
/// words long.
fn site_tag<'t>(text: &'t str, sites: &[&str]) -> Option<&'t str> {
    let (head, rest) = text.split_once(':')?;
    let words = head.split_whitespace().count();
    if !(1..=3).contains(&words) || rest.trim().is_empty() {
        return None;
    }
    let squash = |s: &str| search::fold(s).replace(' ', "");
    let tag = squash(head);
    let is_site = sites
        .iter()
        .map(|s| squash(s))
        .any(|s| tag.chars().count() >= 3 && s.starts_with(&tag));
    is_site.then(|| rest.trim_start())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Link;

    fn body(blocks: &[&str]) -> Body {
        Body {
            blocks: blocks
                .iter()
                .map(|t| Block::Paragraph((*t).to_owned()))
                .collect(),
            links: Vec::new(),
        }
    }

    #[test]
    fn labels_counters_and_a_dateline_with_buttons_come_off_the_top() {
        let mut b = body(&[
            "منوعات",
            "GMT 09:15 12.03.2021نسخ الرابط",
            "0 0",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, Some("عنوان"), None);
        // The clock time and its zone before the date are read with it.
        assert_eq!(header.date.as_deref(), Some("2021-03-12T09:15+00:00"));
        assert_eq!(b.blocks.len(), 1);
        assert!(b.blocks[0].text().starts_with("أعلنت"));
    }

    #[test]
    fn a_dateline_with_a_clock_and_zone_gives_the_date() {
        let mut b = body(&[
            "الخميس، 4 آذار/مارس 2021، آخر تحديث 10:30 (GMT+0300)",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, None, None);
        assert!(header.date.is_some_and(|d| d.starts_with("2021-03-04")));
        assert_eq!(b.blocks.len(), 1);
    }

    #[test]
    fn a_short_first_sentence_is_not_a_label() {
        let mut b = body(&["انتهى الإضراب.", "وعاد العمال إلى المصانع صباح اليوم."]);
        drop_header_blocks(&mut b, None, None);
        assert_eq!(b.blocks.len(), 2);
    }

    #[test]
    fn a_wire_dateline_is_read_and_links_move_with_the_text() {
        let lead = "حلب، سوريا (الوكالة) -- قال مسؤولون إن الطريق أعيد فتحه.";
        let mut b = body(&[lead]);
        let start = lead.find("الطريق").unwrap();
        b.links.push(Link {
            block: 0,
            start,
            end: start + "الطريق".len(),
            url: "https://example.com/t".into(),
        });
        let found = read_lead_byline(&mut b, &[]).unwrap();
        assert_eq!(found.source.as_deref(), Some("الوكالة"));
        let text = b.blocks[0].text();
        assert!(text.starts_with("قال مسؤولون"));
        let l = &b.links[0];
        assert_eq!(&text[l.start..l.end], "الطريق");
    }

    #[test]
    fn the_sites_own_name_before_a_colon_comes_off_the_lead() {
        let mut b = body(&["النجم1:قالت الوزارة إن المدارس تفتح الأحد."]);
        assert!(read_lead_byline(&mut b, &["النجم 1 الإخباري"]).is_some());
        assert_eq!(b.blocks[0].text(), "قالت الوزارة إن المدارس تفتح الأحد.");
        // Another name before a colon is a quotation's speaker, and stays.
        let mut q = body(&["الوزير: المدارس تفتح الأحد."]);
        assert!(read_lead_byline(&mut q, &["النجم 1 الإخباري"]).is_none());
        assert_eq!(q.blocks[0].text(), "الوزير: المدارس تفتح الأحد.");
    }
}
