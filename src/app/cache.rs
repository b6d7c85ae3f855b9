//! Laid-out articles, kept per article, width and options, so a keypress
//! redraws without laying out again, and going back to an article is instant.

pub use crate::document::{Doc, DocLine, LineKind, Part, QUOTE_INDENT};
use std::cell::RefCell;
use std::rc::Rc;

use crate::layout::LayoutOptions;

/// What a laid-out article depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheKey {
    pub article: usize,
    pub width: usize,
    pub opts: LayoutOptions,
}

/// The few most recently drawn articles, newest first. Laid out when first
/// asked for, by whoever asks (`update` for a page's length, drawing for
/// the lines): nothing has to be laid out ahead.
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: RefCell<Vec<(CacheKey, Rc<Doc>)>>,
}

/// Enough for flipping between neighbouring articles and a resize back.
const CAPACITY: usize = 6;

impl LayoutCache {
    /// The laid-out article, laying it out only when it is not cached.
    pub fn get_or_build(&self, key: CacheKey, build: impl FnOnce() -> Doc) -> Rc<Doc> {
        let mut entries = self.entries.borrow_mut();
        match entries.iter().position(|(k, _)| *k == key) {
            Some(found) => {
                let entry = entries.remove(found);
                entries.insert(0, entry);
            }
            None => {
                entries.insert(0, (key, Rc::new(build())));
                entries.truncate(CAPACITY);
            }
        }
        Rc::clone(&entries[0].1)
    }

    pub fn clear(&self) {
        self.entries.borrow_mut().clear();
    }
}
