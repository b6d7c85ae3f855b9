//! The library index: what `qari list` shows of every article, kept in the
//! cache folder (`$XDG_CACHE_HOME/qari`, else `~/.cache/qari`), one file per
//! library folder, so that a list of a hundred thousand articles does not
//! read 700 MB of files.
//!
//! Each file of the library is looked at on every use; one whose size or
//! modification time changed is read again alone. An index that is missing,
//! damaged (see `format`) or of another library is rebuilt. Two qaris share
//! it: it is replaced by rename (a reader sees the old or the new file), and
//! only the holder of its lock writes it; the other uses what it read.

mod article_ref;
pub mod background;
mod bytes;
mod format;
mod in_order;
mod kept;
mod listing;
mod look;
mod refresh;
mod stamps;
pub mod store;
mod warm;

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use memmap2::{Mmap, MmapOptions};

pub use article_ref::{ArticleRef, Tags};
pub use format::{Content, DecodeError, Entry, Index, Meta, Payload, decode, encode, open};
pub use kept::{Kept, Known, Listed, Refreshed, Slot};
pub use listing::listed;
pub use look::{Looked, look};
pub use refresh::{
    Changes, Progress, library_parts, refresh, refresh_known, refresh_stamped, refresh_with,
};
pub use stamps::{Stamp, Stamps, stamp};

use crate::article::scan::LibraryLinks;
use crate::article::{Article, Library};
use crate::safe_fs::{self, Existing, ReadError};
use crate::state::{LockAttempt, try_lock};
use store::{SearchStore, StoreWriter, Written};

/// An index larger than this is not read (a library of a hundred thousand
/// articles makes one of some 30 MB).
const MAX_INDEX_BYTES: u64 = 1 << 30;

/// The cache folder: `$XDG_CACHE_HOME/qari`, else `~/.cache/qari`.
pub fn cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "qari").map(|d| d.cache_dir().to_path_buf())
}

/// The index file of the library folder `library` in `cache`: named by a
/// hash of the folder's real path, which the index also holds.
pub fn index_path(cache: &Path, library: &Path) -> PathBuf {
    let real = real_path(library);
    // FNV-1a: stable from one build of qari to the next.
    let hash = real
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    cache.join(format!("library-{hash:016x}.index"))
}

/// Maps a cache file of qari's (the index, the search store's table and
/// data file), its pages read in at once when `populate`.
pub(crate) fn map_cache_file(file: &std::fs::File, populate: bool) -> std::io::Result<Mmap> {
    let mut options = MmapOptions::new();
    if populate {
        options.populate();
    }
    // SAFETY: qari never writes into a cache file in place: the index and
    // the search store's table are replaced by rename and the store's data
    // file only appended to (or replaced by rename), so the mapped bytes do not change under
    // the map. A file cut short by another program would fault on access:
    // the callers check its length against what it says of itself first.
    // Mapped, the file's pages are the page cache's: none is copied.
    unsafe { options.map(file) }
}

/// The index read before a refresh, or why there is none to use: a note
/// for the user when it was unusable or its cache folder is not private.
pub(crate) fn previous<T>(found: Result<Found<T>, String>) -> (Option<T>, Option<String>) {
    match found {
        Ok(Found::Index(index)) => (Some(index), None),
        Ok(Found::Missing) => (None, None),
        Ok(Found::Bad(reason)) => (
            None,
            Some(format!("the library index was rebuilt: {reason}")),
        ),
        Err(reason) => (
            None,
            Some(format!("the library index is not used: {reason}")),
        ),
    }
}

/// What reading the index file found.
#[derive(Debug)]
pub enum Found<T = Index> {
    Index(T),
    Missing,
    /// Unusable, with why; it is rebuilt.
    Bad(String),
}

/// Reads the index at `path`, made for the library folder `library`.
pub fn read(path: &Path, library: &Path) -> Found {
    read_with(path, library, &mut Vec::new(), format::decode_payload)
}

