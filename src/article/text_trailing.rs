//! What a page leaves after the article in a copy: other stories'
//! headlines from a sidebar, with their clock times, and a lone tag or the
//! agency's name under the last paragraph.

use super::byline;
use super::text_blocks::{is_heading, is_list_item, reads_as_a_name};
use super::text_rules::{Matcher, Rules, Words};
use super::text_shape;
use crate::search;

/// The headlines of other articles that a sidebar leaves after the
/// article: two or more short lines at the end without closing punctuation
/// (a heading leads into text, so these are no part of it), with the clock
/// times (`01:08 .`) between them; a line after a time is another story's
/// headline whatever its punctuation. List items and attributions stay.
/// One short line alone at the end that is not a person's name is a tag
/// (`الجريدة الرسمية`) or the agency the story came from (`سانا`): it is
/// returned, for the caller to keep as the source when it is one.
pub fn drop_trailing_headlines(
    rules: &Rules,
    matcher: &Matcher,
    units: &mut Vec<String>,
) -> Option<String> {
    drop_prompts(rules, units);
    let run = trailing_run(rules, units);
    let n = units.len();
    let headlines = units[n - run..].iter().filter(|u| !is_time(u)).count();
    // Under a sentence of the story's that announces them (`برنامج
    // التربص:`), lines with a field each (`الأحد 19 جانفي: التحاق
    // اللاعبين`) are its list.
    let announced = run < n
        && units[n - run - 1].ends_with(':')
        && units[n - run - 1].split_whitespace().nth(1).is_some()
        && units[n - run..].iter().all(|u| u.contains(": "));
    // Under a label that names them (`المنظمات الموقعة:`), short lines
    // are the statement's signatories.
    let signed = run < n && names_signatories(&units[n - run - 1]);
    if headlines >= 2 && run < n && !announced && !signed {
        let kept = credits_kept(matcher, units, run);
        units.truncate(n - run + kept);
        return None;
    }
    if run == 1 {
        lone_tag(rules, units)
    } else {
        None
    }
}

/// A label over a statement's signatories (`المنظمات الموقعة:`,
/// `الموقعون:`).
fn names_signatories(label: &str) -> bool {
    label.ends_with(':')
        && label.split_whitespace().nth(4).is_none()
        && label.split_whitespace().any(|w| {
            let w = crate::search::fold(w.trim_end_matches(':'));
            ["الموقعة", "الموقعون", "الموقعين"]
                .iter()
                .any(|s| w == crate::search::fold(s))
        })
}

/// A short last line that announces what never comes (`اكتشف ما يمكن أن
/// يفعله …:`) is a widget's prompt, as the article is over.
fn drop_prompts(rules: &Rules, units: &mut Vec<String>) {
    while units.len() > 1
        && units.last().is_some_and(|u| {
            u.ends_with(':') && u.split_whitespace().count() <= rules.heading_max_words
        })
    {
        units.pop();
    }
}

fn is_time(line: &str) -> bool {
    super::text_clock::is_clock_time(line.trim_end_matches([' ', '.']))
}

/// How many lines at the end read as other stories' headlines or their
/// times.
fn trailing_run(rules: &Rules, units: &[String]) -> usize {
    let headline = |u: &str| {
        is_heading(rules, u)
            && !is_list_item(u)
            && !is_closing_cheer(u)
            && !text_shape::is_attribution(u)
            && !text_shape::is_table_row(u)
    };
    let n = units.len();
    let mut run = 0;
    while run < n {
        let i = n - 1 - run;
        let u = units[i].as_str();
        let after_time = i > 0
            && is_time(&units[i - 1])
            && u.split_whitespace().count() <= rules.list_item_max_words;
        if !(headline(u) || is_time(u) || after_time) {
            break;
        }
        run += 1;
    }
    run
}

