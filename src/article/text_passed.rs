//! Lines at the top of a copied article that are never its headline,
//! whatever their length: a site's navigation menu, a line in Latin
//! letters over an Arabic text (a widget's teaser, another story's
//! title), and a picture's caption that names someone by their office
//! when it is the only line above the lead. The headline's rules pass
//! over them; a copy left with no other line starts with its lead, whose
//! first words stand for the headline.

use super::byline_names::{NOT_NAMES, OFFICES};
use super::text_chrome;
use super::text_foot::has_other_letters;
use super::text_headline_features::is_paragraph;
use super::text_rules::{Matcher, Rules, Words};
use super::text_top_lines;
use crate::search::fold;

/// Which of `lines` the headline's rules pass over, from `start` (the end
/// of the site's chrome) on.
pub fn passed_over(rules: &Rules, matcher: &Matcher, lines: &[String], start: usize) -> Vec<bool> {
    let mut passed = text_top_lines::menu_lines(lines);
    // The site's page title (`Lebanon News I ليبانون تابلويد : أخبار
    // الساعة …!`) may end a sentence, yet is no lead.
    let mut tab_title = vec![false; lines.len()];
    for (at, line) in lines.iter().enumerate().take(LOOK) {
        passed[at] |= is_section_row(matcher, line);
        tab_title[at] = super::text_masthead::is_tab_title(line, lines)
            || super::text_masthead::is_headline_tab(line, lines);
        passed[at] |= tab_title[at];
    }
    pass_masthead(matcher, lines, &mut passed);
    pass_writer_photos(lines, &mut passed);
    let lead = (0..lines.len()).position(|at| !tab_title[at] && is_paragraph(&lines[at]));
    // A copy whose lead is in Latin letters is an English one: its
    // headline is in them too. A copy with no line that reads as a
    // paragraph (all of it questions, list items, lines ending in a
    // colon) is told by its first long line.
    let first_long = || {
        lines
            .iter()
            .position(|l| l.split_whitespace().count() >= LONG_LINE)
    };
    let arabic = lead
        .or_else(first_long)
        .is_some_and(|at| has_other_letters(&lines[at]));
    let top = start.min(lead.unwrap_or(lines.len()));
    // The headline is near the top: a copy with no line that reads as a
    // paragraph is not read whole for it.
    let end = lead.unwrap_or(lines.len()).min(top + LOOK);
    let mut others = Vec::new();
    for at in top..end {
        let line = &lines[at];
        // The page's fields in a bar (`المحرر: | عدد المشاهدات: 8`).
        let fields = text_chrome::is_bar(line) && line.contains(':');
        if (arabic && is_latin_text(line))
            || is_ticker(matcher, &lines[at..])
            || fields
            || is_promo(line)
            || is_numbered_section(line)
            || is_glued_names(line)
            || super::dates::is_hijri_only(line)
            || has_email(line)
            || is_menu_run(line)
        {
            passed[at] = true;
        } else if !passed[at]
            && !text_chrome::is_header(rules, matcher, line)
            && !text_chrome::is_chrome(line)
        {
            others.push(at);
        }
    }
    // The caption alone above the lead: the copy has no headline. Under a
    // headline, the walk drops it as the picture's caption. A headline
    // that names someone is about them, and so is its lead; a picture's
    // caption may name someone the lead does not.
    if let [at] = others[..]
        && let Some(name) = named_by_office(&lines[at])
        && let Some(lead) = lead.map(|l| words_of(&lines[l]))
        && !name.iter().any(|w| lead.contains(w))
    {
        passed[at] = true;
    }
    passed
}

/// A writer's photo's alt text (`صورة الكاتب`, as a blog platform sets it
/// over the writer's name): the label and the name under it are the
/// byline's, never the headline.
fn pass_writer_photos(lines: &[String], passed: &mut [bool]) {
    for (at, line) in lines.iter().enumerate().take(LOOK) {
        if WRITER_PHOTOS.contains(&line.trim()) {
            passed[at] = true;
            if let Some(name) = (at + 1..lines.len()).find(|&n| !lines[n].is_empty()) {
                passed[name] = true;
            }
        }
    }
}

