//! The journal beside the state file: saves append lines, a crash at any
//! byte of an append loses at most that save, a bad line is moved aside
//! with the file and reported, a journal left behind by a crash in the
//! middle of a rewrite (or by a qari that wrote the file whole) is never
//! replayed over newer state, and old state files load.

use std::fs;
use std::io::Write;
use std::path::Path;

use qari::state::{
    JOURNAL_MIN_BOUND, Position, Saved, StateData, StateNotice, StateStore, journal_path, peek,
    write_atomic,
};

fn position(block: usize) -> Position {
    Position { block, offset: 3 }
}

/// A state saved whole once, then saved three times more, one change each.
fn saved_with_three_appends(path: &Path) {
    let mut store = StateStore::open(path);
    store.set_read("a", true);
    store.set_read("b", true);
    assert!(matches!(store.flush(), Ok(true)));
    assert!(matches!(store.last_save(), Some(Saved::Whole { .. })));
    store.set_position("a", position(1));
    store.flush().unwrap();
    store.toggle_bookmark("b");
    store.flush().unwrap();
    store.set_read("a", false);
    store.flush().unwrap();
    assert!(matches!(store.last_save(), Some(Saved::Appended { .. })));
}

#[test]
fn a_state_file_from_before_the_journal_loads_and_is_continued() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let old = r#"{
  "version": 1,
  "selected": "مقال-2",
  "articles": {
    "مقال-1": {"read": true, "bookmarked": false, "position": {"block": 2, "offset": 40}},
    "مقال-2": {"read": false, "bookmarked": true, "last_opened": 1795000000}
  }
}
"#;
    fs::write(&path, old).unwrap();
    let mut store = StateStore::open(&path);
    assert!(store.notices().is_empty(), "{:?}", store.notices());
    assert_eq!(
        store.position("مقال-1"),
        Some(Position {
            block: 2,
            offset: 40
        })
    );
    assert!(store.is_bookmarked("مقال-2"));
    assert_eq!(store.selected(), Some("مقال-2"));
    store.set_read("مقال-2", true);
    store.flush().unwrap();
    // No journal continued the old file: the first save writes it whole.
    assert!(matches!(store.last_save(), Some(Saved::Whole { .. })));
    store.set_read("مقال-3", true);
    store.flush().unwrap();
    assert!(matches!(store.last_save(), Some(Saved::Appended { .. })));
    drop(store);
    let again = StateStore::open(&path);
    assert!(again.is_read("مقال-2") && again.is_read("مقال-3"));
    assert_eq!(
        again.position("مقال-1"),
        Some(Position {
            block: 2,
            offset: 40
        })
    );
}

#[test]
fn a_save_appends_to_the_journal_and_leaves_the_state_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("a", true);
    store.flush().unwrap();
    let snapshot = fs::read(&path).unwrap();
    let journal_len = fs::metadata(journal_path(&path)).unwrap().len();

    store.toggle_bookmark("a");
    store.set_selected(Some("a"));
    store.flush().unwrap();
    assert_eq!(
        fs::read(&path).unwrap(),
        snapshot,
        "the state file is not rewritten"
    );
    let grown = fs::metadata(journal_path(&path)).unwrap().len() - journal_len;
    assert_eq!(store.last_save(), Some(Saved::Appended { bytes: grown }));
    assert!(
        grown < 200,
        "{grown} bytes for one article and the selection"
    );
    drop(store);

    let again = StateStore::open(&path);
    assert!(again.notices().is_empty(), "{:?}", again.notices());
    assert!(again.is_read("a") && again.is_bookmarked("a"));
    assert_eq!(again.selected(), Some("a"));
    let (peeked, notices) = peek(&path);
    assert!(notices.is_empty());
    assert_eq!(&peeked, again.data());
}

