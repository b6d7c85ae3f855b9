//! The top of an extracted article: blocks that repeat or decorate the
//! header (the headline, the author, a dateline, a section label, like and
//! comment counters) are taken off, and a dateline or outlet tag at the
//! start of the lead (`دمشق (الوكالة) -- …`, `الموقع: …`) is read into the
//! byline and taken off the text.

use super::Body;
use super::furniture::BUTTON_LABELS;
use crate::article::date_times::is_relative_time;
use crate::article::text_rules::Words;
use crate::article::{Block, byline, dates};
use crate::search;

/// What the header blocks gave: the date of a dateline among them, and a
/// byline line (`أبوظبي - سكاي نيوز عربية`, `كتب- أحمد علي:`).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub date: Option<String>,
    pub byline: Option<byline::Byline>,
}

/// How many blocks at the top are looked at.
const HEADER_BLOCKS: usize = 5;

/// A header line of at most this many words may be a dateline: a date
/// published and a date updated, each with its label, clock and zone.
const DATELINE_WORDS: usize = 30;

/// Takes off the first blocks when they repeat or decorate the header:
/// the headline, its date and byline, and a deck that is the page's
/// description (`described`).
pub fn drop_header_blocks(
    body: &mut Body,
    (title, described): (Option<&str>, Option<&str>),
    author: Option<&str>,
) -> Header {
    let title = title.map(search::fold);
    let described = described.map(search::fold);
    let authors = author_names(author);
    let mut header = Header::default();
    // A deck under the headline stays, and the header's lines under it
    // (its date, its byline) are still read: `at` passes over it, and
    // over a second (two lines in bold over `كتب / فلان`).
    let mut at = 0;
    // Whether a deck the description says was dropped: a heading under
    // it opens the story's first part.
    let mut deck_dropped = false;
    for _ in 0..HEADER_BLOCKS {
        let Some(block) = body.blocks.get(at).filter(|_| body.blocks.len() > at + 1) else {
            break;
        };
        let text = block.text();
        let folded = search::fold(text);
        let words = text.split_whitespace().count();
        let short = words <= 12;
        let line = (words <= DATELINE_WORDS).then(|| header_line(text));
        let date = line.as_deref().and_then(dates::dateline);
        // A byline's label opens a line that runs longer with its date
        // and counters after dashes.
        let labelled =
            words <= DATELINE_WORDS && super::byline_labels().strip(&Words::new(text)).is_some();
        let by = (short || labelled).then(|| header_byline(text)).flatten();
        let is_header = title.as_deref() == Some(folded.as_str())
            || (short && authors.iter().any(|a| folded.contains(a.trim())))
            || date.is_some()
            || by.is_some()
            || is_relative_time(text)
            || is_counter(text)
            || is_label(block, words)
            // The site's trail to the story, kept with its headline; a
            // lead after its dateline's parts (`الحقيقة / كيفه / أشرف
            // …`) ends a sentence, and may run longer than a headline.
            // Its headline may be cut short (`انطلاق الحملة الوطنية…`).
            || crate::article::text_top_lines::breadcrumb_last(text).is_some_and(|last| {
                last.split_whitespace().nth(TRAIL_HEADLINE_WORDS).is_none()
                    && (!last.ends_with('.') || last.ends_with("..."))
            })
            || line.as_deref().is_some_and(|l| holds_a_date(text, l));
        if !is_header {
            if at <= 1 && is_deck(block, words) {
                // The page's description said again is its deck, never
                // the story's: a lead it repeats ends a sentence. Two
                // decks are said in it one after the other.
                let said_again = described
                    .as_deref()
                    .is_some_and(|d| d.contains(folded.as_str()));
                let sub_headline = at == 0 && !deck_dropped && is_sub_headline(block, words);
                deck_dropped |= said_again;
                if said_again || sub_headline {
                    remove_at(body, at);
                } else {
                    at += 1;
                }
                continue;
            }
            break;
        }
        if header.date.is_none() {
            header.date = date;
        }
        if header.byline.is_none() {
            header.byline = by;
        }
        remove_at(body, at);
    }
    header
}

