//! Dates as news sites write them, read into ISO 8601.
//!
//! [`find`] looks for the first date in a piece of text; [`dateline`] reads a
//! header line that is a date and nothing else but words such as
//! `التاريخ:`, `نشر في`, a weekday or a Hijri date beside it. Both give
//! `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS][±HH:MM]` when a time is given.
//!
//! Forms read: `2017-03-09T12:11:00+01:00`, `2020/12/25 - 1:59 صباحًا`,
//! `15/03/2024` (day first), RFC 2822 (`Thu, 05 Apr 2018 21:43:55 +0400`),
//! day + month name + year with the month names of every region in
//! [`MONTH_NAMES`] (`24 أغسطس 2020`, `١ تشرين الثاني ٢٠٢٣`, `8 فيفري 2019`,
//! `3 مارس/ آذار 2024`, `5 شباط (فبراير) 2024`, a day spelled as an ordinal:
//! `السابع عشر من تشرين الثاني 2008`), and English `November 9, 2020` and
//! `25th, October 2024`. Digits may be
//! Latin, Arabic-Indic or Persian; 12-hour times (`09:23 ص`, `4:05 مساءً`,
//! `7:30 PM`) are turned into 24-hour ones. Bidi marks, no-break and
//! zero-width spaces inside a date change nothing.

use std::ops::Range;

use super::date_counts::{ORDINAL_TENS, ORDINAL_UNITS};
pub use super::date_names::MONTH_NAMES;
use super::date_names::{ERA, HIJRI, LABELS, folded, folded_months};
use super::date_times::{time_at, time_before, without_clock};
use super::date_tokens::tokens;
pub(super) use super::date_tokens::{Kind, Token};
use crate::search;

mod line;
pub use line::dateline;

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Bytes of the text it covers, with the weekday and words such as
    /// `التاريخ:` before it and the time after it.
    pub range: Range<usize>,
    /// The date in ISO 8601.
    pub iso: String,
}

/// The first date in `text`.
pub fn find(text: &str) -> Option<Found> {
    // Every form has a day or a year in digits.
    if !text.chars().any(char::is_numeric) {
        return None;
    }
    let text = &unglued_hour(text);
    let tokens = tokens(text);
    find_in(&tokens, 0).map(|(start, end, iso)| Found {
        range: tokens[start].at.start..tokens[end - 1].at.end,
        iso,
    })
}

/// Whether `text` is a date and nothing else, not even a space around it.
pub fn is_whole(text: &str) -> bool {
    find(text).is_some_and(|d| d.range == (0..text.len()))
}

/// The text with the hour's label set off from the time it runs into
/// (`الساعة:18:40`); a space for the colon keeps every byte where it was.
fn unglued_hour(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains("الساعة:") {
        text.replace("الساعة:", "الساعة ").into()
    } else {
        text.into()
    }
}

/// Whether `text` is what a date line says beside its date and nothing
/// more: a weekday (`الإثنين`), a clock time, its zone (`بتوقيت
/// غرينتش`).
pub fn is_beside_date(text: &str) -> bool {
    let tokens = tokens(text);
    let all: Vec<&Token> = tokens.iter().collect();
    let rest = without_clock(&all);
    !tokens.is_empty()
        && rest
            .iter()
            .all(|t| t.kind == Kind::Punct || (t.kind == Kind::Word && t.is_weekday()))
}

/// A month's number from its name in any region (`كانون الثاني` is 1).
pub fn month_number(name: &str) -> Option<u32> {
    let folded: Vec<String> = name.split_whitespace().map(search::fold).collect();
    folded_months()
        .iter()
        .find_map(|(words, n)| (*words == folded).then_some(*n))
}

/// A line that is a day of the Hijri calendar alone, its weekday and era
/// mark perhaps with it (`الأحد 20 شعبان 1444 هـ`): the page's date, which
/// gives no Gregorian day here, and never a paragraph.
pub fn is_hijri_only(line: &str) -> bool {
    // Every kept line is asked: a date has digits and few words.
    if line.split_whitespace().nth(8).is_some() || !line.chars().any(|c| c.is_numeric()) {
        return false;
    }
    let tokens = tokens(line);
    let numbers: Vec<u32> = tokens.iter().filter_map(|t| t.number(1..5)).collect();
    let [year, rest @ ..] = numbers.as_slice() else {
        return false;
    };
    let (year, day) = match rest {
        [] => (*year, 1),
        [day] => (*year.max(day), *year.min(day)),
        // All in figures, the year first or last (`1445/05/09 ه`).
        [month, last] if (1..=12).contains(month) => {
            if HIJRI_YEARS.contains(year) {
                (*year, *last)
            } else {
                (*last, *year)
            }
        }
        _ => return false,
    };
    let mut words = tokens.iter().filter(|t| t.kind == Kind::Word);
    HIJRI_YEARS.contains(&year)
        && (1..=30).contains(&day)
        && words.clone().any(|t| t.is_in(HIJRI))
        && words.all(|t| t.is_in(HIJRI) || t.is_weekday() || t.is_in(LABELS))
        && tokens
            .iter()
            .all(|t| t.kind != Kind::Num || t.number(1..5).is_some())
}

