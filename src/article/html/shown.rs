//! What a saved page shows of its article's facts as text, not as
//! metadata: a dateline, a byline element, a source field. Each reads the
//! page's elements gathered once ([`super::page_meta::elements`]).

use dom_query::NodeRef;

use super::super::text_rules::{Phrases, Words};
use super::super::{byline, dates, sanitize};
use super::furniture::{is_hidden, kebab};
use super::page_meta::clean;
pub(super) use super::shown_dates::visible_date;
pub use super::shown_dates::{date_texts, shown_date};

/// `class`/`id` words of elements that show the author.
const AUTHOR_CLASSES: &[&str] = &[
    "author",
    // Drupal's field of the story's writers (`field--name-field-authors`).
    "authors",
    "byline",
    "writer",
    "author-name",
    "auteur",
    "autor",
    // Turkish, as news sites built on a Turkish system mark the reporter.
    "muhabir",
    // A Drupal field of the story's reporter under its text
    // (`field--name-field-news-reporter`, labelled `تغطية`).
    "reporter",
];
/// Classes of the element that shows who the story came from (`المنامة -
/// بنا`, `مونت كارلو الدولية / أ ف ب` as the author).
const CREDIT_CLASSES: &[&str] = &[
    "source",
    "dateline",
    "byline",
    "author",
    "contributor",
    "contributors",
];

/// Class words of a comment form, whose author field asks the reader's
/// name (`comment-form-author`).
const FORM_CLASSES: &[&str] = &["comment", "comments", "form", "respond", "reply"];

/// Whether an element's class or id has one of `words`.
pub(super) fn has_word(node: &NodeRef, words: &[&str]) -> bool {
    ["class", "id", "itemprop", "rel", "aria-labelledby"]
        .iter()
        .any(|attr| {
            node.attr(attr).is_some_and(|v| {
                let has = |names: &str| {
                    names
                        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                        .any(|w| words.contains(&w))
                };
                // Most names have no capitals: they are their own words.
                if v.bytes().any(|b| b.is_ascii_uppercase()) {
                    has(&kebab(&v))
                } else {
                    has(&v)
                }
            })
        })
}

