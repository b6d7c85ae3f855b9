//! A "read also" list, tags or a poll after their label: the short lines
//! under it are the page's until a line that reads as the story's. A
//! question after the list's items is held: another story's headline
//! when the list goes on or the copy ends, the story's own (an
//! interview's next question) when its text follows.

use super::super::text_chrome::LINK_ARROWS;
use super::super::text_furniture::url_line;
use super::super::text_rules::{Rules, Words};
use super::{INLINE_HEADLINE_WORDS, Step, Walk};
use crate::article::dates;

/// The most words of a sub-heading told from a list's headlines, and
/// the fewest of the headline over it.
const HEADING_WORDS: usize = 3;
const HEADLINE_WORDS: usize = 6;

/// A link to the rest of another story under its cut teaser (`أكمل
/// القراءة »`).
const READ_MORE: [&str; 5] = [
    "أكمل القراءة",
    "اكمل القراءة",
    "تابع القراءة",
    "واصل القراءة",
    "اقرأ المزيد",
];

impl Walk<'_> {
    /// A link to read on (`أكمل القراءة »`) under another story's teaser
    /// cut with an ellipsis (`زيتون – وسيم درويش يستقبل … المساعدات ...`):
    /// both go. The story keeps a block: a copy of its own teaser stays.
    fn teaser_over_read_more(&mut self, line: &str) -> bool {
        let button = line.trim_matches(|c: char| {
            c.is_whitespace() || LINK_ARROWS.contains(&c) || matches!(c, '.' | '…')
        });
        if !(self.lead_seen && self.kept >= 2 && READ_MORE.contains(&button)) {
            return false;
        }
        let Some(slot) = self.body.last_mut() else {
            return false;
        };
        let cut = slot
            .as_deref()
            .is_some_and(|t| t.trim_end().ends_with(['…']) || t.trim_end().ends_with("..."));
        if cut {
            *slot = None;
            self.kept -= 1;
        }
        cut
    }

    /// A "read also" list and its items, and a link alone.
    pub(super) fn list_or_link(&mut self, line: &str, words: &Words<'_>) -> Option<Step> {
        let labels = crate::article::phrases::ar::POLL_LABELS;
        // Alone, or with its question after the colon (`استفتاء: من أفضل
        // لاعب في المباراة؟`).
        let poll = labels.contains(&line.trim().trim_end_matches([':', ' ']))
            || line.split_once(':').is_some_and(|(label, question)| {
                labels.contains(&label.trim()) && question.trim_end().ends_with(['?', '؟'])
            });
        if poll {
            self.in_list = Some(0);
            return Some(Step::Drop);
        }
        if self.teaser_over_read_more(line) {
            return Some(Step::Drop);
        }
        if let Some(rest) = self.matcher.lists.strip(words) {
            // With the other story's headline on its own line (`اقرأ
            // أيضاً: …`), the link is whole: a short line under it is the
            // story's again (a sub-heading), not the list's next item.
            // (A label that runs on to say what follows is no headline:
            // `قبل إكمال الموضوع أسفله يمكنكم الإطلاع على موضوعات أخرى`.)
            let announces = ["موضوعات أخرى", "مواضيع أخرى"]
                .iter()
                .any(|m| rest.contains(m));
            let inline = rest.split_whitespace().count() >= INLINE_HEADLINE_WORDS && !announces;
            self.in_list = (!inline).then_some(0);
            return Some(Step::Drop);
        }
        // A box of the section's other stories (`المزيد من محافظات`): its
        // label names the section in a word or three and ends no sentence.
        if self.lead_seen && self.matcher.is_more_from(line) {
            self.in_list = Some(0);
            return Some(Step::Drop);
        }
        if let Some(url) = url_line(self.matcher, line) {
            self.head.url.get_or_insert(url);
            return Some(Step::Drop);
        }
        if let Some(n) = self.in_list {
            let words = line.split_whitespace().count();
            // A sub-heading under headlines far longer than it is held
            // as a question is (`مشروعات قيد التنفيذ` under two headlines).
            let heading = n >= 2
                && words <= HEADING_WORDS
                && self.list_last >= HEADLINE_WORDS
                && dates::dateline(line).is_none();
            let question = n > 0 && (is_asked(self.rules, line) || heading);
            if question || is_list_item(self.rules, line, n == 0) {
                self.list_question = question.then(|| line.to_owned());
                self.in_list = Some(n + 1);
                self.list_last = words;
                return Some(Step::Pass);
            }
        }
        // A question held stays so: the walk keeps it when this line is
        // the story's.
        self.in_list = None;
        None
    }
}

/// A line of a "read also" list, tags or a poll: a short line that does
/// not end a sentence (the first may be a question: a poll's, or a
/// headline's), or a date.
fn is_list_item(rules: &Rules, line: &str, first: bool) -> bool {
    // A comma or colon set apart by spaces (`… لا صراع ، مقاربة …`) is no
    // word of the headline.
    // A headline with its date run on (`… بديروط الأحد 12 أكتوبر 2025
    // 11:02 ص`): the date is no word of it.
    let undated =
        dates::find(line).map(|d| format!("{} {}", &line[..d.range.start], &line[d.range.end..]));
    let words = undated
        .as_deref()
        .unwrap_or(line)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let short = words <= rules.list_item_max_words;
    let ends = if first {
        line.ends_with('.')
    } else {
        line.ends_with(['.', '؟', '?', '!', ':'])
    };
    (short && !ends) || dates::dateline(line).is_some()
}

/// A short question, as a listed headline may be and an interview's
/// question is.
fn is_asked(rules: &Rules, line: &str) -> bool {
    line.ends_with(['؟', '?']) && line.split_whitespace().count() <= rules.list_item_max_words
}
