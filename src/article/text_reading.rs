//! A story's reading time as pages show it: `3 دقائق`, `قراءة 3 دقائق`,
//! `وقت القراءة: 3 دقائق`, `دقائق القراءة: 6`, `6-8 دقائق`.

use super::text_rules::{ARABIC_NEWS, Rules};
use crate::search;

/// A line that is only the story's reading time (`1 دقيقة للقراءة`),
/// wherever the page put it: its header reads it, nothing else keeps it.
pub(super) fn is_reading_time(line: &str) -> bool {
    // After its label: `وقت القراءة: 3 دقائق`, `Reading time: 4 min`.
    let (line, minutes_label) = match line.split_once(':') {
        Some((label, rest)) if is_reading_label(label) => (rest, names_minutes(label)),
        _ => (line, false),
    };
    let mut words: Vec<&str> = line.split_whitespace().collect();
    // A label that names the minutes before the number alone
    // (`دقائق القراءة: 6`).
    if minutes_label && words.len() == 1 && number(words[0]).is_some() {
        return true;
    }
    // A range of minutes (`6-8 دقائق`) reads as its last number.
    if let Some(first) = words.first_mut()
        && let Some((low, high)) = first.split_once(['-', '–'])
        && number(low).is_some()
        && number(high).is_some()
    {
        *first = high;
    }
    // Or before the minutes with no colon (`قراءة 3 دقائق`).
    let at = match find_minutes(&ARABIC_NEWS, &words) {
        Some((at, len, _)) if at + len == words.len() && len > 1 => at,
        _ => return false,
    };
    at == 0 || (at <= 2 && is_reading_label(&words[..at].join(" ")))
}

/// Whether a label has a word for minutes (`دقائق القراءة`).
fn names_minutes(label: &str) -> bool {
    label.split_whitespace().any(|w| {
        let folded = crate::search::fold(w);
        ARABIC_NEWS
            .minute_words
            .iter()
            .any(|m| crate::search::fold(m) == folded)
    })
}

/// A field's label that names the reading time: a few words, one of them
/// reading (with the article or without).
pub(super) fn is_reading_label(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    words.len() <= 3
        && words.iter().any(|w| {
            let folded = crate::search::fold(w);
            let bare = folded.strip_prefix("ال").unwrap_or(&folded);
            ARABIC_NEWS
                .read_words
                .iter()
                .any(|r| crate::search::fold(r) == bare)
        })
}

/// `2 دقيقة للقراءة`, `٣ دقائق`, `دقيقتان`: (first word, word count, minutes).
pub fn find_minutes(rules: &Rules, words: &[&str]) -> Option<(usize, usize, u32)> {
    let is = |w: &str, list: &[&str]| {
        let f = search::fold(w);
        list.iter().any(|x| f == search::fold(x))
    };
    for (i, w) in words.iter().enumerate() {
        let (minutes, mut len) = if let Some(n) = number(w) {
            match words.get(i + 1) {
                Some(unit) if is(unit, rules.minute_words) => (n, 2),
                _ => continue,
            }
        } else if let Some(&(_, n)) = rules
            .counted_minutes
            .iter()
            .find(|(word, _)| search::fold(w) == search::fold(word))
        {
            (n, 1)
        } else {
            continue;
        };
        if words.get(i + len).is_some_and(|r| is(r, rules.read_words)) {
            len += 1;
        }
        if minutes > 0 {
            return Some((i, len, minutes));
        }
    }
    None
}

/// A number in Latin, Arabic-Indic or Persian digits.
pub(super) fn number(word: &str) -> Option<u32> {
    let folded = search::fold(word);
    if folded.is_empty() || folded.len() > 6 || !folded.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    folded.parse().ok()
}
