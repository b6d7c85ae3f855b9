//! The reading state as a user meets it across runs: what is saved comes
//! back, bad files are moved aside and reported, nothing is overwritten
//! behind the user's back, and writes are debounced.

use std::collections::HashSet;
use std::fs;
use std::time::{Duration, Instant};

use qari::state::{DEBOUNCE, Position, StateNotice, StateStore};

#[test]
fn what_is_saved_comes_back_in_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/state.json");
    let mut store = StateStore::open(&path);
    assert!(store.notices().is_empty(), "{:?}", store.notices());
    assert!(store.is_writable());
    store.set_read("seed", true);
    store.toggle_bookmark("seed");
    store.set_position(
        "seed",
        Position {
            block: 4,
            offset: 120,
        },
    );
    store.mark_opened("seed", 1_795_000_000);
    store.toggle_bookmark("other");
    store.set_selected(Some("other"));
    assert!(store.flush().unwrap());
    drop(store);

    let again = StateStore::open(&path);
    assert!(again.notices().is_empty(), "{:?}", again.notices());
    assert!(again.is_read("seed"));
    assert!(again.is_bookmarked("seed"));
    assert_eq!(
        again.position("seed"),
        Some(Position {
            block: 4,
            offset: 120
        })
    );
    assert_eq!(again.get("seed").last_opened, Some(1_795_000_000));
    assert!(!again.is_read("other"));
    assert!(again.is_bookmarked("other"));
    assert_eq!(again.selected(), Some("other"));
}

#[test]
fn file_is_readable_json_keyed_by_article_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("مقال-1", true);
    store.flush().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["articles"]["مقال-1"]["read"], true);
}

#[test]
fn changes_wait_for_the_debounce_before_being_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    let t0 = Instant::now();
    assert!(!store.flush_if_due(t0).unwrap(), "nothing changed yet");

    store.set_position(
        "a",
        Position {
            block: 0,
            offset: 10,
        },
    );
    assert!(!store.flush_if_due(t0).unwrap());
    // A scroll is many changes: they keep being collected, not written.
    for step in 1..10u64 {
        store.set_position(
            "a",
            Position {
                block: step as usize,
                offset: 0,
            },
        );
        assert!(
            !store
                .flush_if_due(t0 + Duration::from_millis(100 * step))
                .unwrap()
        );
    }
    assert!(!path.exists(), "written before the debounce ran out");
    assert!(store.flush_if_due(t0 + DEBOUNCE).unwrap());
    assert!(path.exists());
    assert!(!store.is_dirty());
    assert!(!store.flush_if_due(t0 + DEBOUNCE * 3).unwrap());
}

#[test]
fn flush_on_quit_writes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.toggle_read("a");
    assert!(store.flush().unwrap());
    assert!(!store.flush().unwrap(), "nothing new to write");
    assert!(StateStore::open(&path).is_read("a"));
}

#[test]
fn corrupt_file_is_moved_aside_reported_and_replaced_by_fresh_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    fs::write(&path, "{\"version\":1,\"articles\":{\"a\":{\"read\":tru").unwrap();
    let mut store = StateStore::open(&path);
    let [StateNotice::Corrupt { moved_to, .. }] = store.notices() else {
        panic!("expected one corrupt notice, got {:?}", store.notices());
    };
    let moved_to = moved_to.clone();
    let message = store.notices()[0].to_string();
    assert!(message.contains("moved to"), "{message}");
    assert!(message.contains("line 1"), "{message}");
    let name = moved_to.file_name().unwrap().to_string_lossy().into_owned();
    assert!(name.starts_with("state.json.corrupt-"), "{name}");
    assert_eq!(
        fs::read_to_string(&moved_to).unwrap(),
        "{\"version\":1,\"articles\":{\"a\":{\"read\":tru",
        "the bad file is kept byte for byte"
    );
    assert!(!store.is_read("a"));
    assert!(store.is_writable());
    store.toggle_read("b");
    store.flush().unwrap();
    assert!(StateStore::open(&path).is_read("b"));
    assert!(moved_to.exists());
}

#[test]
fn truncated_and_binary_files_are_treated_as_corrupt() {
    for bad in [&b""[..], b"\xff\xfe\x00garbage", b"[1,2,3]", b"null"] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, bad).unwrap();
        let store = StateStore::open(&path);
        assert!(
            matches!(store.notices(), [StateNotice::Corrupt { .. }]),
            "{bad:?}: {:?}",
            store.notices()
        );
    }
}

#[test]
fn second_instance_is_read_only_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut first = StateStore::open(&path);
    first.toggle_read("a");
    first.flush().unwrap();

    let mut second = StateStore::open(&path);
    assert!(!second.is_writable());
    let [notice @ StateNotice::Locked { .. }] = second.notices() else {
        panic!("expected a lock notice, got {:?}", second.notices());
    };
    assert!(notice.to_string().contains("read-only"));
    assert!(
        second.is_read("a"),
        "the second instance still sees the state"
    );
    second.toggle_bookmark("a");
    assert!(!second.flush().unwrap(), "a read-only store never writes");
    assert!(!StateStore::open(&path).is_bookmarked("a"));
}

