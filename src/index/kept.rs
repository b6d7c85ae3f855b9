//! An index refreshed without being decoded: the entries of the files a
//! refresh finds as the index has them stay the bytes they are in the
//! mapped index file, and are decoded only for a list, so that bringing
//! the index of a hundred thousand files up to date after a few changed
//! takes little more memory than the index file.

use std::path::{Path, PathBuf};

use super::bytes::Reader;
use super::format::{self, Content, DecodeError, Entry, Index, Part, Payload, Stamped};
use super::in_order::Recorded;
use super::listing::push_entry;
use crate::article::{Article, LoadProblem};

/// An entry as the index holds it: its bytes, checked to decode (see
/// [`Entries::next_kept`]). Its file's stamp is read from its first bytes
/// when asked for: a hundred thousand entries are kept in 16 bytes each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kept<'a> {
    pub bytes: &'a [u8],
}

impl<'a> Kept<'a> {
    /// Its file, the file's size and time, and how many articles it gave.
    pub fn stamped(&self) -> Stamped<'a> {
        let mut r = Reader::new(self.bytes);
        let mut head = || {
            let path = r.str_ref()?;
            let (size, mtime) = (r.u64()?, (r.i64()?, r.u32()?));
            let articles = match r.u8()? {
                0 => Some(usize::try_from(r.u64()?).ok()?),
                _ => None,
            };
            Some(Stamped {
                path,
                size,
                mtime,
                articles,
            })
        };
        // Checked when it was kept, it always has its head.
        head().unwrap_or(Stamped {
            path: "",
            size: 0,
            mtime: (0, 0),
            articles: None,
        })
    }

    /// The entry decoded; `None` only for bytes not checked as
    /// [`Entries::next_kept`] checks them.
    pub fn entry(&self) -> Option<Entry> {
        let mut r = Reader::new(self.bytes);
        format::read_entry(&mut r).filter(|_| r.is_done())
    }
}

/// What a refresh and the search store need of an index entry: its file,
/// the file's size and modification time, and how many articles it gave
/// (`None` when it did not load).
pub trait Listed {
    fn file(&self) -> &Path;
    fn size(&self) -> u64;
    fn mtime(&self) -> (i64, u32);
    fn articles(&self) -> Option<usize>;
}

impl Listed for Entry {
    fn file(&self) -> &Path {
        &self.path
    }
    fn size(&self) -> u64 {
        self.size
    }
    fn mtime(&self) -> (i64, u32) {
        self.mtime
    }
    fn articles(&self) -> Option<usize> {
        match &self.content {
            Content::Articles(list) => Some(list.len()),
            Content::Problem { .. } => None,
        }
    }
}

impl Listed for Kept<'_> {
    fn file(&self) -> &Path {
        Path::new(self.stamped().path)
    }
    fn size(&self) -> u64 {
        self.stamped().size
    }
    fn mtime(&self) -> (i64, u32) {
        self.stamped().mtime
    }
    fn articles(&self) -> Option<usize> {
        self.stamped().articles
    }
}

impl Recorded for Kept<'_> {
    fn path(&self) -> &Path {
        self.file()
    }
}

/// The index as last written, as a refresh starts from it: each entry's
/// file and stamp read, the rest left as bytes.
#[derive(Debug, Clone)]
pub struct Known<'a> {
    /// When the scan that wrote it started.
    pub scanned: (i64, u32),
    pub entries: Vec<Kept<'a>>,
}

impl<'a> Known<'a> {
    /// The entries of `payload`, each checked as decoding it would.
    pub fn read(payload: &Payload<'a>) -> Result<Known<'a>, DecodeError> {
        let mut entries = payload.entries();
        let mut kept = Vec::with_capacity(payload.count);
        while let Some(entry) = entries.next_kept() {
            kept.push(entry?);
        }
        entries.finish()?;
        Ok(Known {
            scanned: payload.scanned,
            entries: kept,
        })
    }
}

/// An entry of a refreshed index: kept as the index had it, or read again.
#[derive(Debug, Clone)]
pub enum Slot<'a> {
    Kept(Kept<'a>),
    Read(Box<Entry>),
}

impl Slot<'_> {
    /// The entry, decoded when it was kept.
    pub fn entry(&self) -> Entry {
        match self {
            Slot::Read(entry) => Entry::clone(entry),
            Slot::Kept(kept) => decoded(kept),
        }
    }

