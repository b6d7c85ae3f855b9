//! Reading the state from disk: the snapshot, then the journal that
//! continues it, with what is wrong with either reported, and bad files
//! moved aside (by the writer) rather than overwritten.

use std::fs;
use std::io;
use std::path::Path;
use std::time::SystemTime;

use super::journal::{self, Replayed};
use super::model::{FORMAT_VERSION, StateData};
use super::{StateNotice, corrupt_path};
use crate::safe_fs::{self, ReadError};

/// A state file larger than this is reported and left alone: a reading
/// state of a large library is a few megabytes. The journal has the same
/// limit (it is folded into the snapshot long before).
pub const MAX_STATE_BYTES: u64 = 64 * 1024 * 1024;

/// A file's bytes, read with the size limit and without blocking.
pub fn read_state(path: &Path) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    safe_fs::read_limited(path, MAX_STATE_BYTES, &mut bytes)?;
    Ok(bytes)
}

/// The journal that can be appended to: its generation and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tail {
    pub generation: u64,
    pub len: u64,
}

/// The state as read by `load`.
#[derive(Debug, Default)]
pub struct Loaded {
    pub data: StateData,
    /// Whether the files may be replaced (by this process, once it holds
    /// the lock).
    pub writable: bool,
    pub snapshot_len: u64,
    /// `None`: the next save writes the whole state and a new journal.
    pub tail: Option<Tail>,
    /// Changes were recovered from a journal moved aside: only a save of
    /// the whole state keeps them.
    pub needs_save: bool,
}

impl Loaded {
    fn fresh(writable: bool) -> Loaded {
        Loaded {
            writable,
            ..Loaded::default()
        }
    }
}

/// Reads the snapshot and its journal; `writer` says whether this process
/// holds the lock (and may move bad files aside).
pub fn load(path: &Path, writer: bool, notices: &mut Vec<StateNotice>) -> Loaded {
    let bytes = match read_state(path) {
        Ok(bytes) => bytes,
        Err(ReadError::Io(err)) if err.kind() == io::ErrorKind::NotFound => {
            return Loaded::fresh(true);
        }
        Err(err @ ReadError::TooLarge { .. }) => {
            // Not state qari wrote: kept as it is, and not read into memory.
            notices.push(StateNotice::CorruptKept {
                path: path.to_path_buf(),
                reason: err.to_string(),
            });
            return Loaded::fresh(false);
        }
        Err(err) => return corrupt(path, writer, err.to_string(), notices),
    };
    let mut data = match serde_json::from_slice::<StateData>(&bytes) {
        Ok(data) => data,
        // serde_json's message ends with the line and column.
        Err(err) => return corrupt(path, writer, err.to_string(), notices),
    };
    if data.version > FORMAT_VERSION {
        notices.push(StateNotice::NewerVersion {
            path: path.to_path_buf(),
            version: data.version,
        });
        // Its journal is not this qari's to read either.
        return Loaded {
            data,
            ..Loaded::fresh(false)
        };
    }
    let mut loaded = Loaded {
        snapshot_len: bytes.len() as u64,
        ..Loaded::fresh(true)
    };
    continue_with_journal(path, writer, &mut data, &mut loaded, notices);
    loaded.data = data;
    loaded
}

