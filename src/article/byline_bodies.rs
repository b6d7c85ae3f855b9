//! A body named in a byline: by its media desk (`إعلام الجامعة`), or by
//! its kind with the article (`الجمعية الملكية لحماية الطبيعة`) after a
//! place, where a person's name would be the writer.

use super::byline::{Byline, Part, is_desk, is_in, kind};
use crate::search;

/// A body's media desk named for it (`إعلام الهيئة`, `إعلام الجامعة`),
/// or for a faculty or a body named in full (`إعلام كلية الزراعة`).
pub(crate) fn is_body_media(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let media = words
        .first()
        .is_some_and(|w| search::fold(w) == search::fold("إعلام"));
    match words.as_slice() {
        [_, body] => media && search::fold(body).starts_with("ال"),
        [_, kind, named @ ..] if named.len() <= 2 => {
            media
                && BODY_KINDS.contains(kind)
                && named.iter().all(|w| w.chars().all(char::is_alphabetic))
        }
        _ => false,
    }
}

/// Words that open a body's full name after its media desk's word.
const BODY_KINDS: [&str; 11] = [
    "كلية",
    // A club's media desk (`إعلام نادي الزوراء`).
    "نادي",
    "اتحاد",
    "لجنة",
    "جامعة",
    "وزارة",
    "مديرية",
    "هيئة",
    "بلدية",
    "ديوان",
    "مجلس",
];

/// The first words of a body's name (`جمعية`, `مركز`): with the article
/// (`الجمعية الملكية …`) no person's name opens with one.
pub(crate) const BODY_WORDS: [&str; 19] = [
    "مركز",
    // A company's group and a bank (`مجمع صيدال`, `مجموعة …`, `مصرف …`).
    "مجمع",
    "مجموعة",
    "بنك",
    "مصرف",
    // A state's missions abroad (`السفارة الأمريكية في بغداد`).
    "سفارة",
    "قنصلية",
    "بعثة",
    "جمعية",
    "منظمة",
    "مؤسسة",
    "اتحاد",
    "نقابة",
    "حزب",
    "شركة",
    "مجلس",
    "رابطة",
    "لجنة",
    "ملتقى",
];

/// A place and a body called by its kind (`عمّان – الجمعية الملكية
/// لحماية الطبيعة`): the body is the source, where a person's name
/// would be the writer.
pub(super) fn place_and_body(place: &str, body: &str) -> Option<Byline> {
    let placed = kind(place, true) == Some(Part::Place);
    // A body's media office there (`الدوحة - المركز الإعلامي`) is read
    // as offices are.
    (placed && names_a_body(body) && !is_desk(body)).then(|| Byline {
        place: Some(place.to_owned()),
        source: Some(body.to_owned()),
        ..Byline::default()
    })
}

/// A body called by its kind with the article and what it is for
/// (`الجمعية الملكية لحماية الطبيعة`), or one of [`BODY_KINDS`] so.
fn names_a_body(part: &str) -> bool {
    let mut words = part.split_whitespace();
    let kind = words.next().map(search::fold);
    words.next().is_some()
        && kind
            .as_deref()
            .and_then(|k| k.strip_prefix("ال"))
            .is_some_and(|k| is_in(k, &BODY_WORDS) || is_in(k, &BODY_KINDS))
}

/// Whether a name's first word is a body's kind, with the article or
/// without (`جامعة بنغازي`, `الهيئة العامة`).
pub(crate) fn opens_with_body_kind(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .map(search::fold)
        .is_some_and(|k| {
            let k = k.strip_prefix("ال").unwrap_or(&k);
            is_in(k, &BODY_WORDS) || is_in(k, &BODY_KINDS)
        })
}

/// A body's own name of three words or more, opening with its kind
/// with the article or without (`جمعية أجيال للتنمية والمواطنة`): no
/// person's name opens so.
pub(crate) fn opens_as_body(name: &str) -> bool {
    name.split_whitespace().count() >= 3 && opens_with_body_kind(name)
}

/// A media office or a body's media desk signing the story (`المكتب
/// الإعلامي لوزارة النفط`, `إعلام ديوان الوقف الشيعي`): its source.
pub(crate) fn signs_as_office(line: &str) -> bool {
    let line = line.trim();
    super::byline_offices::is_media_department(line)
        || is_body_media(line)
        || bracketed_office(line).is_some()
}

/// A media office that names no body, in brackets on the story's last
/// line (`( قسم الإعلام )`), as a company's release signs: the office.
pub(crate) fn bracketed_office(line: &str) -> Option<&str> {
    let office = line.strip_prefix('(')?.strip_suffix(')')?.trim();
    (office.chars().all(|c| c.is_alphabetic() || c == ' ')
        && super::byline_offices::names_no_body(office))
    .then_some(office)
}
