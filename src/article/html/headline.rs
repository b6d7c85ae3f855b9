//! Where a page's story starts: the element showing its headline, or the
//! small header block that holds it. Dates and writers are read from there
//! on, so those of a column of other stories earlier in the markup are not
//! taken for the story's.

use std::ops::Range;

use dom_query::NodeRef;

use super::super::text_rules::Words;
use super::{holds_at_most, sanitize};
use crate::article::date_names::PUBLISHED_LABELS;
use crate::article::dates;
use crate::search;

/// The most text, in characters, a block that is the story's header holds
/// beside its headline (a date, a section, a writer), rather than a part
/// of the page that holds other stories or the story's text too.
const HEADER_EXTRA: usize = 200;

/// The indices among the page's elements `els` from where the story
/// starts to its headline's element. The start is the start of the
/// headline's header block when the headline's element shares a small one
/// with its date or writer (`<div class="node__header"><time>…</time><h1>…
/// </h1></div>`), else the small elements just above the headline, else
/// the headline's own element; `0..0` when no element shows the headline.
pub fn story_start(els: &[NodeRef], headline: &str) -> Range<usize> {
    let Some(at) = headline_at(els, headline) else {
        return 0..0;
    };
    let heading = heading_of(&els[at]);
    let block = heading
        .parent()
        .filter(|p| p.is_element() && holds_at_most(p, headline.chars().count() + HEADER_EXTRA));
    let Some(block) = block else {
        return header_above(&els[..at], &heading).unwrap_or(at)..at;
    };
    let start = els[..at]
        .iter()
        .rposition(|n| n.id == block.id)
        .unwrap_or(at);
    start..at
}

/// The date an element of the story's header above its headline shows
/// as all its text (`<span class="small">الثلاثاء 23 يوليو 2019 10:41
/// م</span>`), among the elements of `header`: a page that marks its date
/// with no class or label still sets it beside the headline.
pub fn header_date(els: &[NodeRef], header: Range<usize>) -> Option<String> {
    let shown = |n: &NodeRef| sanitize::inline(&n.text());
    let above = els.get(header.clone()).unwrap_or_default();
    let dated = above
        .iter()
        .filter(|n| shows_at_most(n, DATE_CHARS))
        .find_map(|n| dates::dateline(&shown(n)))
        // Or a line of fields over the headline (`الرئيسية » تقارير |
        // الأحد 05 نوفمبر 2017 10:14 صباحاً | قراءة: 1874`).
        .or_else(|| {
            above
                .iter()
                .filter(|n| holds_at_most(n, FIELDS_CHARS))
                .find_map(|n| date_field(&shown(n)))
        });
    // Or a cell of the table's row above the headline's, beside the
    // breadcrumb (`الرئيسية » مقالات` | `العدد 1742 - الاثنين 9 أيار 2016`).
    let dated = dated.or_else(|| {
        let at = els.get(header.end)?;
        let row = std::iter::successors(Some(*at), |n| n.parent())
            .take(2)
            .find(|n| is_tag(n, "tr"))?;
        let above = row.prev_element_sibling().filter(|p| is_tag(p, "tr"))?;
        above
            .element_children()
            .iter()
            .filter(|c| is_tag(c, "td") && shows_at_most(c, DATE_CHARS))
            .find_map(|c| dates::dateline(&shown(c)))
    });
    // Or a publication line under the headline, with the page's fields
    // after the date (`نشر في: 2019/11/05 | القراءات: 1873 | طباعة`), in
    // a cell that may indent its lines of markup.
    dated.or_else(|| {
        els.iter()
            .skip(header.end)
            .take(AFTER_HEADLINE)
            .filter(|n| shows_at_most(n, FIELDS_CHARS))
            .find_map(|n| {
                let text = shown(n);
                // What the last update says is not the publication's
                // (`الثلاثاء 13 دجنبر 2022 آخر تحديث: 15/12/2022 - 10:47`).
                let text = crate::article::phrases::ar::UPDATE_LABELS
                    .iter()
                    .filter_map(|l| text.find(l))
                    .min()
                    .map_or(text.as_str(), |at| &text[..at])
                    .to_owned();
                let first = text.split('|').next().unwrap_or_default().trim();
                let labelled = PUBLISHED_LABELS.iter().any(|l| first.starts_with(l));
                labelled
                    .then(|| us_field(first))
                    .flatten()
                    .or_else(|| {
                        crate::article::text_top_lines::publication_line(first).map(|p| p.date)
                    })
                    .or_else(|| published_field(&text))
                    .or_else(|| date_field(&text))
                    .or_else(|| date_after_writer(first))
            })
    })
}

