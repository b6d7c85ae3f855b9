//! A story's headline where old layouts and some sites set it outside
//! any heading: in large type, in a table cell its class calls a title,
//! under a `<title>` that is the site's name alone; and what such a
//! `<title>` says of the site.

use dom_query::NodeRef;

use super::sanitize;
use crate::article::dates;

/// The first line set in large type (`<font size="6">`), as pages made
/// before headings were used show their headline: a few words that end
/// no sentence and hold no date.
/// The site's name in its masthead's large type, as the `<title>`
/// (`title`) names it before the section (`حزب الأمة القومي ::
/// الأخبار`), is passed over, stretched letters and all (`حـــزب`).
pub fn in_large_type(els: &[NodeRef], title: Option<&str>) -> Option<String> {
    let site = |t: &str| {
        title.is_some_and(|title| {
            let folded = crate::search::fold(t);
            super::microdata::SEPARATORS
                .iter()
                .flat_map(|sep| title.split(sep))
                .any(|part| crate::search::fold(part.trim()) == folded)
        })
    };
    els.iter()
        .filter(|n| {
            n.node_name()
                .is_some_and(|t| t.eq_ignore_ascii_case("font"))
        })
        .filter(|n| {
            n.attr("size")
                .and_then(|s| s.trim().parse::<u8>().ok())
                .is_some_and(|size| size >= LARGE_TYPE)
        })
        .map(|n| sanitize::inline(&n.text()))
        .find(|t| is_headline_shaped(t) && !site(t))
}

/// The line a word processor's page sets in the largest type by its
/// style (`<span style="font-size:18.0pt">`), at least [`LARGE_POINTS`]:
/// a press release saved as a web page shows its headline so. A title
/// cell outranks it: a page's text pasted from a word processor sets its
/// subheadings so under the headline (`<span class="news-title">`).
pub fn in_largest_style(els: &[NodeRef]) -> Option<String> {
    let mut best: Option<(f32, String)> = None;
    for node in els {
        let Some(size) = node.attr("style").and_then(|s| font_points(&s)) else {
            continue;
        };
        if size < LARGE_POINTS || best.as_ref().is_some_and(|(b, _)| *b >= size) {
            continue;
        }
        let text = sanitize::inline(&node.text());
        if is_headline_shaped(&text) {
            best = Some((size, text));
        }
    }
    best.map(|(_, text)| text)
}

/// The font size a style sets in points (`font-size:18.0pt`), as word
/// processors write it; a web page's pixels are its theme's.
fn font_points(style: &str) -> Option<f32> {
    let at = style.to_ascii_lowercase().find("font-size")?;
    let value = style[at + "font-size".len()..]
        .trim_start_matches([':', ' '])
        .split(';')
        .next()?
        .trim();
    let (number, unit) = value.split_at(value.find(|c: char| c.is_ascii_alphabetic())?);
    let number: f32 = number.trim().parse().ok()?;
    (unit.trim() == "pt").then_some(number)
}

/// The least size of a headline set in large type by its style, in
/// points: a body is set at 14 or less.
const LARGE_POINTS: f32 = 16.0;

/// The first table cell its class calls a title (`<td class="news_title">`),
/// as old table layouts set their headline, or any element its class
/// calls the news' title (`<span class="NewsTitle">`, as ASP.NET sites
/// do), with a headline's shape.
pub fn in_title_cell(els: &[NodeRef]) -> Option<String> {
    title_cell_at(els).map(|at| cell_text(&els[at]))
}

/// What a title cell shows: a hidden label in it (`<div
/// style='display:none'>Title</div>`, as SharePoint's fields carry) is
/// no part of the headline.
fn cell_text(node: &NodeRef) -> String {
    sanitize::inline(&super::shown::visible_text(node))
}

/// Where [`in_title_cell`]'s headline is among `els`. A class that calls
/// it the news' title outranks a cell merely called a title, which may
/// be a box's over the story (`<td class="sec_title">كتّـاب عالم اليوم`).
pub fn title_cell_at(els: &[NodeRef]) -> Option<usize> {
    let shaped = |n: &NodeRef| is_headline_shaped(&cell_text(n));
    els.iter()
        .position(|n| is_news_title(n) && shaped(n))
        .or_else(|| els.iter().position(|n| is_title_cell(n) && shaped(n)))
}

/// An element its class calls the news' title (`news_title`, `NewsTitle`),
/// also after the site's short prefix (`aou-news-title`), which no box's
/// word is (`related-news-title`).
fn is_news_title(n: &NodeRef) -> bool {
    n.attr("class").is_some_and(|c| {
        c.to_ascii_lowercase().split_whitespace().any(|w| {
            let w = w.replace(['-', '_'], "");
            NEWS_TITLES.iter().any(|t| {
                w.strip_suffix(t)
                    .is_some_and(|prefix| prefix.len() <= SITE_PREFIX_CHARS)
            })
        })
    })
}

