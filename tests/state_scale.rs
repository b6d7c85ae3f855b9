//! The reading state of a library of a hundred thousand articles: one
//! change is saved in a few hundred bytes, not by rewriting megabytes.
//!
//! The bytes are counted by the kernel (`wchar` in `/proc/self/io`: every
//! byte this process hands to `write`), so this file holds this one test:
//! nothing else in the process writes while it measures.

#[cfg(target_os = "linux")]
#[test]
fn one_change_on_a_state_of_100_000_articles_writes_under_4_kb() {
    use qari::state::{Position, StateStore, journal_path};

    fn bytes_written() -> u64 {
        let io = std::fs::read_to_string("/proc/self/io").expect("/proc/self/io");
        io.lines()
            .find_map(|l| l.strip_prefix("wchar: "))
            .and_then(|n| n.trim().parse().ok())
            .expect("a wchar line")
    }

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut store = StateStore::open(&path);
    for n in 0..100_000 {
        let id = format!("{:016x}", n * 7_919);
        store.set_read(&id, n % 3 == 0);
        store.set_position(
            &id,
            Position {
                block: n % 40,
                offset: n % 700,
            },
        );
        store.mark_opened(&id, 1_790_000_000 + n as u64);
    }
    store.flush().unwrap();
    drop(store);
    let snapshot_len = std::fs::metadata(&path).unwrap().len();
    assert!(snapshot_len > 5_000_000, "a state of {snapshot_len} bytes");

    let mut store = StateStore::open(&path);
    assert!(store.notices().is_empty(), "{:?}", store.notices());
    assert_eq!(store.data().articles.len(), 100_000);
    let id = format!("{:016x}", 50_000 * 7_919);
    store.toggle_read(&id);
    store.set_selected(Some(&id));
    let journal_before = std::fs::metadata(journal_path(&path)).unwrap().len();
    let before = bytes_written();
    assert!(store.flush().unwrap());
    let written = bytes_written() - before;
    assert!(written < 4096, "one change wrote {written} bytes");
    assert!(written > 0, "nothing was written");
    let journal_after = std::fs::metadata(journal_path(&path)).unwrap().len();
    assert_eq!(
        journal_after - journal_before,
        written,
        "only the journal grew"
    );
    assert_eq!(std::fs::metadata(&path).unwrap().len(), snapshot_len);
    drop(store);

    let again = StateStore::open(&path);
    assert_eq!(again.is_read(&id), 50_000 % 3 != 0);
    assert_eq!(again.selected(), Some(id.as_str()));
}
