//! Writing the search store while the index is refreshed: the folded text
//! of each file read is appended to the data file, the table is written
//! whole afterwards (by rename), and the data file is compacted (copied
//! without its dead records, under a new generation, then renamed) when
//! more than half of it is dead. Only the holder of the store's lock
//! writes; appending never changes a byte a reader may have mapped.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use memmap2::Mmap;

use super::table::{self, Record, Table};
use super::{DATA_HEADER, FileId, Paths, SharedTable, data_header, fold_article};
use crate::article::Article;
use crate::index::Listed;
use crate::index::in_order::{InOrder, Recorded};
use crate::safe_fs::{self, Existing};
use crate::state::{LockAttempt, StateLock, try_lock};

/// Dead bytes below this are never worth a compaction.
const COMPACT_FROM: u64 = 8 << 20;

/// The store being brought up to date, with its lock held.
pub struct StoreWriter {
    paths: Paths,
    _lock: StateLock,
    generation: u64,
    /// The table as read, its records in its order (the index's); shared
    /// with its other readers, never copied whole.
    old: Arc<Table>,
    /// Whether the data file was started anew (its table is to be written).
    started: bool,
    appended: Mutex<Appender>,
}

struct Appender {
    file: File,
    end: u64,
    fresh: HashMap<PathBuf, (u64, u32, Vec<u32>)>,
    failed: Option<io::Error>,
}

impl StoreWriter {
    /// Takes the store's lock and opens it for appending; `None` when
    /// another qari holds the lock. A store that is missing, damaged or of
    /// another generation than its table starts again empty, as does any
    /// store when `fresh` (the whole library is read again).
    pub fn open(paths: &Paths, fresh: bool) -> io::Result<Option<StoreWriter>> {
        StoreWriter::open_knowing(paths, fresh, None)
    }

    /// [`StoreWriter::open`], given the table as read before the lock was
    /// taken (for a warm list): it is read again only when its file was
    /// replaced since, by another qari.
    pub fn open_knowing(
        paths: &Paths,
        fresh: bool,
        known: Option<Written>,
    ) -> io::Result<Option<StoreWriter>> {
        let lock = match try_lock(&paths.data)? {
            LockAttempt::Acquired(lock) => lock,
            LockAttempt::Busy => return Ok(None),
        };
        let known = known.filter(|w| w.1.is_some() && w.1 == FileId::of(&paths.table));
        let found = match known {
            _ if fresh => None,
            Some(Written(table, _)) => with_data(paths, table),
            None => usable(paths, &SharedTable::new(paths)),
        };
        let found_none = found.is_none();
        let (generation, old, file) = match found {
            Some((table, file)) => (table.generation, table, file),
            None => {
                let generation = new_generation();
                safe_fs::write_file_unsynced(
                    &paths.data,
                    &data_header(generation),
                    Existing::Replace,
                )?;
                let table = Arc::new(Table::default());
                (generation, table, append_to(&paths.data)?)
            }
        };
        let end = file.metadata()?.len();
        Ok(Some(StoreWriter {
            paths: paths.clone(),
            _lock: lock,
            generation,
            started: found_none,
            old,
            appended: Mutex::new(Appender {
                file,
                end,
                fresh: HashMap::new(),
                failed: None,
            }),
        }))
    }

    /// Keeps the entries of an index (in its order) whose articles the
    /// store holds as the index has them: an entry it does not hold must
    /// be read again.
    pub fn retain_held<T: Listed>(&self, entries: &mut Vec<T>) {
        let mut records = InOrder::new(self.old.records.iter().collect());
        entries.retain(|entry| match entry.articles() {
            None | Some(0) => true,
            Some(n) => records.get(entry.file()).is_some_and(|r: &&Record| {
                r.size == entry.size() && r.mtime == entry.mtime() && r.lens.len() == n
            }),
        });
    }

