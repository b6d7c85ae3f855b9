//! The site's masthead at the top of a copied page: the staff titles and
//! names (`رئيس التحرير` and a name), with the site's name and section
//! links above them, which are never the article's.

use super::text_rules::{Matcher, Words};

/// What an article's metadata says before the section it was filed in.
const FILED_IN: [&str; 3] = ["نشر في", "نشرت في", "منشور في"];

/// How many lines the site's masthead takes at the top: up to the name
/// after the last staff title (`رئيس التحرير` and a name, on one line or
/// two) among the first lines; 0 without one. Site names and section
/// links above it go with it, and so do the short lines that finish its
/// block when a blank line closes it (`الموقع قدم أوراق اعتماده`). A
/// staff title after the first paragraph is the foot of the page (an
/// editor's column linked there), never a masthead.
pub fn masthead_end(matcher: &Matcher, lines: &[String]) -> usize {
    const LOOK: usize = 15;
    // A line this long is text: the masthead is above it, if anywhere.
    const TEXT_WORDS: usize = 16;
    let short = |l: &str| {
        let n = l.split_whitespace().count();
        (1..=4).contains(&n) && !l.ends_with(['.', '؟', '?', '!', '،', ','])
    };
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_empty())
        .take(LOOK)
        .take_while(|&i| lines[i].split_whitespace().nth(TEXT_WORDS).is_none())
        .collect();
    let mut end = 0;
    for (k, &i) in filled.iter().enumerate() {
        // Staff titles run together with the paper's name on one line.
        if masthead_inside(matcher, &lines[i]) {
            end = i + 1;
            continue;
        }
        let Some(rest) = matcher.masthead.strip(&Words::new(&lines[i])) else {
            continue;
        };
        // `مجلس التحرير: مجموعة صحفيين` — a colon after the title marks
        // it as one, whatever the length of the line.
        let head = &lines[i][..lines[i].len() - rest.len()];
        let colon = head.trim_end().ends_with(':') || rest.trim_start().starts_with(':');
        let rest = rest.trim_matches(|c: char| c.is_whitespace() || c == ':');
        if !rest.is_empty() {
            if short(rest) && (colon || short(&lines[i])) {
                end = i + 1;
            }
        } else if let Some(&name) = filled.get(k + 1)
            && short(&lines[name])
        {
            end = name + 1;
        }
    }
    if end > 0 {
        end = block_end(lines, end);
    }
    end
}

/// The end of the masthead's block: the short lines right after it, when
/// a blank line comes within two of them.
fn block_end(lines: &[String], end: usize) -> usize {
    let statement = |l: &String| {
        !l.is_empty()
            && l.split_whitespace().nth(6).is_none()
            && !l.ends_with(['.', '؟', '?', '!', '،', ',', ':'])
    };
    let more = lines[end..]
        .iter()
        .take(3)
        .take_while(|l| statement(l))
        .count();
    let closed = lines.get(end + more).is_some_and(String::is_empty);
    if (1..=2).contains(&more) && closed {
        end + more
    } else {
        end
    }
}

/// Whether a short line holds a staff title after other words
/// (`جريدة النهار رئيس مجلس الإدارة ورئيس التحرير فلان`). After `نشر في`
/// the words name the section an article was filed in (`نشر في مقال
/// رئيس التحرير`, the editor's column), an article's own metadata.
pub fn masthead_inside(matcher: &Matcher, line: &str) -> bool {
    let count = line.split_whitespace().count();
    let unbulleted = line.trim_start_matches(['•', '·', '*', ' ']);
    let filed_in = FILED_IN.iter().any(|p| unbulleted.starts_with(p));
    if !(3..=16).contains(&count) || line.ends_with(['.', '؟', '?', '!']) || filed_in {
        return false;
    }
    line.char_indices()
        .filter(|&(i, c)| i > 0 && c.is_whitespace())
        .any(|(i, _)| {
            matcher
                .masthead
                .strip(&Words::new(line[i..].trim_start()))
                .is_some()
        })
}

/// The most words of each of a logo's two names.
const LOGO_ARABIC_WORDS: usize = 6;
const LOGO_LATIN_WORDS: usize = 8;
/// The most words of a logo's Latin name besides its joining words.
const LOGO_NAME_WORDS: usize = 5;
/// A link a page's top holds before its masthead: to its content for
/// screen readers (`Skip to main content`), or to another language.
pub fn is_page_link(line: &str) -> bool {
    let folded = crate::search::fold(line.trim());
    is_language_link(line)
        || line.trim().to_ascii_lowercase().starts_with("skip to ")
        || (folded.contains(&crate::search::fold("إلى المحتوى"))
            && SKIP_WORDS
                .iter()
                .any(|w| folded.starts_with(&crate::search::fold(w))))
}

