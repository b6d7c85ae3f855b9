//! A story's summary set over its lead under a label (`ملخص`): either
//! its points, short lines that end no sentence, or one paragraph. The
//! page shows it beside the story; the story's text does not hold it.

use super::super::byline;
use super::super::dates;
use super::super::text_rules::Words;
use super::{Step, Walk};

impl Walk<'_> {
    pub(super) fn summary(&mut self, line: &str, words: &Words<'_>) -> Option<Step> {
        if !self.lead_seen && self.kept == 0 && self.matcher.summaries.is(words) {
            self.in_summary = Some(0);
            return Some(Step::Drop);
        }
        // Or the label and its paragraph on one line (`ملخص: تلتهم …`).
        if !self.lead_seen
            && self.kept == 0
            && let Some(rest) = self.matcher.summaries.strip(words)
            && let Some(label) = line.strip_suffix(rest)
            && (label.trim_end().ends_with(':') || rest.trim_start().starts_with(':'))
            && rest.split_whitespace().count() > self.rules.heading_max_words
        {
            return Some(Step::Drop);
        }
        let points = self.in_summary?;
        let count = line.split_whitespace().count();
        let point = count <= self.rules.list_item_max_words
            && !line.ends_with(self.rules.closing_punctuation)
            // The header's lines after the points are still the header's.
            && dates::find(line).is_none()
            && byline::parse(line).is_none();
        if point {
            self.in_summary = Some(points + 1);
            return Some(Step::Drop);
        }
        self.in_summary = None;
        // No points: the summary is the one paragraph under the label.
        (points == 0 && count > self.rules.heading_max_words).then_some(Step::Drop)
    }
}
