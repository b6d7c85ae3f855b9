//! The story Readability finds in a saved page, converted to blocks:
//! Readability's choice, the page's own marked article inside it, or the
//! paragraph its description opens where Readability chose something else.

use dom_query::Document;
use dom_smoothie::{Config, Readability, ReadabilityError};

use super::super::error::ParseError;
use super::page::{no_article, remove_marked_furniture};
use super::{Body, anchor, convert, foot, tidy};

/// The element Readability puts the article it found in.
const CONTENT: &str = "#readability-page-1";

/// Readability gives up on pages with more elements than this: scoring a
/// few hundred thousand elements takes seconds, and no article has them.
const MAX_ELEMENTS: usize = 200_000;

/// The story Readability finds in the page, with the source a line
/// under it names; `hint`, the paragraph the page's description opens,
/// shows where the story is when Readability chose something else.
pub(super) fn story(
    html: &str,
    doc: Document,
    base: Option<&str>,
    hint: Option<String>,
) -> Result<(dom_smoothie::Article, Body, Option<String>), ParseError> {
    let found = story_in(html, doc, base, hint.clone())?;
    if super::page::holds_letters(&found.1) {
        return Ok(found);
    }
    // Readability may choose a picture's box in the story's column
    // (GOV.UK's `gem-c-figure`), which leaves too little to read once
    // pictures are passed over, as the page's own test for an article
    // finds: it is asked again without them.
    let doc = Document::from(html);
    let figures = doc.select("figure");
    if figures.length() == 0 {
        return Ok(found);
    }
    figures.remove();
    story_in(html, doc, base, hint)
}

/// [`story`], read once.
fn story_in(
    html: &str,
    doc: Document,
    base: Option<&str>,
    hint: Option<String>,
) -> Result<(dom_smoothie::Article, Body, Option<String>), ParseError> {
    remove_marked_furniture(&doc);
    super::line_breaks::keep(&doc);
    let (found, grabbed) = readable(doc)?;
    // The content is read where Readability left it, not parsed again
    // from the markup it gives.
    let content = grabbed.select(CONTENT);
    let root = content.nodes().first().copied().ok_or_else(no_article)?;
    let root = own_article(&root).unwrap_or(root);
    let mut body = convert::convert(&root, base);
    // Readability may choose a column of links over a short story.
    if let Some(hint) = hint.filter(|h| anchor::misses_the_story(&root, &body, h)) {
        let whole = Document::from(html);
        if let Some(story) = anchor::container(&whole, &hint) {
            body = convert::convert(&story, base);
        }
    }
    foot::join_source_label(&mut body);
    let foot_source = foot::source_line(&body);
    Ok((found, tidy(body), foot_source))
}

/// The page's own `<article>` holding the story's marked body
/// (`itemprop="articleBody"`), where Readability took it with the
/// sections around it (the page's title over it, the footer's contact
/// box under it): a content system marks its story so.
fn own_article<'a>(root: &dom_query::NodeRef<'a>) -> Option<dom_query::NodeRef<'a>> {
    let marked = dom_query::Selection::from(*root).select("article [itemprop=articleBody]");
    let body = marked.nodes().first()?;
    let article = std::iter::successors(body.parent(), |n| n.parent())
        .take_while(|n| n.id != root.id)
        .find(|n| {
            n.node_name()
                .is_some_and(|t| t.eq_ignore_ascii_case("article"))
        })?;
    // Only one story's body: a list of teasers marks each.
    (marked.length() == 1).then_some(article)
}

/// The page's main content as Readability finds it.
fn readable(doc: Document) -> Result<(dom_smoothie::Article, Document), ParseError> {
    let cfg = Config {
        keep_classes: true,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability = Readability::with_document(doc, None, Some(cfg))
        .map_err(|e| ParseError::new(format!("cannot read the page: {e}")))?;
    let found = readability.parse().map_err(|e| match e {
        ReadabilityError::TooManyElements(n, max) => ParseError::new(format!(
            "{n} elements: too many to look for the article in (the limit is {max})"
        )),
        _ => no_article(),
    })?;
    Ok((found, readability.doc))
}
