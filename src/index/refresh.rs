//! Bringing the index up to date with the library: every file is looked
//! at (`stat`), and only the files that are new or changed since the index
//! was written are read again, on all cores.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::format::{self, Content, Entry, Index, Meta};
use super::in_order::{InOrder, Recorded};
use super::kept::{Kept, Known, Listed, Refreshed, Slot};
use super::stamps::{Stamp, Stamps};
use super::store::StoreWriter;
use crate::article::{Article, LoadProblem, scan};

/// How a refresh went.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Files taken from the index as they were.
    pub kept: usize,
    /// Files read: new, changed, or not in the index.
    pub read: usize,
    /// Files in the index that are gone from the library.
    pub removed: usize,
    /// Files read whose entry is not the one the index had.
    pub differ: usize,
    /// Files read again only because they were modified as the index's
    /// scan began, found as the index had them and now older than this
    /// scan: an index written with its time would not read them again.
    pub settled: usize,
}

impl Changes {
    /// Whether the list differs from the index's.
    pub fn any(&self) -> bool {
        self.differ > 0 || self.removed > 0
    }

    /// Whether the index must be written again: its list changed, or it
    /// would otherwise have every later run read the settled files again
    /// (and decode the whole index to do so).
    pub fn to_write(&self) -> bool {
        self.any() || self.settled > 0
    }
}

/// Files read so far, for a progress line: called from the reading threads.
pub type Progress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// The index of `files` (in this order), reusing the entries of `old`
/// whose file has the size and modification time it had then, and was not
/// modified after `old`'s scan began (it may have changed again within the
/// same tick of its timestamp).
pub fn refresh(
    library: &Path,
    files: &[PathBuf],
    old: Option<Index>,
    progress: Progress,
) -> (Index, Changes) {
    refresh_with(library, files, old, progress, None)
}

/// [`refresh`], the articles of each file read going to `store` too,
/// folded for search.
pub fn refresh_with(
    library: &Path,
    files: &[PathBuf],
    old: Option<Index>,
    progress: Progress,
    store: Option<&StoreWriter>,
) -> (Index, Changes) {
    refresh_stamped(library, files, &Stamps::of(files), old, progress, store)
}

/// [`refresh_with`], with the stamps of `files` taken already.
pub fn refresh_stamped(
    library: &Path,
    files: &[PathBuf],
    stamps: &Stamps,
    old: Option<Index>,
    progress: Progress,
    store: Option<&StoreWriter>,
) -> (Index, Changes) {
    // An index in memory is kept as bytes as the one of a file is.
    let bytes = old.as_ref().map(format::encode);
    let payload = bytes.as_deref().map(format::open);
    let known = match &payload {
        Some(Ok(payload)) => Known::read(payload).ok(),
        _ => None,
    };
    let (refreshed, changes) = refresh_known(library, files, stamps, known, progress, store);
    (refreshed.into_index(), changes)
}

/// [`refresh_stamped`] from the index as last written, its entries kept
/// as bytes: only the files read again are decoded entries.
pub fn refresh_known<'a>(
    library: &Path,
    files: &[PathBuf],
    stamps: &Stamps,
    old: Option<Known<'a>>,
    progress: Progress,
    store: Option<&StoreWriter>,
) -> (Refreshed<'a>, Changes) {
    let scanned = stamps.scanned;
    let stamps = &stamps.each;
    let old_scan = old.as_ref().map(|o| o.scanned);
    let mut known = InOrder::new(old.map(|o| o.entries).unwrap_or_default());
    let mut changes = Changes::default();
    // One vector, filled in place: a second would hold a hundred thousand
    // entries again.
    let mut slots: Vec<Slot> = Vec::with_capacity(files.len());
    let mut to_read = Vec::new();
    let mut replaced = HashMap::new();
    for (i, (path, stamp)) in files.iter().zip(stamps).enumerate() {
        let old = known.take(path).map(|(_, entry)| entry);
        let fresh = |e: &Kept| {
            stamp.is_some_and(|(size, mtime)| {
                e.size() == size && e.mtime() == mtime && old_scan.is_some_and(|s| mtime < s)
            })
        };
        match old {
            Some(entry) if fresh(&entry) => {
                changes.kept += 1;
                slots.push(Slot::Kept(entry));
            }
            old => {
                if let Some(entry) = old {
                    replaced.insert(i, entry);
                }
                to_read.push(i);
                slots.push(unread(&files[i], stamp));
            }
        }
    }
    changes.removed = known.left();
    changes.read = to_read.len();
    for (i, entry) in read_files(files, stamps, &to_read, progress, store) {
        // The same entry has the same stamp: it was read for its time alone.
        let same = replaced
            .get(&i)
            .is_some_and(|k| k.bytes == format::entry_bytes(&entry));
        if !same {
            changes.differ += 1;
        } else if entry.mtime < scanned {
            changes.settled += 1;
        }
        slots[i] = Slot::Read(Box::new(entry));
    }
    let refreshed = Refreshed {
        library: library.to_path_buf(),
        scanned,
        slots,
    };
    (refreshed, changes)
}