/// A writer's photo's alt text.
const WRITER_PHOTOS: &[&str] = &["صورة الكاتب", "صورة المؤلف", "Writer's picture"];

/// A line with an e-mail address (`لمراسلتنا : contact@site.net`): the
/// site's contact line, which no headline carries.
pub(crate) fn has_email(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        w.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && w.is_ascii())
    })
}

/// A menu copied onto one line, its sections' names run together with
/// spaces or bars (`الرئيسية سياسة اقتصاد محليات ثقافة`): four names or
/// more, one in five at most some other word; or led by the home page's
/// link.
fn is_section_row(matcher: &Matcher, line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || MENU_BARS.contains(&c))
        .filter(|w| !w.is_empty())
        .collect();
    let sections = words
        .iter()
        .filter(|w| {
            // The last of a pair takes the conjunction (`فن وثقافة`).
            let bare = w.strip_prefix('و').filter(|r| r.chars().count() > 2);
            matcher.sections.is(&Words::new(w))
                || bare.is_some_and(|r| matcher.sections.is(&Words::new(r)))
        })
        .count();
    // A menu opens with the home page's link (`الرئيسية أخبار مقالات
    // مقابلات اتصل بنا`), which never opens a headline: an adjective. A
    // long one may name the site's own beats, no table's sections (a
    // sports paper's clubs: `الرئيسية الهلال المريخ الدوري الممتاز …`).
    let home = words.first().is_some_and(|w| fold(w) == fold(HOME))
        && line
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || MENU_BARS.contains(&c))
        && (sections >= HOME_SECTIONS || words.len() >= HOME_MENU_WORDS);
    words.len() >= 4 && (sections * 5 >= words.len() * 4 || home)
}

/// The home page's link, which opens a site's menu, and how many
/// sections' names a menu it opens names at least, itself included.
const HOME: &str = "الرئيسية";
const HOME_SECTIONS: usize = 3;
/// The fewest labels of a menu the home page's link opens, whatever they
/// name.
const HOME_MENU_WORDS: usize = 7;

/// Marks that set a menu's labels apart.
const MENU_BARS: [char; 3] = ['|', '•', '·'];

/// The site's name and slogan above a menu that opens the copy (`القرن` /
/// `صحيفة يومية …` / the menu): no line of the story comes before the
/// menu.
fn pass_masthead(matcher: &Matcher, lines: &[String], passed: &mut [bool]) {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    pass_named_twice(lines, &filled, passed);
    let Some(menu) = filled
        .iter()
        .take(MASTHEAD_LINES + 1)
        .position(|&i| passed[i])
    else {
        return;
    };
    // A menu names the site's sections (a share bar's labels, a form's
    // fields do not), and a headline is longer than a site's name or
    // slogan.
    let names_sections = filled[menu..].iter().take(2).any(|&i| {
        is_section_row(matcher, &lines[i]) || matcher.sections.is(&Words::new(&lines[i]))
    });
    // A slogan that says what the site is may run longer (`جريدة يومية
    // تصدر عن …`).
    // So may the site's name in Latin letters (`National Centre for
    // Disease Control - Libya`).
    let short = |i: &usize| {
        let words = lines[*i].split_whitespace().count();
        words <= MASTHEAD_WORDS
            || (words <= SLOGAN_WORDS && (is_slogan(&lines[*i]) || is_latin_text(&lines[*i])))
    };
    if names_sections && filled[..menu].iter().all(short) {
        filled[..menu].iter().for_each(|&i| passed[i] = true);
    }
}

/// A site's name in Arabic beside its name in Latin capitals, right over
/// the menu (`الهيئة العامة للغذاء والدواء` / `Saudi Food & Drug
/// Authority` / `عن الهيئة` …): the logo's two lines, never a headline.
fn pass_named_twice(lines: &[String], filled: &[usize], passed: &mut [bool]) {
    for pair in filled.windows(3).take(MASTHEAD_LINES + 1) {
        let (a, b, menu) = (pair[0], pair[1], pair[2]);
        if passed[menu] && super::text_masthead::is_logo_pair(&lines[a], &lines[b]) {
            passed[a] = true;
            passed[b] = true;
        }
    }
}

