//! Clock times beside a date, for [`super::dates`]: after it
//! (`21:43:55 +0400`, `- 1:59 صباحًا`) or before it (`الساعة 11:08 ص|`);
//! and a time counted back from now (`منذ 50 دقيقة`), which a page shows
//! for its clock and which never dates an article. Also a date's parts
//! copied in the order a page showed them (`13 20:25 2019 أكتوبر`), and
//! the tokens beside a dateline's date without its clock or issue number.

use std::ops::Range;
use std::sync::LazyLock;

use super::date_counts::{RELATIVE_COUNTS, RELATIVE_UNITS, RELATIVE_WORDS};
use super::date_names::{AM, BEFORE_TIME, ISSUE, LABELS, LOCAL_TIME, PM, UTC, ZONES};
use super::dates::{Kind, Token, month_number, skip};
use crate::search;

/// Whether `text` is only the part of the day a page wrote after a date
/// whose clock it lost (`صباحاً`, `م`): no name.
pub fn is_day_part(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            let w = search::fold(w);
            AM.iter().chain(PM).any(|p| search::fold(p) == w)
        })
}

/// A time after a date (`21:43:55 +0400`, `- 1:59 صباحًا`, `T12:11:00Z`):
/// (token after it, `THH:MM[:SS][±HH:MM]`).
pub(super) fn time_at(t: &[Token], i: usize) -> Option<(usize, String)> {
    let mut j = i;
    while let Some(tok) = t.get(j) {
        // A full stop may end the date before its time (`2024. 12:00 صباحاً`).
        let between =
            tok.is_punct("-–—,،|@.") || (tok.kind == Kind::Word && tok.is_in(BEFORE_TIME));
        if !between || j > i + 3 {
            break;
        }
        j += 1;
    }
    let num = |j: usize, digits: Range<usize>| t.get(j).and_then(|t| t.number(digits));
    let colon = |j: usize| t.get(j).is_some_and(|t| t.is_punct(":"));
    let mut hour = num(j, 1..3)?;
    let minute = if colon(j + 1) {
        num(j + 2, 2..3)?
    } else {
        return None;
    };
    j += 3;
    let mut second = None;
    if colon(j)
        && let Some(s) = num(j + 1, 2..3)
    {
        second = Some(s);
        j += 2;
        // Fractions of a second are dropped.
        if t.get(j).is_some_and(|t| t.is_punct(".,")) && num(j + 1, 1..10).is_some() {
            j += 2;
        }
    }
    if let Some(tok) = t.get(j).filter(|t| t.kind == Kind::Word) {
        if tok.is_in(AM) && (1..=12).contains(&hour) {
            hour %= 12;
            j += 1;
        } else if tok.is_in(PM) && (1..=12).contains(&hour) {
            hour = hour % 12 + 12;
            j += 1;
        }
    }
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 60) {
        return None;
    }
    let mut out = format!("T{hour:02}:{minute:02}");
    if let Some(s) = second {
        out.push_str(&format!(":{s:02}"));
    }
    if let Some((k, zone)) = zone_at(t, j) {
        j = k;
        out.push_str(&zone);
    }
    Some((j, out))
}

/// `+0400`, `+01:00`, `Z`, `GMT`, `GMT+3`: (token after it, `±HH:MM`).
fn zone_at(t: &[Token], i: usize) -> Option<(usize, String)> {
    let num = |j: usize, digits: Range<usize>| t.get(j).and_then(|t| t.number(digits));
    let mut j = i;
    let utc = t
        .get(j)
        .is_some_and(|t| t.kind == Kind::Word && t.is_in(UTC));
    if utc {
        j += 1;
    }
    let sign = t
        .get(j)
        .filter(|t| t.is_punct("+-−"))
        .map(|t| t.text.as_str());
    let offset = sign.and_then(|sign| {
        let sign = if sign == "+" { '+' } else { '-' };
        if let Some(hhmm) = num(j + 1, 4..5) {
            Some((j + 2, sign, hhmm / 100, hhmm % 100))
        } else if let Some(h) = num(j + 1, 1..3) {
            if t.get(j + 2).is_some_and(|t| t.is_punct(":")) {
                num(j + 3, 2..3).map(|m| (j + 4, sign, h, m))
            } else if utc {
                Some((j + 2, sign, h, 0))
            } else {
                None
            }
        } else {
            None
        }
    });
    match offset {
        Some((end, sign, h, m)) if h <= 14 && m <= 59 => {
            Some((end, format!("{sign}{h:02}:{m:02}")))
        }
        _ if utc => Some((j, "+00:00".to_owned())),
        _ => None,
    }
}

/// A time just before a date (`الساعة 11:08 ص|30 ابريل 2012`,
/// `09:53 2024/07/30`, `GMT 09:15 12.03.2021`): (its first token,
/// `THH:MM[±HH:MM]`).
pub(super) fn time_before(t: &[Token], from: usize, start: usize) -> Option<(usize, String)> {
    let (k, mut time) = (from.max(start.saturating_sub(8))..start).find_map(|k| {
        let (end, time) = time_at(t, k)?;
        // time_at passes over a leading `الساعة`: the time starts at k.
        (skip(t, end, "-–—,،|") == start).then_some((k, time))
    })?;
    // A zone written before the time.
    if k > from && t[k - 1].kind == Kind::Word && t[k - 1].is_in(UTC) && !time.contains(['+', '-'])
    {
        time.push_str("+00:00");
        return Some((k - 1, time));
    }
    Some((k, time))
}

