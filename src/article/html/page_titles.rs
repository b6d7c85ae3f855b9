//! Which of the titles a page gives is its headline: the metadata's,
//! the one shared (`og:title`, `twitter:title`), the `<title>`, or the
//! one the page shows (`<h1>`, a title cell, large type). A title every
//! page of the site shares is the site's name, never the headline.

use dom_query::{Document, NodeRef};

use super::super::text_foot::has_arabic;
use super::page_meta::{Metas, PageMeta, clean, fill, first_h1, same_but_marks};
use super::{microdata, site_name, title_cells};
use crate::search;

/// How many `<h2>` headings may show a headline whole.
const HEADINGS: usize = 8;

/// Settles `m.title` and the headline fields the page shows (`h1`,
/// `headline`, `large_type`); may name the source where a title turns out
/// to be the site's. Returns the titles given for sharing.
pub(super) fn settle(
    m: &mut PageMeta,
    doc: &Document,
    els: &[NodeRef],
    metas: &Metas,
    title_tag: Option<&str>,
) -> Vec<String> {
    let og = metas.get("property", &["og:title"]);
    let twitter = metas.get("name", &["twitter:title"]);
    // The titles the page gives for sharing, which may say a headline
    // whole where the metadata cuts it short.
    let shared: Vec<String> = [og.clone(), twitter.clone(), title_tag.map(str::to_owned)]
        .into_iter()
        .flatten()
        .collect();
    shown_headlines(m, doc, els, title_tag);
    keep_shown(m, og.as_deref());
    let og = og.filter(|o| !is_site_name_over_headline(m, doc, o, title_tag));
    fill(&mut m.title, || og);
    fill(&mut m.title, || twitter);
    m.title = super::title::shown_over_shared(m.title.take(), m.h1.as_deref(), title_tag);
    site_title_tag(m, doc, title_tag);
    if let Some(whole) = m.title.as_deref().and_then(|t| {
        let headings: Vec<String> = doc
            .select("h2")
            .iter()
            .take(HEADINGS)
            .filter_map(|h| clean(&h.text()))
            .collect();
        super::title::shown_whole(t, m.headline.as_deref(), &headings, &shared)
    }) {
        m.title = Some(whole);
    }
    shared
}

/// The headlines the page shows: its `<h1>`, a heading marked as the
/// headline, and, under a section's `<h1>`, a title cell or large type.
fn shown_headlines(m: &mut PageMeta, doc: &Document, els: &[NodeRef], title_tag: Option<&str>) {
    // An `<h1>` of the site's name round its logo (an old theme's
    // masthead) is no headline.
    m.h1 = first_h1(doc)
        .filter(|h| !(doc.select("h1 img[alt]").exists() && site_name::shown_as_site(doc, h)));
    m.headline = m.h1.clone().or_else(|| microdata::marked_headline(doc));
    // An `<h1>` of a word or two is the section's (`الأخبار`), over the
    // headline set otherwise.
    let section_h1 =
        m.h1.as_deref()
            .is_none_or(|h| h.split_whitespace().nth(2).is_none());
    m.large_type = section_h1
        .then(|| {
            title_cells::in_large_type(els, title_tag)
                .or_else(|| title_cells::in_title_cell(els))
                .or_else(|| title_cells::in_largest_style(els))
                .or_else(|| title_cells::under_trail(els))
        })
        .flatten();
}

/// A metadata title the page neither shows nor shares (its `og:title` and
/// `<h1>` say another) is an older draft's; one that differs from the
/// `<h1>` in its quotation marks alone takes the marks the page shows.
fn keep_shown(m: &mut PageMeta, og: Option<&str>) {
    if let (Some(title), Some(shared)) = (&m.title, og) {
        let shared = search::fold(shared);
        if search::fold(title) != shared && m.h1.as_deref().map(search::fold) == Some(shared) {
            m.title = og.map(str::to_owned);
        }
    }
    if let (Some(title), Some(shown)) = (&m.title, &m.h1)
        && title != shown
        && same_but_marks(title, shown)
    {
        m.title = m.h1.clone();
    }
}

/// Whether `og` is the site's name over a headline the page shows, in
/// which case the name becomes the source and the shown headline the
/// title.
fn is_site_name_over_headline(
    m: &mut PageMeta,
    doc: &Document,
    og: &str,
    title_tag: Option<&str>,
) -> bool {
    // An `og:title` that the `<title>` shows beside a page's kind alone
    // (`دائرة الإفتاء العام - تفاصيل الخبر`), or alone when the logo or
    // the notice names the site so, over a headline in a title cell and
    // no `<h1>`: the site's name, which every page shares.
    if let Some(large) = m.large_type.clone()
        && m.h1.is_none()
        && large.split_whitespace().count() > og.split_whitespace().count()
        && !search::fold(og).contains(&search::fold(&large))
        && (site_name::names_site_only(title_tag, og)
            || (title_tag == Some(og) && site_name::shown_as_site(doc, og)))
    {
        fill(&mut m.source, || Some(og.to_owned()));
        fill(&mut m.title, || Some(large));
        return true;
    }
    // Or the site's name as its logo or notice gives it, over an
    // `<h1>` that says more (a bank's every page shares its name).
    if m.title.is_none()
        && m.h1.as_deref().is_some_and(|h| {
            h.split_whitespace().count() > og.split_whitespace().count()
                && !search::fold(h).contains(&search::fold(og))
        })
        && site_name::shown_as_site(doc, og)
    {
        fill(&mut m.source, || Some(og.to_owned()));
        m.title = m.h1.clone();
        return true;
    }
    false
}

/// A `<title>` of the site's name alone, as its notice or masthead names
/// it, over an `<h1>` that says more: the `<h1>` is the headline, and the
/// name the site's, over a Latin one.
fn site_title_tag(m: &mut PageMeta, doc: &Document, title_tag: Option<&str>) {
    if m.title.is_none()
        && let (Some(tag), Some(h)) = (title_tag, &m.h1)
        && h.split_whitespace().count() > tag.split_whitespace().count()
        && site_name::shown_as_site(doc, tag)
    {
        m.title = m.h1.clone();
        if m.source.as_deref().is_none_or(|s| !has_arabic(s)) {
            m.source = Some(tag.to_owned());
        }
    }
    // Or of the site's name and the section, as a trail (`وزارة الصحة >
    // المركز الإعلامي`): the first is the site's.
    if m.source.is_none()
        && let (Some(tag), Some(h)) = (title_tag, &m.h1)
        && let Some((site, _)) = tag.split_once(" > ").or_else(|| tag.split_once(" » "))
        && super::title::is_site_and_section(tag, h)
        && site_name::shown_as_site(doc, site.trim())
    {
        m.source = Some(site.trim().to_owned());
    }
}
