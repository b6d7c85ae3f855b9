//! A writer's card at the foot of a copy: the writer's name on a line of
//! its own, then a sentence on what the writer is (`رانيا حمزة` /
//! `صحافية لبنانية تكتب في الشؤون الاجتماعية …`). Neither is the story's;
//! the name is its author. Read before the walk, which would take the
//! name for an item of the tags or links above it. A column's footnote on
//! its writer (`* أستاذ الاقتصاد بجامعة الجزائر`) goes too.

use super::byline::{self, Part};
use super::phrases::{ar, en};
use crate::search;

/// The most words of a writer's card.
const CARD_WORDS: usize = 40;
/// The most words of a card with no name over it.
const LONE_CARD_WORDS: usize = 12;
/// The most words of a wrapped card's next line.
const WRAPPED_WORDS: usize = 16;
/// A wrapped card's line is longer than the copy's widest line over this.
const WRAPPED_SHARE: usize = 2;

/// Takes the writer's cards out of `lines`: the name on the first one
/// found.
pub fn take_cards(lines: &mut Vec<String>) -> Option<String> {
    let mut author = None;
    let bylined = bylined_names(lines);
    // A card is under the story: in the lower half of the copy.
    let mut at = (lines.len() / 2).max(2);
    while at < lines.len() {
        let Some(name_at) = lines[..at].iter().rposition(|l| !l.is_empty()) else {
            at += 1;
            continue;
        };
        // The cards' label over the writers' cards, each name run into its
        // card (`عن الكاتب` / `فلان: أستاذ …`): under it, a name no table
        // knows is a writer's too.
        if is_card_label(&lines[at]) {
            let cards = lines[at + 1..]
                .iter()
                .map_while(|l| labelled_card(l))
                .collect::<Vec<_>>();
            if let Some(first) = cards.first() {
                author.get_or_insert_with(|| first.clone());
                lines.drain(at..=at + cards.len());
                continue;
            }
        }
        // A card that opens with the name of a writer the byline lists,
        // after a comma (`كوفي أمبونغ، مدير مبادرة …`), whatever office it
        // names: the byline said who the writers are.
        if is_bylined_card(&lines[at], &bylined) {
            lines.remove(at);
            continue;
        }
        // The name and the card on one line (`زينب عبد الكريم صحفية …`).
        if let Some(name) = name_then_card(&lines[at]) {
            author.get_or_insert(name);
            lines.remove(at);
            // The label over it goes with it (`تأليف` / `منى الشريف
            // صحفية …`).
            if is_card_label(&lines[name_at]) && lines[name_at + 1..at].iter().all(String::is_empty)
            {
                lines.remove(name_at);
                at = name_at;
            }
            continue;
        }
        if drop_lone_card(lines, at, name_at, &mut author) {
            continue;
        }
        if !is_card(&lines[at]) || !is_name(&lines[name_at]) || name_at == 0 {
            at += 1;
            continue;
        }
        author.get_or_insert_with(|| lines[name_at].trim().to_owned());
        let end = wrapped_end(lines, at);
        lines.drain(at..=end);
        lines.remove(name_at);
        at = name_at;
        // The card's label over the name (`عن الكاتب`).
        if let Some(label) = lines[..at].iter().rposition(|l| !l.is_empty())
            && is_card_label(&lines[label])
        {
            lines.remove(label);
            at = label;
        }
    }
    author
}

/// A card on one line that names no writer of its own, under the story:
/// dropped, and a name signed after it taken as the author. Whether one was.
fn drop_lone_card(
    lines: &mut Vec<String>,
    at: usize,
    name_at: usize,
    author: &mut Option<String>,
) -> bool {
    // A card that opens with the given name alone, under the labelled
    // byline naming the writer (`كتب: ريم عبدالله` / `ريم كاتبة …`).
    if let Some((given, card)) = lines[at].split_once(' ')
        && is_card(card)
        && lines[name_at]
            .split_once(':')
            .is_some_and(|(_, name)| name.split_whitespace().next() == Some(given))
    {
        let end = wrapped_end(lines, at);
        lines.drain(at..=end);
        return true;
    }
    // A column's footnote on its writer (`* أستاذ الاقتصاد بجامعة …`).
    if let Some(note) = lines[at].strip_prefix('*')
        && is_card(note.trim_start())
    {
        let end = wrapped_end(lines, at);
        lines.drain(at..=end);
        return true;
    }
    // A short card alone under the story's last sentence, with no name
    // over it (`كاتب وأكاديمي عراقي مختص في …`): the byline named the
    // writer. A card with the name after a slash, a dash or a colon
    // (`مراسل أكجوجت نت / فلان`) is a signature, the name the author.
    if is_card(&lines[at])
        && lines[at].split_whitespace().nth(LONE_CARD_WORDS).is_none()
        && !ends_sentence(&lines[at])
        && ends_sentence(&lines[name_at])
    {
        let signed = lines[at]
            .rsplit_once(['/', '-', '–', ':'])
            .map(|(_, name)| name.trim())
            .filter(|name| byline::is_signed_name(name))
            .map(str::to_owned);
        if let Some(name) = signed {
            author.get_or_insert(name);
        }
        lines.remove(at);
        return true;
    }
    false
}

