//! The short lines between a copy's header (byline, date) and its lead:
//! a picture's caption or a label the page set over the story, told from
//! a heading that opens it.

use super::text_blocks::{is_heading, list_item, quotation};
use super::text_rules::Rules;
use crate::search;

/// Drops the short lines left between the header (byline, date) and the
/// lead, of those the walk saw there (`under_header`): a picture's caption
/// or a label. A heading leads into the text under it, and the story
/// starts with its lead; a deck under the headline, above the header, is
/// kept. Lines over a list or a quotation are left: a copy may be a
/// headline and a list, with the list's title over it.
pub fn drop_over_lead(
    rules: &Rules,
    units: &mut Vec<String>,
    under_header: &[String],
    title: &str,
) {
    let Some(lead) = units.iter().position(|u| !is_heading(rules, u)) else {
        return;
    };
    let unit = &units[lead];
    if lead > OVER_LEAD || list_item(unit).is_some() || quotation(unit).is_some() {
        return;
    }
    let mut at = 0;
    units.retain(|u| {
        at += 1;
        at > lead || !(under_header.contains(u) && (is_captioned(u) || pictures(u, title)))
    });
}

/// Whether a short line over the lead shows what the headline is about:
/// it names a thing the headline names (`الكوبري الجديد بقرية الشيخ
/// يوسف` under `افتتاح كوبري مشاة جديد…`), as a picture's caption does.
/// A heading opening the story moves on to another side of it, in words
/// of its own (`التعاون الدفاعي بين موسكو وبيونغ يانغ`).
fn pictures(line: &str, title: &str) -> bool {
    let named = super::text_lines::stems(title);
    super::text_lines::stems(line)
        .iter()
        .any(|w| named.contains(w) && !LINKING_WORDS.iter().any(|l| search::fold(l) == *w))
}

/// Words any two lines may share, which say nothing of what they name.
const LINKING_WORDS: [&str; 16] = [
    "بين", "على", "إلى", "بعد", "قبل", "خلال", "حول", "التي", "الذي", "عند", "منذ", "ضمن", "عبر",
    "أمام", "تحت", "فوق",
];

/// Whether a short line reads as a picture's caption rather than a
/// heading: it dates the picture or ends with its credit in brackets
/// (`… نواكشوط (الأخبار - أرشيف)`). The phrases that end a caption are
/// furniture wherever they stand.
fn is_captioned(line: &str) -> bool {
    has_credit(line) || super::dates::find(line).is_some()
}

/// Whether a line ends with a picture's credit in brackets (`(الأخبار -
/// أرشيف)`, `(عنب بلدي/ أنس الخطيب)`).
fn has_credit(line: &str) -> bool {
    line.trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .is_some_and(|(_, inner)| (1..=CREDIT_WORDS).contains(&inner.split_whitespace().count()))
}

/// A picture's caption long enough to pass for the lead: it ends with the
/// picture's credit in brackets, no sentence's mark before it, and says
/// the day the picture was taken (`مزارع يقطف الزيتون … - 1 من تشرين
/// الأول 2024 (عنب بلدي/ أنس الخطيب)`).
pub fn is_dated_credited_caption(line: &str) -> bool {
    has_credit(line)
        && super::dates::find(line).is_some()
        && line
            .rsplit_once('(')
            .is_some_and(|(before, _)| !before.trim_end().ends_with(['.', '!', '?', '؟']))
}

/// The words of a picture's credit in brackets at most.
const CREDIT_WORDS: usize = 4;

/// The most short lines dropped over the lead.
const OVER_LEAD: usize = 3;