/// What stands for a file to read until it is read: a problem, which only
/// a reading thread that failed on a bug would leave.
fn unread(path: &Path, stamp: &Option<Stamp>) -> Slot<'static> {
    let (size, mtime) = stamp.unwrap_or((0, (0, 0)));
    Slot::Read(Box::new(Entry {
        path: path.to_path_buf(),
        size,
        mtime,
        content: Content::Problem {
            line: None,
            column: None,
            message: "cannot read: reading it failed".into(),
        },
    }))
}

impl Recorded for Entry {
    fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads the files at positions `which`, on all cores; returns their entries.
fn read_files(
    files: &[PathBuf],
    stamps: &[Option<(u64, (i64, u32))>],
    which: &[usize],
    progress: Progress,
    store: Option<&StoreWriter>,
) -> Vec<(usize, Entry)> {
    let threads = crate::cores();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&i) = which.get(k) else { break };
            let (size, mtime) = stamps[i].unwrap_or((0, (0, 0)));
            let loaded = scan::load_file(&files[i]);
            if let (Some(store), Ok(articles)) = (store, &loaded) {
                store.add(&files[i], articles);
            }
            let content = content(loaded);
            mine.push((
                i,
                Entry {
                    path: files[i].clone(),
                    size,
                    mtime,
                    content,
                },
            ));
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, which.len());
        }
        mine
    };
    if threads < 2 || which.len() < 32 {
        return work();
    }
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads).map(|_| s.spawn(work)).collect();
        workers
            .into_iter()
            .filter_map(|w| w.join().ok())
            .flatten()
            .collect()
    })
}

fn content(loaded: Result<Vec<Article>, LoadProblem>) -> Content {
    match loaded {
        Ok(articles) => Content::Articles(articles.iter().map(meta).collect()),
        Err(p) => Content::Problem {
            line: p.line,
            column: p.column,
            message: p.message,
        },
    }
}

fn meta(a: &Article) -> Meta {
    Meta {
        id: a.id.clone(),
        title: a.title.clone(),
        author: a.author.clone(),
        source: a.source.clone(),
        url: a.url.clone(),
        published: a.published.clone(),
        lang: a.lang.clone(),
        dir: a.dir,
        tags: a.tags.clone(),
        minutes: a.reading_minutes,
    }
}

/// The articles and problems of `index`, in file order, as the library's
/// loader gives them; the articles carry no body (it is read on opening).
/// The index is taken apart: its strings move into the articles.
pub fn library_parts(index: Index) -> (Vec<Article>, Vec<LoadProblem>) {
    let mut articles = Vec::with_capacity(index.entries.len());
    let mut problems = Vec::new();
    for e in index.entries {
        super::listing::push_entry(e, &mut articles, &mut problems);
    }
    (articles, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file gone between the walk and its `stat` (or its reading) is a
    /// problem of its own, said with its path, and the others are indexed.
    #[test]
    fn a_file_gone_after_the_walk_is_told_and_the_rest_indexed() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let files: Vec<PathBuf> = ["a.json", "b.json", "c.json"]
            .iter()
            .map(|n| dir.path().join(n))
            .collect();
        for f in &files {
            std::fs::write(f, r#"{"title": "عنوان", "body": "نص."}"#).expect("article");
        }
        let stamps = Stamps::of(&files);
        std::fs::remove_file(&files[1]).expect("removed");
        let gone = Stamps::of(&files);
        assert_eq!(gone.each[1], None);
        for stamps in [stamps, gone] {
            let (index, changes) =
                refresh_stamped(dir.path(), &files, &stamps, None, &|_, _| {}, None);
            assert_eq!(changes.read, 3);
            let (articles, problems) = library_parts(index);
            assert_eq!(articles.len(), 2);
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, files[1]);
            assert!(problems[0].message.contains("cannot read"), "{problems:?}");
        }
    }
}
