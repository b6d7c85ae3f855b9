//! Who wrote a page and for whom, from what the page marks up besides
//! JSON-LD and meta tags: schema.org microdata (`itemprop="author"` around
//! an `itemprop="name"`), the site's name after the headline in the page's
//! `<title>`, and the dateline shown under the headline.

use dom_query::{Document, NodeRef};

use super::furniture::is_furniture;
use super::holds_at_most;
use super::lead::without_buttons;
use super::page_meta::clean;
use crate::article::text_rules::{ARABIC_NEWS, Phrases, Words};
use crate::article::{byline, dates, sanitize};
use crate::search;

/// What a page shows, read once for the page: its elements in order
/// (`page_meta::elements`) and its `<title>`'s text as the markup gives it.
#[derive(Clone, Copy)]
pub struct Shown<'a> {
    pub els: &'a [NodeRef<'a>],
    pub title: &'a str,
}

/// How many elements after the headline are looked at for its dateline,
/// and how long a dateline's text may be.
const AFTER_HEADLINE: usize = 60;
pub(super) const DATELINE_CHARS: usize = 160;

/// The date of the first short element after the page's `<h1>` that is a
/// dateline and nothing else (`الخميس، 4 آذار/مارس 2021، آخر تحديث 10:30
/// (GMT+0300)`, or a time beside a "copy link" button): the date pages
/// show but do not mark up.
pub fn header_date(shown: Shown) -> Option<String> {
    let texts = after_headline(shown, DATELINE_CHARS);
    texts
        .iter()
        .find_map(|text| dates::dateline(&without_buttons(text)))
        .or_else(|| texts.iter().find_map(|text| barred_date(text)))
        .or_else(|| texts.iter().find_map(|text| posted_date(text)))
}

/// The date in an old portal's line under the headline saying who posted
/// the story, when, and how often it was read (PHP-Nuke's `أرسلت بواسطة
/// admin في الأحد 12 مارس 2017 (316 قراءة)`).
fn posted_date(text: &str) -> Option<String> {
    let rest = ["أرسلت بواسطة", "ارسلت بواسطة", "أرسل بواسطة"]
        .iter()
        .find_map(|label| text.strip_prefix(label))?;
    let (_, when) = rest.split_once(" في ")?;
    let when = when.split('(').next().unwrap_or(when);
    dates::dateline(when.trim())
}

/// The publication date in a header line the page cut into fields by bars
/// (`تاريخ النشر : 18-03-2024 01:42 PM | آخر تحديث : … | المصدر : (بترا)`):
/// the first field that is a dateline and no "last updated" one.
fn barred_date(text: &str) -> Option<String> {
    text.split('|')
        .map(str::trim)
        .filter(|field| !is_update_field(field))
        .find_map(|field| dates::dateline(&without_buttons(field)))
}

/// A header field that gives the date of the last update.
pub(super) fn is_update_field(field: &str) -> bool {
    crate::article::phrases::ar::UPDATE_LABELS
        .iter()
        .chain(&["updated", "last updated"])
        .any(|label| search::fold(field).starts_with(&search::fold(label)))
}

/// The outlet a header line under the headline credits in a field of its
/// own (`… | المصدر : (بترا)`, `المصدر: وكالة الأنباء`): the story's
/// source as the page shows it, without marking it up.
pub fn header_source(shown: Shown) -> Option<String> {
    let prefixes = Phrases::new(ARABIC_NEWS.source_prefixes);
    after_headline(shown, DATELINE_CHARS)
        .iter()
        .find_map(|text| {
            // Fields set apart by bars, or by no-break spaces in an old
            // table's cell (`التاريخ: 2012/03/18 \u{a0}\u{a0} المصدر: سونا`).
            text.split(['|', '\u{a0}']).find_map(|field| {
                // A body's media department in a field of its own
                // (`… | المكتب الإعلامي لوزير النقل`) credits itself.
                if text.contains(['|', '\u{a0}']) && byline::is_media_department(field) {
                    return Some(field.trim().to_owned());
                }
                let rest = prefixes.strip(&Words::new(field.trim()))?;
                let name = rest.trim_matches(|c: char| {
                    c.is_whitespace() || matches!(c, ':' | '(' | ')' | '-' | '«' | '»')
                });
                let words = name.split_whitespace().count();
                // A wire's place and name (`دمشق-سانا`): the wire.
                let wire = || {
                    byline::parse(name)
                        .filter(|b| b.author.is_none() && b.place.is_some())
                        .and_then(|b| b.source)
                };
                ((1..=4).contains(&words) && name.chars().all(|c| c.is_alphabetic() || c == ' '))
                    .then(|| name.to_owned())
                    .or_else(wire)
            })
        })
}

/// A byline under the headline holds at most this many characters.
pub(super) const BYLINE_CHARS: usize = 60;

/// The texts, on one line each, of the elements after the page's `<h1>`
/// (the first `AFTER_HEADLINE` of them) that hold at most `chars`
/// characters; none when the page has no `<h1>`, no element that shows
/// its `<title>` and no title cell.
pub(super) fn after_headline(shown: Shown, chars: usize) -> Vec<String> {
    headline_on(shown, chars, AFTER_HEADLINE)
}

