//! A name in Latin letters as the Arabic text spells it (`Korek Telecom`
//! as `كورك تيليكوم`, `bapco energies` as `بابكو إنرجيز`): a site known by
//! its Latin logo, whose readers know it by its Arabic spelling; and
//! the Latin name its copyright notice gives.
//!
//! The two spellings are compared by their consonants alone: Arabic
//! writes few vowels and Latin transliterations write them every which
//! way, while the consonants of a brand's name survive both.

use super::byline::is_in;
use super::byline_names::PLACES;
use super::text_foot::has_arabic;
use super::text_site::{filled_lines, words};
use super::text_site_notice::{BREAKS, NAME_WORDS, is_year};
use crate::search;

/// The fewest consonants a name is matched on: a shorter skeleton
/// (`Al Ain`, two) is spelled by too many words.
const FEWEST_CONSONANTS: usize = 3;

/// The most words of a name's Arabic spelling.
const MOST_WORDS: usize = 4;

/// How often a spelling must occur in the text: a name the story is about
/// is said more than once (in the headline and the lead).
const TIMES_SAID: usize = 2;

/// The name a notice gives in Latin letters alone (`© 2024 Libyana
/// Mobile Phone. جميع الحقوق محفوظة`), without its years.
pub fn latin_name(notice: &str) -> Option<String> {
    // A hyphen inside a name (`Paris Saint-Germain`) joins its words: only
    // one with a space beside it breaks the notice.
    // (Without the direction marks a page sets round a Latin name:
    // `\u{200e}© 2024 Saidal Group\u{200e}`.)
    let text = notice
        .replace("(c)", "©")
        .replace("(C)", "©")
        .replace(['\u{200E}', '\u{200F}', '\u{061C}'], "");
    let mut text: Vec<char> = text.chars().collect();
    for i in 1..text.len().saturating_sub(1) {
        if text[i] == '-' && text[i - 1].is_ascii_alphabetic() && text[i + 1].is_ascii_alphabetic()
        {
            text[i] = JOINING_HYPHEN;
        }
    }
    let text: String = text.into_iter().collect();
    text.split(BREAKS)
        .map(|part| {
            part.split_whitespace()
                .filter(|w| !is_year(w))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .find(|part| {
            let words = part.split_whitespace().count();
            (1..=NAME_WORDS).contains(&words)
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == JOINING_HYPHEN)
                && !part.to_lowercase().contains("rights")
        })
        .map(|part| part.replace(JOINING_HYPHEN, "-"))
}

/// A hyphen between two letters of a name, kept apart from [`BREAKS`]'
/// while the notice is cut.
const JOINING_HYPHEN: char = '\u{2010}';

/// The Arabic spelling in `text` of `latin`, or of its leading words
/// (`Libyana Mobile Phone` as `ليبيانا`), as the text writes it; the
/// longest such spelling said at least twice.
pub fn spelled_in(latin: &str, text: &str) -> Option<String> {
    let latin_words: Vec<&str> = latin
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if latin_words.is_empty() || latin_words.len() > MOST_WORDS + 2 {
        return None;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .collect();
    (1..=latin_words.len()).rev().find_map(|n| {
        let name = latin_words[..n].join(" ");
        [false, true].into_iter().find_map(|silent| {
            let units = latin_units(&name, silent);
            (units.len() >= FEWEST_CONSONANTS)
                .then(|| spelling_of(&units, &words))
                .flatten()
        })
    })
}

/// The name a company with a Latin logo gives itself in Arabic words of
/// its own (`Tunisie Telecom`, `اتصالات تونس`): the words the headline
/// opens with, which the story announces under (`أعلنت اتصالات تونس،
/// اليوم …`).
pub fn announced_in(title: &str, text: &str) -> Option<String> {
    // (Without the direction marks a page sets round a Latin name:
    // `\u{200f}MTN\u{200f} السودان تدشن …`.)
    let words: Vec<&str> = title
        .split_whitespace()
        .map(|w| w.trim_matches(['\u{200E}', '\u{200F}', '\u{061C}']))
        .filter(|w| !w.is_empty())
        .collect();
    let folded = search::fold(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    // The name is the subject of the headline's verb (`… تطلق`, `…
    // يوقع`), set off by nothing: a speaker before a colon (`وزير
    // الطاقة: …`) is no body's name.
    let subject = |n: usize| {
        words[..n]
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic))
            && words
                .get(n)
                .is_some_and(|verb| verb.starts_with(['ت', 'ي']) && verb.chars().count() >= 3)
    };
    (1..=MOST_WORDS.min(words.len().saturating_sub(1)))
        .rev()
        .filter(|&n| subject(n))
        .map(|n| words[..n].join(" "))
        .find(|name| {
            let n = name.split_whitespace().count();
            let past = words.get(n).and_then(|verb| past_of(verb));
            let name = search::fold(name);
            ANNOUNCING
                .iter()
                .copied()
                .chain(past.as_deref())
                .any(|verb| {
                    let said = format!("{verb} {name}");
                    folded.match_indices(&said).any(|(at, _)| {
                        let after = folded[at + said.len()..].chars().next();
                        after.is_none_or(|c| !c.is_alphabetic())
                    })
                })
        })
        .filter(|name| has_arabic(name) && !is_in(name, PLACES))
}

/// The past of a headline's verb in the present, folded, as the lead
/// opens with it: the stem of the masculine (`يحذر` → `حذر`), the stem
/// and its `ت` of the feminine (`تدشن` → `دشنت`).
fn past_of(verb: &str) -> Option<String> {
    let verb = search::fold(verb.trim_end_matches(':'));
    let past = match verb.strip_prefix('ي') {
        Some(stem) => stem.to_owned(),
        None => format!("{}ت", verb.strip_prefix('ت')?),
    };
    (past.chars().count() >= 3).then_some(past)
}

/// How a release opens on the body that issued it, in the past or the
/// present (`تعلن الخطوط الملكية المغربية عن …`).
const ANNOUNCING: [&str; 9] = [
    "اعلنت",
    "اعلن",
    "اعلنت شركه",
    "اعلنت مجموعه",
    "تعلن",
    "يعلن",
    // As a carrier informs its customers (`تعلم الخطوط الجوية الجزائرية
    // زبائنها …`).
    "تعلم",
    "يعلم",
    "اعلمت",
];

/// The first run of whole words in `words` whose consonants spell
/// `units`, when the same run occurs at least [`TIMES_SAID`] times.
fn spelling_of(units: &[&'static str], words: &[&str]) -> Option<String> {
    // Each word's consonants, read once for every run it may stand in;
    // none for a word with no Arabic letter, which ends a run.
    let skeletons: Vec<Option<Vec<char>>> = words
        .iter()
        .map(|w| has_arabic(w).then(|| arabic_consonants(w)))
        .collect();
    let mut found: Vec<String> = Vec::new();
    for start in 0..words.len() {
        let mut consonants = String::new();
        for end in start..words.len().min(start + MOST_WORDS) {
            let Some(skeleton) = &skeletons[end] else {
                break;
            };
            consonants.extend(skeleton);
            let have = consonants.chars().count();
            if have > units.len() {
                break;
            }
            if have == units.len() && spells(units, &consonants) {
                found.push(words[start..=end].join(" "));
                break;
            }
        }
    }
    let said = |s: &String| {
        let folded = search::fold(s);
        found.iter().filter(|f| search::fold(f) == folded).count()
    };
    // A place's name (`Muscat` in `Muscat Stock Exchange`) is no site's.
    found
        .iter()
        .find(|s| said(s) >= TIMES_SAID && !is_in(s, PLACES))
        .cloned()
}

fn spells(units: &[&str], consonants: &str) -> bool {
    units
        .iter()
        .zip(consonants.chars())
        .all(|(unit, c)| unit.contains(c))
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{621}'..='\u{64A}').contains(&c) || ('\u{671}'..='\u{6D3}').contains(&c)
}

/// The consonants of an Arabic word: long vowels, hamzas, `ع` (which Latin
/// spellings leave out) and marks dropped; Persian letters as theirs.
fn arabic_consonants(word: &str) -> Vec<char> {
    search::fold(word)
        .chars()
        .filter(|c| is_arabic_letter(*c) && !"اويىهءأإآؤئةع".contains(*c))
        .collect()
}

/// The Arabic letters each Latin consonant (or pair of letters that
/// writes one) may be spelled with, longest first so `sh` is read before
/// `s`.
const UNITS: &[(&str, &str)] = &[
    ("dj", "ج"),
    ("sh", "ش"),
    ("ch", "شك"),
    ("kh", "خ"),
    ("gh", "غ"),
    ("th", "ثتذ"),
    ("ph", "ف"),
    ("ck", "كق"),
    ("b", "بپ"),
    ("p", "بپ"),
    ("c", "كسقص"),
    ("k", "كقگ"),
    ("q", "قك"),
    ("g", "جغكقگ"),
    ("j", "ج"),
    ("d", "دض"),
    ("t", "تط"),
    ("s", "سصزث"),
    ("z", "زسظذ"),
    ("r", "ر"),
    ("l", "ل"),
    ("m", "م"),
    ("n", "ن"),
    ("f", "ف"),
    ("v", "فڤ"),
    ("x", "كس"),
    ("h", "حخ"),
];

/// The Latin name as the Arabic letters each of its consonants allows;
/// vowels, `w`, `y` and a doubled letter's second dropped, as the Arabic
/// side drops its long vowels. `x` stands for two consonants. With
/// `silent`, a word's last `t` after a vowel or `n` is left unspelled, as
/// French leaves it (`Saint`, `سان`).
fn latin_units(latin: &str, silent: bool) -> Vec<&'static str> {
    let lower = latin.to_ascii_lowercase();
    let mut out = Vec::new();
    for word in lower.split(' ') {
        let mut rest = word;
        if silent
            && let Some(stem) = word.strip_suffix('t')
            && stem.ends_with(['a', 'e', 'i', 'o', 'u', 'n'])
        {
            rest = stem;
        }
        let mut last = None;
        while let Some(c) = rest.chars().next() {
            let unit = UNITS.iter().find(|(l, _)| rest.starts_with(l));
            let step = unit.map_or(c.len_utf8(), |(l, _)| l.len());
            if let Some((l, arabic)) = unit
                && last != Some(*l)
            {
                if *l == "x" {
                    out.extend(["ك", "س"]);
                } else {
                    out.push(*arabic);
                }
            }
            last = unit.map(|(l, _)| *l);
            rest = &rest[step..];
        }
    }
    out
}

/// The site's Latin name as the story's Arabic sentences write it, in
/// two of them or more (`أعلنت Ooredoo عن …` for the logo's `ooredoo`):
/// the name its readers know, in the story's own spelling.
pub fn written_in_latin(latin: &str, text: &str) -> Option<String> {
    // (A name of no words is written nowhere.)
    let count = words(latin);
    if count == 0 {
        return None;
    }
    // The name as each sentence that writes it spells it.
    let spellings: Vec<String> = filled_lines(text)
        .filter(|l| words(l) >= SENTENCE_WORDS && has_arabic(l))
        .filter_map(|l| {
            l.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .windows(count)
                .map(|w| w.join(" "))
                .find(|w| w.eq_ignore_ascii_case(latin))
        })
        .collect();
    (spellings.len() >= WRITTEN_LINES).then(|| spellings[0].clone())
}

/// The fewest words of a line of the story's that writes the site's Latin
/// name, and the fewest such lines.
const SENTENCE_WORDS: usize = 8;
const WRITTEN_LINES: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_no_words_is_written_nowhere() {
        let text = "أعلنت الشركة اليوم عن توسيع شبكتها في المحافظات الجنوبية والشمالية\nوقالت الشركة إن التوسع يشمل إحدى عشرة ولاية جديدة في المحافظات";
        assert_eq!(written_in_latin("", text), None);
        assert_eq!(written_in_latin("  ", text), None);
    }

    #[test]
    fn a_brand_is_found_as_the_story_spells_it() {
        let text = "كورك تيليكوم تضيف مواقع\nأعلنت شركة كورك تيليكوم عن إكمال";
        assert_eq!(
            spelled_in("Korek Telecom", text).as_deref(),
            Some("كورك تيليكوم")
        );
        let text = "«بابكو إنرجيز» تطلق برنامج\nأعلنت «بابكو إنرجيز»، المجموعة";
        assert_eq!(
            spelled_in("bapco energies", text).as_deref(),
            Some("بابكو إنرجيز")
        );
    }

    #[test]
    fn the_leading_words_of_a_longer_name() {
        let text = "ليبيانا تطلق شبكة الجيل الخامس\nأعلنت شركة ليبيانا للهاتف";
        assert_eq!(
            spelled_in("Libyana Mobile Phone", text).as_deref(),
            Some("ليبيانا")
        );
    }

    #[test]
    fn a_companys_arabic_name_is_the_one_it_announces_under() {
        let title = "اتصالات تونس تطلق عرضا جديدا";
        let text = "اتصالات تونس تطلق عرضا جديدا\nأعلنت اتصالات تونس، اليوم، عن إطلاق";
        assert_eq!(announced_in(title, text).as_deref(), Some("اتصالات تونس"));
        // A headline whose words the lead does not announce under.
        let text = "أعلنت الشركة اليوم عن إطلاق عرض";
        assert_eq!(announced_in(title, text), None);
    }

    #[test]
    fn a_french_names_silent_t_is_not_looked_for() {
        let notice = "© Paris Saint-Germain 2024 - Tous droits réservés";
        assert_eq!(latin_name(notice).as_deref(), Some("Paris Saint-Germain"));
        let text = "باريس سان جيرمان يفتتح أكاديمية\nأعلن نادي باريس سان جيرمان عن";
        assert_eq!(
            spelled_in("Paris Saint-Germain", text).as_deref(),
            Some("باريس سان جيرمان")
        );
        // A `t` the Arabic spells is still read (`Saint`, `سانت`).
        assert_eq!(
            spelled_in("Saint Germain", "سانت جيرمان\nسانت جيرمان").as_deref(),
            Some("سانت جيرمان")
        );
    }

    #[test]
    fn a_name_said_once_or_not_at_all_is_not_found() {
        assert_eq!(spelled_in("Korek Telecom", "أعلنت شركة كورك تيليكوم"), None);
        assert_eq!(spelled_in("Korek Telecom", "قال وزير الاتصالات اليوم"), None);
        // Two consonants are too few to tell a name from a word.
        assert_eq!(spelled_in("Al Ain", "العين فازت العين"), None);
    }
}
