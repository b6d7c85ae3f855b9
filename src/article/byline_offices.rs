//! A media office's credit under or over a story (`المركز الإعلامي -
//! الاتحاد العماني لكرة القدم`, `نادي النصر - المكتب الإعلامي`): the
//! body whose office it is is the source, and the office no writer.

use super::byline::{Byline, SPACED_DASHES, is_in};
use super::byline_names::PLACES;

/// A body's offices that put out its news.
pub const MEDIA_OFFICES: &[&str] = &[
    "المركز الإعلامي",
    "المكتب الإعلامي",
    "الإدارة الإعلامية",
    "إدارة الإعلام",
    "قسم الإعلام",
    "إدارة الإعلام والاتصال",
    "مكتب الإعلام والاتصال",
    "مكتب الإعلام",
    "الإعلام والاتصال",
    "الخلية الإعلامية",
    "العلاقات العامة",
    "إدارة العلاقات العامة",
];
/// The most words of the body's name.
const BODY_WORDS: usize = 6;

/// A writer's name without the body's media office after a dash
/// (`أمنية حسن الطيب – إدارة الإعلام والعلاقات العامة`, `سارة بوالشعير –
/// خلية الإعلام والاتصال`): the office says who the writer works for.
pub fn without_office(name: &str) -> &str {
    // Or after a comma (`ياسمين القاضي، مكتب الإعلام العام والاتصال`).
    let Some((writer, office)) = SPACED_DASHES
        .iter()
        .find_map(|d| name.split_once(d))
        .or_else(|| name.split_once(['،', ',']))
    else {
        return name;
    };
    // Or a department of the body (`إدارة الترصد الوبائي`).
    let department = office
        .split_whitespace()
        .next()
        .is_some_and(|first| is_in(first, DEPARTMENTS));
    // (A page may set its direction marks round the name: `نهى فاروق‏`.)
    let writer = writer.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
    });
    let is_office = is_in(office.trim(), MEDIA_OFFICES) || department || names_media_work(office);
    let writer_named = super::byline::is_plain_name(writer.trim(), 4)
        || super::byline::titled_name(writer).is_some();
    if is_office && writer_named {
        writer
    } else {
        name
    }
}

/// Whether a media office's name names no body (`المركز الإعلامي`,
/// `إدارة الإعلام والعلاقات العامة`): signing a body's own site, it says
/// the story is the site's, and no more.
pub fn names_no_body(name: &str) -> bool {
    let bare = |word: &str| {
        let word = word
            .strip_prefix('و')
            .filter(|_| !is_in(word, OFFICE_PARTS))
            .unwrap_or(word);
        is_in(word, OFFICE_PARTS)
            || word
                .strip_prefix("ال")
                .is_some_and(|w| is_in(w, OFFICE_PARTS))
    };
    is_in(name.trim(), MEDIA_OFFICES)
        || (name.split_whitespace().count() >= 2 && name.split_whitespace().all(bare))
}

/// Whether a line is a body's media office that names the body
/// (`المكتب الصحفي للشرطة`, `المكتب الإعلامي لشركة البريقة`): over the
/// story or under it, the story's source.
pub fn names_its_body(line: &str) -> bool {
    is_media_department(line) && !names_no_body(line)
}

/// The words of a media office's name that name no body.
const OFFICE_PARTS: &[&str] = &[
    "إدارة",
    "دائرة",
    "قسم",
    "شعبة",
    "مكتب",
    "مركز",
    "خلية",
    "وحدة",
    "إعلام",
    "إعلامي",
    "إعلامية",
    "علاقات",
    "عامة",
    "اتصال",
    "عام",
    // The state's word for its bodies' communication (`الاتصال الحكومي`).
    "حكومي",
    // The unit that runs a university's site (`مركز المعلومات والتوثيق`).
    "معلومات",
    "توثيق",
    // A party's media secretariat (`الأمانة الإعلامية`).
    "أمانة",
    // A charity's media team (`بواسطة فريق الإعلام`).
    "فريق",
];

/// A body's media department alone on a line (`الإدارة العامة للعلاقات
/// والإعلام الأمني`), as a ministry signs its news under the story.
pub fn is_media_department(line: &str) -> bool {
    // With the command or branch it serves after a dash (`قسم الإعلام
    // والاتصال - القيادة العامة`); a body there (`… - جامعة بنغازي`) is
    // the byline's other part.
    let line = match line.split_once(" - ") {
        Some((office, unit))
            if (1..=UNIT_WORDS).contains(&unit.split_whitespace().count())
                && unit.trim().chars().all(|c| c.is_alphabetic() || c == ' ')
                && !super::byline_bodies::opens_with_body_kind(unit) =>
        {
            office
        }
        _ => line,
    };
    let line = line.trim();
    let words = line.split_whitespace().count();
    // Its first word with the article (`الإدارة`), which folds the hamza.
    let first = line.split_whitespace().next().unwrap_or_default();
    let first = first.strip_prefix("ال").unwrap_or(first);
    (3..=8).contains(&words)
        && line.chars().all(|c| c.is_alphabetic() || c == ' ')
        && is_in(first, DEPARTMENTS)
        && names_media_work(line)
}

/// The most words of the unit a media department names after a dash.
const UNIT_WORDS: usize = 3;

/// A club's or a body's media desk named in Latin letters (`CRB Média`,
/// `ESS Media`): it signs for the body, and names no one.
pub fn is_latin_media_desk(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    (2..=4).contains(&words.len())
        && name.chars().all(|c| !super::text_foot::is_arabic_char(c))
        && ["media", "média", "medias", "médias"].contains(&last.as_str())
}