/// The texts `after_headline` gives above the story's first element that
/// holds a paragraph's worth of text.
pub(super) fn above_story(shown: Shown) -> Vec<String> {
    let Some(from) = headline_at(shown) else {
        return Vec::new();
    };
    let story = shown.els[from + 1..]
        .iter()
        .take(AFTER_HEADLINE)
        .position(|n| !holds_at_most(n, STORY_CHARS))
        .unwrap_or(AFTER_HEADLINE);
    headline_on(shown, BYLINE_CHARS, story)
}

/// A paragraph's worth of a story's text.
const STORY_CHARS: usize = 300;

/// Where the page's headline is among its elements: its `<h1>`, or the
/// element that shows its `<title>`, or its title cell.
fn headline_at(shown: Shown) -> Option<usize> {
    let elements = shown.els;
    elements
        .iter()
        .position(|n| n.node_name().is_some_and(|x| x.eq_ignore_ascii_case("h1")))
        .or_else(|| shown_title(shown))
        .or_else(|| super::title_cells::title_cell_at(elements))
}

/// The texts of the first `count` elements after the headline that hold
/// at most `chars` characters.
fn headline_on(shown: Shown, chars: usize, count: usize) -> Vec<String> {
    let Some(h1) = headline_at(shown) else {
        return Vec::new();
    };
    shown.els[h1 + 1..]
        .iter()
        .take(count)
        .filter(|n| {
            holds_at_most(n, chars) && !in_caption(n) && !super::shown_dates::of_another_story(n)
        })
        .map(|n| sanitize::inline(&n.text()))
        .collect()
}

/// Whether an element is a picture's caption or credit, or inside one
/// (`<span class="itemImageCredits">المصدر: …</span>`): what it credits is
/// the picture, not the story.
fn in_caption(node: &NodeRef) -> bool {
    let figure = |n: &NodeRef| {
        n.node_name().is_some_and(|t| {
            t.eq_ignore_ascii_case("figure") || t.eq_ignore_ascii_case("figcaption")
        })
    };
    std::iter::once(*node)
        .chain(node.ancestors_it(Some(CAPTION_DEPTH)))
        .any(|n| figure(&n) || is_furniture(&n))
}

/// How far up a caption's element is looked for.
const CAPTION_DEPTH: usize = 4;

/// Where a page with no `<h1>` shows its headline (old table layouts set
/// it in `<font><b>`): the first element in the body whose text opens the
/// `<title>`, or the headline part of it, and is most of that; the site's
/// name, before the headline or after it, is the shorter part.
fn shown_title(shown: Shown) -> Option<usize> {
    let title = sanitize::inline(shown.title);
    let title = title.trim();
    let parts: Vec<&str> = SEPARATORS
        .iter()
        .filter_map(|sep| title.split_once(sep))
        .map(|(h, t)| if t.len() > h.len() { t } else { h })
        // The last of three parts (`الشركة - الأخبار - <headline>`).
        .chain(
            SEPARATORS
                .iter()
                .filter_map(|sep| title.rsplit_once(sep))
                .map(|(_, t)| t),
        )
        .chain([title])
        .collect();
    let opens_part = |text: &str| {
        parts
            .iter()
            .any(|p| p.starts_with(text) && text.len() * 5 >= p.len() * 4)
    };
    shown.els.iter().position(|n| {
        let inner = n.node_name().is_some_and(|x| {
            !["html", "head", "title", "body"]
                .iter()
                .any(|t| x.eq_ignore_ascii_case(t))
        });
        inner && holds_at_most(n, title.len()) && {
            let text = sanitize::inline(&n.text());
            let text = text.trim();
            text.split_whitespace().count() >= 3 && opens_part(text)
        }
    })
}

/// The headline a page with no `<h1>` shows, found as [`shown_title`]
/// finds it.
pub fn shown_headline(shown: Shown) -> Option<String> {
    let at = shown_title(shown)?;
    clean(&shown.els[at].text())
}

/// The heading marked as the story's headline (`<h2
/// itemprop="headline">`), as a Joomla page sets it with no `<h1>`.
pub fn marked_headline(doc: &Document) -> Option<String> {
    // Or the heading Joomla marks as the item's name (`<h2 itemprop="name">`).
    ["headline", "name"].iter().find_map(|prop| {
        let node = doc
            .select(&format!(
                "h1[itemprop=\"{prop}\"], h2[itemprop=\"{prop}\"], h3[itemprop=\"{prop}\"]"
            ))
            .iter()
            .next()?;
        clean(&node.text())
    })
}

/// The date an element marked `itemprop="datePublished"` gives, in its
/// `content` or `datetime` attribute or else as its text: the story's own
/// date, though a masthead may show today's above it.
pub fn published(doc: &Document) -> Option<String> {
    // Or Drupal's RDFa (`<span property="dc:date dc:created" content=…>`).
    let node = doc
        .select("[itemprop=\"datePublished\"]")
        .iter()
        .next()
        .or_else(|| doc.select("[property~=\"dc:created\"]").iter().next())?;
    let given = node.attr("content").or_else(|| node.attr("datetime"));
    let text = given.map_or_else(|| node.text().to_string(), |d| d.to_string());
    dates::find(&sanitize::inline(&text)).map(|d| d.iso)
}

