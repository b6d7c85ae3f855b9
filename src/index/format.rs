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

use super::bytes::Reader;
use super::kept::Kept;
use crate::layout::Direction;

mod write;
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

pub(super) fn read_entry(r: &mut Reader) -> Option<Entry> {
    let path = PathBuf::from(r.str()?);
    let size = r.u64()?;
    let mtime = (r.i64()?, r.u32()?);
    let content = match r.u8()? {
        0 => {
            let n = r.count()?;
            let mut list = Vec::with_capacity(n);
            for _ in 0..n {
                list.push(read_meta(r)?);
            }
            Content::Articles(list)
        }
        1 => Content::Problem {
            line: r.opt_u64()?.map(|n| n as usize),
            column: r.opt_u64()?.map(|n| n as usize),
            message: r.str()?,
        },
        _ => return None,
    };
    Some(Entry {
        path,
        size,
        mtime,
        content,
    })
}

/// Reads past an entry as [`read_entry`] would, keeping nothing.
fn skip_entry(r: &mut Reader) -> Option<()> {
    walk::<false>(r).map(drop)
}

/// Reads an entry's path, size and time, and passes over the rest: its
/// articles, or the problem that kept its file out. With `CHECK`, every
/// string on the way is checked to be UTF-8 and every direction to be
/// known, as [`read_entry`] checks them: an entry kept as its bytes then
/// decodes. Without, only what finding the next entry needs is checked.
/// One walk for both, so that they cannot come to disagree on the layout.
fn walk<'a, const CHECK: bool>(r: &mut Reader<'a>) -> Option<Stamped<'a>> {
    let path = r.str_ref()?;
    let size = r.u64()?;
    let mtime = (r.i64()?, r.u32()?);
    let articles = match r.u8()? {
        0 => {
            let n = r.count()?;
            for _ in 0..n {
                for _ in 0..2 {
                    pass_str::<CHECK>(r)?; // id, title
                }
                for _ in 0..5 {
                    // author, source, url, published, lang
                    match r.u8()? {
                        0 => {}
                        1 => pass_str::<CHECK>(r)?,
                        _ => return None,
                    }
                }
                let direction = r.u8()?;
                if CHECK && direction > 2 {
                    return None;
                }
                r.take(4)?; // minutes
                for _ in 0..r.count()? {
                    pass_str::<CHECK>(r)?; // tags
                }
            }
            Some(n)
        }
        1 => {
            r.skip_opt_u64()?; // line
            r.skip_opt_u64()?; // column
            pass_str::<CHECK>(r)?; // message
            None
        }
        _ => return None,
    };
    Some(Stamped {
        path,
        size,
        mtime,
        articles,
    })
}

/// Passes over a string, checked to be UTF-8 when `CHECK`.
fn pass_str<const CHECK: bool>(r: &mut Reader) -> Option<()> {
    match CHECK {
        true => r.str_ref().map(drop),
        false => r.skip_str(),
    }
}

fn read_meta(r: &mut Reader) -> Option<Meta> {
    Some(Meta {
        id: r.str()?,
        title: r.str()?,
        author: r.opt_str()?,
        source: r.opt_str()?,
        url: r.opt_str()?,
        published: r.opt_str()?,
        lang: r.opt_str()?,
        dir: match r.u8()? {
            0 => Direction::Auto,
            1 => Direction::Rtl,
            2 => Direction::Ltr,
            _ => return None,
        },
        minutes: r.u32()?,
        tags: {
            let n = r.count()?;
            let mut tags = Vec::with_capacity(n);
            for _ in 0..n {
                tags.push(r.str()?);
            }
            tags
        },
    })
}

fn malformed(r: &Reader) -> DecodeError {
    DecodeError::Malformed(HEADER + r.at())
}

#[cfg(test)]
mod tests;
