//! Header bylines of more than two parts, or with separators the plain
//! shapes of [`super::byline::parse`] miss:
//!
//! | line                                 | author      | source        |
//! |--------------------------------------|-------------|---------------|
//! | `الموصل / سامر الخطيب / وكالة الرافد` | سامر الخطيب | وكالة الرافد  |
//! | `صفاقس (تونس) (وكالة الساحل)`         |             | وكالة الساحل  |
//! | `حمص-وكالة الرافد`                    |             | وكالة الرافد  |
//! | `نبض المدينة\|متابعات`                 |             | نبض المدينة   |
//! | `بغداد - ربا - مهران علي`             | مهران علي   | ربا           |
//! | `صدى السهل - حمص (مهران علي)`        | مهران علي   | صدى السهل    |
//! | `> «الساحل» غرفة الأخبار`             |             | الساحل        |
//! | `مكة - فلان، جدة - علان`              | فلان، علان  |               |
//!
//! The three parts' rows are read by [`super::byline_three`].

use super::byline::{Byline, Part, is_in, kind};
use super::byline_names::{OUTLETS, PLACES};
use super::byline_persons::reads_as_outlet;

/// Words after a site's name that say it relays or follows others' copy.
pub(super) const RELAYED: &[&str] = &["وكالات", "الوكالات", "متابعات", "متابعة", "رصد"];

/// Words for a desk's own compiling of the news, before or after the
/// site's name.
pub(super) const COMPILED: &[&str] = &["رصد", "متابعة", "متابعات"];

/// Newsroom words a site writes after its own name (`خاص`: its own
/// story), besides [`RELAYED`].
pub(super) const NEWSROOM: &[&str] = &["خاص", "حصري"];

/// A byline with the writer's name in parentheses after it
/// (`صدى السهل - حمص (مهران علي)`): the writer is the author, the rest
/// is read as a byline of its own that names no author.
pub(super) fn writer_in_parens(line: &str) -> Option<Byline> {
    let (head, name) = line.strip_suffix(')')?.rsplit_once('(')?;
    let (head, name) = (head.trim(), name.trim());
    if kind(name, false) != Some(Part::Person) || reads_as_outlet(name) {
        return None;
    }
    let byline = super::byline::parse(head).filter(|b| b.author.is_none())?;
    Some(Byline {
        author: Some(name.to_owned()),
        ..byline
    })
}

/// A credit line naming the paper in guillemets and its desk, maybe
/// after a quote mark (`> «الساحل» غرفة الأخبار`): the paper is the
/// source, and the desk is no writer.
pub fn desk_credit(line: &str) -> Option<Byline> {
    let line = line.trim_start_matches(['>', '›', '»', ' ']);
    let (paper, desk) = line.strip_prefix('«')?.split_once('»')?;
    let (paper, desk) = (
        paper.trim(),
        desk.trim_matches(|c: char| !c.is_alphabetic()),
    );
    let plain = paper.chars().all(|c| c.is_alphabetic() || c == ' ');
    let short = (1..=3).contains(&paper.split_whitespace().count());
    (plain && short && super::byline::is_desk(desk)).then(|| Byline {
        source: Some(paper.to_owned()),
        ..Byline::default()
    })
}

