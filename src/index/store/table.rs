//! The search store's table: where each file's folded text is in the data
//! file, checked whole (length and CRC-32) before use, as the index is.
//!
//! `QARISTB` and a format byte, the payload's length and its CRC-32, then
//! the payload: the data file's generation, how far the data file was
//! written when the table was (`end`), and one record a file that gave
//! articles: its path, size and modification time (the index's key), where
//! its text starts in the data file, the text's CRC-32, and each article's
//! length. Numbers are little-endian, strings a `u32` length and UTF-8.

use std::path::PathBuf;

use crate::index::bytes::Reader;

const MAGIC: &[u8; 7] = b"QARISTB";
const FORMAT: u8 = 1;
const HEADER: usize = MAGIC.len() + 1 + 8 + 4;

/// Where one file's articles are in the data file: their folded texts one
/// after the other, each followed by a line feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub path: PathBuf,
    pub size: u64,
    pub mtime: (i64, u32),
    pub offset: u64,
    pub crc: u32,
    /// Each article's folded length, without its line feed.
    pub lens: Vec<u32>,
}

impl Record {
    /// Bytes the record takes in the data file.
    pub fn len(&self) -> u64 {
        self.lens.iter().map(|&n| u64::from(n) + 1).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Must equal the data file's: a table never describes another file.
    pub generation: u64,
    /// The data file's length when the table was written; bytes past it
    /// were appended by a writer that did not finish.
    pub end: u64,
    pub records: Vec<Record>,
}

pub fn encode(table: &Table) -> Vec<u8> {
    // The header goes first, filled in once the payload is written: the
    // payload (8 MB for a hundred thousand files) is not copied again.
    let mut p = Vec::with_capacity(HEADER + 32 + table.records.len() * 96);
    p.resize(HEADER, 0);
    p.extend_from_slice(&table.generation.to_le_bytes());
    p.extend_from_slice(&table.end.to_le_bytes());
    p.extend_from_slice(&(table.records.len() as u64).to_le_bytes());
    for r in &table.records {
        let path = r.path.to_string_lossy();
        let len = path.len().min(u32::MAX as usize);
        p.extend_from_slice(&(len as u32).to_le_bytes());
        p.extend_from_slice(&path.as_bytes()[..len]);
        p.extend_from_slice(&r.size.to_le_bytes());
        p.extend_from_slice(&r.mtime.0.to_le_bytes());
        p.extend_from_slice(&r.mtime.1.to_le_bytes());
        p.extend_from_slice(&r.offset.to_le_bytes());
        p.extend_from_slice(&r.crc.to_le_bytes());
        p.extend_from_slice(&(r.lens.len() as u32).to_le_bytes());
        for n in &r.lens {
            p.extend_from_slice(&n.to_le_bytes());
        }
    }
    let len = (p.len() - HEADER) as u64;
    let crc = crc32fast::hash(&p[HEADER..]);
    p[..MAGIC.len()].copy_from_slice(MAGIC);
    p[MAGIC.len()] = FORMAT;
    p[8..16].copy_from_slice(&len.to_le_bytes());
    p[16..HEADER].copy_from_slice(&crc.to_le_bytes());
    p
}

/// The table in `bytes`, or why it is not used.
pub fn decode(bytes: &[u8]) -> Result<Table, &'static str> {
    read_records(open(bytes)?).ok_or("damaged (a bad record)")
}

/// A table checked whole (its length and checksum), its records still to
/// be read: a warm list compares them with the index without decoding a
/// hundred thousand paths and lengths.
#[derive(Debug, Clone)]
pub struct Sealed<'a> {
    pub generation: u64,
    pub end: u64,
    count: usize,
    /// At the first record.
    records: Reader<'a>,
}

/// Checks the table in `bytes` whole and reads what precedes its records.
pub fn open(bytes: &[u8]) -> Result<Sealed<'_>, &'static str> {
    check(bytes)?;
    head(bytes).ok_or("damaged (a bad record)")
}

/// Checks the table in `bytes` whole: its kind, format, length and
/// checksum.
pub fn check(bytes: &[u8]) -> Result<(), &'static str> {
    if bytes.len() < HEADER || &bytes[..MAGIC.len()] != MAGIC {
        return Err("not a qari search table");
    }
    if bytes[MAGIC.len()] != FORMAT {
        return Err("written by another version of qari");
    }
    let payload = &bytes[HEADER..];
    let mut r = Reader::new(&bytes[8..]);
    if r.u64() != Some(payload.len() as u64) {
        return Err("cut short or grown");
    }
    if r.u32() != Some(crc32fast::hash(payload)) {
        return Err("damaged (its checksum does not match)");
    }
    Ok(())
}

/// What precedes the records of the table in `bytes`, already checked
/// whole (see [`check`]).
pub fn head(bytes: &[u8]) -> Option<Sealed<'_>> {
    let mut r = Reader::new(bytes.get(HEADER..)?);
    let (generation, end, count) = (r.u64()?, r.u64()?, r.count_of(36)?);
    Some(Sealed {
        generation,
        end,
        count,
        records: r,
    })
}

/// A record as the table holds it, its lengths left as bytes.
struct Raw<'a> {
    path: &'a [u8],
    size: u64,
    mtime: (i64, u32),
    offset: u64,
    crc: u32,
    lens: &'a [u8],
}

