//! A lead that opens with the site's own name (`النجم1:قال…`, `بغداد-موازين
//! نيوز أعلنت…`): the name is known from the page (its metadata, or a
//! copy's first line), so it is taken off even where no table lists it as
//! an outlet.

use super::byline::Byline;
use crate::search;

/// The text after the site's own name and a colon at the start of a lead
/// (`النجم1:قال…`), the name matched without its spaces and at most three
/// words long; a place and a dash may come before it, and quotation marks
/// around it (`لندن- “القدس العربي”: …`).
pub fn site_tag<'t>(text: &'t str, sites: &[&str]) -> Option<&'t str> {
    let (head, rest) = text.split_once(':')?;
    let outlet = match head.rsplit_once(['-', '–', 'ـ']) {
        Some((place, outlet)) if (1..=3).contains(&place.split_whitespace().count()) => outlet,
        _ => head,
    };
    let outlet = outlet.trim().trim_matches(['“', '”', '«', '»', '"']);
    let words = outlet.split_whitespace().count();
    if !(1..=3).contains(&words) || rest.trim().is_empty() {
        return None;
    }
    let squash = |s: &str| search::fold(s).replace(' ', "");
    let tag = squash(outlet);
    let is_site = sites
        .iter()
        .map(|s| squash(s))
        .any(|s| tag.chars().count() >= 3 && s.starts_with(&tag));
    is_site.then(|| rest.trim_start())
}

/// How far into a lead a place and a dash before the site's name are
/// looked for.
const PLACE_BYTES: usize = 40;

/// The text after a place, a dash and the site's own name with no colon
/// after it (`بغداد-موازين نيوز أعلنت…`). The name must be all of a name
/// the page gives itself, so a lead opening with a place and a dash and
/// any other words keeps them.
pub fn site_dateline<'t, 's>(text: &'t str, sites: &[&'s str]) -> Option<(&'s str, &'t str)> {
    let mut end = text.len().min(PLACE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let dash = text[..end].find(['-', '–'])?;
    let place = &text[..dash];
    let words = place.split_whitespace().count();
    if !(1..=2).contains(&words) || place.chars().any(|c| c.is_numeric()) {
        return None;
    }
    let after = text[dash..].trim_start_matches(['-', '–']).trim_start();
    sites
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .find_map(|site| {
            let rest = after.strip_prefix(site)?;
            let next = rest.chars().next()?;
            // A zero-width space may end the name as a space would.
            let marks = [':', '-', '–', '،', ',', ' ', '\u{200B}'];
            let ends = next.is_whitespace() || marks.contains(&next);
            ends.then(|| (site, rest.trim_start_matches(marks)))
        })
        .filter(|(_, rest)| !rest.trim().is_empty())
}

/// A lead opening with a place, a dash and the copy's first line, the
/// site's name over its menu (`ناس`, then `بغداد – ناس أعلنت…`): the site
/// is the source.
pub fn first_line_site<'t>(lead: &'t str, text: &str) -> Option<(Byline, &'t str)> {
    let first = first_line(text)?;
    let (site, rest) = site_dateline(lead, &[first])?;
    let found = Byline {
        source: Some(site.to_owned()),
        ..Byline::default()
    };
    Some((found, rest))
}

/// A copy's first line when it is short enough to be the site's name
/// over its menu (`يس عراق`).
fn first_line(text: &str) -> Option<&str> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (first.split_whitespace().nth(3).is_none()).then_some(first)
}

/// A writer the copy's byline names who is the site itself, by the name
/// over its menu (`بغداد – يس عراق` under `يس عراق`): the site is the
/// source, and no one wrote the story. The name may stand there with an
/// outlet's word (`بواسطة المنارة` under `المنارة للإعلام`).
pub fn site_as_writer(author: &str, text: &str) -> bool {
    first_line(text).is_some_and(|first| super::byline::is_same_site(first, author))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_and_the_sites_name_with_no_colon_come_off_a_lead() {
        let lead = "بغداد-موازين نيوز أعلنت وزارة الكهرباء، اليوم، إضافة 500 ميغاواط";
        assert_eq!(
            site_dateline(lead, &["موازين نيوز"]),
            Some((
                "موازين نيوز",
                "أعلنت وزارة الكهرباء، اليوم، إضافة 500 ميغاواط"
            ))
        );
        // Another name, or the name running on into a word, is the text.
        assert_eq!(site_dateline(lead, &["الغد"]), None);
        assert_eq!(
            site_dateline("بغداد - موازين نيوزية جديدة", &["موازين نيوز"]),
            None
        );
        // A lead whose dash comes late is no dateline.
        let late = "قال رئيس الوزراء في مؤتمر صحافي اليوم - موازين نيوز تابعت";
        assert_eq!(site_dateline(late, &["موازين نيوز"]), None);
    }
}
