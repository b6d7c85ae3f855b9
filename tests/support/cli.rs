//! The binary run as a user runs it, with nothing of the user's around it.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

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

/// `qari` with the test's files in `home` (see [`files_in`]) and `args`,
/// which must succeed.
pub fn succeeding(home: &Path, args: &[&str]) -> Output {
    let out = qari_at_home(home)
        .args(files_in(home))
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

/// Runs `cmd` and fails the test if it is still running after a minute:
/// no input may make qari hang.
pub fn output_within_a_minute(mut cmd: Command) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qari runs");
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            child.kill().ok();
            panic!("qari did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// Every file of the library folder under `home` (as `qari_at_home` sets
/// it up), by name, with its bytes.
pub fn library_files(home: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = fs::read_dir(home.join("library")) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

pub fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("JSON")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
