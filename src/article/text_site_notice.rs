//! The site's name as its copyright notice gives it, for a copy whose
//! masthead was a logo and never reached the text: `© 2023 جامعة بيرزيت.
//! جميع الحقوق محفوظة.`, `جميع الحقوق محفوظة © أمانة عمان الكبرى 2024`,
//! `جميع الحقوق محفوظة لموقع عنكاوا كوم`.

/// What a notice says around the name, longest first.
const RESERVED: [&str; 10] = [
    "جميع حقوق النشر محفوظة",
    "جميع الحقوق محفوظة",
    "كافة الحقوق محفوظة",
    "كل الحقوق محفوظة",
    "حقوق النشر محفوظة",
    "الحقوق محفوظة",
    "حقوق النشر",
    "جميع الحقوق",
    "حقوق الطبع والنشر",
    "حقوق الطبع",
];
/// Where a notice's parts part.
pub(super) const BREAKS: [char; 9] = ['.', '|', '،', ',', '-', '–', '—', ':', '©'];
/// Words of a notice's credit to whoever built the site, not its name.
const BUILT: [&str; 5] = ["تصميم", "تطوير", "برمجة", "استضافة", "بدعم"];
/// The kind of site before its name, not part of it.
const KIND: &str = "موقع ";
/// The kinds of bodies whose name the notice's "for" runs into
/// (`محفوظة لحزب جبهة العمل الإسلامي`) besides those a byline knows
/// ([`super::byline_bodies::opens_with_body_kind`]): a movement and the
/// press.
const PRESS_AND_MOVEMENTS: [&str; 4] = ["حركة ", "جريدة ", "صحيفة ", "مجلة "];
/// The most words of a site's name (an embassy's: `سفارة جمهورية الصين الشعبية
/// لدى جمهورية مصر العربية`).
pub(super) const NAME_WORDS: usize = 9;

/// The most words of a notice: a longer line is text that speaks of one.
const NOTICE_WORDS: usize = 16;

/// Whether `line` is the site's copyright notice (`© 2024 … All Rights
/// Reserved.`), which stands at the page's foot, under the story.
pub fn is_notice(line: &str) -> bool {
    let reserved = RESERVED[..6].iter().any(|p| line.contains(p))
        || line.to_lowercase().contains("all rights reserved");
    reserved && line.split_whitespace().nth(NOTICE_WORDS).is_none()
}

/// The one name a copyright notice gives, in Arabic letters: `None` when
/// it gives none, or more than one.
pub fn named(notice: &str) -> Option<String> {
    let all = names(notice);
    // The site's country after its name (`المجلس الوطني … - دولة
    // الكويت`) names the state, not a second owner.
    let owners: Vec<String> = all
        .iter()
        .filter(|n| all.len() == 1 || !is_state(n))
        .cloned()
        .collect();
    match owners.as_slice() {
        [name] => Some(name.clone()),
        // A body under its ministry (`وزارة الثقافة - دار الأوبرا
        // المصرية`): the body's own site.
        [ministry, body] if ministry.starts_with("وزارة ") && !body.starts_with("وزارة ") => {
            Some(body.clone())
        }
        _ => None,
    }
}

/// The body a release's box about it names under the story (`نبذة عن
/// بورصة البحرين`): the body that issued it.
pub fn about_box(text: &str) -> Option<String> {
    let filled = text.lines().rev().filter(|l| !l.trim().is_empty());
    filled.take(ABOUT_LINES).find_map(|line| {
        let name = [
            "نبذة عن ",
            "لمحة عن ",
            "معلومات عامة حول ",
            "معلومات عامة عن ",
        ]
        .iter()
        .find_map(|label| line.trim().strip_prefix(label))?
        .trim()
        .trim_end_matches(':')
        .trim();
        let words = name.split_whitespace().count();
        ((1..=NAME_WORDS).contains(&words) && name.chars().all(|c| c.is_alphabetic() || c == ' '))
            .then(|| name.to_owned())
            .filter(|n| !n.starts_with("الكاتب") && !n.starts_with("المؤلف"))
    })
}

/// Drops a blurb about the site under the story, in its footer: the
/// last paragraph, opening with the name the copyright notice gives and
/// a word of what it is (`مركز أبعاد للدراسات والبحوث مؤسسة بحثية
/// مستقلة …`).
/// The notice's name is asked for only when the last paragraph holds a
/// word of what a site is.
pub fn drop_about_blurb<'a>(units: &mut Vec<String>, site: impl FnOnce() -> Option<&'a str>) {
    let may_be = units.len() > 2
        && units
            .last()
            .is_some_and(|last| ABOUT_KINDS.iter().any(|kind| last.contains(kind)));
    let Some(site) = may_be
        .then(site)
        .flatten()
        .filter(|s| s.split_whitespace().nth(1).is_some())
    else {
        return;
    };
    let blurb = units.last().is_some_and(|last| {
        let kind_next = last
            .strip_prefix(site)
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|kind| ABOUT_KINDS.contains(&kind));
        // Or the site's story of itself after a verb (`بدأت شبكة … رحلتها
        // … بإطلاق موقعها الإلكتروني`).
        let own_story = last
            .split_once(' ')
            .and_then(|(_, rest)| rest.strip_prefix(site))
            .is_some_and(|rest| OWN_STORY.iter().any(|w| rest.contains(w)));
        kind_next || own_story
    });
    if blurb {
        units.pop();
    }
}

