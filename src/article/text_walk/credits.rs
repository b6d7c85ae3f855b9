//! A credit's name under its label (`تصوير :` / the name), the source
//! named on a line of its own, often at the story's end (`المصدر:
//! الحرية`), a wire's credit of its reporter under the story, and a
//! picture's caption over its credit; a call's button with its pitch.

use std::mem;

use super::super::byline;
use super::super::text_rules::Words;
use super::{Step, Walk};

/// The most words of a picture's caption over its credit.
const CAPTION_MAX_WORDS: usize = 30;
/// The most words of a copyright line under a picture (`© الهلال الأحمر
/// القطري`); the site's own notice runs longer.
const CREDIT_WORDS: usize = 5;

impl Walk<'_> {
    /// A credit's name under its label, and the source named on a line of
    /// its own (often at the end).
    pub(super) fn credit_or_source(&mut self, line: &str, words: &Words<'_>) -> Option<Step> {
        if self.lead_seen
            && let Some(name) = wire_reporter(line)
        {
            self.head.author.get_or_insert(name);
            return Some(Step::Drop);
        }
        if mem::take(&mut self.credit_next) && line.split_whitespace().nth(4).is_none() {
            return Some(Step::Drop);
        }
        if let Some(rest) = self.matcher.drop_prefixes.strip(words) {
            self.credit_next = !rest.chars().any(char::is_alphanumeric);
        }
        let name = self.matcher.sources.strip(words)?;
        // An agency's name in full with its short one (`وكالة الأنباء
        // الأردنية (بترا)`): both, as the story names it.
        let whole = name.trim_start_matches([':', ' ']).trim();
        if super::super::text_header_names::full_and_short(whole).is_some() {
            self.head.credit(whole.to_owned());
            return Some(Step::Drop);
        }
        // In brackets, with a note after a comma (`المصدر (صحيفة الخليج،
        // بتصرّف)`, adapted): the name is before the note.
        let name = name.trim_start_matches([':', ' ', '(']);
        let name = name.split(['،', ',', ')']).next().unwrap_or(name);
        // Or with the others after a plus (`حكومة أونتاريو + وكالات`):
        // the first.
        let name = name.split(" + ").next().unwrap_or(name);
        // With the body's office after a dash (`نقابة الصحفيين - الأمانة
        // العامة`): the body.
        // A writer after the dash (`المصدر أونلاين - فلان`) is a byline's.
        let name = [" - ", " – "]
            .iter()
            .find_map(|d| name.split_once(d))
            .filter(|(_, office)| !byline::is_signed_name(office.trim()))
            .map_or(name, |(body, _)| body);
        // Under its label, a name of a few words no table knows is the
        // outlet's (`Source : الحرية`) or a body's (`الاتحاد العام لنقابات
        // عمال البحرين`), though not a person's nor a note's.
        let named = name.split_whitespace().nth(SOURCE_WORDS).is_none()
            && name.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !byline::names_no_one(name)
            && !byline::is_signed_name(name.trim());
        let name = byline::outlet(name).or_else(|| named.then(|| name.trim().to_owned()))?;
        self.head.credit(name);
        Some(Step::Drop)
    }

    /// In a copy that sets its lines apart, a short line right under a
    /// copyright line, with no blank line between them, that ends no
    /// sentence (`© Mohamed Messara/dpa` / `متدربون في ورشة …`): the
    /// picture's caption, as the page set it under its credit.
    pub(super) fn is_caption_under_credit(&self, line: &str) -> bool {
        self.lead_seen
            && line.split_whitespace().count() <= self.rules.heading_max_words
            && !line.ends_with(self.rules.closing_punctuation)
            && !line.ends_with(':')
    }

    /// In a copy that sets its lines apart, a short line right over a
    /// picture's credit with no blank line between them is its caption
    /// (`غواصة تجمع عينات من المرجان.` / `حقوق الصورة: …`).
    /// So is a short line that ends no sentence right over a copyright
    /// sign and its holder (`© الهلال الأحمر القطري`), or a camera and
    /// its photographer, in any copy.
    pub(super) fn caption_over_credit(&mut self, line: &str) {
        // A camera before the photographer (`📸 RCA Media`) marks the
        // credit as the sign does.
        // (After a direction mark the page set before the sign too.)
        let copyright = line
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}'))
            .starts_with(['©', '📸', '📷'])
            && line.split_whitespace().nth(CREDIT_WORDS).is_none();
        // The sign after the picture's own word (`الصورة © كاوست 2024`)
        // says whose the picture is in any copy, as a label does in one
        // that sets its lines apart.
        let pictured = picture_copyright(line);
        let labelled = (self.spaced && self.matcher.is_credit_line(line)) || pictured;
        self.under_credit = copyright && self.spaced;
        if self.kept == 0 || !(copyright || labelled) {
            return;
        }
        if let Some(slot) = self.body.last_mut()
            && slot.as_ref().is_some_and(|caption| {
                let dated = ends_with_month(caption);
                let max = if labelled || dated {
                    CAPTION_MAX_WORDS
                } else {
                    self.rules.heading_max_words
                };
                // One sentence of a few words may close with its full
                // stop (`جانب من أعمال التنقيب … الرابع.`) over a sign
                // without a year: a picture's holder, not the site's notice.
                let sentence = copyright
                    && !line.chars().any(|c| c.is_numeric())
                    && caption.split_whitespace().count() <= self.rules.heading_max_words
                    && caption.matches(['.', '!', '?', '؟']).count() == 1;
                caption.split_whitespace().count() <= max
                    && (labelled
                        || dated
                        || sentence
                        || !caption.ends_with(self.rules.closing_punctuation))
            })
        {
            *slot = None;
            self.kept -= 1;
        }
    }

    /// A call's button the menu shows too (`تبرّع الآن`), which goes as a
    /// line said twice before the pass over call boxes can see it: it
    /// takes its pitch right above with it.
    pub(super) fn repeated_button(&mut self, line: &str) -> bool {
        if !(self.lead_seen
            && self.repeated.contains(line)
            && super::super::text_call_box::is_button(line))
        {
            return false;
        }
        // The box's lines over it, up to the last break.
        let run = self.body.iter().rev().take_while(|s| s.is_some()).count();
        let from = self.body.len() - run;
        let above: Vec<&str> = self.body[from..]
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        let taken = super::super::text_call_box::box_above(&above);
        let len = self.body.len();
        for slot in &mut self.body[len - taken..] {
            *slot = None;
        }
        self.kept -= taken;
        true
    }

    /// A picture's caption credited to the site itself after a dash
    /// (`متطوعون يعدون وجبات للنازحين - عاين`): the site's name is the
    /// source read or the copy's first line.
    pub(super) fn credited_to_site(&self, line: &str) -> bool {
        let Some((text, credit)) = line.rsplit_once(['-', '–', '—']) else {
            return false;
        };
        let credit = crate::search::fold(credit.trim());
        let site = [&self.head.source, &self.head.masthead]
            .into_iter()
            .flatten()
            .any(|name| crate::search::fold(name) == credit);
        site && !credit.is_empty()
            && text.split_whitespace().count() >= 3
            && line.split_whitespace().count() <= self.rules.heading_max_words * 2
            && !line.ends_with(self.rules.closing_punctuation)
    }
}