/// A page's link to another of its languages (`English`, `FR`).
pub fn is_language_link(line: &str) -> bool {
    LANGUAGE_LINKS.contains(&line.trim())
}

/// The words an Arabic skip link opens with (`تخطَّ إلى المحتوى الرئيسي`).
const SKIP_WORDS: [&str; 5] = ["تخط", "انتقل", "الانتقال", "اذهب", "الذهاب"];

/// A page's link to its other languages, which no logo names.
const LANGUAGE_LINKS: &[&str] = &["English", "EN", "En", "Français", "FR", "Fr", "Deutsch"];
/// How far down a copy a logo's two names are looked for, past a top
/// bar's links.
const LOGO_LINES: usize = 4;
/// A top bar's links over the logo (`English`, `البريد الإلكتروني`,
/// `دليل التليفونات`).
const TOP_BAR_LINKS: &[&str] = &[
    "البريد الإلكتروني",
    "البريد الالكتروني",
    "دليل التليفونات",
    "دليل الهاتف",
    "خريطة الموقع",
    "اتصل بنا",
    // A university's portals (`البوابة الإلكترونية`, `التعليم
    // الإلكتروني`, `بوابة الطلبة`).
    "البوابة الإلكترونية",
    "البوابة الالكترونية",
    "التعليم الإلكتروني",
    "التعليم الالكتروني",
    "بوابة الطلبة",
    "بوابة الطلاب",
];

/// Whether two lines are a logo's two names, either way round: the
/// site's in Arabic and in Latin capitals (`الهيئة العامة للغذاء والدواء`
/// / `Saudi Food & Drug Authority`).
pub fn is_logo_pair(a: &str, b: &str) -> bool {
    let latin_name = |l: &str| {
        !LANGUAGE_LINKS.contains(&l.trim())
            && l.chars().any(|c| c.is_ascii_alphabetic())
            // (French accents and all: `Comité Olympique …`.)
            && !super::text_foot::has_arabic(l)
            && !l.contains("://")
            // A date in English (`15 Sep 2025`) names no one.
            && super::dates::find(l).is_none()
            // Two words or more: a menu's capitals (`RSS`) are no name.
            && (2..=LOGO_LATIN_WORDS).contains(&l.split_whitespace().count())
            // A name of a few capitalised words besides its joining words
            // (`de`, `la`, `of`), where a teaser's title runs longer.
            && l.split_whitespace()
                .filter(|w| elided(w).starts_with(char::is_uppercase))
                .count()
                <= LOGO_NAME_WORDS
            && (l.split_whitespace().all(|w| {
                // French elides its article into the word (`l'Agriculture`).
                let w = elided(w);
                w == "&"
                    || w.len() <= 3
                    || w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
            })
            // Or a logo set in lower case after its capitals (`UN
            // environment programme`).
            || is_lower_case_logo(l))
    };
    // (A menu's link to the site's own pages, `من نحن`, names no site.)
    let arabic = |l: &str| {
        !super::phrases::ar::SITE_LINKS.contains(&l.trim())
            && super::text_foot::has_arabic(l)
            && (2..=LOGO_ARABIC_WORDS).contains(&l.split_whitespace().count())
            // A short name in brackets after the long one (`مواصلات (كروة)`),
            // or after a dash (`جامعة فلسطين التقنية - خضوري`).
            && numbered(l)
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, ' ' | '(' | ')' | '-' | '–'))
    };
    (arabic(a) && latin_name(b)) || (arabic(b) && latin_name(a))
}

/// A logo's words in lower case after an acronym of capitals (`UN
/// environment programme`).
fn is_lower_case_logo(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words
        .next()
        .is_some_and(|first| first.len() >= 2 && first.chars().all(|c| c.is_ascii_uppercase()))
        && words.all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
}

/// A name without the number a university of a city's several ends with
/// (`جامعة فرحات عباس سطيف 1`).
pub fn numbered(name: &str) -> &str {
    match name.trim_end().rsplit_once(' ') {
        Some((rest, n)) if (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()) => {
            rest
        }
        _ => name,
    }
}

/// The most Arabic words of a site's name in its page's own title.
const TAB_NAME_WORDS: usize = 4;