/// Each author's name, folded: a line under the headline may give one of
/// them.
fn author_names(author: Option<&str>) -> Vec<String> {
    author
        .map(|a| {
            a.split('،')
                .map(search::fold)
                .filter(|n| !n.trim().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// A heading of its own right under the headline, over any paragraph,
/// that runs as a headline does (`<h1>…</h1><h2>تمويل 418 مشروعا صغيرا
/// بالجهة منذ مطلع السنة</h2>`): its deck. A part's heading is shorter
/// (`تطور حجم التشغيل`).
fn is_sub_headline(block: &Block, words: usize) -> bool {
    words >= SUB_HEADLINE_WORDS && matches!(block, Block::Heading(_))
}

/// The most words of a headline at the end of the site's trail.
const TRAIL_HEADLINE_WORDS: usize = 30;

/// A short block that says no sentence and whose header line (`line`, as
/// [`header_line`] gives it) holds a date: the header's date run into what
/// the page set beside it (a counter of views, the writer's name, the date
/// of the last update, a Hijri date).
fn holds_a_date(text: &str, line: &str) -> bool {
    !text.ends_with(['.', '!', '?', '؟']) && dates::find(line).is_some()
}

/// A deck: a paragraph under the headline shorter than a lead's, that
/// ends no sentence.
fn is_deck(block: &Block, words: usize) -> bool {
    matches!(block, Block::Paragraph(_) | Block::Heading(_))
        && (3..=DECK_WORDS).contains(&words)
        && !block.text().ends_with(['.', '!', '?', '؟', ':'])
}

/// The fewest words of a heading under the headline read as its deck.
const SUB_HEADLINE_WORDS: usize = 6;

/// The most words of a deck.
const DECK_WORDS: usize = 30;

/// A header line as a dateline is read: without the buttons beside it and
/// without the zone its clock is told in (`08:20 بتوقيت أبوظبي`).
fn header_line(text: &str) -> String {
    let line = without_buttons(text);
    match line.split_once(ZONE_WORD) {
        Some((date, zone)) if zone.split_whitespace().nth(3).is_none() => date.to_owned(),
        _ => line,
    }
}

/// The word before a clock's time zone (`بتوقيت مكة المكرمة`).
const ZONE_WORD: &str = "بتوقيت";

/// A line under the headline that is a byline and nothing else: a place
/// and an outlet or a person (`أبوظبي - سكاي نيوز عربية`), or a byline word
/// and a name (`كتب- أحمد عبد المنعم:`).
fn header_byline(text: &str) -> Option<byline::Byline> {
    // The byline word first: `كتب - محمد علاء:` is a writer, not a place
    // and an outlet.
    let prefixes = super::byline_labels();
    if prefixes.strip(&Words::new(text)).is_some() {
        return written_by(text).map(|name| byline::Byline {
            author: Some(name),
            ..byline::Byline::default()
        });
    }
    // Set off by a dash from the lead it opened (`سرايا - بترا -`).
    byline::parse(text.trim_end_matches([' ', '-', '–', 'ـ', ':']))
}

/// The name in a line that is a byline word and a name and nothing else
/// (`كتب- أحمد عبد المنعم:`, `بقلم: سارة علي`, `حاوره: فلان/`).
pub(super) fn written_by(text: &str) -> Option<String> {
    let prefixes = super::byline_labels();
    let rest = prefixes.strip(&Words::new(text))?;
    // A slash may close it as a dateline's parts are (`حاوره: فلان/`).
    let name = rest.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | 'ـ' | '|' | '/')
    });
    // Without the body's media office after a dash (`تقرير: فلانة -
    // إدارة الإعلام والعلاقات العامة`).
    let name = byline::without_office(name);
    // Or a titled name (`كتب: د. فلان`).
    let named = |name: &str| {
        ((byline::is_plain_name(name, 5) && !byline::reads_as_phrase(name))
            .then(|| name.to_owned()))
        .or_else(|| byline::titled_name(name))
        // Or signed with an initial (`بقلم: عبد الحميد. س`).
        .or_else(|| byline::initialed_name(name))
    };
    // Or the name before a dash, the date after it (`بقلم: فلانة - نُشر
    // في 24/8/2008 - 11:35 ص - قرأه 4381 زائر`).
    named(name)
        .or_else(|| {
            let spaced = name.replace('\u{a0}', " ");
            let (name, rest) = spaced.split_once(" - ")?;
            crate::article::dates::find(rest).and_then(|_| named(name.trim()))
        })
        .or_else(|| listed(name, named))
}

/// Names a label lists with commas, the last joined by `و` (`لي يوي،
/// وعبد الرحمن إسماعيل`): each a name, listed as commas list them.
fn listed(names: &str, named: impl Fn(&str) -> Option<String>) -> Option<String> {
    let parts: Vec<&str> = names.split(['،', ',']).map(str::trim).collect();
    if parts.len() < 2 {
        return None;
    }
    let each: Option<Vec<String>> = parts
        .iter()
        .enumerate()
        .map(|(k, part)| {
            let joined = part.strip_prefix('و').filter(|_| k > 0);
            joined.and_then(&named).or_else(|| named(part))
        })
        .collect();
    each.map(|names| names.join("، "))
}

/// A header line without the buttons set beside it.
pub(super) fn without_buttons(text: &str) -> String {
    let mut out = text.to_owned();
    for label in BUTTON_LABELS {
        out = out.replace(label, " ");
    }
    out
}

/// Like, comment and view counters: digits and marks only.
fn is_counter(text: &str) -> bool {
    !text.chars().any(char::is_alphabetic)
}

/// A section label over the lead (`العالم`, `اقتصاد وأعمال`): one or two
/// words, no sentence mark, in a paragraph of its own.
fn is_label(block: &Block, words: usize) -> bool {
    matches!(block, Block::Paragraph(_))
        && (1..=2).contains(&words)
        && !block.text().contains(['.', '،', ',', ':', '؟', '?', '!'])
}

/// Removes the block at `at` with its links, the later links following
/// their blocks down.
pub(super) fn remove_at(body: &mut Body, at: usize) {
    body.blocks.remove(at);
    body.links.retain(|l| l.block != at);
    body.links
        .iter_mut()
        .filter(|l| l.block > at)
        .for_each(|l| l.block -= 1);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(blocks: &[&str]) -> Body {
        Body {
            blocks: blocks
                .iter()
                .map(|t| Block::Paragraph((*t).to_owned()))
                .collect(),
            links: Vec::new(),
        }
    }

    #[test]
    fn labels_counters_and_a_dateline_with_buttons_come_off_the_top() {
        let mut b = body(&[
            "منوعات",
            "GMT 09:15 12.03.2021نسخ الرابط",
            "0 0",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, (Some("عنوان"), None), None);
        // The clock time and its zone before the date are read with it.
        assert_eq!(header.date.as_deref(), Some("2021-03-12T09:15+00:00"));
        assert_eq!(b.blocks.len(), 1);
        assert!(b.blocks[0].text().starts_with("أعلنت"));
    }

    #[test]
    fn a_dateline_with_a_clock_and_zone_gives_the_date() {
        let mut b = body(&[
            "الخميس، 4 آذار/مارس 2021، آخر تحديث 10:30 (GMT+0300)",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, (None, None), None);
        assert!(header.date.is_some_and(|d| d.starts_with("2021-03-04")));
        assert_eq!(b.blocks.len(), 1);
    }

    #[test]
    fn a_published_and_updated_line_with_zones_is_a_dateline() {
        let mut b = body(&[
            "نشر في: 21 نوفمبر ,2026: 06:05 م GST آخر تحديث: 21 نوفمبر ,2026: 06:10 م GST",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, (None, None), None);
        assert!(header.date.is_some_and(|d| d.starts_with("2026-11-21")));
        assert_eq!(b.blocks.len(), 1);
        let mut b = body(&[
            "نشر في: 22 نوفمبر 2026 - 08:20 بتوقيت أبوظبي",
            "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.",
        ]);
        let header = drop_header_blocks(&mut b, (None, None), None);
        assert!(header.date.is_some_and(|d| d.starts_with("2026-11-22")));
        assert_eq!(b.blocks.len(), 1);
    }

    #[test]
    fn byline_lines_under_the_headline_are_read_and_taken_off() {
        let lead = "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.";
        let mut b = body(&["أبوظبي - سكاي نيوز عربية", lead]);
        let header = drop_header_blocks(&mut b, (None, None), None);
        let by = header.byline.unwrap();
        assert_eq!(by.source.as_deref(), Some("سكاي نيوز عربية"));
        assert_eq!(by.author, None);
        assert_eq!(b.blocks.len(), 1);
        let mut b = body(&["كتب- أحمد عبد المنعم:", lead]);
        let header = drop_header_blocks(&mut b, (None, None), None);
        assert_eq!(
            header.byline.unwrap().author.as_deref(),
            Some("أحمد عبد المنعم")
        );
        assert_eq!(b.blocks.len(), 1);
        // A dateline naming one of several authors is the header too.
        let mut b = body(&["العُلا: نادية الشمري - فهد العتيبي", lead]);
        drop_header_blocks(&mut b, (None, None), Some("نادية الشمري، فهد العتيبي"));
        assert_eq!(b.blocks.len(), 1);
    }

    #[test]
    fn a_time_counted_back_from_now_is_the_header() {
        let lead = "أعلنت البلدية اليوم افتتاح الحديقة الكبرى بعد سنتين من الأشغال.";
        for clock in ["منذ 16 ساعة", "قبل ساعتين", "3 hours ago"] {
            let mut b = body(&[clock, lead]);
            drop_header_blocks(&mut b, (None, None), None);
            assert_eq!(b.blocks.len(), 1, "{clock}");
        }
        let mut b = body(&["قبل الفجر بساعة", lead]);
        drop_header_blocks(&mut b, (None, None), None);
        assert_eq!(b.blocks.len(), 2);
    }

    #[test]
    fn a_short_first_sentence_is_not_a_label() {
        let mut b = body(&["انتهى الإضراب.", "وعاد العمال إلى المصانع صباح اليوم."]);
        drop_header_blocks(&mut b, (None, None), None);
        assert_eq!(b.blocks.len(), 2);
    }
}
