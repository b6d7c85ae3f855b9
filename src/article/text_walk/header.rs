//! The walk's header lines: bylines, a caption under the headline's copy
//! and the short lines (the site's name, a time) before the lead.

use super::super::byline;
use super::super::dates;
use super::super::text_rules::Words;
use super::super::{text_chrome, text_clock, text_furniture, text_lines};
use super::{Step, Walk};

/// The fewest words of a deck: fewer are a label's or a caption's.
const DECK_WORDS: usize = 5;

impl Walk<'_> {
    /// Bylines, a caption under the headline's copy, and the short header
    /// lines (the site's name, a time) before the lead.
    pub(super) fn header(
        &mut self,
        line: &str,
        words: &Words<'_>,
        under_copy: bool,
    ) -> Option<Step> {
        let rules = self.rules;
        self.summary_over_dateline(line);
        if self.agency_under_deck(line) {
            return Some(Step::Drop);
        }
        // The story's section under the headline, as the trail above
        // named it last (`قطاع خدمة المجتمع وتنمية البيئة`).
        if !self.lead_seen && self.head.section.as_deref() == Some(line) {
            return Some(Step::Drop);
        }
        self.drop_summaries(line, words);
        // The story's date under the headline, after a date read above
        // it (`الأربعاء 17 سبتمبر 2025 01:41 ص` over the masthead): that
        // one was the site's clock. An update's time is no story's date.
        if self.date_above
            && !self.lead_seen
            && dates::dateline(line).is_some()
            && !text_furniture::is_update_line(line)
        {
            self.head.published = None;
            self.date_above = false;
        }
        let byline_line = self.is_byline_line(line, words);
        // A short line right under a copy of the headline, before the
        // lead: the picture's caption, as pages show the headline over it,
        // even when it names someone and a credit (`نواف سلام (النهار)`).
        // A name ending with a dash is the text's dateline, never a caption.
        if under_copy
            && !self.lead_seen
            && !byline_line
            && !line.ends_with(['-', '–', '—'])
            && line.split_whitespace().count() <= rules.heading_max_words
            && !line.ends_with(rules.closing_punctuation)
            && dates::find(line).is_none()
        {
            // The site's name may stand there too.
            self.head.lone_names.push(line.to_owned());
            return Some(Step::Drop);
        }
        // A picture's caption that says the headline's words again in
        // another order (`رئيس البلدية الجديد سالم`), before the lead.
        if !self.lead_seen && !byline_line && self.echoes_title(line) {
            return Some(Step::Drop);
        }
        if (!self.lead_seen || byline_line) && self.head.take(rules, self.matcher, line) {
            return Some(Step::Pass);
        }
        if self.lead_seen {
            return None;
        }
        self.unread_line(line)
    }

    /// An agency alone under a deck of a few words or more that ends no
    /// sentence (`رويترز`): the story's source, taken; the deck stays the
    /// story's first block.
    fn agency_under_deck(&mut self, line: &str) -> bool {
        if self.kept == 1
            && self.known() == [false; 3]
            && line.split_whitespace().nth(3).is_none()
            && !line.contains(['-', '–', '—', 'ـ', '/', '|', ':', '('])
            && self.body.iter().rev().flatten().next().is_some_and(|l| {
                l.split_whitespace().count() >= DECK_WORDS
                    && !l.ends_with(self.rules.closing_punctuation)
            })
            && let Some(source) = byline::lone(line)
                .filter(|b| b.author.is_none() && b.place.is_none())
                .and_then(|b| b.source)
        {
            self.head.source = Some(source);
            return true;
        }
        false
    }

    /// Drops the block kept over a byline when that block was the page's
    /// summary (or a deck and its picture's caption) over its header.
    fn drop_summaries(&mut self, line: &str, words: &Words<'_>) {
        // An outlet alone under it (`مونت كارلو الدولية / أ ف ب`) shows
        // the same of a deck that ends no sentence.
        let deck = self
            .body
            .iter()
            .rev()
            .flatten()
            .next()
            .is_some_and(|l| !l.ends_with(self.rules.closing_punctuation));
        // The date read above the headline does not tell the summary from
        // the lead: the page sets it over both.
        let [author, source, dated] = self.known();
        if self.kept == 1
            && self.lead_seen
            && !author
            && !source
            && (!dated || self.date_above)
            && byline::parse(line).is_some_and(|b| {
                // A reporter and the place he files from (`كوباني - روجدا
                // محمد`) under a sentence too; a deck that ends none stays
                // over him.
                let reporter = !deck
                    && b.place.is_some()
                    && b.author.as_deref().is_some_and(byline::is_bare_name);
                (b.source.is_some() && (b.place.is_some() || (deck && b.author.is_none())))
                    || reporter
            })
        {
            self.drop_summary();
        }
        self.drop_credited_caption(line);
        // A writer's name and the date on one line (`كاترين هوفمان،
        // 15.04.2024`) under the one block kept, a sentence or more; or
        // the date alone under one sentence of a summary's length.
        if self.kept == 1
            && self.sentence_seen
            && self.known() == [false; 3]
            && (is_dated_name(line) || (dates::dateline(line).is_some() && self.is_summary_kept()))
        {
            self.drop_summary();
        }
        // A labelled byline (`بقلم: فلان`) under the one block kept, a
        // sentence or more, or a deck of a few words that ends none, before
        // any writer or date: that block was the summary over it. So it
        // was over a date read under it (`Mar 4, 2024` / `بقلم …`).
        if self.kept == 1
            && (self.sentence_seen || self.lead_seen || self.deck_kept())
            && self.head.author.is_none()
            && (self.head.published.is_none() || self.read_under_kept)
            && self.is_labelled_byline(words)
        {
            self.drop_summary();
        }
        // A labelled byline under a date read after two short blocks (a
        // deck and its picture's caption, `… Credit: Supplied`, over
        // `Published …` / `By …`): both were the page's, over its header.
        if self.kept == 2
            && self.read_under_kept
            && self.head.author.is_none()
            && self
                .body
                .iter()
                .flatten()
                .map(|l| l.split_whitespace().count())
                .sum::<usize>()
                <= super::DECK_MAX_WORDS
            && self.is_labelled_byline(words)
        {
            self.drop_summary();
            self.body.iter_mut().for_each(|l| *l = None);
        }
    }

    /// Whether `line` is the story's byline or date, which stays header
    /// where a line of its shape would otherwise be a caption or the lead.
    fn is_byline_line(&self, line: &str, words: &Words<'_>) -> bool {
        let rules = self.rules;
        // A byline stays header until a sentence has come, even after a
        // subtitle long enough to pass for the lead.
        // So does the outlet's staff under the one-sentence summary
        // (`العالم - مراسلون`).
        // And a site's name with its newsroom word (`نبض المدينة|متابعات`),
        // which is never a picture's caption.
        (!self.sentence_seen && self.matcher.bylines.strip(words).is_some())
            || (self.kept == 1 && byline::staff(line).is_some())
            || (!self.lead_seen && byline::relayed_slash(line).is_some())
            // A place and who reports from it (`الخليل - دنيا الوطن`)
            // is the byline, not a picture's caption, under a copy of
            // the headline too.
            || (!self.lead_seen && byline::parse(line).is_some_and(|b| b.place.is_some()))
            // A writer and his city under a deck long enough to pass for
            // the lead (`ماجد الخالدي من الرياض`).
            || (!self.sentence_seen
                && byline::parse(line).is_some_and(|b| b.place.is_some() && b.author.is_some()))
            // And the story's date, when none was read yet.
            || (!self.sentence_seen
                && self.head.published.is_none()
                && !line.ends_with(rules.closing_punctuation)
                && dates::find(line).is_some())
            // A writer and the date right under a deck that says a
            // sentence or two (`كاترين هوفمان، 15.04.2024`).
            || (self.kept == 1
                && self.head.published.is_none()
                && self.head.author.is_none()
                && line.split_whitespace().nth(DATED_BYLINE_WORDS).is_none()
                && !line.ends_with(rules.closing_punctuation)
                && dates::find(line).is_some())
    }

    /// A line of the header before the lead that the header did not take:
    /// a source, a time of day, or the page's words, all dropped.
    fn unread_line(&mut self, line: &str) -> Option<Step> {
        match header_line(line)? {
            HeaderLine::Source(name) => {
                self.head.source.get_or_insert(name);
            }
            // The article's time of day alone: a date read above the
            // headline was the site's clock.
            HeaderLine::Time if self.date_above => self.head.published = None,
            // The time told with its zone under the day: the article's.
            HeaderLine::ZonedTime(time) => {
                let day = self.head.published.as_deref().filter(|d| !d.contains('T'));
                if let Some(found) = day.and_then(|d| dates::find(&format!("{d} {time}"))) {
                    self.head.published = Some(found.iso);
                }
            }
            HeaderLine::Drop => self.head.lone_names.push(line.to_owned()),
            HeaderLine::Time => {}
        }
        Some(Step::Drop)
    }

    /// Whether the last line kept is a deck of a few words or more that
    /// ends no sentence.
    fn deck_kept(&self) -> bool {
        self.body.iter().rev().flatten().next().is_some_and(|l| {
            l.split_whitespace().count() >= DECK_WORDS
                && !l.ends_with(self.rules.closing_punctuation)
        })
    }

    /// A byline's label and a name of one to four words (`بقلم: فلان`,
    /// `By …`).
    fn is_labelled_byline(&self, words: &Words<'_>) -> bool {
        self.matcher
            .bylines
            .strip(words)
            .is_some_and(|name| names_writers(super::super::text_header::before_next_label(name)))
    }

    pub(super) fn drop_summary(&mut self) {
        // Hard-wrapped, the summary is the last kept line and the lines it
        // runs on from.
        let Some(last) = self.body.iter().rposition(Option::is_some) else {
            return;
        };
        let mut first = last;
        while let (Some(Some(before)), Some(width)) = (
            first.checked_sub(1).map(|at| &self.body[at]),
            self.wrap_width,
        ) && super::super::text_shape::is_open_near(before, width)
        {
            first -= 1;
        }
        self.body[first..=last].iter_mut().for_each(|l| *l = None);
        self.kept = 0;
        self.in_body = false;
        self.lead_seen = false;
        self.sentence_seen = false;
    }

    /// Whether `line` is three words or more, short of a paragraph, all of
    /// them the headline's.
    fn echoes_title(&self, line: &str) -> bool {
        let words = line.split_whitespace().count();
        if words < 3
            || words > self.rules.heading_max_words
            || line.ends_with(self.rules.closing_punctuation)
        {
            return false;
        }
        let title = text_lines::stems(self.title);
        let own = text_lines::stems(line);
        own.len() >= 3 && own.iter().all(|w| title.contains(w))
    }
}

