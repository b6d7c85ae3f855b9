//! Laid-out articles, kept per article, width and options, so a keypress
//! redraws without laying out again, and going back to an article is instant.

pub use crate::document::{Doc, DocLine, LineKind, Part, QUOTE_INDENT};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::interrupt::Interrupt;

use crate::layout::LayoutOptions;
use crate::search::FoldedTexts;

/// What a laid-out article depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheKey {
    pub article: usize,
    pub width: usize,
    pub opts: LayoutOptions,
}

/// The most recently drawn articles, newest first. Laid out when first
/// asked for, by whoever asks (`update` for a page's length, drawing for
/// the lines): nothing has to be laid out ahead.
///
/// Bounded by the bytes the laid-out lines take, not only by a count: a
/// layout of a 60 MB article takes several hundred megabytes, and six of
/// them (one per display toggle or width) took gigabytes.
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: RefCell<Vec<Entry>>,
    /// The texts of the last article searched, folded for finding: built
    /// on its first search, kept for the next ones (about half the
    /// article's size; see `folded_bytes`).
    folded: RefCell<Option<(usize, Rc<FoldedTexts>)>>,
    /// Asked between chunks of a long layout or search whether the user
    /// pressed a key that stops it.
    interrupt: RefCell<Interrupt>,
    /// The work the user stopped, until `update` takes it: nothing else is
    /// built meanwhile, so the stopped work does not start again at once.
    stopped: Cell<Option<Stopped>>,
}

/// Long work the user stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    Layout,
    Search,
}

#[derive(Debug)]
struct Entry {
    key: CacheKey,
    doc: Rc<Doc>,
    bytes: usize,
}

/// Enough for flipping between neighbouring articles and a resize back.
const CAPACITY: usize = 6;

/// The bytes of laid-out lines kept. The newest layout is kept whatever its
/// size; older ones go first, and before a new layout is built when they
/// already take half of this, so two large layouts are not held at once.
pub const BUDGET: usize = 192 << 20;

impl LayoutCache {
    /// The laid-out article, laying it out only when it is not cached.
    /// `build` is given the question to ask between chunks of work; `None`
    /// when the user stopped it (or stopped other work not yet dealt with).
    pub fn get_or_build(
        &self,
        key: CacheKey,
        build: impl FnOnce(&dyn Fn() -> bool) -> Option<Doc>,
    ) -> Option<Rc<Doc>> {
        let mut entries = self.entries.borrow_mut();
        if let Some(found) = entries.iter().position(|e| e.key == key) {
            let entry = entries.remove(found);
            entries.insert(0, entry);
            return Some(Rc::clone(&entries[0].doc));
        }
        if self.stopped.get().is_some() {
            return None;
        }
        let held = |entries: &[Entry]| entries.iter().map(|e| e.bytes).sum::<usize>();
        while entries.len() >= CAPACITY || (!entries.is_empty() && held(&entries) > BUDGET / 2) {
            entries.pop();
        }
        let doc = build(&|| self.should_stop(Stopped::Layout))?;
        let bytes = doc_bytes(&doc);
        entries.insert(
            0,
            Entry {
                key,
                doc: Rc::new(doc),
                bytes,
            },
        );
        while entries.len() > 1 && held(&entries) > BUDGET {
            entries.pop();
        }
        Some(Rc::clone(&entries[0].doc))
    }

    /// Watches for keys that stop long work through `interrupt`.
    pub fn watch(&self, interrupt: Interrupt) {
        *self.interrupt.borrow_mut() = interrupt;
    }

    /// Asked by long work between chunks: whether the user stopped it (or
    /// stopped other work not yet dealt with). Remembers what was stopped.
    pub fn should_stop(&self, what: Stopped) -> bool {
        if self.stopped.get().is_some() {
            return true;
        }
        let stop = self.interrupt.borrow().requested();
        if stop {
            self.stopped.set(Some(what));
        }
        stop
    }

    /// The work the user stopped since the last call, if any.
    pub fn take_stopped(&self) -> Option<Stopped> {
        self.stopped.take()
    }

