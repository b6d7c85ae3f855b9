//! A byline at the start of a page's lead: a wire's dateline (`رام الله -
//! الوكالة - …`, `دمشق (الوكالة) -- …`), the site's own name before a
//! colon, a writer's name alone over the story. It is read into the
//! byline and taken off the text, its links moving with it.

use super::Body;
use super::lead::{remove_at, written_by};
use crate::article::lead_tag::{site_dateline, site_tag};
use crate::article::{Block, byline};

/// Reads a byline off the start of the first paragraph: a dateline
/// (`رام الله - الوكالة - …`, `(أبوظبي - البيان) …`, `دمشق (الوكالة) -- …`)
/// or the site's own name before a colon (`الموقع: …`, `sites` being the
/// names the page gives itself). The paragraph keeps the rest; its links
/// move with the text.
pub fn read_lead_byline(
    body: &mut Body,
    sites: &[&str],
    title: Option<&str>,
) -> Option<byline::Byline> {
    let index = body
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Paragraph(_)))?;
    label_over_name(body, index);
    let Block::Paragraph(text) = &body.blocks[index] else {
        return None;
    };
    // A byline in a paragraph of its own over the story: the writer's name
    // alone, as old pages set it under the headline (`عبد الكريم الأحمد`),
    // a writer's label and names (`بقلم: لي يوي، وعبد الرحمن إسماعيل`), or a
    // name and the site (`رهف العلي – سوريتنا`).
    if index == 0
        && body.blocks.len() > 2
        && text.split_whitespace().nth(BYLINE_WORDS).is_none()
        && !text.ends_with(['.', '؟', '?', '!', ':'])
        && let Some(found) = byline::is_signed_name(text)
            .then(|| writer(text.clone()))
            .or_else(|| byline::parse(text).filter(|b| b.author.is_some()))
            .or_else(|| written_by(text).map(writer))
            .or_else(|| signed_for_site(text, sites))
    {
        remove_at(body, index);
        return Some(found);
    }
    let spaced = spaced_dashes(text);
    let (found, rest) = match byline::leading(text) {
        Some((b, rest)) => (b, rest),
        // `عمان- الغد- قال…`: the dashes glued to the words before them.
        None => match byline::leading(&spaced) {
            Some((b, rest)) if text.ends_with(rest) => (b, &text[text.len() - rest.len()..]),
            _ => match site_tag(text, sites)
                .or_else(|| site_dateline(text, sites).map(|(_, rest)| rest))
            {
                Some(rest) => (byline::Byline::default(), rest),
                // An outlet no table knows, which the story cites as one
                // (`أم الحصم – وعد: نظمت … «وعد» …`).
                None => crate::article::text_cited_opener::cited_opener(
                    text,
                    &elsewhere(body, index, title),
                )?,
            },
        },
    };
    // The dateline over the writer's label in a paragraph of their own
    // (`وطنا اليوم – كتب: فلان`): the byline whole, no text of the story.
    if let Some(name) = written_by(rest).filter(|_| found.author.is_none()) {
        remove_at(body, index);
        return Some(byline::Byline {
            author: Some(name),
            ..found
        });
    }
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

/// A writer's label closing the story's first paragraph (`صحيفة الثوري
/// – تقرير:`) and the name in the next (`عبدالرحمن سيف`): one byline, set
/// as one paragraph for the reading above.
fn label_over_name(body: &mut Body, index: usize) {
    let (Some(Block::Paragraph(label)), Some(Block::Paragraph(name))) =
        (body.blocks.get(index), body.blocks.get(index + 1))
    else {
        return;
    };
    let (label, name) = (label.trim(), name.trim());
    if index > 0
        || !label.ends_with(':')
        || label.split_whitespace().nth(BYLINE_WORDS).is_some()
        || !byline::is_plain_name(name, 4)
        || byline::reads_as_phrase(name)
    {
        return;
    }
    let joined = format!("{label} {name}");
    let named = written_by(&joined)
        .or_else(|| byline::leading(&joined).and_then(|(_, rest)| written_by(rest)))
        .is_some();
    if named {
        body.blocks[index] = Block::Paragraph(joined);
        remove_at(body, index + 1);
    }
}

