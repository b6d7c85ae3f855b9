//! The check of the store's data file against the CRC-32 of each file's
//! texts, made when the store is opened, and the signature of each
//! article's text (`crate::search::Signature`) made from the same reading.
//!
//! The data file is read with `pread`, a window of 1 MB at a time, not
//! through the store's mapping: every page read through the mapping would
//! stay mapped in the reader (some 300 MB on 100,000 articles, counted in
//! its resident memory), while the pages read here are the kernel's page
//! cache alone. For one search (`qari list --find`) the texts are checked
//! through the mapping and not signed: its search reads those pages next.

use std::fs::File;
use std::os::unix::fs::FileExt;

use super::table::Record;
use crate::search::{ByteRank, Signature, Signer};

/// Bytes read from the data file at once.
const WINDOW: u64 = 1 << 20;

/// A piece of the data file read into memory, read again further on when
/// a record lies outside it.
struct Window<'f> {
    file: &'f File,
    /// Bytes read at once, at least.
    size: u64,
    /// The data file's length.
    len: u64,
    start: u64,
    bytes: Vec<u8>,
}

impl<'f> Window<'f> {
    fn new(file: &'f File, len: u64, size: u64) -> Window<'f> {
        Window {
            file,
            size,
            len,
            start: 0,
            bytes: Vec::new(),
        }
    }
}

/// Where the check reads the data file's bytes: a [`Window`] read with
/// `pread`, or the file's mapping itself.
trait Source {
    /// The `len` bytes at `offset`, or `None` past the file's end or when
    /// they cannot be read.
    fn get(&mut self, offset: u64, len: u64) -> Option<&[u8]>;
}

impl Source for Window<'_> {
    fn get(&mut self, offset: u64, len: u64) -> Option<&[u8]> {
        let end = offset.checked_add(len).filter(|&end| end <= self.len)?;
        let held = self.start + self.bytes.len() as u64;
        if offset < self.start || end > held {
            let want = len.max(self.size.min(self.len - offset));
            self.bytes.resize(usize::try_from(want).ok()?, 0);
            self.file.read_exact_at(&mut self.bytes, offset).ok()?;
            self.start = offset;
        }
        let at = usize::try_from(offset - self.start).ok()?;
        self.bytes
            .get(at..at.checked_add(usize::try_from(len).ok()?)?)
    }
}

impl Source for &[u8] {
    fn get(&mut self, offset: u64, len: u64) -> Option<&[u8]> {
        let at = usize::try_from(offset).ok()?;
        let bytes: &[u8] = self;
        bytes.get(at..at.checked_add(usize::try_from(len).ok()?)?)
    }
}

/// What the check of a sound store found besides.
#[derive(Debug)]
pub(super) struct Checked {
    /// Each article's text's signature, in the table's order; none when
    /// the check was asked not to sign.
    pub signatures: Vec<Signature>,
    /// How common each byte is in a sample of the texts.
    pub rank: ByteRank,
}

/// The signatures and byte ranks of the articles' texts, when the texts
/// of every record of `records` still have the CRC-32 they were written
/// with, in the data file `file` of `len` bytes; `None` when one does not.
/// On two threads: the bytes are read once for all three.
pub(super) fn sound(file: &File, len: u64, records: &[Record]) -> Option<Checked> {
    sound_in_windows(file, len, records, WINDOW)
}

/// [`sound`] read through `map`, the data file's mapping, and without
/// signatures: for one search, which reads the texts itself anyway (and so
/// maps their pages in), where signing every text would cost more than
/// the search.
pub(super) fn sound_unsigned(map: &[u8], records: &[Record]) -> Option<Checked> {
    sound_from(records, false, || map)
}

fn sound_in_windows(file: &File, len: u64, records: &[Record], window: u64) -> Option<Checked> {
    sound_from(records, true, || Window::new(file, len, window))
}

