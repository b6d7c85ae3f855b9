//! `StateStore`: the reading state in memory plus the file it persists to.
//!
//! Changes only touch memory; `flush_if_due` writes at most once per
//! `DEBOUNCE` while changes keep coming (a scroll is many changes), and
//! `flush` writes at once (on quit). A write appends what changed to the
//! journal (see `journal`), not the whole state. Opening never fails: whatever goes
//! wrong leaves qari running on a fresh or read-only state with a notice.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::StateError;
use super::StateNotice;
use super::atomic::{follow_own_links, remove_stale_temps};
use super::disk::load;
use super::lock::{LockAttempt, StateLock, try_lock};
use super::model::{ArticleState, Position, StateData};
use super::saver::{Saved, Saver};
use super::settings::Settings;
use super::takeover::{Fields, Touched, take_over};
use crate::safe_fs;

/// How long a change waits before it is written.
pub const DEBOUNCE: Duration = Duration::from_millis(1500);

#[derive(Debug)]
enum Access {
    /// This process holds the lock and writes the file.
    Writer(StateLock),
    /// Another process holds the lock: changes are kept in memory, and
    /// written once the lock is free (see `takeover`).
    Waiting,
    /// Changes are kept in memory only.
    ReadOnly,
}

#[derive(Debug)]
pub struct StateStore {
    path: Option<PathBuf>,
    access: Access,
    data: StateData,
    revision: u64,
    saved_revision: u64,
    pending_since: Option<Instant>,
    notices: Vec<StateNotice>,
    /// What changed while `Waiting`, to add to the other process's file.
    touched: Touched,
    saver: Saver,
    last_save: Option<Saved>,
}

impl StateStore {
    /// A state that is never written: for tests and `--state` less runs.
    pub fn in_memory() -> StateStore {
        StateStore::with(None, Access::ReadOnly, StateData::default(), vec![])
    }

    /// Opens the state at `path`, taking the writer's lock when it is free.
    pub fn open(path: &Path) -> StateStore {
        // A folder or a device named by mistake is neither read (a pipe
        // would block), nor moved aside, nor given a lock file beside it.
        if let Ok(meta) = fs::metadata(path)
            && !meta.is_file()
        {
            let kind = if meta.is_dir() {
                "it is a folder"
            } else {
                "it is not a regular file"
            };
            let notice = StateNotice::CorruptKept {
                path: path.to_path_buf(),
                reason: kind.to_string(),
            };
            return StateStore::untouched(path, notice);
        }
        let mut notices = Vec::new();
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
            && let Err(err) = fs::create_dir_all(dir)
        {
            notices.push(StateNotice::Unwritable {
                path: path.to_path_buf(),
                reason: err.to_string(),
            });
        }
        if let Some(reason) = unsafe_place(path) {
            // Someone else could plant links where the state and its lock
            // are written: nothing there is read, written or created.
            let notice = StateNotice::Unwritable {
                path: path.to_path_buf(),
                reason,
            };
            return StateStore::untouched(path, notice);
        }
        let access = match try_lock(path) {
            Ok(LockAttempt::Acquired(lock)) => Access::Writer(lock),
            Ok(LockAttempt::Busy) => {
                notices.push(StateNotice::Locked {
                    path: path.to_path_buf(),
                });
                Access::Waiting
            }
            Err(err) => {
                if notices.is_empty() {
                    notices.push(StateNotice::Unwritable {
                        path: path.to_path_buf(),
                        reason: err.to_string(),
                    });
                }
                Access::ReadOnly
            }
        };
        let writer = matches!(access, Access::Writer(_));
        if writer {
            remove_stale_temps(path);
        }
        let mut loaded = load(path, writer, &mut notices);
        let access = if loaded.writable {
            access
        } else {
            Access::ReadOnly
        };
        let saver = Saver::after_load(&mut loaded);
        let mut store = StateStore::with(Some(path.to_path_buf()), access, loaded.data, notices);
        store.saver = saver;
        if loaded.needs_save {
            // Recovered from a journal moved aside: saved whole at the next flush.
            store.revision = 1;
        }
        store
    }

    /// A store that neither reads nor writes `path`, for the reason `notice`
    /// gives.
    fn untouched(path: &Path, notice: StateNotice) -> StateStore {
        let data = StateData::default();
        StateStore::with(
            Some(path.to_path_buf()),
            Access::ReadOnly,
            data,
            vec![notice],
        )
    }

    fn with(
        path: Option<PathBuf>,
        access: Access,
        data: StateData,
        notices: Vec<StateNotice>,
    ) -> StateStore {
        StateStore {
            path,
            access,
            data,
            revision: 0,
            saved_revision: 0,
            pending_since: None,
            notices,
            touched: Touched::default(),
            saver: Saver::default(),
            last_save: None,
        }
    }

