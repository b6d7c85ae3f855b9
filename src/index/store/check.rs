//! The check of the store's data file against the CRC-32 of each file's
//! texts, made when the store is opened.
//!
//! The data file is read with `pread`, a window of a few MB at a time, not
//! through the store's mapping: every page read through the mapping would
//! stay mapped in the reader (some 300 MB on 100,000 articles, counted in
//! its resident memory), while the pages read here are the kernel's page
//! cache alone.

use std::fs::File;
use std::os::unix::fs::FileExt;

use super::table::Record;

/// Bytes read from the data file at once.
const WINDOW: u64 = 4 << 20;

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

    /// The `len` bytes at `offset`, or `None` past the file's end or when
    /// it cannot be read.
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

/// Whether the texts of every record of `records` still have the CRC-32
/// they were written with, in the data file `file` of `len` bytes; on two
/// threads.
pub(super) fn sound(file: &File, len: u64, records: &[Record]) -> bool {
    sound_in_windows(file, len, records, WINDOW)
}

fn sound_in_windows(file: &File, len: u64, records: &[Record], window: u64) -> bool {
    let check = |part: &[Record]| {
        let mut window = Window::new(file, len, window);
        part.iter().all(|r| {
            window
                .get(r.offset, r.len())
                .is_some_and(|bytes| crc32fast::hash(bytes) == r.crc)
        })
    };
    let half = records.len().div_ceil(2).max(1);
    std::thread::scope(|s| {
        let workers: Vec<_> = records
            .chunks(half)
            .map(|part| s.spawn(move || check(part)))
            .collect();
        workers.into_iter().all(|w| w.join().unwrap_or(false))
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
        for size in 1..=len + 1 {
            assert!(
                sound_in_windows(file.as_file(), len, &records, size),
                "{size}"
            );
        }
        // Out of order, as records appended by a refresh are.
        records.reverse();
        assert!(sound_in_windows(file.as_file(), len, &records, 8));
    }

    #[test]
    fn a_changed_byte_or_a_record_past_the_end_is_found() {
        let (file, records) = store(&["one", "two", "three"]);
        let len = file.as_file().metadata().unwrap().len();
        let mut wrong = records.clone();
        wrong[1].crc ^= 1;
        for size in [1, 4, 64] {
            assert!(!sound_in_windows(file.as_file(), len, &wrong, size));
            assert!(!sound_in_windows(file.as_file(), len - 1, &records, size));
        }
    }
}