/// Whether a name holds a word of a media office's work (`الإعلام`,
/// `العلاقات العامة`, `الاتصال`).
fn names_media_work(name: &str) -> bool {
    let folded = crate::search::fold(name);
    OFFICE_WORDS
        .iter()
        .any(|w| folded.contains(&crate::search::fold(w)))
}

/// Words of a media office's name.
/// A press office (`المكتب الصحفي للشرطة`) is one.
const OFFICE_WORDS: [&str; 4] = ["الإعلام", "العلاقات العامة", "الاتصال", "الصحفي"];
/// The first word of a body's department, or of its office (`المكتب
/// الإعلامي لوزارة النفط`, `المركز الإعلامي للجامعة`).
const DEPARTMENTS: &[&str] = &[
    "إدارة",
    // As Jordan's and Iraq's bodies call a department.
    "دائرة",
    "قسم",
    "شعبة",
    "مديرية",
    "وحدة",
    "خلية",
    "مكتب",
    "مركز",
];

/// Whether a name is a body's own office or department, the article on
/// its first word (`المكتب المركزي`, `الإدارة العامة`): no person's.
pub fn is_own_office(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let first = words.next().and_then(|w| w.strip_prefix("ال"));
    first.is_some_and(|w| is_in(w, DEPARTMENTS)) && (1..=3).contains(&words.count())
}

/// The body a media office's credit names, either side of a dash.
pub fn media_office(line: &str) -> Option<Byline> {
    let (first, second) = SPACED_DASHES.iter().find_map(|d| line.split_once(d))?;
    let (first, second) = (first.trim(), second.trim());
    let body = if is_in(first, MEDIA_OFFICES) {
        second
    } else if is_in(second, MEDIA_OFFICES) {
        first
    } else {
        return None;
    };
    let named = (1..=BODY_WORDS).contains(&body.split_whitespace().count())
        && body.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !is_in(body, PLACES);
    // A writer before the office (`أسماء عبد الحكيم - المركز الإعلامي`)
    // writes for it.
    if named && super::byline::is_signed_name(body) && !is_in(first, MEDIA_OFFICES) {
        return Some(Byline {
            author: Some(body.to_owned()),
            ..Byline::default()
        });
    }
    named.then(|| Byline {
        source: Some(body.to_owned()),
        ..Byline::default()
    })
}

/// A body's media desk, a colon, and the person it sent, with the
/// photographer's credit after a dash or not (`إعلام العتبة العلوية
/// المقدسة: حيدر الحسناوي - تصوير: علي الكعبي`): the person writes.
pub fn desk_writer(line: &str) -> Option<Byline> {
    // (A page may set the dash between no-break spaces.)
    let line = line.replace('\u{a0}', " ");
    let (desk, rest) = line.split_once(':')?;
    let mut words = desk.split_whitespace();
    let media = words
        .next()
        .is_some_and(|w| crate::search::fold(w) == crate::search::fold("إعلام"));
    let body: Vec<&str> = words.collect();
    if !media || !(1..=BODY_WORDS).contains(&body.len()) || !body[0].starts_with("ال") {
        return None;
    }
    let name = SPACED_DASHES
        .iter()
        .find_map(|d| rest.split_once(d))
        .filter(|(_, credit)| credit.trim_start().starts_with("تصوير"))
        .map_or(rest, |(name, _)| name)
        .trim();
    super::byline::is_signed_name(name).then(|| Byline {
        author: Some(name.to_owned()),
        ..Byline::default()
    })
}

/// A dateline with a media office for the agency, `الشارقة – إدارة
/// الإعلام الأمني: أطلقت…`: a known place, a spaced dash, the office, and
/// a colon before the text. The office is the story's source.
pub(super) fn placed_office(paragraph: &str) -> Option<(Byline, &str)> {
    let (place, rest) = super::byline_openers::at_first_dash(paragraph)?;
    let (office, after) = rest.split_once(':')?;
    let (place, office, after) = (place.trim(), office.trim(), after.trim_start());
    let short = office
        .split_whitespace()
        .nth(DATELINE_OFFICE_WORDS)
        .is_none();
    (is_in(place, PLACES) && short && is_media_department(office) && !after.is_empty()).then(|| {
        (
            Byline {
                place: Some(place.to_owned()),
                source: Some(office.to_owned()),
                ..Byline::default()
            },
            after,
        )
    })
}

/// The most words of a media office in a dateline.
const DATELINE_OFFICE_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::{desk_writer, media_office};

    #[test]
    fn a_desk_names_the_writer_it_sent() {
        let found = desk_writer("إعلام العتبة العلوية المقدسة: حيدر الحسناوي - تصوير: علي الكعبي");
        assert_eq!(
            found.and_then(|b| b.author).as_deref(),
            Some("حيدر الحسناوي")
        );
        let spaced = desk_writer("إعلام الهيئة: سارة عبد الله \u{a0}-\u{a0} تصوير: علي الكعبي");
        assert_eq!(
            spaced.and_then(|b| b.author).as_deref(),
            Some("سارة عبد الله")
        );
        let bare = desk_writer("إعلام الجامعة: سارة عبد الله");
        assert_eq!(
            bare.and_then(|b| b.author).as_deref(),
            Some("سارة عبد الله")
        );
        assert!(
            desk_writer("إعلام الجامعة: افتتاح المعرض السنوي للكتاب في القاعة الكبرى").is_none()
        );
    }

    #[test]
    fn the_office_credits_its_body() {
        for line in [
            "المركز الإعلامي - الاتحاد العماني لكرة القدم",
            "الاتحاد العماني لكرة القدم – المركز الإعلامي",
        ] {
            let found = media_office(line).and_then(|b| b.source);
            assert_eq!(found.as_deref(), Some("الاتحاد العماني لكرة القدم"));
        }
        assert!(media_office("القاهرة - الاتحاد العماني لكرة القدم").is_none());
    }
}
