//! Saving a share to a new file; an existing file is never overwritten.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use super::ShareError;

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
/// `stem-3.ext`... when that exists: the file is created exclusively, so
/// not even a file that appears meanwhile is overwritten.
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
    for n in 1..=MAX_NUMBER {
        let name = match (n, ext.is_empty()) {
            (1, true) => stem.clone(),
            (1, false) => format!("{stem}.{ext}"),
            (_, true) => format!("{stem}-{n}"),
            (_, false) => format!("{stem}-{n}.{ext}"),
        };
        let candidate = dir.join(name);
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(mut file) => {
                let written = file
                    .write_all(text.as_bytes())
                    .and_then(|()| file.write_all(b"\n"))
                    .and_then(|()| file.sync_all());
                return match written {
                    Ok(()) => Ok(candidate),
                    Err(source) => {
                        // A half-written share is worse than none.
                        let _ = fs::remove_file(&candidate);
                        Err(ShareError::Io {
                            path: candidate,
                            source,
                        })
                    }
                };
            }
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
