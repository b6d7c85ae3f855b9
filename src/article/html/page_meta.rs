//! What a saved page says about its article, from the most trusted source
//! to the least: JSON-LD `NewsArticle`, then OpenGraph and other meta tags,
//! then `<html lang dir>`, then what the page shows (its `<title>`, a
//! visible dateline, a byline element).

use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::super::text_rules::{ARABIC_NEWS, Phrases, Words};
use super::super::{dates, sanitize};
use super::decode_references;
use super::microdata::{self, SEPARATORS};
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
}

/// JSON-LD `@type`s that describe an article, best first.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "Article",
    "BlogPosting",
    "Report",
];

/// `class`/`id` words of elements that show the date or the author.
const DATE_CLASSES: &[&str] = &["date", "time", "published", "dateline", "timestamp"];
const AUTHOR_CLASSES: &[&str] = &["author", "byline", "writer", "author-name"];

/// Reads the page's metadata. `doc` is not changed.
pub fn read(doc: &Document) -> PageMeta {
    let mut m = json_ld(doc).unwrap_or_default();
    let meta = |attr: &str, names: &[&str]| -> Option<String> {
        names.iter().find_map(|name| {
            let sel = format!("meta[{attr}=\"{name}\"]");
            doc.select(&sel)
                .iter()
                .find_map(|n| n.attr("content").and_then(|c| clean(&c)))
        })
    };
    fill(&mut m.title, || meta("property", &["og:title"]));
    fill(&mut m.title, || meta("name", &["twitter:title"]));
    fill(&mut m.published, || {
        meta("property", &["article:published_time", "og:published_time"])
    });
    fill(&mut m.published, || {
        meta("name", &["pubdate", "publishdate", "date", "dc.date"])
    });
    fill(&mut m.source, || meta("property", &["og:site_name"]));
    fill(&mut m.url, || meta("property", &["og:url"]));
    fill(&mut m.url, || {
        doc.select("link[rel=\"canonical\"]")
            .attr("href")
            .and_then(|h| clean(&h))
    });
    fill(&mut m.author, || {
        meta("name", &["author", "dc.creator"]).filter(|a| !a.contains("://"))
    });
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
    if let Some(headline) = m.title.clone() {
        fill(&mut m.source, || microdata::title_site(doc, &headline));
    }
    fill(&mut m.source, || microdata::name(doc, "publisher"));
    fill(&mut m.published, || visible_date(doc));
    fill(&mut m.published, || microdata::header_date(doc));
    fill(&mut m.author, || visible_author(doc));
    m.published = m.published.map(|p| iso_date(&p));
    m.url = m
        .url
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    m
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

/// A date as ISO 8601 when it can be read, else as given.
fn iso_date(s: &str) -> String {
    dates::find(s).map_or_else(|| s.to_owned(), |f| f.iso)
}

/// The first JSON-LD object of an article type, read.
fn json_ld(doc: &Document) -> Option<PageMeta> {
    let mut best: Option<(usize, Value)> = None;
    for script in doc.select("script[type=\"application/ld+json\"]").iter() {
        let text = script.text();
        let text = text.trim().trim_start_matches("<![CDATA[");
        let text = text.trim_end().trim_end_matches("]]>");
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        let mut found = Vec::new();
        collect_objects(&value, 0, &mut found);
        for obj in found {
            let rank = type_rank(obj);
            if rank.is_some_and(|r| best.as_ref().is_none_or(|(b, _)| r < *b)) {
                best = rank.map(|r| (r, obj.clone()));
            }
        }
    }
    let (_, v) = best?;
    let text = |key: &str| v.get(key).and_then(name_of).and_then(|s| clean(&s));
    Some(PageMeta {
        title: text("headline").or_else(|| text("name")),
        author: v.get("author").and_then(names).and_then(|s| clean(&s)),
        source: v.get("publisher").and_then(name_of).and_then(|s| clean(&s)),
        url: text("url").or_else(|| {
            v.get("mainEntityOfPage")
                .and_then(|m| m.get("@id").or(Some(m)))
                .and_then(Value::as_str)
                .and_then(clean)
        }),
        published: text("datePublished").or_else(|| text("dateCreated")),
        lang: text("inLanguage"),
        dir: None,
        tags: v.get("keywords").map(keywords).unwrap_or_default(),
    })
}

/// Objects in a JSON-LD value: the value itself, array members and
/// `@graph` members, to a small depth.
fn collect_objects<'v>(v: &'v Value, depth: usize, out: &mut Vec<&'v Value>) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| collect_objects(i, depth + 1, out)),
        Value::Object(map) => {
            out.push(v);
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// How good an article type the object has (lower is better).
fn type_rank(v: &Value) -> Option<usize> {
    let types: Vec<&str> = match v.get("@type")? {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    types
        .iter()
        .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
        .min()
}

/// A string, or the `name` of an object.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_owned),
        Value::Array(a) => a.first().and_then(name_of),
        _ => None,
    }
}

/// A page lists at most this many tags; more is keyword stuffing.
const MAX_TAGS: usize = 20;

/// JSON-LD `keywords`: an array, or one string separated by commas.
fn keywords(v: &Value) -> Vec<String> {
    let raw: Vec<&str> = match v {
        Value::String(s) => s.split([',', '،']).collect(),
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    raw.into_iter().filter_map(clean).collect()
}

/// One name or several, joined with an Arabic comma.
fn names(v: &Value) -> Option<String> {
    let all: Vec<String> = match v {
        Value::Array(a) => a.iter().filter_map(name_of).collect(),
        other => name_of(other).into_iter().collect(),
    };
    let all: Vec<String> = all
        .into_iter()
        .filter(|n| !n.trim().is_empty() && !n.contains("://"))
        .collect();
    (!all.is_empty()).then(|| all.join("، "))
}

/// Whether an element's class or id has one of `words`.
fn has_word(node: &NodeRef, words: &[&str]) -> bool {
    ["class", "id", "itemprop", "rel"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            v.to_ascii_lowercase()
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| words.contains(&w))
        })
    })
}

