//! The copy importer's finishing pass: what the walk over the lines kept
//! becomes the article's blocks, with the date settled and the dateline,
//! the foot's credits and the header lines the walk could not tell from
//! text taken into the header.

use std::cell::LazyCell;

use super::byline;
use super::text_blocks;
use super::text_header::Header;
use super::text_rules::{Matcher, Rules};
use super::text_shape::{self, Line};
use super::text_trailing;
use super::{Block, dates};

/// The finishing pass: settles the date, joins the kept lines into
/// paragraphs, takes the dateline from the lead and the header lines the
/// walk could not tell from text, and classifies the blocks.
pub(super) fn finish(
    rules: &Rules,
    matcher: &Matcher,
    text: &str,
    mut head: Header,
    body: &[Line],
    (under_header, title): (&[String], &str),
) -> (Header, Vec<Block>) {
    settle_fields(&mut head, text);
    let mut units = text_shape::units(body, rules);
    super::text_inline::drop_linked_headlines(matcher, &mut units);
    super::text_call_box::drop_call_boxes(&mut units);
    super::text_lead_chrome::drop_summary_over_lead(&mut units);
    if let Some(found) = drop_answer_box(&mut units) {
        head.add(found);
    }
    take_lead_byline(&mut units, &mut head, text);
    super::text_lead_chrome::drop_deck_over_lead(&mut units);
    if let Some(tag) = text_trailing::drop_trailing_headlines(rules, matcher, &mut units)
        && let Some(name) = super::text_foot::agency(&tag)
    {
        head.source.get_or_insert(name);
    }
    // The site the copyright notice names, read once for the rules below
    // that ask it, and only when one does.
    let copyright = LazyCell::new(|| super::text_site::copyright_site(matcher, text));
    super::text_foot::take_foot(rules, matcher, &mut units, &mut head, || {
        LazyCell::force(&copyright).clone()
    });
    if head.author.is_none()
        && let Some(name) = units
            .first()
            .and_then(|lead| text_trailing::author_box(text, lead))
    {
        if head.source.as_deref() == head.masthead.as_deref() {
            head.source = None;
        }
        head.author = Some(name);
    }
    if head.published.is_none() {
        head.published = head.issued.take().or(head.updated.take());
    }
    if head.source.is_none() {
        head.source =
            super::text_site::take_cited(rules, matcher, &head.lone_names, &mut units, text);
    }
    let dated = head.published.is_some();
    if let Some(by) = text_blocks::take_header_lines(rules, &mut units, dated) {
        match by.author {
            Some(author) => _ = head.author.get_or_insert(author),
            None => head.source = head.source.take().or(by.source),
        }
    }
    super::text_site_notice::drop_about_blurb(&mut units, || {
        LazyCell::force(&copyright).as_deref()
    });
    own_source(matcher, text, &mut head, &copyright);
    super::text_readers_name::names_readers_know(matcher, text, title, &mut head, &copyright);
    head.url = super::text_source::source_url(matcher, text, head.url.take());
    super::text_source::drop_source_lines(matcher, &mut units);
    // A page that shows the summary over the story copies its lead twice
    // (a short line said twice was a caption, and is gone by now). Only
    // there: a text that says a paragraph again later says it on purpose.
    if units.len() > 2 && units[0] == units[1] {
        units.remove(1);
    }
    super::text_captions::drop_over_lead(rules, &mut units, under_header, title);
    (head, text_blocks::classify(rules, units))
}

/// Settles the date a numeric form leaves open and drops a content
/// system's placeholders for the writer and the date.
fn settle_fields(head: &mut Header, text: &str) {
    // A numeric date that reads both ways, settled by the text.
    if let Some(date) = head.published.as_deref()
        && let Some(fixed) = super::date_evidence::month_first(date, text)
    {
        head.published = Some(fixed);
    }
    // A content system's placeholder (`كتب بواسطة Super User`) signs for
    // no one: a byline under the story may.
    // Nor does a login a theme shows with the story's category
    // (`بواسطة rcs_admin في الأخبار`).
    head.author.take_if(|a| {
        let user = a.split(" في ").next().unwrap_or(a).trim();
        super::html::is_system_user(user) || super::html::is_login(user)
    });
    // An empty date field shows as the start of Unix time.
    if head.published.as_deref().is_some_and(dates::is_placeholder) {
        head.published = None;
    }
}

