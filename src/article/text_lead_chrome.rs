//! How a line at the top of a copy stands to the story under it: a
//! headline says in few words what its lead says at length, and shares
//! its words; the site's own lines over the lead speak of nothing in it;
//! a summary over the lead says its first words again.

use super::text_furniture::{is_credited_caption, is_furniture};
use super::text_headline_features::is_paragraph;
use super::text_lines;
use super::text_rules::{Matcher, Rules, Words};
use super::text_title::is_the_lead;
use super::{byline, dates};

/// The lead under the line at `at`, when that line is the site's chrome
/// over a copy that starts with its lead: a few words right above the
/// lead that share no word with the story's first lines (a widget's
/// label, the site's slogan, a section's names run together). A headline
/// says in few words what its lead says at length; a line that speaks of
/// nothing in the story is not its headline.
/// The widget's other lines may stand between (`الظهر 11:01`), as short
/// and as foreign to the story.
pub(super) fn chrome_over_lead(rules: &Rules, all: &[String], at: usize) -> Option<usize> {
    let short = |l: &String| (1..=CHROME_WORDS).contains(&l.split_whitespace().count());
    // A word alone is left to the rules (a badge, a one-word headline), and
    // so is a line the page says twice: its headline, over and under a
    // picture.
    let line = all.get(at)?;
    let twice = all.iter().filter(|l| *l == line).count() > 1;
    if !short(line) || line.split_whitespace().count() < 2 || twice || is_paragraph(line) {
        return None;
    }
    let lead = (at + 1..all.len())
        .filter(|&i| !all[i].is_empty())
        .take(CHROME_LINES)
        .find(|&i| is_paragraph(&all[i]))
        // Taken for the headline, the lead must read as one to stay the
        // body's first paragraph.
        .filter(|&i| is_the_lead(rules, &all[i]))?;
    let chrome: Vec<&String> = all[at..lead].iter().filter(|l| !l.is_empty()).collect();
    if !chrome.iter().all(|l| short(l)) {
        return None;
    }
    let own: Vec<String> = chrome.iter().flat_map(|l| text_lines::stems(l)).collect();
    if text_lines::stems(&all[at]).is_empty() {
        return None;
    }
    let story = all[lead..]
        .iter()
        .filter(|l| !l.is_empty())
        .take(STORY_LINES);
    let shared = story
        .flat_map(|l| text_lines::stems(l))
        .any(|w| own.contains(&w));
    (!shared).then_some(lead)
}

/// How many lines a widget over the lead takes at most.
const CHROME_LINES: usize = 5;

/// The most words of a line over the lead taken for chrome when it shares
/// none with the story: longer lines are headlines that say it in other
/// words.
const CHROME_WORDS: usize = 5;

/// How many of the story's first lines a headline is weighed against.
const STORY_LINES: usize = 30;

/// Whether `lead` uses a third of the words of `title` or more (a long
/// headline adds what the lead leaves for later).
pub(super) fn says_again(lead: &str, title: &str) -> bool {
    let own = text_lines::stems(title);
    let lead = text_lines::stems(lead);
    let shared = own.iter().filter(|w| lead.contains(w)).count();
    !own.is_empty() && shared * 3 >= own.len()
}

/// The headline a page says twice over its lead, as its title and as its
/// heading, with a byline or a picture between, when it is longer than a
/// headline's shape allows (`عن «هواجس» جيل جديد يكتب الرواية في مصر …`,
/// thirty words): the first such line below `from` that the top of the
/// copy has twice and that is no sentence's end, byline, date, caption or
/// furniture of the page. Shorter lines said twice are left to the rules:
/// pictures' captions come twice too (alt text, caption).
pub(super) fn said_twice(
    rules: &Rules,
    matcher: &Matcher,
    all: &[String],
    from: usize,
) -> Option<usize> {
    let ends = |l: &str| l.ends_with(['.', '!', '?', '؟']);
    let lead = (from..all.len())
        .find(|&i| ends(&all[i]) && all[i].split_whitespace().count() >= SAID_TWICE_LEAD_WORDS)?;
    (from..lead).find(|&i| {
        let line = &all[i];
        line.split_whitespace().count() > rules.heading_max_words
            && !ends(line)
            && all[i + 1..lead].contains(line)
            && byline::parse(line).is_none()
            && dates::find(line).is_none()
            && !is_furniture(matcher, &Words::new(line), line)
            && !is_credited_caption(line)
    })
}

/// The fewest words of the lead a headline said twice stands over.
const SAID_TWICE_LEAD_WORDS: usize = 10;

/// Drops the summary a page shows over the story: a copy of the lead,
/// the second time after its dateline (`كادقلي: 20 يناير 2025: راديو
/// دبنقا شهدت…`), where the copy with the dateline is the story's; or a
/// shorter sentence opening as the lead does (`أعلنت المؤسسة الوطنية
/// للنفط في ليبيا أن …`), after the lead's dateline or not.
pub(super) fn drop_summary_over_lead(units: &mut Vec<String>) {
    // The lead's words after its dateline (`طهران/ 3 أيلول/ إرنا- بحث…`).
    let undated = |lead: &str| super::byline::leading(lead).map(|(_, rest)| rest.to_owned());
    if units.len() > 2
        && units[1].len() > units[0].len()
        && (units[1].ends_with(units[0].as_str())
            || same_opening(&units[0], &units[1])
            || undated(&units[1]).is_some_and(|rest| same_opening(&units[0], &rest)))
    {
        units.remove(0);
    }
}

/// The most words of a deck over the lead.
const DECK_WORDS: usize = 25;
/// The fewest words of a deck: fewer are a label's or a heading's.
const DECK_MIN_WORDS: usize = 8;

/// Drops a deck the copy kept over the lead (`ضمن برنامجه للمسؤولية
/// الاجتماعية ودعماً لجهود القطاع المصرفي …`): a line of a few words
/// that ends no sentence, right over a longer paragraph that ends one.
/// A story's lead ends its sentence.
pub(super) fn drop_deck_over_lead(units: &mut Vec<String>) {
    let ends = |u: &str| {
        u.trim_end()
            .ends_with(['.', '!', '?', '؟', ':', '…', '"', '»', ')'])
    };
    let words = |u: &str| u.split_whitespace().count();
    let deck = units.len() > 2
        && (DECK_MIN_WORDS..=DECK_WORDS).contains(&words(&units[0]))
        && !ends(&units[0])
        && super::text_blocks::list_item(&units[0]).is_none()
        && words(&units[1]) > DECK_WORDS
        && ends(&units[1]);
    if deck {
        units.remove(0);
    }
}

/// Whether two paragraphs open with the same words, as many as a
/// sentence's subject and verb take.
fn same_opening(a: &str, b: &str) -> bool {
    const WORDS: usize = 6;
    let words = |p: &str| -> Vec<String> {
        p.split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .take(WORDS)
            .collect()
    };
    let a = words(a);
    a.len() == WORDS && a == words(b)
}