/// The first date at or after token `from`: (first token, token after the
/// last, ISO text).
fn find_in(tokens: &[Token], from: usize) -> Option<(usize, usize, String)> {
    (from..tokens.len()).find_map(|i| {
        let (end, y, m, d) = date_at(tokens, i)?;
        let mut start = labels_before(tokens, from, i);
        let (end, time) = match time_at(tokens, end) {
            Some((end, time)) => (end, time),
            None => match time_before(tokens, from, start) {
                Some((k, time)) => {
                    start = labels_before(tokens, from, k);
                    (era_at(tokens, end), time)
                }
                None => (era_at(tokens, end), String::new()),
            },
        };
        Some((start, end, format!("{y:04}-{m:02}-{d:02}{time}")))
    })
}

/// Whether a date is a page's empty date field shown as the start of
/// Unix time (`1 يناير 1970`): no article's date.
pub fn is_placeholder(iso: &str) -> bool {
    iso.starts_with("1970-01-01")
}

/// A date starting at token `i`: (token after it, year, month, day).
fn date_at(t: &[Token], i: usize) -> Option<(usize, u32, u32, u32)> {
    let num = |j: usize, digits: Range<usize>| t.get(j).and_then(|t| t.number(digits));
    let sep = |j: usize| t.get(j).filter(|t| t.is_punct("-/.")).map(|t| &t.text);
    // 2020-12-25, 2020/12/25
    if let (Some(y), Some(s), Some(m), Some(s2), Some(d)) = (
        num(i, 4..5),
        sep(i + 1),
        num(i + 2, 1..3),
        sep(i + 3),
        num(i + 4, 1..3),
    ) && s == s2
    {
        return valid(y, m, d).then_some((i + 5, y, m, d));
    }
    // 25/12/2020, 25-12-2020; 11/27/2017 only reads month first.
    if let (Some(d), Some(s), Some(m), Some(s2), Some(y)) = (
        num(i, 1..3),
        sep(i + 1),
        num(i + 2, 1..3),
        sep(i + 3),
        num(i + 4, 4..5),
    ) && s == s2
    {
        if !valid(y, m, d) && m > 12 && valid(y, d, m) {
            return Some((i + 5, y, d, m));
        }
        // Read both ways, the weekday before it tells which (Drupal's
        // `أحد, 02/06/2022 - 11:24` is Sunday 6 February).
        if d != m
            && valid(y, d, m)
            && let Some(w) = weekday_before(t, i)
            && super::epoch::weekday(y, m, d) != w
            && super::epoch::weekday(y, d, m) == w
        {
            return Some((i + 5, y, d, m));
        }
        return valid(y, m, d).then_some((i + 5, y, m, d));
    }
    // 24 أغسطس 2020, 05 Apr 2018, 3 مارس/ آذار 2024, 10/مايو/2025
    // The day may be spelled as an ordinal (`السابع عشر من تشرين الثاني
    // 2008`).
    if let Some((d, at)) = num(i, 1..3)
        .map(|d| (d, i + 1))
        .or_else(|| ordinal_day(t, i))
    {
        // A comma after the day too (`Thursday 06, February 2025`).
        let k = if sep(at).is_some() || t.get(at).is_some_and(|t| t.is_punct(",،")) {
            at + 1
        } else if t.get(at).is_some_and(|t| t.is_in(&["من"])) {
            // 1 من تشرين الأول 2024
            at + 1
        } else if t
            .get(at)
            .is_some_and(|t| t.is_in(&["st", "nd", "rd", "th"]))
        {
            // 25th, October 2024
            skip(t, at + 1, ",")
        } else {
            at
        };
        let (j, m) = month_at(t, k)?;
        let j = skip(t, j, ",،/-");
        let y = num(j, 4..5)?;
        return valid(y, m, d).then_some((j + 1, y, m, d));
    }
    // November 9, 2020; June 15th, 2021
    let (j, m) = month_at(t, i)?;
    let d = num(j, 1..3)?;
    let ordinal = t
        .get(j + 1)
        .is_some_and(|t| t.is_in(&["st", "nd", "rd", "th"]));
    let j = skip(t, j + 1 + usize::from(ordinal), ",،");
    let y = num(j, 4..5)?;
    valid(y, m, d).then_some((j + 1, y, m, d))
}

/// The day of the week named just before token `i`, over a comma or a
/// dash.
fn weekday_before(t: &[Token], i: usize) -> Option<u32> {
    let before = t[..i].iter().rev().find(|tok| !tok.is_punct(",،-|:"))?;
    (before.kind == Kind::Word)
        .then(|| super::date_names::weekday_number(&before.text))
        .flatten()
}