/// A table cell (or an old portal's `<font>`) its class calls a title,
/// or a `<span class="title">` of its own, as FrontPage pages set it in
/// their table's row, or a `<p class="titre">` (in French, as Tunisian
/// papers' pages do).
fn is_title_cell(n: &NodeRef) -> bool {
    let cell = n
        .node_name()
        .is_some_and(|t| t.eq_ignore_ascii_case("td") || t.eq_ignore_ascii_case("font"));
    let span = n
        .node_name()
        .is_some_and(|t| t.eq_ignore_ascii_case("span") || t.eq_ignore_ascii_case("p"))
        && n.attr("class").is_some_and(|c| {
            c.trim().eq_ignore_ascii_case("title") || c.trim().eq_ignore_ascii_case("titre")
        });
    span || (cell
        && n.attr("class").is_some_and(|c| {
            c.to_ascii_lowercase()
                .split(|ch: char| !ch.is_ascii_alphanumeric())
                .any(|w| w == "title" || w == "titre" || is_short_title_class(w))
        }))
}

/// The headline an old table layout sets right under its trail to the
/// section (`الرئيسية > الأخبار`), in a cell of its own with no class
/// that says so, over the line that dates it (`تاريخ النشر : 2012/06/25`).
pub fn under_trail(els: &[NodeRef]) -> Option<String> {
    let shown = |n: &NodeRef| sanitize::inline(&n.text());
    // The first element after the one at `at` and its own that shows a
    // text `wanted`, with the text, read once.
    let after = |at: usize, wanted: &dyn Fn(&str) -> bool| {
        els[at + 1..]
            .iter()
            .enumerate()
            .filter(|(_, n)| !n.ancestors_it(None).any(|a| a.id == els[at].id))
            .map(|(k, n)| (at + 1 + k, shown(n)))
            .find(|(_, text)| wanted(text))
    };
    let trail = els.iter().position(|n| {
        super::holds_at_most(n, TRAIL_CHARS)
            && super::super::text_top_lines::is_section_trail(&shown(n))
    })?;
    let (next, headline) = after(trail, &|t| !t.is_empty())?;
    if !is_headline_shaped(&headline) {
        return None;
    }
    let dated = after(next, &|t| !t.is_empty() && !t.contains(headline.as_str()))
        .is_some_and(|(_, text)| dates::find(&text).is_some());
    dated.then_some(headline)
}

/// The most letters of a site's prefix on its headline's class.
const SITE_PREFIX_CHARS: usize = 4;

/// The most characters of an element that holds the trail alone.
const TRAIL_CHARS: usize = 120;

/// Class names of the element holding a story's headline, without their
/// dashes (`news-title`, `NewsTitle`), also in French (`actu_titre`, as
/// Maghrebi public bodies' sites name it).
const NEWS_TITLES: [&str; 9] = [
    "newstitle",
    // The words the other way round (`<td class="title_news">`), or the
    // details page's (`<div class="det_title">`).
    "titlenews",
    "dettitle",
    "detailstitle",
    "articletitle",
    "actutitre",
    "titreactu",
    "articletitre",
    // Joomla's old templates (`<td class="contentheading">`).
    "contentheading",
];

/// A cell's class that calls it a title after a short prefix
/// (`<td class="artTitle">`, `ntitle`), as old papers' sites name their
/// headline's cell; not a sub-title or a box's.
fn is_short_title_class(word: &str) -> bool {
    word.strip_suffix("title").is_some_and(|prefix| {
        (1..=4).contains(&prefix.len())
            && !["sub", "box", "side", "menu", "cat", "blk", "list"].contains(&prefix)
    })
}

/// A few words that end no sentence and hold no date: a headline's shape.
/// A long one may hold its day (`… بمناسبة اليوم العالمي للشباب،
/// 12/08/2023`, as a statistics office titles its releases).
fn is_headline_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    LARGE_WORDS.contains(&words)
        && !text.ends_with(['.', '!', ':'])
        && (words >= DATED_HEADLINE_WORDS || dates::find(text).is_none())
}

/// The fewest words of a headline that holds a date.
const DATED_HEADLINE_WORDS: usize = 8;

/// The least `<font size>` of a headline, and its words.
const LARGE_TYPE: u8 = 5;
const LARGE_WORDS: std::ops::RangeInclusive<usize> = 3..=25;

/// The headline and the site's name where the page shows its headline in
/// large type or a title cell: the `<title>` may say it whole after the
/// site's names (`FTF - الجامعة … - <headline>`), or be the site's name
/// alone ([`under_site_title`]). `meta_title` is the metadata's headline,
/// which wins when there is one.
pub fn title_and_site(
    meta_title: Option<&str>,
    title: Option<String>,
    large: Option<String>,
    title_tag: &str,
) -> (Option<String>, Option<String>) {
    if meta_title.is_some() {
        return (title, None);
    }
    match large {
        Some(l) if title.as_deref() != Some(l.as_str()) && title_tag.contains(l.as_str()) => {
            // The site's names before it (`FTF - الجامعة التونسية لكرة القدم`).
            let site = title_tag
                .split(l.as_str())
                .next()
                .map(|s| {
                    s.trim()
                        .trim_end_matches(['-', '|', ':', '–'])
                        .trim()
                        .to_owned()
                })
                .filter(|s| !s.is_empty())
                .map(super::site_name::arabic_name);
            (Some(l), site)
        }
        large => under_site_title(title, large),
    }
}