/// Takes the byline that opens the lead (after a deck, or a summary
/// over a lead that opens with its place's dateline).
fn take_lead_byline(units: &mut Vec<String>, head: &mut Header, text: &str) {
    // The dateline opens the lead, which may come after a deck (a line
    // under the headline that ends no sentence).
    let deck = units
        .first()
        .is_some_and(|u| !u.ends_with(['.', '!', '?', '؟']) && byline::leading(u).is_none());
    // Over a lead that opens with its place's dateline (`حجة، اليمن –
    // سجّلت …`), that line is the page's summary: the story starts at
    // the dateline.
    // (A summary runs longer than a name: the writer's line is read
    // below; and it opens no sentence with `و`, as the story's own text
    // goes on.)
    let summary = deck
        && units
            .first()
            .is_some_and(|u| u.split_whitespace().count() >= SUMMARY_WORDS && !u.starts_with('و'))
        && units.get(1).is_some_and(|l| {
            byline::leading(l).is_some_and(|(b, _)| b.place.is_some()) || opens_with_place(l)
        });
    if let Some(lead) = units.get_mut(usize::from(deck))
        && let Some((found, rest)) = byline::leading(lead).or_else(|| {
            let elsewhere = text.replacen(lead.as_str(), "", 1);
            super::text_cited_opener::cited_opener(lead, &elsewhere)
                .or_else(|| super::lead_tag::first_line_site(lead, text))
        })
    {
        // A full date in the dateline dates the story when nothing did.
        let dateline = lead.get(..lead.len() - rest.len()).unwrap_or_default();
        if head.published.is_none() {
            head.published = dates::find(dateline).map(|d| d.iso);
        }
        *lead = rest.to_owned();
        head.add(found);
    }
    if summary {
        units.remove(0);
    }
}

/// Whether the line `office` stands right over the line `body`.
fn signed_over(text: &str, office: &str, body: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    lines.windows(2).any(|w| w[0] == office && w[1] == body)
}

/// The site's own name where a media office, a menu's section, or
/// nothing at all signs the story.
fn own_source<F: FnOnce() -> Option<String>>(
    matcher: &Matcher,
    text: &str,
    head: &mut Header,
    copyright: &LazyCell<Option<String>, F>,
) {
    // A media office that names no body, or a body's media desk
    // (`أم درمان: إعلام الولاية`), signs for its body: as the story
    // credits it (`المصدر: المركز الإعلامي`, `بواسطة: إدارة الإعلام`),
    // unless the body's name stands under it as the office's signature
    // does (`إدارة الإعلام والعلاقات العامة` / `بنك السودان المركزي`).
    if let Some(office) = head
        .author
        .take_if(|a| super::byline_offices::names_no_body(a) || byline::is_body_media(a))
        && head.source.is_none()
    {
        head.source = Some(office);
    }
    // A department read as the writer (`14/02/2025 | النشاط الرياضي`):
    // each of its words has the article, as no person's name has.
    head.author.take_if(|a| is_definite_only(a));
    if let Some(office) = head
        .source
        .as_deref()
        .filter(|s| super::byline_offices::names_no_body(s))
        && let Some(site) = LazyCell::force(copyright).clone().or(head.masthead.clone())
        && signed_over(text, office, &site)
    {
        head.source = Some(site);
    }
    if let Some(site) = LazyCell::force(copyright).clone().or(head.masthead.clone()) {
        site_filed_from_place(head, site);
    }
    super::text_sections::drop_sections(text, head, || LazyCell::force(copyright).as_deref());
    // A site read as the writer and as the source names no writer: the
    // writer a byline named after it does.
    if let Some(source) = head.source.as_deref()
        && head
            .author
            .take_if(|a| byline::is_same_site(source, a))
            .is_some()
    {
        head.author = head.also_signed.take();
    }
    // So is the site its copyright notice names, read as the writer
    // (`وهج الخليج` glued to the date under the headline), and a club's
    // media desk in Latin letters (`CRB Média`).
    if head.source.is_none()
        && let Some(site) = head.author.take_if(|a| {
            super::byline_offices::is_latin_media_desk(a)
                || super::byline_bodies::opens_as_body(a)
                || LazyCell::force(copyright)
                    .as_deref()
                    .is_some_and(|c| byline::is_same_site(c, a))
        })
    {
        head.source = Some(site);
        head.author = head.also_signed.take();
    }
    // A story no byline signs is the site's own.
    // A notice that names the site by one word (`© أوابك 2024`), or the
    // unit that runs it (`لمركز المعلومات والتوثيق`), under a logo that
    // gives the body's whole name gives way to the logo's.
    if head.source.is_none() && head.author.is_none() {
        head.source = LazyCell::force(copyright)
            .clone()
            .filter(|c| {
                head.logo.is_none()
                    || (c.split_whitespace().nth(1).is_some()
                        && !super::byline_offices::names_no_body(c))
            })
            .or_else(|| super::text_site::beside_acronym(matcher, text))
            .or_else(|| head.masthead.clone())
            .or_else(|| super::text_site::named_top_and_foot(matcher, text))
            .or_else(|| head.logo.clone())
            .or_else(|| super::text_site::named_by_about_link(text))
            .or_else(|| super::text_site_notice::about_box(text))
            .or_else(|| super::text_site_spelled::notice_spelled(text));
    }
}