/// The author the page shows in a byline element (`بقلم`, `كتب` taken off),
/// read as a sighted reader sees it: text only screen readers get
/// ("Author,") and the heading that labels a byline region left out, and
/// of a byline given as a list (name, role, place) the first item. A
/// name `passed` says is no writer's (the site's own) is passed over for
/// the next byline element's.
pub(super) fn visible_author(
    els: &[NodeRef],
    from: usize,
    passed: impl Fn(&str) -> bool,
) -> Option<String> {
    let prefixes = super::byline_labels();
    let mut passed_at = None;
    for (at, node) in els.iter().enumerate().skip(from) {
        if passed_at.is_some_and(|p| at > p + PASSED_REACH) {
            return None;
        }
        let heading = node.node_name().is_some_and(|n| {
            matches!(
                n.to_ascii_lowercase().as_str(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            )
        });
        if heading
            || is_hidden(node)
            || !has_word(node, AUTHOR_CLASSES)
            || has_word(node, FORM_CLASSES)
            || links_a_story(node)
        {
            continue;
        }
        let first_item = node.descendants_it().find(|n| {
            n.node_name()
                .is_some_and(|name| name.eq_ignore_ascii_case("li"))
        });
        let text = sanitize::inline(&visible_text(first_item.as_ref().unwrap_or(node)));
        let text = without_link_label(&text).to_owned();
        // A writer's element that says who put the story up (`نشر
        // الأمصار`): the name after the word.
        let text = ["نشر ", "نشر: ", "نشره ", "نشرها "]
            .iter()
            .find_map(|label| text.strip_prefix(label))
            .map_or(text.clone(), |name| name.trim().to_owned());
        let text = marked_writers(&text).unwrap_or(text);
        // A role before the name (`مبعوث «الشباك» إلى عين دراهم: فلان`).
        let text = text
            .split_once(':')
            .map(|(_, name)| name.trim())
            .filter(|name| byline::is_signed_name(name))
            .map_or(text.clone(), str::to_owned);
        // A name before a long role (`وليد طه - مراسل موقع العرب وصحيفة
        // كل العرب`) is a byline however long the role.
        let text = byline::name_and_role(&text).unwrap_or(text);
        // The writer a body's media desk sent, with the photographer's
        // credit after him.
        let text = crate::article::byline_offices::desk_writer(&text)
            .and_then(|b| b.author)
            .unwrap_or(text);
        if text.is_empty() || text.split_whitespace().nth(8).is_some() {
            continue;
        }
        // Nor is the media office after the name (`فلانة - المركز
        // الإعلامي`).
        match byline_name(prefixes, &text).map(|n| byline::without_office(&n).to_owned()) {
            Some(name) if passed(&name) => passed_at = Some(at),
            Some(name) => return Some(name),
            None => {}
        }
    }
    None
}

/// The writers after the site's own mark in a byline that names the
/// site and the city first (`نافذة اليمن - تعز - خاص: محمد الشرعبي - أمين
/// الحكيمي`), each a name the tables know.
fn marked_writers(text: &str) -> Option<String> {
    let (_, rest) = text.split_once("خاص:")?;
    let rest = rest.trim();
    byline::dashed_writers(rest).or_else(|| byline::is_signed_name(rest).then(|| rest.to_owned()))
}

/// A byline's text without the label in square brackets of the link
/// beside the name (`تاكاهاشي كينجي [Profile]`): a word or two in Latin
/// letters, the page's, not the writer's.
fn without_link_label(text: &str) -> &str {
    text.strip_suffix(']')
        .and_then(|t| t.rsplit_once('['))
        .filter(|(name, label)| {
            !name.trim().is_empty()
                && (1..=2).contains(&label.split_whitespace().count())
                && label.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        })
        .map_or(text, |(name, _)| name.trim_end())
}

/// The most elements after the last byline element passed over in which the
/// writer's may follow; further on are other stories' writers.
const PASSED_REACH: usize = 16;

/// Whether `node` is in another story's teaser: an `<article>` or list
/// item near it whose heading links away (`<h3><a href>…`), as the lists
/// of related stories under a story set theirs, or set beside such a
/// link (`<td>• <a href>…</a> <span>(08/11/2009)</span></td>`). A teaser
/// is short: a longer element (the story itself) is not walked.
pub(super) fn in_a_teaser(node: &NodeRef) -> bool {
    beside_a_headline_link(node)
        || node.ancestors_it(Some(TEASER_DEPTH)).any(|a| {
            (a.node_name()
                .is_some_and(|t| t.eq_ignore_ascii_case("article") || t.eq_ignore_ascii_case("li"))
                // Or a slide of a carousel of other stories
                // (`fusion-carousel-item-wrapper`, `swiper-slide`).
                || has_word(&a, TEASER_CLASSES))
                && super::holds_at_most(&a, TEASER_CHARS)
                && a.descendants_it().any(|d| {
                    d.node_name().is_some_and(|t| {
                        ["h2", "h3", "h4"].iter().any(|h| t.eq_ignore_ascii_case(h))
                    }) && d.descendants_it().any(|l| {
                        l.node_name().is_some_and(|t| t.eq_ignore_ascii_case("a"))
                            && l.has_attr("href")
                    })
                })
        })
}

/// Class words of the element that holds another story's teaser.
const TEASER_CLASSES: &[&str] = &["carousel", "slide", "related"];

/// How far up a date's teaser is looked for, and its most characters.
const TEASER_DEPTH: usize = 4;
const TEASER_CHARS: usize = 600;

/// Whether `node` stands beside a link of a headline's words, its
/// sibling in a short element: a list of other stories with their dates.
fn beside_a_headline_link(node: &NodeRef) -> bool {
    let is_link = |n: &NodeRef| {
        n.node_name().is_some_and(|t| t.eq_ignore_ascii_case("a")) && n.has_attr("href")
    };
    !is_link(node)
        && node.parent().is_some_and(|p| {
            super::holds_at_most(&p, TEASER_CHARS)
                && p.element_children()
                    .iter()
                    .any(|c| is_link(c) && c.text().split_whitespace().count() >= TEASER_LINK_WORDS)
        })
}

/// The fewest words of a link to another story by its headline.
const TEASER_LINK_WORDS: usize = 4;

/// Whether a writer's element links one of his stories by its headline
/// (`<b>فلان</b><a>عن السلام الذي لا يأتي</a>`): a column of writers
/// beside the story, not its byline. A link on the writer's own name is
/// a byline's.
fn links_a_story(node: &NodeRef) -> bool {
    let whole = sanitize::inline(&visible_text(node));
    node.descendants_it()
        .filter(|n| {
            n.node_name()
                .is_some_and(|name| name.eq_ignore_ascii_case("a"))
        })
        .map(|a| sanitize::inline(&visible_text(&a)))
        .any(|t| {
            let named = whole
                .strip_suffix(t.as_str())
                .map(str::trim)
                .filter(|n| !n.is_empty());
            super::super::text_foot::has_arabic(&t)
                && t.split_whitespace().count() >= 2
                && !super::super::byline::is_signed_name(&t)
                && named.is_some_and(|n| super::super::byline::is_plain_name(n, 4))
        })
}

/// The sources the page's short credit elements give, read in one walk.
pub struct Credits {
    /// The outlet a short byline element the page shows credits
    /// (`المنامة - بنا`, `رؤيا - بترا`, `صلالة ـ العمانية`): the story's
    /// source as the page shows it without marking it up.
    pub shown: Option<String>,
    /// The source a labelled field in the story's header names: the page
    /// says who put the story out, over its own name, as a source line at
    /// its foot does. A media office that names no body (`المركز
    /// الإعلامي`) is the site's own.
    pub labelled: Option<String>,
}

pub fn credits(els: &[NodeRef]) -> Credits {
    let texts: Vec<(&NodeRef, String)> = els
        .iter()
        .filter_map(|node| credit_text(node).map(|t| (node, t)))
        .collect();
    let shown = texts.iter().find_map(|(node, text)| {
        // A source field with its label (`المصدر وات`) names the source.
        let labelled = labelled_source(text);
        // A source field that gives a name alone (`<span
        // class="node-source">راية</span>`): the page weighs it against
        // the site's own name.
        let named = || {
            let plain = text
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '\u{640}');
            (has_word(node, &["source"]) && plain && text.split_whitespace().nth(3).is_none())
                .then(|| text.replace('\u{640}', ""))
        };
        labelled
            .or_else(|| crate::article::byline::parse(text).and_then(|b| b.source))
            .or_else(named)
    });
    let labelled = texts
        .iter()
        .find_map(|(_, t)| labelled_source(t))
        .filter(|name| !crate::article::byline_offices::names_no_body(name));
    Credits { shown, labelled }
}

