//! A page's JSON-LD: the first object of an article type (also inside
//! arrays and `@graph`), read into [`PageMeta`].

use dom_query::Document;
use serde_json::Value;

use super::page_meta::{PageMeta, clean};
use crate::search;

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

/// The first JSON-LD object of an article type, read.
pub fn read(doc: &Document) -> Option<PageMeta> {
    let mut best: Option<(usize, Value)> = None;
    // Objects with an `@id`, which others name by it alone (Yoast's and
    // Rank Math's graphs: `"publisher": {"@id": "…#organization"}`).
    let mut by_id: Vec<Value> = Vec::new();
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
            if obj.get("@id").is_some() && obj.get("name").is_some() {
                by_id.push(obj.clone());
            }
            let rank = type_rank(obj);
            if rank.is_some_and(|r| best.as_ref().is_none_or(|(b, _)| r < *b)) {
                best = rank.map(|r| (r, obj.clone()));
            }
        }
    }
    let (_, v) = best?;
    let text = |key: &str| v.get(key).and_then(name_of).and_then(|s| clean(&s));
    let source = v.get("publisher").and_then(name_of).and_then(|s| clean(&s));
    // The publisher an `@id` alone stands for, known by its name in the
    // graph: an author of that name is the site (its name in Latin
    // letters over an Arabic site's, `Property Finder`). It stays out of
    // the source, which the page names as it shows itself.
    let publisher = v
        .get("publisher")
        .map(|p| named_by_id(p, &by_id))
        .and_then(name_of)
        .or_else(|| source.clone());
    Some(PageMeta {
        title: text("headline").or_else(|| text("name")),
        author: v
            .get("author")
            .and_then(|a| names(a, source.as_deref()))
            .and_then(|s| clean(&s)),
        site_authors: v
            .get("author")
            .map(|a| site_signed(a, publisher.as_deref()))
            .unwrap_or_default(),
        source,
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
        ..PageMeta::default()
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

/// The object an `@id` alone stands for, when the page has it; else `v`.
fn named_by_id<'v>(v: &'v Value, by_id: &'v [Value]) -> &'v Value {
    match v.get("@id") {
        Some(id) if v.get("name").is_none() => {
            by_id.iter().find(|o| o.get("@id") == Some(id)).unwrap_or(v)
        }
        _ => v,
    }
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
pub const MAX_TAGS: usize = 20;

/// JSON-LD `keywords`: an array, or one string separated by commas.
fn keywords(v: &Value) -> Vec<String> {
    let raw: Vec<&str> = match v {
        Value::String(s) => s.split([',', '،']).collect(),
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    raw.into_iter().filter_map(clean).collect()
}

/// One name or several, joined with an Arabic comma: the people among the
/// authors. An organisation (`NewsMediaOrganization`, the desk and city
/// of a wire) or the publisher under its own name is the site signing its
/// own copy, not a byline; the page's visible byline is read instead.
fn names(v: &Value, publisher: Option<&str>) -> Option<String> {
    let people: Vec<&Value> = match v {
        Value::Array(a) => a.iter().filter(|x| !is_organization(x)).collect(),
        other => Some(other)
            .filter(|x| !is_organization(x))
            .into_iter()
            .collect(),
    };
    let publisher = publisher.map(search::fold);
    let all: Vec<String> = people
        .into_iter()
        .filter_map(name_of)
        .filter(|n| !n.trim().is_empty() && !n.contains("://"))
        .filter(|n| publisher.as_deref() != Some(search::fold(n).as_str()))
        .collect();
    (!all.is_empty()).then(|| all.join("، "))
}

/// Whether a JSON-LD object's `@type` is an organisation of any kind
/// (`Organization`, `NewsMediaOrganization`, `Corporation`…).
fn is_organization(v: &Value) -> bool {
    let is_org = |t: &str| t.ends_with("Organization") || t == "Corporation" || t == "Brand";
    match v.get("@type") {
        Some(Value::String(t)) => is_org(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_org),
        _ => false,
    }
}

/// The authors [`names`] leaves out: the organisations and the publisher.
fn site_signed(v: &Value, publisher: Option<&str>) -> Vec<String> {
    let all: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        other => vec![other],
    };
    let publisher = publisher.map(search::fold);
    all.into_iter()
        .filter_map(|x| {
            let name = name_of(x)?;
            let site =
                is_organization(x) || publisher.as_deref() == Some(search::fold(&name).as_str());
            site.then_some(name)
        })
        .collect()
}
