//! A page's `<title>` cut to the story's headline: the site's name off
//! either end, or the part the page shows as its headline.

use super::microdata::SEPARATORS;
use super::page_meta::{self, PageMeta};
use crate::article::text_foot::has_arabic;
use crate::search;

/// The headline without the site's name before or after it (`… -
/// CNNArabic.com`, `الجزيرة نت | …`). A part is the site's name when it
/// matches one of `sites` (folded), or looks like a domain.
pub fn strip_site_name(title: &str, sites: &[&str]) -> String {
    let sites: Vec<String> = sites
        .iter()
        .map(|s| search::fold(s))
        .filter(|s| !s.is_empty())
        .collect();
    let is_site = |part: &str| {
        let f = search::fold(part.trim());
        let domain = !f.contains(' ') && f.contains('.') && f.chars().any(char::is_alphabetic);
        // "سكاي نيوز عربية - أخبار" holds the name; "سكاي نيوز" is most of it.
        let holds = |s: &String| f.len() <= s.len() + 24 && f.contains(s.as_str());
        let most_of = |s: &String| f.len() * 10 >= s.len() * 6 && s.contains(f.as_str());
        domain || sites.iter().any(|s| holds(s) || most_of(s))
    };
    let mut title = title.trim().to_owned();
    loop {
        let before = title.len();
        for sep in SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep)
                && !head.trim().is_empty()
                && is_site(tail)
            {
                title = head.trim().to_owned();
            }
            if let Some((head, tail)) = title.split_once(sep)
                && !tail.trim().is_empty()
                && is_site(head)
            {
                title = tail.trim().to_owned();
            }
        }
        if title.len() == before {
            return title;
        }
    }
}

/// The title cut to the page's headline when the title is the headline and
/// a site's name the page does not give (`الذهب يرتفع | اليوم السابع` with
/// `<h1>الذهب يرتفع</h1>`).
pub fn cut_to_headline(title: &str, headline: &str) -> String {
    let want = search::fold(headline);
    if want.is_empty() || search::fold(title) == want {
        return title.to_owned();
    }
    // The separators, and a colon after the site's name (`وزارة الشؤون
    // الاجتماعية: وزير …`) over an `<h1>` that says the rest alone.
    for sep in SEPARATORS.iter().chain(&[": "]) {
        if let Some((head, _)) = title.split_once(sep)
            && search::fold(head.trim()) == want
        {
            return head.trim().to_owned();
        }
        if let Some((_, tail)) = title.rsplit_once(sep)
            && search::fold(tail.trim()) == want
        {
            return tail.trim().to_owned();
        }
    }
    title.to_owned()
}

/// The headline Readability read from the `<title>`, with the words it
/// cut off before a colon (`المياه: خطة طوارئ …`) put back when the page
/// shows the headline whole: Readability takes such words for the site's
/// name, which the site stripping has already taken off.
pub(super) fn whole_title(tag: &str, found: &str, sites: &[&str], html: &str) -> String {
    let whole_tag = tag.trim();
    let tag = strip_site_name(whole_tag, sites);
    let cut = tag
        .strip_suffix(found)
        .map(str::trim_end)
        .and_then(|head| head.strip_suffix(':'))
        .is_some_and(|head| (1..=3).contains(&head.split_whitespace().count()));
    // Cut inside its quotation marks (`«إيتيدا» تطلق …` read as `«إيتيدا`,
    // a mark and a space taken for a separator): the tag's whole.
    let bare = strip_site_name(found, sites);
    let open_quote = bare.matches('«').count() > bare.matches('»').count();
    if (cut && html.contains(tag.as_str())) || (open_quote && tag.starts_with(bare.as_str())) {
        return tag;
    }
    // The site and its section, as Readability cuts a `<title>` of three
    // parts (`الشركة - الأخبار - <headline>`) before the last: the
    // headline after them, when the page shows it.
    let section = [" - ", " – ", " | "]
        .iter()
        .find_map(|bar| found.rsplit_once(bar))
        .is_some_and(|(_, section)| section.split_whitespace().nth(SECTION_WORDS).is_none());
    let after_section = section
        .then(|| whole_tag.strip_prefix(found))
        .flatten()
        .map(|rest| rest.trim_start_matches(|c: char| c.is_whitespace() || "-–|»:".contains(c)))
        .filter(|rest| rest.split_whitespace().count() >= 4 && html.contains(rest));
    after_section.map_or_else(|| found.to_owned(), str::to_owned)
}

