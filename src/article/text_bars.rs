//! Lines of short parts set apart by bars, arrows or bullets: a menu, a
//! trail, a row of buttons and counters, a comment form's fields.

use super::text_chrome::{BARS, LABEL_WORDS, LINK_ARROWS};
use super::text_rules::{Matcher, Words};
use crate::search;

/// A bar of the comments' fields with the form's prompt in it (`تعليقات
/// 3 | إضافة تعليق`), or of the links to the stories beside it: where
/// the story ends.
/// Or buttons each in its brackets (`[ طباعة ] [ المزيد من الأخبار ] [
/// رجوع ]`).
pub fn is_barred_end(matcher: &Matcher, line: &str) -> bool {
    let bracketed = bracketed_as_bar(line);
    (bracketed.is_some() || is_bar(line))
        && bracketed.as_deref().unwrap_or(line).split('|').any(|part| {
            // Or the links to the stories before and after this one
            // (`‹ الخبر السابق | الخبر التالي ›`).
            let words = Words::new(part.trim());
            matcher.end.is(&words) || matcher.end_lines.is(&words)
        })
}

/// Buttons each in its brackets (`[ طباعة الخبر ] [ أرسل لصديق ]`), set
/// apart by bars instead.
fn bracketed_as_bar(line: &str) -> Option<String> {
    let bracketed = line.trim_start().starts_with('[')
        && line.trim_end().ends_with(']')
        && line.matches('[').count() >= 2;
    bracketed.then(|| line.replace(['[', ']'], "|"))
}

/// A bar whose every part is the page's own (`عدد المشاهدات: 1243 |
/// طباعة | أرسل لصديق`): a counter and buttons under the story.
pub fn is_furniture_bar(matcher: &Matcher, line: &str) -> bool {
    // Or buttons each in its brackets (`[ طباعة الخبر ] [ أرسل لصديق ]`),
    // or set apart by spaced dashes (`نسخة للطباعة - أرسل هذا الخبر إلى
    // صديق`).
    let line = bracketed_as_bar(line).unwrap_or_else(|| line.replace(" - ", " | "));
    // A link back to the section may run longer than a button.
    let buttons: Vec<&str> = line
        .split(BARS)
        .map(str::trim)
        .filter(|part| !part.is_empty() && !is_back_link(part))
        .collect();
    line.contains('|')
        && !buttons.is_empty()
        && (is_bar(&line) || (buttons.len() >= 2 && is_bar(&buttons.join(" | "))))
        && buttons
            .iter()
            .all(|part| super::text_furniture::is_furniture(matcher, &Words::new(part), part))
}

/// A link back to the section alone on a line: with its arrow (`‹ العودة
/// إلى لائحة الأخبار`), or to a list of stories by its name (`عودة إلى
/// البيانات الصحفية`), which no sentence of a story goes back to.
pub fn is_back_link_alone(line: &str) -> bool {
    let line = line.trim();
    if let Some(rest) = line.strip_prefix(LINK_ARROWS) {
        return is_back_link(rest.trim_start());
    }
    back_link_target(line)
        .and_then(|to| to.split_whitespace().next())
        .is_some_and(|first| LISTINGS.contains(&first))
}

/// The first word of a list of stories a back link names.
const LISTINGS: [&str; 8] = [
    "الأخبار",
    "الاخبار",
    "البيانات",
    "المقالات",
    "القائمة",
    "قائمة",
    "لائحة",
    "الأرشيف",
];

/// A link back to the section among a bar's buttons (`عودة إلى أخبار
/// الحركة`); alone on a line it may open a story's sentence.
fn is_back_link(part: &str) -> bool {
    back_link_target(part).is_some()
}

/// What a link back names after its words (`البيانات الصحفية` of `عودة
/// إلى البيانات الصحفية`), when `part` is one.
fn back_link_target(part: &str) -> Option<&str> {
    [
        "عودة إلى ",
        "عودة الى ",
        "العودة إلى ",
        "العودة الى ",
        "رجوع إلى ",
    ]
    .iter()
    .find_map(|back| part.strip_prefix(back))
    .filter(|_| part.split_whitespace().nth(5).is_none())
}