/// What a site says it is in its footer's blurb.
const ABOUT_KINDS: &[&str] = &[
    "مؤسسة",
    "منظمة",
    "مركز",
    "شركة",
    "جمعية",
    "هيئة",
    "منصة",
    "موقع",
    "صحيفة",
    "هو",
    "هي",
];

/// Words a site's account of itself says of its own site.
const OWN_STORY: &[&str] = &["موقعها الإلكتروني", "موقعه الإلكتروني"];

/// How far up from a copy's end a release's box about its body stands,
/// in lines that are not blank: over a site's whole footer.
const ABOUT_LINES: usize = 30;

/// Whether a name is a state's (`جمهورية مصر العربية`, `دولة الكويت`).
pub fn is_state(name: &str) -> bool {
    STATES.iter().any(|s| name.starts_with(s))
}

/// A state's motto under its name (`شرف - إخاء - عدل`, `الله - الوطن -
/// الملك`): three or four words set apart by dashes.
pub fn is_motto(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['-', '–']).map(str::trim).collect();
    (3..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && !p.contains(' ') && p.chars().all(char::is_alphabetic))
}

/// How a state's name opens in a notice after its site's.
const STATES: &[&str] = &[
    "دولة ",
    "مملكة ",
    "المملكة ",
    "جمهورية ",
    "الجمهورية ",
    "سلطنة ",
    "إمارة ",
];

/// Every name a copyright notice gives in Arabic letters (`وزارة
/// الأوقاف - جمهورية مصر العربية`: the ministry and the country).
pub fn names(notice: &str) -> Vec<String> {
    let mut text = notice.replace("(c)", "©").replace("(C)", "©");
    for phrase in RESERVED {
        text = text.replace(phrase, "|");
    }
    let text: Vec<&str> = text
        .split(' ')
        .map(|w| if is_company_form(w) { "|" } else { w })
        .collect();
    let text = text.join(" ");
    let names = text
        .split(BREAKS)
        // The body the site belongs to (`. عضو في مؤسسة قطر`) owns no
        // notice of its own.
        .filter(|part| !MEMBER_OF.iter().any(|m| part.trim().starts_with(m)))
        // Nor does the screen it is best seen on (`أفضل تصفح بدقة
        // 1280x1024`).
        .filter(|part| !BEST_SEEN.iter().any(|m| part.trim().starts_with(m)))
        .filter_map(|part| name_in(part.trim()))
        .filter(|name| super::text_foot::has_arabic(name))
        .collect::<Vec<_>>();
    // A sentence about the body after the notice opens with its name
    // (`… جميع الحقوق محفوظة. بنك دبي الإسلامي مرخص من قبل …`): the name
    // said again, not a second owner.
    names
        .iter()
        .filter(|name| {
            !names
                .iter()
                .any(|other| name.len() > other.len() && name.starts_with(&format!("{other} ")))
        })
        .cloned()
        .collect()
}

/// The site's postal address in its foot (`الشويخ – ص.ب 24885 الصفاة
/// 13109 – دولة الكويت`): a box's number after its label, on a short line
/// that ends no sentence.
pub fn is_postal_address(line: &str) -> bool {
    let line = line.trim();
    let boxed = ["ص.ب", "ص. ب", "صندوق بريد", "ص ب "].iter().any(|label| {
        line.split_once(label).is_some_and(|(_, after)| {
            after
                .trim_start_matches(['.', ':', ' '])
                .starts_with(|c: char| c.is_numeric())
        })
    });
    boxed
        && line.split_whitespace().nth(ADDRESS_WORDS).is_none()
        && !line.ends_with(['؟', '?', '!'])
}

/// The most words of a postal address's line.
const ADDRESS_WORDS: usize = 16;

/// A company's legal form after its name (`بنك دبي الإسلامي ش.م.ع.`,
/// `فودافون قطر ش.م.ق.ع.`): letters alone, each after a full stop that
/// would cut the name into letters.
fn is_company_form(word: &str) -> bool {
    let letters: Vec<&str> = word.trim_end_matches('.').split('.').collect();
    letters.len() >= 2
        && letters
            .iter()
            .all(|l| l.chars().count() == 1 && super::text_foot::has_arabic(l))
}

/// What a notice says before the body a site is a member of.
const MEMBER_OF: [&str; 4] = ["عضو في ", "عضو ب", "جزء من ", "إحدى مؤسسات "];

/// What an old site's notice says of the screen or browser to see it
/// with.
const BEST_SEEN: [&str; 4] = ["أفضل تصفح", "أفضل عرض", "يفضل التصفح", "يفضل استخدام"];

