//! Who a page credits with its story: the writer its fields name unless
//! that is the site itself, and the source, an agency a byline credits
//! over the site that ran it.

use super::super::byline;
use super::super::text_rules::{Phrases, Words};
use super::page_meta::{self, PageMeta};
use super::shown;
use crate::search;

/// The story's source when a byline credits `credited`: a listed agency
/// over the site's name, and the site's own short name as its byline
/// gives it (`أمد` for `أمد للإعلام`, `سمارت` for `وكالة سمارت للأنباء`);
/// any other name only where the page gives none.
pub(super) fn credited_source(site: Option<String>, credited: Option<String>) -> Option<String> {
    match credited {
        Some(name) if byline::is_listed_outlet(&name) => Some(name),

        Some(name) if site.as_deref().is_some_and(|s| shortens(s, &name)) => Some(name),
        // An agency's initials in a dateline (`جيبوتي (ADI) -`): the
        // credit as the story gives it, though no table knows it.
        Some(name) if is_initials(&name) => Some(name),
        // A body's media department (`إدارة الإعلام الأمني`), over the
        // body's site: the credit names the desk that put the story out;
        // the site's own office (`المركز الإعلامي لمجلس الوزراء` on the
        // council's site) names the site.
        // One that names no body (`إدارة العلاقات العامة والإعلام`) is
        // the credit as the story gives it too: the body's office that
        // put the story out, as copies credit it.
        Some(name)
            if byline::is_media_department(&name)
                && !site
                    .as_deref()
                    .is_some_and(|s| search::fold(&name).ends_with(&search::fold(s))) =>
        {
            Some(name)
        }
        other => site.or(other),
    }
}

/// The writer of an author field that credits the editor too, after a
/// bar (`عمر حاج أحمد | تحرير: سارة الحلبي`): the one who reported it; or
/// of one whose part after a bar is labelled as the writer's (`البصرة –
/// يقين | تقرير: علي الساعدي`): that name.
pub(super) fn writer_before_editor(labels: &Phrases, author: &str) -> String {
    match author.split_once('|') {
        Some((writer, rest)) if rest.trim_start().starts_with("تحرير") => {
            writer.trim().to_owned()
        }
        Some((_, rest)) if labels.strip(&Words::new(rest.trim())).is_some() => {
            shown::byline_name(labels, rest.trim()).unwrap_or_else(|| author.to_owned())
        }
        _ => author.to_owned(),
    }
}

