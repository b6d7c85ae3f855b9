//! Telling a writer's name from a site's name the outlet tables do not
//! know. Both are two or three words, often the second with the article:
//! a person is a given name and a family name (`معاذ العباس`), a site a
//! noun and the noun it belongs to (`صدى الشعب`, `نبض المدينة`). So a
//! name with a common given name, a word that joins names (`أبو`, `بن`),
//! or a family name in `ـي` (`السلامي`) is a person's; one with none of
//! these and a later word with the article is a site's.

use super::byline::{Part, is_in};
use super::byline_given_names::{ARTICLED_GIVEN_NAMES, GIVEN_NAMES, NAME_PARTICLES};
use super::byline_names::{NOT_NAMES, PLACES};
use super::phrases::ar::WRITER_CARDS;
use crate::search;

/// Whether `part`, a name of two or three words no table knows, reads as
/// a site's name rather than a person's: no given name, no particle, no
/// family name in `ـي`, and a word after the first with the article. A
/// first word with the article is a person's only when it is a given name
/// (`الطاهر وطار`): otherwise every word has it, as in a paper's name
/// (`الحياة الجديدة`, `العربي الجديد`) and in no one's. A paper's desk
/// (`أسرة التحرير`) is its staff, not another site.
pub(super) fn reads_as_outlet(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    if !(2..=3).contains(&words.len()) || super::byline::is_desk(part) {
        return false;
    }
    let folded: Vec<String> = words.iter().map(|w| search::fold(w)).collect();
    // A family name that is a given name with the article (`عفاف
    // الطيب`, `محمد الأمين`) is a person's too.
    let personal = words
        .iter()
        .any(|w| is_in(w, GIVEN_NAMES) || is_in(w, NAME_PARTICLES))
        || words[1..].iter().any(|w| is_in(w, ARTICLED_GIVEN_NAMES));
    let family = folded
        .last()
        .is_some_and(|w| w.starts_with("ال") && w.ends_with('ي'));
    let articled_later = folded[1..].iter().any(|w| w.starts_with("ال"));
    let first_fits = !folded[0].starts_with("ال")
        || (folded.iter().all(|w| w.starts_with("ال")) && !is_in(words[0], ARTICLED_GIVEN_NAMES));
    first_fits && !personal && !family && articled_later
}

/// Whether `part` names a site wherever a byline may name one: an outlet
/// the tables know or one called by an outlet word (`شبكة …`), a name
/// that reads as a site's (above), and, where `lone_word` says a word
/// alone there is no place or section (after a mark, beside a city), a
/// word with the article (`الوادي`).
pub(super) fn names_a_site(part: &str, lone_word: bool) -> bool {
    let part = part.trim();
    match super::byline::kind(part, false) {
        Some(Part::Outlet) => true,
        Some(Part::Name) => lone_word,
        _ => reads_as_outlet(part),
    }
}

/// Whether text is a name by its shape alone: two to `most` words of
/// letters and nothing else (`فهمي عبدالله`). Callers ask it where a
/// label or a layout already says a person is named.
pub fn is_plain_name(text: &str, most: usize) -> bool {
    (2..=most).contains(&text.split_whitespace().count())
        && text.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// Whether `part` has a word no name is made of (`خلال`, `في`).
pub fn has_no_name_word(part: &str) -> bool {
    part.split_whitespace().any(|w| is_in(w, NOT_NAMES))
}

/// Whether the words after a byline's label read as a phrase, no name: a
/// word no name is made of, or a preposition joining two things
/// (`تغطية متفاوتة بين الولايات`, a heading that opens with the label's
/// word).
pub fn reads_as_phrase(part: &str) -> bool {
    has_no_name_word(part)
        || part
            .split_whitespace()
            .any(|w| ["بين", "على", "إلى"].contains(&w))
}

/// Whether `part` may be a person's name though its given name is none
/// the tables know (`ماريا الدويهي`): two or three words, the first
/// without the article, none a word no name is made of, no outlet's.
/// Only where a byline stands (under the headline, over the date) does
/// it say so.
pub fn is_bare_name(part: &str) -> bool {
    is_plain_name(part, 3)
        && opens_as_person(part)
        && !has_no_name_word(part)
        && !reads_as_outlet(part)
}

/// Whether `line` is two writers' names joined by `و` (`سارة بيرنز
/// وماثيو كولينز`): one a name by its words, the other by its words or,
/// where `bare` allows it, by its shape alone.
pub fn joined_names(line: &str, bare: bool) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..words.len().saturating_sub(1)).any(|at| {
        let Some(opens) = words[at]
            .strip_prefix('و')
            .filter(|w| w.chars().count() >= 2)
        else {
            return false;
        };
        let first = words[..at].join(" ");
        let second = [opens]
            .iter()
            .chain(&words[at + 1..])
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let name = |n: &str| is_signed_name(n) || (bare && is_bare_name(n));
        name(&first) && name(&second) && (is_signed_name(&first) || is_signed_name(&second))
    })
}

