//! Editing one line of text at a caret, a grapheme cluster at a time: a
//! letter and its harakat move and go together, never one without the
//! other. The caret is a byte offset into the text, always on a cluster
//! boundary.

use unicode_segmentation::UnicodeSegmentation;

/// A line of text and the caret in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    pub text: String,
    /// Byte offset of the caret, on a grapheme cluster boundary.
    pub caret: usize,
}

impl LineEdit {
    /// `text` with the caret at its end.
    pub fn at_end(text: impl Into<String>) -> LineEdit {
        let text = text.into();
        let caret = text.len();
        LineEdit { text, caret }
    }

    /// Types `c` at the caret. A mark typed after a letter joins its
    /// cluster; the caret stays after what was typed.
    pub fn insert(&mut self, c: char) {
        let caret = self.caret.min(self.text.len());
        self.text.insert(caret, c);
        self.caret = caret + c.len_utf8();
        self.settle();
    }

    /// One cluster towards the start of the text.
    pub fn back(&mut self) {
        self.caret = previous_boundary(&self.text, self.caret);
    }

    /// One cluster towards the end of the text.
    pub fn forward(&mut self) {
        self.caret = next_boundary(&self.text, self.caret);
    }

    pub fn home(&mut self) {
        self.caret = 0;
    }

    pub fn end(&mut self) {
        self.caret = self.text.len();
    }

    /// Backspace: the cluster before the caret, letter and harakat.
    pub fn delete_back(&mut self) {
        let start = previous_boundary(&self.text, self.caret);
        self.remove(start..self.caret);
    }

    /// Delete: the cluster after the caret.
    pub fn delete_forward(&mut self) {
        let end = next_boundary(&self.text, self.caret);
        self.remove(self.caret..end);
    }

    /// Ctrl-W: the word before the caret, and the spaces between it and
    /// the caret.
    pub fn delete_word(&mut self) {
        let before = &self.text[..self.caret];
        let mut start = self.caret;
        let mut seen_word = false;
        for (i, cluster) in before.grapheme_indices(true).rev() {
            let space = cluster.chars().all(char::is_whitespace);
            if space && seen_word {
                break;
            }
            seen_word |= !space;
            start = i;
        }
        self.remove(start..self.caret);
    }

    /// Ctrl-U: everything before the caret.
    pub fn delete_to_start(&mut self) {
        self.remove(0..self.caret);
    }

    fn remove(&mut self, range: std::ops::Range<usize>) {
        if range.start < range.end {
            self.text.replace_range(range.clone(), "");
        }
        self.caret = range.start;
        self.settle();
    }

    /// Keeps the caret on a cluster boundary: after an insertion the text
    /// around it may join into one cluster (a mark typed before a mark).
    fn settle(&mut self) {
        let caret = self.caret.min(self.text.len());
        self.caret = boundary_at_or_after(&self.text, caret);
    }
}

/// The cluster boundary at or after `at`.
fn boundary_at_or_after(text: &str, at: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .find(|&i| i >= at)
        .unwrap_or(text.len())
}

/// The cluster boundary after the one at `at` (the text's end at most).
pub fn next_boundary(text: &str, at: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(i, g)| i + g.len())
        .find(|&end| end > at)
        .unwrap_or(text.len())
}

/// The cluster boundary before `at` (0 at least).
pub fn previous_boundary(text: &str, at: usize) -> usize {
    text.grapheme_indices(true)
        .map(|(i, _)| i)
        .take_while(|&i| i < at)
        .last()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(text: &str, caret: usize) -> LineEdit {
        LineEdit {
            text: text.to_string(),
            caret,
        }
    }

    #[test]
    fn backspace_takes_a_letter_with_its_harakat() {
        // بَيْتٌ: each letter carries a mark.
        let mut line = LineEdit::at_end("بَيْتٌ");
        line.delete_back();
        assert_eq!(line, LineEdit::at_end("بَيْ"));
        line.back();
        assert_eq!(line.caret, "بَ".len());
        line.delete_forward();
        assert_eq!(line, edit("بَ", "بَ".len()));
    }

    #[test]
    fn a_mark_typed_after_a_letter_joins_it() {
        let mut line = LineEdit::at_end("كتب");
        line.back();
        line.insert('\u{064E}');
        assert_eq!(line.text, "كتَب");
        assert_eq!(line.caret, "كتَ".len());
        line.back();
        assert_eq!(line.caret, "ك".len(), "the marked letter is one step");
    }

    #[test]
    fn ctrl_w_takes_the_word_before_and_its_spaces() {
        let mut line = LineEdit::at_end("كوريا  الشمالية  ");
        line.delete_word();
        assert_eq!(line.text, "كوريا  ");
        line.delete_word();
        assert_eq!(line, LineEdit::default());
        let mut line = edit("one two three", "one two".len());
        line.delete_word();
        assert_eq!(line, edit("one  three", "one ".len()));
    }

    #[test]
    fn ctrl_u_takes_everything_before_the_caret() {
        let mut line = edit("one two", 4);
        line.delete_to_start();
        assert_eq!(line, edit("two", 0));
    }

    #[test]
    fn the_caret_stops_at_both_ends() {
        let mut line = LineEdit::at_end("ab");
        line.forward();
        assert_eq!(line.caret, 2);
        line.home();
        line.back();
        line.delete_back();
        assert_eq!(line, edit("ab", 0));
        line.end();
        line.delete_forward();
        assert_eq!(line, LineEdit::at_end("ab"));
    }
}
