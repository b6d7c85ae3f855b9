//! Laid-out articles, kept per article, width and options, so a keypress
//! redraws without laying out again, and going back to an article is instant.

pub use crate::document::{Doc, DocLine, LineKind, Part, QUOTE_INDENT};
use crate::layout::LayoutOptions;

/// What a laid-out article depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CacheKey {
    pub article: usize,
    pub width: usize,
    pub opts: LayoutOptions,
}

/// The few most recently drawn articles, newest first.
#[derive(Debug, Default)]
pub struct LayoutCache {
    entries: Vec<(CacheKey, Doc)>,
}

/// Enough for flipping between neighbouring articles and a resize back.
const CAPACITY: usize = 6;

impl LayoutCache {
    pub fn get(&self, key: &CacheKey) -> Option<&Doc> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, d)| d)
    }

    /// The laid-out article, laying it out only when it is not cached.
    pub fn ensure(&mut self, key: CacheKey, build: impl FnOnce() -> Doc) -> &Doc {
        match self.entries.iter().position(|(k, _)| *k == key) {
            Some(found) => {
                let entry = self.entries.remove(found);
                self.entries.insert(0, entry);
            }
            None => {
                self.entries.insert(0, (key, build()));
                self.entries.truncate(CAPACITY);
            }
        }
        &self.entries[0].1
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}