/// A place and the site's own name (`زالنجي: صوت الهامش`), read as the
/// writer: the site's story, filed from there.
fn site_filed_from_place(head: &mut Header, site: String) {
    let filed = head
        .author
        .as_deref()
        .and_then(|a| a.split_once([':', '-', '–']))
        .is_some_and(|(place, name)| {
            place.split_whitespace().nth(PLACE_WORDS).is_none()
                && byline::is_same_site(&site, name.trim())
        });
    if filed {
        head.author = None;
        head.source = Some(site);
    }
}

/// The most words of a place before the site's name.
const PLACE_WORDS: usize = 2;

/// Whether a name of two words or more has the article on each
/// (`النشاط الرياضي`).
fn is_definite_only(name: &str) -> bool {
    let words: Vec<String> = name.split_whitespace().map(crate::search::fold).collect();
    words.len() >= 2 && words.iter().all(|w| w.starts_with("ال"))
}

/// A box of short questions and their answers between the headline and
/// the byline (`ما حجم قدرة المرحلة الأولى؟` / `1100 ميغاواط.`), as some
/// sites sum a story up: two pairs or more, then the byline, which the
/// box kept from the header. Drops the box and gives the byline.
fn drop_answer_box(units: &mut Vec<String>) -> Option<byline::Byline> {
    let short = |u: &str| u.split_whitespace().nth(BOX_WORDS).is_none();
    let asks = |u: &str| short(u) && u.ends_with(['؟', '?']);
    let pairs = units
        .chunks(2)
        .take_while(|p| p.len() == 2 && asks(&p[0]) && short(&p[1]) && !asks(&p[1]))
        .count();
    if pairs < 2 {
        return None;
    }
    let found = byline::parse(units.get(2 * pairs)?)?;
    units.drain(..=2 * pairs);
    Some(found)
}

/// The most words of a question or an answer in a summary's box.
const BOX_WORDS: usize = 15;

/// The fewest words of a summary over the lead.
const SUMMARY_WORDS: usize = 6;

/// Whether a paragraph opens with the place it was written in, set off
/// by a dash (`حجة، اليمن – سجّلت …`): a dateline with no outlet.
fn opens_with_place(paragraph: &str) -> bool {
    // Or a place and the day before a colon (`الرياض، 21 مارس 2024م: …`).
    let dated = paragraph.split_once(':').is_some_and(|(head, _)| {
        head.split_once(['،', ',']).is_some_and(|(place, day)| {
            byline::is_in(place.trim(), super::byline_names::PLACES)
                && dates::find(day).is_some_and(|d| d.range.len() + 2 >= day.trim().len())
        })
    });
    if dated {
        return true;
    }
    let Some(at) = [" – ", " - ", " — "]
        .iter()
        .filter_map(|d| paragraph.find(d))
        .min()
    else {
        return false;
    };
    let head = &paragraph[..at];
    head.split_whitespace().nth(5).is_none()
        && head
            .split(['،', ','])
            .any(|p| byline::is_in(p.trim(), super::byline_names::PLACES))
        && head
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '،' | ','))
}
