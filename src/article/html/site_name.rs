//! The site's own name on a saved page: beside the headline in its
//! `<title>`, in its masthead, in its copyright notice, and in which
//! script readers know it by. The page's `<title>` is read once, by
//! [`super::page_meta::read`], and handed down cleaned.

use std::cell::{LazyCell, OnceCell};

use dom_query::Document;

use super::super::sanitize;
use super::super::text_foot::has_arabic;
use super::microdata::{self, SEPARATORS};
use super::page_meta::clean;
use crate::search;

/// The most words of a site's name beside the headline in a `<title>`
/// (`منظمة الصحة العالمية - المكتب الإقليمي لشرق المتوسط`).
const TITLE_SITE_WORDS: usize = 8;

/// The most words of a site's name shown in its masthead.
const MASTHEAD_WORDS: usize = 8;

/// The longest copyright notice read for the site's name.
const NOTICE_BYTES: usize = 400;

/// The most words of a page kind in a `<title>` beside the site's name.
const PAGE_KIND_WORDS: usize = 2;

/// Whether the `<title>` is `name` and a page kind of a word or two
/// (`تفاصيل الخبر`) set apart by a dash or bar, either way round.
pub(super) fn names_site_only(title: Option<&str>, name: &str) -> bool {
    let Some(title) = title else {
        return false;
    };
    [" - ", " | ", " – "].iter().any(|sep| {
        let kind = title
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(sep))
            .or_else(|| title.strip_suffix(name).and_then(|r| r.strip_suffix(sep)));
        kind.is_some_and(|k| (1..=PAGE_KIND_WORDS).contains(&k.split_whitespace().count()))
    })
}

/// The site's name the page's `<title>` gives beside the headline
/// (`الخبر - Sputnik Arabic` when the headline is `الخبر`), or opening a
/// trail that ends with it, at most [`TITLE_SITE_WORDS`] words.
pub(super) fn title_site(title: &str, headline: &str) -> Option<String> {
    let want = search::fold(headline);
    if want.is_empty() {
        return None;
    }
    SEPARATORS.iter().find_map(|sep| {
        let after = title
            .rsplit_once(sep)
            .filter(|(head, _)| search::fold(head) == want)
            .map(|(_, tail)| tail);
        let before = || {
            title
                .split_once(sep)
                .filter(|(_, tail)| search::fold(tail) == want)
                .map(|(head, _)| head)
        };
        // A trail of three parts or more (`النقابة :: اخبار النقابة ::
        // <headline>`): the site's name opens it.
        let trail = || {
            let parts: Vec<&str> = title.split(sep).collect();
            // (In Arabic when one part is: `FTF - الجامعة التونسية …`.)
            (parts.len() >= 3 && parts.last().is_some_and(|l| search::fold(l) == want)).then(|| {
                let names = &parts[..parts.len() - 1];
                names
                    .iter()
                    .find(|p| has_arabic(p))
                    .unwrap_or(&names[0])
                    .to_owned()
            })
        };
        let site = after.or_else(before).or_else(trail)?.trim();
        // A page's kind (`تفاصيل الخبر`) beside a heading names no site.
        (!site.is_empty()
            && site.split_whitespace().nth(TITLE_SITE_WORDS).is_none()
            && !super::title_cells::PAGE_KINDS.contains(&site))
        .then(|| site.to_owned())
    })
}

/// Whether `name` is the site's: the masthead's name, or what the
/// copyright notice names.
pub(super) fn shown_as_site(doc: &Document, name: &str) -> bool {
    let same = |n: String| search::fold(&n) == search::fold(name);
    masthead_name(doc).is_some_and(same)
        || noticed_site(doc, Some(name)).is_some_and(same)
        || notice(doc).is_some_and(|n| super::title::names_owner(&n, name))
}

/// The headline without the masthead's name after it, where the
/// `<title>` names the site and then its owner (`… - تلفزيون سلطنة عمان -
/// الهيئة العامة للإذاعة والتلفزيون`), and the owner's came off first.
pub(super) fn without_masthead_tail(title: String, masthead: Option<&str>) -> String {
    let Some(masthead) = masthead.map(search::fold) else {
        return title;
    };
    super::microdata::SEPARATORS
        .iter()
        .find_map(|sep| {
            let (head, tail) = title.rsplit_once(sep)?;
            (search::fold(tail.trim()) == masthead
                && head.split_whitespace().count() >= HEADLINE_WORDS)
                .then(|| head.trim().to_owned())
        })
        .unwrap_or(title)
}

/// The fewest words of a headline left of the masthead's name.
const HEADLINE_WORDS: usize = 4;

