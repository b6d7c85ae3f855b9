//! Counters a page shows beside a story (views, comments, readers),
//! with or without their labels, as copies keep them.

use super::dates;
use super::text_rules::{Matcher, Words};

/// A counter with what it counts (`1540 مشاهدة`, `12 تعليق`), also
/// after its icon (`👁 4,218 مشاهدة`).
pub(crate) fn counted(matcher: &Matcher, line: &str) -> bool {
    // (Or a direction mark a page set before it: `\u{200F}عدد المشاهدات`.)
    let line = line.trim_start_matches(|c: char| {
        super::text_pictographs::is_pictograph(c)
            || c.is_whitespace()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
    });
    line.split_once(' ')
        .is_some_and(|(number, what)| is_counter(number) && matcher.counted.is(&Words::new(what)))
        || labelled_counter(matcher, line)
        || is_times_read(line)
        || is_online_count(line)
}

/// How many are on the site now, as a content system's box says it
/// (`لدينا 23 زائر متصل`, `يوجد حاليا 5 زوار متصلين`).
fn is_online_count(line: &str) -> bool {
    const OPENERS: [&str; 5] = ["لدينا", "يوجد", "حاليا", "حالياً", "الآن"];
    // Most lines are told by their first word, before any is collected.
    if !OPENERS.iter().any(|o| line.starts_with(o)) {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some(at) = words.iter().position(|w| is_counter(w)) else {
        return false;
    };
    let after = &words[at + 1..];
    OPENERS.contains(&words[0])
        && at <= 2
        && (1..=3).contains(&after.len())
        && ["زائر", "زوار", "ضيف", "ضيوف", "عضو", "أعضاء"].contains(&after[0])
        && after
            .iter()
            .any(|w| w.starts_with("متصل") || *w == "الآن" || *w == "حاليا")
}

/// How many times the story was read, as a content system says it
/// (`قرأت 1532 مرة`, `شوهد 87 مرات`), or by how many (`قرأه 4381 زائر`).
fn is_times_read(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), [verb, number, times]
        if ["قرأت", "قرئ", "قرئت", "شوهد", "شوهدت"].contains(verb)
            && is_counter(number)
            && ["مرة", "مرات"].contains(times))
        || matches!(words.as_slice(), [verb, number, readers]
            if ["قرأه", "قرأها", "شاهده", "شاهدها"].contains(verb)
                && is_counter(number)
                && ["زائر", "زائرا", "زائراً", "قارئ", "قارئا", "قارئاً", "زوار", "قراء"]
                    .contains(readers))
}

/// `line` without what a theme sets after the names on its line of
/// fields (`Radio FM أخبار جهوية اترك تعليقا 57 زيارة`): counters and a
/// call to comment, then the story's section, taken off its end while
/// words stand before them. A section alone goes only when it is two
/// words or more, or came with the rest: a one-word section may be the
/// last word of an outlet's name (`بوابة الأخبار`).
pub(super) fn without_theme_tail(matcher: &Matcher, line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut cut = words.len();
    let mut took_page_own = false;
    'cut: while cut > 1 {
        for n in 1..=TAIL_FIELD_WORDS.min(cut - 1) {
            let field = words[cut - n..cut].join(" ");
            let page_own = counted(matcher, &field) || matcher.end.is(&Words::new(&field));
            let section = (n >= 2 || took_page_own) && matcher.sections.is(&Words::new(&field));
            if page_own || section {
                took_page_own |= page_own;
                cut -= n;
                continue 'cut;
            }
        }
        break;
    }
    (cut < words.len()).then(|| words[..cut].join(" "))
}

/// The most words of one field of a theme's tail.
const TAIL_FIELD_WORDS: usize = 4;

/// A counter with its label around the number, or saying there is none
/// (`عدد المشاهدات: 1524`, `التعليقات (3)`, `12 تعليقا`, `لا توجد
/// تعليقات`): a few words, each the counted thing (with the article or
/// the accusative's alif), one of [`COUNTER_WORDS`], or the one number.
fn labelled_counter(matcher: &Matcher, line: &str) -> bool {
    let tokens: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ':' | '(' | ')' | '[' | ']' | '|'))
        .filter(|t| !t.is_empty())
        // One more than a counter has is enough to tell a longer line.
        .take(COUNTER_MAX_WORDS + 1)
        .collect();
    if tokens.is_empty() || tokens.len() > COUNTER_MAX_WORDS {
        return false;
    }
    let numbers = tokens.iter().filter(|t| is_counter(t)).count();
    let mut things = 0;
    for token in tokens.iter().filter(|t| !is_counter(t)) {
        let bare = token.strip_prefix("ال").unwrap_or(token);
        let bare = bare.trim_end_matches(['ا', '\u{064B}']);
        // With its pronoun (`تم قراءته 2145 مرة`): `قراءته` is `قراءة`.
        let owned = bare.strip_suffix("ته").map(|b| format!("{b}ة"));
        if [*token, bare]
            .into_iter()
            .chain(owned.as_deref())
            .any(|w| matcher.counted.is(&Words::new(w)))
        {
            things += 1;
        } else if !COUNTER_WORDS.contains(token) {
            return false;
        }
    }
    let none = tokens.first() == Some(&"لا");
    things > 0 && (numbers == 1 || (numbers == 0 && none))
}

