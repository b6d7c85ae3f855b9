//! The index file: a compact binary form, checked whole before use.
//!
//! `QARIIDX` and a format byte, the payload's length and its CRC-32, then
//! the payload: the library's path, when the scan that wrote it started,
//! and one entry a file (path, size, modification time, and its articles'
//! list metadata or the problem that kept it out). Strings are a `u32`
//! length and UTF-8; numbers little-endian. A file cut short, grown, or
//! changed at any byte fails the length or checksum and is rebuilt: the
//! list never comes from a damaged index.

use std::path::{Path, PathBuf};

use super::bytes::Reader;
use super::kept::Kept;
use crate::layout::Direction;

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

pub fn encode(index: &Index) -> Vec<u8> {
    let entries = index.entries.iter().map(Part::Entry);
    encode_parts(&index.library, index.scanned, entries)
}

/// An entry of an index to write: its bytes as an index already holds
/// them, or the entry to encode.
#[derive(Debug, Clone, Copy)]
pub enum Part<'e> {
    Bytes(&'e [u8]),
    Entry(&'e Entry),
}

/// The index of the library folder `library` scanned at `scanned`, of
/// the entries `parts`, encoded.
pub fn encode_parts<'e>(
    library: &Path,
    scanned: (i64, u32),
    parts: impl ExactSizeIterator<Item = Part<'e>>,
) -> Vec<u8> {
    // The header goes first, filled in once the payload is written: a
    // hundred thousand entries make some 30 MB, not copied again.
    let mut w = Writer(Vec::with_capacity(HEADER + 64 + parts.len() * 320));
    w.0.resize(HEADER, 0);
    head(&mut w, library, scanned, parts.len());
    for part in parts {
        match part {
            Part::Bytes(bytes) => w.0.extend_from_slice(bytes),
            Part::Entry(e) => entry(&mut w, e),
        }
    }
    let mut out = w.0;
    let header = header(&out[HEADER..]);
    out[..HEADER].copy_from_slice(&header);
    out
}

/// [`encode_parts`] written to `out` as it is made, never held whole: the
/// parts are gone over twice, for the payload's length and checksum, then
/// to write them (entries as bytes are copied from where they are, the
/// mapped index file of a refresh).
pub fn write_parts<'e>(
    out: &mut dyn std::io::Write,
    library: &Path,
    scanned: (i64, u32),
    parts: impl ExactSizeIterator<Item = Part<'e>> + Clone,
) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut w = Writer(Vec::with_capacity(1 << 16));
    head(&mut w, library, scanned, parts.len());
    let start = w.0.len();
    let mut crc = crc32fast::Hasher::new();
    crc.update(&w.0);
    let mut len = w.0.len() as u64;
    for part in parts.clone() {
        let bytes = part_bytes(part, &mut w, start);
        crc.update(bytes);
        len += bytes.len() as u64;
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    out.write_all(&sealed(len, crc.finalize()))?;
    w.0.truncate(start);
    out.write_all(&w.0)?;
    for part in parts {
        out.write_all(part_bytes(part, &mut w, 0))?;
    }
    out.flush()
}

/// A part's bytes: its own, or its entry encoded into `w` past `from`.
fn part_bytes<'b>(part: Part<'b>, w: &'b mut Writer, from: usize) -> &'b [u8] {
    match part {
        Part::Bytes(bytes) => bytes,
        Part::Entry(e) => {
            w.0.truncate(from);
            entry(w, e);
            &w.0[from..]
        }
    }
}

/// What precedes the entries: the library's path, the scan's time and
/// how many entries follow.
fn head(w: &mut Writer, library: &Path, scanned: (i64, u32), count: usize) {
    w.str(&library.to_string_lossy());
    w.i64(scanned.0);
    w.u32(scanned.1);
    w.u64(count as u64);
}

/// The file's header for `payload`.
fn header(payload: &[u8]) -> [u8; HEADER] {
    sealed(payload.len() as u64, crc32fast::hash(payload))
}