/// A day of the month spelled as an ordinal from token `i` (`الأول`,
/// `السابع عشر`, `الحادي والعشرين`, `الثلاثين`): (its number, the token
/// after it).
fn ordinal_day(t: &[Token], i: usize) -> Option<(u32, usize)> {
    let word = |j: usize| t.get(j).filter(|t| t.kind == Kind::Word);
    let at = |list, w: &Token| folded(list).iter().position(|n| *n == w.text);
    let tens = |n: usize| 10 * (n as u32 + 2);
    // Every ordinal opens with the article: most words are asked nothing
    // more (this runs at every word of a text a date is looked for in).
    let first = word(i).filter(|w| w.text.starts_with("ال"))?;
    if let Some(n) = at(ORDINAL_TENS, first) {
        return Some((tens(n), i + 1));
    }
    let unit = at(ORDINAL_UNITS, first)? as u32 + 1;
    // The last, `الحادي`, is one in a number of two words only.
    let compound = unit == ORDINAL_UNITS.len() as u32;
    let unit = if compound { 1 } else { unit };
    let next = word(i + 1);
    if unit < 10 && next.is_some_and(|w| w.is_in(&["عشر"])) {
        return Some((unit + 10, i + 2));
    }
    let and_tens = next.and_then(|w| {
        let ten = w.text.strip_prefix('و')?;
        folded(ORDINAL_TENS).iter().position(|n| n == ten)
    });
    match and_tens {
        Some(n) if unit < 10 => Some((unit + tens(n), i + 2)),
        _ => (!compound).then_some((unit, i + 1)),
    }
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    let days = match m {
        2 if y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => return false,
    };
    // A year of the Hijri calendar in digits (`١٤٤٥/١٠/٢٢هـ`) is no
    // Gregorian year a story was published in.
    (HIJRI_YEARS.end() + 1..=9999).contains(&y) && (1..=days).contains(&d)
}

/// The Hijri years of stories in digits: a day in them is no Gregorian
/// date.
const HIJRI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1500;

/// A month name at token `i`, with `Apr.` and a second name after a slash
/// or in brackets (`مارس/ آذار`, `تشرين الثاني/نوفمبر`, `شباط (فبراير)`)
/// or with nothing between (`نوفمبر تشرين الثاني`):
/// (token after it, month).
fn month_at(t: &[Token], i: usize) -> Option<(usize, u32)> {
    let (mut j, m) = one_month_at(t, i)?;
    if t.get(j).is_some_and(|t| t.is_punct(".")) {
        j += 1;
    }
    if t.get(j).is_some_and(|t| t.is_punct("/-"))
        && let Some((k, _)) = one_month_at(t, j + 1)
    {
        j = k;
    } else if t.get(j).is_some_and(|t| t.is_punct("("))
        && let Some((k, _)) = one_month_at(t, j + 1)
        && t.get(k).is_some_and(|t| t.is_punct(")"))
    {
        j = k + 1;
    } else if let Some((k, n)) = one_month_at(t, j)
        && n == m
    {
        // The two names side by side with nothing between, as Reuters
        // prints them (`23 نوفمبر تشرين الثاني 2016`).
        j = k;
    }
    Some((j, m))
}

fn one_month_at(t: &[Token], i: usize) -> Option<(usize, u32)> {
    let mut best: Option<(usize, u32)> = None;
    for (words, n) in folded_months() {
        let fits = words.iter().enumerate().all(|(k, w)| {
            t.get(i + k)
                .is_some_and(|tok| tok.kind == Kind::Word && &tok.text == w)
        });
        if fits && best.is_none_or(|(end, _)| i + words.len() > end) {
            best = Some((i + words.len(), *n));
        }
    }
    best
}

pub(super) fn skip(t: &[Token], mut j: usize, marks: &str) -> usize {
    while t.get(j).is_some_and(|t| t.is_punct(marks)) {
        j += 1;
    }
    j
}

/// The token after an era mark following a year (`2020م`), else `i`.
fn era_at(t: &[Token], i: usize) -> usize {
    match t.get(i) {
        Some(tok) if tok.kind == Kind::Word && tok.is_in(ERA) => i + 1,
        _ => i,
    }
}

/// Where a date's lead-in starts: the weekday, labels and separators just
/// before token `i`, not before `from`.
fn labels_before(t: &[Token], from: usize, i: usize) -> usize {
    let mut start = i;
    while start > from {
        let tok = &t[start - 1];
        let lead = tok.is_punct(",،:-|")
            || (tok.kind == Kind::Word && (tok.is_weekday() || tok.is_in(LABELS)));
        if !lead {
            break;
        }
        start -= 1;
    }
    // A separator that ends the lead-in belongs to what is before it.
    while start < i && t[start].kind == Kind::Punct {
        start += 1;
    }
    start
}
