//! The header of a copied article: the lines between the headline and the
//! first paragraph (byline, date, reading time, the site's name).

use super::byline::{self, Byline};
use super::byline_trims;
use super::text_header_names::full_and_short;
use super::text_rules::{Matcher, Words};

pub use super::text_header_above::takes_above;

/// What the lines between the title and the first paragraph said.
#[derive(Debug, Default)]
pub struct Header {
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    /// The last update's date: the story's when it gives no other.
    pub updated: Option<String>,
    /// The date of the paper's issue on its masthead (`العدد 4139 - الأحد
    /// 05 يناير 2014`): the story's day in print, when nothing nearer the
    /// story dates it.
    pub issued: Option<String>,
    pub minutes: Option<u32>,
    /// Whether the source is a name alone on its line, or under a source
    /// label at the foot (`المصدر: وكالة الأنباء الليبية`): the first may
    /// be a picture's credit under the headline, the second names the
    /// outlet in full; the outlet of the lead's dateline (`حمص-سانا`,
    /// `طرابلس … (وال) -`) is the story's source as the story gives it.
    source_alone: bool,
    /// Short lines dropped between the headline and the lead (a one-word
    /// label, a caption under the headline's copy): one may be the site's
    /// name, which the text cites as an outlet.
    pub lone_names: Vec<String>,
    /// The copy's first line when the page says it again (`عاين` over the
    /// menu and under the headline): the site's name.
    pub masthead: Option<String>,
    /// The site's Arabic name beside its Latin one at the copy's top
    /// ([`super::text_masthead::logo_name`]).
    pub logo: Option<String>,
    /// The last part of a breadcrumb trail above the headline: the
    /// story's section, which some pages say again under the headline.
    pub section: Option<String>,
    /// A writer a labelled byline named after another name was read as
    /// the author (`كتب – فلان` under the theme's `بواسطة عيون الفجيرة`):
    /// the story's writer, when that first name proves the site's own.
    pub also_signed: Option<String>,
}

impl Header {
    pub fn add(&mut self, byline: Byline) {
        let dateline = byline.place.is_some() || byline.author.is_some();
        // A name read as the writer that this byline shows is the site's
        // (`عنب بلدي` under the headline, `عنب بلدي – رهف العلي` later).
        if let (Some(site), Some(_)) = (&byline.source, &byline.author)
            && self
                .author
                .as_deref()
                .is_some_and(|a| byline::is_same_site(site, a))
        {
            self.author = None;
        }
        if let Some(a) = byline.author {
            self.author.get_or_insert(a);
        }
        if let Some(s) = byline.source {
            // Unless the label names in full the agency the dateline gives
            // by its short name (`المصدر: وكالة الأنباء الأردنية (بترا)`
            // under `العقبة 13 آذار (بترا)-`).
            let in_full = self
                .source
                .as_deref()
                .and_then(full_and_short)
                .is_some_and(|(_, short)| short == s);
            if dateline && !in_full && std::mem::take(&mut self.source_alone) {
                self.source = None;
            }
            self.source.get_or_insert(s);
        }
    }

    /// A labelled writer's name: the author, unless another name was
    /// read as the author; then the writer waits for that name to prove
    /// the site's.
    pub(super) fn sign(&mut self, name: String) {
        match &self.author {
            Some(first) if *first != name => _ = self.also_signed.get_or_insert(name),
            _ => _ = self.author.get_or_insert(name),
        }
    }

    /// Whether the source was read from a name alone on its line or a
    /// label at the foot, not from a byline.
    pub fn source_alone(&self) -> bool {
        self.source_alone
    }

    /// The source a label names at the foot, unless one was read.
    pub fn credit(&mut self, name: String) {
        if self.source.is_none() {
            self.source = Some(name);
            self.source_alone = true;
        }
    }
}

pub(super) const DASHES: [char; 3] = ['-', '–', '—'];