/// The site's name its masthead shows as text beside the logo, or as
/// the logo's words.
pub(super) fn masthead_name(doc: &Document) -> Option<String> {
    let (named, logos) = super::site_marks::masthead_marks(doc);
    named
        .iter()
        .filter_map(|n| clean(&n.text()))
        .chain(logos.iter().filter_map(|alt| clean(alt)))
        // A logo's picture described (`شعار منظمة العفو الدولية`, "the
        // logo of …") names the site after the word.
        .map(|t| match t.strip_prefix("شعار ") {
            Some(name) if !name.trim().is_empty() => name.trim().to_owned(),
            _ => t,
        })
        .map(without_state)
        .find(|t| {
            (1..=MASTHEAD_WORDS).contains(&t.split_whitespace().count())
                && !LOGO_LINKS.iter().any(|l| t.eq_ignore_ascii_case(l))
        })
}

/// A logo's name without the state's before or after it (`الجمهورية
/// اللبنانية - وزارة الصحة العامة`, `وزارة التربية … - دولة قطر`): the
/// ministry's.
fn without_state(name: String) -> String {
    let is_state = |part: &str| crate::article::text_site_notice::is_state(part.trim());
    [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| name.split_once(sep))
        .and_then(|(a, b)| match (is_state(a), is_state(b)) {
            (true, false) => Some(b.trim().to_owned()),
            (false, true) => Some(a.trim().to_owned()),
            _ => None,
        })
        .unwrap_or(name)
}

/// What a logo's picture says of the link it is rather than of the site
/// (`alt="الرئيسية"`).
const LOGO_LINKS: [&str; 5] = ["الرئيسية", "الصفحة الرئيسية", "home", "logo", "شعار"];

/// The part of the `<title>` the page's copyright notice names.
/// Else the name its masthead shows that the notice names too.
fn noticed_site(doc: &Document, title: Option<&str>) -> Option<String> {
    let notice = notice(doc)?;
    title
        .and_then(|title| super::title::noticed_part(title, &notice))
        .or_else(|| masthead_name(doc).filter(|n| super::title::names_owner(&notice, n)))
}

/// The page's copyright notice, in its footer.
fn notice(doc: &Document) -> Option<String> {
    // (DotNetNuke names its notice's label in capitals:
    // `dnn_dnnCOPYRIGHT_lblCopyright`.) A footer's lines of their own,
    // with no class (`<div class="moe-footer"><div>© …</div><div>address`),
    // are read each alone: the whole footer runs longer than a notice.
    let footers: Vec<_> = doc
        .root()
        .descendants_it()
        .filter(super::site_marks::is_footer_part)
        .collect();
    footers.iter().rev().find_map(notice_line)
}

/// The line of a footer's element that holds the copyright sign: a
/// line break parts it from the maker's credit under it (`جميع الحقوق
/// محفوظة © 2018 جامعة الملك فيصل<br>تطوير وتشغيل: …`). An element
/// whose text runs past [`NOTICE_BYTES`] is a whole footer, not a notice.
fn notice_line(node: &dom_query::NodeRef) -> Option<String> {
    let mut lines = vec![String::new()];
    let mut bytes = 0;
    for n in node.descendants_it() {
        if n.is_text() {
            let text = n.text();
            bytes += text.len();
            if bytes > NOTICE_BYTES {
                return None;
            }
            lines.last_mut()?.push_str(&text);
        } else if super::line_breaks::is_line_break(&n) {
            lines.push(String::new());
        }
    }
    lines
        .iter()
        .map(|l| sanitize::inline(l))
        .find(|l| l.contains('©') && l.len() <= NOTICE_BYTES)
}