#[test]
fn second_instance_leaves_a_corrupt_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let _first = StateStore::open(&path);
    fs::write(&path, "not json").unwrap();
    let second = StateStore::open(&path);
    assert!(
        matches!(
            second.notices(),
            [StateNotice::Locked { .. }, StateNotice::CorruptKept { .. }]
        ),
        "{:?}",
        second.notices()
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), "not json");
}

#[test]
fn state_from_a_newer_qari_is_read_but_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let newer = r#"{"version":2,"articles":{"a":{"read":true}},"future":[1]}"#;
    fs::write(&path, newer).unwrap();
    let mut store = StateStore::open(&path);
    assert!(matches!(
        store.notices(),
        [StateNotice::NewerVersion { version: 2, .. }]
    ));
    assert!(store.is_read("a"));
    store.toggle_read("a");
    assert!(!store.flush().unwrap());
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn state_of_missing_articles_is_kept_until_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("kept", true);
    store.set_read("gone", true);
    store.flush().unwrap();
    drop(store);

    let mut store = StateStore::open(&path);
    assert!(store.is_read("gone"), "opening alone never drops entries");
    let present: HashSet<&str> = ["kept"].into_iter().collect();
    assert_eq!(store.prune(&present), vec!["gone".to_string()]);
    store.flush().unwrap();
    drop(store);
    let store = StateStore::open(&path);
    assert!(store.is_read("kept"));
    assert!(!store.is_read("gone"));
}

#[test]
fn in_memory_store_works_without_a_file() {
    let mut store = StateStore::in_memory();
    store.toggle_read("a");
    assert!(store.is_read("a"));
    assert!(!store.is_writable());
    assert!(!store.flush().unwrap());
}

#[test]
fn a_folder_named_as_the_state_file_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("articles");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("kept.txt"), "mine").unwrap();
    let mut store = StateStore::open(&path);
    let [notice @ StateNotice::CorruptKept { .. }] = store.notices() else {
        panic!("expected a notice, got {:?}", store.notices());
    };
    assert!(notice.to_string().contains("it is a folder"), "{notice}");
    assert!(!store.is_writable());
    store.toggle_read("a");
    assert!(!store.flush().unwrap());
    assert_eq!(fs::read_to_string(path.join("kept.txt")).unwrap(), "mine");
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["articles"], "nothing moved, nothing added");
}

#[cfg(unix)]
#[test]
fn a_named_pipe_as_the_state_file_does_not_block_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let (done, opened) = std::sync::mpsc::channel();
    let fifo = path.clone();
    std::thread::spawn(move || {
        let store = StateStore::open(&fifo);
        let _ = done.send(store.notices().to_vec());
    });
    let notices = opened
        .recv_timeout(Duration::from_secs(10))
        .expect("opening the state blocked on the pipe");
    assert!(
        matches!(notices.as_slice(), [StateNotice::CorruptKept { .. }]),
        "{notices:?}"
    );
}

#[test]
fn a_second_qari_saves_its_changes_once_the_first_has_quit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut first = StateStore::open(&path);
    first.set_read("a", true);
    first.set_position(
        "shared",
        Position {
            block: 2,
            offset: 0,
        },
    );
    first.flush().unwrap();

    let mut second = StateStore::open(&path);
    assert!(!second.is_writable());
    second.toggle_bookmark("b");
    second.toggle_bookmark("shared");
    second.set_selected(Some("b"));
    assert!(!second.flush().unwrap(), "the first still holds the state");

    // The first goes on reading, then quits.
    first.set_read("c", true);
    first.set_position(
        "shared",
        Position {
            block: 9,
            offset: 0,
        },
    );
    first.flush().unwrap();
    drop(first);

    assert!(second.flush().unwrap(), "the second takes over");
    assert!(second.is_writable());
    let saved = StateStore::open(&path);
    drop(second);
    assert!(
        saved.is_read("a") && saved.is_read("c"),
        "the first's marks"
    );
    assert!(saved.is_bookmarked("b"), "the second's bookmark");
    let shared = saved.get("shared");
    assert!(shared.bookmarked, "the second's field of a shared entry");
    assert_eq!(
        shared.position,
        Some(Position {
            block: 9,
            offset: 0
        }),
        "the first's later position, untouched by the second"
    );
    assert_eq!(saved.selected(), Some("b"));
}

#[test]
fn a_waiting_qari_tries_again_after_each_debounce() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let first = StateStore::open(&path);
    let mut second = StateStore::open(&path);
    let t0 = Instant::now();
    second.toggle_read("a");
    assert!(!second.flush_if_due(t0).unwrap());
    assert!(!second.flush_if_due(t0 + DEBOUNCE).unwrap(), "still held");
    drop(first);
    assert!(
        !second
            .flush_if_due(t0 + DEBOUNCE + Duration::from_millis(10))
            .unwrap(),
        "not on every tick"
    );
    assert!(second.flush_if_due(t0 + DEBOUNCE * 2).unwrap());
    assert!(StateStore::open(&path).is_read("a"));
}

#[test]
fn a_second_qari_never_takes_over_a_file_it_could_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let first = StateStore::open(&path);
    fs::write(&path, "not json").unwrap();
    let mut second = StateStore::open(&path);
    drop(first);
    second.toggle_read("a");
    assert!(!second.flush().unwrap());
    assert_eq!(fs::read_to_string(&path).unwrap(), "not json");
}