pub(super) fn is_tag(node: &NodeRef, tag: &str) -> bool {
    node.node_name()
        .is_some_and(|t| t.eq_ignore_ascii_case(tag))
}

/// Whether `node` shows at most `limit` characters once its runs of
/// spaces are one: an old table's cell indents its lines of markup
/// (`<td>\r\n                 الأحد 18 إبريل 2010 م`).
fn shows_at_most(node: &NodeRef, limit: usize) -> bool {
    holds_at_most(node, limit * INDENTED) && sanitize::inline(&node.text()).chars().count() <= limit
}

/// How many times its shown text an element's markup may hold in spaces.
const INDENTED: usize = 4;

/// The dates alone on lines under the headline (`الأحد 19 شوال 1445هـ -
/// 28 نيسان 2024م`): a day the page shows, which may be the local one of
/// a machine date in UTC.
pub fn days_under(els: &[NodeRef], header: Range<usize>) -> Vec<String> {
    els.iter()
        .skip(header.end)
        .take(AFTER_HEADLINE)
        .filter(|n| shows_at_most(n, DATE_CHARS))
        .filter_map(|n| dates::dateline(&sanitize::inline(&n.text())))
        .collect()
}

/// The date a publication label gives in a line of fields anywhere under
/// the headline (`العدد: 712 | تاريخ النشر: 26/11/2012 م | عدد القراءات:
/// 3541`, under an old magazine's story), where nothing nearer the
/// headline dates the story.
pub fn labelled_date_under(els: &[NodeRef], header: Range<usize>) -> Option<String> {
    els.iter()
        .skip(header.end)
        .filter(|n| shows_at_most(n, FIELDS_CHARS))
        .find_map(|n| published_field(&sanitize::inline(&n.text())))
}

/// The date after a publication label inside a line of fields that
/// opens with something else (`أخبار البلد - فلان  تاريخ النشر :
/// 13-02-2019 | 10:35 ص  عدد القراءات : 4127`).
fn published_field(text: &str) -> Option<String> {
    let at = PUBLISHED_LABELS.iter().find_map(|l| text.find(l))?;
    if let Some(us) = us_field(&text[at..]) {
        return Some(us);
    }
    let found = dates::find(&text[at..])?;
    // The date follows its label closely.
    (found.range.start <= LABEL_GAP).then_some(found.iso)
}

/// A .NET server's American date after its label, month first as its
/// twelve-hour clock tells (`تاريخ الإضافة: 5/12/2008 11:42:31 AM |
/// عدد القراءات: 1873`).
fn us_field(labelled: &str) -> Option<String> {
    let (_, after) = labelled.split_once(':')?;
    let field = after.split('|').next().unwrap_or_default().trim();
    let us = crate::article::date_evidence::us_clock(field)?;
    dates::find(&us).map(|d| d.iso)
}

/// A line of fields' date in a field of its own (`الجلفة إنفو - فلان |
/// الأربعاء, 22 جانفي 2020 | قراءة: 1874`); a date and its time set
/// apart by a bar are read whole.
pub(super) fn date_field(text: &str) -> Option<String> {
    // Bars part the fields, or spaced dashes (`الثلاثاء 14 مايو 2019 10:40
    // صباحاً - عدن بوست - خاص`), or a dash between no-break spaces.
    let text = &nbsp_dashes_barred(text);
    let bar = if text.contains('|') {
        "|"
    } else if text.contains(" - ") {
        " - "
    } else {
        return None;
    };
    // The last update's field is not the story's date (`… (بتوقيت مكة
    // المكرمة) | آخر تحديث: 10/05/2007`).
    dates::dateline(text.trim()).or_else(|| {
        text.split(bar)
            .map(str::trim)
            .filter(|f| !super::microdata::is_update_field(f))
            .find_map(dates::dateline)
    })
}

/// A line of fields with the dash an old table sets between no-break
/// spaces (`كتب: فلان \u{a0}-\u{a0} السبت 16/10/2010 | …`) written as the
/// bar it stands for.
pub(super) fn nbsp_dashes_barred(text: &str) -> String {
    text.replace("\u{a0}-\u{a0}", "|")
}

/// The most bytes between a publication label's start and its date.
const LABEL_GAP: usize = 40;

/// The most characters of a date shown alone, and of a publication line
/// with the page's fields; how many elements under the headline are read.
pub(super) const DATE_CHARS: usize = 80;
pub(super) const FIELDS_CHARS: usize = 200;
pub(super) const AFTER_HEADLINE: usize = 8;

