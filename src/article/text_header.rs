//! The header of a copied article: the lines between the headline and the
//! first paragraph (byline, date, reading time, the site's name).

use super::byline::{self, Byline};
use super::byline_parts;
use super::byline_trims;
use super::dates;
use super::sanitize;
use super::text_header_marks as marks;
use super::text_header_names::{credit_among_parts, dashed_name, full_and_short};
use super::text_rules::{Matcher, Rules, Words};
use super::text_shape;

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

    /// Takes what it recognises from a header line; false when the line is
    /// not header material (and so starts the body).
    pub fn take(&mut self, rules: &Rules, matcher: &Matcher, line: &str) -> bool {
        // A date inside a paragraph (the lead's `يوم 7 سبتمبر`) is not the
        // article's: what a line gave counts only when it is header.
        let (published, minutes) = (self.published.clone(), self.minutes);
        let taken = self.take_line(rules, matcher, line);
        if !taken {
            (self.published, self.minutes) = (published, minutes);
        }
        taken
    }

    fn take_line(&mut self, rules: &Rules, matcher: &Matcher, line: &str) -> bool {
        let mut words: Vec<&str> = line.split_whitespace().collect();
        let mut found = false;
        if let Some((at, len, minutes)) = text_shape::find_minutes(rules, &words) {
            self.minutes.get_or_insert(minutes);
            words.drain(at..at + len);
            // Its label (`وقت القراءة:`) names no one.
            if super::text_reading::is_reading_label(words.join(" ").trim_end_matches(':')) {
                words.clear();
            }
            found = true;
        }
        let mut rest = words.join(" ");
        if let Some(date) = dates::find(&rest) {
            self.published.get_or_insert(date.iso);
            rest.replace_range(date.range, " ");
            rest = sanitize::one_spaced(&rest);
            // The date's label before it when a byline follows (`نشر في
            // <date> من طرف فلان`).
            if let Some(after) = ["نشر في ", "نشرت في ", "نشر يوم "]
                .iter()
                .find_map(|l| rest.strip_prefix(l))
            {
                rest = after.to_owned();
            }
            // What the date was set off by: `القاهرة - أ ش أ - <date>`.
            let separators = ['-', '–', '—', 'ـ', '|', '·', '•', '،', ',', ':', ' '];
            rest = rest
                .trim_matches(|c| separators.contains(&c) || super::date_tokens::is_invisible(c))
                .to_owned();
            // The page's count back from now beside the day (`الإثنين 05
            // أغسطس 2024 — منذ 3 ساعات`) says no more than the day, nor
            // do its weekday after it (`4/03/2024 الإثنين`) and its zone.
            // A reading counter beside it (`| عدد القراءات: 843`) is the page's.
            // In brackets too (`… - ٠٣:١٥ م (منذ ساعتين)`).
            // So does the poster's account before a counter (`2024-02-19
            // admin 387 مشاهدة`).
            let counter = rest
                .split_once(' ')
                .filter(|(user, _)| super::html::is_system_user(user))
                .map_or(rest.as_str(), |(_, after)| after);
            if super::date_times::is_relative_time(rest.trim_matches(['(', ')', ' ']))
                || dates::is_beside_date(&rest)
                || super::text_furniture::counted(matcher, counter)
            {
                rest.clear();
            }
            // A counter after the writer's name on the date's line
            // (`بواسطة فلان 0 تعليق`), as a blog's theme sets it.
            if let Some(name) = super::text_furniture::before_counter(matcher, &rest) {
                rest = name;
            }
            found = true;
        }
        // A byline set off by a colon from the lead it was above.
        // Or by a dash (`الوكيل الإخباري-`).
        let tatweel = byline_parts::ends_with_tatweel_dash(&rest);
        let dashed = tatweel || rest.trim_end().ends_with(DASHES);
        let rest = if tatweel {
            rest.trim_end().trim_end_matches('ـ')
        } else {
            &rest
        };
        // A byline set as a list's item (`- كتب: فلان`) is one all the same,
        // and one ended with a full stop (`وكالة الغيمة – طرابلس.`).
        let rest = unbulleted(rest.trim_end_matches([':', ' ', '-', '–', '—', '.']));
        let rest = marks::after_latin_badge(matcher, rest).unwrap_or(rest);
        let rest = marks::without_handle(rest);
        let rest = marks::after_site_bar(matcher, rest)
            .unwrap_or(rest)
            .to_owned();
        if rest.is_empty() {
            return found;
        }
        if byline::is_in(&rest, super::phrases::ar::RELEASE_KINDS) {
            return true;
        }
        let rest_words = Words::new(&rest);
        if matcher.authors.is(&rest_words) {
            self.author.get_or_insert(rest);
            return true;
        }
        // A body's media office that names the body, on a line of its own
        // (`المكتب الإعلامي لشركة البريقة`): the story's source.
        if byline::is_media_department(&rest) && !super::byline_offices::names_no_body(&rest) {
            self.source.get_or_insert(rest);
            return true;
        }
        // An outlet whose name opens like a label (`المصدر أونلاين - فلان`)
        // and its writer: the byline's two parts, not a label's value.
        if matcher.sources.strip(&rest_words).is_some()
            && let Some(b) =
                byline::parse(&rest).filter(|b| b.author.is_some() && b.source.is_some())
        {
            self.add(b);
            return true;
        }
        // A line of labelled fields set apart by bars (`المصدر: الصين
        // اليوم | الكاتب: وانغ فانغ`): each gives its own.
        if rest.contains(FIELD_BARS) {
            let labelled: Vec<&str> = rest
                .split(FIELD_BARS)
                .map(str::trim)
                .filter(|part| {
                    let words = Words::new(part);
                    matcher.bylines.strip(&words).is_some()
                        || matcher.sources.strip(&words).is_some()
                })
                .collect();
            if labelled.len() >= 2 {
                for part in labelled {
                    self.take_line(rules, matcher, part);
                }
                return true;
            }
        }
        for (phrases, is_source) in [(&matcher.bylines, false), (&matcher.sources, true)] {
            let value = phrases.strip(&rest_words);
            // `المصدر: أحمد عابد - دبي`: a site that labels its reporter
            // and his city as the source; the writer all the same.
            if is_source
                && let Some(b) = value
                    .and_then(|v| byline::parse(v.trim_start_matches(LABEL_ENDS)))
                    .filter(|b| b.author.is_some() && b.place.is_some())
            {
                self.add(b);
                return true;
            }
            if !is_source && let Some(b) = value.and_then(byline_parts::writer_for_outlet) {
                self.add(b);
                return true;
            }
            // A site's login in lower case (`بواسطة sudan`, `admin`)
            // signs for no one.
            let login = value
                .map(|v| v.trim_start_matches(LABEL_ENDS).trim())
                .is_some_and(|v| {
                    super::text_pictographs::is_account(v)
                        && !v.chars().any(|c| c.is_ascii_uppercase())
                });
            if !is_source && login {
                return true;
            }
            if let Some(name) = value.and_then(labelled_name) {
                // `تحقيق أجرته «سيرياك برس»`: an outlet made it.
                let outlet = byline::outlet(name.trim_matches(QUOTES));
                let slot = if is_source || outlet.is_some() {
                    &mut self.source
                } else {
                    &mut self.author
                };
                let name = outlet
                    .or_else(|| (!is_source).then(|| byline::dashed_writers(name)).flatten())
                    .unwrap_or_else(|| name.to_owned());
                slot.get_or_insert(name);
                return true;
            }
        }
        // The story's own mark before or after the outlet's line (`خاص:
        // بوابة الوادي - القدس`, `الوادي - خاص`): the outlet, with its
        // place, is the byline.
        let marked = matcher
            .kickers
            .strip(&rest_words)
            .or_else(|| marks::marked_at_end(matcher, &rest));
        if let Some(named) = marked
            && let Some(b) = marks::marked_outlet(named)
        {
            self.add(b);
            return true;
        }
        // `من فلان الفلاني`: a wire's byline, "by" a writer.
        let by_wire = rest
            .strip_prefix("من ")
            .filter(|name| byline::is_signed_name(name))
            .map(str::to_owned);
        let from_town = marks::town_and_writer(&rest).or_else(|| marks::writer_and_town(&rest));
        if let Some(name) = byline::initialed_name(&rest).or(by_wire).or(from_town) {
            self.author.get_or_insert(name);
            return true;
        }
        if let Some(name) = credit_among_parts(matcher, &rest) {
            self.author.get_or_insert(name);
            return true;
        }
        // The site's name on a line of its own.
        if let Some(name) = byline::outlet(&rest) {
            if self.source.is_none() {
                self.source = Some(name);
                self.source_alone = true;
            }
            return true;
        }
        if let Some(b) = byline::parse(&rest) {
            self.add(b);
            return true;
        }
        // A date beside a name alone: a place, an outlet or the author.
        if found && let Some(b) = byline::lone(&rest) {
            self.add(b);
            return true;
        }
        if !found
            && dashed
            && let Some(b) = dashed_name(&rest)
        {
            self.add(b);
            return true;
        }
        // Reading time or a date next to unknown words: keep the words as
        // text rather than lose them.
        found && rest.split_whitespace().count() <= 2
    }
}

const DASHES: [char; 3] = ['-', '–', '—'];

/// The name after a byline's or a source's label. `كتب – علي هلال`: a
/// dash may stand for the colon. A bar ends the name: what follows is
/// another field of the site's (`كتب: فلان | المشاهدات: 8`), and so does
/// the label of the next field (`أجرى اللقاء: فلان تصوير: علان`: the
/// photographer is no author), and the way the writer said it (`عبر
/// منصة إكس`). A label with no name after it names no one.
fn labelled_name(after: &str) -> Option<&str> {
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
    let short = name.split_whitespace().count() <= 6 || byline::dashed_writers(name).is_some();
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
const FIELD_BARS: [char; 3] = ['|', '│', '¦'];
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
