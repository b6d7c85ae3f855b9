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
    let mut w = Writer(Vec::with_capacity(64 + index.entries.len() * 320));
    w.str(&index.library.to_string_lossy());
    w.i64(index.scanned.0);
    w.u32(index.scanned.1);
    w.u64(index.entries.len() as u64);
    for e in &index.entries {
        w.str(&e.path.to_string_lossy());
        w.u64(e.size);
        w.i64(e.mtime.0);
        w.u32(e.mtime.1);
        match &e.content {
            Content::Articles(list) => {
                w.u8(0);
                w.u64(list.len() as u64);
                for m in list {
                    meta(&mut w, m);
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
    let payload = w.0;
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
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
    let mut r = Reader {
        bytes: payload,
        at: 0,
    };
    read_index(&mut r).ok_or(DecodeError::Malformed(HEADER + r.at))
}

fn read_index(r: &mut Reader) -> Option<Index> {
    let library = PathBuf::from(r.str()?);
    let scanned = (r.i64()?, r.u32()?);
    let count = r.count()?;
    let mut entries = Vec::with_capacity(count);
    for _ in 0..count {
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
        entries.push(Entry {
            path,
            size,
            mtime,
            content,
        });
    }
    (r.at == r.bytes.len()).then_some(Index {
        library,
        scanned,
        entries,
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

/// Reads the payload; every read checks the bounds (`None` past the end).
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.array().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.array().map(u64::from_le_bytes)
    }
    fn i64(&mut self) -> Option<i64> {
        self.array().map(i64::from_le_bytes)
    }
    /// A count of items still to read: never more than the bytes left, so
    /// a damaged count cannot make qari reserve gigabytes.
    fn count(&mut self) -> Option<usize> {
        let n = usize::try_from(self.u64()?).ok()?;
        (n <= self.bytes.len() - self.at).then_some(n)
    }
    fn str(&mut self) -> Option<String> {
        let len = self.u32()? as usize;
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes).ok().map(str::to_string)
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        match self.u8()? {
            0 => Some(None),
            1 => self.str().map(Some),
            _ => None,
        }
    }
    fn opt_u64(&mut self) -> Option<Option<u64>> {
        match self.u8()? {
            0 => Some(None),
            1 => self.u64().map(Some),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Index {
        let meta = Meta {
            id: "مقال-1".into(),
            title: "عنوان المقال".into(),
            author: Some("الكاتب".into()),
            source: None,
            url: Some("https://example.com/a".into()),
            published: Some("2024-01-10".into()),
            lang: Some("ar".into()),
            dir: Direction::Rtl,
            tags: vec!["اقتصاد".into(), "#مصر".into()],
            minutes: 4,
        };
        Index {
            library: "/home/u/articles".into(),
            scanned: (1_795_000_000, 5),
            entries: vec![
                Entry {
                    path: "/home/u/articles/a.json".into(),
                    size: 1200,
                    mtime: (1_794_000_000, 123_456_789),
                    content: Content::Articles(vec![meta]),
                },
                Entry {
                    path: "/home/u/articles/bad.json".into(),
                    size: 3,
                    mtime: (1_794_000_001, 0),
                    content: Content::Problem {
                        line: Some(1),
                        column: Some(3),
                        message: "expected value".into(),
                    },
                },
            ],
        }
    }

    #[test]
    fn what_is_encoded_decodes_the_same() {
        let index = sample();
        assert_eq!(decode(&encode(&index)), Ok(index));
    }

    #[test]
    fn every_cut_and_every_changed_byte_is_refused() {
        let bytes = encode(&sample());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        for at in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] ^= flip;
                assert!(decode(&damaged).is_err(), "byte {at} ^ {flip:#x}");
            }
        }
        let mut grown = bytes.clone();
        grown.push(0);
        assert!(matches!(decode(&grown), Err(DecodeError::Length { .. })));
    }
}
