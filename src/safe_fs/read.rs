//! Reading a file that may not be what its name says: a FIFO, a device, a
//! `/proc` file that blocks, or a file too large to hold.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not a regular file")]
    NotRegular,
    #[error(
        "too large: {} MB (the limit is {} MB)",
        .len / (1024 * 1024),
        .limit / (1024 * 1024)
    )]
    TooLarge { len: u64, limit: u64 },
    #[error("cannot read: {0}")]
    Io(#[from] io::Error),
}

/// Opens `path` for reading without blocking, and only if it is a regular
/// file: the type is checked on the open descriptor, so a file swapped for
/// a FIFO after a `stat` cannot hang the caller. `O_NONBLOCK` stays set
/// (regular files ignore it; a `/proc` file such as `kmsg` then fails with
/// "would block" instead of waiting forever). With `follow` false, a
/// symbolic link at `path` is refused (`O_NOFOLLOW`).
pub fn open_regular(path: &Path, follow: bool) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut flags = libc::O_NONBLOCK | libc::O_NOCTTY;
        if !follow {
            flags |= libc::O_NOFOLLOW;
        }
        options.custom_flags(flags);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok(file)
}

/// Reads the regular file at `path` into `bytes` (cleared first), refusing
/// one larger than `limit` bytes before reading it.
pub fn read_limited(path: &Path, limit: u64, bytes: &mut Vec<u8>) -> Result<(), ReadError> {
    bytes.clear();
    let file = open_regular(path, true)?;
    let len = file.metadata()?.len();
    if len > limit {
        return Err(ReadError::TooLarge { len, limit });
    }
    // One byte more than the size, so the read ends on end of file
    // without growing the buffer.
    bytes.reserve(usize::try_from(len).unwrap_or(0) + 1);
    // The file may grow between the size check and the read.
    file.take(limit + 1).read_to_end(bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            len: bytes.len() as u64,
            limit,
        });
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.json");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let err = read_limited(&fifo, 100, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ReadError::NotRegular), "{err}");
    }

    #[test]
    fn a_device_is_refused() {
        let err = read_limited(Path::new("/dev/zero"), 100, &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ReadError::NotRegular), "{err}");
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big");
        File::create(&big).unwrap().set_len(1 << 40).unwrap();
        let mut bytes = Vec::new();
        let err = read_limited(&big, 1 << 20, &mut bytes).unwrap_err();
        assert_eq!(err.to_string(), "too large: 1048576 MB (the limit is 1 MB)");
        assert!(bytes.capacity() < 1 << 20);
    }

    #[test]
    fn a_link_is_refused_when_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a"), "x").unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        assert!(open_regular(&dir.path().join("b"), false).is_err());
        assert!(open_regular(&dir.path().join("b"), true).is_ok());
    }
}
