//! The state file under real processes: one killed in the middle of a write,
//! and several running at once.
//!
//! The test binary runs itself as the child process: `child_*` functions are
//! ignored tests that the parent starts with `--ignored --exact` and an
//! environment variable naming the state file.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use qari::state::{Position, StateNotice, StateStore, write_atomic_with};

const CHILD_ENV: &str = "QARI_TEST_STATE_FILE";

/// The child process, killed if the test fails before it ends.
struct ChildGuard(Child);

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_child(name: &str, state: &Path) -> ChildGuard {
    let child = Command::new(std::env::current_exe().unwrap())
        .args([
            name,
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, state)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    ChildGuard(child)
}

fn child_state_file() -> Option<PathBuf> {
    std::env::var_os(CHILD_ENV).map(PathBuf::from)
}

fn wait_for(path: &Path, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !path.exists() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        sleep(Duration::from_millis(10));
    }
}

/// Writes new state and stops dead between writing the temporary file and
/// renaming it, announcing the moment with a `.ready` file.
#[test]
#[ignore = "child process of killed_between_write_and_rename_keeps_the_old_file"]
fn child_stalls_before_rename() {
    let Some(path) = child_state_file() else {
        return;
    };
    let mut store = StateStore::open(&path);
    store.set_read("new", true);
    let bytes = store.data().to_json();
    let ready = path.with_extension("ready");
    let _ = write_atomic_with(&path, &bytes, |_tmp| {
        fs::write(&ready, "").unwrap();
        sleep(Duration::from_secs(60));
    });
}

#[test]
fn killed_between_write_and_rename_keeps_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("old", true);
    store.flush().unwrap();
    drop(store);
    let old = fs::read(&path).unwrap();

    let child = spawn_child("child_stalls_before_rename", &path);
    wait_for(
        &path.with_extension("ready"),
        "the child to write its temporary file",
    );
    let temps: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert_eq!(temps.len(), 1, "the new state sits in a temporary file");
    drop(child);

    assert_eq!(fs::read(&path).unwrap(), old, "the old file is intact");
    let store = StateStore::open(&path);
    assert!(store.notices().is_empty(), "{:?}", store.notices());
    assert!(store.is_read("old"));
    assert!(!store.is_read("new"));
    let leftovers = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .count();
    assert_eq!(
        leftovers, 0,
        "the next writer tidies the dead temporary file"
    );
}

/// Holds the state open as its writer, saving a position every few
/// milliseconds, until the `.stop` file appears.
#[test]
#[ignore = "child process of two_processes_at_once_never_corrupt_the_file"]
fn child_keeps_writing() {
    let Some(path) = child_state_file() else {
        return;
    };
    let mut store = StateStore::open(&path);
    assert!(store.is_writable(), "{:?}", store.notices());
    // Ready only once a position is on disk: the other process expects to read one.
    store.set_position(
        "shared",
        Position {
            block: 0,
            offset: 0,
        },
    );
    store.flush().unwrap();
    fs::write(path.with_extension("ready"), "").unwrap();
    let mut n = 0;
    let give_up = Instant::now() + Duration::from_secs(30);
    while !path.with_extension("stop").exists() && Instant::now() < give_up {
        n += 1;
        store.set_position(
            "shared",
            Position {
                block: n,
                offset: 0,
            },
        );
        store.flush().unwrap();
        sleep(Duration::from_millis(2));
    }
    store.set_read("from-child", true);
    store.flush().unwrap();
}

#[test]
fn two_processes_at_once_never_corrupt_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut child = spawn_child("child_keeps_writing", &path);
    wait_for(&path.with_extension("ready"), "the child to take the lock");

    // Meanwhile this process starts, again and again, while the child writes.
    for _ in 0..50 {
        let mut second = StateStore::open(&path);
        assert!(
            matches!(second.notices(), [StateNotice::Locked { .. }]),
            "{:?}",
            second.notices()
        );
        assert!(second.get("shared").position.is_some());
        second.set_read("from-second", true);
        assert!(!second.flush().unwrap());
        sleep(Duration::from_millis(3));
    }
    fs::write(path.with_extension("stop"), "").unwrap();
    assert!(child.0.wait().unwrap().success(), "the child failed");

    let after = StateStore::open(&path);
    assert!(after.notices().is_empty(), "{:?}", after.notices());
    assert!(after.is_read("from-child"));
    assert!(!after.is_read("from-second"), "the read-only process wrote");
    assert!(
        after.is_writable(),
        "the lock is free once the writer exits"
    );
}