/// Whether `part`, two or three words alone on a line, is a person's name
/// by its words: a given name first, or a particle joining its names
/// (`رغد دحام`, `سلمى أبو شقرة`), and no word a name is never made of.
pub fn is_signed_name(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    // A particle joins two words into one name (`عبد الله`, `أبو زيد`).
    let inner = words.get(1..words.len().saturating_sub(1)).unwrap_or(&[]);
    let joined = inner.iter().any(|w| is_in(w, NAME_PARTICLES));
    // A particle opening three words joins the first two (`عبد الله
    // أوبلا`, `أبو بكر سالم`): a given name and a family name.
    let opening = words.len() == 3 && is_in(words[0], &["عبد", "أبو"]);
    // A Mauritanian name joins two names that may each be of two words
    // (`محمد الأمين ولد أحمد سالم`).
    let lineage = inner.iter().any(|w| is_in(w, &["ولد", "بنت"]));
    // `عبد` or `أبو` opens a name of two words (`عبد الله بن محمد الراشد`).
    let opened = words.len() > 3 && is_in(words[0], &["عبد", "أبو"]);
    (2..=3 + usize::from(joined) + usize::from(lineage) + usize::from(opened))
        .contains(&words.len())
        && part.chars().all(|c| c.is_alphabetic() || c == ' ')
        && (is_in(words[0], GIVEN_NAMES)
            || opening
            || words[1..].iter().any(|w| is_in(w, NAME_PARTICLES)))
        && opens_as_person(part)
        && !words.iter().any(|w| is_in(w, NOT_NAMES))
        && !reads_as_outlet(part)
}

/// A writer's name, after `من` or alone, then what they are to the
/// outlet after a comma (`من فاطمة محاجنة، مراسلة موقع بانيت`): the
/// name is the author, the role is no part of it. A dash may stand for
/// the comma (`وليد طه - مراسل موقع العرب`).
pub fn name_and_role(line: &str) -> Option<String> {
    let line = line.trim();
    let line = line.strip_prefix("من ").unwrap_or(line);
    let (name, role) = line
        .split_once(['،', ','])
        .or_else(|| line.split_once(" - "))
        .or_else(|| line.split_once(" – "))
        // Or a slash (`فلان / باحث في مركز …`).
        .or_else(|| line.split_once(" / "))?;
    let first = role.split_whitespace().next()?;
    (is_signed_name(name.trim()) && is_in(first, WRITER_CARDS)).then(|| name.trim().to_owned())
}

/// A writer's post alone on the line under the name (`باحث أول – برنامج
/// الدراسات الاقتصادية`, `كاتبة صحافية`): what the writer is, in a few
/// words that say no sentence.
pub fn is_writer_post(line: &str) -> bool {
    // (The dashes between its parts are no words.)
    let words = line
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    line.split_whitespace()
        .next()
        .is_some_and(|first| is_in(first, WRITER_CARDS))
        && (1..=WRITER_POST_WORDS).contains(&words)
        && !line.ends_with(['.', '!', '؟', '?', ':'])
}

/// The most words of a writer's post on its own line.
const WRITER_POST_WORDS: usize = 10;