    /// Appends the folded text of the articles read from `path`; called
    /// from the reading threads.
    pub fn add(&self, path: &Path, articles: &[Article]) {
        if articles.is_empty() {
            return;
        }
        let mut bytes = Vec::new();
        let mut lens = Vec::with_capacity(articles.len());
        for a in articles {
            let start = bytes.len();
            bytes.extend_from_slice(fold_article(a).as_bytes());
            lens.push(u32::try_from(bytes.len() - start).unwrap_or(u32::MAX));
            bytes.push(b'\n');
        }
        let crc = crc32fast::hash(&bytes);
        let Ok(mut app) = self.appended.lock() else {
            return;
        };
        if app.failed.is_some() {
            return;
        }
        match app.file.write_all(&bytes) {
            Ok(()) => {
                let offset = app.end;
                app.end += bytes.len() as u64;
                app.fresh.insert(path.to_path_buf(), (offset, crc, lens));
            }
            Err(e) => app.failed = Some(e),
        }
    }

    /// Writes the table for `entries` (the refreshed index, in its order),
    /// compacting the data file first when most of it is dead; nothing
    /// when the table would be the same.
    pub fn finish<T: Listed>(self, entries: &[T]) -> io::Result<()> {
        let app = self
            .appended
            .into_inner()
            .map_err(|_| io::Error::other("a reading thread failed"))?;
        if let Some(e) = app.failed {
            return Err(e);
        }
        let mut fresh = app.fresh;
        let old_count = self.old.records.len();
        let mut old = InOrder::new(self.old.records.iter().collect());
        // Whether each record is the table's, at the same place.
        let mut same = !self.started;
        // Which record each file keeps, the table's by its place: the
        // records are copied only when the table is written again.
        let mut picks: Vec<Pick> = Vec::with_capacity(entries.len());
        for e in entries {
            let Some(n) = e.articles().filter(|&n| n > 0) else {
                continue;
            };
            // A warm refresh reads nothing: no path is hashed then.
            let read = (!fresh.is_empty()).then(|| fresh.remove(e.file()));
            let held = old.take(e.file());
            let (pick, count) = pick(e, read.flatten(), held, picks.len(), &mut same)?;
            if count != n {
                return Err(io::Error::other(
                    "the search store disagrees with the index",
                ));
            }
            picks.push(pick);
        }
        if same && picks.len() == old_count {
            return Ok(());
        }
        let records = picks
            .into_iter()
            .map(|pick| match pick {
                Pick::Held(k) => self.old.records.get(k).cloned(),
                Pick::Fresh(record) => Some(*record),
            })
            .collect::<Option<Vec<Record>>>()
            .ok_or_else(|| io::Error::other("the search store's table changed"))?;
        let mut table = Table {
            generation: self.generation,
            end: app.end,
            records,
        };
        let live: u64 = table.records.iter().map(Record::len).sum();
        let dead = app.end.saturating_sub(DATA_HEADER as u64 + live);
        if dead > COMPACT_FROM && dead > live {
            compact(&self.paths, &app.file, &mut table)?;
        }
        safe_fs::write_file_unsynced(&self.paths.table, &table::encode(&table), Existing::Replace)
    }
}

/// The record a file keeps when the table is written.
enum Pick {
    /// The table's, at this place.
    Held(usize),
    Fresh(Box<Record>),
}

/// The record entry `e` keeps, and how many articles it holds: the one
/// read again (`read`: its offset, checksum and lengths) when it is new or
/// differs from the table's (`held`: its place and record), else the
/// table's. `same` turns false unless the record stays the table's at the
/// place `at` it takes.
fn pick<T: Listed>(
    e: &T,
    read: Option<(u64, u32, Vec<u32>)>,
    held: Option<(usize, &Record)>,
    at: usize,
    same: &mut bool,
) -> io::Result<(Pick, usize)> {
    Ok(match (read, held) {
        // Read again and found as the store holds it: the record stays,
        // and the text appended again is dead.
        (Some((_, crc, lens)), Some((k, r)))
            if (r.size, r.mtime, r.crc) == (e.size(), e.mtime(), crc) && r.lens == lens =>
        {
            *same &= k == at;
            (Pick::Held(k), r.lens.len())
        }
        (Some((offset, crc, lens)), _) => {
            *same = false;
            let count = lens.len();
            let record = Record {
                path: e.file().to_path_buf(),
                size: e.size(),
                mtime: e.mtime(),
                offset,
                crc,
                lens,
            };
            (Pick::Fresh(Box::new(record)), count)
        }
        (None, held) => {
            let (k, r) = held.ok_or_else(|| io::Error::other("the search store misses a file"))?;
            *same &= k == at;
            (Pick::Held(k), r.lens.len())
        }
    })
}