/// Whether a caption ends with the month and year the picture was taken
/// (`… شمال دارفور، يونيو/حزيران 2024.`), as an agency's captions do: no
/// paragraph of the story ends so.
fn ends_with_month(caption: &str) -> bool {
    let words: Vec<&str> = caption
        .trim_end_matches(['.', ' '])
        .rsplitn(3, ' ')
        .collect();
    let [year, month, ..] = words.as_slice() else {
        return false;
    };
    let month = month.trim_start_matches(['،', ',']);
    year.len() == 4
        && year.chars().all(|c| c.is_ascii_digit())
        && month
            .split('/')
            .all(|m| super::super::dates::month_number(m).is_some())
}

/// A picture's copyright after its word (`الصورة © كاوست 2024`, `صورة
/// ©: فلان`).
fn picture_copyright(line: &str) -> bool {
    let Some((word, holder)) = line.split_once('©') else {
        return false;
    };
    ["الصورة", "صورة", "الصور", "Photo"].contains(&word.trim())
        && (1..=CREDIT_WORDS).contains(&holder.split_whitespace().count())
}

/// The most words of a source's name under its label.
const SOURCE_WORDS: usize = 6;

/// The reporter a wire's credit names under the story, before its editor
/// (`(تغطية صحفية فلان - تحرير علان)`): the story's writer, where the
/// credit of who prepared the Arabic text (`(إعداد فلان للنشرة العربية
/// - تحرير علان)`) names a translator.
fn wire_reporter(line: &str) -> Option<String> {
    let inner = line.trim().strip_prefix('(')?.strip_suffix(')')?;
    let rest = inner
        .strip_prefix("تغطية صحفية")?
        .trim_start_matches([':', ' ']);
    let name = rest.split(['-', '–']).next()?.trim();
    let words = name.split_whitespace().count();
    ((2..=6).contains(&words) && name.chars().all(|c| c.is_alphabetic() || c == ' '))
        .then(|| name.to_owned())
}
