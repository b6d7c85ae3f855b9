//! The body walk of a copied article: the lines after the headline, read
//! one at a time, each kept as the body's, dropped as furniture or taken
//! into the header (byline, date, source) until the lead has come.

use std::collections::HashSet;
use std::mem;

use super::byline;
use super::text_header::Header;
use super::text_lines::SameWords;
use super::text_rules::{Matcher, Rules, Words};
use super::text_shape::{self, Line};
use super::text_top_lines;

mod credits;
mod front;
mod header;
mod lines;
mod lists;
mod marks;
mod summary;
mod titled;

/// The fewest words of another story's headline after a list's label
/// on its line.
const INLINE_HEADLINE_WORDS: usize = 4;

/// The most words of a deck over the byline: a longer block is the
/// story's own text.
pub(super) const DECK_MAX_WORDS: usize = 45;

/// What became of one line.
#[derive(Debug)]
enum Step {
    /// Part of the body.
    Keep,
    /// Furniture or header: its place stays, as a break between blocks.
    Drop,
    /// Taken without leaving a break (a list's item, a header line).
    Pass,
    /// The end of the article: nothing after it is read.
    End,
}

/// The walk's state from the line after the headline to the article's end.
pub struct Walk<'a> {
    rules: &'a Rules,
    matcher: &'a Matcher,
    title: &'a str,
    copies: SameWords,
    /// Short lines the copy has more than once: captions.
    repeated: &'a HashSet<String>,
    /// Whether a date was read above the headline, where the site's clock
    /// may stand.
    date_above: bool,
    pub head: Header,
    /// The body's lines, `None` where a line was dropped.
    pub body: Vec<Line>,
    /// Lines of a list dropped so far, while in one.
    in_list: Option<usize>,
    /// A question after a list's items: another story's headline when the
    /// list goes on or the copy ends, the story's own when text follows.
    list_question: Option<String>,
    /// How many words the list's last item had.
    list_last: usize,
    in_body: bool,
    /// Whether a line that reads as a paragraph has come.
    lead_seen: bool,
    /// After a credit's label alone (`تصوير :`), the next line is the name.
    credit_next: bool,
    /// Whether a paragraph that ends a sentence has come.
    sentence_seen: bool,
    /// Whether the last line with words was a copy of the headline.
    after_copy: bool,
    /// How many blocks the body has kept so far: in hard-wrapped text, a
    /// line that runs on from the last is the same block.
    kept: usize,
    /// The width a hard-wrapped copy's lines were cut at.
    pub wrap_width: Option<usize>,
    /// Whether the last line dropped ran on open to the next.
    dropped_open: bool,
    /// Whether the last line was a picture's copyright line, in a copy
    /// that sets its lines apart.
    under_credit: bool,
    /// Whether the copy sets its lines apart by blank lines.
    pub spaced: bool,
    /// Whether the last line with words gave the article's date.
    dated_last: bool,
    /// Bullets dropped before the lead that told the header nothing, with
    /// their place in the body: a list's first items, given back when an
    /// item under them says a sentence.
    held: Vec<(usize, String)>,
    /// Whether the walk has taken a byline or a date into the header.
    header_read: bool,
    /// Whether it has since the last line kept.
    read_under_kept: bool,
    /// Under a summary's label, the points dropped so far.
    in_summary: Option<usize>,
    /// Whether the list is framed by a screen reader's marks.
    marked_list: bool,
    /// Over a share bar, where what goes if a paragraph follows the bar
    /// starts in the body (the one sentence kept, the page's summary, or
    /// the caption under the deck), and the bar's lines so far.
    shared_summary: Option<(usize, usize)>,
    /// Where the first share bar under the story's sentences stands in
    /// the body: a widget's lines under it that say no sentence are the
    /// page's (`تبرع لمشروع إفطار صائم` / `15 درهم`).
    shared_at: Option<usize>,
    /// Short lines kept after the header's lines and before the lead: a
    /// picture's caption where pages put it, under the byline and the
    /// date. A deck comes right under the headline, before them.
    pub under_header: Vec<String>,
}