/// Applies the journal of the snapshot at `path` to `data`.
fn continue_with_journal(
    path: &Path,
    writer: bool,
    data: &mut StateData,
    loaded: &mut Loaded,
    notices: &mut Vec<StateNotice>,
) {
    let journal = journal::journal_path(path);
    let found = match read_journal(&journal, data) {
        Ok(Some(found)) => found,
        // None, or not this snapshot's: a new one is started on saving.
        Ok(None) => return,
        Err(reason) => {
            notices.push(StateNotice::CorruptKept {
                path: journal,
                reason,
            });
            loaded.writable = false;
            return;
        }
    };
    if let Some(version) = found.newer {
        notices.push(StateNotice::NewerVersion {
            path: journal,
            version,
        });
        loaded.writable = false;
        return;
    }
    let Some(reason) = found.bad else {
        loaded.tail = (!found.torn).then_some(Tail {
            generation: found.generation,
            len: found.whole,
        });
        return;
    };
    // The lines before the bad one are applied and kept.
    if !writer {
        notices.push(StateNotice::CorruptKept {
            path: journal,
            reason,
        });
        loaded.writable = false;
        return;
    }
    match move_aside(&journal) {
        Ok(moved_to) => {
            notices.push(StateNotice::Corrupt {
                path: journal,
                moved_to,
                reason,
            });
            loaded.needs_save = true;
        }
        Err(err) => {
            notices.push(StateNotice::CorruptKept {
                path: journal,
                reason: format!("{reason}; moving it aside failed: {err}"),
            });
            loaded.writable = false;
        }
    }
}

/// Reads the journal at `path` and applies it to `data`. `Ok(None)` when
/// there is none, or it belongs to another snapshot; `Err` with the reason
/// when it cannot be read.
pub fn read_journal(path: &Path, data: &mut StateData) -> Result<Option<Replayed>, String> {
    match read_state(path) {
        Ok(bytes) => Ok(journal::replay(data, &bytes)),
        Err(ReadError::Io(err)) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err.to_string()),
    }
}

/// The state as it stands on disk, for a process that does not hold the
/// lock (`peek`, a takeover's first read): the snapshot and its journal.
/// A writer may fold the journal into a new snapshot between the two
/// reads, renaming the new snapshot in first: when the snapshot's file is
/// another one after the journal was read, both are read again.
pub fn read_whole(path: &Path) -> Result<Option<(StateData, Option<Replayed>)>, String> {
    let mut tries = 0;
    loop {
        tries += 1;
        let before = file_identity(path);
        let mut data = match read_state(path) {
            Ok(bytes) => serde_json::from_slice::<StateData>(&bytes).map_err(|e| e.to_string())?,
            Err(ReadError::Io(err)) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.to_string()),
        };
        if data.version > FORMAT_VERSION {
            return Ok(Some((data, None)));
        }
        let journal = journal::journal_path(path);
        let found = read_journal(&journal, &mut data)?;
        if found.is_some() || tries == 5 || file_identity(path) == before {
            return Ok(Some((data, found)));
        }
    }
}

/// The device and inode of the file at `path`: a rename over it changes them.
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        fs::metadata(path)
            .ok()
            .and_then(|m| m.modified().ok())
            .map(|t| {
                let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
                (d.as_secs(), u64::from(d.subsec_nanos()))
            })
    }
}

/// Moves a bad snapshot aside so nothing is silently overwritten (its
/// journal with it: its lines mean nothing without it), and starts fresh.
fn corrupt(path: &Path, writer: bool, reason: String, notices: &mut Vec<StateNotice>) -> Loaded {
    if !writer {
        notices.push(StateNotice::CorruptKept {
            path: path.to_path_buf(),
            reason,
        });
        return Loaded::fresh(false);
    }
    match move_aside(path) {
        Ok(moved_to) => {
            notices.push(StateNotice::Corrupt {
                path: path.to_path_buf(),
                moved_to,
                reason,
            });
            let journal = journal::journal_path(path);
            if journal.exists() {
                // Kept beside the snapshot it continued; an error leaves it
                // where it is, to be ignored (it names no fresh snapshot).
                let _ = move_aside(&journal);
            }
            Loaded::fresh(true)
        }
        Err(err) => {
            notices.push(StateNotice::CorruptKept {
                path: path.to_path_buf(),
                reason: format!("{reason}; moving it aside failed: {err}"),
            });
            Loaded::fresh(false)
        }
    }
}

fn move_aside(path: &Path) -> io::Result<std::path::PathBuf> {
    let aside = corrupt_path(path, SystemTime::now());
    fs::rename(path, &aside)?;
    Ok(aside)
}
