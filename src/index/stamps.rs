//! Looking at every file of the library: its size and modification time
//! (`stat`), most of the time of a warm refresh.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::article::LoadProblem;
use crate::article::scan::{self, LibraryLinks};

/// A file's size and modification time; `None` when it cannot be looked at.
pub fn stamp(path: &Path) -> Option<(u64, (i64, u32))> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.len(), seconds(meta.modified().ok()?)))
}

/// Seconds and nanoseconds since the epoch (negative before 1970).
pub fn seconds(at: SystemTime) -> (i64, u32) {
    match at.duration_since(UNIX_EPOCH) {
        Ok(d) => (
            i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            d.subsec_nanos(),
        ),
        Err(e) => {
            let d = e.duration();
            let secs = -i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
            match d.subsec_nanos() {
                0 => (secs, 0),
                n => (secs - 1, 1_000_000_000 - n),
            }
        }
    }
}

/// A file modified less than this before a scan began is read again at
/// the next: file systems stamp times coarsely, so a change made just
/// after the scan began may carry a time from before it.
const RACY: i64 = 2;

/// A file's size and modification time.
pub type Stamp = (u64, (i64, u32));

/// The stamps of a list of files, and when they began to be taken.
#[derive(Debug, Clone)]
pub struct Stamps {
    /// In the order of the files; `None` for a file that could not be
    /// looked at.
    pub each: Vec<Option<Stamp>>,
    /// When the first was taken, less the time allowed for coarse file
    /// times: the index's scan time.
    pub scanned: (i64, u32),
}

impl Stamps {
    /// The stamps of `files`, on two threads when there are many: a `stat`
    /// each is most of the time of a warm refresh.
    pub fn of(files: &[PathBuf]) -> Stamps {
        Stamps {
            scanned: scan_time(),
            each: stamps(files, threads()),
        }
    }
}

/// The article files of the library folder `library` (see
/// [`scan::collect_with`]), their stamps, and the walk's problems. Its
/// top folders are walked in parts, on as many threads as [`Stamps::of`]
/// uses, and each part's files stamped on its thread as soon as they are
/// found: the walk of a thousand folders no longer waits for the stamps,
/// nor they for the whole walk.
pub fn walked(library: &Path, links: LibraryLinks) -> (Vec<PathBuf>, Stamps, Vec<LoadProblem>) {
    // Before the first stamp, as the scan time must be.
    let scanned = scan_time();
    if !library.exists() {
        let each = Vec::new();
        return (Vec::new(), Stamps { scanned, each }, Vec::new());
    }
    let each = |files: &[PathBuf], threads| stamps(files, threads);
    let (files, problems, parts) = scan::collect_in_parts(library, links, threads(), &each);
    let each = parts.concat();
    (files, Stamps { scanned, each }, problems)
}

/// Now, less the time allowed for coarse file times.
fn scan_time() -> (i64, u32) {
    let now = seconds(SystemTime::now());
    (now.0.saturating_sub(RACY), now.1)
}

/// The threads the files are stamped on: more than four gain little.
fn threads() -> usize {
    crate::cores().min(4)
}

fn stamps(files: &[PathBuf], threads: usize) -> Vec<Option<Stamp>> {
    let each = |part: &[PathBuf]| {
        let mut folder = Folder::default();
        part.iter().map(|f| folder.stamp(f)).collect::<Vec<_>>()
    };
    if threads < 2 || files.len() < 4096 {
        return each(files);
    }
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|s| {
        let parts: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || each(part)))
            .collect();
        // A thread only panics on a bug: its files then count as changed.
        let mut all = Vec::with_capacity(files.len());
        for (part, handle) in files.chunks(chunk).zip(parts) {
            match handle.join() {
                Ok(stamps) => all.extend(stamps),
                Err(_) => all.extend(part.iter().map(|_| None)),
            }
        }
        all
    })
}

/// The folder of the files last stamped, open: the walk gives the files
/// of a folder one after another, and a file looked at relative to its
/// open folder (`fstatat`) spares the kernel walking its whole path again.
#[derive(Default)]
struct Folder {
    open: Option<(PathBuf, std::fs::File)>,
}

impl Folder {
    /// What [`stamp`] gives for `path`: the same `stat`, following a
    /// symbolic link as `stamp` does.
    fn stamp(&mut self, path: &Path) -> Option<(u64, (i64, u32))> {
        use std::os::unix::ffi::OsStrExt;
        use std::os::unix::io::AsRawFd;
        let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
            return stamp(path);
        };
        if self.open.as_ref().is_none_or(|(p, _)| p != parent) {
            self.open = std::fs::File::open(parent)
                .ok()
                .map(|dir| (parent.to_path_buf(), dir));
        }
        let mut c_name = [0u8; 256];
        let name = name.as_bytes();
        let (Some((_, dir)), true) = (&self.open, name.len() < c_name.len()) else {
            return stamp(path);
        };
        c_name[..name.len()].copy_from_slice(name);
        let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
        // SAFETY: `c_name` ends in a NUL (a file name holds none), `dir` is
        // an open folder, and `st` is written by fstatat when it succeeds.
        let st = unsafe {
            if libc::fstatat(dir.as_raw_fd(), c_name.as_ptr().cast(), st.as_mut_ptr(), 0) != 0 {
                return None;
            }
            st.assume_init()
        };
        let nanos = u32::try_from(st.st_mtime_nsec).ok()?;
        Some((u64::try_from(st.st_size).ok()?, (st.st_mtime, nanos)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_stamped_in_their_open_folder_have_the_stamp_of_their_path() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir_all(&a).expect("folder a");
        std::fs::create_dir_all(&b).expect("folder b");
        let mut files = Vec::new();
        for (i, folder) in [&a, &a, &b, &a].into_iter().enumerate() {
            let file = folder.join(format!("{i}.json"));
            std::fs::write(&file, "x".repeat(i * 7)).expect("file");
            files.push(file);
        }
        std::os::unix::fs::symlink(&files[2], a.join("link.json")).expect("link");
        files.push(a.join("link.json"));
        files.push(a.join("gone.json"));
        let mut folder = Folder::default();
        for f in &files {
            assert_eq!(folder.stamp(f), stamp(f), "{}", f.display());
        }
        assert_eq!(folder.stamp(&files[3]).map(|s| s.0), Some(21));
        assert_eq!(folder.stamp(&a.join("gone.json")), None);
    }
}
