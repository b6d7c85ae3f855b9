//! Header lines above the headline: a dateline with the byline, a
//! picture's caption with its credit, or a byline where a copy starts
//! without one.

use super::byline;
use super::text_furniture;
use super::text_header::{Header, unbulleted};
use super::text_header_marks::town_and_writer;
use super::text_rules::{Matcher, Rules, Words};

/// Whether the header takes `line`, above the headline: a dateline with
/// the byline, a picture's caption with its credit, or a byline.
pub fn takes_above(
    rules: &Rules,
    matcher: &Matcher,
    line: &str,
    head: &mut Header,
    date_above: &mut bool,
) -> bool {
    // A dateline with the byline (`لندن - أسرة التحرير – الأحد
    // 10-06-2018:`) dates the article: a date read above it was the
    // site's clock.
    let mut probe = Header::default();
    if !line.contains("://")
        && probe.take(rules, matcher, line)
        && probe.published.is_some()
        && (probe.author.is_some() || probe.source.is_some())
    {
        if *date_above {
            head.published = None;
            *date_above = false;
        }
        head.take(rules, matcher, line);
        return true;
    }
    // An image's caption with its credit (`… - الأناضول`) above the
    // headline, or a byline where a copy starts without one: with its
    // place, or naming both the writer and the site (`المدى / فلان`), or
    // a team's names set apart by bars.
    // A byline set off by a colon from the lead below it counts with
    // an outlet alone (`تغطيات – واس :`).
    let label = line.strip_suffix(':').map(str::trim_end);
    let byline_line = matcher
        .bylines
        .strip(&Words::new(unbulleted(line)))
        .is_some()
        || byline::relayed_slash(line).is_some()
        || byline::desk_credit(line).is_some()
        || town_and_writer(line).is_some()
        || byline::listed_writers(line).is_some()
        || byline::parse(line)
            .is_some_and(|b| b.place.is_some() || (b.author.is_some() && b.source.is_some()))
        || label
            .and_then(byline::parse)
            .is_some_and(|b| b.place.is_some() || b.source.is_some());
    text_furniture::is_credited_caption(line)
        || (byline_line && head.take(rules, matcher, line))
        || signed_above(line, head)
}

/// A writer's bare name over the headline, as columns put it: by its
/// given name or the particle joining its names (`رجائي عبد الله
/// الشطلي`), the author.
fn signed_above(line: &str, head: &mut Header) -> bool {
    let signed = head.author.is_none() && byline::is_signed_name(line);
    if signed {
        head.author = Some(line.to_owned());
    }
    signed
}