/// A writer's name and the paper the story was first printed in, after a
/// comma (`زينب فقيه، جريدة اللواء`): the writer, the paper the source.
pub fn name_and_paper(line: &str) -> Option<super::byline::Byline> {
    let (name, paper) = line.split_once(['،', ','])?;
    let (name, paper) = (name.trim(), paper.trim());
    let first = paper.split_whitespace().next()?;
    (is_signed_name(name)
        && ["جريدة", "صحيفة", "مجلة"].contains(&first)
        && (2..=PAPER_WORDS).contains(&paper.split_whitespace().count())
        && !paper.contains(['،', ',', '.']))
    .then(|| super::byline::Byline {
        author: Some(name.to_owned()),
        source: Some(paper.to_owned()),
        place: None,
    })
}

/// The most words of a paper's name after its writer's.
const PAPER_WORDS: usize = 4;

/// Writers' names set apart by bars (`يامن المغربي | عروة قنواتي |
/// نور الدين رمضان`), as a file's or a report's team is credited: two or
/// more, each with the shape of a person's name and one known for one by
/// its words, listed with commas. A menu's bars part single words.
pub fn listed_writers(line: &str) -> Option<String> {
    // Or by commas (`عبدالواحد الصبري، ليلى ناصر العولقي`).
    let bar = if line.contains('|') { '|' } else { '،' };
    let names: Vec<&str> = line.split(bar).map(str::trim).collect();
    let person =
        |n: &&str| super::byline::kind(n, false) == Some(Part::Person) && !reads_as_outlet(n);
    (names.len() >= 2 && names.iter().all(person) && names.iter().any(|n| is_signed_name(n)))
        .then(|| names.join("، "))
}

/// Writers a label names set apart by spaced dashes (`تقرير/ عادل
/// الشميري - هبة المخلافي`), each a person's name by its shape and one
/// at least by the tables: listed as commas list them. Unlabelled, `name -
/// name` may be a writer and his site, so only a label's name is read so.
pub fn dashed_writers(name: &str) -> Option<String> {
    let names: Vec<&str> = name.split(" - ").map(str::trim).collect();
    let person = |n: &&str| {
        super::byline::kind(n, false) == Some(Part::Person)
            && !reads_as_outlet(n)
            && (is_signed_name(n) || is_bare_name(n))
    };
    ((2..=3).contains(&names.len())
        && names.iter().all(person)
        && names.iter().any(|n| is_signed_name(n)))
    .then(|| names.join("، "))
}

/// Whether `word` is a given name the tables know.
pub(super) fn is_given_name(word: &str) -> bool {
    is_in(word, GIVEN_NAMES) || is_in(word, ARTICLED_GIVEN_NAMES)
}

/// Whether `part` may open as a person's name: with a word without the
/// article, or with a given name that has it (`الطاهر بن يوسف`), where
/// `المرحلة الأولى` opens as no one's.
pub(super) fn opens_as_person(part: &str) -> bool {
    part.split_whitespace().next().is_some_and(|first| {
        !search::fold(first).starts_with("ال") || is_in(first, ARTICLED_GIVEN_NAMES)
    })
}

/// Whether `part`, two or three words, opens with a country's or a
/// city's name (`اليمن الاقتصادي`, `عمان اليوم`): a site's name, as no one
/// is named after a place.
pub(super) fn opens_with_place(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && is_in(words[0], PLACES)
        && !is_in(part, PLACES)
        && !words
            .iter()
            .any(|w| is_in(w, GIVEN_NAMES) || is_in(w, NAME_PARTICLES))
}