/// The title: the page's own, else Readability's, without the site's name
/// and cut to the page's headline when it runs on past it.
pub(super) fn page_title(
    page: &PageMeta,
    found: &str,
    headline: Option<&str>,
    sites: &[&str],
) -> Option<String> {
    page.title
        .clone()
        .or_else(|| page_meta::clean(found))
        .map(|t| trail_last(&t).to_owned())
        .map(|t| strip_site_name(&t, sites))
        .map(|t| match headline {
            Some(h) if is_site_and_section(&t, h) => h.to_owned(),
            // The site's name alone, as Readability cuts a `<title>` of
            // the site and the headline (`المركز … » عمال …`): the
            // headline.
            Some(h)
                if sites.iter().any(|s| search::fold(s) == search::fold(&t))
                    && search::fold(h) != search::fold(&t) =>
            {
                h.to_owned()
            }
            // What is left of it after the site's name is a section's
            // name (`البنك | الأخبار`), under a headline of its own.
            Some(h)
                if t.split_whitespace().nth(SECTION_WORDS).is_none()
                    && h.split_whitespace().count() > 2 * SECTION_WORDS
                    && !h.contains(t.as_str()) =>
            {
                h.to_owned()
            }
            // The marks the page shows around a name (`«مدار» تطلق`), which
            // the `<title>` left out.
            Some(h) if page_meta::same_but_marks(&t, h) => h.to_owned(),
            // A title that shortens the `<h1>` in words of its own
            // (`نجاح حفر أول بئر …` for `الشركة تنجز حفر أول بئر … في حقل
            // …`), once the site's name is off it: the `<h1>`.
            Some(h) => shown_whole(&t, Some(h), &[], &[]).unwrap_or_else(|| cut_to_headline(&t, h)),
            None => t,
        })
        .filter(|t| !t.is_empty())
}

/// The fewest words of a shared title cut down from the `<h1>`.
const CUT_DOWN_WORDS: usize = 4;

/// Whether `long` says each word of `short` in order, a word of `long`
/// standing for one of `short` with the accusative's alif after it
/// (`يوما` for `يوم`).
fn says_in_order(short: &str, long: &str) -> bool {
    let mut long = long.split_whitespace().map(search::fold);
    short
        .split_whitespace()
        .map(search::fold)
        .all(|w| long.any(|v| v == w || v.strip_suffix('ا') == Some(w.as_str())))
}

/// The words a headline cut short for sharing opens with as the `<h1>`.
const OPENING_WORDS: usize = 3;