/// A writer's name and the site's after a dash (`رهف العلي – سوريتنا`).
fn signed_for_site(text: &str, sites: &[&str]) -> Option<byline::Byline> {
    let (name, site) = [" – ", " - ", " — "]
        .iter()
        .find_map(|d| text.split_once(d))?;
    (sites.contains(&site.trim()) && byline::is_plain_name(name.trim(), 4))
        .then(|| writer(name.trim().to_owned()))
}

/// A byline that names its writer alone.
fn writer(name: String) -> byline::Byline {
    byline::Byline {
        author: Some(name),
        ..byline::Byline::default()
    }
}

/// The most words of a byline in a paragraph of its own.
const BYLINE_WORDS: usize = 10;

/// The headline and the story's text but its lead (`lead`), to find
/// where it cites an outlet: the lead's own dateline cites none.
fn elsewhere(body: &Body, lead: usize, title: Option<&str>) -> String {
    let blocks = body.blocks.iter().enumerate().filter(|(i, _)| *i != lead);
    title
        .into_iter()
        .chain(blocks.map(|(_, b)| b.text()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How far into a lead a dateline's dashes are looked for.
const DATELINE_BYTES: usize = 80;

/// The lead with a space put before each dash glued to the word before it
/// in its first words (`عمان- الغد-` is `عمان - الغد -`); only the start
/// changes, so what follows a dateline is the same text.
fn spaced_dashes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev = ' ';
    for (i, c) in text.char_indices() {
        if i < DATELINE_BYTES && matches!(c, '-' | '–' | 'ـ') && !prev.is_whitespace() {
            out.push(' ');
        }
        out.push(c);
        prev = c;
    }
    out
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
        let found = read_lead_byline(&mut b, &[], None).unwrap();
        assert_eq!(found.source.as_deref(), Some("الوكالة"));
        let text = b.blocks[0].text();
        assert!(text.starts_with("قال مسؤولون"));
        let l = &b.links[0];
        assert_eq!(&text[l.start..l.end], "الطريق");
    }

    #[test]
    fn a_dateline_with_glued_dashes_comes_off_the_lead() {
        let mut b = body(&["عمان- الغد- افتتحت البلدية مكتبة عامة رقمية جديدة."]);
        let found = read_lead_byline(&mut b, &["الغد"], None).unwrap();
        assert_eq!(found.source.as_deref(), Some("الغد"));
        assert_eq!(b.blocks[0].text(), "افتتحت البلدية مكتبة عامة رقمية جديدة.");
        let mut h = body(&["كتب - محمد علاء:", "افتتحت البلدية مكتبة عامة رقمية جديدة."]);
        let header = super::super::lead::drop_header_blocks(&mut h, (None, None), None);
        assert_eq!(header.byline.unwrap().author.as_deref(), Some("محمد علاء"));
    }

    #[test]
    fn the_sites_own_name_before_a_colon_comes_off_the_lead() {
        let mut b = body(&["النجم1:قالت الوزارة إن المدارس تفتح الأحد."]);
        assert!(read_lead_byline(&mut b, &["النجم 1 الإخباري"], None).is_some());
        assert_eq!(b.blocks[0].text(), "قالت الوزارة إن المدارس تفتح الأحد.");
        // A place and a dash before the name, the name in quotation marks.
        let mut d = body(&["لندن- “القدس العربي”: بدأ المزارعون قطف الزيتون."]);
        assert!(read_lead_byline(&mut d, &["القدس العربي"], None).is_some());
        assert_eq!(d.blocks[0].text(), "بدأ المزارعون قطف الزيتون.");
        // Another name before a colon is a quotation's speaker, and stays.
        let mut q = body(&["الوزير: المدارس تفتح الأحد."]);
        assert!(read_lead_byline(&mut q, &["النجم 1 الإخباري"], None).is_none());
        assert_eq!(q.blocks[0].text(), "الوزير: المدارس تفتح الأحد.");
    }
}
