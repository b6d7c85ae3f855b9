//! A warm list: when the walk finds every file of the library as the
//! index has it (the same paths in the same order, sizes and times, none
//! modified since the index's scan began) and the search store holds them
//! all as they are, a refresh would change nothing. The list is then the
//! index's, decoded straight into articles on every core, and neither the
//! index nor the store is written. Anything else goes through `refresh`.

use std::path::{Path, PathBuf};

use memmap2::Mmap;

use super::article_ref::ArticleRef;
use super::stamps::Stamps;
use super::store::{self, Written};
use super::{format, listing};
use crate::article::{Article, LoadProblem};

/// What a warm list needs besides the walk: the index file and the
/// search store's table, mapped.
pub(super) struct Prepared {
    map: Mmap,
    /// The store's table file, compared with the index as its bytes: a
    /// warm list decodes none of its hundred thousand records.
    table: Option<store::MappedTable>,
    paths: store::Paths,
    /// Whom a refresh's store writer shares the decoded table with.
    shared: store::SharedTable,
}

impl Prepared {
    /// Maps both for the index file `index`; `None` without one.
    pub fn read(index: &Path) -> Option<Prepared> {
        let paths = store::Paths::beside(index);
        Prepared::read_sharing(index, &store::SharedTable::new(&paths))
    }

    /// [`Prepared::read`], the store's table decoded, when a refresh
    /// needs it, once with the other users of `table`.
    pub fn read_sharing(index: &Path, table: &store::SharedTable) -> Option<Prepared> {
        let paths = store::Paths::beside(index);
        Some(Prepared {
            map: listing::map(index)?,
            table: store::MappedTable::read(&paths),
            paths,
            shared: table.clone(),
        })
    }

    /// The search store's table, decoded, for the refresh of a list that
    /// is not warm (see `StoreWriter::open_knowing`).
    pub fn take_table(&self) -> Option<Written> {
        Written::read_sharing(&self.paths, &self.shared)
    }