/// What a short header line between the headline and the lead is, when
/// it is neither a byline nor a date.
enum HeaderLine {
    /// The site's name.
    Source(String),
    /// A time of day alone.
    Time,
    /// A time of day with its zone (`٠٦:٥٠ بتوقيت غرينتش`), as the date
    /// parser reads it (`06:50 GMT`).
    ZonedTime(String),
    /// A label or prompt to drop.
    Drop,
}

/// A header line known by its shape: a time alone, an app's prompt, or a
/// single word (the site's name or a label; a one-word heading never comes
/// before the lead).
fn header_line(line: &str) -> Option<HeaderLine> {
    if text_clock::is_clock_time(line) {
        return Some(HeaderLine::Time);
    }
    if let Some(time) = text_clock::zoned_time(line) {
        return Some(HeaderLine::ZonedTime(time));
    }
    if text_lines::is_app_prompt(line)
        || text_furniture::is_credited_caption(line)
        || text_furniture::is_caption_run_on_credit(line)
        || text_chrome::is_bar(line)
        || is_category_field(line)
    {
        return Some(HeaderLine::Drop);
    }
    // A word longer than a name is text, whatever it is.
    let one_word = line.split_whitespace().count() == 1 && line.chars().count() <= 24;
    if !one_word || line.ends_with(['.', '؟', '?', '!', ':']) || OPENING_HEADINGS.contains(&line) {
        return None;
    }
    Some(byline::outlet(line).map_or(HeaderLine::Drop, HeaderLine::Source))
}

