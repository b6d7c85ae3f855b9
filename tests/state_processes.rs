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

/// Saves a position on every turn, as the writer, until the `.stop` file
/// appears: a state of a thousand articles (some 60 KB, so reading it takes
/// a moment), sixteen positions a save, so that the journal is folded into
/// a new state file every sixty saves or so.
#[test]
#[ignore = "child process of a_reader_sees_every_save_whole_while_the_journal_is_folded"]
fn child_saves_through_many_folds() {
    let Some(path) = child_state_file() else {
        return;
    };
    let mut store = StateStore::open(&path);
    assert!(store.is_writable(), "{:?}", store.notices());
    for i in 0..1000 {
        store.set_read(&format!("article-{i}"), true);
    }
    let mut n = 0;
    let give_up = Instant::now() + Duration::from_secs(60);
    while !path.with_extension("stop").exists() && Instant::now() < give_up {
        n += 1;
        for i in 0..15 {
            store.set_position(
                &format!("article-{i}"),
                Position {
                    block: n,
                    offset: i,
                },
            );
        }
        store.set_position(
            "shared",
            Position {
                block: n,
                offset: n,
            },
        );
        store.flush().unwrap();
        if n == 10 {
            fs::write(path.with_extension("ready"), "").unwrap();
        }
    }
    fs::write(path.with_extension("count"), n.to_string()).unwrap();
}

/// A qari that only looks (`qari list`) while another saves: every read
/// is whole (no notice, never a position older than the last one seen,
/// even across the moment the journal is folded into a new state file).
#[test]
fn a_reader_sees_every_save_whole_while_the_journal_is_folded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut child = spawn_child("child_saves_through_many_folds", &path);
    wait_for(&path.with_extension("ready"), "the child's first saves");
    let mut last = 0;
    let mut reads = 0;
    let until = Instant::now() + Duration::from_secs(4);
    while Instant::now() < until {
        let (data, notices) = qari::state::peek(&path);
        assert!(notices.is_empty(), "{notices:?}");
        let seen = data.get("shared").position.expect("a position").block;
        assert!(seen >= last, "went back from {last} to {seen}");
        last = seen;
        reads += 1;
    }
    fs::write(path.with_extension("stop"), "").unwrap();
    assert!(child.0.wait().unwrap().success(), "the child failed");
    let saves: usize = fs::read_to_string(path.with_extension("count"))
        .unwrap()
        .parse()
        .unwrap();
    let folds = saves / 60;
    eprintln!("{reads} reads over {saves} saves (about {folds} folds)");
    assert!(saves > 200, "too few saves ({saves}) to cross folds");
    let after = StateStore::open(&path);
    assert_eq!(after.get("shared").position.map(|p| p.block), Some(saves));
}
