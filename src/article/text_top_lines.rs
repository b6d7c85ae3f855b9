//! Lines a copy carries over its headline that say something of the
//! page: the site's menu, a breadcrumb trail, the site's clock, the
//! publication line, the paper's issue line, an aggregator's wrapper round the
//! headline.

use super::text_rules::Rules;

/// The lines of a site's navigation menu: three or more lines in a row
/// (blank lines between them aside) of one word, or of two (`أخبار
/// ليبيا`) when at least half of them have one. Only the lines above the
/// headline are read with it, so a body never loses a word.
pub fn menu_lines(lines: &[String]) -> Vec<bool> {
    let item = |l: &str| {
        let words = l.split_whitespace().count();
        let bare = !l.ends_with(['.', '؟', '?', '!', '،', ',', ':'])
            && (words == 1 || !l.contains(|c: char| c.is_numeric() || c.is_ascii_punctuation()));
        (bare && words <= 2).then_some(words == 1)
    };
    let mut menu = vec![false; lines.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut one_word = 0;
    let mut close = |run: &mut Vec<usize>, one_word: &mut usize| {
        // A long run is a menu whatever its items' length: a public
        // body's menu names its sections in two words each (`عن الهيئة`
        // / `الخدمات الإلكترونية` / …).
        if run.len() >= 3 && (*one_word * 2 >= run.len() || run.len() >= LONG_RUN) {
            run.iter().for_each(|&k| menu[k] = true);
        }
        run.clear();
        *one_word = 0;
    };
    for (i, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        if let Some(one) = item(line) {
            run.push(i);
            one_word += usize::from(one);
            continue;
        }
        close(&mut run, &mut one_word);
    }
    close(&mut run, &mut one_word);
    // A longer item between two runs of the menu is the menu's too
    // (`التحليلات` / `اليمن في الأمم المتحدة` / `التقرير اليمني`).
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    for w in filled.windows(3) {
        let (above, at, below) = (w[0], w[1], w[2]);
        let line = &lines[at];
        if menu[above]
            && menu[below]
            && line.split_whitespace().nth(LONG_ITEM_WORDS).is_none()
            && !line.contains(|c: char| c.is_numeric() || c.is_ascii_punctuation() || c == '،')
        {
            menu[at] = true;
        }
    }
    menu
}

/// The fewest short lines in a run that is a menu however many of them
/// are of two words.
const LONG_RUN: usize = 6;

/// The most words of a menu's item between two runs of short ones.
const LONG_ITEM_WORDS: usize = 4;

/// What a publication line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    /// The date, as ISO 8601.
    pub date: String,
    /// The name beside the date (`نشر: <name> <date>`): the writer.
    pub author: Option<String>,
    /// The paper an aggregator says the story ran in (`نشر في الصيحة يوم
    /// <date>`): the story's source.
    pub paper: Option<String>,
}

/// A publication line (`نشر بتاريخ: <date> ( آخر تحديث: … )`,
/// `نشر: <name> <date>`, `نشر في <paper> يوم <date>`): the date it was
/// published and the name beside it. Latin words beside the name are icon
/// labels the copy picked up.
pub fn publication_line(line: &str) -> Option<Publication> {
    // The label may carry its vowel (`نُشر في`), and a no-break space
    // may part its words.
    let plain: String;
    let line = if line.contains(['\u{64F}', '\u{a0}']) {
        plain = line.replacen("نُشر", "نشر", 1).replace('\u{a0}', " ");
        &plain
    } else {
        line
    };
    let rest = after_label(line)?;
    // The Hijri day before the one it matches (`الاثنين 20 ربيع الأول
    // 1446هـ الموافق 23 سبتمبر 2024م`) is not the day.
    let rest = rest.split_once("الموافق").map_or(rest, |(_, day)| day);
    let mut head = rest.to_owned();
    let found = super::dates::find(&head)?;
    head.replace_range(found.range, " ");
    let name: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches([':', '-', '|', '،']))
        .filter(|w| w.chars().any(char::is_alphanumeric) && !w.is_ascii())
        // The name's label, over a login that names no one (`بواسطة admin`).
        .skip_while(|w| ["بواسطة", "بقلم", "كتب", "كتبه"].contains(w))
        .collect();
    // More words than a name: a sentence that starts with the verb.
    if name.len() > 4 || line.ends_with(['.', '؟', '?', '!']) {
        return None;
    }
    let name = name.join(" ");
    // The part of the day left of a time the copy lost is no name, nor
    // is the page's count back from now (`| منذ سنتين`).
    let named = !name.is_empty()
        && !super::date_times::is_day_part(&name)
        && !super::date_times::is_relative_time(&name);
    let name = named.then_some(name);
    // `نشر في <paper> يوم <date>`: where it ran, then the day.
    let paper = ["يوم", "بتاريخ"].iter().find_map(|day| {
        let paper = line.strip_prefix("نشر في ")?.split_once(day)?.0.trim();
        (name.as_deref() == Some(paper)).then(|| paper.to_owned())
    });
    Some(match paper {
        Some(paper) => Publication {
            date: found.iso,
            author: None,
            paper: Some(paper),
        },
        None => Publication {
            date: found.iso,
            author: name,
            paper: None,
        },
    })
}

