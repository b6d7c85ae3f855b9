//! A story's summary set over its lead under a label (`ملخص`): either
//! its points, short lines that end no sentence, or one paragraph. The
//! page shows it beside the story; the story's text does not hold it.

use super::super::byline;
use super::super::dates;
use super::super::text_blocks::is_heading;
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

    /// Whether the one block kept is a summary's shape: one sentence
    /// of a deck's length.
    pub(super) fn is_summary_kept(&self) -> bool {
        self.body.iter().rev().flatten().next().is_some_and(|kept| {
            let words = kept.split_whitespace().count();
            (SUMMARY_WORDS..=super::DECK_MAX_WORDS).contains(&words)
                && kept.ends_with(['.', '!', '؟', '?'])
                && !kept.trim_end_matches(['.', '!', '؟', '?']).contains(". ")
        })
    }

    /// A deck of a sentence kept over a paragraph that opens with the
    /// wire's dateline (`تدعو الدراسة إلى ….` / `بيروت (منظمة العمل
    /// الدولية) – كشفت …`): the story starts at its dateline, so the deck
    /// was the summary.
    pub(super) fn summary_over_dateline(&mut self, line: &str) {
        if self.kept == 1
            && opens_with_dateline(line)
            && self.body.iter().rev().flatten().next().is_some_and(|deck| {
                // A deck that ends no sentence stays the story's, as
                // under the headline (`library_copied_captions`).
                deck.split_whitespace().count() <= super::DECK_MAX_WORDS
                    && deck.ends_with(self.rules.closing_punctuation)
                    && !opens_with_dateline(deck)
            })
        {
            self.drop_summary();
        }
    }

    /// Under the first share bar after the story's sentences, two lines
    /// or more kept and none of them a paragraph (a sentence, or more
    /// words than a heading has): a widget of the page's, a donation box
    /// with its amounts and its text-message numbers, when the story's
    /// last sentence stands right over the bar. The story ended there.
    pub(super) fn cut_widget_under_share(&mut self) {
        let Some(at) = self.shared_at else {
            return;
        };
        let kept: Vec<&String> = self.body[at..].iter().flatten().collect();
        let paragraph = |l: &&String| {
            l.ends_with(['.', '!', '?', '؟'])
                || l.split_whitespace().count() > self.rules.heading_max_words
        };
        // Right over the bar, the story's last sentence: a plea over the
        // bar (`ساهم معنا …`) leaves the lines under it to the pass over
        // the copy's trailing headlines.
        let ends_over = self.body[..at]
            .iter()
            .rev()
            .flatten()
            .next()
            .is_some_and(|l| l.ends_with(['.', '!', '?', '؟']));
        if ends_over && kept.len() >= 2 && !kept.iter().any(paragraph) {
            self.body.truncate(at);
        }
    }

    /// A sentence kept under the byline and the date, then a share bar of
    /// its buttons, then the story's text (`… في ظل الموجة الحارة.` /
    /// `مشاركة` / `Facebook` / `X` / `قال الدكتور …`): the page's summary,
    /// set over its buttons, with the picture's caption under them. Marked
    /// at the bar; dropped when a paragraph follows, so that a story of
    /// one paragraph over its share bar keeps it. A share label alone
    /// between paragraphs (`شارك هذا:`) leaves the paragraph over it.
    pub(super) fn summary_over_share(&mut self, line: &str, step: &Step) {
        match step {
            Step::Drop if self.matcher.is_share_bar(line) => {
                if self.sentence_seen && self.kept >= 2 && self.shared_at.is_none() {
                    self.shared_at = Some(self.body.len());
                }
                if let Some((_, bars)) = self.shared_summary.as_mut() {
                    *bars += 1;
                    return;
                }
                // Under the byline or the date, which a page may set over
                // the headline.
                let dated = self.header_read || self.head.published.is_some();
                if self.kept != 1 || !dated || self.wrap_width.is_some() {
                    return;
                }
                let Some(at) = self.body.iter().rposition(Option::is_some) else {
                    return;
                };
                // A sentence; or a deck that ends none (`عشرة أيام من
                // الورش … تجمع الحرفيين بالجيل الجديد`), which stays the
                // story's as under the headline, while the caption under
                // the bar goes.
                let kept = self.body[at].as_deref().unwrap_or_default();
                let words = kept.split_whitespace().count();
                let stops = kept.ends_with(['.', '!', '؟', '?']);
                let summary = (stops || !kept.ends_with(self.rules.closing_punctuation))
                    && !kept.trim_end_matches(['.', '!', '؟', '?']).contains(". ")
                    && (SUMMARY_WORDS..=super::DECK_MAX_WORDS).contains(&words);
                if summary {
                    self.shared_summary = Some((if stops { at } else { at + 1 }, 1));
                }
            }
            // The picture's caption under the bar, over the story's text,
            // goes with the summary; the mark stays for the text.
            Step::Keep
                if self.shared_summary.is_some()
                    && is_heading(self.rules, line)
                    && dates::find(line).is_none() => {}
            Step::Keep => {
                if let Some((from, bars)) = self.shared_summary.take()
                    && bars >= SHARE_BUTTONS
                    && line.split_whitespace().nth(SUMMARY_WORDS).is_some()
                    && line.ends_with(self.rules.closing_punctuation)
                {
                    for kept in self.body[from..].iter_mut().filter(|l| l.is_some()) {
                        *kept = None;
                        self.kept -= 1;
                    }
                }
            }
            _ => {}
        }
    }

    /// Drops a picture's caption ending with its credit in brackets (`…
    /// الخليجية (شترستوك)`) kept last, under the deck, when the writer or
    /// the date comes under it: the page's, over its header. The deck
    /// alone may end with words in brackets (`… (تمويل حكومي)`).
    pub(super) fn drop_credited_caption(&mut self, line: &str) {
        // The kept line is asked first: most lines have no caption over
        // them, and reading the line as a byline is the dearer test.
        if self.kept >= 2
            && !self.sentence_seen
            && self.known() == [false; 3]
            && let Some(last) = self.body.iter().rposition(Option::is_some)
            && self.body[last]
                .as_deref()
                .is_some_and(super::super::text_captions::has_credit)
            && (byline::parse(line).is_some()
                || byline::is_bare_name(line)
                || dates::find(line).is_some())
        {
            self.body[last] = None;
            self.kept -= 1;
        }
    }
}

/// Whether a paragraph opens with a wire's dateline: a place, the
/// outlet or body in brackets, a dash (`بيروت (منظمة العمل الدولية) –
/// كشفت …`).
fn opens_with_dateline(line: &str) -> bool {
    let Some((place, rest)) = line.split_once(" (") else {
        return false;
    };
    let Some((name, after)) = rest.split_once(')') else {
        return false;
    };
    (1..=DATELINE_PLACE_WORDS).contains(&place.split_whitespace().count())
        && !place.contains(|c: char| c.is_numeric() || matches!(c, '.' | '،' | ','))
        && (1..=DATELINE_NAME_WORDS).contains(&name.split_whitespace().count())
        && after.trim_start().starts_with(['-', '–', '—'])
}

/// The most words of a dateline's place, and of the name in its brackets.
const DATELINE_PLACE_WORDS: usize = 3;
const DATELINE_NAME_WORDS: usize = 5;

/// The fewest lines of a share bar with its buttons.
const SHARE_BUTTONS: usize = 3;

/// The fewest words of a summary, and of the paragraph under its bar.
const SUMMARY_WORDS: usize = 8;