/// The date of a printed paper's issue, shown in its site's masthead
/// (`الثلاثاء 18 ربيع الثاني 1430 العدد 13348 الموافق 14 أبريل 2009م`):
/// on a paper's site, the day the story came out in print.
pub fn issue_date(els: &[NodeRef]) -> Option<String> {
    els.iter()
        .filter(|n| holds_at_most(n, DATELINE_CHARS))
        .find_map(|n| {
            // A line break between the date and the number (`… 2008<br>
            // العدد 772`) leaves no space between them in the text.
            // So does one before the day it "matches" (`1428هـ<br>الموافق
            // 2 أبريل 2007م`).
            // (Read as shown, where each element and line break parts
            // the words: `… 2007<br>27 ربيع الأول`.)
            let text = sanitize::inline(&super::shown::visible_text(n))
                .replace("العدد", " العدد")
                .replace("الموافق", " الموافق");
            let words: Vec<&str> = text.split_whitespace().collect();
            let numbered = words.windows(2).any(|w| {
                w[0].trim_end_matches(':') == "العدد"
                    && w[1]
                        .trim_start_matches([':', '('])
                        .starts_with(|c: char| c.is_numeric())
            });
            // Or the first day after the number (`العدد (512) الاحد 19 صفر
            // 1427 هـ الموافق 19 آذار 2006 م`, `العدد 1058 الأحد 15 إبريل
            // 2007 27 ربيع الأول 1428`), the Gregorian where both are told.
            let matched = || {
                let (_, after) = text.split_once("العدد")?;
                dates::find(after).map(|d| d.iso)
            };
            numbered
                .then(|| {
                    dates::dateline(&text)
                        .or_else(|| dated_issue(&text))
                        .or_else(matched)
                })
                .flatten()
        })
}

/// The date right after an issue's number in a line of a writer's fields
/// (`الحوار المتمدن-العدد: 7512 - 2023 / 2 / 3 - 22:47`).
fn dated_issue(text: &str) -> Option<String> {
    let (_, after) = text.split_once("العدد")?;
    let after = after.trim_start_matches([':', ' ']);
    let after = after
        .trim_start_matches(|c: char| c.is_numeric())
        .trim_start();
    let after = after.strip_prefix(['-', '–', '|', '،'])?;
    let found = dates::find(after)?;
    // The date follows the number, not some later field.
    (found.range.start <= 2).then_some(found.iso)
}

/// Title separators between a headline and the site's name.
pub const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " : ", " « ", " » ", " ـ ", " / ",
];

/// The name in the first element with `itemprop="{prop}"`: its
/// `itemprop="name"` part when it has one (an organisation's block also
/// holds its logo's address), else its own text when it holds no other
/// element. Addresses and long runs of words are not names.
pub fn name(doc: &Document, prop: &str) -> Option<String> {
    let holder = doc.select(&format!("[itemprop=\"{prop}\"]")).first();
    let node = *holder.nodes().first()?;
    let named = holder.select("[itemprop=\"name\"]").first();
    let text = match named.nodes().first() {
        Some(n) => n
            .attr("content")
            .map_or_else(|| n.text().to_string(), |c| c.to_string()),
        None if node.element_children().is_empty() => node
            .attr("content")
            .map_or_else(|| node.text().to_string(), |c| c.to_string()),
        None => return None,
    };
    clean(&text).filter(|n| !n.contains("://") && n.split_whitespace().nth(8).is_none())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_author_block_gives_its_name_part_not_its_logo_address() {
        let doc = Document::from(
            r#"<div itemprop="author" itemscope><div itemprop="name">وكالة النجم</div>
               <div itemprop="logo"><div itemprop="url">https://example.com/logo.png</div></div></div>"#,
        );
        assert_eq!(name(&doc, "author").as_deref(), Some("وكالة النجم"));
        let bare = Document::from(r#"<span itemprop="author">سلمى القاسم</span>"#);
        assert_eq!(name(&bare, "author").as_deref(), Some("سلمى القاسم"));
        let mixed = Document::from(r#"<div itemprop="author"><b>x</b> y</div>"#);
        assert_eq!(name(&mixed, "author"), None);
    }

    #[test]
    fn a_dateline_under_the_headline_is_found_without_markup() {
        let doc = Document::from(
            "<h1>خبر</h1><div><span>قسم</span> <span>04.03.2021 09:10</span> \
             <span>انسخ الرابط</span></div><p>نص الخبر الطويل يبدأ هنا.</p>",
        );
        let date = |doc: &Document| {
            let els = super::super::page_meta::elements(doc, 100);
            header_date(Shown {
                els: &els,
                title: "",
            })
        };
        assert_eq!(date(&doc).as_deref(), Some("2021-03-04T09:10"));
        let none = Document::from("<h1>خبر</h1><p>قال الوزير في 4 مارس 2021 إن الطريق مفتوح.</p>");
        assert_eq!(date(&none), None);
    }
}
