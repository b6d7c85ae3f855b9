//! What a news page carries besides the article, as data: elements dropped
//! by their tag or by the words of their `class`, `id` and `role`. Blocks
//! dropped by the phrases they start with are in [`super::block_rules`]. To
//! support another site, add to these tables rather than to the code that
//! reads them.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use dom_query::NodeRef;

pub use super::furniture_pieces::FURNITURE_PIECES;

/// Elements never read: scripts, media, forms, navigation and embeds.
pub const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "picture",
    "img",
    "video",
    "audio",
    "source",
    "object",
    "embed",
    "canvas",
    "map",
    "dialog",
    "menu",
    "head",
    "title",
    "meta",
    "link",
];

/// Words of `class`/`id` (split at `-`, `_` and spaces, lower-cased) that
/// mark an element as furniture when one of them is exactly the word.
pub const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "banner",
    "promo",
    // A release's box about the company under it (`NewsDetails_about`).
    "about",
    // A site's call to its own service between paragraphs (`pf-cta-box`).
    // (A `disclaimer` is not one: an aggregator's names the paper the
    // story is from.)
    "cta",
    // A summary's points over the story (`article-takeaways`,
    // `press-release__highlights`), which the story tells in full.
    "takeaways",
    "highlights",
    "keypoints",
    "sponsored",
    "share",
    "shares",
    "sharing",
    "social",
    "socials",
    "related",
    "tags",
    "tag",
    "keywords",
    "comment",
    "comments",
    // SPIP's readers' messages under the story (`ul.forum`).
    "forum",
    "respond",
    "reply",
    "poll",
    "polls",
    "vote",
    "survey",
    "caption",
    // A Turkish system's deck under the headline (`spot`), which the
    // description says again, and its caption (`resim-alti`).
    "spot",
    "resim-alti",
    "credit",
    "credits",
    "photo-credit",
    "copyright",
    "breadcrumb",
    "breadcrumbs",
    "newsletter",
    "subscribe",
    "subscription",
    "sidebar",
    "widget",
    "nav",
    "navbar",
    "menu",
    "recommended",
    "recommendations",
    "readmore",
    "read-more",
    "more-news",
    "most-read",
    "popular",
    "trending",
    "print",
    // Joomla's line of the story's last change (`آخر تحديث ( … )`).
    "modifydate",
    // A story's buttons (Joomla K2's `itemToolbar`: print, send by mail).
    "toolbar",
    "author-box",
    "byline",
    // A writer's biography under the story, and the page's appeal for
    // money: neither is the story's.
    "bio",
    "biography",
    "donate",
    "donation",
    "support",
    // The deck and the label over the headline, which the page's metadata
    // says again: neither is the story's text. (A `subtitle` is as often
    // a sub-heading in the story.)
    "standfirst",
    "excerpt",
    "chapo",
    "kicker",
    // SPIP's label over the headline.
    "surtitre",
    "lead",
];

/// Whole class names (or ids) of elements a reader never sees: the text
/// only screen readers get (`التعليق على الصورة،` before a caption,
/// "Author," before a name). Only the whole name counts: Drupal marks the
/// article's own body `field--label-hidden` because its label is hidden.
pub const HIDDEN_NAMES: &[&str] = &[
    "hidden",
    "is-hidden",
    "visually-hidden",
    "visuallyhidden",
    "sr-only",
    "screen-reader-text",
    "screen-reader-only",
    "offscreen",
];

/// Labels of buttons that pages set next to their dateline (`انسخ الرابط`
/// beside the time): taken off a header line before it is read as a date.
pub const BUTTON_LABELS: &[&str] = &[
    "انسخ الرابط",
    "نسخ الرابط",
    "اطبع",
    "طباعة",
    "copy link",
    "print",
];

/// Starts of class names that describe the page's layout.
const LAYOUT_PREFIXES: &[&str] = &["layout-", "has-", "with-", "no-"];

/// Elements with these ARIA roles are page furniture.
pub const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "search",
    "form",
];

/// Class names that mark the article's own container, which is never
/// furniture whatever else its class says: WordPress gives a post's
/// container the classes of its terms (`tag-economy`, `category-news`)
/// beside `hentry` and `type-post`.
pub const CONTENT_CLASSES: &[&str] = &[
    "hentry",
    "type-post",
    "type-article",
    "entry-content",
    "post-content",
    "article-body",
    "article-content",
    "story-body",
    // A theme's frame around the story and the sidebar beside it, which
    // may name the sidebar's side (`site-content sidebar-right`).
    "site-content",
    // Elementor's widget that holds the post's text, whose `widget`
    // marks its other widgets (share buttons, related posts) too.
    "elementor-widget-theme-post-content",
];

/// Whether an element is furniture by its `class`, `id`, `role`, or the
/// id of the heading that labels it (`aria-labelledby="Most-Read"`: a
/// region's label names what it holds even when its classes are hashes).
pub fn is_furniture(node: &NodeRef) -> bool {
    is_furniture_attr(
        node.attr("class").as_deref(),
        node.attr("id").as_deref(),
        node.attr("role").as_deref(),
    ) || node
        .attr("aria-labelledby")
        .is_some_and(|l| is_furniture_attr(None, Some(&l), None))
}

/// A class or id lower-cased with its camel-case words set apart by
/// dashes (`imageCaption` is `image-caption`, `divAuthor` is
/// `div-author`), so its words are found as in `image-caption`.
pub fn kebab(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 4);
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('-');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// Whether an element is shown to screen readers only, or not at all.
pub fn is_hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("style").is_some_and(|s| {
            s.to_ascii_lowercase()
                .replace(' ', "")
                .contains("display:none")
        })
        || node.attr("class").is_some_and(|c| {
            c.to_ascii_lowercase()
                .split_whitespace()
                .any(|name| HIDDEN_NAMES.contains(&name))
        })
}