/// The name after a byline's or a source's label. `كتب – علي هلال`: a
/// dash may stand for the colon. A bar ends the name: what follows is
/// another field of the site's (`كتب: فلان | المشاهدات: 8`), and so does
/// the label of the next field (`أجرى اللقاء: فلان تصوير: علان`: the
/// photographer is no author), and the way the writer said it (`عبر
/// منصة إكس`). A label with no name after it names no one.
pub(super) fn labelled_name(after: &str) -> Option<&str> {
    let name = after
        .trim_start_matches(LABEL_ENDS)
        .split(FIELD_BARS)
        .next()
        .unwrap_or_default()
        .trim();
    let name = byline_trims::without_place(byline_trims::without_category(name));
    let name = byline_trims::without_channel(byline_trims::without_city(name));
    let name = super::byline_offices::without_office(name);
    let name = before_next_label(name);
    // Writers set apart by dashes (`فلان الفلاني - فلانة الفلانية`) may
    // take more words between them.
    let short = name.split_whitespace().nth(6).is_none() || byline::dashed_writers(name).is_some();
    (!name.is_empty() && short).then_some(name)
}

/// A byline's name without the fields labelled after it (`فلان - تصوير:
/// علان`), and the dash set before them.
pub(super) fn before_next_label(name: &str) -> &str {
    next_label(name).map_or(name, |at| {
        name[..at].trim_end().trim_end_matches(DASHES).trim_end()
    })
}

/// Where the label of another field starts in a byline's name: the word
/// before a colon, or a photographer's label before a slash (`تصوير/
/// علان`; a slash may part a name's place from it, and is read only
/// after such a label).
fn next_label(name: &str) -> Option<usize> {
    let word_before = |at: usize| {
        name[..at]
            .trim_end()
            .rfind(' ')
            .map_or(0, |space| space + 1)
    };
    let colon = name.find(':').map(word_before);
    let slashed = name
        .match_indices('/')
        .map(|(at, _)| word_before(at))
        .find(|&start| {
            let label = name[start..].split('/').next().unwrap_or_default().trim();
            PICTURE_LABELS.contains(&label)
        });
    colon.into_iter().chain(slashed).min()
}

/// Labels of a picture's or a film's credit after a byline's name.
const PICTURE_LABELS: [&str; 4] = ["تصوير", "عدسة", "فيديو", "مونتاج"];

/// `line` without the bullet or dash that sets it as a list's item.
pub(super) fn unbulleted(line: &str) -> &str {
    line.trim_start_matches(['-', '•', '*', '–', '—', ' '])
}

/// What sets a label or a mark off from the name after it (`كتب: فلان`,
/// `كتب – فلان`, `الكاتب / فلان`, `خاص: بوابة الوادي`).
pub(super) const LABEL_ENDS: [char; 7] = [':', ' ', '-', '–', '—', 'ـ', '/'];

/// What sets a site's fields apart on one line (`كتب: فلان | 12 تعليقا`).
pub(super) const FIELD_BARS: [char; 3] = ['|', '│', '¦'];
/// The quotation marks a name may stand in (`«سيرياك برس»`).
pub(super) const QUOTES: [char; 5] = ['"', '“', '”', '«', '»'];

/// A headline without the label (and place) its site puts before a
/// colon: `خبر غزة : الحكومة ترفع…`, `عاجل: …`. A speaker before a colon
/// stays, even when it is also a section's name (`الصحة: …` is the
/// ministry), and so does a section's name with a place (`اقتصاد غزة:
/// …`), which the page shows as the headline's own words.
pub fn without_kicker(matcher: &Matcher, title: &str) -> Option<String> {
    let (kicker, rest) = title.split_once(':')?;
    let rest = rest.trim();
    if rest.split_whitespace().count() < 3 {
        return None;
    }
    let words = Words::new(kicker.trim());
    let place = |rest: &str| byline::lone(rest).is_some_and(|b| b.place.is_some());
    let known = matcher.kickers.is(&words) || matcher.kickers.strip(&words).is_some_and(place);
    // The story's kind (`تقرير: …`) is the headline's own word.
    let kind = byline::is_in(kicker.trim(), super::phrases::ar::STORY_KINDS);
    (known && !kind).then(|| rest.to_owned())
}
