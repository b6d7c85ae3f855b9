//! Who wrote a saved page's story and who put it out, settled from every
//! place a page gives them: its author field (with a label, a whole
//! byline, an agency's or an office's name in it), the byline it shows,
//! the lead's dateline, and a source label at the foot.

use super::super::byline;
use super::page_meta::PageMeta;
use super::{Body, credits, foot, shown};

/// Settles the writer and `page.source`. `author` is the author field's
/// name and the byline shown under the headline; `labelled` a source a
/// label names; `title` the story's headline. Drops the lead's byline and
/// the foot's credits from `body`. Returns the writer.
pub(super) fn settle(
    page: &mut PageMeta,
    (mut author, shown): (Option<String>, Option<byline::Byline>),
    sites: &[&str],
    body: &mut Body,
    labelled: Option<String>,
    title: Option<&str>,
) -> Option<String> {
    // An author field with its label (`كتب: فلان`, `تقرير: فلان -
    // طرابلس`), as the page shows it; a CMS's placeholder is no one.
    let labels = super::byline_labels();
    // (A desk read as a label and a name, `المحرر الاقتصادي`, is asked
    // about whole first.)
    author = author
        .filter(|a| !credits::is_placeholder_author(a))
        .map(|a| without_text_label(shown::byline_name(labels, &a).unwrap_or(a)))
        .map(|a| {
            credits::writer_before_editor(labels, &a)
                .trim_end_matches([' ', '-', '–', 'ـ'])
                .to_owned()
        })
        .filter(|a| !credits::is_placeholder_author(a))
        .filter(|a| !credits::signed_by_site_and_city(page, a));
    // An author field that is a whole byline (`الشارقة: «وام»`, `أنقرة/
    // فلان/ الأناضول`): the writer, and the agency as the story's source.
    if let Some(by) = author
        .as_deref()
        .and_then(byline::parse)
        .filter(|b| b.source.is_some() || b.place.is_some())
    {
        author = by.author;
        page.source = by.source.or(page.source.take());
    }
    // The agency a visible byline credits (`الدوحة - قنا`) is the story's
    // source, over the name of the site that ran it; its writer stands
    // where the author field named only the site (`صوت الشورى/ خاص`).
    if let Some(by) = shown {
        // (An author field that is the site's account gives way too.)
        // So does a body's account (`مركز الخاتم عدلان` on a blog) over
        // a byline that names a person.
        let account = author.as_deref().is_some_and(|a| {
            credits::names_the_site(page, sites, a)
                || (by.author.as_deref().is_some_and(byline::opens_as_person) && names_a_body(a))
        });
        author = if account {
            by.author.or(author)
        } else {
            author.or(by.author)
        };
        page.source = credits::credited_source(page.source.take(), by.source);
    }
    // An author field holding an agency's name (`و م ع`) credits it.
    // The site's own name there (`بواسطة الوطن`) credits no one.
    if let Some(agency) = author.take_if(|a| byline::is_listed_outlet(a))
        && !credits::names_the_site(page, sites, &agency)
    {
        page.source = credits::credited_source(page.source.take(), Some(agency));
    }
    // A media office as the author (`المركز الإعلامي للنادي المصري`)
    // writes nothing itself: it put the story out.
    if let Some(office) = author.take_if(|a| byline::is_media_department(a)) {
        page.source = credits::credited_source(page.source.take(), Some(office));
    }
    if let Some(found) = super::lead_byline::read_lead_byline(body, sites, title) {
        page.source = credits::credited_source(page.source.take(), found.source);
        if author.is_none() {
            author = found.author;
        }
    }
    if let Some(labelled) = labelled {
        page.source = Some(labelled);
    }
    foot::take_credits(body, page, &mut author, sites);
    // A headline that names its writer (`فلان يكتب: …`, `… / فلان`), where
    // no byline or only a placeholder (`المحرر`) did.
    if author.is_none() {
        author = title.and_then(byline::writer_in_headline);
    }
    author
}

/// Whether an author field names a body, by a word of its kind
/// (`مركز الخاتم عدلان`), not a person.
fn names_a_body(author: &str) -> bool {
    byline::kind(author, false) == Some(byline::Part::Outlet)
        || author
            .split_whitespace()
            .next()
            .is_some_and(|first| byline::BODY_WORDS.contains(&first))
}

/// An author field without a broadcaster's "text by" (`نص: آنا
/// كوزلوفا`); without its colon the word opens a story's line (`نص
/// البيان`), no label.
fn without_text_label(author: String) -> String {
    match author.strip_prefix("نص:") {
        Some(name) => name.trim().to_owned(),
        None => author,
    }
}