/// Whether a class names the page's main frame and the side its sidebar
/// stands on (`jeg_main jeg_sidebar_left`): the frame around the story,
/// not the sidebar.
fn main_beside_sidebar(class: Option<&str>) -> bool {
    let Some(class) = class else {
        return false;
    };
    let lower = class.to_ascii_lowercase();
    let names: Vec<&str> = lower.split_whitespace().collect();
    let main = names
        .iter()
        .any(|n| *n == "main" || n.ends_with("_main") || n.ends_with("-main"));
    let side = names.iter().any(|n| {
        [
            "sidebar_left",
            "sidebar-left",
            "sidebar_right",
            "sidebar-right",
        ]
        .iter()
        .any(|s| n.ends_with(s))
    });
    main && side
}

/// [`FURNITURE_PIECES`] searched for all at once: every element's class
/// and id are asked about them.
static PIECES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(FURNITURE_PIECES).expect("the furniture pieces are plain strings")
});

/// Whether an element with this `class`, `id` and `role` is furniture.
pub fn is_furniture_attr(class: Option<&str>, id: Option<&str>, role: Option<&str>) -> bool {
    if role.is_some_and(|r| FURNITURE_ROLES.iter().any(|f| r.eq_ignore_ascii_case(f))) {
        return true;
    }
    let content = class.is_some_and(|c| {
        c.split_whitespace()
            .any(|name| CONTENT_CLASSES.iter().any(|m| name.eq_ignore_ascii_case(m)))
    });
    if content || main_beside_sidebar(class) {
        return false;
    }
    [class, id].into_iter().flatten().any(|value| {
        let lower = value.to_ascii_lowercase();
        // Most names have no capitals: their words are the lower-cased name.
        let camel = value
            .bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| kebab(value));
        let words = camel.as_deref().unwrap_or(&lower);
        // A page's layout names what it holds besides the story
        // (`layout-right-sidebar`, `has-sidebar`, `has-share-float`): the
        // element is the page's frame, the story inside it.
        let layout = |name: &str| LAYOUT_PREFIXES.iter().any(|p| name.starts_with(p));
        let pieces = |names: &str| {
            names
                .split_whitespace()
                .filter(|name| !layout(name))
                .any(|name| PIECES.is_match(name))
        };
        pieces(&lower)
            || pieces(words)
            || words
                .split_whitespace()
                .filter(|name| !layout(name))
                .any(|name| {
                    FURNITURE_WORDS.contains(&name)
                        || HIDDEN_NAMES.contains(&name)
                        || name
                            .split(['-', '_'])
                            .any(|word| FURNITURE_WORDS.contains(&word))
                })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_and_pieces_mark_furniture() {
        assert!(is_furniture_attr(Some("post-share-bar"), None, None));
        assert!(is_furniture_attr(Some("entry ad"), None, None));
        assert!(is_furniture_attr(None, Some("taboola-below-article"), None));
        // A layout's name says the page has a sidebar, not that this is it.
        assert!(!is_furniture_attr(
            Some("container layout-2-col layout-right-sidebar"),
            None,
            None
        ));
        assert!(is_furniture_attr(Some("right-sidebar"), None, None));
        // Nor does a wrapper's flag that a share bar floats beside it.
        assert!(!is_furniture_attr(
            Some("post-content-wrap has-share-float"),
            None,
            None
        ));
        assert!(!is_furniture_attr(
            Some("jeg_main jeg_sidebar_left"),
            None,
            None
        ));
        assert!(is_furniture_attr(Some("jeg_sidebar_left"), None, None));
        assert!(is_furniture_attr(None, None, Some("navigation")));
        assert!(!is_furniture_attr(
            Some("article-body"),
            Some("content"),
            None
        ));
        // "ad" is a word, not a piece: "header" and "loaded" are not ads.
        assert!(!is_furniture_attr(
            Some("article-header loaded"),
            None,
            None
        ));
        // A deck marked `lead` is no paragraph of the story.
        assert!(is_furniture_attr(
            Some("field--name-field-news-story-lead"),
            None,
            None
        ));
        // A post's container carrying its terms' classes is the article.
        assert!(!is_furniture_attr(
            Some("post-12 post type-post hentry category-news tag-economy"),
            None,
            None
        ));
        assert!(is_furniture_attr(Some("entry-tags tag-links"), None, None));
        assert!(is_furniture_attr(Some("photo__copyright"), None, None));
    }

    #[test]
    fn camel_case_class_names_are_read_word_by_word() {
        assert!(is_furniture_attr(Some("imageCaption"), None, None));
        assert!(is_furniture_attr(Some("relatedInline"), None, None));
        assert!(is_furniture_attr(Some("mostRead"), None, None));
        assert!(is_furniture_attr(None, Some("shareThisBar"), None));
        assert!(!is_furniture_attr(Some("articleMainText"), None, None));
        assert!(!is_furniture_attr(Some("loadHeader"), None, None));
    }

    #[test]
    fn hidden_text_goes_but_a_body_whose_label_is_hidden_stays() {
        assert!(is_furniture_attr(
            Some("visually-hidden bbc-1ka88fa"),
            None,
            None
        ));
        assert!(is_furniture_attr(Some("screen-reader-text"), None, None));
        assert!(!is_furniture_attr(
            Some("clearfix text-formatted field field--name-body field--label-hidden"),
            None,
            None
        ));
    }
}