/// The file's header for a payload of `len` bytes whose CRC-32 is `crc`.
fn sealed(len: u64, crc: u32) -> [u8; HEADER] {
    let mut header = [0; HEADER];
    header[..MAGIC.len()].copy_from_slice(MAGIC);
    header[MAGIC.len()] = FORMAT;
    header[8..16].copy_from_slice(&len.to_le_bytes());
    header[16..HEADER].copy_from_slice(&crc.to_le_bytes());
    header
}

/// The bytes an index holds for `e`: an entry read again is compared with
/// the one the index kept as bytes.
pub fn entry_bytes(e: &Entry) -> Vec<u8> {
    let mut w = Writer(Vec::with_capacity(256));
    entry(&mut w, e);
    w.0
}

fn entry(w: &mut Writer, e: &Entry) {
    w.str(&e.path.to_string_lossy());
    w.u64(e.size);
    w.i64(e.mtime.0);
    w.u32(e.mtime.1);
    match &e.content {
        Content::Articles(list) => {
            w.u8(0);
            w.u64(list.len() as u64);
            for m in list {
                meta(w, m);
            }
        }
        Content::Problem {
            line,
            column,
            message,
        } => {
            w.u8(1);
            w.opt_u64(line.map(|n| n as u64));
            w.opt_u64(column.map(|n| n as u64));
            w.str(message);
        }
    }
}

fn meta(w: &mut Writer, m: &Meta) {
    w.str(&m.id);
    w.str(&m.title);
    w.opt_str(m.author.as_deref());
    w.opt_str(m.source.as_deref());
    w.opt_str(m.url.as_deref());
    w.opt_str(m.published.as_deref());
    w.opt_str(m.lang.as_deref());
    w.u8(match m.dir {
        Direction::Auto => 0,
        Direction::Rtl => 1,
        Direction::Ltr => 2,
    });
    w.u32(m.minutes);
    w.u64(m.tags.len() as u64);
    for t in &m.tags {
        w.str(t);
    }
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
        let stamped = stamped(&mut self.r).ok_or(malformed(&self.r));
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
        let mut check = self.r.clone();
        let kept = super::kept::checked(&mut check)
            .and_then(|()| stamped(&mut self.r))
            .filter(|_| check.at() == self.r.at())
            .map(|_| Kept {
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
    stamped(r).map(drop)
}

/// Reads an entry's path, size and time, and passes over its articles.
pub(super) fn stamped<'a>(r: &mut Reader<'a>) -> Option<Stamped<'a>> {
    let len = r.u32()? as usize;
    let path = simdutf8::basic::from_utf8(r.take(len)?).ok()?;
    let size = r.u64()?;
    let mtime = (r.i64()?, r.u32()?);
    let articles = match r.u8()? {
        0 => {
            let n = r.count()?;
            for _ in 0..n {
                for _ in 0..2 {
                    r.skip_str()?; // id, title
                }
                for _ in 0..5 {
                    r.skip_opt_str()?; // author, source, url, published, lang
                }
                r.take(1 + 4)?; // direction, minutes
                for _ in 0..r.count()? {
                    r.skip_str()?;
                }
            }
            Some(n)
        }
        1 => {
            r.skip_opt_u64()?;
            r.skip_opt_u64()?;
            r.skip_str()?;
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

struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.u32(u32::try_from(s.len()).unwrap_or(u32::MAX));
        let len = s.len().min(u32::MAX as usize);
        self.0.extend_from_slice(&s.as_bytes()[..len]);
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }
    fn opt_u64(&mut self, v: Option<u64>) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                self.u64(v);
            }
        }
    }
}

/// Where reading stopped, as a place in the index file.
fn malformed(r: &Reader) -> DecodeError {
    DecodeError::Malformed(HEADER + r.at())
}

#[cfg(test)]
mod tests;