    /// What the user should be told about opening the state.
    pub fn notices(&self) -> &[StateNotice] {
        &self.notices
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The lock file this process holds, when it is the writer.
    pub fn lock_file(&self) -> Option<&Path> {
        match &self.access {
            Access::Writer(lock) => Some(lock.path()),
            Access::Waiting | Access::ReadOnly => None,
        }
    }

    /// Whether changes reach the file.
    pub fn is_writable(&self) -> bool {
        self.path.is_some() && matches!(self.access, Access::Writer(_))
    }

    pub fn data(&self) -> &StateData {
        &self.data
    }

    pub fn get(&self, id: &str) -> ArticleState {
        self.data.get(id)
    }

    pub fn is_read(&self, id: &str) -> bool {
        self.data.articles.get(id).is_some_and(|s| s.read)
    }

    pub fn is_bookmarked(&self, id: &str) -> bool {
        self.data.articles.get(id).is_some_and(|s| s.bookmarked)
    }

    pub fn position(&self, id: &str) -> Option<Position> {
        self.data.articles.get(id).and_then(|s| s.position)
    }

    pub fn selected(&self) -> Option<&str> {
        self.data.selected.as_deref()
    }

    fn change(&mut self, id: &str, f: impl FnOnce(&mut ArticleState)) {
        let before = self.data.get(id);
        if self.data.update(id, f) {
            self.revision += 1;
            self.saver.touch(id);
            if matches!(self.access, Access::Waiting) {
                let fields = Fields::between(&before, &self.data.get(id));
                self.touched.add(id, fields);
            }
        }
    }

    pub fn set_read(&mut self, id: &str, read: bool) {
        self.change(id, |s| s.read = read);
    }

    pub fn toggle_read(&mut self, id: &str) {
        self.change(id, |s| s.read = !s.read);
    }

    pub fn toggle_bookmark(&mut self, id: &str) {
        self.change(id, |s| s.bookmarked = !s.bookmarked);
    }

    pub fn set_position(&mut self, id: &str, position: Position) {
        self.change(id, |s| s.position = Some(position));
    }

    /// Back to the top of the article.
    pub fn clear_position(&mut self, id: &str) {
        self.change(id, |s| s.position = None);
    }

    /// `now` is seconds since the Unix epoch (see `unix_now`).
    pub fn mark_opened(&mut self, id: &str, now: u64) {
        self.change(id, |s| s.last_opened = Some(now));
    }

    pub fn set_selected(&mut self, id: Option<&str>) {
        if self.data.selected.as_deref() != id {
            self.data.selected = id.map(str::to_string);
            self.revision += 1;
            self.touched.selected = true;
        }
    }

    /// Searches run in the reader, the latest first.
    pub fn search_history(&self) -> &[String] {
        &self.data.search_history
    }

    /// Puts `query` first in the search history, keeping `keep` searches.
    pub fn remember_search(&mut self, query: &str, keep: usize) {
        if self.data.remember_search(query, keep) {
            self.revision += 1;
            self.touched.search_history = true;
        }
    }

    /// The settings chosen in the reader.
    pub fn settings(&self) -> &Settings {
        &self.data.settings
    }

    /// Remembers a setting chosen in the reader.
    pub fn remember_setting(&mut self, change: impl FnOnce(&mut Settings)) {
        let mut chosen = Settings::default();
        change(&mut chosen);
        let before = self.data.settings.clone();
        self.data.settings.overlay(&chosen);
        if self.data.settings != before {
            self.revision += 1;
            self.touched.settings.overlay(&chosen);
        }
    }

    /// Removes entries of articles not in `present`; returns their ids.
    pub fn prune(&mut self, present: &HashSet<&str>) -> Vec<String> {
        let gone = self.data.prune(present);
        if !gone.is_empty() {
            self.revision += 1;
        }
        for id in &gone {
            self.saver.touch(id);
        }
        gone
    }

    /// What the last write wrote: lines added to the journal, or the whole
    /// state.
    pub fn last_save(&self) -> Option<Saved> {
        self.last_save
    }

    /// A number that changes with every change in memory.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Whether some change has not reached the file yet.
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// Writes when a change has waited `DEBOUNCE`; call it on every tick.
    /// Returns whether it wrote.
    pub fn flush_if_due(&mut self, now: Instant) -> Result<bool, StateError> {
        if !self.is_dirty() {
            self.pending_since = None;
            return Ok(false);
        }
        let since = *self.pending_since.get_or_insert(now);
        if now.saturating_duration_since(since) < DEBOUNCE {
            return Ok(false);
        }
        match self.flush() {
            Ok(wrote) => {
                if self.is_dirty() {
                    // Still waiting for the lock: try again after another wait.
                    self.pending_since = Some(now);
                }
                Ok(wrote)
            }
            Err(err) => {
                // Retry after another full wait rather than on every tick.
                self.pending_since = Some(now);
                Err(err)
            }
        }
    }

    /// Writes now if anything changed (on quit). Read-only stores keep their
    /// changes in memory and return `Ok(false)`; one started while another
    /// qari held the state first tries to take over from it.
    pub fn flush(&mut self) -> Result<bool, StateError> {
        if !self.is_dirty() {
            return Ok(false);
        }
        let Some(path) = &self.path else {
            return Ok(false);
        };
        match self.access {
            Access::Writer(_) => {}
            Access::ReadOnly => return Ok(false),
            Access::Waiting => {
                let Some((lock, merged)) = take_over(path, &self.data, &self.touched) else {
                    return Ok(false);
                };
                self.access = Access::Writer(lock);
                self.data = merged;
                self.touched = Touched::default();
                self.saver = Saver::rewrite_all();
            }
        }
        let saved = self
            .saver
            .save(path, &mut self.data)
            .map_err(|source| StateError::Write {
                path: path.clone(),
                source,
            })?;
        self.last_save = Some(saved);
        self.saved_revision = self.revision;
        self.pending_since = None;
        Ok(true)
    }
}

/// Why the state must not be kept at `path`: it is a link another user
/// made, or its folder (or the folder a link of ours leads to) can be
/// written by other users.
fn unsafe_place(path: &Path) -> Option<String> {
    let target = match follow_own_links(path) {
        Ok(target) => target,
        Err(err) => return Some(err.to_string()),
    };
    let folder = |p: &Path| p.parent().map(Path::to_path_buf).unwrap_or_default();
    safe_fs::folder_not_private(&folder(path))
        .or_else(|| safe_fs::folder_not_private(&folder(&target)))
}