/// The most lines of a masthead over the menu, and the most words of each.
const MASTHEAD_LINES: usize = 3;
const MASTHEAD_WORDS: usize = 6;
/// The most words of a slogan over the menu.
const SLOGAN_WORDS: usize = 12;

/// A line that opens with the kind of outlet the site is (`جريدة`,
/// `صحيفة`, `موقع`), or a motto in quotation marks (`"مستقلة لكنها غير
/// محايدة"`).
fn is_slogan(line: &str) -> bool {
    let quoted = |open: char, close: char| line.starts_with(open) && line.ends_with(close);
    if line.chars().count() > 2 && (quoted('"', '"') || quoted('«', '»') || quoted('“', '”'))
    {
        return true;
    }
    line.split_whitespace().next().is_some_and(|first| {
        super::byline_names::OUTLET_WORDS
            .iter()
            .any(|w| fold(w) == fold(first))
    })
}

/// The folded words of `line`, split at marks too.
fn words_of(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// A few words with two of them run together where a word ended with a
/// taa marbuta, which only ends words (`الأخبار العاجلةحالة الطقس`): the
/// page's labels as a copy glues them, never a headline.
fn is_glued_names(line: &str) -> bool {
    line.split_whitespace().nth(GLUED_WORDS).is_none()
        && super::text_lines::taa_marbuta_glue(line).is_some()
}

/// The most words of a line of glued labels.
const GLUED_WORDS: usize = 6;

/// A section's heading numbered by an ordinal and a colon (`أولًا: …`,
/// `ثانياً - …`): a part of the story under its headline, never the
/// headline, even right above the part's first paragraph.
pub(super) fn is_numbered_section(line: &str) -> bool {
    let Some((first, rest)) = line.split_once([':', '-', '–']) else {
        return false;
    };
    let first = fold(first.trim());
    !rest.trim().is_empty() && ORDINALS.iter().any(|o| fold(o) == first)
}

/// The ordinals that number a story's parts, as folded words compare them
/// (the tanween's alif and its marks fold away).
const ORDINALS: [&str; 10] = [
    "أولا",
    "ثانيا",
    "ثالثا",
    "رابعا",
    "خامسا",
    "سادسا",
    "سابعا",
    "ثامنا",
    "تاسعا",
    "عاشرا",
];

/// A line that opens with a pictograph (`💎 اعرف أقوى الأسهم…`): an
/// advert's or a widget's call, which a headline does not open with.
fn is_promo(line: &str) -> bool {
    line.trim_start()
        .chars()
        .next()
        .is_some_and(super::text_pictographs::is_pictograph)
}

/// An item of the site's news ticker (`آخر الأخبار: …`), or a breaking
/// story's (`عاجل: …`) when the section's name and another line follow
/// it: that line is the headline, and the ticker's item another story's.
fn is_ticker(matcher: &Matcher, lines: &[String]) -> bool {
    let Some((label, item)) = lines[0].split_once(':') else {
        return false;
    };
    let label = fold(label.trim());
    let words = item.split_whitespace().count();
    if words < 3 {
        return false;
    }
    if TICKERS.iter().any(|t| fold(t) == label) {
        return true;
    }
    let mut next = lines[1..].iter().filter(|l| !l.is_empty());
    fold(BREAKING) == label
        && next
            .next()
            .is_some_and(|l| matcher.sections.is(&Words::new(l)))
        && next.next().is_some_and(|l| !is_paragraph(l))
}

/// Labels of a news ticker's items, which are never a headline's.
pub(super) const TICKERS: [&str; 6] = [
    "آخر الأخبار",
    "أخبار عاجلة",
    "الأخبار العاجلة",
    "شريط الأخبار",
    "آخر الأنباء",
    "الأكثر قراءة",
];

/// The breaking-news label, a headline's kicker but for a ticker's item.
pub(super) const BREAKING: &str = "عاجل";

/// How many words a line has at least to tell the copy's script.
const LONG_LINE: usize = 8;

/// How many lines under the chrome are read at most.
const LOOK: usize = 40;

/// A line of words in Latin letters and no others: in an Arabic copy, a
/// widget's teaser, a link's title or the language switch (`EN`), never
/// the story's headline.
fn is_latin_text(line: &str) -> bool {
    line.chars().any(|c| c.is_ascii_alphabetic())
        && !has_other_letters(line)
        && !line.contains("://")
}

/// The name in a picture's caption that names someone by their office
/// (`سالم الحداد رئيس بلدية الوادي`): a name of one to three words, then
/// the office and what it is of, with no sentence mark, colon, quotation
/// or number. A headline that names someone says what they did, after the
/// name (`سالم الحداد يفتتح…`), or names the office first (`رئيس البلدية
/// يفتتح…`).
fn named_by_office(line: &str) -> Option<Vec<String>> {
    let words: Vec<String> = line.split_whitespace().map(fold).collect();
    let marked = line.contains([':', '"', '«', '»', '“', '”', '.', '!', '?', '؟', '،', ','])
        || line.contains(char::is_numeric);
    if marked || !(3..=CAPTION_WORDS).contains(&words.len()) {
        return None;
    }
    let is_office = |w: &str| OFFICES.iter().any(|o| fold(o) == w);
    let not_name = |w: &str| NOT_NAMES.iter().any(|n| fold(n) == w) || is_office(w);
    // The office bound to what it is of (`رئيس بلدية…`): `الوزير` after a
    // word is more often the subject of a headline's verb.
    let office = words.iter().position(|w| is_office(w))?;
    // A word in `ي` after it is a verb in the present (`يفتتح`), which
    // headlines use and captions do not.
    let verb = words[office + 1..]
        .iter()
        .any(|w| w.starts_with('ي') && w.chars().count() > 3);
    let caption = (1..=3).contains(&office)
        && office + 1 < words.len()
        && !verb
        && !words[0].starts_with("ال")
        && !words[..office].iter().any(|w| not_name(w));
    caption.then(|| words[..office].to_vec())
}

/// The most words of a caption naming someone and their office.
const CAPTION_WORDS: usize = 10;

/// A menu's items a line holds, by the pages every site links to (`…
/// البيانات المفتوحة اتصل بنا`, the end of a menu wrapped in the copy):
/// a headline never names them, nor says a sentence around them.
fn is_menu_run(line: &str) -> bool {
    const PAGES: [&str; 3] = ["اتصل بنا", "اتصلوا بنا", "من نحن"];
    line.split_whitespace().nth(2).is_some()
        && PAGES.iter().any(|p| line.contains(p))
        && !line.contains(['.', '،', ',', '؟', '?', '!', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_an_office_is_a_caption_and_a_headline_is_not() {
        for line in [
            "سالم الحداد رئيس بلدية الوادي",
            "منى عبد الكريم وزيرة الصحة في الحكومة الجديدة",
            "خالد المصري متحدث باسم الوزارة",
        ] {
            assert!(named_by_office(line).is_some(), "{line}");
        }
        let name = named_by_office("سالم الحداد رئيس بلدية الوادي");
        assert_eq!(name, Some(vec![fold("سالم"), fold("الحداد")]));
        for line in [
            // The office first, a speaker's colon, a number, no office.
            "رئيس البلدية يفتتح الحديقة العامة",
            "سالم الحداد: رئيس البلدية لم يستقل",
            "سالم الحداد رئيس البلدية منذ 2019",
            "سالم الحداد يفتتح الحديقة العامة",
            "سالم الحداد رئيس البلدية يفتتح الحديقة",
            "معالي الوزير الأول يتسلم مهامه",
            // A name of four words before the office is a sentence's start.
            "أعلن اليوم في المدينة رئيس البلدية",
            // The office last, with nothing it is of.
            "سالم الحداد رئيس",
        ] {
            assert!(named_by_office(line).is_none(), "{line}");
        }
    }
}