    /// Article `article`'s texts folded for finding, folding them only
    /// when they are not kept. One article's are kept at a time.
    /// `None` when the user stopped the folding (see `get_or_build`).
    pub fn folded(
        &self,
        article: usize,
        build: impl FnOnce(&dyn Fn() -> bool) -> Option<FoldedTexts>,
    ) -> Option<Rc<FoldedTexts>> {
        let mut kept = self.folded.borrow_mut();
        if let Some((index, folded)) = kept.as_ref()
            && *index == article
        {
            return Some(Rc::clone(folded));
        }
        if self.stopped.get().is_some() {
            return None;
        }
        // The old one goes before the new one is built.
        *kept = None;
        let folded = Rc::new(build(&|| self.should_stop(Stopped::Search))?);
        *kept = Some((article, Rc::clone(&folded)));
        Some(folded)
    }

    /// The bytes the folded texts kept take.
    pub fn folded_bytes(&self) -> usize {
        self.folded.borrow().as_ref().map_or(0, |(_, f)| f.bytes())
    }

    /// Drops what is kept of article `article`: its text changed.
    pub fn forget(&self, article: usize) {
        self.entries
            .borrow_mut()
            .retain(|e| e.key.article != article);
        let mut folded = self.folded.borrow_mut();
        if folded.as_ref().is_some_and(|(index, _)| *index == article) {
            *folded = None;
        }
    }

    /// Drops the kept layouts (the folded texts stay).
    pub fn clear(&self) {
        self.entries.borrow_mut().clear();
    }

    /// The bytes the kept layouts take (see `doc_bytes`).
    pub fn bytes(&self) -> usize {
        self.entries.borrow().iter().map(|e| e.bytes).sum()
    }
}

/// The heap and inline bytes a laid-out article takes: its lines, their
/// visual text and their cell maps.
pub fn doc_bytes(doc: &Doc) -> usize {
    doc.bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::VisualLine;

    fn doc(lines: usize, chars: usize) -> Doc {
        let line = DocLine {
            part: Part::Block(0),
            kind: LineKind::Paragraph,
            indent: 0,
            right: true,
            line: VisualLine {
                text: "ب".repeat(chars),
                width: chars,
                cells: vec![0; chars],
                source: 0..chars,
                rtl: true,
            },
        };
        Doc::from_lines(std::iter::repeat_n(line, lines))
    }

    fn key(article: usize, width: usize) -> CacheKey {
        CacheKey {
            article,
            width,
            opts: LayoutOptions::default(),
        }
    }

    #[test]
    fn small_layouts_are_kept_up_to_the_count() {
        let cache = LayoutCache::default();
        for width in 0..CAPACITY {
            cache.get_or_build(key(0, width), |_| Some(doc(10, 10)));
        }
        let mut built = false;
        cache.get_or_build(key(0, 0), |_| {
            built = true;
            Some(doc(10, 10))
        });
        assert!(!built, "the first is still kept");
    }

    #[test]
    fn a_stopped_layout_is_not_kept_and_nothing_is_built_until_it_is_dealt_with() {
        let cache = LayoutCache::default();
        cache.watch(Interrupt::new(|| true));
        let asked = |stop: &dyn Fn() -> bool| (!stop()).then(|| doc(1, 1));
        assert!(cache.get_or_build(key(0, 1), asked).is_none());
        let mut built = false;
        let other = cache.get_or_build(key(0, 2), |_| {
            built = true;
            Some(doc(1, 1))
        });
        assert!(
            other.is_none() && !built,
            "the stopped work does not start again"
        );
        assert_eq!(cache.take_stopped(), Some(Stopped::Layout));
        cache.watch(Interrupt::default());
        assert!(cache.get_or_build(key(0, 1), asked).is_some());
        assert_eq!(cache.bytes(), doc_bytes(&doc(1, 1)));
        assert_eq!(cache.take_stopped(), None);
    }

    /// Layouts of a large article: never more than the budget held, and
    /// never two large ones at once.
    #[test]
    fn large_layouts_are_bounded_by_bytes() {
        let cache = LayoutCache::default();
        let per_line = doc_bytes(&doc(1, 4000));
        let big = || doc(BUDGET / 3 / per_line, 4000);
        let one = doc_bytes(&big());
        assert!(one > BUDGET / 4 && one < BUDGET / 2, "{one}");
        for width in 0..20 {
            cache.get_or_build(key(0, width % 7), |_| Some(big()));
            assert!(cache.bytes() <= BUDGET, "{} after {width}", cache.bytes());
        }
        let huge = || doc(BUDGET / per_line + 1, 4000);
        for width in 0..3 {
            cache.get_or_build(key(1, width), |_| Some(huge()));
            assert_eq!(cache.bytes(), doc_bytes(&huge()), "only the newest kept");
        }
    }
}