/// The check of `records`, each of its two threads reading from a source
/// `open` gives, signing the texts when `sign`.
fn sound_from<S: Source>(
    records: &[Record],
    sign: bool,
    open: impl Fn() -> S + Sync,
) -> Option<Checked> {
    let articles = |part: &[Record]| part.iter().map(|r| r.lens.len()).sum::<usize>();
    let step = ByteRank::sample_step(articles(records));
    // Each part's signatures and sampled texts, from its first article.
    let check = |part: &[Record], first: usize| {
        let mut source = open();
        let mut signer = Signer::default();
        let mut signatures = Vec::with_capacity(if sign { articles(part) } else { 0 });
        let mut samples = Vec::new();
        let mut k = first;
        for r in part {
            let bytes = source.get(r.offset, r.len())?;
            if crc32fast::hash(bytes) != r.crc {
                return None;
            }
            let mut at = 0;
            for &len in &r.lens {
                let end = at + len as usize;
                let text = bytes.get(at..end)?;
                if k.is_multiple_of(step) {
                    samples.push(text.to_vec());
                }
                if sign {
                    signatures.push(signer.sign(text));
                }
                k += 1;
                at = end + 1;
            }
        }
        Some((signatures, samples))
    };
    let half = records.len().div_ceil(2).max(1);
    let (front, back) = records.split_at(half.min(records.len()));
    let (front, back) = std::thread::scope(|s| {
        let other = s.spawn(|| check(back, articles(front)));
        (check(front, 0), other.join().ok().flatten())
    });
    let ((mut signatures, mut samples), (more, more_samples)) = (front?, back?);
    signatures.extend(more);
    samples.extend(more_samples);
    Some(Checked {
        signatures,
        rank: ByteRank::of(samples.iter().map(Vec::as_slice)),
    })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A data file of `texts` one after another, from byte 3, and their
    /// records (one a text).
    fn store(texts: &[&str]) -> (tempfile::NamedTempFile, Vec<Record>) {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(b"hdr").unwrap();
        let mut offset = 3;
        let mut records = Vec::new();
        for text in texts {
            let bytes = format!("{text}\n");
            file.write_all(bytes.as_bytes()).unwrap();
            records.push(Record {
                path: format!("{offset}.json").into(),
                size: 0,
                mtime: (0, 0),
                offset,
                crc: crc32fast::hash(bytes.as_bytes()),
                lens: vec![text.len() as u32],
            });
            offset += bytes.len() as u64;
        }
        (file, records)
    }

    #[test]
    fn every_window_size_reads_every_record_whole() {
        let texts = ["one", "", "a longer text", "x", "the last one"];
        let (file, mut records) = store(&texts);
        let len = file.as_file().metadata().unwrap().len();
        let mut signer = Signer::default();
        let expected: Vec<Signature> = texts.iter().map(|t| signer.sign(t.as_bytes())).collect();
        for size in 1..=len + 1 {
            let signed = sound_in_windows(file.as_file(), len, &records, size);
            assert_eq!(
                signed.map(|c| c.signatures),
                Some(expected.clone()),
                "{size}"
            );
        }
        // Out of order, as records appended by a refresh are.
        records.reverse();
        let signed = sound_in_windows(file.as_file(), len, &records, 8).map(|c| c.signatures);
        let reversed: Vec<Signature> = expected.into_iter().rev().collect();
        assert_eq!(signed, Some(reversed));
    }

    #[test]
    fn a_changed_byte_or_a_record_past_the_end_is_found() {
        let (file, records) = store(&["one", "two", "three"]);
        let len = file.as_file().metadata().unwrap().len();
        let mut wrong = records.clone();
        wrong[1].crc ^= 1;
        for size in [1, 4, 64] {
            assert!(sound_in_windows(file.as_file(), len, &wrong, size).is_none());
            assert!(sound_in_windows(file.as_file(), len - 1, &records, size).is_none());
        }
        // Read through the mapping for one search, alike, and unsigned.
        let bytes = std::fs::read(file.path()).unwrap();
        assert!(sound_unsigned(&bytes, &wrong).is_none());
        assert!(sound_unsigned(&bytes[..bytes.len() - 1], &records).is_none());
        let sound = sound_unsigned(&bytes, &records).expect("sound");
        assert!(sound.signatures.is_empty());
    }
}