/// A page titled with its site's name alone (`<title>ليبيا وطننا</title>`)
/// over a headline in large type: the headline is the story's title, the
/// name the site's. Returns the title and the site's name.
pub fn under_site_title(
    title: Option<String>,
    large: Option<String>,
) -> (Option<String>, Option<String>) {
    // A name in both scripts (`Université Ezzitouna - جامعة الزيتونة`)
    // is known by its Arabic one.
    let arabic = super::site_name::arabic_name;
    match (title, large) {
        (Some(t), Some(l))
            if site_part(&t).split_whitespace().nth(SITE_WORDS).is_none() && t != l =>
        {
            // A page's kind alone (`تفاصيل الخبر`) names no site.
            let site = Some(site_part(&arabic(t.clone())).to_owned())
                .filter(|s| !PAGE_KINDS.contains(&s.as_str()));
            (Some(l), site)
        }
        (Some(t), Some(l)) if parts_shorter_than(&t, &l) => {
            let site = Some(arabic(t.clone()))
                .filter(|a| *a != t)
                .or_else(|| t.split(" - ").next().map(|s| s.trim().to_owned()));
            (Some(l), site)
        }
        (title, _) => (title, None),
    }
}

/// Whether a `<title>` is the site's name and its section's or its
/// motto's (`المراعي - المركز الإعلامي - أخبار الشركة`, `إخوان أون لاين -
/// موقع الإخوان المسلمين الرسمي`): parts of a few words each, none half
/// as long as the headline in large type.
fn parts_shorter_than(title: &str, large: &str) -> bool {
    let parts: Vec<&str> = title.split(" - ").map(str::trim).collect();
    let large_words = large.split_whitespace().count();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=SITE_WORDS).contains(&words) && words * 2 <= large_words
        })
}

/// A site's name without what its every page's title says after it: a
/// magazine's issue (`الأسبوع الأدبي - العدد 1098`), the country (`وزارة
/// الداخلية - دولة الكويت`), the name in Latin letters, the page's kind.
pub(super) fn site_part(title: &str) -> &str {
    title
        .rsplit_once(" - ")
        .filter(|(name, after)| {
            let issue = after.split_once(' ').is_some_and(|(word, number)| {
                word == "العدد" && number.trim().chars().all(char::is_numeric)
            });
            let country = crate::article::text_site_notice::is_state(after);
            // Or its name in French or English (`مجلس الأمة - Conseil de
            // la Nation`).
            let latin = after.trim().is_ascii() && after.chars().any(char::is_alphabetic);
            // Or the page's kind (`جهاز حماية المستهلك - تفاصيل الخبر`).
            let kind = PAGE_KINDS.contains(&after.trim()) || RELEASES.contains(&after.trim());
            (issue || country || latin || kind) && !name.trim().is_empty() && !name.is_ascii()
        })
        .map(|(name, _)| name.trim())
        // Or after its name in Latin letters (`Union of Arab Banks - اتحاد
        // المصارف العربية`).
        .or_else(|| {
            title
                .split_once(" - ")
                .filter(|(latin, name)| {
                    latin.is_ascii() && latin.chars().any(char::is_alphabetic) && !name.is_ascii()
                })
                .map(|(_, name)| name.trim())
        })
        // Or before the section's name in an old site's trail (`غرفة
        // تجارة وصناعة الكويت :: الأخبار`).
        .or_else(|| {
            title
                .split_once(" :: ")
                .filter(|(name, section)| {
                    (1..=2).contains(&section.split_whitespace().count()) && !name.trim().is_empty()
                })
                .map(|(name, _)| name.trim())
        })
        .unwrap_or(title)
}

/// What a CMS titles every story's page with instead of its headline.
pub(super) const PAGE_KINDS: &[&str] = &[
    "تفاصيل الخبر",
    "تفاصيل المقال",
    "عرض الخبر",
    "الخبر",
    "خبر",
    // The news section a page stands in (`الأخبار - <headline>`).
    "الأخبار",
    "أخبار",
    "الاخبار",
    "اخبار",
];

/// Whether a `<title>` is the site's name and the page's kind
/// (`جامعة الحسين بن طلال - تفاصيل الخبر`), naming no story.
pub(super) fn site_and_kind(title: &str) -> bool {
    title.split_once(" - ").is_some_and(|(a, b)| {
        let (a, b) = (a.trim(), b.trim());
        let short = |s: &str| s.split_whitespace().nth(SITE_WORDS).is_none();
        (PAGE_KINDS.contains(&b) && short(a)) || (PAGE_KINDS.contains(&a) && short(b))
    })
}

/// The section of a body's releases, after its name in a `<title>`
/// (`البنك المركزي التونسي - بلاغات`).
const RELEASES: [&str; 6] = [
    "بلاغات",
    "البلاغات",
    "مستجدات",
    "المستجدات",
    "بيانات صحفية",
    "البيانات الصحفية",
];

/// The most words of a site's name standing for a page's title.
const SITE_WORDS: usize = 5;
