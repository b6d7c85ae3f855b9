//! The names a story's readers know: the site's Arabic name for the
//! Latin one its notice or logo gives, a writer in the headline, the
//! site's short name parted from the writer's.

use std::cell::LazyCell;

use super::byline;
use super::text_header::Header;
use super::text_rules::Matcher;

/// The name the story's readers know a site by whose source reads in
/// Latin letters, or in a menu's word beside its logo.
fn readers_name(matcher: &Matcher, text: &str, title: &str, source: &str) -> Option<String> {
    // A site known by its Latin logo writes its Arabic name on the line
    // beside it (`Beam Reports` / `بيم ريبورتس`): the name the story's
    // readers know.
    // Or the story spells the logo's name in Arabic letters (`Korek
    // Telecom`, `كورك تيليكوم تضيف …`): the name its readers know, over
    // a menu's word beside the logo that does not say it.
    // A name the story's sentences write in Latin letters themselves
    // (`أعلنت Ooredoo …`) is the one its readers know, as they spell it.
    // (Unless the headline says the Arabic name: `بنك لبنان والمهجر
    // يطلق …`, where the lead writes `BLOM BANK` after it.)
    let written = super::latin_names::written_in_latin(source, text);
    let beside = super::text_site::arabic_beside(matcher, source, text);
    // Or it names itself in Arabic words of its own, which the
    // headline opens with and the lead announces under (`Tunisie
    // Telecom`, `أعلنت اتصالات تونس، …`).
    // An outlet the story is told to (`وقال … لـ24FM`) reports on the
    // body the headline names, and is no name of the body's.
    let spelled = latin_source(source).and_then(|s| {
        super::latin_names::spelled_in(s, text)
            .map(|spelled| super::text_site_spelled::spelled_whole(spelled, text))
            .or_else(|| {
                let told = super::text_site::is_cited(&super::text_site::folded_text(text), s);
                (!told)
                    .then(|| super::latin_names::announced_in(title, text))
                    .flatten()
            })
    });
    let arabic = match (beside, spelled) {
        (Some(b), Some(s)) if !crate::search::contains(&b, &s) => Some(s),
        (beside, spelled) => beside.or(spelled),
    };
    match (arabic, written) {
        (Some(arabic), Some(_)) if title.contains(arabic.as_str()) => Some(arabic),
        (arabic, written) => written.or(arabic),
    }
}

/// The names the story's readers know: the site's Arabic name for its
/// Latin one, a writer in the headline, the site's short name parted from
/// the writer's.
pub(super) fn names_readers_know<F: FnOnce() -> Option<String>>(
    matcher: &Matcher,
    text: &str,
    title: &str,
    head: &mut Header,
    copyright: &LazyCell<Option<String>, F>,
) {
    // An editor named by his beat signs for nobody (`الوسط - محرر
    // الشئون المحلية`); a copy's team (`أسرة التحرير`) signs as a writer.
    head.author.take_if(|a| super::byline::is_beat_editor(a));
    if let Some(site) = head
        .author
        .take_if(|a| super::lead_tag::site_as_writer(a, text))
    {
        head.source.get_or_insert(site);
    }
    // A Latin name that is the logo's over its Arabic one (`Université
    // Abdelmalek Essaâdi` / `جامعة عبد المالك السعدي`) gives way to the
    // Arabic, unless the story writes the Latin name itself.
    let logo = head.logo.clone().filter(|_| {
        head.source.as_deref().is_some_and(|s| {
            latin_source(s).is_some()
                && text.lines().take(LOGO_LINES).any(|l| l.trim() == s)
                && super::latin_names::written_in_latin(s, text).is_none()
        })
    });
    if let Some(name) = logo.or_else(|| {
        head.source
            .as_deref()
            .and_then(|s| readers_name(matcher, text, title, s))
    }) {
        head.source = Some(name);
    }
    super::text_card::headline_writer(title, text, &mut head.author);
    // A body's release that nothing signs, on a site whose logo gives
    // only a Latin name: the body the headline opens with and the lead
    // names after its verb (`صندوق … يحذّر:`, `حذّر صندوق …`). A news
    // site's story about a body is no release of the body's.
    if head.source.is_none() && head.author.is_none() && latin_logo_at_top(text) {
        head.source = super::latin_names::announced_in(title, text);
    }
    // Writers joined by a `و` set apart (`مريم الورغي و سليم الحمروني`):
    // the letter is written on the name it joins.
    if let Some(author) = head.author.as_mut().filter(|a| a.contains(" و ")) {
        *author = author.replace(" و ", " و");
    }
    // The site's short name before the writer's (`حسنى - رهف العتوم`), as
    // the site's copyright notice names it.
    if let Some((site, name)) = head.author.as_deref().and_then(|a| a.split_once(" - "))
        && byline::is_signed_name(name.trim())
        && LazyCell::force(copyright)
            .as_deref()
            .is_some_and(|owner| byline::is_same_site(owner, site.trim()))
    {
        let (site, name) = (site.trim().to_owned(), name.trim().to_owned());
        head.author = Some(name);
        head.source.get_or_insert(site);
    }
}

/// A source named in Latin letters alone.
fn latin_source(source: &str) -> Option<&str> {
    (!super::text_foot::has_arabic(source)).then_some(source)
}

/// Whether one of the copy's first lines is a Latin name in capitals and
/// nothing else (`United Nations Population Fund`), as a logo gives it;
/// a skip link (`Skip to main content`) is no name.
fn latin_logo_at_top(text: &str) -> bool {
    text.lines().take(LOGO_LINES).any(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        words.len() >= 2
            && words.iter().all(|w| {
                w.chars().all(|c| c.is_ascii_alphabetic() || c == '&')
                    && (w.len() <= 3 || w.starts_with(|c: char| c.is_ascii_uppercase()))
            })
            && words.iter().filter(|w| w.len() > 3).count() >= 2
    })
}

/// How many of a copy's first lines may hold its logo's name.
const LOGO_LINES: usize = 4;
