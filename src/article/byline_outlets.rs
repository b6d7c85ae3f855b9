//! Outlets' names in bylines and headers: whether two spellings name one
//! site (with or without an outlet's word or its address), whether a name
//! is a listed agency, and a line that is an outlet's name alone.

use super::byline::{Part, is_in, kind};
use super::byline_names::{OUTLET_WORDS, OUTLETS};
use crate::search;

/// Whether `name` names the site called `site`: the same name, or the
/// same without an outlet's word before it or after it (`البلد` for
/// `جريدة البلد`, `بوابة الهدف` for `بوابة الهدف الإخبارية`, `المنارة` for
/// `المنارة للإعلام`).
pub fn is_same_site(site: &str, name: &str) -> bool {
    let (site, name) = (search::fold(site), search::fold(name));
    site == name || (!name.trim().is_empty() && bare_site(&site) == bare_site(&name))
}

/// A site's name without its address after it (`شمالي chamaly.ma`), as
/// some sites name themselves in their metadata.
pub fn without_domain(name: &str) -> &str {
    let name = name.trim();
    match name.rsplit_once(' ') {
        Some((rest, last))
            if last.contains('.')
                && last
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
                && rest.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) =>
        {
            rest.trim_end()
        }
        _ => name,
    }
}

/// A site's folded name without an outlet's word at either end.
fn bare_site(name: &str) -> &str {
    let mut rest = without_domain(name);
    if let Some((first, after)) = rest.split_once(' ')
        && is_in(first, OUTLET_WORDS)
    {
        rest = after.trim();
    }
    if let Some((before, last)) = rest.rsplit_once(' ')
        && is_in(last, OUTLET_WORDS)
    {
        rest = before.trim();
    }
    rest
}

/// Whether a name is one of the agencies and outlets the tables list.
pub fn is_listed_outlet(name: &str) -> bool {
    // An agency's initials spaced out or dotted (`و م ع`, `و.م.ع` for
    // `ومع`) are its name.
    let letters: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '.')
        .filter(|l| !l.is_empty())
        .collect();
    let spelled = (2..=5).contains(&letters.len())
        && letters.iter().all(|w| w.chars().count() == 1)
        && is_in(&letters.concat(), OUTLETS);
    spelled || is_in(name, OUTLETS)
}

/// A line that is a news outlet's name alone (`فلسطين اليوم`, `رويترز`,
/// `قناة الغد`): a site's name under its headline. Only names from the
/// outlet tables or with an outlet word count; a lone word with `ال` may
/// be a section's name and is not taken.
pub fn outlet(line: &str) -> Option<String> {
    let line = line.trim();
    // The tatweel is a letter to `char`, but alone between spaces it is a
    // dash (`القاهرة ـ صحيفة الوطن`): a byline, not a name.
    let plain = !line.contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        && !line.split_whitespace().any(|w| w.chars().all(|c| c == 'ـ'));
    (plain && line.split_whitespace().nth(4).is_none() && kind(line, false)? == Part::Outlet)
        .then(|| line.to_owned())
}

/// An outlet's editor signing for it (`بواسطة محرر الفجيرة اليوم`): the
/// outlet, as a theme names the site's own account.
pub fn editors_outlet(name: &str) -> Option<String> {
    let (word, rest) = name.trim().split_once(' ')?;
    super::byline::EDITORS
        .contains(&word)
        .then(|| outlet(rest))
        .flatten()
}

/// A site's description of the kind of outlet it is (`صحيفة إلكترونية
/// شاملة`, `موقع إخباري مستقل`), as its masthead sets it beside its name:
/// an outlet's word and words that describe it, naming no outlet.
pub fn is_description(part: &str) -> bool {
    let mut words = part.split_whitespace();
    words.next().is_some_and(|first| is_in(first, OUTLET_WORDS))
        && words.clone().next().is_some()
        && words.all(|w| is_in(w, DESCRIBING))
}

/// A masthead's name without the site's description beside it (`عيون
/// الفجيرة - صحيفة إلكترونية شاملة`).
pub fn without_description(line: &str) -> &str {
    line.split_once(" - ")
        .filter(|(_, kind)| is_description(kind))
        .map_or(line, |(name, _)| name.trim())
}

/// Words a site describes its kind with.
const DESCRIBING: &[&str] = &[
    "إلكترونية",
    "إلكتروني",
    "الكترونية",
    "الكتروني",
    "إخبارية",
    "إخباري",
    "اخبارية",
    "اخباري",
    "شاملة",
    "شامل",
    "يومية",
    "يومي",
    "أسبوعية",
    "أسبوعي",
    "مستقلة",
    "مستقل",
    "محلية",
    "محلي",
    "عربية",
    "عربي",
    "رقمية",
    "رقمي",
    "ثقافية",
    "رياضية",
    "اقتصادية",
    "سياسية",
    "متخصصة",
    "متخصص",
    "متجددة",
    "و",
];

#[cfg(test)]
mod tests {
    #[test]
    fn a_sites_description_names_no_outlet() {
        for part in ["صحيفة إلكترونية شاملة", "موقع إخباري مستقل", "جريدة يومية"]
        {
            assert!(super::is_description(part), "{part}");
        }
        for part in [
            "صحيفة الخليج",
            "موقع عمون",
            "صحيفة",
            "وكالة الأنباء العمانية",
        ] {
            assert!(!super::is_description(part), "{part}");
        }
    }
}
