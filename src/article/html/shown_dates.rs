//! The date a saved page shows as text: in a `<time>` element, in one
//! whose class says it holds the date, or after a calendar's icon; not
//! the site's clock, nor other stories' dates in their teasers.

use dom_query::NodeRef;

use super::super::{dates, sanitize};
use super::shown::{has_word, in_a_teaser};

/// `class`/`id` words of elements that show the date.
const DATE_CLASSES: &[&str] = &[
    "date",
    "time",
    "published",
    "dateline",
    "timestamp",
    // Drupal's line of who posted the story and when.
    "submitted",
];
/// Class words of the site's clock in its top bar (`today-date`): the
/// day the page was saved, not the story's.
const CLOCK_CLASSES: &[&str] = &["today", "clock"];
/// Class words of an event's date in a list of events beside the story
/// (`views-field-field-event-date`): the day it is held, not the story's.
const EVENT_CLASSES: &[&str] = &["event", "events"];

/// Whether an element's class or id has a word that ends with `date`
/// (`newsdate`, `topdate`), a date's field run into what it dates; the
/// last update's is not the story's date, nor are a related story's
/// (`reldate`) and a comment's (`cdate`).
fn has_date_word(node: &NodeRef) -> bool {
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            v.to_ascii_lowercase()
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| {
                    w.ends_with("date")
                        && !w.ends_with("update")
                        && !w.starts_with("rel")
                        && !w.starts_with("comment")
                        && w != "cdate"
                })
        })
    })
}

/// Whether an element's text follows a calendar's icon (`<span><i
/// class="far fa-calendar-alt"></i> 18/03/2025</span>`), as a theme marks
/// the story's date with no class of its own.
fn after_calendar(node: &NodeRef) -> bool {
    node.first_element_child().is_some_and(|icon| {
        icon.node_name()
            .is_some_and(|t| t.eq_ignore_ascii_case("i"))
            && icon.attr("class").is_some_and(|c| c.contains("calendar"))
    })
}

/// The date the page shows as text in a `<time>` element or one whose
/// class says it holds the date (not its machine-readable attribute).
pub fn shown_date(els: &[NodeRef]) -> Option<String> {
    date_texts(els).find_map(|text| dates::dateline(&text))
}

/// The text of each element that shows a date: a `<time>`, or one whose
/// class says it holds the date.
pub fn date_texts<'a>(els: &'a [NodeRef<'a>]) -> impl Iterator<Item = String> + 'a {
    els.iter().filter_map(|node| {
        let is_time = node
            .node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("time"));
        let text = node.text();
        ((is_time || has_word(node, DATE_CLASSES))
            && !has_word(node, CLOCK_CLASSES)
            && text.len() < 200
            && !of_another_story(node))
        .then(|| sanitize::inline(&text))
    })
}

pub(super) fn visible_date(els: &[NodeRef], from: usize) -> Option<String> {
    for node in els.iter().skip(from) {
        let is_time = node
            .node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("time"));
        if is_time && let Some(d) = node.attr("datetime").and_then(|d| dates::find(&d)) {
            return Some(d.iso);
        }
        if (is_time || has_word(node, DATE_CLASSES) || has_date_word(node) || after_calendar(node))
            && !of_another_story(node)
        {
            let text = node.text();
            if text.len() < 200
                && let Some(iso) = dated_here(&sanitize::inline(&text))
            {
                return Some(iso);
            }
        }
    }
    None
}

/// Whether what `node` shows belongs to something else on the page: a
/// teaser of another story, or an event the story announces.
pub(super) fn of_another_story(node: &NodeRef) -> bool {
    in_a_teaser(node) || in_an_event(node)
}

/// Whether `node` or the element around it is an event's date.
fn in_an_event(node: &NodeRef) -> bool {
    std::iter::once(*node)
        .chain(node.parent())
        .any(|n| has_word(&n, EVENT_CLASSES))
}

/// The date of a dateline, which may end with the town or the outlet the
/// story came from (`12 يناير 2020 الساعة 05 مساءً / مأرب برس - خاص`).
fn dated_here(text: &str) -> Option<String> {
    let named = |from: &str| {
        let words = from.split_whitespace().count();
        (1..=4).contains(&words) && from.chars().all(|c| c.is_alphabetic() || c == ' ')
    };
    // Or after the outlet's name (`نشوان نيوز - الثلاثاء 02 أبريل 2019`).
    let after_outlet = || {
        let (from, date) = text.split_once(" - ")?;
        named(from.trim())
            .then(|| dates::dateline(date.trim()))
            .flatten()
    };
    // Or before the page's count of its readers after an icon (`السبت,
    // 18 كانون1/ديسمبر 2021 11:40 &nbsp; <i class="fa-eye"></i> 2147`).
    let before_count = || {
        let (date, count) = text.trim_end().rsplit_once(' ')?;
        count
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',')
            .then(|| dates::dateline(date.trim()))
            .flatten()
    };
    // Or before the story's source by its label (`2021/07/08 المصدر:
    // شينخوا`).
    let before_source = || {
        let (date, _) = text.split_once("المصدر")?;
        dates::dateline(date.trim())
    };
    // Or after who posted it (`أرسلها admin في ثلاثاء, 03/15/2011 -
    // 10:22`).
    let after_poster = || {
        let (_, date) = text.rsplit_once(" في ")?;
        dates::dateline(date.trim())
    };
    dates::dateline(text)
        .or_else(after_outlet)
        .or_else(after_poster)
        .or_else(before_count)
        .or_else(before_source)
        .or_else(|| {
            let (date, from) = text.rsplit_once(" / ")?;
            let words = from.split_whitespace().count();
            let named = from
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
            ((1..=4).contains(&words) && named)
                .then(|| dates::dateline(date))
                .flatten()
        })
}
