//! Files qari writes and reads where someone else may have planted a link, a
//! device or a pipe: imports, the reading state, shared files, the state
//! lock, and articles in the library.
//!
//! Writing never opens a predictable name: a random-named temporary is
//! created exclusively (`O_CREAT|O_EXCL`, which never follows a link) beside
//! the destination, synced, and renamed into place. Reading opens without
//! blocking and only regular files, with a size limit.

mod read;
mod write;

pub use read::{ReadError, open_regular, read_limited};
pub use write::{
    Existing, sync_written, write_file, write_file_unsynced, write_file_unsynced_by,
    write_file_with,
};

use std::fs::Metadata;
use std::path::Path;

/// The effective user this process runs as.
#[cfg(unix)]
pub fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// Whether `meta` belongs to the user qari runs as.
#[cfg(unix)]
pub fn owned_by_me(meta: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.uid() == euid()
}

#[cfg(not(unix))]
pub fn owned_by_me(_meta: &Metadata) -> bool {
    true
}

/// Why a folder is not private enough to keep qari's own files in: it can
/// be written by users other than qari's own and root (group or others have
/// write permission, or it belongs to another user). OpenSSH refuses a
/// `~/.ssh` like that for the same reason: anyone who can write the folder
/// can plant links where qari writes.
#[cfg(unix)]
pub fn folder_not_private(dir: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let meta = std::fs::metadata(dir).ok()?;
    let shown = crate::article::sanitize::inline(&dir.to_string_lossy());
    if meta.uid() != euid() && meta.uid() != 0 {
        return Some(format!(
            "the folder {shown} belongs to another user (uid {}): keep the state in a folder of your own",
            meta.uid()
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Some(format!(
            "the folder {shown} can be written by other users (mode {mode:04o}): run `chmod go-w {shown}` or keep the state elsewhere"
        ));
    }
    None
}

#[cfg(not(unix))]
pub fn folder_not_private(_dir: &Path) -> Option<String> {
    None
}