/// A name with its initial joined to it by a stop, the Arabic one
/// (U+06D4) or the Latin (`ح۔نصيرة`, `ح.نصيرة`), written as a byline
/// spells it, `ح. نصيرة`: joined, the line is one word and reads as no
/// name.
pub(super) fn spaced_initials(part: &str) -> String {
    part.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            let initial = chars.next().filter(|c| c.is_alphabetic());
            let stop = chars.next().filter(|&c| matches!(c, '.' | '\u{06D4}'));
            let rest = chars.as_str();
            match (initial, stop) {
                (Some(i), Some(_)) if rest.chars().all(char::is_alphabetic) => {
                    format!("{i}. {rest}").trim_end().to_owned()
                }
                _ => word.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A writer signing with an initial and a name (`ح. نصيرة`, `ح۔نصيرة`):
/// the name as a byline spells it. A title's letter (`د.`, `أ.`, `م.`)
/// is no initial: a doctor's name is a caption's as often as a writer's.
pub fn initialed_name(line: &str) -> Option<String> {
    let spaced = spaced_initials(line);
    let (initial, name) = spaced.split_once(". ")?;
    // Or the given name first and the family's initial after it (`ليلى.
    // ب`), as Algerian papers sign.
    let last_initial = name.chars().count() == 1 && name.chars().all(char::is_alphabetic);
    if last_initial {
        let mut given_words = initial.split_whitespace();
        let first = given_words.next().unwrap_or_default();
        let words = 1 + given_words.count();
        // A compound given name counts as one (`عبد الحميد. س`).
        let given = is_given_name(first) || (words == 2 && matches!(first, "عبد" | "أبو"));
        return (given && words <= 2).then_some(spaced);
    }
    let letter = initial.chars().count() == 1 && !is_in(initial, TITLE_LETTERS);
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let named = !name.split_whitespace().any(|w| is_in(w, NOT_NAMES));
    (letter && (1..=3).contains(&words) && plain && named).then_some(spaced)
}

/// A name of two to four words after its title's letter alone on a line
/// (`د. مهران القبلاوي`, `أ.د. ريم الساعدي`): beside the date in a
/// header, the writer's line.
pub fn titled_name(line: &str) -> Option<String> {
    let line = line.trim();
    let rest = TITLE_LETTERS
        .iter()
        .find_map(|t| line.strip_prefix(t)?.strip_prefix('.'))
        .or_else(|| {
            TITLE_WORDS
                .iter()
                .find_map(|t| line.strip_prefix(t)?.strip_prefix(' '))
        })?;
    // Titles run together (`أ.د.`, `أ.م.د.`, and `م.م.` for an
    // assistant lecturer, as Iraqi universities write them).
    let mut rest = rest.trim_start();
    for _ in 0..2 {
        rest = TITLE_LETTERS
            .iter()
            .find_map(|t| rest.strip_prefix(t)?.strip_prefix('.'))
            .map_or(rest, str::trim_start);
    }
    let rest = rest.trim();
    let words = rest.split_whitespace().count();
    let plain = rest.chars().all(|c| c.is_alphabetic() || c == ' ');
    let named = !rest.split_whitespace().any(|w| is_in(w, NOT_NAMES));
    ((2..=4).contains(&words) && plain && named).then(|| line.to_owned())
}

/// The letters of the titles before a name: `د.` (doctor), `أ.`
/// (professor), `م.` (engineer).
pub(super) const TITLE_LETTERS: &[&str] = &["د", "أ", "م"];

/// The same titles written out (`الدكتور مهران القبلاوي`).
const TITLE_WORDS: &[&str] = &[
    "الدكتور",
    "الدكتورة",
    "الأستاذ",
    "الأستاذة",
    "المهندس",
    "المهندسة",
    "بروفيسور",
    "البروفيسور",
    "البروفيسورة",
];

/// A writer the headline names before `يكتب:` (`ضوء كاشف | الطاهر
/// عبدالمنعم يكتب: بورتسودان…`), as columns are headed where no byline
/// signs them: the name, after a column's name and a bar.
/// Or the name after a slash that ends the headline (`مدارس الداخل في
/// آخر العام الدراسي.. أقسام بلا معلمين / أحمد سالم ولد محمدن`), as
/// Mauritanian sites head their opinion pieces.
pub fn writer_in_headline(title: &str) -> Option<String> {
    if let Some((_, name)) = title.rsplit_once(" / ")
        && is_signed_name(name.trim())
    {
        return Some(name.trim().to_owned());
    }
    let before = ["يكتب:", "تكتب:", "يكتب :", "تكتب :"]
        .iter()
        .find_map(|verb| title.split_once(verb).map(|(b, _)| b))?;
    // After the column's name in brackets (`(نقطة ضوء) فلانة تكتب:`).
    let name = before.rsplit(['|', ':', '-', '–', ')']).next()?.trim();
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    let named = !name.split_whitespace().any(|w| is_in(w, NOT_NAMES));
    ((2..=4).contains(&words) && plain && named && opens_as_person(name)).then(|| name.to_owned())
}

#[cfg(test)]
mod tests;
