//! One feed entry to one article.

use std::path::Path;

use feed_rs::model::{Entry, Feed, Link, Text};

use super::{body, id, when};
use crate::article::error::ParseError;
use crate::article::{Article, Block, meta, sanitize};

/// What every entry of one feed shares.
struct Context<'a> {
    source: Option<String>,
    /// The feed's site, for relative links.
    home: Option<String>,
    /// Qualifies ids that are not URIs: the feed's own address names it best.
    scope: String,
    lang: Option<&'a str>,
    path: Option<&'a Path>,
    dates: &'a when::Dates,
}

/// The feed's entries as articles, in the feed's order. `base` is where
/// the feed was fetched from, if it was. An entry with neither a title nor
/// any text is left out.
pub fn articles(
    feed: &Feed,
    dates: &when::Dates,
    base: Option<&str>,
    path: Option<&Path>,
) -> Result<Vec<Article>, ParseError> {
    let source = feed
        .title
        .as_ref()
        .map(plain_text)
        .filter(|t| !t.is_empty());
    let home = first_link(&feed.links)
        .map(|l| resolve(&l, base))
        .or_else(|| base.map(str::to_owned));
    let context = Context {
        scope: home.clone().or_else(|| source.clone()).unwrap_or_default(),
        source,
        home,
        lang: feed.language.as_deref(),
        path,
        dates,
    };
    let mut articles = Vec::with_capacity(feed.entries.len());
    for (i, e) in feed.entries.iter().enumerate() {
        let article = entry_article(e, &context)
            .map_err(|err| ParseError::new(format!("entry {}: {}", i + 1, err.message)))?;
        articles.extend(article);
    }
    Ok(articles)
}

fn entry_article(entry: &Entry, feed: &Context) -> Result<Option<Article>, ParseError> {
    let url = first_link(&entry.links)
        .map(|l| resolve(&l, feed.home.as_deref()))
        .map(|u| sanitize::inline(&u))
        .filter(|u| !u.is_empty());
    let base = url.as_deref().or(feed.home.as_deref());
    let body = entry_body(entry, base)?;
    let title = entry
        .title
        .as_ref()
        .map(plain_text)
        .filter(|t| !t.is_empty())
        .or_else(|| body.blocks.first().map(|b| headline_from(b.text())));
    let Some(title) = title else {
        return Ok(None);
    };
    let key = if entry.id.trim().is_empty() {
        url.clone().unwrap_or_else(|| {
            let when = entry.published.or(entry.updated).map(|d| d.to_rfc3339());
            format!("{title} {}", when.unwrap_or_default())
        })
    } else {
        entry.id.clone()
    };
    let lang = entry
        .language
        .as_deref()
        .or(feed.lang)
        .map(sanitize::inline)
        .filter(|l| !l.is_empty());
    let texts = || body.blocks.iter().map(Block::text);
    let dir = lang
        .as_deref()
        .and_then(meta::direction_of_lang)
        .unwrap_or_else(|| meta::direction_of_text(std::iter::once(title.as_str()).chain(texts())));
    let authors: Vec<String> = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref())
        .map(|n| body::inline_text(n, false))
        // What stood between a name and its address (`سامي — sami@…`),
        // which feed-rs takes away, leaving the dash.
        .map(|n| {
            n.trim_end_matches(BEFORE_ADDRESS)
                .trim_start_matches(AFTER_ADDRESS)
                .to_owned()
        })
        .filter(|n| !n.is_empty())
        .collect();
    let published = entry.published.or(entry.updated).map(|d| feed.dates.iso(d));
    let tags = entry
        .categories
        .iter()
        .map(|c| body::inline_text(c.label.as_deref().unwrap_or(&c.term), false))
        .filter(|t| !t.is_empty())
        .collect();
    let reading_minutes = meta::reading_minutes(meta::word_count(texts()), dir);
    Ok(Some(Article {
        id: id::entry_id(&key, &feed.scope),
        title,
        author: (!authors.is_empty()).then(|| authors.join("، ")),
        source: feed.source.clone(),
        url,
        published,
        lang,
        dir,
        tags,
        reading_minutes,
        body: body.blocks,
        links: body.links,
        path: feed.path.map(Path::to_path_buf),
    }))
}

/// The entry's body: its full content when the feed gives it, else its
/// summary. Relative links in it are resolved against `base`.
fn entry_body(entry: &Entry, base: Option<&str>) -> Result<crate::article::html::Body, ParseError> {
    if let Some(c) = &entry.content
        && let Some(text) = c.body.as_deref()
    {
        let content = body::body(text, is_html(c.content_type.as_str()), base)?;
        if !content.blocks.is_empty() {
            return Ok(content);
        }
    }
    match &entry.summary {
        Some(s) => body::body(&s.content, is_html(s.content_type.as_str()), base),
        None => Ok(Default::default()),
    }
}

/// Whether a text of the given media type is HTML. Feeds often send HTML
/// labelled as plain text (JSON summaries) and plain text labelled as HTML
/// (RSS descriptions): [`body::body`] looks at the text too.
fn is_html(media_type: &str) -> bool {
    media_type.contains("html")
}

/// A title or label as one clean line.
fn plain_text(text: &Text) -> String {
    body::inline_text(&text.content, is_html(text.content_type.as_str()))
}

/// A title for an entry that has none: the start of its first paragraph.
fn headline_from(text: &str) -> String {
    const WORDS: usize = 12;
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(WORDS).collect();
    let mut title = head.join(" ");
    if words.next().is_some() {
        title.push('…');
    }
    title
}

/// The link to the entry's page: the first that is neither the feed itself,
/// an enclosure nor a comments page.
fn first_link(links: &[Link]) -> Option<String> {
    let alternate =
        |l: &&Link| l.target.is_none() && l.rel.as_deref().is_none_or(|r| r == "alternate");
    let not_self = |l: &&Link| l.target.is_none() && l.rel.as_deref() != Some("self");
    links
        .iter()
        .find(alternate)
        .or_else(|| links.iter().find(not_self))
        .map(|l| l.href.trim().to_owned())
        .filter(|h| !h.is_empty())
}

/// A relative link made absolute against `base`, when there is one;
/// anything a URL parser refuses is kept as written.
fn resolve(link: &str, base: Option<&str>) -> String {
    if url::Url::parse(link).is_ok() {
        return link.to_owned();
    }
    base.and_then(|h| url::Url::parse(h).ok())
        .and_then(|h| h.join(link).ok())
        .map_or_else(|| link.to_owned(), String::from)
}

/// What may stand between a writer's name and the address after it: a
/// separator, or the bracket that opens round the address.
const BEFORE_ADDRESS: [char; 12] = [' ', '-', '–', '—', 'ـ', '|', ',', '،', '«', '(', '<', '['];
/// The same before a name that follows its address.
const AFTER_ADDRESS: [char; 12] = [' ', '-', '–', '—', 'ـ', '|', ',', '،', '»', ')', '>', ']'];