/// The `<h1>` over a headline shared otherwise: reworded for sharing
/// (`og:title`) where the `<title>` says the `<h1>`'s beside the site's
/// name, or in English (the English page's `og:title`) over an Arabic
/// `<h1>`.
pub(super) fn shown_over_shared(
    shared: Option<String>,
    h1: Option<&str>,
    tag: Option<&str>,
) -> Option<String> {
    let (Some(title), Some(shown)) = (shared.as_deref(), h1) else {
        return shared;
    };
    let reworded = search::fold(title) != search::fold(shown)
        && tag.is_some_and(|tag| {
            SEPARATORS
                .iter()
                .filter_map(|sep| tag.split_once(sep))
                .any(|(head, _)| search::fold(head.trim()) == search::fold(shown))
        });
    let english = !has_arabic(title) && has_arabic(shown);
    // Or cut short after the same opening (`طيران الخليج تضيف ثلاث وجهات`
    // for `طيران الخليج تضيف أنطاليا وطرابزون …`): the page shows the
    // whole.
    let opening = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .take(OPENING_WORDS)
            .map(search::fold)
            .collect()
    };
    let words = |s: &str| s.split_whitespace().count();
    // The site's name after the headline in both the shared title and the
    // `<title>` (`… - صحيفة الصباح`) is no word of the headline.
    let bare = tag
        .and_then(|tag| {
            SEPARATORS.iter().find_map(|sep| {
                let (head, site) = title.rsplit_once(sep)?;
                let site = site.trim();
                (!site.is_empty() && tag.trim_end().ends_with(site) && !shown.contains(site))
                    .then_some(head.trim())
            })
        })
        .unwrap_or(title);
    let cut_short = words(bare) >= OPENING_WORDS
        && words(shown) > words(bare)
        && opening(bare) == opening(shown);
    // Or cut down to its words in order, a case ending apart (`يوم دراسي
    // حول …` for `المجلس يحتضن يوما دراسيا حول … ودوره في …`).
    let cut_down =
        words(bare) >= CUT_DOWN_WORDS && words(shown) > words(bare) && says_in_order(bare, shown);
    if reworded || english || cut_short || cut_down {
        Some(shown.to_owned())
    } else {
        shared
    }
}

/// The headline as the page shows it in a heading when the metadata's
/// is cut short for sharing (`نوف البقمي تستلهم السدو في مجموعتها` for
/// `المصممة السعودية نوف البقمي تستلهم السدو النجدي في مجموعتها …`): the
/// `<h1>` when it is longer and says most of the shorter's words, else a
/// heading that opens with the shorter one and goes on. An `<h1>` that
/// goes on by fewer words is the headline when the page's other titles
/// (`shared`: `og:title`, `twitter:title`, `<title>`) say it whole.
pub(super) fn shown_whole(
    meta: &str,
    h1: Option<&str>,
    headings: &[String],
    shared: &[String],
) -> Option<String> {
    let words = |s: &str| -> Vec<String> {
        search::fold(s)
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let short = words(meta);
    // Longer by a clause, not by a badge (`مميز`, `خبر عاجل`).
    let longer = |h: &str| (short.len() + 3..=WHOLE_WORDS).contains(&words(h).len());
    let said = |h: &str| {
        let long = words(h);
        let found = short.iter().filter(|w| long.contains(w)).count();
        found * 4 >= short.len() * 3
    };
    if let Some(h) = h1.filter(|h| longer(h) && said(h)) {
        return Some(h.to_owned());
    }
    let goes_on = |h: &str| {
        let long = words(h);
        long.len() > short.len() && long.starts_with(&short)
    };
    let sharing = |h: &str| {
        let h = search::fold(h);
        shared.iter().any(|t| search::fold(t).contains(&h))
    };
    if let Some(h) = h1.filter(|h| goes_on(h) && sharing(h)) {
        return Some(h.to_owned());
    }
    // Or one that says all the shorter's words in their order from its
    // first, with more between them (`… بأسواق البيضاء` for `… بأسواق
    // الدار البيضاء والطماطم تقفز …`).
    let in_order = |h: &str| {
        let long = words(h);
        let mut rest = long.iter();
        long.first() == short.first() && short.iter().all(|w| rest.any(|l| l == w))
    };
    // Or one that says the shorter's words in another order, which the
    // `<title>` says whole too.
    let heading = headings
        .iter()
        .find(|h| longer(h) && (goes_on(h) || in_order(h) || (said(h) && sharing(h))))
        .cloned();
    // Else a shared title that says it whole beside the site's name
    // (`الطواري :: <the whole headline>` over a shorter `og:title`).
    heading.or_else(|| {
        shared
            .iter()
            .flat_map(|t| SEPARATORS.iter().flat_map(move |sep| t.split(sep)))
            .map(str::trim)
            // A part split at one mark that holds another is no part.
            .filter(|part| !SEPARATORS.iter().any(|sep| part.contains(sep)))
            .find(|part| goes_on(part) && longer(part))
            .map(str::to_owned)
    })
}

/// The most words of a headline shown whole.
const WHOLE_WORDS: usize = 30;

/// The part of the `<title>` that the page's copyright notice names as
/// its owner (`حلبة البحرين الدولية | أيام المسار المفتوح في فبراير` and
/// `© 2025 حلبة البحرين الدولية. جميع الحقوق محفوظة.`): the site's name,
/// beside a headline shortened otherwise than the metadata's.
pub(super) fn noticed_part(title: &str, notice: &str) -> Option<String> {
    SEPARATORS
        .iter()
        .filter(|sep| title.contains(*sep))
        .flat_map(|sep| title.split(sep))
        .map(str::trim)
        .find(|part| names_owner(notice, part))
        .map(str::to_owned)
}

/// Whether a copyright notice names `name` among its owners (`جميع
/// الحقوق محفوظة © جامعة الدول العربية 2019 - ميدان التحرير، القاهرة`).
pub(super) fn names_owner(notice: &str, name: &str) -> bool {
    let name = search::fold(name);
    !name.is_empty()
        && super::super::text_site_notice::names(notice)
            .iter()
            // (With the preposition the notice joins to it: `لدار …`.)
            .any(|owner| {
                let owner = search::fold(owner);
                owner == name || owner.strip_prefix('ل') == Some(name.as_str())
            })
}

/// The last of three parts or more set apart by double colons, as old
/// sites title a page by its trail (`الجمعية :: مقالات :: الإسكان.. أزمة
/// تتوارثها الأجيال`), when it is the longest: the headline.
fn trail_last(title: &str) -> &str {
    let parts: Vec<&str> = title.split(" :: ").map(str::trim).collect();
    match parts[..] {
        [.., last] if parts.len() >= 3 && parts.iter().all(|p| p.len() <= last.len()) => last,
        _ => title,
    }
}

/// A `<title>` that names the site and the section only (`بيت الزكاة
/// الكويتي - الأخبار`, `وزارة الصحة > المركز الإعلامي`) over a page whose
/// `<h1>` is a longer headline that no part of it says; or the site and
/// the page's kind (`… - تفاصيل الخبر`), whatever the `<h1>` says.
pub(super) fn is_site_and_section(title: &str, h1: &str) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    // Or a trail's marks (`وزارة الصحة > المركز الإعلامي`).
    let mut parts = title.split(['-', '|', '>', '»']).map(str::trim);
    let parted = [" - ", " | ", " > ", " » "]
        .iter()
        .any(|d| title.contains(d));
    let section = parted
        && words(title) <= SECTION_TITLE_WORDS
        && words(h1) > words(title)
        && !parts.any(|p| words(p) >= 3 && h1.contains(p));
    section || super::title_cells::site_and_kind(title)
}

