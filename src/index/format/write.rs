//! Writing the index file (see [`super`] for its layout): whole, or as
//! it is made, its unchanged entries copied as the bytes they are.

use std::path::Path;

use super::{Content, Entry, FORMAT, HEADER, Index, MAGIC, Meta};
use crate::layout::Direction;

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