/// Words a counter's label says besides the thing counted.
const COUNTER_WORDS: [&str; 10] = [
    "عدد",
    // A gallery's label with its pictures' count (`معرض الصور (12)`).
    "معرض",
    "لا",
    "توجد",
    "يوجد",
    "تم",
    "مرة",
    "مرات",
    "الزوار",
    "القراء",
];

/// The most words of a counter with its label.
const COUNTER_MAX_WORDS: usize = 4;

/// A gallery's place among its pictures alone on a line (`1 / 6`), as a
/// slider shows it under a picture the copy lost.
pub fn is_gallery_place(line: &str) -> bool {
    let Some((at, of)) = line.split_once('/') else {
        return false;
    };
    let number = |s: &str| {
        let s = s.trim();
        (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    number(at) && number(of) && at.trim().parse::<u8>().ok() <= of.trim().parse::<u8>().ok()
}

/// A counter a page shows beside its buttons (likes, comments, views): a
/// line that is a number and nothing else. A date written with dots
/// (`06.04.2019`, `2019.04.06`) is made of the same characters and is no
/// counter. Copies keep the direction marks pages put around a number.
pub fn is_counter(line: &str) -> bool {
    line.split_whitespace().nth(2).is_none()
        && line.chars().any(char::is_numeric)
        && line.chars().all(|c| {
            c.is_numeric()
                || c.is_whitespace()
                // Arabic separators too (`١٬٢٥٤`).
                || matches!(
                    c,
                    ',' | '.' | '٬' | '٫' | 'K' | 'k' | 'M' | '\u{200E}' | '\u{200F}'
                )
        })
        && dates::find(line).is_none()
}

/// How many comments the story has, over them (`تعليق واحد`, `تعليقان`,
/// `3 تعليقات`, `التعليقات (3)`, `لا توجد تعليقات`).
pub(super) fn counts_comments(matcher: &Matcher, line: &str) -> bool {
    let folded = crate::search::fold(line);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let comment = |w: &str| {
        let bare = w.strip_prefix("ال").unwrap_or(w);
        matches!(bare.trim_end_matches('ا'), "تعليق" | "تعليقات")
    };
    match words.as_slice() {
        ["تعليق", "واحد"] | ["تعليقان"] => true,
        _ => counted(matcher, line) && words.iter().any(|w| comment(w)),
    }
}

/// A service's telephone number a page shows in its header or footer
/// (`خدمة الزبائن 1515`, `الخط الساخن: 16000`), alone on its line: no
/// story's paragraph is a label and a number.
pub fn is_service_number(line: &str) -> bool {
    /// The services a page gives a number for.
    const SERVICES: [&str; 8] = [
        "خدمة الزبائن",
        "خدمة العملاء",
        "الخط الساخن",
        "مركز الاتصال",
        "مركز الاتصال الموحد",
        "الرقم المجاني",
        "الرقم الموحد",
        "رقم الخط الساخن",
    ];
    // Most lines are told by their first letters, before any folding.
    if !["خدمة", "الخط", "مركز", "الرقم", "رقم"]
        .iter()
        .any(|w| line.starts_with(w))
    {
        return false;
    }
    let Some(at) = line.find(char::is_numeric) else {
        return false;
    };
    let (label, number) = line.split_at(at);
    let label =
        crate::search::fold(label.trim_end_matches([' ', ':', '-', '\u{200E}', '\u{200F}']));
    SERVICES.iter().any(|s| crate::search::fold(s) == label)
        && number.chars().all(|c| {
            c.is_numeric()
                || c.is_whitespace()
                || matches!(c, '+' | '-' | '/' | '(' | ')')
                || ('\u{200E}'..='\u{200F}').contains(&c)
                || ('\u{202A}'..='\u{202E}').contains(&c)
        })
}

#[cfg(test)]
mod tests {
    use super::is_gallery_place;

    #[test]
    fn a_gallerys_place_and_not_a_date_or_a_score() {
        assert!(is_gallery_place("1 / 6"));
        assert!(is_gallery_place("12/12"));
        assert!(!is_gallery_place("7 / 3"));
        assert!(!is_gallery_place("2024/05"));
        assert!(!is_gallery_place("1 / 6 صور"));
    }
}