    fn into_entry(self) -> Entry {
        match self {
            Slot::Read(entry) => *entry,
            Slot::Kept(kept) => decoded(&kept),
        }
    }

    fn part(&self) -> Part<'_> {
        match self {
            Slot::Read(entry) => Part::Entry(entry),
            Slot::Kept(kept) => Part::Bytes(kept.bytes),
        }
    }
}

/// A kept entry decoded. It was checked when the index was read, so it
/// decodes; were it not to, its file is listed as a problem that says so.
fn decoded(kept: &Kept) -> Entry {
    kept.entry().unwrap_or_else(|| Entry {
        path: PathBuf::from(kept.stamped().path),
        size: kept.stamped().size,
        mtime: kept.stamped().mtime,
        content: Content::Problem {
            line: None,
            column: None,
            message:
                "its entry in the library index is damaged; `qari index --rebuild` reads it again"
                    .into(),
        },
    })
}

impl Listed for Slot<'_> {
    fn file(&self) -> &Path {
        match self {
            Slot::Read(entry) => entry.file(),
            Slot::Kept(kept) => kept.file(),
        }
    }
    fn size(&self) -> u64 {
        match self {
            Slot::Read(entry) => entry.size,
            Slot::Kept(kept) => kept.stamped().size,
        }
    }
    fn mtime(&self) -> (i64, u32) {
        match self {
            Slot::Read(entry) => entry.mtime,
            Slot::Kept(kept) => kept.stamped().mtime,
        }
    }
    fn articles(&self) -> Option<usize> {
        match self {
            Slot::Read(entry) => entry.articles(),
            Slot::Kept(kept) => kept.stamped().articles,
        }
    }
}

/// An index brought up to date, its kept entries still bytes.
#[derive(Debug, Clone)]
pub struct Refreshed<'a> {
    pub library: PathBuf,
    pub scanned: (i64, u32),
    pub slots: Vec<Slot<'a>>,
}

impl Refreshed<'_> {
    /// The index file's bytes: the kept entries copied as they are.
    pub fn encode(&self) -> Vec<u8> {
        let parts = self.slots.iter().map(Slot::part);
        format::encode_parts(&self.library, self.scanned, parts)
    }

    /// [`Refreshed::encode`] written to `out` as it is made.
    pub fn write_to(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let parts = self.slots.iter().map(Slot::part);
        format::write_parts(out, &self.library, self.scanned, parts)
    }

    /// The whole index, decoded.
    pub fn into_index(self) -> Index {
        Index {
            library: self.library,
            scanned: self.scanned,
            entries: self.slots.into_iter().map(Slot::into_entry).collect(),
        }
    }

    /// The articles and problems it lists, in file order (see
    /// [`super::library_parts`]), decoded one entry at a time.
    pub fn parts(&self) -> (Vec<Article>, Vec<LoadProblem>) {
        let mut articles = Vec::with_capacity(self.slots.len());
        let mut problems = Vec::new();
        for slot in &self.slots {
            push_entry(slot.entry(), &mut articles, &mut problems);
        }
        (articles, problems)
    }
}

/// The index a refresh of `library` starts from, its entries kept as
/// bytes: `opened`, the index file mapped and checked, else the file read
/// whole into `held`; or why there is none, as a note for the user.
pub(super) fn previous_known<'a>(
    index_path: &Result<PathBuf, String>,
    library: &Path,
    opened: Option<Result<Payload<'a>, DecodeError>>,
    held: &'a mut Vec<u8>,
) -> (Option<Known<'a>>, Option<String>) {
    let read = |payload: Payload<'a>| Known::read(&payload);
    super::previous(match (index_path, opened) {
        (Err(reason), _) => Err(reason.clone()),
        (Ok(_), Some(payload)) => Ok(super::found_from(payload, library, read)),
        (Ok(path), None) => Ok(super::read_with(path, library, held, read)),
    })
}

