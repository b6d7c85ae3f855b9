//! The writer's side of saving: what changed since the last save goes to
//! the journal as lines; the whole state is written (a new snapshot and a
//! new journal) only when there is no journal to continue or it has grown
//! past its bound.

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use super::atomic::write_atomic;
use super::disk::{Loaded, Tail};
use super::journal::{self, append, bound, header, journal_path, new_generation, top_line};
use super::model::StateData;
use crate::safe_fs::{self, Existing};

#[derive(Debug, Default)]
pub struct Saver {
    /// The journal saves append to; `None`: the next save writes it all.
    tail: Option<Tail>,
    snapshot_len: u64,
    /// Articles changed since the last save.
    dirty: BTreeSet<String>,
    /// The top-level line as the files hold it now.
    saved_top: Option<Vec<u8>>,
}

/// What a save wrote: lines appended, or the whole state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    Appended { bytes: u64 },
    Whole { bytes: u64 },
}

impl Saver {
    /// The saver for the state just read.
    pub fn after_load(loaded: &mut Loaded) -> Saver {
        Saver {
            tail: loaded.tail,
            snapshot_len: loaded.snapshot_len,
            dirty: BTreeSet::new(),
            saved_top: Some(top_line(&mut loaded.data)),
        }
    }

    /// After a takeover: the other qari's files are replaced whole.
    pub fn rewrite_all() -> Saver {
        Saver::default()
    }

    /// Remembers that article `id` changed.
    pub fn touch(&mut self, id: &str) {
        if !self.dirty.contains(id) {
            self.dirty.insert(id.to_string());
        }
    }

    /// Writes what changed since the last save to the state at `path`.
    pub fn save(&mut self, path: &Path, data: &mut StateData) -> io::Result<Saved> {
        let top = top_line(data);
        if let Some(tail) = self.tail {
            let mut lines = Vec::new();
            for id in &self.dirty {
                journal::push_article(&mut lines, id, data.get(id));
            }
            if self.saved_top.as_ref() != Some(&top) {
                lines.extend_from_slice(&top);
            }
            let grown = tail.len + lines.len() as u64;
            if data.journal == Some(tail.generation) && grown <= bound(self.snapshot_len) {
                if !lines.is_empty() {
                    // Whatever fails, the journal may now end in part of
                    // these lines: the next save starts afresh.
                    self.tail = None;
                    let len = append(&journal_path(path), tail.len, &lines)?;
                    self.tail = Some(Tail { len, ..tail });
                }
                self.dirty.clear();
                self.saved_top = Some(top);
                return Ok(Saved::Appended {
                    bytes: lines.len() as u64,
                });
            }
        }
        self.write_whole(path, data, top)
    }

    /// A new snapshot naming a new generation, then that generation's empty
    /// journal. A crash between the two leaves the old journal, which names
    /// the old generation and is ignored.
    fn write_whole(
        &mut self,
        path: &Path,
        data: &mut StateData,
        top: Vec<u8>,
    ) -> io::Result<Saved> {
        self.tail = None;
        let generation = new_generation();
        let snapshot = data.to_json_with_journal(generation);
        write_atomic(path, &snapshot)?;
        data.journal = Some(generation);
        self.snapshot_len = snapshot.len() as u64;
        self.dirty.clear();
        self.saved_top = Some(top);
        let first = header(generation);
        // Replaced, never written through: a link at the journal's name
        // is not the user's dotfile, unlike one at the state's.
        safe_fs::write_file(&journal_path(path), &first, Existing::Replace)?;
        self.tail = Some(Tail {
            generation,
            len: first.len() as u64,
        });
        Ok(Saved::Whole {
            bytes: (snapshot.len() + first.len()) as u64,
        })
    }
}