/// The text of a short credit's element the page shows.
fn credit_text(node: &NodeRef) -> Option<String> {
    if !has_word(node, CREDIT_CLASSES) || is_hidden(node) {
        return None;
    }
    let text = sanitize::inline(&visible_text(node));
    (!text.is_empty() && text.split_whitespace().nth(8).is_none()).then_some(text)
}

/// The name a source field gives after its label, with its colon or
/// without (`المصدر: المديرية العامة للدفاع المدني`, `المصدر وات`).
fn labelled_source(text: &str) -> Option<String> {
    let (label, name) = text.split_once(' ')?;
    let line = format!("{}: {name}", label.trim_end_matches([':', '：']));
    super::block_rules()
        .source_named(&line)
        .map(|n| n.to_owned())
        .filter(|n| n.chars().all(|c| c.is_alphabetic() || c == ' '))
}

/// The name in a byline's text, its byline word taken off (`كتبت- منى
/// سالم` is `منى سالم`); `None` when it is a date or holds no letters.
pub fn byline_name(prefixes: &Phrases, text: &str) -> Option<String> {
    let spaced = sanitize::one_spaced(text);
    // The photographer's credit after the name (`روبورتاج: فلان / تصوير:
    // علان`, `فلان تصوير: علان`) is another field's.
    let text = photo_credit_at(&spaced).map_or(spaced.as_str(), |at| {
        spaced[..at].trim_end_matches([' ', '/', '|', '-', '–'])
    });
    let words = Words::new(text);
    let name = prefixes
        .strip(&words)
        .unwrap_or(text)
        .trim_start_matches([':', ' ', '-', '–', 'ـ', '|']);
    // The writer's city before the name (`غزة/ إياد شعث:`): the writer is
    // the name. (With an outlet too, the whole byline is read later.)
    let name = byline::parse(name.trim_end_matches([':', ' ']))
        .filter(|b| b.place.is_some() && b.source.is_none())
        .and_then(|b| b.author)
        .unwrap_or_else(|| name.to_owned());
    // The calling before the name (`النائب فلان`) is no part of it.
    let name = byline::without_channel(&name).to_owned();
    // A sentence (an author box's line about the site) names no one.
    let sentence = name.trim_end().ends_with(['.', '؟', '?', '!']) && !name.ends_with("..");
    // Nor does a byline element that shows the time alone (`2:14 م`).
    let time = crate::article::text_clock::is_clock_time(name.trim());
    (dates::find(&name).is_none() && name.chars().any(char::is_alphabetic) && !sentence && !time)
        .then(|| clean(&name))
        .flatten()
}

/// The text under `node` that is shown: hidden elements' text left out.
pub(super) fn visible_text(node: &NodeRef) -> String {
    let mut out = String::new();
    let mut stack: Vec<NodeRef> = vec![*node];
    while let Some(n) = stack.pop() {
        if n.is_text() {
            out.push_str(&n.text());
        } else if n.is_element()
            && !is_hidden(&n)
            && (n.id == node.id || !has_word(&n, PLACE_CLASSES))
        {
            stack.extend(n.children_it(true));
            out.push(' ');
        }
    }
    out
}

/// Class words of the writer's city beside the name in a byline's
/// element (`<span class="yer">الحسكة</span>`, Turkish for place).
const PLACE_CLASSES: &[&str] = &["yer"];

/// Where a photographer's labelled credit starts in a byline (`تصوير:`),
/// after some name.
pub(super) fn photo_credit_at(text: &str) -> Option<usize> {
    super::credits::PHOTO_LABELS
        .iter()
        .filter_map(|label| {
            let at = text.find(label)?;
            let after = text[at + label.len()..].trim_start();
            // After any space, a no-break one too (`فلان&nbsp; &nbsp;تصوير:`).
            let set_off = text[..at].ends_with(|c: char| c.is_whitespace() || c == '/');
            (at > 0 && after.starts_with(':') && set_off).then_some(at)
        })
        .min()
}
