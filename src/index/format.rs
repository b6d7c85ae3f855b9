//! The index file: a compact binary form, checked whole before use.
//!
//! `QARIIDX` and a format byte, the payload's length and its CRC-32, then
//! the payload: the library's path, when the scan that wrote it started,
//! and one entry a file (path, size, modification time, and its articles'
//! list metadata or the problem that kept it out). Strings are a `u32`
//! length and UTF-8; numbers little-endian. A file cut short, grown, or
//! changed at any byte fails the length or checksum and is rebuilt: the
//! list never comes from a damaged index.

use std::path::PathBuf;

use super::article_ref::ArticleRef;
use super::bytes::Reader;
use super::kept::Kept;
use crate::article::LoadProblem;
use crate::layout::Direction;

mod read;
mod write;
pub(super) use read::read_entry;
use read::{read_entry_by, skip_entry, walk};
pub use write::{Part, encode, encode_parts, entry_bytes, write_parts};

const MAGIC: &[u8; 7] = b"QARIIDX";
const FORMAT: u8 = 1;
const HEADER: usize = MAGIC.len() + 1 + 8 + 4;

/// What `qari list` shows of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Direction,
    pub tags: Vec<String>,
    pub minutes: u32,
}

/// What a file gave when it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    Articles(Vec<Meta>),
    Problem {
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

/// One file of the library as it was when read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: PathBuf,
    pub size: u64,
    /// Modification time: seconds and nanoseconds since the epoch.
    pub mtime: (i64, u32),
    pub content: Content,
}

/// The whole index.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Index {
    pub library: PathBuf,
    /// When the scan that wrote it started (seconds, nanoseconds): a file
    /// modified since may have changed again within its timestamp's tick.
    pub scanned: (i64, u32),
    pub entries: Vec<Entry>,
}

/// Why an index file is not used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("not a qari index")]
    NotAnIndex,
    #[error("written by another version of qari (format {0})")]
    OtherFormat(u8),
    #[error("cut short or grown ({found} bytes of payload, {expected} expected)")]
    Length { found: u64, expected: u64 },
    #[error("damaged (its checksum does not match)")]
    Checksum,
    #[error("damaged (bad entry at byte {0})")]
    Malformed(usize),
}

pub fn decode(bytes: &[u8]) -> Result<Index, DecodeError> {
    decode_payload(open(bytes)?)
}

/// The index `payload` is of, already checked (see [`open`]).
pub fn decode_payload(payload: Payload) -> Result<Index, DecodeError> {
    let mut entries = payload.entries();
    let list = entries.by_ref().collect::<Result<Vec<Entry>, _>>()?;
    entries.finish()?;
    Ok(Index {
        library: payload.library,
        scanned: payload.scanned,
        entries: list,
    })
}

/// An index whose header, length and checksum were checked, and whose
/// entries are still to be read: one by one, or in parts on several
/// threads (see [`Entries::pass`]).
#[derive(Debug)]
pub struct Payload<'a> {
    pub library: PathBuf,
    pub scanned: (i64, u32),
    /// How many entries it holds.
    pub count: usize,
    /// At the first entry.
    first: Reader<'a>,
}

/// Checks the index in `bytes` whole and reads what precedes its entries.
pub fn open(bytes: &[u8]) -> Result<Payload<'_>, DecodeError> {
    if bytes.len() < HEADER || &bytes[..MAGIC.len()] != MAGIC {
        return Err(DecodeError::NotAnIndex);
    }
    let format = bytes[MAGIC.len()];
    if format != FORMAT {
        return Err(DecodeError::OtherFormat(format));
    }
    let mut len = [0; 8];
    len.copy_from_slice(&bytes[8..16]);
    let expected = u64::from_le_bytes(len);
    let payload = &bytes[HEADER..];
    if payload.len() as u64 != expected {
        return Err(DecodeError::Length {
            found: payload.len() as u64,
            expected,
        });
    }
    let mut crc = [0; 4];
    crc.copy_from_slice(&bytes[16..20]);
    if crc32fast::hash(payload) != u32::from_le_bytes(crc) {
        return Err(DecodeError::Checksum);
    }
    let mut r = Reader::new(payload);
    let mut head = || Some((PathBuf::from(r.str()?), (r.i64()?, r.u32()?), r.count()?));
    let (library, scanned, count) = head().ok_or(malformed(&r))?;
    Ok(Payload {
        library,
        scanned,
        count,
        first: r,
    })
}

