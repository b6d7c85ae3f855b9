//! What a saved page says about its article, from the most trusted source
//! to the least: JSON-LD `NewsArticle`, then OpenGraph and other meta tags,
//! then `<html lang dir>`, then what the page shows (its `<title>`, a
//! visible dateline, a byline element).

use dom_query::{Document, NodeRef};

use super::super::{date_evidence, sanitize};
use super::decode_references;
use super::json_ld::{self, MAX_TAGS};
use super::meta_dates::{is_unset_date, iso_date};
use super::{header_author, headline, microdata, shown, site_name};

/// The article's facts as the page gives them; every string is clean.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub author: Option<String>,
    /// The site or publisher.
    pub source: Option<String>,
    pub url: Option<String>,
    /// ISO 8601 when the page's form of it could be read, else as given.
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    /// JSON-LD `keywords`, else `article:tag` meta tags.
    pub tags: Vec<String>,
    /// Names the JSON-LD gives as the author that are the site itself (an
    /// organisation, the publisher): never a byline, wherever found.
    pub site_authors: Vec<String>,
    /// The page's first `<h1>`.
    pub h1: Option<String>,
    /// The `<h1>`, else a heading marked as the headline
    /// ([`microdata::marked_headline`]).
    pub headline: Option<String>,
    /// With no `<h1>`, the first line the page sets in large type
    /// ([`title_cells::in_large_type`]), as old layouts show the headline.
    pub large_type: Option<String>,
}

/// Reads the page's metadata. `doc` is not changed; `els` are its
/// elements as [`elements`] gathers them, `raw_title` its `<title>`'s text.
pub fn read(doc: &Document, els: &[NodeRef], raw_title: &str) -> PageMeta {
    let page = microdata::Shown {
        els,
        title: raw_title,
    };
    let mut m = json_ld::read(doc).unwrap_or_default();
    m.published.take_if(|d| is_unset_date(d));
    let metas = Metas::of(doc);
    let title_tag = clean(raw_title);
    let shared = super::page_titles::settle(&mut m, doc, els, &metas, title_tag.as_deref());
    let machine = machine_dates(doc, &metas);
    // A JSON-LD date that is the page's last change (`article:modified_time`)
    // where the tags give an earlier publication: the publication.
    let modified = metas.get("property", &["article:modified_time"]);
    if let (Some(p), Some(changed), Some(first)) = (&m.published, modified, &machine[0])
        && same_instant(p, &changed)
        && !same_instant(first, &changed)
    {
        m.published = Some(first.clone());
    }
    fill(&mut m.published, || {
        machine
            .iter()
            .flatten()
            .find(|d| !is_unset_date(d))
            .cloned()
    });
    from_tags(&mut m, doc, &metas);
    let h1 = m.h1.clone();
    // The headline beside the site's name in the <title>: the meta title,
    // else the page's <h1> (a page with no meta tags at all).
    let headline = m
        .title
        .clone()
        .or_else(|| h1.clone())
        .or_else(|| microdata::shown_headline(page))
        .or_else(|| m.large_type.clone());
    // The `<h1>` and the titles given for sharing, which the `<title>`
    // may say beside the site's name where the headline is the `<h1>`'s.
    let headings: Vec<String> = h1.into_iter().chain(shared).collect();
    m.source = site_name::source(
        doc,
        page,
        title_tag.as_deref(),
        headline.as_deref(),
        &headings,
        m.source.take(),
    );
    let header = from_story_header(&mut m, els, page, headline.as_deref());
    // The day the page shows under its headline may be the local one.
    let mut others = machine.to_vec();
    if m.published.is_some() {
        let under = headline::days_under(els, header);
        // A JSON-LD date that neither the publication tag nor the day
        // the page shows under its headline says, where both say another
        // day: the day they say.
        let day = |d: &str| {
            crate::article::dates::find(d).and_then(|f| f.iso.get(..10).map(str::to_owned))
        };
        if let (Some(p), Some(tag)) = (&m.published, &machine[0])
            && day(p) != day(tag)
            && under.iter().any(|u| day(u) == day(tag))
        {
            m.published = Some(tag.clone());
        }
        others.extend(under.into_iter().map(Some));
    }
    m.published = m
        .published
        .map(|p| super::local_day::settle(iso_date(&p), els, &others));
    m.url = m
        .url
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    m
}