/// The most words of a section's name.
const SECTION_WORDS: usize = 2;

/// The most words of a `<title>` that names a site and its section.
const SECTION_TITLE_WORDS: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_is_cut_to_the_headline_the_page_shows() {
        let h = "الذهب يرتفع في الأسواق";
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق | اليوم السابع", h),
            h
        );
        assert_eq!(cut_to_headline("مصراوي - الذهب يرتفع في الأسواق", h), h);
        assert_eq!(
            cut_to_headline("الذهب يرتفع في الأسواق اليوم", h),
            "الذهب يرتفع في الأسواق اليوم"
        );
    }

    #[test]
    fn site_names_come_off_either_end() {
        assert_eq!(
            strip_site_name("مصر تعلن خطة جديدة - CNNArabic.com", &[]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name("الجزيرة نت | مصر تعلن خطة جديدة", &["الجزيرة نت"]),
            "مصر تعلن خطة جديدة"
        );
        assert_eq!(
            strip_site_name(
                "أخبار | مصر - السودان: محادثات | سكاي نيوز عربية",
                &["سكاي نيوز عربية"]
            ),
            "أخبار | مصر - السودان: محادثات"
        );
        // A headline with a dash and no site name keeps it.
        assert_eq!(
            strip_site_name("مصر - السودان: محادثات", &["العربية"]),
            "مصر - السودان: محادثات"
        );
    }
}
