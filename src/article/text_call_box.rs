//! A sales box a site sets between a story's paragraphs: a button alone
//! on its line (`تواصل معنا`) under a line or two of its pitch (`هل تبحث
//! عن وحدة في العاصمة؟` / `قارن بين أكثر من 100 كمبوند مع خبرائنا
//! مجانًا`). The story's own lines end a sentence or run longer.

use super::phrases::ar::CALL_BUTTONS;
use super::text_pictographs::is_pictograph;

/// The most lines of a box's pitch over its button.
const PITCH_LINES: usize = 2;
/// The most words of a line of the pitch.
const PITCH_WORDS: usize = 16;

/// Drops every sales box from `units`: the button and the pitch above
/// it. A button that opens the text is left, so a copy keeps its text.
pub fn drop_call_boxes(units: &mut Vec<String>) {
    let mut at = 1;
    while at < units.len() {
        if !is_button(&units[at]) {
            at += 1;
            continue;
        }
        let above: Vec<&str> = units[1..at].iter().map(String::as_str).collect();
        let mut start = at - box_above(&above);
        // A plea of a paragraph under its label (`ادعم أليتيا` / `إذا كنت
        // تقرأ هذه السطور …` / `تبرّع الآن`).
        if start == at && at > 2 && is_support_label(&units[at - 2]) {
            start = at - 2;
        }
        units.drain(start..=at);
        at = start.max(1);
    }
}

/// How many of the last of `lines` are a box's over its button: its
/// pitch (`هل تبحث عن وحدة في العاصمة؟`), a gift's amounts (`5 د.ك`,
/// `25 د.ك`) and the plea over them (`ساهم في حملة «رمضان أجر ومغفرة»`).
pub(super) fn box_above(lines: &[&str]) -> usize {
    let from_end = |n: usize| lines[lines.len() - 1 - n];
    let mut n = 0;
    while n < PITCH_LINES.min(lines.len()) && is_pitch(from_end(n)) {
        n += 1;
    }
    let pitched = n;
    while n < lines.len() && is_amount(from_end(n)) {
        n += 1;
    }
    if n > pitched && n < lines.len() && is_plea(from_end(n)) {
        n += 1;
    }
    n
}

/// A gift's amount alone on its line (`10 د.ك`, `٥٠ ريال`).
fn is_amount(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=3).contains(&words) && line.trim().starts_with(char::is_numeric)
}

/// A short call to give (`ساهم في حملة …`, `تبرع لكفالة يتيم`).
fn is_plea(line: &str) -> bool {
    let folded = crate::search::fold(line.trim());
    let first = folded.split_whitespace().next().unwrap_or_default();
    ["ساهم", "ساهموا", "تبرع", "تبرعوا"].contains(&first) && is_pitch(line)
}

/// A button alone (`تواصل معنا`), or run onto a pitch of a few words
/// (`💚 ساهم في علاج طفل.. تبرع الآن`) or onto a question.
pub(super) fn is_button(line: &str) -> bool {
    // (With its marks or without: `سجّل الآن`.)
    // (Or with the heart a charity draws beside it: `تبرع الآن 💚`.)
    let line = line.trim_matches(|c: char| c.is_whitespace() || is_pictograph(c));
    let line = crate::search::fold(line);
    let line = line.trim_end_matches(':').trim_end();
    let buttons = || CALL_BUTTONS.iter().map(|b| crate::search::fold(b));
    let words = line.split_whitespace().count();
    // Or first, with what the gift does (`تبرع الآن لإطعام أسرة صائمة`).
    let with_purpose = |b: &str| {
        line.strip_prefix(b)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with('ل') && !rest.ends_with(['.', '،']))
    };
    buttons().any(|b| b == line)
        || CLICK_BUTTONS.contains(&line)
        || (words <= RUN_ON_WORDS && buttons().any(|b| line.ends_with(&b) || with_purpose(&b)))
        // A question and the button that answers it (`هل تريد الحصول على
        // معلومات منتظمة عن ألمانيا؟ اشترك هنا:`).
        || (words <= PITCH_WORDS
            && line
                .rsplit_once(['؟', '?'])
                .is_some_and(|(_, after)| buttons().any(|b| after.trim() == b)))
}

/// A link's button alone on its line, under a pitch that names no
/// destination (`اخبار الموقع الآن عبر خدمة` / `اضغط هنا`). Run on to a
/// line, it says where it leads (`للاطلاع على القرار اضغط هنا`), which
/// the foot's rules read.
const CLICK_BUTTONS: [&str; 2] = ["اضغط هنا", "انقر هنا"];

/// The most words of a pitch with its button run on.
const RUN_ON_WORDS: usize = 8;

/// A box's label asking the reader's support for the site (`ادعم
/// أليتيا`, `ادعمونا`).
pub(super) fn is_support_label(line: &str) -> bool {
    let folded = crate::search::fold(line.trim());
    let words = folded.split_whitespace().count();
    (1..=3).contains(&words)
        && ["ادعم", "ادعموا", "ادعمونا", "ادعمنا"]
            .iter()
            .any(|w| folded.split_whitespace().next() == Some(w))
}

/// A short line that ends no statement: a question, an offer, a call.
pub(super) fn is_pitch(line: &str) -> bool {
    // A list's item is the story's, however short.
    line.split_whitespace().nth(PITCH_WORDS).is_none()
        && !line.trim_end().ends_with(['.', ':'])
        && super::text_blocks::list_item(line).is_none()
}