/// The parts of a line set off by slashes or by dashes with spaces
/// round them.
pub(super) fn parts(line: &str) -> Vec<String> {
    let spaced = line.replace('/', " / ");
    let mut parts: Vec<String> = vec![String::new()];
    for word in spaced.split_whitespace() {
        if word
            .chars()
            .all(|c| matches!(c, '-' | '–' | '—' | 'ـ' | '/'))
        {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    parts
}

/// Whether a byline's part is itself set off in parts: a name never is
/// (`الموصل - سامر الخطيب` is not one writer's name).
pub(super) fn is_parted(part: &str) -> bool {
    parts(part).len() > 1
}

/// A city with its country in parentheses, then the agency in
/// parentheses (`صفاقس (تونس) (وكالة الساحل)`): the country vouches for
/// a city the place table lacks; the agency is the source.
pub(super) fn city_country_agency(line: &str) -> Option<Byline> {
    let (head, agency) = line.strip_suffix(')')?.rsplit_once('(')?;
    let (city, country) = head.trim().strip_suffix(')')?.rsplit_once('(')?;
    let (city, country, agency) = (city.trim(), country.trim(), agency.trim());
    let plain = |s: &str| s.chars().all(|c| c.is_alphabetic() || c == ' ');
    let city_ok = (1..=2).contains(&city.split_whitespace().count()) && plain(city);
    let outlet = matches!(kind(agency, false), Some(Part::Outlet | Part::Name));
    (city_ok && is_in(country, PLACES) && outlet).then(|| Byline {
        place: Some(city.to_owned()),
        source: Some(agency.to_owned()),
        ..Byline::default()
    })
}

/// A city and an agency run together round a dash with no spaces
/// (`حمص-وكالة الرافد`): a heading would have spaces round its dash, so
/// one of the two must be known, the city by the place table or the
/// agency by the outlet table (then the words before the dash are where
/// it was filed).
pub(super) fn glued_dash(line: &str) -> Option<Byline> {
    if line.matches(['-', '–', '—']).count() != 1 {
        return None;
    }
    let (city, agency) = line.split_once(['-', '–', '—'])?;
    let glued = city.ends_with(char::is_alphabetic) && agency.starts_with(char::is_alphabetic);
    let (city, agency) = (city.trim(), agency.trim());
    let plain = |s: &str| s.chars().all(|c| c.is_alphabetic() || c == ' ');
    let short = |s: &str| (1..=3).contains(&s.split_whitespace().count());
    if !glued || !plain(city) || !plain(agency) || !short(city) || !short(agency) {
        return None;
    }
    let place =
        is_in(city, PLACES) && matches!(kind(agency, false), Some(Part::Outlet | Part::Name));
    // A name that is both a city and a paper (`الرياض`) is the city here.
    let agency_known = is_in(agency, OUTLETS) && !is_in(agency, PLACES);
    (place || agency_known).then(|| Byline {
        place: Some(city.to_owned()),
        source: Some(agency.to_owned()),
        ..Byline::default()
    })
}

/// A site's name and a newsroom word set off by a slash, a bar or a
/// spaced dash (`الإبـــاء/متابعة`, `نبض المدينة|متابعات`, `نبض المدينة |
/// خاص`, `جبا - متابعة:`, or the relay word first, `رصد – أثير`): the site
/// is the source, its name without the tatweel that draws it out.
pub fn relayed_slash(line: &str) -> Option<Byline> {
    // A dash run into the name (`حيروت- خاص`, `متابعة-سوزان حسن`) sets
    // them apart too.
    let (name, word) = line
        .split_once(['/', '|'])
        .or_else(|| {
            super::byline::SPACED_DASHES
                .iter()
                .find_map(|d| line.split_once(d))
        })
        .or_else(|| line.split_once(['-', '–', '—']))?;
    let word = word.trim().trim_end_matches(':');
    // A desk's word may come first (`رصد – أثير`, "compiled by Atheer"),
    // and so may the mark of the site's own story (`خاص-الخبر اليمني:`);
    // `وكالات` first names the agencies as the source.
    let (name, word) = if is_in(name.trim(), COMPILED) || is_in(name.trim(), NEWSROOM) {
        // A writer's name there is the author's (`متابعة-سوزان حسن`).
        if super::byline_persons::is_signed_name(word) {
            return Some(Byline {
                author: Some(word.to_owned()),
                ..Byline::default()
            });
        }
        (word, name.trim())
    } else {
        (name, word)
    };
    let name: String = name.trim().chars().filter(|&c| c != '\u{640}').collect();
    let words = name.split_whitespace().count();
    let plain = name.chars().all(|c| c.is_alphabetic() || c == ' ');
    // A place before `وكالات` is where the agencies filed from; a given
    // name alone is a writer's.
    let site = plain && !is_in(&name, PLACES) && !super::byline_persons::is_given_name(&name);
    let word = word.trim();
    let newsroom = is_in(word, RELAYED) || is_in(word, NEWSROOM);
    ((1..=3).contains(&words) && site && newsroom).then(|| Byline {
        source: Some(name),
        ..Byline::default()
    })
}

/// Whether a line ends with a tatweel set apart by a space, standing for a
/// dash (`وكالات ـ الرأي ـ`); run into a word's last letter it only draws
/// the letter out.
pub(super) fn ends_with_tatweel_dash(line: &str) -> bool {
    line.trim_end()
        .strip_suffix('ـ')
        .is_some_and(|r| r.trim_end_matches('ـ').ends_with(' '))
}

/// A byline with no mark between its parts: a writer "from" a city
/// (`عادل الحسيني من لندن`), or a listed agency and a city either way
/// round (`واس الرياض`, `الرياض واس`), as author fields hold them.
pub(super) fn unmarked(line: &str) -> Option<Byline> {
    if let Some((name, place)) = line.rsplit_once(" من ")
        && is_in(place.trim(), PLACES)
        && super::byline_persons::is_signed_name(name.trim())
    {
        return Some(Byline {
            author: Some(name.trim().to_owned()),
            place: Some(place.trim().to_owned()),
            source: None,
        });
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..words.len()).find_map(|cut| {
        let (a, b) = (words[..cut].join(" "), words[cut..].join(" "));
        // Papers named with the article (`اليوم`, `الوطن`) also end other
        // names (`الأردن اليوم`): wires only.
        let wire = |n: &str| is_in(n, OUTLETS) && !n.starts_with("ال") && !is_in(n, PLACES);
        let (agency, place) = if wire(&a) { (a, b) } else { (b, a) };
        let found = wire(&agency) && is_in(&place, PLACES);
        found.then_some(Byline {
            source: Some(agency),
            place: Some(place),
            author: None,
        })
    })
}

/// A writer and the paper a site took the story from, after `كتب`
/// (`رنا الحاج في "نداء الوطن"`): the writer is the author, the quoted
/// paper the source.
pub fn writer_for_outlet(value: &str) -> Option<Byline> {
    let (name, paper) = value.trim().rsplit_once(" في ")?;
    let paper = paper.trim().trim_end_matches([':', '.', ' ']);
    let quoted = [('"', '"'), ('«', '»'), ('“', '”')]
        .iter()
        .find_map(|&(open, close)| paper.strip_prefix(open)?.strip_suffix(close))?
        .trim();
    let name = name.trim();
    let person = kind(name, false) == Some(Part::Person) && !reads_as_outlet(name);
    (person && !quoted.is_empty() && quoted.split_whitespace().nth(4).is_none()).then(|| Byline {
        author: Some(name.to_owned()),
        source: Some(quoted.to_owned()),
        place: None,
    })
}

/// A dateline and the writer after its colon (`بنغازي - بوابة الوسط: هدى
/// الشيخي`): the dateline's outlet is the source, the writer the author.
pub(super) fn dateline_and_writer(line: &str) -> Option<Byline> {
    let (mut found, rest) = super::byline::leading(line)?;
    let name = rest.trim();
    let colon = line[..line.len() - rest.len()].trim_end().ends_with(':');
    (colon && found.author.is_none() && found.source.is_some() && is_writer(name)).then(|| {
        found.author = Some(name.to_owned());
        found
    })
}

/// A place no table lists and a writer's name after its colon (`بيوكرى:
/// عبد الله أوبلا`): the name, known for a person's by its words, is the
/// author. The place is one or two words with no mark of its own.
pub(super) fn place_and_signed_name(line: &str) -> Option<Byline> {
    let (place, name) = line.split_once(':')?;
    let (place, name) = (place.trim(), name.trim());
    let short = (1..=2).contains(&place.split_whitespace().count());
    let plain = place.chars().all(|c| c.is_alphabetic() || c == ' ');
    // A noun and its adjective, both with the article, name a role
    // (`الحكم الرئيسي: فلان`, `المساعد الأول: فلان`); the places written so
    // are in the table (`الدار البيضاء`).
    let role = place.split_whitespace().count() == 2
        && place.split_whitespace().all(|w| w.starts_with("ال"));
    let person = super::byline_persons::is_signed_name(name) && !is_in(place, OUTLETS);
    (short && plain && !role && person).then(|| Byline {
        author: Some(name.to_owned()),
        place: Some(place.to_owned()),
        source: None,
    })
}

/// Two to four words that read as a person's name.
fn is_writer(name: &str) -> bool {
    let words = name.split_whitespace().count();
    let person = super::byline_persons::is_signed_name(name)
        || ((2..=4).contains(&words) && kind(name, false) == Some(Part::Person));
    person && name.chars().all(|c| c.is_alphabetic() || c == ' ') && !reads_as_outlet(name)
}

/// Writers each after the city they wrote from, set apart by commas
/// (`مكة المكرمة - سعيد الحارثي، جدة - نورة العمري`): each part a
/// dateline's place and a writer, the first place the story's.
pub fn placed_writers(line: &str) -> Option<Byline> {
    let parts: Vec<&str> = line.split('،').map(str::trim).collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let mut writers = Vec::new();
    let mut place = None;
    for part in parts {
        let byline = super::byline::parse(part)?;
        let (Some(author), Some(city), None) = (byline.author, byline.place, byline.source) else {
            return None;
        };
        writers.push(author);
        place.get_or_insert(city);
    }
    Some(Byline {
        author: Some(writers.join("، ")),
        place,
        source: None,
    })
}

/// A byline whose first part is the site's name as its address spells it,
/// its words joined by hyphens (`وكالة-ثقة – عمر الحسين`): the same byline
/// with the name in words. A place glued to its agency (`حمص-سانا`) has
/// no spaced dash after it and is left alone.
pub(super) fn unslugged_site(line: &str) -> Option<String> {
    let (first, rest) = line.split_once(' ')?;
    let pieces: Vec<&str> = first.split('-').collect();
    let letters = |p: &&str| {
        p.chars().count() >= 2 && p.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
    };
    if pieces.len() < 2 || !pieces.iter().all(letters) || !rest.starts_with(['-', '–', '—']) {
        return None;
    }
    let name = pieces.join(" ");
    (kind(&name, true) == Some(Part::Outlet)).then(|| format!("{name} {rest}"))
}
