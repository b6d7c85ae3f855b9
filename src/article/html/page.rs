//! Saved web pages (`.html`, `.htm`) to articles.
//!
//! The bytes are decoded ([`encoding`]), the page parsed once, its metadata
//! read ([`page_meta`]), and its main content found by `dom_smoothie`, a
//! port of Mozilla's Readability (the reader view of Firefox). What it
//! finds is converted to blocks by qari's own walker, which drops the
//! furniture Readability leaves in.

use std::path::Path;

use dom_query::Document;

use super::super::error::ParseError;
use super::super::text_foot::has_arabic;
use super::super::{Article, Block, byline, encoding, meta};
use super::furniture::is_furniture;
use super::page_meta::{self, PageMeta};
use super::{Body, anchor, check_depth, credits, holds_at_most, lead, microdata, shown, title};
use crate::layout::Direction;

/// A page whose article holds fewer letters than this has no article.
const MIN_LETTERS: usize = 80;

/// Imports a saved page's bytes. `declared` is a charset the caller knows
/// (from HTTP or an MHTML part); else the page's `<meta charset>` is used,
/// else the encoding is detected. `url` is the page's address when the
/// caller knows it; the page's own (JSON-LD, `og:url`, canonical) wins.
pub fn import_bytes(
    bytes: &[u8],
    declared: Option<&str>,
    id: String,
    path: Option<&Path>,
    url: Option<&str>,
) -> Result<Article, ParseError> {
    import_bytes_noting(bytes, declared, id, path, url).map(|(a, _)| a)
}

/// [`import_bytes`], with the encoding the page was guessed to be in when
/// it declared none and is not UTF-8 (`windows-1256`), for telling the user.
pub fn import_bytes_noting(
    bytes: &[u8],
    declared: Option<&str>,
    id: String,
    path: Option<&Path>,
    url: Option<&str>,
) -> Result<(Article, Option<&'static str>), ParseError> {
    refuse_binary(bytes)?;
    let declared = declared
        .map(str::to_owned)
        .or_else(|| encoding::html_charset(bytes));
    let decoded = encoding::decode(bytes, declared.as_deref());
    let assumed = decoded.is_assumed().then(|| decoded.name());
    import_str(&decoded.text, id, path, url).map(|a| (a, assumed))
}

/// Bytes that hold NUL or many control bytes at the start are not a page
/// (an image or archive saved under the wrong name). UTF-16 pages, whose
/// ASCII letters come with NUL bytes, start with a BOM and are let through.
fn refuse_binary(bytes: &[u8]) -> Result<(), ParseError> {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(4096)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b))
        .count();
    if head.contains(&0) || controls * 20 > head.len() {
        return Err(ParseError::new(
            "binary data, not a web page (NUL or control bytes in its first 4 KB)",
        ));
    }
    Ok(())
}

/// Imports a saved page already decoded to text.
pub fn import_str(
    html: &str,
    id: String,
    path: Option<&Path>,
    url: Option<&str>,
) -> Result<Article, ParseError> {
    let (lean, doc) = parsed(html)?;
    // The page's elements, gathered once for what it shows.
    let els = page_meta::elements(&doc, page_meta::ELEMENTS);
    let title_tag = doc.select("title").text().to_string();
    let page = page_meta::read(&doc, &els, &title_tag);
    let shown = microdata::Shown {
        els: &els,
        title: &title_tag,
    };
    let credited = shown::credits(&els);
    let header_source = microdata::header_source(shown).or(credited.shown);
    let base = page.url.clone().or_else(|| url.map(str::to_owned));
    let described = anchor::description(&doc);
    let hint = described.as_deref().and_then(anchor::lead_hint);
    let masthead = super::site_name::masthead_name(&doc);
    let (found, mut body, foot_source) =
        super::page_story::story(&lean, doc, base.as_deref(), hint)?;

    let site_names: Vec<String> = page.source.iter().cloned().collect();
    let sites: Vec<&str> = site_names.iter().map(String::as_str).collect();
    let found_title = title::whole_title(&title_tag, &found.title, &sites, html);
    let title = title::page_title(&page, &found_title, page.headline.as_deref(), &sites);
    let large = page.large_type.clone();
    let (title, site) =
        super::title_cells::title_and_site(page.title.as_deref(), title, large, &title_tag);
    let title = super::title_whole::whole_in_large_type(title, page.large_type.as_deref())
        .map(|t| super::site_name::without_masthead_tail(t, masthead.as_deref()));
    let author = page
        .author
        .as_deref()
        .map(|a| credits::without_photographers(a, html))
        .or_else(|| credits::byline_author(&page, found.byline.as_deref()));
    // A title that is the page's kind (`تفاصيل الخبر`) over a story that
    // opens with its heading: the heading is the headline.
    let title = match (title, body.blocks.first()) {
        (Some(t), Some(Block::Heading(h))) if heads_a_listing(&t, &title_tag) => Some(h.clone()),
        (title, _) => title,
    };
    drop_section_heading(&mut body, title.as_deref(), html);
    let header = lead::drop_header_blocks(
        &mut body,
        (title.as_deref(), described.as_deref()),
        author.as_deref(),
    );
    let mut page = page;
    page.source = page.source.or(site);
    if page.published.is_none() {
        page.published = header.date;
    }
    page.source = credits::credited_source(page.source, header_source);
    let author = super::page_credits::settle(
        &mut page,
        (author, header.byline),
        &sites,
        &mut body,
        foot_source.or(credited.labelled),
        title.as_deref(),
    );
    if !holds_letters(&body) {
        return Err(no_article());
    }
    let Some(title) = title.or_else(|| first_heading(&body)) else {
        return Err(ParseError::new("the page has no title"));
    };
    // Whatever field gave it, the site's own name is no writer, nor a
    // name of words no person is called by (`اخبار السودان العاجلة`).
    let author =
        author.filter(|a| !credits::names_the_site(&page, &sites, a) && !byline::names_no_one(a));
    if author.is_none() {
        spelled_site(&mut page, &title_tag, &title, &body);
    }
    Ok(article(page, title, author, body, base, id, path))
}