/// Saves what a refresh of `library` made: the search store's table for
/// `entries`, then the index (written by `fill`) when `to_write` or
/// anything went wrong; what goes wrong is kept in `note`.
pub(super) fn save<T: Listed>(
    library: &Path,
    store: Option<super::StoreWriter>,
    entries: &[T],
    to_write: bool,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
    note: &mut Option<String>,
) {
    if let Some(store) = store
        && let Err(err) = store.finish(entries)
    {
        note.get_or_insert(format!("the search store could not be saved: {err}"));
    }
    if (to_write || note.is_some())
        && let Ok(path) = super::usable_path(library)
        && let Err(err) = super::write_by(&path, fill)
    {
        *note = Some(format!(
            "the library index could not be saved to {}: {err}",
            crate::article::sanitize::inline(&path.to_string_lossy())
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Stamps, encode, library_parts, refresh, refresh_known, refresh_stamped};
    use std::time::{Duration, SystemTime};

    /// Three article files modified long ago, and their index as written.
    fn indexed(dir: &Path) -> (Vec<PathBuf>, Vec<u8>) {
        let files: Vec<PathBuf> = (0..3).map(|n| dir.join(format!("{n}.json"))).collect();
        for (n, file) in files.iter().enumerate() {
            write(file, &format!("عنوان رقم {n}"), n as u64);
        }
        let (index, _) = refresh(dir, &files, None, &|_, _| {});
        (files, encode(&index))
    }

    fn write(file: &Path, title: &str, seconds: u64) {
        let text = format!(r#"{{"title": "{title}", "body": "نص."}}"#);
        std::fs::write(file, text).expect("article");
        let f = std::fs::File::options()
            .write(true)
            .open(file)
            .expect("open");
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000 + seconds);
        f.set_modified(at).expect("time set");
    }

    #[test]
    fn a_refresh_keeps_the_entries_of_unchanged_files_as_their_bytes() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (files, bytes) = indexed(dir.path());
        write(&files[1], "عنوان آخر أطول", 10);
        let payload = format::open(&bytes).expect("a sound index");
        let known = Known::read(&payload).expect("its entries");
        let stamps = Stamps::of(&files);
        let (refreshed, changes) =
            refresh_known(dir.path(), &files, &stamps, Some(known), &|_, _| {}, None);
        assert_eq!((changes.kept, changes.read, changes.differ), (2, 1, 1));
        let kinds: Vec<bool> = refreshed
            .slots
            .iter()
            .map(|s| matches!(s, Slot::Kept(_)))
            .collect();
        assert_eq!(kinds, [true, false, true]);
        // What is written and listed is what a refresh of the decoded index gives.
        let old = format::decode(&bytes).expect("the index decoded");
        let (decoded, same) =
            refresh_stamped(dir.path(), &files, &stamps, Some(old), &|_, _| {}, None);
        assert_eq!(same, changes);
        assert_eq!(refreshed.encode(), encode(&decoded));
        assert_eq!(refreshed.parts(), library_parts(decoded.clone()));
        assert_eq!(refreshed.into_index(), decoded);
    }

    #[test]
    fn a_kept_entry_that_would_not_decode_refuses_the_index() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (_, mut bytes) = indexed(dir.path());
        let title = "عنوان رقم 1".as_bytes();
        let at = bytes
            .windows(title.len())
            .position(|w| w == title)
            .expect("the title in the index");
        // Not UTF-8, behind a checksum made to match.
        bytes[at] = 0xff;
        let crc = crc32fast::hash(&bytes[20..]);
        bytes[16..20].copy_from_slice(&crc.to_le_bytes());
        let payload = format::open(&bytes).expect("header and checksum are sound");
        let mut stamped = payload.entries();
        assert!(std::iter::from_fn(|| stamped.next_stamped()).all(|e| e.is_ok()));
        assert!(Known::read(&payload).is_err(), "kept, it would not decode");
        assert!(format::decode(&bytes).is_err());
    }
}