/// Elements of the page's body, in order, at most `limit` of them.
fn elements(doc: &Document, limit: usize) -> Vec<NodeRef<'_>> {
    doc.root()
        .descendants_it()
        .filter(|n| n.is_element())
        .take(limit)
        .collect()
}

/// The first date the page shows: a `<time>`'s `datetime`, else the text
/// of an element whose class says it is a date.
fn visible_date(doc: &Document) -> Option<String> {
    for node in elements(doc, 20_000) {
        let is_time = node
            .node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("time"));
        if is_time && let Some(d) = node.attr("datetime").and_then(|d| dates::find(&d)) {
            return Some(d.iso);
        }
        if is_time || has_word(&node, DATE_CLASSES) {
            let text = node.text();
            if text.len() < 200
                && let Some(iso) = dates::dateline(&sanitize::inline(&text))
            {
                return Some(iso);
            }
        }
    }
    None
}

/// The author the page shows in a byline element (`بقلم`, `كتب` taken off).
fn visible_author(doc: &Document) -> Option<String> {
    let prefixes = Phrases::new(ARABIC_NEWS.byline_prefixes);
    for node in elements(doc, 20_000) {
        if !has_word(&node, AUTHOR_CLASSES) {
            continue;
        }
        let text = sanitize::inline(&node.text());
        if text.is_empty() || text.split_whitespace().count() > 8 {
            continue;
        }
        let words = Words::new(&text);
        let name = prefixes
            .strip(&words)
            .unwrap_or(&text)
            .trim_start_matches([':', ' ', '-', '|']);
        if dates::find(name).is_none() && name.chars().any(char::is_alphabetic) {
            return clean(name);
        }
    }
    None
}

/// The headline without the site's name before or after it (`… -
/// CNNArabic.com`, `الجزيرة نت | …`). A part is the site's name when it
/// matches one of `sites` (folded), or looks like a domain.
pub fn strip_site_name(title: &str, sites: &[&str]) -> String {
    let sites: Vec<String> = sites
        .iter()
        .map(|s| search::fold(s))
        .filter(|s| !s.is_empty())
        .collect();
    let is_site = |part: &str| {
        let f = search::fold(part.trim());
        let domain = !f.contains(' ') && f.contains('.') && f.chars().any(char::is_alphabetic);
        // "سكاي نيوز عربية - أخبار" holds the name; "سكاي نيوز" is most of it.
        let holds = |s: &String| f.len() <= s.len() + 24 && f.contains(s.as_str());
        let most_of = |s: &String| f.len() * 10 >= s.len() * 6 && s.contains(f.as_str());
        domain || sites.iter().any(|s| holds(s) || most_of(s))
    };
    let mut title = title.trim().to_owned();
    loop {
        let before = title.len();
        for sep in SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep)
                && !head.trim().is_empty()
                && is_site(tail)
            {
                title = head.trim().to_owned();
            }
            if let Some((head, tail)) = title.split_once(sep)
                && !tail.trim().is_empty()
                && is_site(head)
            {
                title = tail.trim().to_owned();
            }
        }
        if title.len() == before {
            return title;
        }
    }
}

/// The title cut to the page's headline when the title is the headline and
/// a site's name the page does not give (`الذهب يرتفع | اليوم السابع` with
/// `<h1>الذهب يرتفع</h1>`).
pub fn cut_to_headline(title: &str, headline: &str) -> String {
    let want = search::fold(headline);
    if want.is_empty() || search::fold(title) == want {
        return title.to_owned();
    }
    for sep in SEPARATORS {
        if let Some((head, _)) = title.split_once(sep)
            && search::fold(head.trim()) == want
        {
            return head.trim().to_owned();
        }
        if let Some((_, tail)) = title.rsplit_once(sep)
            && search::fold(tail.trim()) == want
        {
            return tail.trim().to_owned();
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_cut_to_the_headline_the_page_shows() {
        let h = "الذهب يرتفع في الأسواق";
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق | اليوم السابع", h),
            h
        );
        assert_eq!(cut_to_headline("مصراوي - الذهب يرتفع في الأسواق", h), h);
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق اليوم", h),
            "الذهب يرتفع في الأسواق اليوم"
        );
    }

    #[test]
    fn site_names_come_off_either_end() {
        assert_eq!(
            strip_site_name("مصر تعلن خطة جديدة - CNNArabic.com", &[]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name("الجزيرة نت | مصر تعلن خطة جديدة", &["الجزيرة نت"]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name(
                "أخبار | مصر - السودان: محادثات | سكاي نيوز عربية",
                &["سكاي نيوز عربية"]
            ),
            "أخبار | مصر - السودان: محادثات"
        );
        // A headline with a dash and no site name keeps it.
        assert_eq!(
            strip_site_name("مصر - السودان: محادثات", &["العربية"]),
            "مصر - السودان: محادثات"
        );
    }
}