impl<'a> Walk<'a> {
    pub fn new(
        rules: &'a Rules,
        matcher: &'a Matcher,
        title: &'a str,
        repeated: &'a HashSet<String>,
        date_above: bool,
        head: Header,
    ) -> Walk<'a> {
        Walk {
            rules,
            matcher,
            title,
            copies: SameWords::new(title),
            repeated,
            date_above,
            head,
            body: Vec::new(),
            in_list: None,
            list_question: None,
            list_last: 0,
            in_body: false,
            lead_seen: false,
            credit_next: false,
            sentence_seen: false,
            after_copy: false,
            kept: 0,
            wrap_width: None,
            dropped_open: false,
            under_credit: false,
            spaced: false,
            dated_last: false,
            held: Vec::new(),
            header_read: false,
            read_under_kept: false,
            in_summary: None,
            marked_list: false,
            under_header: Vec::new(),
            shared_summary: None,
            shared_at: None,
        }
    }

    /// Reads every line up to the article's end.
    pub fn read(&mut self, lines: impl Iterator<Item = String>) {
        for line in lines {
            let undated = self.head.published.is_none();
            // The date so far, where the site's clock may be replaced.
            let published = self.date_above.then(|| self.head.published.clone());
            let known = self.known();
            let mut step = self.step(&line);
            // A question under a list's items is the story's when its text
            // follows right under it; before the page's furniture or the
            // copy's end, another story's headline.
            if self.in_list.is_none()
                && let Some(question) = self.list_question.take()
                && matches!(step, Step::Keep)
            {
                self.keep(question);
            }
            // Hard-wrapped, the short end of a line dropped as the page's
            // (a newsletter's prompt, `في بريدك.`) is the page's too.
            let ends_dropped = self.wrap_width.is_some_and(|width| {
                mem::take(&mut self.dropped_open)
                    && line.chars().count() * 2 < width
                    && matches!(step, Step::Keep)
            });
            if ends_dropped {
                step = Step::Drop;
            }
            self.header_read |= self.known() != known;
            self.read_under_kept |= self.known() != known;
            if undated && self.head.published.is_some() {
                self.dated_last = true;
                self.titled_above_date();
            } else if published.is_some_and(|p| self.head.published != p) {
                // The story's date under a name, after the site's clock.
                self.titled_above_date();
            }
            // A writer's name alone under a deck of a sentence or two,
            // right over the story's first paragraph with no date
            // between them (`نورة عبدالعزيز الفايز`): the byline.
            if matches!(step, Step::Keep)
                && self.kept == 2
                && self.sentence_seen
                && self.head.author.is_none()
                && line.split_whitespace().count() > self.rules.heading_max_words
            {
                self.titled_above_date();
            }
            if mem::take(&mut self.under_credit)
                && matches!(step, Step::Keep)
                && self.is_caption_under_credit(&line)
            {
                step = Step::Drop;
            }
            if matches!(step, Step::Drop) {
                self.caption_over_credit(&line);
            }
            self.summary_over_share(&line, &step);
            match step {
                Step::Keep => self.keep(line),
                Step::Drop => {
                    self.dropped_open = self.lead_seen
                        && self
                            .wrap_width
                            .is_some_and(|width| text_shape::is_open_near(&line, width));
                    self.body.push(None);
                }
                Step::Pass => {}
                Step::End => break,
            }
        }
        self.cut_widget_under_share();
    }

    fn step(&mut self, line: &str) -> Step {
        // Pages repeat their headline (in the page, the share card…), at
        // times with other quotation marks.
        if line.is_empty()
            || line == self.title
            || self.copies.matches(line)
            || self.copies.with_caption(line)
        {
            self.after_copy |= !line.is_empty();
            return Step::Drop;
        }
        let under_copy = mem::take(&mut self.after_copy);
        if let Some(step) = self.marked_list(line) {
            return step;
        }
        if let Some(step) = self.signed_near_date(line) {
            return step;
        }
        let words = Words::new(line);
        if self.is_foot(line, &words) {
            // Before any text the story's foot has not come: a comments
            // counter or a form's label under the headline is the page's,
            // and the story is still to come.
            return if self.kept > 0 { Step::End } else { Step::Drop };
        }
        if let Some(step) = self.summary(line, &words) {
            return step;
        }
        if let Some(step) = self.list_or_link(line, &words) {
            return step;
        }
        if let Some(step) = self.credit_or_source(line, &words) {
            return step;
        }
        // A publication line with its zone in brackets is no caption.
        if !self.lead_seen
            && super::text_captions::is_dated_credited_caption(line)
            && text_top_lines::publication_line(line).is_none()
        {
            return Step::Drop;
        }
        if self.is_place_alone(line) {
            return Step::Drop;
        }
        // The reading time is the header's wherever the page put it.
        if super::text_reading::is_reading_time(line) {
            self.head.take(self.rules, self.matcher, line);
            return Step::Drop;
        }
        if self.is_page_furniture(line, &words) || self.repeated_button(line) {
            return Step::Drop;
        }
        // A plea's label the menu says too (`ادعم أليتيا`) stays for the
        // pass over call boxes, which takes it with its plea and button.
        if self.repeated.contains(line)
            && !(self.lead_seen && super::text_call_box::is_support_label(line))
        {
            // The site's name heads the page and is said again under the
            // headline as the story's source (`بوابة الساحل الإلكترونية`).
            if !self.lead_seen && byline::outlet(line).is_some() {
                self.head.take(self.rules, self.matcher, line);
            } else if !self.lead_seen && self.head.masthead.as_deref() == Some(line) {
                // The copy's first line, said again: the site's own name.
                self.head.source.get_or_insert(line.to_owned());
            }
            return Step::Drop;
        }
        if let Some(step) = self.front_matter(line) {
            return step;
        }
        if let Some(step) = self.header(line, &words, under_copy) {
            return step;
        }
        self.date_alone(line)
    }

    /// What the header knows of the story's byline and date.
    fn known(&self) -> [bool; 3] {
        let h = &self.head;
        [
            h.author.is_some(),
            h.source.is_some(),
            h.published.is_some(),
        ]
    }

    fn keep(&mut self, line: String) {
        if self.header_read
            && !self.lead_seen
            && line.split_whitespace().count() <= self.rules.heading_max_words
            && !line.ends_with(self.rules.closing_punctuation)
        {
            self.under_header.push(line.clone());
        }
        self.in_body = true;
        self.read_under_kept = false;
        self.sentence_seen |= line.ends_with(['.', '!', '?', '؟']);
        self.lead_seen |= line.ends_with(self.rules.closing_punctuation)
            || line.split_whitespace().count() > self.rules.heading_max_words;
        if !self.runs_on() {
            self.kept += 1;
        }
        self.body.push(Some(line));
    }

    /// Whether a line now kept would run on from the last kept, in
    /// hard-wrapped text: the last ends no sentence and nothing was
    /// dropped between them.
    fn runs_on(&self) -> bool {
        matches!(
            (self.body.last(), self.wrap_width),
            (Some(Some(last)), Some(width)) if text_shape::is_open_near(last, width)
        )
    }
}
