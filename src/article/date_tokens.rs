//! A date's text cut into tokens: runs of digits folded to ASCII, runs of
//! letters folded, and single punctuation marks, with the bidi marks and
//! invisible spaces sites scatter through dates left out.

use std::ops::Range;

use super::date_names::{folded, folded_weekdays, weekday_number};
use crate::search;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Num,
    Word,
    Punct,
}

/// A run of digits (folded to ASCII), of letters (folded), or one
/// punctuation mark.
#[derive(Debug)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) text: String,
    pub(crate) at: Range<usize>,
}

impl Token {
    pub(crate) fn is_in(&self, list: &'static [&'static str]) -> bool {
        folded(list).contains(&self.text)
    }

    /// A day of the week; an Arabic one with or without its article, as
    /// some sites print the bare name (`أربعاء, 10/12/2025 - 15:51`).
    pub(crate) fn is_weekday(&self) -> bool {
        folded_weekdays().iter().any(|(day, _)| *day == self.text)
            || (self.kind == Kind::Word && weekday_number(&self.text).is_some())
    }

    pub(crate) fn is_punct(&self, marks: &str) -> bool {
        self.kind == Kind::Punct && self.text.chars().all(|c| marks.contains(c))
    }

    pub(crate) fn number(&self, digits: Range<usize>) -> Option<u32> {
        (self.kind == Kind::Num && digits.contains(&self.text.len()))
            .then(|| self.text.parse().ok())
            .flatten()
    }
}

/// White space and the marks that change no letter: bidi controls,
/// zero-width spaces, a BOM, a soft hyphen.
pub(super) fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}' | '\u{00AD}')
}

fn class(c: char) -> Option<Kind> {
    if is_invisible(c) {
        None
    } else if c.is_numeric() && search::fold(c.encode_utf8(&mut [0; 4])).len() == 1 {
        Some(Kind::Num)
    } else if c.is_alphabetic() || matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}') {
        Some(Kind::Word)
    } else {
        Some(Kind::Punct)
    }
}

pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    let mut last_end = usize::MAX;
    for (i, c) in text.char_indices() {
        let Some(kind) = class(c) else { continue };
        let end = i + c.len_utf8();
        let joined =
            kind != Kind::Punct && out.last().is_some_and(|t| t.kind == kind && last_end == i);
        if let Some(t) = out.last_mut().filter(|_| joined) {
            t.at.end = end;
        } else {
            out.push(Token {
                kind,
                text: String::new(),
                at: i..end,
            });
        }
        if let Some(t) = out.last_mut() {
            t.text.push_str(&search::fold(&text[i..end]));
        }
        last_end = end;
    }
    out.retain(|t| !t.text.is_empty());
    numbered_months(&mut out);
    split_glued_clock(&mut out, text);
    out
}

/// A year run into the time after it (`27/3/202412:05`), as a page sets
/// the day and the time in two spans and a copy loses the space between
/// them: the year's four digits, then the hour.
fn split_glued_clock(tokens: &mut Vec<Token>, text: &str) {
    let glued = (1..tokens.len().saturating_sub(2)).find(|&i| {
        let (slash, number, colon) = (&tokens[i - 1], &tokens[i], &tokens[i + 1]);
        slash.text == "/"
            && number.kind == Kind::Num
            && number.text.is_ascii()
            && (5..=6).contains(&number.text.len())
            && (number.text.starts_with("19") || number.text.starts_with("20"))
            && colon.text == ":"
            && number.at.end == colon.at.start
    });
    let Some(i) = glued else { return };
    let at = tokens[i].at.clone();
    let Some(split) = text[at.clone()]
        .char_indices()
        .nth(4)
        .map(|(b, _)| at.start + b)
    else {
        return;
    };
    let hour = Token {
        kind: Kind::Num,
        text: tokens[i].text[4..].to_owned(),
        at: split..at.end,
    };
    tokens[i].text.truncate(4);
    tokens[i].at.end = split;
    tokens.insert(i + 1, hour);
}

/// Joomla's Arabic pages number the Levantine months that come in pairs
/// (`25 تشرين1/أكتوبر 2022`, `كانون2`): the number glued to the name is
/// the month's `الأول` or `الثاني`, never a day.
fn numbered_months(tokens: &mut [Token]) {
    for i in 1..tokens.len() {
        let (before, after) = tokens.split_at_mut(i);
        let (name, number) = (&before[i - 1], &mut after[0]);
        let glued =
            name.kind == Kind::Word && number.kind == Kind::Num && name.at.end == number.at.start;
        if !glued || !matches!(name.text.as_str(), "تشرين" | "كانون") {
            continue;
        }
        let order = match number.text.as_str() {
            "1" => "الاول",
            "2" => "الثاني",
            _ => continue,
        };
        number.kind = Kind::Word;
        number.text = order.to_owned();
    }
}
