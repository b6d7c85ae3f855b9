//! A credit's name under its label (`تصوير :` / the name), and the
//! source named on a line of its own, often at the story's end (`المصدر:
//! الحرية`).

use std::mem;

use super::super::byline;
use super::super::text_rules::Words;
use super::{Step, Walk};

impl Walk<'_> {
    /// A credit's name under its label, and the source named on a line of
    /// its own (often at the end).
    pub(super) fn credit_or_source(&mut self, line: &str, words: &Words<'_>) -> Option<Step> {
        if mem::take(&mut self.credit_next) && line.split_whitespace().count() <= 4 {
            return Some(Step::Drop);
        }
        if let Some(rest) = self.matcher.drop_prefixes.strip(words) {
            self.credit_next = !rest.chars().any(char::is_alphanumeric);
        }
        let name = self.matcher.sources.strip(words)?;
        // In brackets, with a note after a comma (`المصدر (صحيفة الخليج،
        // بتصرّف)`, adapted): the name is before the note.
        let name = name.trim_start_matches([':', ' ', '(']);
        let name = name.split(['،', ',', ')']).next().unwrap_or(name);
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
        let named = name.split_whitespace().count() <= SOURCE_WORDS
            && name.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !byline::names_no_one(name)
            && !byline::is_signed_name(name.trim());
        let name = byline::outlet(name).or_else(|| named.then(|| name.trim().to_owned()))?;
        self.head.credit(name);
        Some(Step::Drop)
    }
}

/// The most words of a source's name under its label.
const SOURCE_WORDS: usize = 6;
