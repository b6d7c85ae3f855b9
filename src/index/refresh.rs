//! Bringing the index up to date with the library: every file is looked
//! at (`stat`), and only the files that are new or changed since the index
//! was written are read again, on all cores.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use super::format::{Content, Entry, Index, Meta};
use crate::article::{Article, LoadProblem, scan};

/// A file's size and modification time; `None` when it cannot be looked at.
pub fn stamp(path: &Path) -> Option<(u64, (i64, u32))> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), seconds(meta.modified().ok()?)))
}

/// Seconds and nanoseconds since the epoch (negative before 1970).
pub fn seconds(at: SystemTime) -> (i64, u32) {
    match at.duration_since(UNIX_EPOCH) {
        Ok(d) => (
            i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            d.subsec_nanos(),
        ),
        Err(e) => {
            let d = e.duration();
            let secs = -i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
            match d.subsec_nanos() {
                0 => (secs, 0),
                n => (secs - 1, 1_000_000_000 - n),
            }
        }
    }
}

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
}

impl Changes {
    /// Whether the index must be written again.
    pub fn any(&self) -> bool {
        self.differ > 0 || self.removed > 0
    }
}

/// A file modified less than this before a scan began is read again at
/// the next: file systems stamp times coarsely, so a change made just
/// after the scan began may carry a time from before it.
const RACY: i64 = 2;

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
    let now = seconds(SystemTime::now());
    let scanned = (now.0.saturating_sub(RACY), now.1);
    let (old_scan, mut known): (_, HashMap<PathBuf, Entry>) = match old {
        Some(old) => (
            Some(old.scanned),
            old.entries
                .into_iter()
                .map(|e| (e.path.clone(), e))
                .collect(),
        ),
        None => (None, HashMap::new()),
    };
    let stamps = stamps(files);
    let mut changes = Changes::default();
    let mut slots: Vec<Option<Entry>> = Vec::with_capacity(files.len());
    let mut to_read = Vec::new();
    let mut replaced = HashMap::new();
    for (i, (path, stamp)) in files.iter().zip(&stamps).enumerate() {
        let old = known.remove(path);
        let fresh = |e: &Entry| {
            stamp.is_some_and(|(size, mtime)| {
                e.size == size && e.mtime == mtime && old_scan.is_some_and(|s| mtime < s)
            })
        };
        match old {
            Some(entry) if fresh(&entry) => {
                changes.kept += 1;
                slots.push(Some(entry));
            }
            old => {
                if let Some(entry) = old {
                    replaced.insert(i, entry);
                }
                to_read.push(i);
                slots.push(None);
            }
        }
    }
    changes.removed = known.len();
    changes.read = to_read.len();
    for (i, entry) in read_files(files, &stamps, &to_read, progress) {
        if replaced.get(&i) != Some(&entry) {
            changes.differ += 1;
        }
        slots[i] = Some(entry);
    }
    let entries = slots.into_iter().flatten().collect();
    let index = Index {
        library: library.to_path_buf(),
        scanned,
        entries,
    };
    (index, changes)
}

/// The stamps of `files`, on two threads when there are many: a `stat`
/// each is most of the time of a warm refresh.
fn stamps(files: &[PathBuf]) -> Vec<Option<(u64, (i64, u32))>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    if threads < 2 || files.len() < 4096 {
        return files.iter().map(|f| stamp(f)).collect();
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(|f| stamp(f)).collect::<Vec<_>>()))
            .collect();
        // A thread only panics on a bug: its files then count as changed.
        let mut all = Vec::with_capacity(files.len());
        for (part, handle) in files.chunks(chunk).zip(parts) {
            match handle.join() {
                Ok(stamps) => all.extend(stamps),
                Err(_) => all.extend(part.iter().map(|_| None)),
            }
        }
        all
    })
}

/// Reads the files at positions `which`, on all cores; returns their entries.
fn read_files(
    files: &[PathBuf],
    stamps: &[Option<(u64, (i64, u32))>],
    which: &[usize],
    progress: Progress,
) -> Vec<(usize, Entry)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let work = || {
        let mut mine = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&i) = which.get(k) else { break };
            let (size, mtime) = stamps[i].unwrap_or((0, (0, 0)));
            let content = content(scan::load_file(&files[i]));
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
pub fn library_parts(index: &Index) -> (Vec<Article>, Vec<LoadProblem>) {
    let mut articles = Vec::with_capacity(index.entries.len());
    let mut problems = Vec::new();
    for e in &index.entries {
        match &e.content {
            Content::Articles(list) => {
                articles.extend(list.iter().map(|m| article(m, &e.path)));
            }
            Content::Problem {
                line,
                column,
                message,
            } => problems.push(LoadProblem {
                path: e.path.clone(),
                line: *line,
                column: *column,
                message: message.clone(),
            }),
        }
    }
    (articles, problems)
}

fn article(m: &Meta, path: &Path) -> Article {
    Article {
        id: m.id.clone(),
        title: m.title.clone(),
        author: m.author.clone(),
        source: m.source.clone(),
        url: m.url.clone(),
        published: m.published.clone(),
        lang: m.lang.clone(),
        dir: m.dir,
        tags: m.tags.clone(),
        reading_minutes: m.minutes,
        body: Vec::new(),
        links: Vec::new(),
        path: Some(path.to_path_buf()),
    }
}
