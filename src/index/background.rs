//! The index built or brought up to date while the reader already runs
//! on a large library: with no index yet, the files are read on a thread
//! of its own, in batches, each sent as it is read so the reader's list
//! grows meanwhile, and the index is saved at the end; with an index, the
//! reader shows it as it was written, and this work looks at every file,
//! reads the new and changed ones, and sends the whole list if anything
//! changed.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::stamps::{Stamps, seconds};
use super::store::{SharedTable, StoreWriter};
use super::warm::Prepared;
use super::{
    Index, kept, library_parts, open_store, real_path, refresh_known, refresh_with, usable_path,
};
use crate::article::scan::{self, LibraryLinks};
use crate::article::{Article, LoadProblem};

/// Files read before a batch of their articles is sent.
pub const BATCH: usize = 2000;

/// What the work sends, in this order: progress and batches (a library
/// with no usable index), or progress and the whole list (a refresh), then
/// `Done`.
#[derive(Debug)]
pub enum Update {
    /// Files read so far, of those to read.
    Progress { done: usize, all: usize },
    /// The articles and problems of the files read since the last batch.
    Batch(Vec<Article>, Vec<LoadProblem>),
    /// The whole library as the index now has it.
    Whole(Vec<Article>, Vec<LoadProblem>),
    /// Finished; what went wrong with the index itself, if anything.
    Done(Option<String>),
}

/// Brings the index of `library` up to date, sending what it finds to
/// `send` (which returns false when nobody listens any more: the work then
/// stops, unsaved). The search store's table is read with the other users
/// of `table`, when given.
pub fn update(
    library: &Path,
    links: LibraryLinks,
    table: Option<SharedTable>,
    send: &(dyn Fn(Update) -> bool + Sync),
) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    if library.exists() {
        scan::collect_with(library, links, &mut files, &mut problems);
    }
    let real = real_path(library);
    let index_path = usable_path(library);
    // Every file as the index has it: the reader already shows that list,
    // and nothing is to be written. Seen in the mapped index without
    // decoding it, which would take as much memory again as the list.
    let prepared = index_path.as_deref().ok().and_then(|index| match &table {
        Some(table) => Prepared::read_sharing(index, table),
        None => Prepared::read(index),
    });
    // Its last user here: the table is not kept through a refresh.
    drop(table);
    let stamps = prepared.as_ref().map(|_| Stamps::of(&files));
    let opened = prepared.as_ref().map(Prepared::open);
    if let (Some(prepared), Some(stamps), Some(Ok(payload))) = (&prepared, &stamps, &opened)
        && prepared.unchanged(payload, &real, &files, stamps)
    {
        send(Update::Done(None));
        return;
    }
    // The refresh starts from the mapped index, its entries not decoded:
    // only the files read again are, beside the list the reader shows.
    let mut held = Vec::new();
    let (old, mut note) = kept::previous_known(&index_path, library, opened, &mut held);
    // The store's table, decoded once with the reader's store check.
    let table = prepared.as_ref().and_then(Prepared::take_table);
    // The search store is written beside the index, as `load_library` does.
    let store = open_store(library, old.is_none(), table);
    let Some(mut old) = old else {
        let Some(index) = in_batches(&real, &files, problems, store.as_ref(), send) else {
            return;
        };
        let fill = |out: &mut dyn std::io::Write| out.write_all(&super::encode(&index));
        kept::save(library, store, &index.entries, true, fill, &mut note);
        send(Update::Done(note));
        return;
    };
    let progress = |done, all| {
        send(Update::Progress { done, all });
    };
    if let Some(store) = &store {
        // A file whose folded text the store lacks is read again.
        store.retain_held(&mut old.entries);
    }
    let stamps = stamps.unwrap_or_else(|| Stamps::of(&files));
    let (index, changes) =
        refresh_known(&real, &files, &stamps, Some(old), &progress, store.as_ref());
    // The reader shows the index as it was: only a change is sent.
    if changes.any() {
        let (articles, bad) = index.parts();
        problems.extend(bad);
        if !send(Update::Whole(articles, problems)) {
            return;
        }
    }
    let fill = |out: &mut dyn std::io::Write| index.write_to(out);
    kept::save(
        library,
        store,
        &index.slots,
        changes.to_write(),
        fill,
        &mut note,
    );
    send(Update::Done(note));
}

/// Reads every file, [`BATCH`] at a time, sending each batch's articles;
/// the index of them all, or `None` when nobody listens any more.
fn in_batches(
    real: &Path,
    files: &[PathBuf],
    mut problems: Vec<LoadProblem>,
    store: Option<&StoreWriter>,
    send: &(dyn Fn(Update) -> bool + Sync),
) -> Option<Index> {
    let scanned = seconds(SystemTime::now());
    let mut entries = Vec::with_capacity(files.len());
    let all = files.len();
    for (n, batch) in files.chunks(BATCH).enumerate() {
        let before = n * BATCH;
        let progress = |done: usize, _| {
            send(Update::Progress {
                done: before + done,
                all,
            });
        };
        let (part, _) = refresh_with(real, batch, None, &progress, store);
        let (articles, bad) = library_parts(part.clone());
        problems.extend(bad);
        if !send(Update::Batch(articles, std::mem::take(&mut problems))) {
            return None;
        }
        entries.extend(part.entries);
    }
    if files.is_empty() && !send(Update::Batch(Vec::new(), problems)) {
        return None;
    }
    // The time the reading began, less the two seconds `refresh` allows
    // for coarse file times: a file changed since is read again next time.
    Some(Index {
        library: real.to_path_buf(),
        scanned: (scanned.0.saturating_sub(2), scanned.1),
        entries,
    })
}
