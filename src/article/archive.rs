//! The archive: an article's file moves out of the library into the
//! archive folder, at the same place under it, and back again on restore.
//!
//! Nothing is ever deleted and nothing is overwritten. On one file system
//! the file is linked at its new name (which fails if that name is taken)
//! and then unlinked from the old one; across file systems it is copied to
//! a new file beside its destination, synced, checked, given its mode and
//! modification time, renamed into place without replacing anything, and
//! only then removed from where it was.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use crate::safe_fs::{self, Existing};

/// Why a file was not moved. In every case it is still where it was.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("{}: not inside {}", .file.display(), .folder.display())]
    Outside { file: PathBuf, folder: PathBuf },
    #[error("{} already exists; nothing was moved", .0.display())]
    Exists(PathBuf),
    #[error("{}: {source}", .path.display())]
    Io { path: PathBuf, source: io::Error },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> ArchiveError + '_ {
    move |source| ArchiveError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The archive folder: `configured`, else the XDG data folder's
/// `qari/archive` (`~/.local/share/qari/archive`).
pub fn default_archive_dir(configured: Option<&Path>) -> Option<PathBuf> {
    match configured {
        Some(dir) => Some(dir.to_path_buf()),
        None => {
            directories::ProjectDirs::from("", "", "qari").map(|d| d.data_dir().join("archive"))
        }
    }
}

/// Moves `file`, which lies under `library`, to the same place under
/// `archive`; returns where it went.
pub fn archive(file: &Path, library: &Path, archive: &Path) -> Result<PathBuf, ArchiveError> {
    move_between(file, library, archive)
}

/// Moves `file`, which lies under `archive`, back to the same place under
/// `library`; returns where it went.
pub fn restore(file: &Path, archive: &Path, library: &Path) -> Result<PathBuf, ArchiveError> {
    move_between(file, archive, library)
}

fn move_between(file: &Path, from: &Path, to: &Path) -> Result<PathBuf, ArchiveError> {
    let inner = inside(file, from).ok_or_else(|| ArchiveError::Outside {
        file: file.to_path_buf(),
        folder: from.to_path_buf(),
    })?;
    let dest = to.join(inner);
    if let Some(parent) = dest.parent() {
        fs::create_dir_all(parent).map_err(io_error(parent))?;
    }
    move_file(file, &dest)?;
    Ok(dest)
}

/// `file`'s path below `folder`, if it is below it (as written, or once
/// both are resolved).
fn inside(file: &Path, folder: &Path) -> Option<PathBuf> {
    if let Ok(rest) = file.strip_prefix(folder) {
        return Some(rest.to_path_buf()).filter(|r| !r.as_os_str().is_empty());
    }
    // The file's own name is kept: a link there is moved, not followed.
    let parent = file.parent()?.canonicalize().ok()?;
    let rest = parent.strip_prefix(folder.canonicalize().ok()?).ok()?;
    Some(rest.join(file.file_name()?))
}

/// Moves `from` to `to`, which must not exist.
pub fn move_file(from: &Path, to: &Path) -> Result<(), ArchiveError> {
    fs::symlink_metadata(from).map_err(io_error(from))?;
    match fs::hard_link(from, to) {
        Ok(()) => {
            remove_or_undo(from, to)?;
            sync_folder_of(to)?;
            sync_folder_of(from)
        }
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
            Err(ArchiveError::Exists(to.to_path_buf()))
        }
        // Another file system (EXDEV), or one without hard links.
        Err(_) => copy_then_remove(from, to),
    }
}

/// The move across file systems: `to` is written whole and synced, with
/// `from`'s mode and modification time, and checked before `from` goes.
pub fn copy_then_remove(from: &Path, to: &Path) -> Result<(), ArchiveError> {
    let mut bytes = Vec::new();
    // A link is not copied as the file it leads to: it stays.
    let file = safe_fs::open_regular(from, false).map_err(|e| ArchiveError::Io {
        path: from.to_path_buf(),
        source: io::Error::other(e.to_string()),
    })?;
    let meta = file.metadata().map_err(io_error(from))?;
    io::Read::read_to_end(&mut &file, &mut bytes).map_err(io_error(from))?;
    let mut finish = Ok(());
    let written = safe_fs::write_file_with(to, &bytes, Existing::Keep, |tmp| {
        finish = keep_mode_and_time(tmp, &meta);
    });
    match written {
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
            return Err(ArchiveError::Exists(to.to_path_buf()));
        }
        other => other.map_err(io_error(to))?,
    }
    if let Err(err) = finish.and_then(|()| check_copy(to, &bytes)) {
        // The copy is not trusted: it goes, and the original stays.
        let _ = fs::remove_file(to);
        return Err(ArchiveError::Io {
            path: to.to_path_buf(),
            source: err,
        });
    }
    remove_or_undo(from, to)?;
    sync_folder_of(from)
}