/// The date and writer the page shows in its story's header, where the
/// metadata gave none; the header's range of elements, after the
/// headline, is returned.
fn from_story_header(
    m: &mut PageMeta,
    els: &[NodeRef],
    page: microdata::Shown<'_>,
    headline: Option<&str>,
) -> std::ops::Range<usize> {
    // What the page shows under its headline is the story's; lists of
    // other stories in a column before it show their own dates and writers.
    let header = headline.map_or(0..0, |h| headline::story_start(els, h));
    let shown = header.start;
    fill(&mut m.published, || {
        headline::header_date(els, header.clone())
            .or_else(|| shown::visible_date(els, shown))
            .or_else(|| headline::labelled_date_under(els, header.clone()))
            .or_else(|| shown::visible_date(els, 0))
    });
    fill(&mut m.published, || microdata::header_date(page));
    fill(&mut m.published, || microdata::issue_date(els));
    // The byline in the story's header, then a writer's element from the
    // headline on (one above it is a column's). A content system's login
    // in the metadata (`syriatrust`) gives way to them.
    m.author
        .take_if(|a| a.is_ascii() && super::credits::is_placeholder_author(a));
    fill(&mut m.author, || {
        super::header_writer::header_writer(els, header.clone())
    });
    fill(&mut m.author, || {
        shown::visible_author(els, shown, |_| false)
    });
    fill(&mut m.author, || header_author::header_author(page));
    super::page_authors::settle(m, els, page, shown);
    // A story no one signs that its header credits to a paper: the
    // paper is its source, over the site's name.
    if m.author.is_none()
        && let Some(paper) = super::header_writer::header_source(els, header.clone())
    {
        m.source = Some(paper);
    }
    header
}

/// Whether two machine dates name the same second, whatever their zone's
/// form (`+0300`, `+03:00`).
fn same_instant(a: &str, b: &str) -> bool {
    a.get(..19).is_some_and(|a| b.get(..19) == Some(a))
}

/// The page's `<meta>` tags, gathered in one pass over the document, not
/// one pass per name asked for.
pub(super) struct Metas<'a>(Vec<NodeRef<'a>>);

impl<'a> Metas<'a> {
    pub(super) fn of(doc: &'a Document) -> Self {
        Self(doc.select("meta").nodes().to_vec())
    }

    /// The content of the first tag whose `attr` is one of `names`, in
    /// the order of `names`.
    pub(super) fn get(&self, attr: &str, names: &[&str]) -> Option<String> {
        names.iter().find_map(|name| {
            self.0
                .iter()
                .filter(|n| n.attr(attr).is_some_and(|v| &*v == *name))
                .find_map(|n| n.attr("content").and_then(|c| clean(&c)))
        })
    }
}

/// The publication dates the page gives machines: meta tags and
/// microdata, best first.
fn machine_dates(doc: &Document, metas: &Metas) -> [Option<String>; 3] {
    [
        metas
            .get("property", &["article:published_time", "og:published_time"])
            .map(|d| date_evidence::us_clock(&d).unwrap_or(d)),
        metas.get("name", &["pubdate", "publishdate", "date", "dc.date"]),
        microdata::published(doc),
    ]
}

