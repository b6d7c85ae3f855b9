//! The start of every use of the index: the library folder walked while
//! the index and the search store's table are mapped. From there a warm
//! list borrows its rows from the index, and anything else brings the
//! index up to date.

use std::path::{Path, PathBuf};

use super::stamps::{self, Stamps};
use super::warm::Prepared;
use super::{
    ArticleRef, Changes, Progress, kept, open_store, real_path, refresh_known, usable_path,
};
use crate::article::scan::LibraryLinks;
use crate::article::{Library, LoadProblem};

/// A library folder walked (its files looked at) and its index and search
/// store's table mapped: what a warm list and a refresh start from.
pub struct Looked {
    library: PathBuf,
    real: PathBuf,
    index_path: Result<PathBuf, String>,
    prepared: Option<Prepared>,
    files: Vec<PathBuf>,
    stamps: Stamps,
    problems: Vec<LoadProblem>,
}

/// Walks the library folder `library` while its index and the search
/// store's table are read.
pub fn look(library: &Path, links: LibraryLinks) -> Looked {
    let index_path = usable_path(library);
    let (prepared, walked) = std::thread::scope(|s| {
        let walk = s.spawn(|| stamps::walked(library, links));
        let prepared = index_path.as_deref().ok().and_then(Prepared::read);
        (prepared, walk.join())
    });
    let (files, stamps, problems) = match walked {
        Ok(walked) => walked,
        // The walk only panics on a bug: shown as such.
        Err(panic) => std::panic::resume_unwind(panic),
    };
    Looked {
        library: library.to_path_buf(),
        real: real_path(library),
        index_path,
        prepared,
        files,
        stamps,
        problems,
    }
}

impl Looked {
    /// The articles the index lists, their fields borrowed from it, and
    /// the problems, when the library is as the index has it (a warm list,
    /// see `warm`); `None` when [`Looked::load`] must bring it up to date.
    pub fn warm_rows(&self) -> Option<(Vec<ArticleRef<'_>>, Vec<LoadProblem>)> {
        let prepared = self.prepared.as_ref()?;
        let payload = prepared.open().ok()?;
        let (rows, bad) = prepared.rows(&payload, &self.real, &self.files, &self.stamps)?;
        let mut problems = self.problems.clone();
        problems.extend(bad);
        Some((rows, problems))
    }

    /// The library's articles and problems from its index (see
    /// [`load_library`]).
    pub fn load(self, progress: Progress) -> (Library, Changes, Option<String>) {
        let Looked {
            library,
            real,
            index_path,
            prepared,
            files,
            stamps,
            mut problems,
        } = self;
        let library = library.as_path();
        // The index is checked once, for the warm list and else for the refresh.
        let opened = prepared.as_ref().map(Prepared::open);
        if let (Some(prepared), Some(Ok(payload))) = (&prepared, &opened)
            && let Some((articles, bad)) = prepared.list(payload, &real, &files, &stamps)
        {
            problems.extend(bad);
            let changes = Changes {
                kept: files.len(),
                ..Changes::default()
            };
            let library = Library {
                articles,
                problems,
                is_sample: false,
            };
            return (library, changes, None);
        }
        // The refresh starts from the mapped index, its entries not decoded.
        let mut held = Vec::new();
        let (mut old, mut note) = kept::previous_known(&index_path, library, opened, &mut held);
        // Decoded only now: the warm list compared it with the index as bytes.
        let table = prepared.as_ref().and_then(Prepared::take_table);
        let store = open_store(library, old.is_none(), table);
        if let (Some(store), Some(old)) = (&store, &mut old) {
            // A file whose folded text the store lacks is read again.
            store.retain_held(&mut old.entries);
        }
        let (index, changes) = refresh_known(&real, &files, &stamps, old, progress, store.as_ref());
        let to_write = changes.to_write();
        kept::save(
            library,
            store,
            &index.slots,
            to_write,
            |out: &mut dyn std::io::Write| index.write_to(out),
            &mut note,
        );
        let (articles, bad) = index.parts();
        problems.extend(bad);
        let library = Library {
            articles,
            problems,
            is_sample: false,
        };
        (library, changes, note)
    }
}
