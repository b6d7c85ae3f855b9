//! Saving a share to a new file; an existing file is never overwritten.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::ShareError;
use crate::safe_fs::{self, Existing};

/// How many numbered names are tried before giving up.
pub const MAX_NUMBER: usize = 9999;

/// The folder shares are saved in: the configured one, else the XDG
/// documents folder, else `~/Documents`.
pub fn folder(configured: Option<&Path>) -> Result<PathBuf, ShareError> {
    if let Some(dir) = configured {
        return Ok(dir.to_path_buf());
    }
    let dirs = directories::UserDirs::new().ok_or(ShareError::NoFolder)?;
    Ok(dirs
        .document_dir()
        .map_or_else(|| dirs.home_dir().join("Documents"), Path::to_path_buf))
}

/// Writes `text` (and a final line break) to a new file and returns its
/// path. `path` names the file, or a folder to put it in; without one the
/// file goes in `folder`. The name is `stem.ext`, or `stem-2.ext`,
/// `stem-3.ext`... when that exists: the file is moved into place only if
/// the name is still free, so not even a file that appears meanwhile is
/// overwritten. Devices, pipes and the system's device folders are refused.
pub fn save(
    text: &str,
    path: Option<&Path>,
    folder: &Path,
    stem: &str,
    ext: &str,
) -> Result<PathBuf, ShareError> {
    let (dir, stem, ext) = match path {
        Some(p) if !p.is_dir() && !p.as_os_str().to_string_lossy().ends_with('/') => {
            let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
            let stem = p
                .file_stem()
                .map_or_else(|| stem.to_owned(), |s| s.to_string_lossy().into_owned());
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            (dir, stem, ext)
        }
        Some(dir) => (dir.to_path_buf(), stem.to_owned(), ext.to_owned()),
        None => {
            fs::create_dir_all(folder).map_err(|source| ShareError::Io {
                path: folder.to_path_buf(),
                source,
            })?;
            (folder.to_path_buf(), stem.to_owned(), ext.to_owned())
        }
    };
    refuse_special(path, &dir)?;
    let mut bytes = Vec::with_capacity(text.len() + 1);
    bytes.extend_from_slice(text.as_bytes());
    bytes.push(b'\n');
    for n in 1..=MAX_NUMBER {
        let name = match (n, ext.is_empty()) {
            (1, true) => stem.clone(),
            (1, false) => format!("{stem}.{ext}"),
            (_, true) => format!("{stem}-{n}"),
            (_, false) => format!("{stem}-{n}.{ext}"),
        };
        let candidate = dir.join(name);
        if fs::symlink_metadata(&candidate).is_ok() {
            continue;
        }
        // Written whole to a random-named temporary and moved to a name
        // that must still be free: a half-written share is never seen, and
        // a file or link that appears meanwhile is neither overwritten nor
        // followed.
        match safe_fs::write_file(&candidate, &bytes, Existing::Keep) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(source) => {
                return Err(ShareError::Io {
                    path: candidate,
                    source,
                });
            }
        }
    }
    Err(ShareError::NamesTaken {
        path: dir.join(format!("{stem}.{ext}")),
        max: MAX_NUMBER,
    })
}

/// Folders of the system's devices and kernel files: `file:/dev/null`
/// would otherwise become `/dev/null-2`.
const SPECIAL_FOLDERS: [&str; 3] = ["/dev", "/proc", "/sys"];

/// Refuses a path that names a device, FIFO or socket, or a folder of them.
fn refuse_special(path: Option<&Path>, dir: &Path) -> Result<(), ShareError> {
    let special = |p: &Path| ShareError::Special {
        path: p.to_path_buf(),
    };
    if let Some(p) = path
        && let Ok(meta) = fs::metadata(p)
        && !meta.is_file()
        && !meta.is_dir()
    {
        return Err(special(p));
    }
    let folder = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    if let Ok(real) = folder.canonicalize()
        && SPECIAL_FOLDERS.iter().any(|s| real.starts_with(s))
    {
        return Err(special(path.unwrap_or(dir)));
    }
    Ok(())
}

/// A file name for a share of article `id`: letters (any script, and
/// presentation forms turned into theirs), digits, `-` and `_` kept,
/// anything else a `-`, at most 60 characters.
pub fn stem(id: &str, quote: Option<usize>) -> String {
    let mut out = String::new();
    for c in super::logical::unshape(id).chars() {
        let c = if c.is_alphanumeric() || c == '_' {
            c
        } else {
            '-'
        };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
        if out.chars().count() >= 60 {
            break;
        }
    }
    let mut out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        out.push_str("qari-share");
    }
    if let Some(n) = quote {
        out.push_str(&format!("-quote-{n}"));
    }
    out
}
