//! The site's own name on a line of its own near the headline, which a
//! copy keeps without an outlet word (`صدى الوادي`, `الوادي`): it is the
//! source when the text cites it as an outlet, in quotes or parentheses
//! (`تلقته (صدى الوادي)`, `أجرتها "الوادي"`) or told something
//! (`قال لصدى الوادي`). A section's name, a place or a caption is never
//! cited that way, so it stays furniture.

use super::byline::is_in;
use super::byline_names::PLACES;
use super::text_foot::has_arabic;
use super::text_rules::{Matcher, Rules, Words};
use crate::search;

/// How many short lines before the lead may hold the site's name.
const LOOK: usize = 4;

/// The site's name among `lone` (one-word lines the walk dropped before
/// the lead) and the short units above the lead, when `text` cites it as
/// an outlet. A unit that gave it leaves `units`.
pub fn take_cited(
    rules: &Rules,
    matcher: &Matcher,
    lone: &[String],
    units: &mut Vec<String>,
    text: &str,
) -> Option<String> {
    let lead = units
        .iter()
        .take(LOOK)
        .position(|u| u.ends_with(rules.closing_punctuation) || words(u) > rules.heading_max_words)
        .unwrap_or(0);
    // Folded only when a line may be the site's name: most copies have none.
    let folded = std::cell::OnceCell::new();
    let site = |name: &str| {
        is_site_name(matcher, name) && is_cited(folded.get_or_init(|| folded_text(text)), name)
    };
    if let Some(at) = units[..lead].iter().position(|u| site(u)) {
        return Some(units.remove(at));
    }
    lone.iter().find(|name| site(name)).cloned()
}

pub(super) fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A name of one to three words, letters only, that is neither a section
/// nor a place.
fn is_site_name(matcher: &Matcher, name: &str) -> bool {
    (1..=3).contains(&words(name))
        && name.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !matcher.sections.is(&Words::new(name))
        && !is_in(name, PLACES)
}

/// The copy's lines that hold anything, trimmed.
pub(super) fn filled_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The text folded, with one space between words.
pub(super) fn folded_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        search::fold_into(word, &mut out);
    }
    out
}

/// Whether the folded text names `name` as an outlet: in quotes or
/// parentheses, or after `ل` (`لصدى الوادي`; not for a name with the
/// article, where `لل…` is any word's "to the").
pub(super) fn is_cited(folded: &str, name: &str) -> bool {
    let name = folded_text(name);
    let quoted = [('(', ')'), ('"', '"'), ('«', '»'), ('“', '”'), ('“', '“')]
        .iter()
        .any(|(open, close)| folded.contains(&format!("{open}{name}{close}")));
    let told = !name.starts_with("ال")
        && folded
            .match_indices(&format!("ل{name}"))
            .any(|(at, found)| {
                let before = folded[..at].chars().next_back();
                let after = folded[at + found.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphabetic())
                    && after.is_none_or(|c| !c.is_alphabetic())
            });
    quoted || told || told_to_named(folded, &name)
}

/// The copyright notice among a copy's last lines.
pub(super) fn foot_notice<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines
        .iter()
        .rev()
        .take(FOOT_LINES)
        .find(|l| l.contains('©') || (l.contains("حقوق") && l.contains("محفوظة")))
        .copied()
}

