//! The writer a page names, settled against what it shows: metadata may
//! name the site, a desk, a Latin spelling or only the first of several
//! writers where the byline under the headline names the people.

use dom_query::NodeRef;

use super::super::text_foot::has_arabic;
use super::page_meta::{PageMeta, is_site_name};
use super::{credits, header_author, microdata, shown};
use crate::article::byline;

/// The most words of a site's Arabic name signing its story.
const SIGNED_SITE_WORDS: usize = 4;

/// Settles `m.author` (and the source, where the author is the site's
/// Arabic name) against the byline the page shows from element `shown`.
pub(super) fn settle(m: &mut PageMeta, els: &[NodeRef], page: microdata::Shown, shown: usize) {
    // A site that signs as its own author (`<meta name=author>` holding
    // the site's name) has given no byline.
    // So has a team's account in Latin letters (`Arabwheels Team`).
    // So has its desk named for it (`تحرير جيرون`).
    let source = m.source.clone();
    let is_site = |a: &str| {
        let desk = ["تحرير ", "فريق تحرير ", "أسرة تحرير "]
            .iter()
            .find_map(|d| a.strip_prefix(d))
            .unwrap_or(a);
        source.as_deref().is_some_and(|s| is_site_name(s, desk))
            || (a.is_ascii() && credits::is_placeholder_author(a))
    };
    if m.author.as_deref().is_some_and(is_site) {
        m.author = shown::visible_author(els, shown, is_site)
            .or_else(|| header_author::header_author(page))
            .filter(|a| !is_site(a));
    }
    // A desk in Arabic (`فريق التحرير`) where the byline shows a
    // person's name: the writer.
    let desk = credits::is_placeholder_author;
    if m.author.as_deref().is_some_and(desk)
        && let Some(writer) =
            shown::visible_author(els, shown, desk).filter(|a| byline::is_plain_name(a, 4))
    {
        m.author = Some(writer);
    }
    // Metadata that names the writer in Latin letters where the byline
    // shows the name in Arabic (`Reem Alshehri`, `بقلم ريم الشهري`): the
    // name the page's readers see.
    if m.author.as_deref().is_some_and(|a| !has_arabic(a))
        && let Some(shown) = shown::visible_author(els, shown, |a| !has_arabic(a))
    {
        m.author = Some(shown);
    }
    // Metadata that names the first of the writers the byline shows
    // (`بقلم ليلى حمدان وأحمد الحلبي`, where a plugin's JSON-LD keeps
    // one) names too few.
    if let Some(first) = m.author.as_deref()
        && let Some(more) =
            shown::visible_author(els, shown, |_| false).and_then(|all| writers_after(&all, first))
    {
        m.author = Some(format!("{first}، {more}"));
    }
    // A site known by a Latin name (`Raja Club Athletic`) that signs its
    // story with its Arabic one (`الرجاء الرياضي`), no person's: the
    // source, as its readers know it.
    if m.source.as_deref().is_some_and(|s| !has_arabic(s))
        && let Some(site) = m.author.take_if(|a| {
            has_arabic(a)
                && a.split_whitespace().nth(SIGNED_SITE_WORDS).is_none()
                && !byline::opens_as_person(a)
        })
    {
        m.source = Some(site);
    }
}

/// The writers `all` lists after `first`, when it begins with `first`
/// and names more after `و` or a comma (`و<a>أحمد الحلبي</a>` shows as
/// `و أحمد الحلبي`).
fn writers_after(all: &str, first: &str) -> Option<String> {
    let rest = all.strip_prefix(first)?.trim_start();
    let more = rest
        .strip_prefix('و')
        .or_else(|| rest.strip_prefix(['،', ',']))?
        .trim();
    (!more.is_empty()).then(|| more.to_owned())
}
