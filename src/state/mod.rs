//! Reading state: read marks, bookmarks, reading positions and the selected
//! article, kept per article id in a JSON file that is written atomically,
//! continued by a journal of changes (one line a change, so a save on a
//! large library writes little), guarded by an advisory lock, and never
//! silently overwritten when bad.

mod atomic;
mod disk;
mod journal;
mod lock;
mod model;
mod peek;
mod saver;
mod settings;
mod store;
mod takeover;

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

pub use atomic::{write_atomic, write_atomic_with};
pub use disk::MAX_STATE_BYTES;
pub use journal::{JOURNAL_MIN_BOUND, journal_path};
pub use lock::{LockAttempt, StateLock, lock_path, try_lock};
pub use model::{ArticleState, FORMAT_VERSION, Position, StateData};
pub use peek::peek;
pub use saver::Saved;
pub use settings::Settings;
pub use store::{DEBOUNCE, StateStore};

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("cannot save the reading state to {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Something the user should read in the status line after opening the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateNotice {
    /// Another qari holds the lock: this one keeps changes in memory until
    /// the other quits.
    Locked { path: PathBuf },
    /// The file could not be read as state; it was renamed to `moved_to`.
    Corrupt {
        path: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    /// The file is bad but could not (or must not) be moved: left untouched.
    CorruptKept { path: PathBuf, reason: String },
    /// Written by a newer qari: read, but never overwritten.
    NewerVersion { path: PathBuf, version: u32 },
    /// The folder or lock file cannot be created.
    Unwritable { path: PathBuf, reason: String },
}

/// The point comes first: the status line shows the start of a message,
/// and paths can be long.
impl fmt::Display for StateNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateNotice::Locked { path } => write!(
                f,
                "reading state is read-only while another qari uses {}: changes are saved when it quits",
                path.display()
            ),
            StateNotice::Corrupt {
                path,
                moved_to,
                reason,
            } => write!(
                f,
                "reading state was unreadable: starting fresh; the old {} is moved to {} ({reason})",
                path.display(),
                moved_to.display()
            ),
            StateNotice::CorruptKept { path, reason } => write!(
                f,
                "reading state is unreadable and left untouched: changes are not saved ({}: {reason})",
                path.display()
            ),
            StateNotice::NewerVersion { path, version } => write!(
                f,
                "reading state is read-only: {} has format {version}, newer than this qari's {FORMAT_VERSION}",
                path.display()
            ),
            StateNotice::Unwritable { path, reason } => write!(
                f,
                "reading state changes are not saved: cannot write {} ({reason})",
                path.display()
            ),
        }
    }
}

/// Where the state lives: `--state`, else `$QARI_STATE`, else the XDG state
/// folder (`~/.local/state/qari/state.json`; the data folder on systems
/// without one).
pub fn default_path(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = flag {
        return Some(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("QARI_STATE").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let dirs = directories::ProjectDirs::from("", "", "qari")?;
    let dir = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(dir.join("state.json"))
}

/// Seconds since the Unix epoch (0 for a clock set before 1970).
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `state.json.corrupt-20261129T040512Z`, numbered when that name is taken.
pub fn corrupt_path(path: &Path, now: SystemTime) -> PathBuf {
    let secs = now
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut base = path.as_os_str().to_os_string();
    base.push(format!(".corrupt-{}", utc_stamp(secs)));
    let mut candidate = PathBuf::from(&base);
    let mut n = 1;
    while candidate.exists() {
        let mut numbered = base.clone();
        numbered.push(format!("-{n}"));
        candidate = PathBuf::from(numbered);
        n += 1;
    }
    candidate
}

/// `YYYYMMDDTHHMMSSZ` for seconds since the epoch (Howard Hinnant's
/// days-to-civil algorithm, valid for the whole `u64` range we meet).
fn utc_stamp(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_stamps_match_known_dates() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(951_782_400), "20000229T000000Z");
        assert_eq!(utc_stamp(1_795_926_312), "20261129T042512Z");
    }

    #[test]
    fn flag_wins_over_environment() {
        let p = default_path(Some(Path::new("/tmp/x.json")));
        assert_eq!(p, Some(PathBuf::from("/tmp/x.json")));
    }
}