/// The writer a column's headline names (`فلان يكتب: …`): the author when
/// none was read, and over a column's name read as one when the writer's
/// name stands on a line of its own under it (`نقطة نظام` / `فلان`).
pub fn headline_writer(title: &str, text: &str, author: &mut Option<String>) {
    let Some(writer) = byline::writer_in_headline(title) else {
        return;
    };
    let alone = || text.lines().any(|l| l.trim() == writer);
    if author.is_none() || (author.as_deref() != Some(writer.as_str()) && alone()) {
        *author = Some(writer);
    }
}

/// How far down a copy its labelled byline is looked for.
const BYLINE_LINES: usize = 20;

/// The writers a labelled byline near the copy's top lists (`بقلم كوفي
/// أمبونغ وسلمى الدرقاوي`).
fn bylined_names(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .take(BYLINE_LINES)
        .filter_map(|l| {
            let l = l.trim();
            ["بقلم", "كتب", "كتبت"]
                .iter()
                .find_map(|label| l.strip_prefix(label))
                .filter(|rest| rest.starts_with([' ', ':']))
        })
        .flat_map(|rest| {
            rest.trim_start_matches([' ', ':'])
                .split(['،', ','])
                .flat_map(|part| part.split(" و"))
                .map(|name| name.trim().to_owned())
                .filter(|name| byline::is_plain_name(name, 3))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A short card that opens with one of the byline's writers and a comma.
fn is_bylined_card(line: &str, bylined: &[String]) -> bool {
    line.split_once(['،', ',']).is_some_and(|(name, card)| {
        bylined.iter().any(|b| b == name.trim())
            && (1..=LONE_CARD_WORDS).contains(&card.split_whitespace().count())
    })
}

/// The last line of the card at `at`: a hard-wrapped card goes on to the
/// next line until its sentence ends. Only a line as long as the copy's
/// wrapped lines runs on: a short card that ends no sentence is whole,
/// and the page's tags and lists under it are not its words.
fn wrapped_end(lines: &[String], at: usize) -> usize {
    let chars = |l: &String| l.chars().count();
    let width = lines.iter().map(chars).max().unwrap_or(0);
    let mut end = at;
    while !ends_sentence(&lines[end])
        && chars(&lines[end]) * WRAPPED_SHARE >= width
        && lines
            .get(end + 1)
            .is_some_and(|l| !l.is_empty() && l.split_whitespace().nth(WRAPPED_WORDS).is_none())
    {
        end += 1;
    }
    end
}

/// A sentence on what a writer is: opening with the writer's trade, short.
fn is_card(line: &str) -> bool {
    let first = line.split_whitespace().next().map(search::fold);
    let opens = first.is_some_and(|w| {
        ar::WRITER_CARDS
            .iter()
            .chain(en::WRITER_CARDS)
            .any(|c| search::fold(c) == w)
    });
    opens && line.split_whitespace().nth(CARD_WORDS).is_none()
}

/// A note on the writer under the story, tied to the byline's asterisk
/// (`* كاتب وصحفي ليبي مقيم في بنغازي`): the page's, not the story's.
pub(crate) fn is_writer_note(line: &str) -> bool {
    line.trim_start()
        .strip_prefix('*')
        .is_some_and(|note| is_card(note.trim_start_matches(['*', ' '])))
}

/// The label a site sets over its writer's card.
fn is_card_label(line: &str) -> bool {
    let line = search::fold(line.trim().trim_end_matches(':'));
    ar::CARD_LABELS
        .iter()
        .chain(en::CARD_LABELS)
        .any(|l| search::fold(l) == line)
}

/// What may set the name off from its card.
const NAME_ENDS: [char; 6] = [':', '،', ',', '-', '–', ' '];

/// The writer's name run into the card, known by its words.
fn name_then_card(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=4).find_map(|k| {
        let name = words.get(..k)?.join(" ");
        let card = words.get(k..)?.join(" ");
        // Set off by a colon or a dash at times (`سامر درويش: كاتب …`).
        let name = name.trim_end_matches(NAME_ENDS).trim_end();
        let card = card.trim_start_matches(NAME_ENDS).trim_start();
        (byline::is_signed_name(name) && is_card(card)).then(|| name.to_owned())
    })
}

/// The name of a card under the cards' label: a name run into its card
/// after a colon (`ماثيو كولينز: أستاذ مساعد …`), known by its words or
/// by its shape.
fn labelled_card(line: &str) -> Option<String> {
    let (name, card) = line.split_once(':')?;
    let name = name.trim();
    (is_name(name) && is_card(card.trim())).then(|| name.to_owned())
}

/// A person's name alone on its line.
fn is_name(line: &str) -> bool {
    let line = line.trim();
    byline::is_signed_name(line)
        || (byline::is_plain_name(line, 4) && byline::kind(line, false) == Some(Part::Person))
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '؟', '?', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_owned).collect()
    }

    #[test]
    fn a_name_set_off_from_its_card_by_a_colon_is_the_author() {
        let mut all = lines(
            "عنوان المقال\nفقرة أولى من المقال.\nفقرة ثانية.\nسامر درويش: كاتب وصحفي سوري من حلب، يكتب عن الحياة اليومية.\nالوسوم",
        );
        assert_eq!(take_cards(&mut all).as_deref(), Some("سامر درويش"));
        assert_eq!(
            all,
            [
                "عنوان المقال",
                "فقرة أولى من المقال.",
                "فقرة ثانية.",
                "الوسوم"
            ]
        );
    }

    #[test]
    fn a_card_under_the_byline_opening_with_the_given_name_goes() {
        let mut all = lines(
            "عنوان المقال\nفقرة أولى من المقال.\nفقرة ثانية.\nكتب: ريم عبدالله\nريم كاتبة محتوى عقاري تغطي أخبار السوق.\nShare",
        );
        take_cards(&mut all);
        assert_eq!(
            all,
            [
                "عنوان المقال",
                "فقرة أولى من المقال.",
                "فقرة ثانية.",
                "كتب: ريم عبدالله",
                "Share"
            ]
        );
    }

    #[test]
    fn the_name_over_the_card_is_the_author_and_both_go() {
        let mut all = lines(
            "عنوان الخبر\nفقرة أولى من الخبر.\nفقرة ثانية.\nرانيا حمزة\nصحافية لبنانية تكتب في الشؤون الاجتماعية.",
        );
        assert_eq!(take_cards(&mut all).as_deref(), Some("رانيا حمزة"));
        assert_eq!(all, ["عنوان الخبر", "فقرة أولى من الخبر.", "فقرة ثانية."]);
    }

    #[test]
    fn a_name_run_into_its_card_is_the_author() {
        let mut all = lines(
            "عنوان\nفقرة.\nفقرة ثانية.\nزينب عبد الكريم صحفية عراقية مختصة بشؤون البيئة، تكتب من بعقوبة.",
        );
        assert_eq!(take_cards(&mut all).as_deref(), Some("زينب عبد الكريم"));
        assert_eq!(all, ["عنوان", "فقرة.", "فقرة ثانية."]);
    }

    #[test]
    fn a_footnote_on_the_writer_goes() {
        let mut all = lines("عنوان\nفقرة.\nفقرة ثانية.\n\n* أستاذ الاقتصاد بجامعة الجزائر 3");
        assert_eq!(take_cards(&mut all), None);
        assert_eq!(all, ["عنوان", "فقرة.", "فقرة ثانية.", ""]);
    }

    #[test]
    fn a_wrapped_card_goes_whole_and_a_paragraph_stays() {
        let mut all = lines(
            "عنوان\nفقرة.\n\nعبد الحميد بوزيان\nكاتب وأستاذ جامعي، يكتب في الشأن\nالثقافي والتربوي.\n",
        );
        assert_eq!(take_cards(&mut all).as_deref(), Some("عبد الحميد بوزيان"));
        assert_eq!(all, ["عنوان", "فقرة.", ""]);
        // A paragraph that opens with a trade, with no name over it.
        let said = "مراسل القناة في غزة قال إن القصف تواصل.";
        let mut story = lines(&format!("عنوان\nفقرة.\nفقرة ثانية.\n{said}"));
        assert_eq!(take_cards(&mut story), None);
        assert_eq!(story[3], said);
    }
}