/// Reads the index at `path`, made for the library folder `library`, into
/// `bytes`, its entries as `take` reads them.
fn read_with<'b, T>(
    path: &Path,
    library: &Path,
    bytes: &'b mut Vec<u8>,
    take: impl FnOnce(format::Payload<'b>) -> Result<T, DecodeError>,
) -> Found<T> {
    match safe_fs::read_limited(path, MAX_INDEX_BYTES, bytes) {
        Ok(()) => {}
        Err(ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => return Found::Missing,
        Err(e) => return Found::Bad(e.to_string()),
    }
    let bytes: &'b [u8] = bytes;
    found_from(format::open(bytes), library, take)
}

/// What the index `payload` (checked, or why not), made for the library
/// folder `library`, is, its entries as `take` reads them.
fn found_from<'b, T>(
    payload: Result<format::Payload<'b>, DecodeError>,
    library: &Path,
    take: impl FnOnce(format::Payload<'b>) -> Result<T, DecodeError>,
) -> Found<T> {
    let payload = match payload {
        Ok(payload) => payload,
        Err(e) => return Found::Bad(e.to_string()),
    };
    if payload.library != real_path(library) {
        return Found::Bad(format!(
            "made for another folder ({})",
            crate::article::sanitize::inline(&payload.library.to_string_lossy())
        ));
    }
    match take(payload) {
        Ok(index) => Found::Index(index),
        Err(e) => Found::Bad(e.to_string()),
    }
}

fn real_path(library: &Path) -> PathBuf {
    library
        .canonicalize()
        .unwrap_or_else(|_| library.to_path_buf())
}

/// Writes `index` at `path` if no other qari is writing it: a temporary
/// beside it, renamed over it. A cache is not synced: a file damaged by a
/// power loss fails its checksum and is rebuilt. Returns whether it wrote.
pub fn write(path: &Path, index: &Index) -> std::io::Result<bool> {
    write_by(path, |out| out.write_all(&encode(index)))
}

/// [`write`], the index written to the temporary by `fill` once the lock
/// is held.
fn write_by(
    path: &Path,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> std::io::Result<bool> {
    if let Some(dir) = path.parent() {
        create_private_dir(dir)?;
    }
    let lock = match try_lock(path)? {
        LockAttempt::Acquired(lock) => lock,
        LockAttempt::Busy => return Ok(false),
    };
    safe_fs::write_file_unsynced_by(path, |file| fill(file), Existing::Replace)?;
    drop(lock);
    Ok(true)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Where a library's index is, when it can be used: the cache folder must
/// be private (anyone who can write it could plant an index).
pub fn usable_path(library: &Path) -> Result<PathBuf, String> {
    let cache = cache_dir().ok_or("no home folder for the cache")?;
    if let Some(reason) = safe_fs::folder_not_private(&cache) {
        return Err(reason);
    }
    Ok(index_path(&cache, library))
}

/// The library folder's articles (without bodies) and problems from its
/// index, brought up to date first and saved when anything changed. What
/// goes wrong with the index itself is returned as a note: the list is
/// then made by reading the files, as without an index.
pub fn load_library(
    library: &Path,
    links: LibraryLinks,
    progress: Progress,
) -> (Library, Changes, Option<String>) {
    look::look(library, links).load(progress)
}

/// The search store of `library` opened for writing, started anew when
/// `fresh`, its table as `known` when that is still its file; `None` when another qari is writing it or it cannot be kept.
fn open_store(library: &Path, fresh: bool, known: Option<Written>) -> Option<StoreWriter> {
    let paths = store::Paths::beside(&usable_path(library).ok()?);
    create_private_dir(paths.data.parent()?).ok()?;
    StoreWriter::open_knowing(&paths, fresh, known)
        .ok()
        .flatten()
}

/// Where the search store of the library folder `library` is.
pub fn search_store_paths(library: &Path) -> Result<store::Paths, String> {
    Ok(store::Paths::beside(&usable_path(library)?))
}

/// The search store of the library folder `library`, for `articles` as
/// `load_library` gave them; why not, when it cannot be used.
pub fn search_store(library: &Path, articles: &[Article]) -> Result<SearchStore, String> {
    SearchStore::open(&search_store_paths(library)?, articles)
}

/// [`search_store`] for one search (`qari list --find`): see
/// [`store::StoreFiles::open_for_one_search`].
pub fn search_store_for_one_search(
    library: &Path,
    articles: &[Article],
) -> Result<SearchStore, String> {
    let files = store::StoreFiles::open_for_one_search(&search_store_paths(library)?)?;
    SearchStore::new(files, articles)
}

/// How old the index at `path` is, from its modification time.
pub fn age(path: &Path) -> Option<std::time::Duration> {
    let modified = std::fs::metadata(path).ok()?.modified().ok()?;
    SystemTime::now().duration_since(modified).ok()
}

/// Files of the library the index does not describe as they are now:
/// new or changed, and gone.
pub fn stale(index: &Index, files: &[PathBuf]) -> (usize, usize) {
    let known: std::collections::HashMap<&Path, &Entry> = index
        .entries
        .iter()
        .map(|e| (e.path.as_path(), e))
        .collect();
    let mut changed = 0;
    let mut seen = 0;
    for f in files {
        match known.get(f.as_path()) {
            Some(e) => {
                seen += 1;
                if stamp(f) != Some((e.size, e.mtime)) {
                    changed += 1;
                }
            }
            None => changed += 1,
        }
    }
    (changed, index.entries.len() - seen)
}