impl<'a> Payload<'a> {
    /// The entries, from the first.
    pub fn entries(&self) -> Entries<'a> {
        Entries {
            r: self.first.clone(),
            left: self.count,
        }
    }
}

/// What an entry says of its file, read without its articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamped<'a> {
    pub path: &'a str,
    pub size: u64,
    pub mtime: (i64, u32),
    /// How many articles the file gave; `None` when it did not load.
    pub articles: Option<usize>,
}

/// The entries of an index, read as they are asked for.
#[derive(Debug, Clone)]
pub struct Entries<'a> {
    r: Reader<'a>,
    /// Entries not yet read.
    left: usize,
}

impl Entries<'_> {
    /// Passes over the next `n` entries, reading only their lengths: a
    /// thread starts reading the index's second half this way.
    pub fn pass(&mut self, n: usize) -> Result<(), DecodeError> {
        for _ in 0..n.min(self.left) {
            skip_entry(&mut self.r).ok_or(malformed(&self.r))?;
            self.left -= 1;
        }
        Ok(())
    }

    /// Checks that every entry was read and that nothing follows them.
    pub fn finish(&self) -> Result<(), DecodeError> {
        match self.left == 0 && self.r.is_done() {
            true => Ok(()),
            false => Err(malformed(&self.r)),
        }
    }
}

impl<'a> Entries<'a> {
    /// The next entry's file, its articles passed over: a refresh that
    /// finds every file as the index has it reads no more than this.
    pub fn next_stamped(&mut self) -> Option<Result<Stamped<'a>, DecodeError>> {
        self.left = self.left.checked_sub(1)?;
        let stamped = walk::<false>(&mut self.r).ok_or(malformed(&self.r));
        if stamped.is_err() {
            self.left = 0;
        }
        Some(stamped)
    }
}

impl<'a> Entries<'a> {
    /// The next entry read with its strings borrowed from the index (see
    /// [`read_entry_by`]): its articles given to `each`, its problem
    /// returned.
    pub fn next_by(
        &mut self,
        each: impl FnMut(ArticleRef<'a>),
    ) -> Option<Result<Option<LoadProblem>, DecodeError>> {
        self.left = self.left.checked_sub(1)?;
        let read = read_entry_by(&mut self.r, each).map(|(_, problem)| problem);
        if read.is_none() {
            self.left = 0;
        }
        Some(read.ok_or(malformed(&self.r)))
    }

    /// The next entry kept as its bytes, checked as a decoding would check
    /// it but with nothing decoded: a refresh keeps the entries of the
    /// files it does not read again so, and only writes them out again.
    pub fn next_kept(&mut self) -> Option<Result<Kept<'a>, DecodeError>> {
        self.left = self.left.checked_sub(1)?;
        let start = self.r.clone();
        let kept = walk::<true>(&mut self.r).map(|_| Kept {
            bytes: start.to(&self.r),
        });
        if kept.is_none() {
            self.left = 0;
        }
        Some(kept.ok_or(malformed(&self.r)))
    }
}

impl Iterator for Entries<'_> {
    type Item = Result<Entry, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.left = self.left.checked_sub(1)?;
        let entry = read_entry(&mut self.r).ok_or(malformed(&self.r));
        if entry.is_err() {
            // Nothing more is read after a bad entry.
            self.left = 0;
        }
        Some(entry)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, Some(self.left))
    }
}

fn malformed(r: &Reader) -> DecodeError {
    DecodeError::Malformed(HEADER + r.at())
}

#[cfg(test)]
mod tests;
