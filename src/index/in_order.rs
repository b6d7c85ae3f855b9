//! Matching the files of a walk with what was recorded of them before. A
//! walk gives a library's files in path order (names sorted in each
//! folder, a folder's files where its name falls), and the index and the
//! search store keep them in that order: the two lists are merged, each
//! path compared with the next one recorded, never hashed.
//!
//! A record out of path order (which no walk writes) is passed over and
//! its file read again, as a file the index does not know: never a wrong
//! entry, and the index written after is in order again.

use std::path::Path;

/// What is recorded of a file, under its path.
pub(crate) trait Recorded {
    fn path(&self) -> &Path;
}

/// Records in path order, looked up by the paths of a walk, in its order.
pub(crate) struct InOrder<T> {
    items: Vec<Option<T>>,
    next: usize,
}

impl<T: Recorded> InOrder<T> {
    pub fn new(items: Vec<T>) -> InOrder<T> {
        InOrder {
            items: items.into_iter().map(Some).collect(),
            next: 0,
        }
    }

    /// The record of `path` and its place, taken out; `None` when it has
    /// none. The records before `path` in path order are passed over for
    /// good: the walk has gone past them (their files are gone).
    pub fn take(&mut self, path: &Path) -> Option<(usize, T)> {
        let at = self.seek(path)?;
        self.items[at].take().map(|item| (at, item))
    }

    /// The record of `path`, left in place; records before it are passed
    /// over as by [`InOrder::take`].
    pub fn get(&mut self, path: &Path) -> Option<&T> {
        let at = self.seek(path)?;
        self.items[at].as_ref()
    }

    fn seek(&mut self, path: &Path) -> Option<usize> {
        while let Some(slot) = self.items.get(self.next) {
            let Some(item) = slot else {
                self.next += 1;
                continue;
            };
            if item.path() == path {
                self.next += 1;
                return Some(self.next - 1);
            }
            if item.path() > path {
                // A file the records do not hold: the next path may be theirs.
                return None;
            }
            self.next += 1;
        }
        None
    }

    /// How many records were not taken.
    pub fn left(&self) -> usize {
        self.items.iter().filter(|i| i.is_some()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    impl Recorded for PathBuf {
        fn path(&self) -> &Path {
            self
        }
    }

    fn records(paths: &[&str]) -> InOrder<PathBuf> {
        InOrder::new(paths.iter().map(PathBuf::from).collect())
    }

    fn taken(r: &mut InOrder<PathBuf>, path: &str) -> Option<usize> {
        r.take(Path::new(path)).map(|(at, p)| {
            assert_eq!(p, Path::new(path));
            at
        })
    }

    #[test]
    fn new_and_gone_files_are_told_apart_while_merging() {
        // The walk order: names sorted in a folder, a folder where its name
        // falls (`a/z` before `a.json`, as path order has it).
        let mut r = records(&["lib/a/x", "lib/a/z", "lib/a.json", "lib/b/1", "lib/c"]);
        assert_eq!(taken(&mut r, "lib/a/x"), Some(0));
        assert_eq!(taken(&mut r, "lib/a/y"), None, "new");
        assert_eq!(taken(&mut r, "lib/a.json"), Some(2), "a/z is gone");
        assert_eq!(taken(&mut r, "lib/b/0"), None, "new before b/1");
        assert_eq!(taken(&mut r, "lib/b/1"), Some(3));
        assert_eq!(taken(&mut r, "lib/d"), None, "new after the last");
        assert_eq!(taken(&mut r, "lib/c"), None, "passed over for good");
        assert_eq!(r.left(), 2, "a/z and c");
    }

    #[test]
    fn records_out_of_order_are_missed_never_mismatched() {
        let mut r = records(&["lib/b", "lib/a", "lib/c"]);
        assert_eq!(taken(&mut r, "lib/a"), None, "b is recorded first");
        assert_eq!(taken(&mut r, "lib/b"), Some(0));
        assert_eq!(taken(&mut r, "lib/c"), Some(2));
        assert_eq!(r.left(), 1);
    }

    #[test]
    fn a_record_looked_at_is_left_in_place() {
        let mut r = records(&["lib/a", "lib/b"]);
        assert_eq!(r.get(Path::new("lib/b")), Some(&PathBuf::from("lib/b")));
        assert_eq!(r.left(), 2);
    }
}