/// The date after a writer's labelled name in the same field (`كتب/
/// فلان<br>الأربعاء 16 أبريل 2008 الساعة 10:25 ص`).
fn date_after_writer(field: &str) -> Option<String> {
    let head = before_date(field);
    if head.len() == field.len() {
        return None;
    }
    super::byline_labels().strip(&Words::new(head))?;
    dates::dateline(field[head.len()..].trim())
}

/// A field's text before the date it runs on to, and the date's weekday.
pub(super) fn before_date(field: &str) -> &str {
    let Some(date) = dates::find(field).filter(|d| d.range.start > 0) else {
        return field;
    };
    let head = field[..date.range.start].trim_end();
    // (Run into the name where a line break parted them: `فلانالسبت`.)
    crate::article::date_names::without_weekday_at_end(head).map_or(head, str::trim_end)
}

/// The first of the small elements just before the headline in the same
/// container, when the headline shares no block of its own with them (an
/// old table layout's `<span class="small">date</span><br><span
/// class="bigtitle">…</span>`): its date or section, at most
/// [`HEADER_EXTRA`] characters in all.
fn header_above(before: &[NodeRef], heading: &NodeRef) -> Option<usize> {
    // A table's rows and cells are the page's own frame: rows above the
    // headline's are its header up to the breadcrumb's or the menu's,
    // which link to the site's pages, and above those the masthead's.
    let framed = heading.node_name().is_some_and(|t| {
        ["tr", "td", "tbody", "table"]
            .iter()
            .any(|f| t.eq_ignore_ascii_case(f))
    });
    let mut left = HEADER_EXTRA;
    let mut first = None;
    let mut node = heading.prev_element_sibling();
    while let Some(n) = node {
        let line_break = super::is_line_break(&n);
        if !line_break {
            let links = || {
                n.descendants_it()
                    .any(|d| d.node_name().is_some_and(|t| t.eq_ignore_ascii_case("a")))
            };
            if !holds_at_most(&n, left) || (framed && links()) {
                break;
            }
            left -= n.text().chars().count();
            first = Some(n.id);
        }
        node = n.prev_element_sibling();
    }
    let first = first?;
    before.iter().rposition(|n| n.id == first)
}

/// The heading element a headline's text is in: the node itself, or the
/// `h1`–`h3` a span inside it belongs to.
fn heading_of<'a>(node: &NodeRef<'a>) -> NodeRef<'a> {
    let is_heading = |n: &NodeRef| {
        n.node_name()
            .is_some_and(|t| ["h1", "h2", "h3"].iter().any(|h| t.eq_ignore_ascii_case(h)))
    };
    std::iter::successors(Some(*node), |n| n.parent())
        .take(3)
        .find(is_heading)
        .unwrap_or(*node)
}

/// The fewest words of a headline the `<title>` cut short.
const CUT_WORDS: usize = 6;

/// The index of the first element showing the headline (also when the
/// title adds the site's name to it, or cut it short).
fn headline_at(els: &[NodeRef], headline: &str) -> Option<usize> {
    // Words set apart by any space, a no-break one too (`3&nbsp;أطنان`).
    let spaced = |s: &str| sanitize::one_spaced(&search::fold(s));
    let want = spaced(headline);
    // A match has the headline's words or at least four of them: the
    // many one-word links and labels are passed over unfolded.
    let least = want.split_whitespace().count().min(4);
    els.iter().position(|node| {
        // The <title> (and the <head> round it) says the headline too,
        // but shows nothing.
        let unseen = |n: &str| n.eq_ignore_ascii_case("title") || n.eq_ignore_ascii_case("head");
        if node.node_name().is_some_and(|n| unseen(&n)) {
            return false;
        }
        // A container of more than the headline is passed over without
        // its whole text being gathered.
        if !holds_at_most(node, 2 * headline.chars().count() + 32) {
            return false;
        }
        let text = node.text();
        let words = text.split(|c: char| c.is_whitespace() || c == '\u{200B}');
        if words.filter(|w| !w.is_empty()).count() < least {
            return false;
        }
        let shown = spaced(&sanitize::inline(&text));
        // Or the whole of a headline the title cut short.
        let cut_short = want.split_whitespace().count() >= CUT_WORDS && shown.starts_with(&want);
        shown == want
            || (shown.split_whitespace().count() >= 4 && want.contains(&shown))
            || cut_short
    })
}
