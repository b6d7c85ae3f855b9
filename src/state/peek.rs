//! The reading state read by a command that only looks (`qari list`):
//! no lock is taken, no folder or file created, nothing moved aside. The
//! journal is applied to the snapshot as the writer would.

use std::path::Path;

use super::StateNotice;
use super::disk::read_whole;
use super::model::StateData;

/// The state stored at `path`, and what to tell about it: a file that is
/// missing is an empty state; one that cannot be read or understood is
/// reported and left as it is, and an empty state is used.
pub fn peek(path: &Path) -> (StateData, Vec<StateNotice>) {
    let kept = |reason: String| {
        let notice = StateNotice::CorruptKept {
            path: path.to_path_buf(),
            reason,
        };
        (StateData::default(), vec![notice])
    };
    // A folder or a device is never opened: a FIFO would block.
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
    {
        let kind = match meta.is_dir() {
            true => "it is a folder",
            false => "it is not a regular file",
        };
        return kept(kind.to_string());
    }
    match read_whole(path) {
        Ok(None) => (StateData::default(), Vec::new()),
        Ok(Some((data, journal))) => match journal.and_then(|j| j.bad) {
            // The lines before the bad one are applied: the best view there is.
            Some(reason) => {
                let notice = StateNotice::CorruptKept {
                    path: super::journal::journal_path(path),
                    reason,
                };
                (data, vec![notice])
            }
            None => (data, Vec::new()),
        },
        Err(reason) => kept(reason),
    }
}
