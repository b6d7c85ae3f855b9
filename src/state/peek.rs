//! The reading state read by a command that only looks (`qari list`):
//! no lock is taken, no folder or file created, nothing moved aside.

use std::io;
use std::path::Path;

use super::StateNotice;
use super::model::StateData;
use super::store::read_state;
use crate::safe_fs::ReadError;

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
    match read_state(path) {
        Ok(bytes) => match serde_json::from_slice::<StateData>(&bytes) {
            Ok(data) => (data, Vec::new()),
            Err(err) => kept(err.to_string()),
        },
        Err(ReadError::Io(err)) if err.kind() == io::ErrorKind::NotFound => {
            (StateData::default(), Vec::new())
        }
        Err(err) => kept(err.to_string()),
    }
}
