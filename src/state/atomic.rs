//! Crash-safe file replacement: after a crash or power loss the file holds
//! either its old content or its new content, never a mix or nothing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::safe_fs::{self, Existing};

/// Replaces `path` with `bytes`: write a random-named temporary file beside
/// it, fsync it, rename it over `path`, fsync the folder so the rename
/// itself is durable.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, |_| {})
}

/// `write_atomic`, calling `before_rename` with the temporary file's path
/// once it is written and synced. Tests use it to stop the process at the
/// worst moment and show the old file survives.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path),
) -> io::Result<()> {
    let path = follow_own_links(path)?;
    // The new file keeps the old one's permissions when it is ours (a user
    // may have made their reading history private), else it is private.
    safe_fs::write_file_with(&path, bytes, Existing::Replace, before_rename)
}

/// The file a chain of symbolic links ends at. Renaming over a link would
/// replace the link, and the file it points to (kept with other dotfiles,
/// say) would silently stop being updated. Only links of qari's own user
/// are followed: one planted by another user is an error.
pub fn follow_own_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    // As many as the kernel follows before it gives up on a loop.
    for _ in 0..40 {
        let Ok(meta) = fs::symlink_metadata(&path) else {
            break;
        };
        if !meta.is_symlink() {
            break;
        }
        if !safe_fs::owned_by_me(&meta) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "{} is a symbolic link that belongs to another user",
                    crate::article::sanitize::inline(&path.to_string_lossy())
                ),
            ));
        }
        let target = fs::read_link(&path)?;
        path = match path.parent() {
            Some(dir) => dir.join(target),
            None => target,
        };
    }
    Ok(path)
}

/// Removes temporary files left by writers that died before their rename.
/// Only the holder of the state lock calls this, so none is in use.
pub fn remove_stale_temps(path: &Path) {
    let Ok(path) = &follow_own_links(path) else {
        return;
    };
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if file_name.starts_with(&prefix) && file_name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, "old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn failing_write_keeps_what_was_there_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        // A non-empty folder where the file should go makes the rename fail.
        let path = dir.path().join("state.json");
        fs::create_dir(&path).unwrap();
        fs::write(path.join("old"), "old").unwrap();
        assert!(write_atomic(&path, b"new").is_err());
        assert_eq!(fs::read_to_string(path.join("old")).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_state_file_stays_a_link_to_the_new_content() {
        let dir = tempfile::tempdir().unwrap();
        let dotfiles = dir.path().join("dotfiles");
        fs::create_dir(&dotfiles).unwrap();
        fs::write(dotfiles.join("state.json"), "old").unwrap();
        let link = dir.path().join("state.json");
        std::os::unix::fs::symlink("dotfiles/state.json", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(
            fs::read_to_string(dotfiles.join("state.json")).unwrap(),
            "new"
        );
        assert_eq!(
            fs::read_dir(&dotfiles).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_old_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&path, b"new").unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn stale_temporary_files_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(dir.path().join(".state.json.999.tmp"), "half").unwrap();
        fs::write(dir.path().join("other.tmp"), "keep").unwrap();
        remove_stale_temps(&path);
        assert!(!dir.path().join(".state.json.999.tmp").exists());
        assert!(dir.path().join("other.tmp").exists());
    }
}
