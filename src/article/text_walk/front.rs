//! The walk's lines between the headline and the lead that are the
//! page's front matter: tags and meta bullets, publication and update
//! lines, a section's name, a date run into a name.

use super::super::text_blocks;
use super::super::text_furniture as furniture;
use super::super::text_rules::{Rules, Words};
use super::super::{dates, text_header_marks, text_lines, text_top_lines};
use super::{Step, Walk};
use std::mem;

impl Walk<'_> {
    /// Tags, meta bullets, publication and update lines, a section's name
    /// and a date run into a name, between the headline and the lead.
    pub(super) fn front_matter(&mut self, line: &str) -> Option<Step> {
        let head = &mut self.head;
        // Tags and meta bullets between the headline and the first
        // paragraph are page furniture; a list after it is the article's,
        // and so is an item that says a sentence of its own: a copy may be
        // a headline and a list, with no paragraph before it.
        if !self.in_body && text_blocks::is_list_item(line) && !says_a_sentence(self.rules, line) {
            let (date, found) = text_header_marks::meta_bullet(line);
            // A labelled byline set as an item (`- كتب: فلان`), a badge
            // run into it at times.
            let signed = text_blocks::list_item(line).is_some_and(|text| {
                let text = super::super::text_header_marks::after_latin_badge(self.matcher, text)
                    .unwrap_or(text);
                self.matcher.bylines.strip(&Words::new(text)).is_some()
                    && head.take(self.rules, self.matcher, text)
            });
            if date.is_none() && found.is_none() && !signed {
                self.held.push((self.body.len(), line.to_owned()));
            }
            head.published = head.published.take().or(date);
            found.into_iter().for_each(|b| head.add(b));
            return Some(Step::Drop);
        }
        // An item under them says a sentence: the list is the article's,
        // its first items too (highlights of an interview).
        if !self.in_body && text_blocks::is_list_item(line) {
            for (at, item) in mem::take(&mut self.held) {
                if let Some(slot) = self.body.get_mut(at) {
                    *slot = Some(item);
                    self.kept += 1;
                }
            }
        }
        // Under a deck too, before any sentence.
        if (!self.in_body || !self.sentence_seen)
            && let Some(found) = text_top_lines::publication_line(line)
        {
            head.published.get_or_insert(found.date);
            if let Some(a) = found.author {
                head.author.get_or_insert(a);
            }
            if let Some(paper) = found.paper {
                head.source.get_or_insert(paper);
            }
            return Some(Step::Drop);
        }
        if furniture::is_update_line(line) {
            if let Some(day) = dates::find(line) {
                self.head.updated.get_or_insert(day.iso);
            }
            return Some(Step::Drop);
        }
        // A section's name between the headline and the lead (captions
        // and subtitles may come first), also with its country
        // (`أخبار لبنان`).
        if !self.lead_seen && text_lines::is_section(self.matcher, line) {
            return Some(Step::Drop);
        }
        // The post's categories after its date.
        if !self.sentence_seen
            && let Some(date) = super::super::text_sections::dated_categories(line)
        {
            head.published.get_or_insert(date);
            return Some(Step::Drop);
        }
        // The section's or the outlet's name run into the date.
        let (date, source) = text_lines::named_date(self.matcher, line)?;
        head.published.get_or_insert(date);
        if let Some(name) = source {
            head.source.get_or_insert(name);
        }
        Some(Step::Drop)
    }
}

/// Whether a line says a sentence, which no label or meta bullet does:
/// it is longer than a heading, or it ends a sentence after more words
/// than a name and a date take (`• د. سامر عادل.` is still a label).
fn says_a_sentence(rules: &Rules, line: &str) -> bool {
    let words = line.split_whitespace().count();
    words > rules.heading_max_words || (words > 6 && line.ends_with(['.', '!', '?', '؟']))
}
