//! The writer a page's story header names: a byline above the headline,
//! or a line of fields under it.

use std::ops::Range;

use dom_query::NodeRef;

use super::super::text_rules::{Phrases, Words};
use super::headline::{DATE_CHARS, FIELDS_CHARS, before_date};
use super::{holds_at_most, sanitize};
use crate::article::byline;
use crate::article::date_names::PUBLISHED_LABELS;

/// The writer a byline among the story's header elements above its
/// headline names (`<td class="subtitle">المؤتمرنت - عبدالله
/// الحميري</td>` in the row over the headline's), or a line of fields
/// under it ([`fields_writer`]), when the name is a person's by its words.
pub fn header_writer(els: &[NodeRef], header: Range<usize>) -> Option<String> {
    let above = els.get(header.clone()).unwrap_or_default();
    let signed = above
        .iter()
        .filter(|n| holds_at_most(n, DATE_CHARS))
        .find_map(|n| signed_writer(&sanitize::inline(&n.text())));
    let labels = super::byline_labels();
    signed.or_else(|| {
        els.iter()
            .skip(header.end)
            .take(FIELDS_AFTER_HEADLINE)
            .take_while(|n| !opens_story(n))
            .filter(|n| holds_at_most(n, FIELDS_CHARS) && !is_caption(n))
            .find_map(|n| fields_writer(labels, &sanitize::inline(&n.text())))
    })
}

/// The paper a story's header says it came from, on a line of its own
/// in the date's field (`التاريخ: 14/6/2008 م` / `المصدر: جريدة
/// السفير`), as an office's site credits what it republishes.
pub fn header_source(els: &[NodeRef], header: Range<usize>) -> Option<String> {
    els.iter()
        .skip(header.start)
        .take(header.len() + FIELDS_AFTER_HEADLINE)
        .take_while(|n| !opens_story(n))
        .filter(|n| holds_at_most(n, FIELDS_CHARS))
        .flat_map(|n| {
            // Or in a field of its own beside the date, set apart by
            // no-break spaces (`التاريخ : 14/10/2012 &nbsp;&nbsp;&nbsp;
            // المصدر : وكالة الأنباء العمانية`).
            let text = n.text().to_string();
            text.lines()
                .flat_map(|line| line.split("\u{a0}\u{a0}"))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .find_map(|line| {
            let name = super::block_rules().source_named(line.trim())?;
            let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
            (plain && byline::outlet(name).is_some()).then(|| name.to_owned())
        })
}

/// How many elements under the headline are read for its fields: a
/// page builder's list of them nests each field's icon and text in
/// elements of their own (Elementor's post info), and the story's first
/// paragraph ends the search before.
const FIELDS_AFTER_HEADLINE: usize = 24;

/// Whether `node` is a picture's caption or credit (`تصوير: فلان`),
/// which names no writer.
fn is_caption(node: &NodeRef) -> bool {
    matches!(node.node_name().as_deref(), Some("figure" | "figcaption"))
        || node.attr("class").is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            c.contains("caption") || c.contains("credit")
        })
}

/// Whether `node` is a paragraph of the story: a line of fields under
/// it (`<li>أحمد العمري – هندسة الحاسوب</li>`, a team's list in the
/// story) names no writer.
fn opens_story(node: &NodeRef) -> bool {
    super::headline::is_tag(node, "p") && !holds_at_most(node, DATE_CHARS) && {
        let text = node.text();
        text.trim_end().ends_with(['.', '!', '؟', '?', '…'])
    }
}

/// The writer of a line of fields under the headline: a byline before
/// the publication label (`أخبار البلد - فلان  تاريخ النشر : …`), else
/// the first field, with its label (`بقلم: فلان - الموقع | الثلاثاء …`)
/// or naming the outlet or place beside the writer (`الجلفة إنفو - ع. بن
/// سالم | …`). A field with a name alone may be the section's or the
/// site's.
fn fields_writer(labels: &Phrases, text: &str) -> Option<String> {
    let before_label = PUBLISHED_LABELS
        .iter()
        .find_map(|l| text.find(l))
        .and_then(|at| credited_writer(text[..at].trim()));
    if before_label.is_some() {
        return before_label;
    }
    // An element of its own may hold the byline alone, ended with a
    // colon as the lead it was set over (`الوقت - حسين عبدالرسول:`).
    let first = text
        .split_once('|')
        .map_or(text, |(first, _)| first)
        .trim()
        .trim_end_matches([':', ' ']);
    if labels.strip(&Words::new(first)).is_some() {
        // The label says a person follows (`حاوره: فهمي عبدالله`), and
        // the date may follow him in the same field (`كتب/ فلان<br>
        // الأربعاء 16 أبريل 2008 …`).
        let name = super::shown::byline_name(labels, before_date(first))?;
        // (A heading's words after a label's word, `تغطية متفاوتة بين
        // الولايات`, name no one.)
        let heading = byline::has_no_name_word(&name)
            || name
                .split_whitespace()
                .any(|w| ["بين", "على", "إلى"].contains(&w));
        if heading {
            return None;
        }
        // A name after its titles (`م.م. سرى عادل الجبوري`) is a writer's.
        return if byline::is_plain_name(&name, 4) || byline::titled_name(&name).is_some() {
            Some(name)
        } else {
            signed_writer(&name)
        };
    }
    // The photographer's credit (`تصوير: فلان`), in brackets or not,
    // names no writer.
    let label = first
        .split_whitespace()
        .next()
        .map(|w| w.trim_start_matches('(').trim_end_matches(':'));
    if label.is_some_and(|w| super::credits::PHOTO_LABELS.contains(&w)) {
        return None;
    }
    // Or a writer signing with an initial after the outlet.
    credited_writer(first).or_else(|| {
        let (site, name, _) = byline::split(first)?;
        byline::outlet(site)?;
        byline::initialed_name(name.trim())
    })
}

/// The writer a byline names, when the name is a person's by its words.
fn signed_writer(text: &str) -> Option<String> {
    byline::parse(text)?
        .author
        .filter(|a| byline::is_signed_name(a))
}

/// As [`signed_writer`], for a byline that names the outlet or the place
/// beside the writer.
fn credited_writer(text: &str) -> Option<String> {
    byline::parse(text)
        .filter(|b| b.source.is_some() || b.place.is_some())?
        .author
        .filter(|a| byline::is_signed_name(a))
}