/// What follows a publication label (`نشر في:`), up to what the line goes
/// on to tell that is not the day of publication.
fn after_label(line: &str) -> Option<&str> {
    // The bare verb opens a line only: inside a line of fields it is a
    // word's part (`ينشر`).
    let rest = super::date_names::PUBLISHED_LABELS
        .iter()
        .chain(&["نشر"])
        .find_map(|p| line.strip_prefix(p))?;
    if !rest.starts_with([':', ' ']) {
        return None;
    }
    // What follows is the last update, never the publication date, or
    // the page's counters and section (`عدد الزيارات 2217 التعليقات 0`).
    let cut = [
        "(",
        "آخر تحديث",
        "اخر تحديث",
        // A count of the page's (`عدد الزيارات`, `عدد المشاهدات`,
        // `عدد القراءات: 1,284`).
        "عدد ال",
        "التعليقات",
        "القسم",
        // The magazine's issue (`نُشر في 01/03/2022، العدد 86`).
        "العدد",
        // The clock's zone (`15:42 بتوقيت أبوظبي`) names no one.
        "بتوقيت",
    ]
    .iter()
    .filter_map(|m| rest.find(m))
    .min()
    .unwrap_or(rest.len());
    Some(&rest[..cut])
}

/// A site's clock (`الخميس: 25/04/2024 بتوقيت القدس`): a date, then the
/// time zone it is told in. It is the day the page was copied, not the
/// article's date.
pub fn site_clock(line: &str) -> Option<String> {
    let (date, zone) = line.split_once("بتوقيت")?;
    let zone_words = zone.split_whitespace().count();
    if zone_words == 0 || zone_words > 3 {
        return None;
    }
    super::dates::dateline(date.trim())
}

/// The site's last update with its label (`آخر تحديث للموقع : الاثنين -
/// 12 مايو 2025 - 09:47 م`): the site's clock, whatever the time it tells.
pub fn is_site_update(line: &str) -> bool {
    let folded = crate::search::fold(line.trim());
    [
        "آخر تحديث للموقع",
        "تاريخ آخر تحديث للموقع",
        "آخر تحديث بالموقع",
    ]
    .iter()
    .any(|label| folded.starts_with(&crate::search::fold(label)))
}

/// A paper's issue line (`صحيفة الوسط - العدد 4139 - الأحد 05 يناير
/// 2014م`, `العدد (437)`): the date of the issue, which a site's clock
/// never carries with its number.
pub fn issue_date(line: &str) -> Option<String> {
    is_issue_line(line)
        .then(|| super::dates::find(line))
        .flatten()
        .map(|d| d.iso)
}

/// Whether a line names a paper's or a magazine's issue by its
/// number (`العدد 776 - يوليو 2023 | ثقافة وفكر`): chrome, dated or not.
pub fn is_issue_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).any(|pair| {
        let label = crate::search::fold(pair[0].trim_end_matches([':', '.']));
        let number = pair[1].trim_matches(['(', ')', ':']);
        ["العدد", "عدد"]
            .iter()
            .any(|l| crate::search::fold(l) == label)
            && !number.is_empty()
            && number.chars().all(|c| c.is_numeric())
    })
}