/// The story's category as a portal labels it under the headline
/// (Joomla's `المجموعة: الأنشطة الثقافية`, `القسم: محليات`).
fn is_category_field(line: &str) -> bool {
    CATEGORY_LABELS.iter().any(|label| {
        line.strip_prefix(label)
            .and_then(|rest| rest.trim_start().strip_prefix(':'))
            .is_some_and(|value| {
                (1..=CATEGORY_WORDS).contains(&value.split_whitespace().count())
                    && value.chars().all(|c| c.is_alphabetic() || c == ' ')
            })
    })
}

/// The labels of a story's category field.
const CATEGORY_LABELS: [&str; 5] = ["المجموعة", "القسم", "الفئة", "التصنيف", "التبويب"];

/// The most words of a category's name.
const CATEGORY_WORDS: usize = 4;

/// The one-word headings a study or a report opens with (`مقدمة`), the
/// first of its parts: the story's, before its lead.
const OPENING_HEADINGS: [&str; 4] = ["مقدمة", "المقدمة", "تمهيد", "توطئة"];

/// A writer's name and the date, alone on a line (`كاترين هوفمان،
/// 15.04.2024`).
fn is_dated_name(line: &str) -> bool {
    line.split_whitespace().nth(DATED_BYLINE_WORDS).is_none()
        && dates::find(line).is_some_and(|date| {
            let mut rest = line.to_owned();
            rest.replace_range(date.range, " ");
            let name = rest.trim_matches(|c: char| c.is_whitespace() || "،,-–—|".contains(c));
            byline::is_bare_name(name)
        })
}

/// The most words of a writer's name with the date on its line.
const DATED_BYLINE_WORDS: usize = 6;

/// Whether what a byline's label is over names one writer or a few, each
/// of one to four words, joined by `و`, alone or run into the next name
/// (`مريم الورغي و سليم الحمروني`). A name may open with the letter too
/// (`وليد`): it opens another writer only after a name of two words.
fn names_writers(name: &str) -> bool {
    let mut writers = vec![0usize];
    for word in name.split_whitespace() {
        let last = writers.last().copied().unwrap_or(0);
        if word == "و" {
            writers.push(0);
        } else if word.starts_with('و') && last >= 2 {
            writers.push(1);
        } else if let Some(n) = writers.last_mut() {
            *n += 1;
        }
        // A comma ends a writer's name (`ماهر العلي، ليلى بن سالم`).
        if word.ends_with(['،', ',']) {
            writers.push(0);
        }
    }
    writers.len() <= 3 && writers.iter().all(|n| (1..=4).contains(n))
}