/// A part of the notice without its years, as the name it holds.
fn name_in(part: &str) -> Option<String> {
    let mut words: Vec<&str> = part.split_whitespace().filter(|w| !is_year(w)).collect();
    // A Latin initial the notice's full stops cut off the name's end
    // (`ريال مدريد C.F.`) is no part of the Arabic name.
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    {
        words.pop();
    }
    let built = words.iter().any(|w| {
        BUILT
            .iter()
            .any(|b| w.trim_start_matches('و').starts_with(b))
    });
    if built || !(1..=NAME_WORDS).contains(&words.len()) {
        return None;
    }
    let joined = words.join(" ");
    // `لموقع …`, `لشبكة …`, `للمنار`: the notice's "for", not the name.
    let name = match joined.strip_prefix("لل") {
        Some(rest) => format!("ال{rest}"),
        None => joined
            .strip_prefix("لـ")
            .or_else(|| {
                joined
                    .strip_prefix('ل')
                    .filter(|r| r.starts_with(KIND) || names_a_body(r))
            })
            .unwrap_or(&joined)
            .to_owned(),
    };
    let name = name.strip_prefix(KIND).map_or(name.clone(), str::to_owned);
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 2 && name.chars().all(|c| c.is_alphanumeric() || c == ' ')).then_some(name)
}

/// A year in any digits (`2025`, `٢٠٢٥`).
pub(super) fn is_year(word: &str) -> bool {
    word.chars().count() == 4 && word.chars().all(|c| c.is_numeric())
}

/// Whether what follows a notice's "for" opens with a body's kind and
/// goes on to its name (`حزب جبهة …`, `منظمة …`).
fn names_a_body(rest: &str) -> bool {
    let named = rest.split_whitespace().nth(1).is_some();
    named
        && (super::byline_bodies::opens_with_body_kind(rest)
            || PRESS_AND_MOVEMENTS.iter().any(|b| rest.starts_with(b)))
}

#[cfg(test)]
mod tests {
    use super::{is_notice, named};

    #[test]
    fn a_releases_box_about_its_body_names_it() {
        let text = "نص البيان.\nنبذة عن بورصة البحرين\nتأسست البورصة عام 1987.";
        assert_eq!(super::about_box(text).as_deref(), Some("بورصة البحرين"));
        assert_eq!(super::about_box("نص.\nنبذة عن الكاتب\nصحفي."), None);
    }

    #[test]
    fn a_companys_legal_form_is_no_part_of_its_name() {
        for (notice, name) in [
            (
                "© 2025 فودافون قطر ش.م.ق.ع. جميع الحقوق محفوظة.",
                "فودافون قطر",
            ),
            (
                "© 2024 بنك دبي الإسلامي ش.م.ع. جميع الحقوق محفوظة",
                "بنك دبي الإسلامي",
            ),
        ] {
            assert_eq!(named(notice).as_deref(), Some(name), "{notice}");
        }
    }

    #[test]
    fn a_notice_names_the_site_before_or_after_its_year() {
        let cases = [
            ("© 2023 جامعة بيرزيت. جميع الحقوق محفوظة.", "جامعة بيرزيت"),
            (
                "جميع الحقوق محفوظة © أمانة عمان الكبرى 2024",
                "أمانة عمان الكبرى",
            ),
            ("جميع الحقوق محفوظة لموقع عنكاوا كوم 2023", "عنكاوا كوم"),
            ("حقوق النشر © 2019 للمنار", "المنار"),
            (
                "حقوق الطبع © 2023 بنك الإسكندرية. جميع الحقوق محفوظة.",
                "بنك الإسكندرية",
            ),
            (
                "جميع الحقوق محفوظة لنادي الأسير الفلسطيني © 2022",
                "نادي الأسير الفلسطيني",
            ),
            (
                "جميع الحقوق محفوظة لحزب جبهة العمل الإسلامي © 2023",
                "حزب جبهة العمل الإسلامي",
            ),
        ];
        for (notice, name) in cases {
            assert_eq!(named(notice).as_deref(), Some(name), "{notice}");
        }
    }

    #[test]
    fn a_notice_without_one_arabic_name_gives_none() {
        assert_eq!(named("© 2024 جميع الحقوق محفوظة"), None);
        assert!(is_notice(
            "© 2024 Qatar Olympic Committee. All Rights Reserved."
        ));
        assert!(is_notice("كافة الحقوق محفوظة لموقع المدينة 2023"));
        assert!(!is_notice("© رويترز"));
        assert_eq!(named("© 2024 CCIB. All Rights Reserved."), None);
        assert_eq!(
            named("جميع الحقوق محفوظة © 2024 - تصميم وتطوير شركة النخبة"),
            None
        );
        assert_eq!(
            named("جميع الحقوق محفوظة © 2024 | سياسة الخصوصية | اتصل بنا"),
            None
        );
    }
}