/// The site's name when the metadata gave none (`found`), or the Arabic
/// one when it gave a Latin one: beside the headline in the `<title>`
/// (`headline`, else the `<h1>` or a title given for sharing, in
/// `headings`, or the headline the page shows), the publisher's
/// microdata, the copyright notice, the masthead.
pub(super) fn source(
    doc: &Document,
    shown: microdata::Shown,
    title: Option<&str>,
    headline: Option<&str>,
    headings: &[String],
    found: Option<String>,
) -> Option<String> {
    let beside = |h: &str| title.and_then(|t| title_site(t, h));
    // A meta title that is the whole `<title>`, site's name and all, shows
    // no site beside it: the headline the page shows does. Read once, and
    // only when asked for: finding the shown headline walks the page.
    let titled = OnceCell::new();
    let titled = || {
        titled
            .get_or_init(|| {
                // The masthead's name, which an old theme shows in its
                // `<h1>`, is no headline to find the site beside.
                // Read only where a headline gives a site beside it.
                let mast = LazyCell::new(|| masthead_name(doc).map(|m| search::fold(&m)));
                let headline_like = |h: &str| mast.as_deref() != Some(search::fold(h).as_str());
                headline
                    .and_then(|h| beside(h).filter(|_| headline_like(h)))
                    .or_else(|| {
                        headings
                            .iter()
                            .cloned()
                            .chain(microdata::shown_headline(shown))
                            .find_map(|h| beside(&h).filter(|_| headline_like(&h)))
                    })
            })
            .clone()
    };
    // The masthead's name, read once for the two rules below that ask it.
    let masthead = LazyCell::new(|| masthead_name(doc));
    let mut source = found.or_else(titled);
    source = source.or_else(|| microdata::name(doc, "publisher"));
    let noticed = noticed_site(doc, title);
    source = source.or_else(|| noticed.clone());
    // A site that names itself in Latin letters in its metadata (`Lebanon
    // Files`) and in Arabic in its <title> is known by the Arabic name.
    // So is one whose masthead shows the Arabic name beside its logo
    // (`<span class="site-name">المنظمة العربية …</span>`).
    if source.as_deref().is_some_and(|s| !has_arabic(s))
        && let Some(arabic) = [titled(), noticed]
            .into_iter()
            .flatten()
            .find(|t| has_arabic(t))
            .or_else(|| masthead.clone().filter(|t| has_arabic(t)))
            // Or the notice alone names it in Arabic (`© ٢٠٢٥ موانئ دبي
            // العالمية`) where the title and the logo say `DP World`.
            .or_else(|| {
                notice(doc)
                    .and_then(|n| crate::article::text_site_notice::named(&n))
                    .filter(|t| has_arabic(t))
            })
    {
        source = Some(arabic);
    }
    // A name the masthead gives whole that the source shortens (the
    // logo's `المديرية العامة لقوى الأمن الداخلي`, the `<title>`'s `قوى
    // الأمن الداخلي`): the whole name.
    if let Some(short) = source.as_deref().map(search::fold)
        && let Some(whole) = masthead.clone().filter(|m| {
            let folded = search::fold(m);
            has_arabic(m) && folded.len() > short.len() && folded.ends_with(&short)
        })
    {
        source = Some(whole);
    }
    // Without what every page's title says after the name (`- دولة قطر`).
    source
        .map(arabic_name)
        .map(|s| super::title_cells::site_part(&s).to_owned())
}

/// A site's name given in both scripts (`Al Sadd SC | نادي السد`): the
/// Arabic.
pub(super) fn arabic_name(name: String) -> String {
    let mut parts = name.split(['|', '-', '–']).map(str::trim);
    let arabic = parts.clone().filter(|p| has_arabic(p)).collect::<Vec<_>>();
    match arabic[..] {
        [one] if parts.any(|p| !p.is_empty() && !has_arabic(p)) => one.to_owned(),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_mastheads_name_comes_off_a_headlines_end() {
        let head = "الجبل الأخضر يستقبل موسم الرمان بمهرجان";
        let with = |tail: &str| format!("{head} - {tail}");
        let mast = Some("تلفزيون سلطنة عمان");
        assert_eq!(
            without_masthead_tail(with("تلفزيون سلطنة عمان"), mast),
            head
        );
        assert_eq!(
            without_masthead_tail(with("الموسم الثالث"), mast),
            with("الموسم الثالث")
        );
        // A headline of too few words left of the name is no headline.
        let short = "عاجل - تلفزيون سلطنة عمان".to_owned();
        assert_eq!(without_masthead_tail(short.clone(), mast), short);
    }

    #[test]
    fn the_site_name_beside_the_headline_in_the_title() {
        assert_eq!(
            title_site(
                "الأمطار تعود إلى الساحل - النجم نيوز",
                "الأمطار تعود إلى الساحل"
            )
            .as_deref(),
            Some("النجم نيوز")
        );
        assert_eq!(
            title_site(
                "النجم نيوز | الأمطار تعود إلى الساحل",
                "الأمطار تعود إلى الساحل"
            )
            .as_deref(),
            Some("النجم نيوز")
        );
        // A title that is not the headline plus a name gives nothing.
        assert_eq!(
            title_site("الأمطار - تعود إلى الساحل", "الأمطار تعود إلى الساحل"),
            None
        );
    }

    #[test]
    fn a_title_of_the_site_and_a_page_kind_names_the_site_only() {
        let title = Some("دائرة الإفتاء العام - تفاصيل الخبر");
        assert!(names_site_only(title, "دائرة الإفتاء العام"));
        assert!(!names_site_only(title, "دائرة الإفتاء"));
        assert!(!names_site_only(None, "دائرة الإفتاء العام"));
    }
}