/// The store's table as last written, when the store is sound: read
/// before the store's lock is taken, for the writer of a refresh to start
/// from (see [`StoreWriter::open_knowing`]).
pub struct Written(Arc<Table>, Option<FileId>);

impl Written {
    pub fn read(paths: &Paths) -> Option<Written> {
        Written::read_sharing(paths, &SharedTable::new(paths))
    }

    /// [`Written::read`], the table read once with the other users of
    /// `shared`.
    pub fn read_sharing(paths: &Paths, shared: &SharedTable) -> Option<Written> {
        let (table, id) = shared.get(&paths.table).ok()?;
        with_data(paths, table).map(|(table, _)| Written(table, id))
    }
}

/// The store's table file mapped, checked whole (its length and checksum)
/// and found of the data file's generation, its records not decoded: a
/// warm list compares them with the index as they are. The checks are
/// made while the library is walked, the comparison after.
pub struct MappedTable(Mmap);

impl MappedTable {
    pub fn read(paths: &Paths) -> Option<MappedTable> {
        let map = crate::index::listing::map(&paths.table)?;
        let sealed = table::open(&map).ok()?;
        data_for(paths, sealed.generation, sealed.end)?;
        Some(MappedTable(map))
    }

    /// Whether the table holds the files `held` (path, size, modification
    /// time, and how many articles: the index's entries with articles, in
    /// its order) and no other: what [`StoreWriter::finish`] leaves as it
    /// is after a refresh that reads nothing.
    pub fn holds_exactly<'a>(
        &self,
        held: impl IntoIterator<Item = (&'a str, u64, (i64, u32), usize)>,
    ) -> bool {
        // Checked whole when it was mapped, and never written in place.
        table::head(&self.0).is_some_and(|sealed| sealed.holds_exactly(held))
    }
}

/// The table and the data file opened for appending, when both are sound
/// and of one generation.
fn usable(paths: &Paths, shared: &SharedTable) -> Option<(Arc<Table>, File)> {
    with_data(paths, shared.get(&paths.table).ok()?.0)
}

/// `table` and the data file opened for appending, when both are of one
/// generation and the file holds what the table says.
fn with_data(paths: &Paths, table: Arc<Table>) -> Option<(Arc<Table>, File)> {
    let file = data_for(paths, table.generation, table.end)?;
    Some((table, file))
}

/// The data file opened for appending, when it is of `generation` and
/// holds the `end` bytes a table of it says it does.
fn data_for(paths: &Paths, generation: u64, end: u64) -> Option<File> {
    let file = append_to(&paths.data).ok()?;
    let mut header = [0; DATA_HEADER];
    file.read_exact_at(&mut header, 0).ok()?;
    let ok = header == data_header(generation) && file.metadata().ok()?.len() >= end;
    ok.then_some(file)
}

fn append_to(path: &Path) -> io::Result<File> {
    OpenOptions::new().read(true).append(true).open(path)
}

/// A number no earlier data file had, in practice.
fn new_generation() -> u64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    now ^ (u64::from(std::process::id()) << 32)
}

/// Copies the live records into a new data file of a new generation and
/// renames it over the old one; `table` is changed to point into it. One
/// record at a time goes through memory.
fn compact(paths: &Paths, from: &File, table: &mut Table) -> io::Result<()> {
    let dir = paths.data.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".search.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let mut out = io::BufWriter::with_capacity(1 << 20, tmp);
    table.generation = new_generation();
    out.write_all(&data_header(table.generation))?;
    let mut at = DATA_HEADER as u64;
    let mut buffer = Vec::new();
    for r in &mut table.records {
        buffer.resize(usize::try_from(r.len()).unwrap_or(0), 0);
        from.read_exact_at(&mut buffer, r.offset)?;
        out.write_all(&buffer)?;
        r.offset = at;
        at += r.len();
    }
    table.end = at;
    let tmp = out.into_inner().map_err(io::IntoInnerError::into_error)?;
    tmp.persist(&paths.data).map_err(|e| e.error)?;
    Ok(())
}

impl Recorded for Record {
    fn path(&self) -> &Path {
        &self.path
    }
}

impl Recorded for &Record {
    fn path(&self) -> &Path {
        &self.path
    }
}
