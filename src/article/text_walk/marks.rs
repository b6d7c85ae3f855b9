//! Lists a page frames for screen readers, as copies keep the frame's
//! words: `list of 2 items` … `list 2 of 2` … `end of list`, or a link
//! past the box (`تخطى الأكثر قراءة وواصل القراءة`) … `نهاية الأكثر
//! قراءة`. Everything inside is the page's; the story goes on after the
//! end mark.

use super::super::text_rules::Words;
use super::{Step, Walk};

/// The most words of a frame's mark.
const MARK_WORDS: usize = 8;

impl Walk<'_> {
    pub(super) fn marked_list(&mut self, line: &str) -> Option<Step> {
        let count = line.split_whitespace().count();
        if count > MARK_WORDS {
            return self.marked_list.then_some(Step::Pass);
        }
        // The marks' numbers are no words of theirs.
        let unnumbered: Vec<&str> = line
            .split_whitespace()
            .filter(|w| !w.chars().all(char::is_numeric))
            .collect();
        let unnumbered = unnumbered.join(" ");
        let words = Words::new(&unnumbered);
        let m = self.matcher;
        if m.list_ends.strip(&words).is_some() && self.marked_list {
            self.marked_list = false;
            self.in_list = None;
            return Some(Step::Pass);
        }
        if m.list_marks.is(&words) || self.is_skip_link(&unnumbered, &words) {
            self.marked_list = true;
            self.in_list = Some(0);
            return Some(Step::Drop);
        }
        self.marked_list.then_some(Step::Pass)
    }

    /// `تخطى الأكثر قراءة وواصل القراءة`: its opening and its ending
    /// both a skip link's, so `تخطى الإعلان` (an ad's button) is not one.
    fn is_skip_link(&self, line: &str, words: &Words<'_>) -> bool {
        let all: Vec<&str> = line.split_whitespace().collect();
        self.matcher.skip_links.strip(words).is_some()
            && (2..=3.min(all.len())).any(|k| {
                let tail = all[all.len() - k..].join(" ");
                self.matcher.skip_ends.is(&Words::new(&tail))
            })
    }
}