/// A crash can stop an append at any byte: every cut loads without a
/// notice, with exactly the saves whose lines are whole, and the next
/// writer saves after it cleanly.
#[test]
fn a_journal_cut_at_any_byte_loses_at_most_the_last_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    saved_with_three_appends(&path);
    let snapshot = fs::read(&path).unwrap();
    let journal = fs::read(journal_path(&path)).unwrap();
    let full = StateStore::open(&path).data().clone();

    for cut in 0..=journal.len() {
        let case = tempfile::tempdir().unwrap();
        let path = case.path().join("state.json");
        fs::write(&path, &snapshot).unwrap();
        fs::write(journal_path(&path), &journal[..cut]).unwrap();
        let whole_lines = journal[..cut].iter().filter(|&&b| b == b'\n').count();
        let mut store = StateStore::open(&path);
        assert!(
            store.notices().is_empty(),
            "cut at {cut}: {:?}",
            store.notices()
        );
        let a = store.get("a");
        let b = store.get("b");
        // Line 1 is the header; lines 2, 3 and 4 are the three saves.
        assert_eq!(a.position.is_some(), whole_lines >= 2, "cut at {cut}");
        assert_eq!(b.bookmarked, whole_lines >= 3, "cut at {cut}");
        assert_eq!(a.read, whole_lines < 4, "cut at {cut}");
        if cut == journal.len() {
            assert_eq!(store.data(), &full);
        }

        store.set_read("after", true);
        store.flush().unwrap();
        drop(store);
        let again = StateStore::open(&path);
        assert!(
            again.notices().is_empty(),
            "cut at {cut}: {:?}",
            again.notices()
        );
        assert!(again.is_read("after"), "cut at {cut}");
        assert_eq!(again.get("b").bookmarked, whole_lines >= 3, "cut at {cut}");
    }
}

#[test]
fn a_bad_line_in_the_journal_is_moved_aside_and_the_lines_before_it_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    saved_with_three_appends(&path);
    let journal = journal_path(&path);
    let text = fs::read_to_string(&journal).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "{\"id\":\"b\",\"state\":{\"bookmarked\":yes}}";
    let damaged = format!("{}\n", lines.join("\n"));
    fs::write(&journal, &damaged).unwrap();

    // Another qari holding the lock meanwhile would leave it alone.
    let mut store = StateStore::open(&path);
    let [
        StateNotice::Corrupt {
            path: bad,
            moved_to,
            reason,
        },
    ] = store.notices()
    else {
        panic!("expected one notice, got {:?}", store.notices());
    };
    assert_eq!(bad, &journal);
    assert!(reason.starts_with("line 3:"), "{reason}");
    assert_eq!(
        fs::read_to_string(moved_to).unwrap(),
        damaged,
        "kept byte for byte"
    );
    assert!(store.get("a").position.is_some(), "line 2 is applied");
    assert!(!store.get("b").bookmarked, "line 3 is not");
    assert!(store.get("a").read, "nor line 4 after it");
    assert!(store.is_dirty(), "what was recovered is saved whole");
    assert!(store.flush().unwrap());
    drop(store);
    let again = StateStore::open(&path);
    assert!(again.notices().is_empty(), "{:?}", again.notices());
    assert!(again.get("a").position.is_some());
}

#[test]
fn a_reader_without_the_lock_reports_a_bad_journal_and_moves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    saved_with_three_appends(&path);
    let _writer = StateStore::open(&path);
    let journal = journal_path(&path);
    let mut file = fs::OpenOptions::new().append(true).open(&journal).unwrap();
    file.write_all(b"[1,2]\n").unwrap();
    let before = fs::read(&journal).unwrap();

    let second = StateStore::open(&path);
    assert!(
        matches!(
            second.notices(),
            [StateNotice::Locked { .. }, StateNotice::CorruptKept { .. }]
        ),
        "{:?}",
        second.notices()
    );
    let (data, notices) = peek(&path);
    assert!(matches!(
        notices.as_slice(),
        [StateNotice::CorruptKept { .. }]
    ));
    assert!(
        data.get("b").bookmarked,
        "the whole lines before it are applied"
    );
    assert_eq!(fs::read(&journal).unwrap(), before);
}