/// `منذ 16 ساعة`, `قبل ساعتين`, `3 hours ago`: a time counted back from
/// now and nothing else.
pub(crate) fn is_relative_time(text: &str) -> bool {
    // Every line of a copy is asked: count its words before folding them.
    if !(2..=4).contains(&text.split_whitespace().count()) {
        return false;
    }
    let words: Vec<String> = text.split_whitespace().map(search::fold).collect();
    let is_in = |w: &str, table: &[&str]| table.iter().any(|t| search::fold(t) == w);
    // The page's next label may run into the unit when the copy loses the
    // space (`منذ 6 أشهرفي`): a unit with a short word stuck to it counts.
    static UNITS: LazyLock<Vec<String>> =
        LazyLock::new(|| RELATIVE_UNITS.iter().map(|u| search::fold(u)).collect());
    let is_unit = |w: &str| {
        UNITS.iter().any(|unit| {
            w.strip_prefix(unit.as_str())
                .is_some_and(|tail| tail.chars().count() <= RUN_IN_TAIL)
        })
    };
    words.iter().any(|w| is_in(w, RELATIVE_WORDS))
        && words.iter().any(|w| is_unit(w))
        && words.iter().all(|w| {
            let count = is_in(w, RELATIVE_COUNTS) || w.chars().all(|c| c.is_numeric());
            is_in(w, RELATIVE_WORDS) || is_unit(w) || count
        })
}

/// How many letters of the next word may be stuck to a relative time's
/// unit: a preposition or a short label (`في`, `عن`), never a word of text.
const RUN_IN_TAIL: usize = 3;

/// A line that is a day, a month's name, a year and perhaps a time, with
/// a label, in any order: a right-to-left page's parts copied as they were
/// laid out (`:تحديث 13 20:25 2019 أكتوبر`), written in reading order
/// (`13 أكتوبر 2019 20:25`). None when a part is missing, twice, or the
/// line has other words.
pub(super) fn parts_in_order(line: &str) -> Option<String> {
    // Every line that is no date in reading order is asked: without the
    // year's ASCII digits it cannot be one, and each word is folded once.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut day, mut month, mut year, mut time) = (None, None, None, None);
    for word in line.split_whitespace() {
        let word = word.trim_matches([':', '،', ',', '-', '|']);
        let digits = word.chars().all(|c| c.is_ascii_digit());
        let folded = search::fold(word);
        let slot = if word.is_empty() || LABELS.iter().any(|l| search::fold(l) == folded) {
            continue;
        } else if digits && word.len() == 4 {
            &mut year
        } else if digits && word.len() <= 2 {
            &mut day
        } else if is_clock(word) {
            &mut time
        } else if month_number(word).is_some() {
            &mut month
        } else {
            return None;
        };
        if slot.replace(word).is_some() {
            return None;
        }
    }
    let ordered = format!("{} {} {}", day?, month?, year?);
    Some(match time {
        Some(t) => format!("{ordered} {t}"),
        None => ordered,
    })
}

/// `HH:MM` in ASCII digits.
fn is_clock(word: &str) -> bool {
    word.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    })
}

/// The tokens left beside a dateline's date without a paper's issue
/// number (`العدد 2985`), which a print edition's date line opens with.
pub(super) fn without_issue<'t>(rest: &[&'t Token]) -> Vec<&'t Token> {
    let mut out = Vec::with_capacity(rest.len());
    let mut k = 0;
    while k < rest.len() {
        let t = rest[k];
        let numbered = rest.get(k + 1).is_some_and(|n| n.number(1..7).is_some());
        if t.kind == Kind::Word && t.is_in(ISSUE) && numbered {
            k += 2;
        } else {
            out.push(t);
            k += 1;
        }
    }
    out
}

/// The tokens left beside a dateline's date without a clock time and its
/// zone (`آخر تحديث 14:00 (GMT+0400)`, `10:30 ص`): a page's header states
/// the hour of the last update next to the date.
pub(super) fn without_clock<'t>(rest: &[&'t Token]) -> Vec<&'t Token> {
    let num =
        |i: usize, digits: Range<usize>| rest.get(i).is_some_and(|t| t.number(digits).is_some());
    let punct = |i: usize, marks: &str| rest.get(i).is_some_and(|t| t.is_punct(marks));
    let mut out = Vec::with_capacity(rest.len());
    let mut k = 0;
    while k < rest.len() {
        let t = rest[k];
        let word = |i: usize, names: &'static [&'static str]| {
            rest.get(i)
                .is_some_and(|t| t.kind == Kind::Word && t.is_in(names))
        };
        if num(k, 1..3) && punct(k + 1, ":") && num(k + 2, 2..3) {
            k += 3;
            if punct(k, ":") && num(k + 1, 2..3) {
                k += 2;
            }
        } else if num(k, 1..3)
            && punct(k + 1, ".")
            && num(k + 2, 2..3)
            && punct(k + 3, ".")
            && num(k + 4, 2..3)
        {
            // A clock with its seconds set apart by dots (`14.23.05`,
            // as an Italian system writes it).
            k += 5;
        } else if let at = k + usize::from(word(k, BEFORE_TIME))
            && num(at, 1..3)
            && (word(at + 1, AM) || word(at + 1, PM))
        {
            // An hour with no minutes (`الساعة 5 مساء`).
            k = at + 2;
        } else if word(k, LOCAL_TIME) {
            // The zone named by its city (`بتوقيت أبوظبي`, `بتوقيت مكة
            // المكرمة`): the name's words go with it.
            k += 1;
            let mut names = 0;
            while names < 2 && rest.get(k).is_some_and(|t| t.kind == Kind::Word) {
                k += 1;
                names += 1;
            }
        } else if t.kind == Kind::Word
            && (t.is_in(UTC) || t.is_in(ZONES) || t.is_in(AM) || t.is_in(PM))
        {
            k += 1;
            if punct(k, "+-") && num(k + 1, 1..5) {
                k += 2;
            }
        } else {
            out.push(t);
            k += 1;
        }
    }
    out
}
