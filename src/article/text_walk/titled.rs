//! A writer's name kept right over the story's date, taken back from the
//! body for the header.

use super::super::byline;
use super::{DECK_MAX_WORDS, Step, Walk};

impl Walk<'_> {
    /// The line kept right above the date, when it is a writer's name
    /// with its title (`د. فلان`), goes to the header as the author.
    pub(super) fn titled_above_date(&mut self) {
        // Right over the date, or a blank line above it in a copy that
        // sets its lines apart.
        let Some((mut at, mut line)) = self.kept_above(self.body.len()) else {
            return;
        };
        // The writer's post under the name (`باحث أول – برنامج …`) goes
        // with the name.
        let mut lines = 1;
        if byline::is_writer_post(line)
            && let Some(above) = self.kept_above(at)
        {
            (at, line, lines) = (above.0, above.1, 2);
        }
        // A writer's name with a title (`د. فلان`), or bare by its given
        // name (`أحمد أبو العطا`), kept right over the date: the byline.
        // Or a name the tables do not know, when it is the one line kept
        // under the headline (`ماريا الدويهي` over the date).
        let alone = self.kept == 1 && self.body[..at].iter().all(Option::is_none);
        let name = byline::titled_name(line).or_else(|| {
            (self.head.author.is_none()
                && (byline::is_signed_name(line)
                    || (alone && byline::is_bare_name(line))
                    || byline::joined_names(line, alone)))
            .then(|| line.clone())
        });
        // Under a deck of a sentence or two, the one block kept above the
        // name: the deck is the page's summary over its byline. A deck
        // that ends no sentence stays the story's, as under the headline.
        let under_deck = self.sentence_seen
            && self.kept == 2
            && self.head.author.is_none()
            && self.body[..at]
                .iter()
                .flatten()
                .map(|l| l.split_whitespace().count())
                .sum::<usize>()
                <= DECK_MAX_WORDS;
        if let Some(name) = name.filter(|_| !self.sentence_seen || under_deck) {
            self.head.author.get_or_insert(name);
            self.body.truncate(at);
            self.kept -= lines;
            self.in_body = self.kept > 0;
            if under_deck {
                self.drop_summary();
            }
        }
    }

    /// A writer's name with its title (`د. فلان`) right under the date,
    /// or the outlet's mark of the story as its own under the writer's
    /// name (`خاص بآفاق البيئة والتنمية`), which lets the name over it
    /// sign: header lines, dropped.
    pub(super) fn signed_near_date(&mut self, line: &str) -> Option<Step> {
        if std::mem::take(&mut self.dated_last)
            && !self.lead_seen
            && let Some(name) = byline::titled_name(line)
        {
            self.head.author.get_or_insert(name);
            return Some(Step::Drop);
        }
        if self.kept <= 2 && is_exclusive_mark(line) {
            self.titled_above_date();
            return Some(Step::Drop);
        }
        None
    }

    /// The last line kept before `end`: right there, or a blank line
    /// above it in a copy that sets its lines apart.
    fn kept_above(&self, end: usize) -> Option<(usize, &String)> {
        (end.saturating_sub(2)..end)
            .rev()
            .find_map(|at| self.body[at].as_ref().map(|l| (at, l)))
    }
}

/// An outlet's mark of a story as its own, alone on its line: `خاص`
/// or `حصري` and the outlet it was written for (`خاص بآفاق البيئة
/// والتنمية`, `حصري لـ الموقع`).
fn is_exclusive_mark(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let mark = words
        .next()
        .is_some_and(|w| super::super::byline_parts::NEWSROOM.contains(&w));
    let for_outlet = words
        .next()
        .is_some_and(|w| w.starts_with(['ب', 'ل']) && w.chars().count() >= 2);
    mark && for_outlet
        && line.split_whitespace().nth(EXCLUSIVE_WORDS).is_none()
        && line.chars().all(|c| c.is_alphabetic() || c == ' ')
}

/// The most words of an outlet's exclusive mark.
const EXCLUSIVE_WORDS: usize = 6;