/// A rewrite writes the new state file, then a new journal: a crash in
/// between leaves the old journal, whose lines are older than the file.
/// The signal path and older qaris write the file whole and leave the
/// journal too. Either way its lines are never replayed over it.
#[test]
fn a_journal_left_behind_a_state_file_written_whole_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    saved_with_three_appends(&path);
    let journal = fs::read(journal_path(&path)).unwrap();
    let mut newer: StateData = StateStore::open(&path).data().clone();
    newer.update("b", |s| s.bookmarked = false);
    newer.update("a", |s| s.position = None);

    for (what, bytes) in [
        ("a rewrite cut short", newer.to_json_with_journal(12_345)),
        ("a whole write", newer.to_json()),
    ] {
        write_atomic(&path, &bytes).unwrap();
        fs::write(journal_path(&path), &journal).unwrap();
        let mut store = StateStore::open(&path);
        assert!(store.notices().is_empty(), "{what}: {:?}", store.notices());
        assert!(!store.is_bookmarked("b"), "{what}: old lines replayed");
        assert_eq!(store.position("a"), None, "{what}: old lines replayed");
        assert_eq!(peek(&path).0, *store.data(), "{what}");
        store.set_read("c", true);
        store.flush().unwrap();
        assert!(
            matches!(store.last_save(), Some(Saved::Whole { .. })),
            "{what}"
        );
        drop(store);
        let again = StateStore::open(&path);
        assert!(again.is_read("c") && !again.is_bookmarked("b"), "{what}");
    }
}

#[test]
fn the_journal_is_folded_into_the_state_file_once_it_outgrows_its_bound() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("a", true);
    store.flush().unwrap();
    let mut wholes = 0;
    for n in 0..3000 {
        store.set_position("a", position(n));
        store.flush().unwrap();
        if matches!(store.last_save(), Some(Saved::Whole { .. })) {
            wholes += 1;
        }
        let len = fs::metadata(journal_path(&path)).unwrap().len();
        assert!(len <= JOURNAL_MIN_BOUND, "the journal grew to {len} bytes");
    }
    assert!(wholes >= 1, "never folded");
    assert!(wholes <= 5, "folded {wholes} times in 3000 saves");
    drop(store);
    assert_eq!(StateStore::open(&path).position("a"), Some(position(2999)));
}

#[cfg(unix)]
#[test]
fn the_journal_is_private_and_a_link_at_its_name_is_not_written_through() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("a", true);
    store.flush().unwrap();
    let journal = journal_path(&path);
    let mode = fs::metadata(&journal).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "mode {mode:o}");

    let elsewhere = dir.path().join("elsewhere");
    fs::write(&elsewhere, "not qari's").unwrap();
    fs::remove_file(&journal).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &journal).unwrap();
    store.set_read("b", true);
    // The append is refused; the state is written whole instead.
    assert!(store.flush().is_err());
    assert!(store.flush().unwrap());
    assert_eq!(fs::read_to_string(&elsewhere).unwrap(), "not qari's");
    drop(store);
    assert!(StateStore::open(&path).is_read("b"));
}

/// Fields of the whole state (the search history) are saved as one line of
/// every top-level field, written only when one of them changed.
#[test]
fn the_search_history_is_journaled_with_the_other_top_level_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    store.set_read("a", true);
    store.flush().unwrap();
    let snapshot = fs::read(&path).unwrap();
    store.remember_search("مصر", 10);
    store.remember_search("النفط", 10);
    store.flush().unwrap();
    assert!(matches!(store.last_save(), Some(Saved::Appended { .. })));
    store.set_read("b", true);
    store.flush().unwrap();
    assert!(matches!(store.last_save(), Some(Saved::Appended { .. })));
    let journal = fs::read_to_string(journal_path(&path)).unwrap();
    let tops = journal
        .lines()
        .filter(|l| l.starts_with("{\"top\""))
        .count();
    assert_eq!(
        tops, 1,
        "the unchanged top line is not written again:\n{journal}"
    );
    assert_eq!(fs::read(&path).unwrap(), snapshot);
    drop(store);
    let again = StateStore::open(&path);
    assert_eq!(again.search_history(), ["النفط", "مصر"]);
    assert!(again.is_read("b"));
}