    /// The index file checked whole (its length and checksum), its
    /// entries still to read: for [`Prepared::list`], and for a refresh
    /// when the list is not warm, which need not check it again.
    pub fn open(&self) -> Result<format::Payload<'_>, format::DecodeError> {
        format::open(&self.map)
    }

    /// The articles and problems the index lists, when `files` (the walk
    /// of the library folder whose real path is `real`) are the index's
    /// files as it has them; `None` when anything differs or is damaged.
    pub fn list(
        &self,
        payload: &format::Payload,
        real: &Path,
        files: &[PathBuf],
        stamps: &Stamps,
    ) -> Option<(Vec<Article>, Vec<LoadProblem>)> {
        self.unchanged(payload, real, files, stamps)
            .then(|| listing::parts_of(payload).ok())
            .flatten()
    }

    /// [`Prepared::list`] with the articles' fields borrowed from the
    /// index (see [`listing::rows_of`]).
    pub fn rows<'a>(
        &'a self,
        payload: &format::Payload<'a>,
        real: &Path,
        files: &[PathBuf],
        stamps: &Stamps,
    ) -> Option<(Vec<ArticleRef<'a>>, Vec<LoadProblem>)> {
        self.unchanged(payload, real, files, stamps)
            .then(|| listing::rows_of(payload).ok())
            .flatten()
    }

    /// Whether `files` (the walk of the library folder whose real path is
    /// `real`) are the files of the index `payload` as it has them and the
    /// search store holds them as they are: a refresh would change nothing.
    pub fn unchanged(
        &self,
        payload: &format::Payload,
        real: &Path,
        files: &[PathBuf],
        stamps: &Stamps,
    ) -> bool {
        self.unchanged_or_none(payload, real, files, stamps)
            .is_some()
    }

    fn unchanged_or_none(
        &self,
        payload: &format::Payload,
        real: &Path,
        files: &[PathBuf],
        stamps: &Stamps,
    ) -> Option<()> {
        if payload.library != real || payload.count != files.len() {
            return None;
        }
        let mut entries = payload.entries();
        let mut held = Vec::with_capacity(files.len());
        for (file, stamp) in files.iter().zip(&stamps.each) {
            let e = entries.next_stamped()?.ok()?;
            let same = file.as_os_str().as_encoded_bytes() == e.path.as_bytes()
                && *stamp == Some((e.size, e.mtime))
                && e.mtime < payload.scanned;
            if !same {
                return None;
            }
            if let Some(n) = e.articles.filter(|&n| n > 0) {
                held.push((e.path, e.size, e.mtime, n));
            }
        }
        entries.finish().ok()?;
        self.table.as_ref()?.holds_exactly(held).then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::store::{Paths, StoreWriter};
    use crate::index::{refresh_with, write};
    use std::time::{Duration, SystemTime};

    /// Three article files and one that does not load, modified long ago
    /// (but the last when `just_now`), indexed with their search store as
    /// `load_library` does.
    fn indexed(dir: &Path, just_now: bool) -> (PathBuf, Vec<PathBuf>) {
        let lib = dir.join("library");
        std::fs::create_dir_all(lib.join("a")).expect("library folder");
        let mut files = Vec::new();
        for (name, text) in [
            ("a/1.json", r#"{"title": "الأول", "body": "نص."}"#),
            ("a/2.json", "{\"title\": \"cut"),
            ("b.json", r#"{"title": "الثاني", "body": "نص."}"#),
            ("c.json", r#"{"title": "الثالث", "body": "نص."}"#),
        ] {
            let file = lib.join(name);
            std::fs::write(&file, text).expect("article");
            if !(just_now && name == "c.json") {
                set_old_time(&file, 0);
            }
            files.push(file);
        }
        let index = dir.join("cache/library.index");
        std::fs::create_dir_all(index.parent().expect("cache")).expect("cache folder");
        let store = StoreWriter::open(&Paths::beside(&index), true)
            .expect("store")
            .expect("unlocked");
        let (built, _) = refresh_with(&lib, &files, None, &|_, _| {}, Some(&store));
        store.finish(&built.entries).expect("store written");
        write(&index, &built).expect("index written");
        (index, files)
    }

    fn set_old_time(file: &Path, seconds: u64) {
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_600_000_000 + seconds);
        let f = std::fs::File::options()
            .write(true)
            .open(file)
            .expect("open");
        f.set_modified(at).expect("time set");
    }

    fn listed(index: &Path, files: &[PathBuf]) -> Option<usize> {
        let lib = index.parent()?.parent()?.join("library");
        let prepared = Prepared::read(index)?;
        let payload = prepared.open().ok()?;
        let stamps = Stamps::of(files);
        let rows = prepared.rows(&payload, &lib, files, &stamps);
        let Some((articles, problems)) = prepared.list(&payload, &lib, files, &stamps) else {
            assert!(rows.is_none(), "no rows where there is no list");
            return None;
        };
        assert_eq!(problems.len(), 1, "the file that does not load");
        let (rows, bad) = rows.expect("rows where there is a list");
        assert_eq!(bad, problems);
        let titles: Vec<&str> = articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(rows.iter().map(|r| r.title).collect::<Vec<_>>(), titles);
        Some(articles.len())
    }

    #[test]
    fn files_as_the_index_has_them_are_listed_from_it() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (index, files) = indexed(dir.path(), false);
        assert_eq!(listed(&index, &files), Some(3));
    }

    #[test]
    fn any_difference_sends_the_list_through_a_refresh() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (index, files) = indexed(dir.path(), false);
        set_old_time(&files[2], 1);
        assert_eq!(listed(&index, &files), None, "a time changed");
        set_old_time(&files[2], 0);
        std::fs::write(&files[3], r#"{"title": "الثالث", "body": "نص آخر."}"#).expect("write");
        set_old_time(&files[3], 0);
        assert_eq!(listed(&index, &files), None, "a size changed");
        let (index, files) = indexed(dir.path(), false);
        assert_eq!(listed(&index, &files[..3]), None, "a file gone");
        assert_eq!(listed(&index, &[&files[..2], &files[3..]].concat()), None);
        let (index, files) = indexed(dir.path(), true);
        // Changed again within its time's tick, it would look the same.
        assert_eq!(listed(&index, &files), None, "modified as the scan began");
        let (index, files) = indexed(dir.path(), false);
        std::fs::remove_file(Paths::beside(&index).table).expect("table removed");
        assert_eq!(listed(&index, &files), None, "no search store");
    }
}