/// What the meta tags, `<html>` and microdata say of the source, url,
/// author, tags, language and direction, where nothing better did.
fn from_tags(m: &mut PageMeta, doc: &Document, metas: &Metas) {
    fill(&mut m.source, || metas.get("property", &["og:site_name"]));
    fill(&mut m.url, || metas.get("property", &["og:url"]));
    fill(&mut m.url, || {
        doc.select("link[rel=\"canonical\"]")
            .attr("href")
            .and_then(|h| clean(&h))
    });
    // An author tag that says what the copyright tag says (`Radio
    // Vaticana` in both) is the site's name, no writer's.
    let rights = metas.get("name", &["copyright", "dc.rights"]);
    let named = metas
        .get("name", &["author", "dc.creator"])
        .filter(|a| !a.contains("://"));
    if named.is_some() && named == rights {
        fill(&mut m.source, || named.clone());
    } else {
        fill(&mut m.author, || named.clone());
    }
    fill(&mut m.author, || {
        metas
            .get("property", &["article:author"])
            .filter(|a| !a.contains("://"))
    });
    if m.tags.is_empty() {
        m.tags = doc
            .select("meta[property=\"article:tag\"]")
            .iter()
            .filter_map(|n| n.attr("content").and_then(|c| clean(&c)))
            .collect();
    }
    m.tags.dedup();
    m.tags.truncate(MAX_TAGS);
    let html = doc.select("html");
    fill(&mut m.lang, || html.attr("lang").and_then(|l| clean(&l)));
    fill(&mut m.lang, || metas.get("property", &["og:locale"]));
    fill(&mut m.dir, || html.attr("dir").and_then(|d| clean(&d)));
    fill(&mut m.author, || microdata::name(doc, "author"));
}

/// A source's name without the words for a website or a channel before
/// it (`ليبيا الحدث` for `قناة ليبيا الحدث`, `المنار` for `موقع قناة
/// المنار`): the outlet as readers call it. A paper's or a portal's word
/// (`جريدة الغد`, `بوابة الوسط`) is part of its name and stays.
pub fn short_source(name: String) -> String {
    let mut rest = crate::article::byline::without_domain(&name);
    while let Some((first, after)) = rest.trim_start().split_once(' ')
        && ["موقع", "قناة"].contains(&first)
        && !after.trim().is_empty()
    {
        rest = after;
    }
    rest.trim().to_owned()
}

/// Whether `name` is the site's, `site` ([`byline::is_same_site`]).
pub fn is_site_name(site: &str, name: &str) -> bool {
    crate::article::byline::is_same_site(site, name)
}

/// Whether two headlines differ in their quotation marks alone.
pub(super) fn same_but_marks(a: &str, b: &str) -> bool {
    // Marks the metadata left out count too (`«مدار» تطلق …` for `مدار
    // تطلق …`).
    // So do the dashes, which a page's editor types long where the
    // metadata has a hyphen (`الروح القدس – الكسليك`).
    let marks = |s: &str| -> String {
        let bare: String = s
            .chars()
            .filter(|c| !"\"'«»“”„‘’".contains(*c))
            .map(|c| if matches!(c, '–' | '—') { '-' } else { c })
            .collect();
        sanitize::one_spaced(&bare)
    };
    marks(a) == marks(b)
}

pub(super) fn fill(slot: &mut Option<String>, f: impl FnOnce() -> Option<String>) {
    if slot.is_none() {
        *slot = f();
    }
}

/// Text from the page, references decoded, cleaned; `None` when empty.
pub fn clean(s: &str) -> Option<String> {
    let s = if s.contains('&') {
        decode_references(s)
    } else {
        s.to_owned()
    };
    let s = sanitize::inline(&s);
    (!s.is_empty()).then_some(s)
}

/// The most elements of a page read for what it shows.
pub(super) const ELEMENTS: usize = 20_000;

/// Elements of the page's body, in order, at most `limit` of them.
pub(super) fn elements(doc: &Document, limit: usize) -> Vec<NodeRef<'_>> {
    doc.root()
        .descendants_it()
        .filter(|n| n.is_element())
        .take(limit)
        .collect()
}

/// The text of the page's first `<h1>` that holds some.
pub fn first_h1(doc: &Document) -> Option<String> {
    // A theme may set its logo in an `<h1>` of its own (`site-title`,
    // a picture with no text) above the story's.
    doc.select("h1")
        .iter()
        .filter(|h| {
            !h.attr("class")
                .is_some_and(|c| c.contains("site-title") || c.contains("logo"))
        })
        .find_map(|h| {
            // A hidden label inside (`<div style='display:none'>العنوان`,
            // as SharePoint's fields carry) is no part of the headline.
            let node = h.nodes().first()?;
            let hides = node
                .descendants_it()
                .any(|n| n.is_element() && super::furniture::is_hidden(&n));
            clean(&if hides {
                shown::visible_text(node)
            } else {
                h.text().to_string()
            })
        })
}