/// Removes `from` once `to` holds the same file; when that fails while
/// `from` is still there, `to` goes instead, so the file is left once,
/// where it was. (Gone already, it lives on at `to`.)
fn remove_or_undo(from: &Path, to: &Path) -> Result<(), ArchiveError> {
    match fs::remove_file(from) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(source) => {
            if fs::symlink_metadata(from).is_ok() {
                let _ = fs::remove_file(to);
            }
            Err(ArchiveError::Io {
                path: from.to_path_buf(),
                source,
            })
        }
    }
}

fn keep_mode_and_time(tmp: &Path, meta: &fs::Metadata) -> io::Result<()> {
    let file = File::options().write(true).open(tmp)?;
    file.set_permissions(meta.permissions())?;
    file.set_modified(meta.modified()?)?;
    file.sync_all()
}

fn check_copy(to: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::read(to)? == bytes {
        true => Ok(()),
        false => Err(io::Error::other("the copy differs from the original")),
    }
}

/// Makes a name's creation or removal durable.
fn sync_folder_of(path: &Path) -> Result<(), ArchiveError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    #[cfg(unix)]
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error(dir))?;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_copy_keeps_the_bytes_mode_and_time_and_only_then_removes() {
        let dir = tempfile::tempdir().unwrap();
        let from = dir.path().join("a.json");
        fs::write(&from, "{\"title\": \"عنوان\"}").unwrap();
        fs::set_permissions(&from, fs::Permissions::from_mode(0o640)).unwrap();
        let then = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        File::options()
            .write(true)
            .open(&from)
            .unwrap()
            .set_modified(then)
            .unwrap();
        let to = dir.path().join("b.json");
        copy_then_remove(&from, &to).unwrap();
        assert!(!from.exists());
        assert_eq!(fs::read_to_string(&to).unwrap(), "{\"title\": \"عنوان\"}");
        let meta = fs::metadata(&to).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o640);
        assert_eq!(meta.modified().unwrap(), then);
        // Nothing else was left in the folder (no temporary).
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_copy_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("a"), dir.path().join("b"));
        fs::write(&from, "new").unwrap();
        fs::write(&to, "old").unwrap();
        assert!(matches!(
            copy_then_remove(&from, &to),
            Err(ArchiveError::Exists(_))
        ));
        assert_eq!(fs::read_to_string(&from).unwrap(), "new");
        assert_eq!(fs::read_to_string(&to).unwrap(), "old");
    }

    /// When the original cannot be removed, the new name goes, so the
    /// file is never left twice (nor lost: `to` is its copy or its link).
    #[test]
    fn a_failed_removal_takes_the_new_name_back() {
        let dir = tempfile::tempdir().unwrap();
        let to = dir.path().join("copy.json");
        fs::write(&to, "text").unwrap();
        // A folder cannot be removed as a file, even by root.
        let from = dir.path().join("stays");
        fs::create_dir(&from).unwrap();
        assert!(matches!(
            remove_or_undo(&from, &to),
            Err(ArchiveError::Io { .. })
        ));
        assert!(!to.exists() && from.exists());
        // Removed meanwhile by someone else: the file lives on at `to`.
        fs::write(&to, "text").unwrap();
        remove_or_undo(&dir.path().join("gone"), &to).unwrap();
        assert_eq!(fs::read_to_string(&to).unwrap(), "text");
    }

    #[test]
    fn a_link_is_not_copied_as_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        fs::write(&target, "text").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(copy_then_remove(&link, &dir.path().join("copy.json")).is_err());
        assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
        assert!(!dir.path().join("copy.json").exists());
    }
}
