//! The walk's checks of a line by its shape: the story's foot, the
//! page's furniture, a date alone, a schedule's day.

use super::super::text_furniture::is_furniture;
use super::super::text_rules::Words;
use super::super::{dates, text_clock};
use super::{Step, Walk};

impl Walk<'_> {
    /// A line that is only a date is never a paragraph: the page's date,
    /// wherever the copy put it. But a schedule's days in the story are
    /// its own.
    pub(super) fn date_alone(&mut self, line: &str) -> Step {
        if self.is_schedule_day(line) {
            return Step::Keep;
        }
        if let Some(date) = dates::dateline(line) {
            self.head.published.get_or_insert(date);
            return Step::Drop;
        }
        if text_clock::is_yearless_date(line) || dates::is_hijri_only(line) {
            return Step::Drop;
        }
        Step::Keep
    }

    /// The story's foot: a comment form, a labelled end, the site's
    /// notice under the page's furniture.
    pub(super) fn is_foot(&self, line: &str, words: &Words) -> bool {
        // (A release's file over its text, `تحميل البيان الصحفي (PDF)`,
        // is a link to drop; under it, the story's end.)
        (self.matcher.end.strip(words).is_some()
            && (self.sentence_seen || !super::super::text_code::is_attachment(line)))
            // (A comment form's field; under a deck that says no sentence
            // yet, `Email` is a share bar's button.)
            || (self.matcher.end_lines.is(words)
                && (self.sentence_seen || !self.matcher.is_share_bar(line)))
            || super::super::text_chrome::is_barred_end(self.matcher, line)
            || super::super::text_lines::is_end_mark(line)
            // The count over readers' comments, once the story is told
            // and the page's furniture came under it (a counter between
            // paragraphs is only dropped).
            || (self.sentence_seen
                && matches!(self.body.last(), Some(None))
                && super::super::text_counters::counts_comments(self.matcher, line))
            // The site's notice under the page's furniture; right under
            // a paragraph it may be a picture's.
            || (self.lead_seen
                && matches!(self.body.last(), Some(None))
                && super::super::text_site_notice::is_notice(line))
    }

    /// The dateline's place alone on its line under the header, over the
    /// lead (`27/06/2024` / `الرباط` / `قدم المجلس …`): the header's, as a
    /// place opening the lead is.
    pub(super) fn is_place_alone(&self, line: &str) -> bool {
        // Or any place after the theme's pin (`📍 Gabès`).
        let pinned = line.trim_start().strip_prefix('📍').is_some_and(|place| {
            (1..=3).contains(&place.split_whitespace().count()) && !place.contains(['.', '،'])
        });
        !self.sentence_seen
            && (pinned
                || (self.header_read
                    && super::super::byline::is_in(
                        line.trim(),
                        super::super::byline_names::PLACES,
                    )))
    }

    /// The page's own lines: menus, code, credits to the site, captions.
    pub(super) fn is_page_furniture(&self, line: &str, words: &Words) -> bool {
        is_furniture(self.matcher, words, line)
            || super::super::text_foot::is_posted_in(line)
            || super::super::text_code::is_code(line)
            // A wire's editors' initials under the story (`/ع.م/`).
            || (self.lead_seen && super::super::text_furniture::is_sign_off(line))
            || self.credited_to_site(line)
            || (self.lead_seen && super::super::text_captions::is_bracketed_caption(line))
            // Over the lead, once the header is read, such a caption never
            // closes with a full stop.
            || ((self.lead_seen || (self.header_read && !line.ends_with('.')))
                && super::super::text_captions::is_office_at_event(line))
            // A thing the story named, pictured at an event.
            || (self.lead_seen
                && super::super::text_captions::named_at_event(line).is_some_and(|name| {
                    let quoted = format!("«{name}»");
                    self.body.iter().flatten().any(|l| l.contains(&quoted))
                }))
    }

    /// A day of a schedule the story lists (`وجاءت البرمجة على الشكل
    /// التالي:` / `الجمعة 29 نونبر 2024` / `فريق – فريق: الساعة 17:00`):
    /// a date alone right under the sentence that announces the list, or
    /// under an item with its field after an earlier day kept. Other
    /// stories' dates stand under their headlines, which have no field.
    fn is_schedule_day(&self, line: &str) -> bool {
        let Some(Some(last)) = self.body.last() else {
            return false;
        };
        self.lead_seen
            && dates::dateline(line).is_some()
            && (last.trim_end().ends_with(':')
                || (last.contains(": ")
                    && self
                        .body
                        .iter()
                        .flatten()
                        .any(|l| dates::dateline(l).is_some())))
    }
}