/// Whether `line` is the site's page title as a browser tab shows it, the
/// Latin name, then the Arabic name the copy says again elsewhere, then
/// the site's motto after a colon or bar (`Lebanon News I ليبانون تابلويد
/// : أخبار الساعة من لبنان والعالم!`): no headline.
pub fn is_tab_title(line: &str, lines: &[String]) -> bool {
    let Some(first_arabic) = line.find(super::text_foot::is_arabic_char) else {
        return false;
    };
    let latin = &line[..first_arabic];
    let Some((name, motto)) = line[first_arabic..].split_once([':', '|']) else {
        return false;
    };
    let name = name.trim();
    // The copy is read for the name again last, and only for a line of
    // the title's shape.
    latin.chars().any(|c| c.is_ascii_alphabetic())
        && !super::text_foot::has_arabic(latin)
        && (1..=TAB_NAME_WORDS).contains(&name.split_whitespace().count())
        && name.chars().all(|c| c.is_alphabetic() || c == ' ')
        && !motto.trim().is_empty()
        && lines
            .iter()
            .filter(|l| l.as_str() != line)
            .any(|l| l.contains(name))
}

/// The most words of a site's name after a headline in its page's title.
const TAB_SITE_WORDS: usize = 5;

/// Whether `line` is the page's title as a browser tab shows it, the
/// headline and the site's name after a bar (`بلدية فيفاء تباشر … | صحيفة
/// فيفاء`), when the copy shows the headline again on a line of its own
/// below: that line is the headline, not this one.
pub fn is_headline_tab(line: &str, lines: &[String]) -> bool {
    let Some((headline, site)) = line.rsplit_once(" | ") else {
        return false;
    };
    let headline = headline.trim();
    (1..=TAB_SITE_WORDS).contains(&site.split_whitespace().count())
        && headline.split_whitespace().nth(TAB_SITE_WORDS).is_some()
        && lines.iter().any(|l| l.trim() == headline)
}

/// The Arabic name of a logo's two names on one line, set apart by a bar
/// (`المدار الجديد | Almadar Aljadid`).
pub fn arabic_of_pair(line: &str) -> Option<&str> {
    let (a, b) = line.split_once(['|', '│'])?;
    let (a, b) = (a.trim(), b.trim());
    is_logo_pair(a, b).then(|| {
        if super::text_foot::has_arabic(a) {
            a
        } else {
            b
        }
    })
}

/// A French word without the article elided into it (`l'Agriculture`).
fn elided(word: &str) -> &str {
    word.strip_prefix("l'")
        .or_else(|| word.strip_prefix("d'"))
        .unwrap_or(word)
}

/// The site's Arabic name a copy opens with beside its Latin one.
pub fn logo_name(lines: &[String]) -> Option<String> {
    let filled: Vec<&String> = lines
        .iter()
        .filter(|l| {
            let l = l.trim();
            !l.is_empty() && !LANGUAGE_LINKS.contains(&l) && !TOP_BAR_LINKS.contains(&l)
        })
        .take(LOGO_LINES)
        .collect();
    // The state's names over a body's (`République Islamique de
    // Mauritanie` / `الجمهورية الإسلامية الموريتانية`) head the state's
    // sites: the body's pair under them is the logo.
    filled.windows(2).find_map(|pair| {
        let (a, b) = (pair[0], pair[1]);
        is_logo_pair(a, b)
            .then(|| {
                if super::text_foot::has_arabic(a) {
                    a
                } else {
                    b
                }
                .clone()
            })
            .filter(|name| !super::text_site_notice::is_state(name))
    })
}

#[cfg(test)]
mod logo_tests {
    use super::{is_logo_pair, logo_name};

    #[test]
    fn a_logos_two_names_either_way_round() {
        assert!(is_logo_pair(
            "Comité Olympique et Sportif Algérien",
            "اللجنة الأولمبية والرياضية الجزائرية"
        ));
        assert!(is_logo_pair(
            "الهيئة العامة للغذاء والدواء",
            "Saudi Food & Drug Authority"
        ));
        // A language link, a menu's capitals, a teaser's title and a line
        // of fields are none.
        assert!(!is_logo_pair("تخطي إلى المحتوى الرئيسي", "English"));
        assert!(!is_logo_pair("اقتصاد وأعمال", "RSS"));
        assert!(!is_logo_pair("15 Sep 2025", "بيانات صحفية"));
        assert!(!is_logo_pair(
            "الكاتب: | عدد القراءات: 15",
            "Ten Winter Recipes"
        ));
        assert!(!is_logo_pair(
            "وصفات الشتاء",
            "Ten Winter Recipes to Try This Weekend"
        ));
    }

    #[test]
    fn the_arabic_name_of_the_pair_the_copy_opens_with() {
        let lines: Vec<String> = [
            "Comité Olympique Algérien",
            "",
            "اللجنة الأولمبية الجزائرية",
            "الرئيسية",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            logo_name(&lines).as_deref(),
            Some("اللجنة الأولمبية الجزائرية")
        );
    }
}