/// A trail from the home page or through the site's sections
/// (`الرئيسية > الأخبار`, `أخبار > اقتصاد`): the page's place, wherever
/// the copy or the page left it.
pub fn is_trail(matcher: &Matcher, line: &str) -> bool {
    let mut parts = line.split(BARS).map(str::trim).filter(|p| !p.is_empty());
    let home = |p: &str| ["الرئيسية", "الصفحة الرئيسية"].contains(&p);
    let first_home = line.split(BARS).next().is_some_and(|p| home(p.trim()));
    line.contains(['>', '»', '›'])
        && is_bar(line)
        && (first_home || parts.all(|p| home(p) || matcher.sections.is(&Words::new(p))))
}

/// Short parts set apart by bars, arrows or bullets (`EN | FR`,
/// `الواجهة > الأقاليم`, `انشر | أرسل لصديق`), or by two no-break spaces,
/// as a menu's items are spaced in some pages' markup.
pub fn is_bar(line: &str) -> bool {
    // Doubled arrows (`التالي >>`) leave empty parts, which count for none.
    let parts: Vec<&str> = line
        .split("\u{a0}\u{a0}")
        .flat_map(|spaced| spaced.split(BARS))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            p.split_whitespace().nth(LABEL_WORDS).is_none() && !p.ends_with(['.', '!', '?', '؟'])
        })
}

/// A row of links to other sites set apart by bars under the story
/// (`بوابة الحكومة المصرية | جهاز تنظيم مرفق الكهرباء وحماية المستهلك |
/// …`): three names or more, one longer than a menu's label may be, each
/// a name of a body, with no sentence's end and no number.
pub fn is_links_row(line: &str) -> bool {
    if line.matches('|').count() < 2 {
        return false;
    }
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    // A team's names set apart so (`فلان | علان | …`) are its byline.
    let person = |p: &str| super::byline::is_signed_name(p) || super::byline::is_bare_name(p);
    parts
        .iter()
        .any(|p| p.split_whitespace().nth(LABEL_WORDS).is_some())
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.split_whitespace().nth(LINK_NAME_WORDS).is_none()
                && !p.ends_with(['.', '!', '?', '؟', ':', '،'])
                && !p.chars().any(char::is_numeric)
                && !person(p)
        })
}

/// The most words of a name in a row of links.
const LINK_NAME_WORDS: usize = 8;

/// A font's size picker with its sizes named (`حجم الخط: كبير متوسط
/// صغير`), as an embassy's page sets it under the date, or its buttons
/// on one line (`زيادة حجم الخط مسح إنقاص حجم الخط`).
pub fn is_font_sizes(line: &str) -> bool {
    const SIZES: [&str; 6] = ["كبير", "متوسط", "صغير", "عادي", "أكبر", "أصغر"];
    const BUTTONS: [&str; 7] = ["زيادة", "تكبير", "إنقاص", "انقاص", "تصغير", "مسح", "إعادة"];
    // Every line of a copy is asked: most end here, copied no further.
    if !line.contains("حجم الخط") {
        return false;
    }
    let rest = line.replace("حجم الخط", " ");
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_matches([':', '|', '-', '+']))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| SIZES.contains(w) || BUTTONS.contains(w))
}

/// A share box's label over its buttons (`شارك هذه المقالة`, `شارك
/// الخبر:`, `مشاركة المقالة`): the verb, perhaps "this", and what is
/// shared, whichever of these words the site chose.
pub fn is_share_label(line: &str) -> bool {
    const VERBS: [&str; 4] = ["شارك", "شاركوا", "مشاركة", "انشر"];
    const THIS: [&str; 2] = ["هذا", "هذه"];
    const SHARED: [&str; 9] = [
        "الخبر",
        "المقال",
        "المقالة",
        "الصفحة",
        "الموضوع",
        "المنشور",
        "التقرير",
        "القصة",
        "البيان",
    ];
    let is = |list: &[&str], word: &str| list.iter().any(|w| search::fold(w) == word);
    let label = line.trim().trim_end_matches([':', ' ']);
    // A label is two or three words: a longer line is folded no further.
    if label.split_whitespace().nth(3).is_some() {
        return false;
    }
    let words: Vec<String> = label.split_whitespace().map(search::fold).collect();
    match words.as_slice() {
        [verb, shared] => is(&VERBS, verb) && is(&SHARED, shared),
        [verb, this, shared] => is(&VERBS, verb) && is(&THIS, this) && is(&SHARED, shared),
        _ => false,
    }
}
