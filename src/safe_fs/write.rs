//! Writing a whole file through a random-named temporary.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

use super::owned_by_me;

/// What happens when the destination exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// It is replaced in one rename (readers see the old or the new file).
    Replace,
    /// The write fails with `AlreadyExists`, even when the file appears
    /// while the temporary is being written.
    Keep,
}

/// Writes `bytes` to `dest` (see `write_file_with`).
pub fn write_file(dest: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    write_file_with(dest, bytes, existing, |_| {})
}

/// Writes `bytes` to a temporary created exclusively in `dest`'s folder
/// under a random name (`.<name>.XXXXXX.tmp`), syncs it, calls
/// `before_rename` with its path, then renames it to `dest` and syncs the
/// folder. The new file keeps the mode of an existing `dest` only when
/// qari's user owns it; otherwise it is 0600. A link at `dest` itself is
/// replaced, never written through.
pub fn write_file_with(
    dest: &Path,
    bytes: &[u8],
    existing: Existing,
    before_rename: impl FnOnce(&Path),
) -> io::Result<()> {
    let fill = |file: &mut File| file.write_all(bytes);
    write_through_temporary(dest, fill, existing, true, before_rename)?;
    sync_folder(folder_of(dest))
}

/// [`write_file`] without the syncs, for writing many new files at once:
/// the same temporary and rename (no half-written file under `dest`'s
/// name), then one [`sync_written`] for the whole batch, before the batch
/// is reported done. Syncing each file costs a disk flush apiece, most of
/// the time of an import on a disk.
pub fn write_file_unsynced(dest: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    write_file_unsynced_by(dest, |file| file.write_all(bytes), existing)
}

/// [`write_file_unsynced`], the temporary's bytes written by `fill`: a
/// large file made as it is written need not be held whole first.
pub fn write_file_unsynced_by(
    dest: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
    existing: Existing,
) -> io::Result<()> {
    write_through_temporary(dest, fill, existing, false, |_| {})
}

/// Makes files written by [`write_file_unsynced`] into `dir` durable, their
/// data and their names: on Linux one `syncfs` of the file system holding
/// `dir`; elsewhere each file, then the folder.
pub fn sync_written(dir: &Path, files: &[std::path::PathBuf]) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let _ = files;
        let folder = File::open(dir)?;
        // SAFETY: the descriptor is open for the duration of the call.
        if unsafe { libc::syncfs(folder.as_raw_fd()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        for f in files {
            File::open(f)?.sync_all()?;
        }
        sync_folder(dir)
    }
}

fn write_through_temporary(
    dest: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
    existing: Existing,
    sync: bool,
    before_rename: impl FnOnce(&Path),
) -> io::Result<()> {
    let dir = folder_of(dest);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    if let Ok(meta) = fs::symlink_metadata(dest)
        && meta.is_file()
        && owned_by_me(&meta)
    {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    fill(tmp.as_file_mut())?;
    if sync {
        tmp.as_file().sync_all()?;
    }
    before_rename(tmp.path());
    match existing {
        Existing::Replace => tmp.persist(dest),
        Existing::Keep => tmp.persist_noclobber(dest),
    }
    .map_err(|err| err.error)?;
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Makes the rename itself durable.
#[cfg(unix)]
fn sync_folder(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; its rename is durable enough.
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn a_new_file_is_private_and_no_temporary_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a.json");
        write_file(&dest, b"new", Existing::Keep).unwrap();
        assert_eq!(fs::read(&dest).unwrap(), b"new");
        assert_eq!(mode(&dest), 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A batch written without syncs, then synced once: every file holds
    /// its bytes under its own name, no temporary is left, and an existing
    /// file is still refused.
    #[test]
    fn a_batch_written_unsynced_then_synced_once_is_complete() {
        let dir = tempfile::tempdir().unwrap();
        let names: Vec<_> = (0..5)
            .map(|i| dir.path().join(format!("{i}.json")))
            .collect();
        for (i, dest) in names.iter().enumerate() {
            write_file_unsynced(dest, format!("article {i}").as_bytes(), Existing::Keep).unwrap();
        }
        sync_written(dir.path(), &names).unwrap();
        for (i, dest) in names.iter().enumerate() {
            assert_eq!(fs::read_to_string(dest).unwrap(), format!("article {i}"));
            assert_eq!(mode(dest), 0o600);
        }
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 5);
        let err = write_file_unsynced(&names[0], b"again", Existing::Keep).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&names[0]).unwrap(), "article 0");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 5);
    }

    #[test]
    fn keep_refuses_an_existing_file_and_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a.json");
        fs::write(&dest, "old").unwrap();
        let err = write_file(&dest, b"new", Existing::Keep).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_to_string(&dest).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn replacing_keeps_the_mode_of_my_own_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a.json");
        fs::write(&dest, "old").unwrap();
        fs::set_permissions(&dest, fs::Permissions::from_mode(0o640)).unwrap();
        write_file(&dest, b"new", Existing::Replace).unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "new");
        assert_eq!(mode(&dest), 0o640);
    }

    /// Another user's file (as root: a file given to `nobody`) does not
    /// lend its mode to the new one.
    #[test]
    fn replacing_a_file_of_another_user_makes_it_private() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("a.json");
        fs::write(&dest, "old").unwrap();
        fs::set_permissions(&dest, fs::Permissions::from_mode(0o777)).unwrap();
        if std::os::unix::fs::chown(&dest, Some(65534), Some(65534)).is_err() {
            return; // Only root can give a file away.
        }
        write_file(&dest, b"new", Existing::Replace).unwrap();
        assert_eq!(mode(&dest), 0o600);
    }

    /// A link at the destination is replaced by the file: what it points to
    /// is neither written nor given the file's mode.
    #[test]
    fn a_link_at_the_destination_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "secret").unwrap();
        fs::set_permissions(&victim, fs::Permissions::from_mode(0o600)).unwrap();
        let dest = dir.path().join("a.json");
        symlink(&victim, &dest).unwrap();
        write_file(&dest, b"new", Existing::Replace).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "secret");
        assert_eq!(mode(&victim), 0o600);
        assert!(!fs::symlink_metadata(&dest).unwrap().is_symlink());
        assert_eq!(fs::read_to_string(&dest).unwrap(), "new");
    }

    /// The old writers used `.<name>.<pid>.tmp`: a link planted at that
    /// name is not touched.
    #[test]
    fn a_link_at_the_old_temporary_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "secret").unwrap();
        let planted = dir
            .path()
            .join(format!(".a.json.{}.tmp", std::process::id()));
        symlink(&victim, &planted).unwrap();
        write_file(&dir.path().join("a.json"), b"new", Existing::Keep).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "secret");
    }
}