impl Raw<'_> {
    /// Bytes its articles take in the data file (see [`Record::len`]).
    fn len(&self) -> u64 {
        let lens = self.lens.chunks_exact(4);
        lens.map(|n| u64::from(u32::from_le_bytes([n[0], n[1], n[2], n[3]])) + 1)
            .sum()
    }
}

/// The next record, checked to lie within what the data file held when
/// the table was written, as decoding checks it.
fn next_raw<'a>(r: &mut Reader<'a>, end: u64) -> Option<Raw<'a>> {
    let len = r.u32()? as usize;
    let path = r.take(len)?;
    let size = r.u64()?;
    let mtime = (r.u64()? as i64, r.u32()?);
    let offset = r.u64()?;
    let crc = r.u32()?;
    let n = usize::try_from(r.u32()?).ok()?;
    let lens = r.take(n.checked_mul(4)?)?;
    let raw = Raw {
        path,
        size,
        mtime,
        offset,
        crc,
        lens,
    };
    (raw.offset.checked_add(raw.len())? <= end).then_some(raw)
}

fn read_records(sealed: Sealed) -> Option<Table> {
    let Sealed {
        generation,
        end,
        count,
        records: mut r,
    } = sealed;
    let mut records = Vec::with_capacity(count);
    for _ in 0..count {
        let raw = next_raw(&mut r, end)?;
        let path = simdutf8::basic::from_utf8(raw.path).ok()?;
        let lens = raw.lens.chunks_exact(4);
        records.push(Record {
            path: PathBuf::from(path),
            size: raw.size,
            mtime: raw.mtime,
            offset: raw.offset,
            crc: raw.crc,
            lens: lens
                .map(|n| u32::from_le_bytes([n[0], n[1], n[2], n[3]]))
                .collect(),
        });
    }
    r.is_done().then_some(Table {
        generation,
        end,
        records,
    })
}

impl Sealed<'_> {
    /// Whether the records are those of the files `held` (path, size,
    /// modification time and how many articles, in order) and no others,
    /// each sound as decoding would find it: what decoding the table and
    /// comparing its records would say, with nothing decoded.
    pub fn holds_exactly<'h>(
        &self,
        held: impl IntoIterator<Item = (&'h str, u64, (i64, u32), usize)>,
    ) -> bool {
        let mut r = self.records.clone();
        let mut left = self.count;
        let same = held.into_iter().all(|(path, size, mtime, n)| {
            left = match left.checked_sub(1) {
                Some(left) => left,
                None => return false,
            };
            next_raw(&mut r, self.end).is_some_and(|raw| {
                raw.path == path.as_bytes()
                    && raw.size == size
                    && raw.mtime == mtime
                    && raw.lens.len() == n * 4
            })
        });
        same && left == 0 && r.is_done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let record = |path: &str, offset, lens: Vec<u32>| Record {
            path: path.into(),
            size: 1200,
            mtime: (1_794_000_000, 5),
            offset,
            crc: 0xDEAD_BEEF,
            lens,
        };
        Table {
            generation: 42,
            end: 16 + 10 + 7,
            records: vec![
                record("/l/a.json", 16, vec![4, 4]),
                record("/l/مقال.json", 26, vec![6]),
            ],
        }
    }

    #[test]
    fn what_is_encoded_decodes_the_same() {
        assert_eq!(decode(&encode(&sample())), Ok(sample()));
    }

    #[test]
    fn every_cut_and_every_changed_byte_is_refused() {
        let bytes = encode(&sample());
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x41;
            assert!(decode(&damaged).is_err(), "byte {at}");
        }
    }

    #[test]
    fn a_record_past_the_data_written_is_refused() {
        let mut table = sample();
        table.end -= 1;
        assert!(decode(&encode(&table)).is_err());
    }

    /// What a warm list passes: each record's path, size, time and count
    /// of articles.
    fn held(table: &Table) -> Vec<(&str, u64, (i64, u32), usize)> {
        let held = table.records.iter().map(|r| {
            let path = r.path.to_str().expect("a UTF-8 path");
            (path, r.size, r.mtime, r.lens.len())
        });
        held.collect()
    }

    #[test]
    fn the_records_are_compared_as_bytes_as_decoded_they_would_be() {
        let table = sample();
        let bytes = encode(&table);
        let sealed = open(&bytes).expect("a sound table");
        assert_eq!(
            (sealed.generation, sealed.end),
            (table.generation, table.end)
        );
        let all = held(&table);
        assert!(sealed.holds_exactly(all.clone()));
        assert!(!sealed.holds_exactly(all[..1].to_vec()), "a record more");
        let mut more = all.clone();
        more.push(("/l/c.json", 1, (0, 0), 1));
        assert!(!sealed.holds_exactly(more), "a file more");
        for k in 0..all.len() {
            for change in 0..4 {
                let mut other = all.clone();
                let (path, size, mtime, n) = &mut other[k];
                match change {
                    0 => *path = "/l/other.json",
                    1 => *size += 1,
                    2 => mtime.1 += 1,
                    _ => *n += 1,
                }
                assert!(!sealed.holds_exactly(other), "record {k}, change {change}");
            }
        }
        // A record past the data written is refused, as decoding refuses it.
        let mut short = table.clone();
        short.end -= 1;
        let bytes = encode(&short);
        assert!(!open(&bytes).expect("sealed").holds_exactly(held(&short)));
    }
}