/// The page parsed without the code qari never reads (scripts' code,
/// style sheets), and that text; refused when nested too deep.
fn parsed(html: &str) -> Result<(std::borrow::Cow<'_, str>, Document), ParseError> {
    check_depth(html)?;
    let lean = super::script_code::without_code(html);
    let doc = Document::from(lean.as_ref());
    Ok((lean, doc))
}

/// Whether the body holds at least the letters a story holds. Counting
/// stops there: a long page's letters need not all be looked up.
pub(super) fn holds_letters(body: &Body) -> bool {
    let letters = body
        .blocks
        .iter()
        .flat_map(|b| b.text().chars())
        .filter(|c| c.is_alphabetic())
        .take(MIN_LETTERS)
        .count();
    letters >= MIN_LETTERS
}

/// A site known by a Latin name (`Mattel`, in its `<title>` and notice)
/// whose story spells it in Arabic letters (`ماتل تطلق …`) or names it
/// in Arabic words as it announces (`يعلن المكتب الوطني …`): the name
/// its readers know ([`crate::article::latin_names`]).
fn spelled_site(page: &mut PageMeta, title_tag: &str, title: &str, body: &Body) {
    if page.source.as_deref().is_some_and(has_arabic) {
        return;
    }
    // Else the Latin words the `<title>` opens with (`Mattel - الأخبار`).
    let leading_latin = || {
        let words: Vec<&str> = title_tag
            .split([' ', '|', '-', '–', ':'])
            .filter(|w| !w.is_empty())
            .take_while(|w| !has_arabic(w))
            .collect();
        words
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
            .then(|| words.join(" "))
    };
    let Some(latin) = page.source.clone().or_else(leading_latin) else {
        return;
    };
    let text: String = std::iter::once(title)
        .chain(body.blocks.iter().map(|b| b.text()))
        .collect::<Vec<_>>()
        .join("\n");
    // Or the name the story announces under, a release's body in Arabic
    // words of its own (`يعلن المكتب الوطني للسكك الحديدية …` for `ONCF`).
    if let Some(arabic) = crate::article::latin_names::spelled_in(&latin, &text)
        .or_else(|| crate::article::latin_names::announced_in(title, &text))
    {
        page.source = Some(arabic);
    }
}

/// A furniture element holding no more text than this is taken out of the
/// page before Readability reads it: Readability turns a `<div>` of plain
/// text into a `<p>` without its class, after which a photo credit or a
/// share bar can no longer be told from a paragraph. Bigger marked
/// elements are left to the walker, so a container whose class happens to
/// hold a furniture word never takes the article with it.
const SMALL_FURNITURE: usize = 300;

/// Takes out the small elements the furniture tables mark by class, id or
/// role. A box left unclosed (a related-posts wrapper missing its end tag)
/// takes the rest of the story into it, where a browser still shows it:
/// its marks go, so neither Readability nor the walker drops the story
/// with it (what the box itself held is marked, or known by its phrases
/// and links).
pub(super) fn remove_marked_furniture(doc: &Document) {
    let marked: Vec<_> = doc
        .root()
        .descendants_it()
        .filter(|n| {
            n.is_element() && (is_furniture(n) || super::picture_box::is_caption_under_picture(n))
        })
        .collect();
    for node in marked {
        if holds_at_most(&node, SMALL_FURNITURE) {
            node.remove_from_parent();
        } else if holds_story(&node) {
            node.remove_attr("class");
            node.remove_attr("id");
        }
    }
    remove_story_header(doc);
}

/// The fewest words of a paragraph of the story's own text.
const STORY_WORDS: usize = 12;

/// Whether an element holds two paragraphs of the story's text or more as
/// its own children.
fn holds_story(node: &dom_query::NodeRef) -> bool {
    node.children_it(false)
        .filter(|c| {
            c.node_name().is_some_and(|n| n.eq_ignore_ascii_case("p"))
                && c.text().split_whitespace().count() >= STORY_WORDS
        })
        .nth(1)
        .is_some()
}

