//! A copy's sections read as its source or its writer: the menu's item
//! said again under the headline or on the story's fields line
//! (`الأخبار`), and the post's categories under its date.

use super::byline;
use super::text_header::Header;

/// Drops the source or the writer a copy's sections gave. `copyright`
/// gives the name the site's notice says, asked for only when a rule
/// needs it.
pub(super) fn drop_sections<'a>(
    text: &str,
    head: &mut Header,
    copyright: impl FnOnce() -> Option<&'a str>,
) {
    // A section the menu lists too, read off the line of the story's
    // fields (`2024-05-19 الأخبار 418 مشاهدة`), on a site whose notice
    // names it otherwise, and no sentence cites: no source.
    let cited = |s: &str| {
        text.lines()
            .filter(|l| l.split_whitespace().count() >= CITING_WORDS)
            .any(|l| l.split(|c: char| !c.is_alphabetic()).any(|w| w == s))
    };
    if head.source.as_deref().is_some_and(|s| {
        is_menu_item(text, s, 1)
            && s.split_whitespace().count() == 1
            && !cited(s)
            && copyright().is_some_and(|c| {
                c.split_whitespace().nth(1).is_some() && !byline::is_same_site(c, s)
            })
    }) {
        head.source = None;
    }
    // A section's name alone under the headline that the menu above lists
    // too (`الأخبار`, also a paper's name): the story's section, no source.
    if head.source_alone()
        && head.masthead != head.source
        && head
            .source
            .as_deref()
            .is_some_and(|s| is_menu_item(text, s, 2))
    {
        head.source = None;
    }
    // The post's categories under its date (`بيانات صحفية, مصر`), each
    // an item of the menu or the trail above: no one's name.
    head.author.take_if(|a| is_categories(text, a));
    // Or its one section, an item of the menu said again at the foot
    // (`12 نوفمبر، 2024 | الأخبار والنشاطات`).
    head.author.take_if(|a| is_menu_item(text, a, 2));
}

/// The fewest words of a line of the story's that cites its source.
const CITING_WORDS: usize = 8;

/// Whether `name`, a word or two, stands alone on `times` lines or more
/// of the copy, once between other items of the site's menu: said again
/// as the story's section.
fn is_menu_item(text: &str, name: &str, times: usize) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let item = |l: &str| {
        !l.is_empty() && l.split_whitespace().nth(3).is_none() && !l.contains(char::is_numeric)
    };
    let at: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == name).collect();
    name.split_whitespace().nth(2).is_none()
        && at.len() >= times
        && at
            .iter()
            .any(|&i| i > 0 && lines.get(i + 1).is_some_and(|l| item(l)) && item(lines[i - 1]))
}

/// Whether `name` is a list of two or more sections parted by commas,
/// each alone on a line of the copy or a step of its trail (`الرئيسية »
/// بيانات صحفية » مصر`), one of them at least a step: writers' names
/// stand alone on their cards too.
fn is_categories(text: &str, name: &str) -> bool {
    let parts: Vec<&str> = name.split([',', '،']).map(str::trim).collect();
    let short = |part: &str| !part.is_empty() && part.split_whitespace().nth(3).is_none();
    let stepped = |part: &str| {
        text.lines()
            .filter(|l| l.contains(['»', '›']))
            .any(|l| l.split(['»', '›']).any(|step| step.trim() == part))
    };
    let alone = |part: &str| text.lines().any(|l| l.trim() == part);
    parts.len() >= 2
        && parts.iter().all(|p| short(p) && (alone(p) || stepped(p)))
        && parts.iter().any(|p| stepped(p))
}

/// The most words of a category after a post's date.
const CATEGORY_WORDS: usize = 3;

/// A post's date with its categories after it, as a blog's theme sets
/// them under the headline (`أكتوبر 22, 2024 أخبار الجامعة, كلية
/// الهندسة`): the date. Two categories or more, each a few words and
/// letters only; a sentence after a date is the lead.
pub(super) fn dated_categories(line: &str) -> Option<String> {
    let line = line.trim();
    let found = super::dates::find(line)?;
    let rest = line.get(found.range.end..)?.trim();
    let items: Vec<&str> = rest.split([',', '،']).map(str::trim).collect();
    let category = |item: &&str| {
        let words = item.split_whitespace().count();
        (1..=CATEGORY_WORDS).contains(&words) && item.chars().all(|c| c.is_alphabetic() || c == ' ')
    };
    (found.range.start == 0 && items.len() >= 2 && items.iter().all(category)).then_some(found.iso)
}