/// Whether `name` is an agency's initials in Latin capitals (`ADI`).
fn is_initials(name: &str) -> bool {
    (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `short` is `site`'s name said with fewer of its words.
fn shortens(site: &str, short: &str) -> bool {
    let site: Vec<String> = site.split_whitespace().map(search::fold).collect();
    let short: Vec<String> = short.split_whitespace().map(search::fold).collect();
    !short.is_empty() && short.len() < site.len() && short.iter().all(|w| site.contains(w))
}

/// Labels of a picture's credit: a name the page shows after one of them
/// took the photographs.
pub(super) const PHOTO_LABELS: [&str; 3] = ["تصوير", "عدسة", "الصور"];

/// The authors of a list (`فلان، فلان`) but those the page credits with
/// the pictures (`تصوير: فلان`): the metadata lists the photographer
/// beside the writer.
pub(super) fn without_photographers(authors: &str, html: &str) -> String {
    // One name is kept whatever the page says of it: the page's text need
    // not be searched.
    if !authors.contains("، ") {
        return authors.to_owned();
    }
    let shot = |name: &str| {
        html.match_indices(name).any(|(at, _)| {
            let before = html[..at].trim_end().trim_end_matches(':').trim_end();
            PHOTO_LABELS.iter().any(|l| before.ends_with(l))
        })
    };
    let names: Vec<&str> = authors.split("، ").collect();
    let kept: Vec<&str> = names.iter().copied().filter(|n| !shot(n)).collect();
    if kept.is_empty() || kept.len() == names.len() {
        return authors.to_owned();
    }
    kept.join("، ")
}

/// The author Readability read from the page's byline, when it is a name
/// and not the site signing its own copy (the JSON-LD author the page
/// meta left out for that reason).
pub(super) fn byline_author(page: &PageMeta, byline: Option<&str>) -> Option<String> {
    byline
        .and_then(page_meta::clean)
        .filter(|b| b.split_whitespace().nth(8).is_none() && !b.contains("://"))
        .and_then(|b| shown::byline_name(super::byline_labels(), &b))
        .and_then(|b| {
            // Names listed together (`الكوفية, وكالة فرانس برس`): the site
            // and the agencies among them are no writers.
            let people: Vec<&str> = b
                .split([',', '،'])
                .map(str::trim)
                .filter(|n| !n.is_empty() && !names_the_site(page, &[], n))
                .filter(|n| !byline::is_listed_outlet(n))
                .collect();
            (!people.is_empty()).then(|| people.join("، "))
        })
}

/// Whether `name` is the site's own: its name (the page's source, or one
/// of `sites`), or one the JSON-LD gives as the author that is the site
/// itself, or its editor's (`محرر صدى`).
pub(super) fn names_the_site(page: &PageMeta, sites: &[&str], name: &str) -> bool {
    // The site with its roundups (`الخليج الجديد + متابعات`) is the site.
    let parts = || name.split('+').map(str::trim).filter(|p| !p.is_empty());
    let of_site = |site: &str, part: &str| {
        page_meta::is_site_name(site, part)
            || part.split_once(' ').is_some_and(|(word, rest)| {
                byline::EDITORS.contains(&word) && page_meta::is_site_name(site, rest)
            })
    };
    page.site_authors
        .iter()
        .chain(&page.source)
        .map(String::as_str)
        .chain(sites.iter().copied())
        .any(|s| parts().any(|part| of_site(s, part)))
        || names_the_host(page.url.as_deref(), name)
}

/// Whether a name in Latin letters is the page's host's, spaces and
/// dashes aside (`azilal online` on `azilal-online.com`): the site's
/// account signing its stories.
fn names_the_host(url: Option<&str>, name: &str) -> bool {
    let letters = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let host = url
        .and_then(super::url::host)
        .and_then(|h| h.rsplit_once('.'))
        .map(|(name, _)| letters(name));
    let name_letters = letters(name);
    name.is_ascii() && name_letters.len() >= 3 && host.is_some_and(|h| h == name_letters)
}

/// An author field that is the site's own name and its city (`كود ـ
/// كازا`): the site signing its copy, no writer. The site's name and a
/// person's (`سبق برس - ياسين بوعلام`) is a writer's byline.
pub(super) fn signed_by_site_and_city(page: &PageMeta, author: &str) -> bool {
    byline::split(author).is_some_and(|(first, second, _)| {
        names_the_site(page, &[], first) && !byline::is_signed_name(second.trim())
    })
}

/// Names content systems give an article when no writer was set
/// (Joomla's `Super User`), lower-cased: no one's byline.
const SYSTEM_USERS: &[&str] = &[
    "super user",
    "admin",
    "administrator",
    "editor",
    "webmaster",
    // In Arabic letters, as a theme shows the login's role (`syriahomenews
    // أدمن`).
    "أدمن",
    "ادمن",
];

/// Whether an author is a content system's own user (`Super User`),
/// which a copied page shows as its byline too (`كتب بواسطة Super
/// User`).
pub fn is_system_user(author: &str) -> bool {
    let bare = author.trim_end_matches(|c: char| c.is_numeric() || c.is_whitespace());
    SYSTEM_USERS.contains(&bare.to_lowercase().as_str())
}

/// A login (`wisal_editor`, `sudan`, `wac-admin`): an account, in small
/// letters, no one's name.
pub fn is_login(name: &str) -> bool {
    crate::article::text_pictographs::is_account(&name.replace('-', "_"))
        && (name.contains(['_', '-']) || !name.chars().any(|c| c.is_ascii_uppercase()))
}

/// A paper's generic writers, no one's byline on a page. A paper's desks
/// are no one's byline either (`byline::is_desk`).
pub const PLACEHOLDER_AUTHORS: &[&str] = &["كاتب", "محرر", "الكاتب", "التحرير"];

/// Whether an author field holds a content system's placeholder, perhaps
/// numbered (`Super User`, `كاتب 1`): no one's name.
pub fn is_placeholder_author(author: &str) -> bool {
    let bare = author.trim_end_matches(|c: char| c.is_numeric() || c.is_whitespace());
    PLACEHOLDER_AUTHORS.contains(&bare.to_lowercase().as_str())
        || is_system_user(bare)
        || is_login(bare)
        || crate::article::byline::is_desk(bare)
        || is_domain(bare)
        || is_institution(bare)
}

/// Words of a body's name in Latin letters (`King Abdulaziz University`):
/// the site's account, no one's byline.
const INSTITUTION_WORDS: &[&str] = &[
    "university",
    "ministry",
    "council",
    "club",
    "agency",
    "authority",
    "municipality",
    "college",
    "federation",
    "association",
    "media",
    // A site's team signing as one (`Arabwheels Team`, `Staff Writer`).
    "team",
    "staff",
    "editorial",
    "newsroom",
];

/// An author field in Latin letters that names a body, not a person.
fn is_institution(text: &str) -> bool {
    text.is_ascii()
        && text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| INSTITUTION_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// A site's address where a name should be (`arabic.cri.cn`).
fn is_domain(text: &str) -> bool {
    let labels: Vec<&str> = text.trim_start_matches("www.").split('.').collect();
    // Addresses are written in small letters; a name with an initial
    // (`J.Smith`) is not one.
    labels.len() >= 2
        && !text.chars().any(|c| c.is_ascii_uppercase())
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::without_photographers;

    #[test]
    fn a_photographer_listed_beside_the_writer_is_no_author() {
        let html = "<span>تقرير: <a>علي الجبوري</a></span><span>تصوير: مصطفى الكعبي</span>";
        assert_eq!(
            without_photographers("علي الجبوري، مصطفى الكعبي", html),
            "علي الجبوري"
        );
        assert_eq!(
            without_photographers("علي الجبوري، سامر حسن", html),
            "علي الجبوري، سامر حسن"
        );
    }
}