/// The site's name when its masthead and its copyright line both give
/// it (`المكتب الإعلامي لحكومة دبي` on a line of its own at the top, and
/// `حقوق النشر © 2024 المكتب الإعلامي لحكومة دبي` at the foot): the
/// source of a story no byline signs, its own staff's.
pub fn copyright_site(matcher: &Matcher, text: &str) -> Option<String> {
    let lines: Vec<&str> = filled_lines(text).collect();
    let notice = foot_notice(&lines)?;
    let folded = folded_text(notice);
    let named: Vec<&str> = lines
        .iter()
        .take(TOP_LINES)
        .map(|l| super::byline_outlets::without_description(l))
        .filter(|l| (2..=MASTHEAD_WORDS).contains(&words(l)) || is_site_name(matcher, l))
        .filter(|l| is_name_with_number(l))
        .filter(|l| !matcher.sections.is(&Words::new(l)) && !is_in(l, PLACES))
        .filter(|l| {
            let name = folded_text(l);
            folded.match_indices(&name).any(|(at, found)| {
                let before = folded[..at].chars().next_back();
                let after = folded[at + found.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphabetic() || c == 'ل')
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .collect();
    // The state over a ministry's masthead (`جمهورية مصر العربية` /
    // `وزارة الصحة والسكان`) is named in the notice too: the ministry is
    // the site.
    let top = named
        .iter()
        .find(|l| !super::text_site_notice::is_state(l))
        .or(named.first())
        .map(|l| (*l).to_owned());
    // A site whose masthead is a logo names itself in the notice alone
    // (`© 2023 جامعة بيرزيت. جميع الحقوق محفوظة.`); a menu's word at the
    // top the notice's name opens with (`الجامعة`) is no masthead.
    let noticed = super::text_site_notice::named(notice);
    let first = lines.first().copied();
    match (top, noticed) {
        (Some(top), Some(whole))
            if whole.len() > top.len()
                && whole.starts_with(&top)
                && first != Some(&top)
                && words(&top) < 2 =>
        {
            Some(whole)
        }
        // A one-word masthead that is the short name the notice's whole
        // name ends with (`اليمنية`, `© الخطوط الجوية اليمنية`).
        (Some(top), Some(whole))
            if words(&top) < 2 && words(&whole) >= 3 && whole.ends_with(&format!(" {top}")) =>
        {
            Some(whole)
        }
        // The notice names the site and its country, the copy's first
        // line the site in full (`وزارة الأوقاف المصرية`).
        (None, noticed) => first
            .map(|f| super::text_masthead::arabic_of_pair(f).unwrap_or(f))
            .filter(|f| words(f) <= MASTHEAD_WORDS)
            .and_then(|f| {
                super::text_site_notice::names(notice)
                    .iter()
                    .any(|name| name.contains(' ') && f.starts_with(&format!("{name} ")))
                    .then(|| f.to_owned())
            })
            .or(noticed),
        (top, noticed) => top.or(noticed),
    }
}

/// Letters, with at most one number for a word (`السويداء 24`).
fn is_name_with_number(line: &str) -> bool {
    let numbers = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_numeric))
        .count();
    line.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && numbers <= 1
        && line.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// How far from the top the masthead, and from the foot the copyright
/// line, may stand; the most words of the site's name.
pub(super) const TOP_LINES: usize = 12;
const FOOT_LINES: usize = 8;
pub(super) const MASTHEAD_WORDS: usize = 6;

/// Verbs a story tells a site's words with (`وأوضح للمملكة`), folded.
const TELLING: &[&str] = &[
    "قال", "اوضح", "اكد", "اضاف", "صرح", "كشف", "افاد", "بين", "اشار",
];

/// A name with the article told to after a verb of telling: `للمملكة`
/// is `ل` and `المملكة`, which alone may be any noun's; after `وأوضح`
/// it is the site the words were said to.
fn told_to_named(folded: &str, name: &str) -> bool {
    let Some(bare) = name.strip_prefix("ال") else {
        return false;
    };
    let told = format!("لل{bare}");
    // Most texts never name it so: one scan before splitting them.
    if !folded.contains(&told) {
        return false;
    }
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let said = pair[0].strip_prefix('و').unwrap_or(pair[0]);
        let said = said.strip_suffix('ت').unwrap_or(said);
        pair[1].trim_end_matches(|c: char| !c.is_alphabetic()) == told && TELLING.contains(&said)
    })
}

/// The most words of a site's name beside its Latin logo (`AS FAR` /
/// `الجمعية الرياضية للقوات المسلحة الملكية`).
const NAME_WORDS: usize = 6;

/// The Arabic name on a line right beside a line that is the site's Latin
/// name `latin` alone, when `latin` has no Arabic letter.
pub fn arabic_beside(matcher: &Matcher, latin: &str, text: &str) -> Option<String> {
    let is_latin = |s: &str| s.chars().any(char::is_alphabetic) && !has_arabic(s);
    if !is_latin(latin) {
        return None;
    }
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let named = |l: &str| {
        has_arabic(l)
            && (1..=NAME_WORDS).contains(&l.split_whitespace().count())
            // The menu under the logo (`الرئيسية`) names no site; a
            // section's word with a place is a name (`بورصة مسقط`).
            && !matcher.sections.is(&Words::new(l))
            && !matcher.drop.is(&Words::new(l))
            // Nor does the releases' section over the headline (`بيانات
            // صحفية`).
            && !super::text_release::is_release_kind(l)
            && super::text_masthead::numbered(l)
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ')
    };
    // The language menu under the logo (`العربية` / `English`) names the
    // page's language, not the site.
    let language_menu = |j: usize| {
        ["العربية", "عربي"].contains(&lines[j])
            && lines[j.saturating_sub(2)..lines.len().min(j + 3)]
                .iter()
                .any(|l| super::text_masthead::is_language_link(l))
    };
    lines.iter().enumerate().find_map(|(i, line)| {
        if !line.eq_ignore_ascii_case(latin) {
            return None;
        }
        let beside: Vec<&str> = [Some(i + 1), i.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter(|&j| j < lines.len() && !language_menu(j))
            .map(|j| lines[j])
            .filter(|l| named(l))
            .collect();
        // The name the story says again over a menu's item beside it
        // (`الجامعة الأهلية` / `Ahlia University` / `عن الجامعة`).
        let said_again = |l: &&&str| text.matches(**l).count() > 1;
        beside
            .iter()
            .find(said_again)
            .or(beside.first())
            .map(|l| (*l).to_owned())
    })
}

/// The site's Arabic name beside its logo's Latin letters at the top of
/// a copy (`الاتحاد التونسي للصناعة والتجارة …` / `UTICA`): the source
/// of a story no byline signs, when no copyright notice names it.
pub fn beside_acronym(matcher: &Matcher, text: &str) -> Option<String> {
    let lines: Vec<&str> = filled_lines(text).take(ACRONYM_LINES).collect();
    let acronym = |l: &str| {
        (3..=8).contains(&l.len())
            && l.chars().all(|c| c.is_ascii_uppercase())
            && !MENU_LETTERS.contains(&l)
    };
    let at = lines.iter().position(|l| acronym(l))?;
    let before = at.checked_sub(1).and_then(|i| lines.get(i));
    [before, lines.get(at + 1)]
        .into_iter()
        .flatten()
        .find(|l| is_arabic_name(matcher, l))
        .map(|l| (*l).to_owned())
}

/// A line that may be the site's Arabic name: a few words, letters only,
/// no section's name nor the page's furniture.
fn is_arabic_name(matcher: &Matcher, line: &str) -> bool {
    has_arabic(line)
        && (2..=MASTHEAD_WORDS).contains(&words(line))
        && line.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !matcher.sections.is(&Words::new(line))
        && !matcher.drop.is(&Words::new(line))
}

/// The site's Arabic name heading the copy and said again in its foot
/// (`المكتب الوطني للكهرباء والماء الصالح للشرب` under the Latin menus,
/// and over the address, or before it on its line): the source of a story no byline signs.
pub fn named_top_and_foot(matcher: &Matcher, text: &str) -> Option<String> {
    let lines: Vec<&str> = filled_lines(text).collect();
    // The foot starts below the top: a short copy's headline is in both.
    let top = &lines[..lines.len().min(TOP_LINES)];
    let foot = &lines[lines.len().saturating_sub(FOOT_NAME_LINES).max(top.len())..];
    // Or over its city and country (`وزارة الخارجية - بنغازي - ليبيا`).
    let in_foot = |name: &str| {
        foot.iter().any(|f| {
            f.strip_prefix(name).is_some_and(|rest| {
                rest.is_empty()
                    || rest
                        .trim_start()
                        .starts_with(['-', '–', '—', '،', ',', '|'])
            })
        })
    };
    // A desk the menus link at both ends (`غرفة الأخبار`) is no name.
    top.iter()
        .find(|l| is_arabic_name(matcher, l) && in_foot(l) && !super::byline::is_desk(l))
        .map(|l| (*l).to_owned())
}

/// How far up from a copy's end its foot names the site.
const FOOT_NAME_LINES: usize = 8;

/// The site's name at the top of a copy that its menu's "about" link
/// says again (`ألبا` / `عن ألبا`): the source of a story no byline
/// signs, when nothing else names it.
pub fn named_by_about_link(text: &str) -> Option<String> {
    let lines: Vec<&str> = filled_lines(text).take(ABOUT_LINES).collect();
    lines.iter().find_map(|l| {
        let name = l.strip_prefix("عن ")?.trim();
        let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
        (plain && (1..=MASTHEAD_WORDS).contains(&words(name)) && lines.contains(&name))
            .then(|| name.to_owned())
    })
}

/// How far down a copy the site's name and its menu stand.
const ABOUT_LINES: usize = 15;

/// How far down a copy the logo's letters may stand.
const ACRONYM_LINES: usize = 6;

/// Capitals a site's menu shows that are no logo.
const MENU_LETTERS: &[&str] = &["RSS", "PDF", "FAQ", "ENG", "LIVE", "HOME"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_in_quotes_parentheses_or_told_to() {
        let text = "قال تاجر لصدى الوادي إن الطلب زاد، وفق جولة أجرتها \"الساحل\" و(نبض المدينة).";
        let folded = folded_text(text);
        for name in ["صدى الوادي", "الساحل", "نبض المدينة"] {
            assert!(is_cited(&folded, name), "{name}");
        }
        // A name with the article, told to after a verb of telling.
        let folded = folded_text("وأوضح للمملكة أن النتائج ستعلن، وقال إن الطلب للمملكة كبير.");
        assert!(is_cited(&folded, "المملكة"));
        assert!(!is_cited(&folded_text("إن الطلب للمملكة كبير."), "المملكة"));
        let folded = folded_text(text);
        // Named without quotes, or inside a longer word: not cited.
        for name in ["تاجر", "الطلب", "الوادي", "جولة"] {
            assert!(!is_cited(&folded, name), "{name}");
        }
    }
}