/// How many of the run's first lines stay for the foot: the writer's name
/// signing the story, the agencies it came from (`(وكالات)`) or the
/// body's media desk, over the
/// page's tags; or a labelled byline (`إعداد: فلان`) with the office's
/// credit, its media department's and the photographer's under it.
fn credits_kept(matcher: &Matcher, units: &[String], run: usize) -> usize {
    let n = units.len();
    let first = &units[n - run];
    let credit = |u: &String| {
        super::byline_offices::media_office(u).is_some()
            || super::byline_offices::is_media_department(u)
            || byline::is_body_media(u.trim())
            || super::text_captions::is_photo_credit(u)
    };
    let labelled = (2..=3).contains(&run)
        && matcher.bylines.strip(&Words::new(first)).is_some()
        && units[n - run + 1..].iter().all(credit);
    if labelled {
        return run;
    }
    let signed = units[n - run - 1]
        .trim_end()
        .ends_with(['.', '!', '؟', '?', '…'])
        && (byline::is_signed_name(first.trim())
            || super::text_foot::agency(first).is_some()
            // Or the body's media desk (`إعلام ديوان الوقف الشيعي`).
            || byline::is_body_media(first.trim()));
    usize::from(signed)
}

/// One short line at the end: the site's name after the one paragraph of
/// a short copy, or a tag after two paragraphs or more.
fn lone_tag(rules: &Rules, units: &mut Vec<String>) -> Option<String> {
    if let [lead, last] = units.as_slice()
        && !is_heading(rules, lead)
        && byline::outlet(last).is_some()
    {
        return units.pop();
    }
    // A lone tag: at most three words. A media office signing the story
    // (`المكتب الإعلامي لوزارة النفط`, `إعلام ديوان الوقف الشيعي`) is left
    // for the foot, which reads it as the source.
    let [.., a, b, last] = units.as_slice() else {
        return None;
    };
    if is_heading(rules, a) || is_heading(rules, b) || byline::signs_as_office(last) {
        return None;
    }
    let words: Vec<String> = last.split_whitespace().map(search::fold).collect();
    if words.len() <= 3
        && !last.contains([':', '/'])
        && !(words.len() >= 2 && reads_as_a_name(&words))
    {
        return units.pop();
    }
    // The page's tags in a row with no label (`أسيوط منفلوط قافلة طبية
    // …`): names with no word that ties a sentence, where a closing
    // formula has one (`المجد والخلود لشهدائنا الأبرار`). A signature's
    // parts are set apart (`صحيفة الرافد | فلان`), a line of text's too
    // (`المرحلة الأولى - المرحلة الثانية`).
    if (4..=TAG_RUN_WORDS).contains(&words.len())
        && !last.contains([
            ':', '/', '.', '،', ',', '|', '-', '–', '—', 'ـ', '(', '«', '"',
        ])
        && !words.iter().any(|w| ties_a_sentence(w))
        && !is_closing_cheer(last)
        && byline::parse(last).is_none()
    {
        units.pop();
    }
    None
}

/// The most words of a row of tags with no label.
const TAG_RUN_WORDS: usize = 10;

/// A folded word that ties words into a sentence: a particle, or a word
/// joined to `و`.
fn ties_a_sentence(word: &str) -> bool {
    const PARTICLES: [&str; 13] = [
        "في", "من", "علي", "الي", "عن", "مع", "ان", "ما", "لا", "قد", "لم", "هو", "هي",
    ];
    PARTICLES.contains(&word) || (word.starts_with('و') && word.chars().count() > 2)
}

/// A statement's closing cheer (`عاشت نضالات النساء التونسيات`): the
/// story's last line, short and unpunctuated as another story's headline
/// or a row of tags is, but opened by the cheer's verb.
fn is_closing_cheer(line: &str) -> bool {
    const CHEERS: [&str; 4] = ["عاش", "عاشت", "تحيا", "يحيا"];
    line.split_whitespace()
        .next()
        .is_some_and(|w| CHEERS.contains(&search::fold(w).as_str()))
}

/// A writer's box under the story, which shows the name twice, as its
/// link and as its heading (`رياض بن عمارة` / `رياض بن عمارة`): the
/// writer's name, from the first such pair after the lead's line `from`.
pub fn author_box(text: &str, from: &str) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let lead = lines.iter().position(|l| *l == from)?;
    lines[lead..].windows(2).find_map(|pair| {
        let name = pair[0];
        let words: Vec<String> = name.split_whitespace().map(search::fold).collect();
        (pair[1] == name
            && (2..=4).contains(&words.len())
            && name.chars().all(|c| c.is_alphabetic() || c == ' ')
            && reads_as_a_name(&words)
            && byline::lone(name).is_some_and(|b| b.author.is_some() && b.place.is_none()))
        .then(|| name.to_owned())
    })
}