/// A magazine's word that its new issue is out (`العدد 131 من «زمان»
/// متوفر الآن في الأكشاك`), wherever the page set it.
pub fn is_issue_promo(line: &str) -> bool {
    let out = ["متوفر", "متوفرة", "الأكشاك", "الاكشاك"];
    line.strip_prefix("العدد ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_numeric()))
        && line.split_whitespace().nth(ISSUE_PROMO_WORDS).is_none()
        && line.split_whitespace().any(|w| out.contains(&w))
}

/// The most words of a magazine's word on its new issue.
const ISSUE_PROMO_WORDS: usize = 14;

/// A breadcrumb trail (`الرئيسية / محليات / <headline>`, also with `>`,
/// `›` or `»` between the parts): two or more short section names, then
/// the headline as the last segment.
pub fn breadcrumb_last(line: &str) -> Option<&str> {
    trail_parts(line, 2).and_then(|parts| parts.last().copied())
}

/// A trail of short section names alone (`المركز الإعلامي / أخبار
/// الجامعة`): the page's place, no headline, which is longer.
pub fn is_section_trail(line: &str) -> bool {
    // Or after the label a portal gives its trail (`أنت هنا:  الرئيسية
    // أخبار الجامعة`).
    if let Some(rest) = YOU_ARE_HERE.iter().find_map(|l| line.strip_prefix(l)) {
        let rest = rest.trim_start_matches([':', ' ', '\u{a0}']);
        return !rest.is_empty() && !rest.contains(char::is_numeric);
    }
    trail_parts(line, 1).is_some_and(|parts| {
        parts.iter().all(|p| {
            p.split_whitespace().nth(TRAIL_WORDS).is_none() && !p.contains(char::is_numeric)
        })
    })
}

/// The label a portal sets before its trail.
const YOU_ARE_HERE: [&str; 4] = ["أنت هنا", "انت هنا", "الموقع الحالي", "موقعك الحالي"];

/// The parts of a line cut by one kind of trail separator, when at least
/// `sections` parts before the last are a section's name of a few words.
pub fn trail_parts(line: &str, sections: usize) -> Option<Vec<&str>> {
    // An arrow pointing on as the text runs (`الرئيسية ← فقه وأحكام`),
    // or as a right-to-left theme turns it (`الرئيسية ‹ المركز الإعلامي`).
    let spaced = ['/', '>', '›', '»', '←', '‹', '<']
        .iter()
        .find_map(|&separator| {
            let parts = spaced_parts(line, separator)?;
            let (last, named) = parts.split_last()?;
            let short = |p: &&str| !p.is_empty() && p.split_whitespace().nth(TRAIL_WORDS).is_none();
            (named.len() >= sections && named.iter().all(short) && !last.is_empty())
                .then_some(parts)
        });
    // A slash with no spaces (`الرئيسية/أخبار السودان/…`) parts two or
    // more sections' names of letters only: a date's or a number's
    // slashes part digits.
    let unspaced = !line.contains(" /") && !line.contains("/ ");
    spaced.or_else(|| {
        if !unspaced {
            return None;
        }
        let parts: Vec<&str> = line.split('/').map(str::trim).collect();
        let (last, named) = parts.split_last()?;
        let section = |p: &&str| {
            !p.is_empty()
                && p.split_whitespace().nth(TRAIL_WORDS).is_none()
                && p.chars().all(|c| c.is_alphabetic() || c == ' ')
        };
        (named.len() >= sections.max(2) && named.iter().all(section) && !last.is_empty())
            .then_some(parts)
    })
}

/// `line` cut where `separator` stands between spaces of any kind (a
/// theme's no-break spaces too), not between letters (`2024/5`).
fn spaced_parts(line: &str, separator: char) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in line.match_indices(separator) {
        let before = line[..at].chars().next_back();
        let after = line[at + separator.len_utf8()..].chars().next();
        if before.is_some_and(char::is_whitespace) && after.is_some_and(char::is_whitespace) {
            parts.push(line[from..at].trim());
            from = at + separator.len_utf8();
        }
    }
    parts.push(line[from..].trim());
    (parts.len() > 1).then_some(parts)
}

/// The most words of a section's name in a trail.
const TRAIL_WORDS: usize = 3;

/// The headline inside an aggregator's wrapper (`شكرا لقرائتكم خبر عن …
/// والان مع تفاصيل الخبر`).
pub fn unwrapped(rules: &Rules, title: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| crate::search::fold(w)).collect();
    let phrase =
        |p: &str| -> Vec<String> { p.split_whitespace().map(crate::search::fold).collect() };
    rules.title_wraps.iter().find_map(|(before, after)| {
        let (b, a) = (phrase(before), phrase(after));
        let inner = folded.len().checked_sub(b.len() + a.len())?;
        (inner >= 3 && folded.starts_with(&b) && folded.ends_with(&a))
            .then(|| words[b.len()..b.len() + inner].join(" "))
    })
}

/// The site's menu set apart by bars (`الرئيسية | سياسة | أمن`): three
/// labels or more.
pub(super) fn is_menu(line: &str) -> bool {
    line.matches('|').count() >= 2 && super::text_chrome::is_bar(line)
}

/// A word or two under a label, as a section's tab is (`مساهمات`): no
/// name, no date, no sentence.
pub(super) fn is_tab(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=2).contains(&words)
        && !line.ends_with(['.', ':', '،', '!', '?', '؟'])
        && !super::byline::is_signed_name(line)
        && super::dates::find(line).is_none()
}

/// A headline all in quotation marks after a word that says what kind of
/// story it is, run in or spaced (`تقرير"٣٢٩ يوما من…"`, `حوار «…»`). A
/// quotation under a short line after a name or with none is a deck.
pub(super) fn is_quoted_headline(matcher: &super::text_rules::Matcher, line: &str) -> bool {
    let Some(open) = line.find(['"', '«', '“']) else {
        return false;
    };
    let (kind, quoted) = (line[..open].trim(), &line[open..]);
    let mark = quoted.chars().next().map_or(1, char::len_utf8);
    let inner = quoted[mark..].trim_end_matches(['"', '»', '”']);
    matcher.kickers.is(&super::text_rules::Words::new(kind))
        && inner.len() + mark < quoted.len()
        && !inner.contains(['"', '«', '“', '»', '”'])
        && inner.split_whitespace().nth(3).is_some()
}

#[cfg(test)]
mod paper_tests {
    use super::*;

    #[test]
    fn an_aggregators_line_names_the_paper() {
        let p = publication_line("نشر في الصيحة يوم 12 - 04 - 2021");
        assert_eq!(
            p.as_ref().map(|p| p.paper.as_deref()),
            Some(Some("الصيحة")),
            "{p:?}"
        );
    }
}
