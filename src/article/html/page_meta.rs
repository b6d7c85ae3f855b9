//! What a saved page says about its article, from the most trusted source
//! to the least: JSON-LD `NewsArticle`, then OpenGraph and other meta tags,
//! then `<html lang dir>`, then what the page shows (its `<title>`, a
//! visible dateline, a byline element).

use dom_query::{Document, NodeRef};

use super::super::text_foot::has_arabic;
use super::super::{date_evidence, sanitize};
use super::decode_references;
use super::json_ld::{self, MAX_TAGS};
use super::meta_dates::{is_unset_date, iso_date};
use super::{headline, microdata, shown, site_name, title_cells};
use crate::search;

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

/// The most words of a site's Arabic name signing its story.
const SIGNED_SITE_WORDS: usize = 4;

/// How many `<h2>` headings may show a headline whole.
const HEADINGS: usize = 8;

/// Reads the page's metadata. `doc` is not changed; `els` are its
/// elements as [`elements`] gathers them, `raw_title` its `<title>`'s text.
pub fn read(doc: &Document, els: &[NodeRef], raw_title: &str) -> PageMeta {
    let page = microdata::Shown {
        els,
        title: raw_title,
    };
    let mut m = json_ld::read(doc).unwrap_or_default();
    m.published.take_if(|d| is_unset_date(d));
    // The page's <meta> tags are gathered in one pass over the document,
    // not one pass per name asked for.
    let metas: Vec<NodeRef> = doc.select("meta").nodes().to_vec();
    let meta = |attr: &str, names: &[&str]| -> Option<String> {
        names.iter().find_map(|name| {
            metas
                .iter()
                .filter(|n| n.attr(attr).is_some_and(|v| &*v == *name))
                .find_map(|n| n.attr("content").and_then(|c| clean(&c)))
        })
    };
    // A JSON-LD headline the page neither shows nor shares (its `og:title`
    // and `<h1>` say another) is an older draft's: the page's own goes.
    let og = meta("property", &["og:title"]);
    let twitter = meta("name", &["twitter:title"]);
    let title_tag = clean(raw_title);
    // The titles the page gives for sharing, which may say a headline
    // whole where the metadata cuts it short.
    let shared: Vec<String> = [og.clone(), twitter.clone(), title_tag.clone()]
        .into_iter()
        .flatten()
        .collect();
    m.h1 = first_h1(doc);
    m.headline = m.h1.clone().or_else(|| microdata::marked_headline(doc));
    // An `<h1>` of a word or two is the section's (`الأخبار`), over the
    // headline set otherwise.
    let section_h1 =
        m.h1.as_deref()
            .is_none_or(|h| h.split_whitespace().count() <= 2);
    m.large_type = section_h1
        .then(|| {
            title_cells::in_large_type(els, title_tag.as_deref())
                .or_else(|| title_cells::in_title_cell(els))
                .or_else(|| title_cells::under_trail(els))
        })
        .flatten();
    let h1 = m.h1.clone();
    if let (Some(title), Some(shared)) = (&m.title, &og) {
        let shared = search::fold(shared);
        if search::fold(title) != shared && h1.as_deref().map(search::fold) == Some(shared) {
            m.title = og.clone();
        }
    }
    // The same headline with other quotation marks (`"…"` for `«…»`):
    // the marks the page shows.
    if let (Some(title), Some(shown)) = (&m.title, &h1)
        && title != shown
        && same_but_marks(title, shown)
    {
        m.title = h1.clone();
    }
    // An `og:title` that the `<title>` shows beside a page's kind alone
    // (`دائرة الإفتاء العام - تفاصيل الخبر`), or alone when the logo or
    // the notice names the site so, over a headline in a title cell and
    // no `<h1>`: the site's name, which every page shares.
    let og = match (og, &m.large_type) {
        (Some(o), Some(large))
            if m.h1.is_none()
                && large.split_whitespace().count() > o.split_whitespace().count()
                && !search::fold(&o).contains(&search::fold(large))
                && (site_name::names_site_only(title_tag.as_deref(), &o)
                    || (title_tag.as_deref() == Some(o.as_str())
                        && site_name::shown_as_site(doc, &o))) =>
        {
            fill(&mut m.source, || Some(o));
            fill(&mut m.title, || Some(large.clone()));
            None
        }
        // Or the site's name as its logo or notice gives it, over an
        // `<h1>` that says more (a bank's every page shares its name).
        (Some(o), _)
            if m.title.is_none()
                && h1.as_deref().is_some_and(|h| {
                    h.split_whitespace().count() > o.split_whitespace().count()
                        && !search::fold(h).contains(&search::fold(&o))
                })
                && site_name::shown_as_site(doc, &o) =>
        {
            fill(&mut m.source, || Some(o));
            m.title = h1.clone();
            None
        }
        (og, _) => og,
    };
    fill(&mut m.title, || og);
    fill(&mut m.title, || twitter);
    m.title = super::title::shown_over_shared(m.title.take(), h1.as_deref(), title_tag.as_deref());
    // A `<title>` of the site's name alone, as its notice or masthead
    // names it, over an `<h1>` that says more: the `<h1>` is the
    // headline, and the name the site's, over a Latin one.
    if m.title.is_none()
        && let (Some(tag), Some(h)) = (&title_tag, &h1)
        && h.split_whitespace().count() > tag.split_whitespace().count()
        && site_name::shown_as_site(doc, tag)
    {
        m.title = h1.clone();
        if m.source.as_deref().is_none_or(|s| !has_arabic(s)) {
            m.source = Some(tag.clone());
        }
    }
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
    let machine = [
        meta("property", &["article:published_time", "og:published_time"])
            .map(|d| date_evidence::us_clock(&d).unwrap_or(d)),
        meta("name", &["pubdate", "publishdate", "date", "dc.date"]),
        microdata::published(doc),
    ];
    fill(&mut m.published, || {
        machine
            .iter()
            .flatten()
            .find(|d| !is_unset_date(d))
            .cloned()
    });
    fill(&mut m.source, || meta("property", &["og:site_name"]));
    fill(&mut m.url, || meta("property", &["og:url"]));
    fill(&mut m.url, || {
        doc.select("link[rel=\"canonical\"]")
            .attr("href")
            .and_then(|h| clean(&h))
    });
    // An author tag that says what the copyright tag says (`Radio
    // Vaticana` in both) is the site's name, no writer's.
    let rights = meta("name", &["copyright", "dc.rights"]);
    let named = meta("name", &["author", "dc.creator"]).filter(|a| !a.contains("://"));
    if named.is_some() && named == rights {
        fill(&mut m.source, || named.clone());
    } else {
        fill(&mut m.author, || named.clone());
    }
    fill(&mut m.author, || {
        meta("property", &["article:author"]).filter(|a| !a.contains("://"))
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
    fill(&mut m.lang, || meta("property", &["og:locale"]));
    fill(&mut m.dir, || html.attr("dir").and_then(|d| clean(&d)));
    fill(&mut m.author, || microdata::name(doc, "author"));
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
    // What the page shows under its headline is the story's; lists of
    // other stories in a column before it show their own dates and writers.
    let header = headline
        .as_deref()
        .map_or(0..0, |h| headline::story_start(els, h));
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
    // headline on (one above it is a column's).
    fill(&mut m.author, || {
        headline::header_writer(els, header.clone())
    });
    fill(&mut m.author, || {
        shown::visible_author(els, shown, |_| false)
    });
    fill(&mut m.author, || microdata::header_author(page));
    // A site that signs as its own author (`<meta name=author>` holding
    // the site's name) has given no byline.
    // So has a team's account in Latin letters (`Arabwheels Team`).
    let is_site = |a: &str| {
        m.source.as_deref().is_some_and(|s| is_site_name(s, a))
            || (a.is_ascii() && super::credits::is_placeholder_author(a))
    };
    if m.author.as_deref().is_some_and(is_site) {
        m.author = shown::visible_author(els, shown, is_site)
            .or_else(|| microdata::header_author(page))
            .filter(|a| !is_site(a));
    }
    // A desk in Arabic (`فريق التحرير`) where the byline shows a
    // person's name: the writer.
    let desk = super::credits::is_placeholder_author;
    if m.author.as_deref().is_some_and(desk)
        && let Some(writer) = shown::visible_author(els, shown, desk)
            .filter(|a| crate::article::byline::is_plain_name(a, 4))
    {
        m.author = Some(writer);
    }
    // Metadata that names the writer in Latin letters where the byline
    // shows the name in Arabic (`Reem Alshehri`, `بقلم ريم الشهري`): the
    // name the page's readers see.
    if m.author.as_deref().is_some_and(|a| !has_arabic(a))
        && let Some(shown) = shown::visible_author(els, shown, |a| !has_arabic(a))
    {
        m.author = Some(shown);
    }
    // Metadata that names the first of the writers the byline shows
    // (`بقلم ليلى حمدان وأحمد الحلبي`, where a plugin's JSON-LD keeps
    // one) names too few.
    if let Some(first) = m.author.as_deref()
        && let Some(more) =
            shown::visible_author(els, shown, |_| false).and_then(|all| writers_after(&all, first))
    {
        m.author = Some(format!("{first}، {more}"));
    }
    // A site known by a Latin name (`Raja Club Athletic`) that signs its
    // story with its Arabic one (`الرجاء الرياضي`), no person's: the
    // source, as its readers know it.
    if m.source.as_deref().is_some_and(|s| !has_arabic(s))
        && let Some(site) = m.author.take_if(|a| {
            has_arabic(a)
                && a.split_whitespace().count() <= SIGNED_SITE_WORDS
                && !crate::article::byline::opens_as_person(a)
        })
    {
        m.source = Some(site);
    }
    // The day the page shows under its headline may be the local one.
    let mut others = machine.to_vec();
    if m.published.is_some() {
        others.extend(headline::days_under(els, header).into_iter().map(Some));
    }
    m.published = m
        .published
        .map(|p| super::local_day::settle(iso_date(&p), els, &others));
    m.url = m
        .url
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    m
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
    let marks = |s: &str| -> String {
        let bare: String = s.chars().filter(|c| !"\"'«»“”„‘’".contains(*c)).collect();
        sanitize::one_spaced(&bare)
    };
    marks(a) == marks(b)
}

fn fill(slot: &mut Option<String>, f: impl FnOnce() -> Option<String>) {
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
        .find_map(|h| clean(&h.text()))
}

/// The writers `all` lists after `first`, when it begins with `first`
/// and names more after `و` or a comma (`و<a>أحمد الحلبي</a>` shows as
/// `و أحمد الحلبي`).
fn writers_after(all: &str, first: &str) -> Option<String> {
    let rest = all.strip_prefix(first)?.trim_start();
    let more = rest
        .strip_prefix('و')
        .or_else(|| rest.strip_prefix(['،', ',']))?
        .trim();
    (!more.is_empty()).then(|| more.to_owned())
}
