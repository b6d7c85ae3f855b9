//! The advisory lock that makes one qari the only writer of a state file.
//!
//! The lock is taken on a separate `<state>.lock` file: the state file itself
//! is replaced by rename on every write, and a lock on the old inode would
//! not stop a process that opens the new one.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Holds the lock until dropped (or the process ends, when the OS drops it).
#[derive(Debug)]
pub struct StateLock {
    file: fd_lock::RwLock<File>,
    path: PathBuf,
}

/// The outcome of trying to become the writer.
#[derive(Debug)]
pub enum LockAttempt {
    Acquired(StateLock),
    /// Another process holds it.
    Busy,
}

pub fn lock_path(state: &Path) -> PathBuf {
    let mut name = state
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_else(|| "state".into());
    name.push(".lock");
    state.with_file_name(name)
}

/// Tries once, without waiting: a second qari must start at once, read-only.
pub fn try_lock(state: &Path) -> io::Result<LockAttempt> {
    let path = lock_path(state);
    let file = open_lock_file(&path)?;
    let mut lock = fd_lock::RwLock::new(file);
    let acquired = match lock.try_write() {
        Ok(guard) => {
            // The guard would unlock on drop; the lock must instead last as
            // long as the file is open, i.e. as long as `StateLock` lives.
            std::mem::forget(guard);
            true
        }
        Err(err) if err.kind() == io::ErrorKind::WouldBlock => false,
        Err(err) => return Err(err),
    };
    Ok(if acquired {
        LockAttempt::Acquired(StateLock { file: lock, path })
    } else {
        LockAttempt::Busy
    })
}

/// Opens (or creates, private) the lock file itself, never what a link at
/// its name points to: a planted link would make qari create or open a
/// file of the attacker's choosing. Only a regular file is accepted.
fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let shown = || crate::article::sanitize::inline(&path.to_string_lossy());
    let file = options.open(path).map_err(|err| {
        if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_symlink()) {
            io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "{} is a symbolic link; a lock file is never followed",
                    shown()
                ),
            )
        } else {
            err
        }
    })?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is not a regular file", shown()),
        ));
    }
    Ok(file)
}

impl StateLock {
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for StateLock {
    /// Unlocks explicitly rather than by closing the file: a process forked
    /// by another thread holds a copy of the descriptor until its `exec`,
    /// and the lock would outlive this `StateLock` by that long.
    fn drop(&mut self) {
        // Locking again on the descriptor that holds the lock converts it in
        // place at once; the guard then unlocks it the way fd-lock locked it.
        if let Ok(guard) = self.file.try_write() {
            drop(guard);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let first = try_lock(&state).unwrap();
        assert!(matches!(first, LockAttempt::Acquired(_)));
        assert!(matches!(try_lock(&state).unwrap(), LockAttempt::Busy));
        drop(first);
        assert!(matches!(
            try_lock(&state).unwrap(),
            LockAttempt::Acquired(_)
        ));
    }

    /// A link planted at the lock's name is not followed: nothing is
    /// created where it points, and the state stays unlocked and unwritten.
    #[cfg(unix)]
    #[test]
    fn a_link_at_the_lock_name_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let elsewhere = dir.path().join("created-through-the-link");
        std::os::unix::fs::symlink(&elsewhere, lock_path(&state)).unwrap();
        let err = try_lock(&state).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(!elsewhere.exists());
    }

    /// The descriptor stays open elsewhere (as in a child process between
    /// its fork and exec): dropping the lock still frees it.
    #[cfg(target_os = "linux")]
    #[test]
    fn dropping_releases_the_lock_while_a_copy_of_the_descriptor_lives() {
        use std::os::fd::{BorrowedFd, OwnedFd};

        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let first = try_lock(&state).unwrap();
        assert!(matches!(first, LockAttempt::Acquired(_)));
        let fd: i32 = std::fs::read_dir("/proc/self/fd")
            .unwrap()
            .flatten()
            .find(|e| std::fs::read_link(e.path()).is_ok_and(|p| p == lock_path(&state)))
            .and_then(|e| e.file_name().to_str()?.parse().ok())
            .expect("the lock file's descriptor");
        // SAFETY: `fd` is the lock file, open until `first` is dropped, and
        // is only duplicated here while `first` lives.
        let copy: OwnedFd = unsafe { BorrowedFd::borrow_raw(fd) }
            .try_clone_to_owned()
            .unwrap();
        drop(first);
        assert!(matches!(
            try_lock(&state).unwrap(),
            LockAttempt::Acquired(_)
        ));
        drop(copy);
    }
}
