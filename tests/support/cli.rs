//! The binary run as a user runs it, with nothing of the user's around it.

use std::ffi::OsString;
use std::path::Path;
use std::process::Command;

/// `qari` with HOME in `home` and none of the QARI_* and XDG_* variables
/// of the environment the tests run in, so that no file of the user's is
/// read or written.
pub fn qari_at_home(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qari"));
    for (key, _) in std::env::vars_os() {
        let ours = key
            .to_str()
            .is_some_and(|k| k.starts_with("QARI_") || k.starts_with("XDG_"));
        if ours {
            cmd.env_remove(key);
        }
    }
    cmd.env("HOME", home);
    cmd
}

/// `--library DIR/library --state DIR/state.json --config DIR/config.toml`:
/// the flags that keep qari to a test's own files in `dir`.
pub fn files_in(dir: &Path) -> [OsString; 6] {
    [
        "--library".into(),
        dir.join("library").into(),
        "--state".into(),
        dir.join("state.json").into(),
        "--config".into(),
        dir.join("config.toml").into(),
    ]
}