/// Takes out what the story's `<header>` holds beside its `<h1>`: the
/// section's label, the deck, the writer and date (read before this), the
/// share bar. Only a header of one headline and little text is the
/// story's; the site's, with its menus, holds more.
fn remove_story_header(doc: &Document) {
    let is_h1 =
        |n: &dom_query::NodeRef| n.node_name().is_some_and(|t| t.eq_ignore_ascii_case("h1"));
    let headers: Vec<_> = doc.select("article header").nodes().to_vec();
    for header in headers {
        let h1s = header.descendants_it().filter(|n| is_h1(n)).count();
        if h1s != 1 || !holds_at_most(&header, STORY_HEADER) {
            continue;
        }
        let beside: Vec<_> = header
            .children_it(false)
            .filter(|c| c.is_element() && !is_h1(c) && !c.descendants_it().any(|n| is_h1(&n)))
            .collect();
        beside.iter().for_each(|c| c.remove_from_parent());
    }
}

/// The most text a story's `<header>` holds, in bytes.
const STORY_HEADER: usize = 1500;

pub(super) fn no_article() -> ParseError {
    ParseError::new("no article text found: the page holds only navigation, scripts or furniture")
}

fn first_heading(body: &Body) -> Option<String> {
    body.blocks.iter().find_map(|b| match b {
        Block::Heading(h) => Some(h.clone()),
        _ => None,
    })
}

fn article(
    page: PageMeta,
    title: String,
    author: Option<String>,
    body: Body,
    url: Option<String>,
    id: String,
    path: Option<&Path>,
) -> Article {
    let dir = match page.dir.as_deref().map(str::to_ascii_lowercase).as_deref() {
        Some("rtl") => Direction::Rtl,
        Some("ltr") => Direction::Ltr,
        _ => page
            .lang
            .as_deref()
            .and_then(meta::direction_of_lang)
            .unwrap_or_else(|| {
                meta::direction_of_text(
                    std::iter::once(title.as_str()).chain(body.blocks.iter().map(Block::text)),
                )
            }),
    };
    let words = meta::word_count(body.blocks.iter().map(Block::text));
    // A mark the page set before a name (`&#8207;رانيا منصور`) steers
    // nothing once the name stands alone.
    let bare = |name: String| {
        byline::unstretched(name.trim_matches(|c: char| {
            c.is_whitespace() || crate::layout::reorder::is_bidi_control(c) || c == '\u{FEFF}'
        }))
    };
    Article {
        id,
        title,
        author: author.map(bare).filter(|a| !a.is_empty()),
        source: page
            .source
            .map(page_meta::short_source)
            .map(|s| byline::unstretched(&s)),
        url,
        published: page.published,
        lang: page.lang,
        dir,
        tags: page.tags,
        reading_minutes: meta::reading_minutes(words, dir),
        body: body.blocks,
        links: body.links,
        path: path.map(Path::to_path_buf),
    }
}

/// Whether a title is the page's kind (`تفاصيل الخبر`), alone or before
/// the site's name (`تفاصيل الخبر - جامعة …`).
/// Drops the section's heading over the story's own (Joomla's `<h1>أخبار
/// الشركة</h1>` over the `<h2>` headline), which the menu links to: no
/// sub-heading of the story.
fn drop_section_heading(body: &mut Body, title: Option<&str>, html: &str) {
    if let Some(Block::Heading(h)) = body.blocks.first()
        && h.split_whitespace().nth(3).is_none()
        && title.is_some_and(|t| t != h)
        && html.contains(&format!(">{h}</a>"))
    {
        body.blocks.remove(0);
    }
}

/// Whether `title` names the kind of page or the section a listing
/// heads, not the story.
fn heads_a_listing(title: &str, title_tag: &str) -> bool {
    is_page_kind(title) || is_section_of(title, title_tag)
}

/// Whether `title` is the section the `<title>` names after the site
/// (`وزارة الصحة … - البلاغات`), a word or two: a listing's heading that
/// the story's page keeps over its own.
fn is_section_of(title: &str, title_tag: &str) -> bool {
    let title = title.trim();
    title.split_whitespace().nth(2).is_none()
        && title_tag.trim().strip_suffix(title).is_some_and(|site| {
            TITLE_SEPARATORS
                .iter()
                .any(|sep| site.ends_with(sep) && site.len() > sep.len())
        })
}

/// What a `<title>` sets between the site, the section and the page.
const TITLE_SEPARATORS: [&str; 3] = [" - ", " | ", " – "];

fn is_page_kind(title: &str) -> bool {
    let kind = TITLE_SEPARATORS
        .iter()
        .find_map(|sep| title.split_once(sep))
        .map_or(title, |(kind, _)| kind);
    super::title_cells::PAGE_KINDS.contains(&kind.trim())
}
