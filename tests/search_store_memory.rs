//! The search store's memory: opening it checks its texts without keeping
//! them resident, its table is read once for the reader's two checks after
//! the first frame, and the texts a search read or mapped in are given
//! back.

mod store_support;

use std::fs;
use std::path::Path;

use qari::app::list_index::ListIndex;
use qari::index::store;
use store_support::{
    cache, load, read_whole, store_paths, stored_library, word_count, write_library,
};

/// The memory of this process that maps `path` and is resident, in KB
/// (`Rss` of its mappings in `/proc/self/smaps`); `None` when it is not
/// mapped.
fn resident_kb(path: &Path) -> Option<u64> {
    let smaps = fs::read_to_string("/proc/self/smaps").unwrap();
    let name = path.to_str().unwrap();
    let mut total = None;
    let mut inside = false;
    for line in smaps.lines() {
        let field = line.split_once(':').filter(|(k, _)| !k.contains(' '));
        match field {
            Some(("Rss", kb)) if inside => {
                let kb: u64 = kb.trim().trim_end_matches(" kB").parse().unwrap();
                total = Some(total.unwrap_or(0) + kb);
            }
            Some(_) => {}
            // A mapping's first line: its address range, ..., its file.
            None => inside = line.ends_with(name),
        }
    }
    total
}

#[test]
fn opening_the_store_checks_it_without_keeping_its_text_in_memory() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 400);
    load(lib.path());
    let paths = store_paths(lib.path());
    assert!(fs::metadata(&paths.data).unwrap().len() > 40_000);
    let files = store::StoreFiles::open(&paths).expect("a sound store");
    assert_eq!(
        resident_kb(&paths.data),
        Some(0),
        "the checked text stays resident"
    );
    drop(files);
    // Damaged, it is still found so.
    let mut data = fs::read(&paths.data).unwrap();
    let at = data.len() - 10;
    data[at] ^= 0x20;
    fs::write(&paths.data, data).unwrap();
    assert!(store::StoreFiles::open(&paths).is_err());
}

/// After the reader's first frame, the store's check and the index's look
/// at every file both start with the store's table: it is read once, the
/// second given what the first read, and the store still fits the list.
#[test]
fn the_store_table_is_read_once_for_the_check_and_the_index() {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), 60);
    let (library, _) = load(lib.path());
    let paths = store_paths(lib.path());
    let shared = store::SharedTable::new(&paths);
    let files = store::StoreFiles::open_sharing(&paths, &shared).expect("a sound store");
    fs::remove_file(&paths.table).unwrap();
    assert!(store::Written::read(&paths).is_none(), "its file is gone");
    assert!(
        store::Written::read_sharing(&paths, &shared).is_some(),
        "the table read for the check"
    );
    let store = store::SearchStore::new(files, &library.articles).expect("fits the list");
    assert_eq!(store.len(), 60);
}

#[test]
fn the_texts_a_search_read_are_given_back() {
    let (lib, library, index) = stored_library(400);
    let data = store_paths(lib.path()).data;
    assert!(word_count(&index, library.articles.len(), "الاقتصاد") > 0);
    assert!(resident_kb(&data).unwrap() > 0, "the search read the texts");
    index.release_texts();
    assert_eq!(resident_kb(&data), Some(0));
    // Read again on the next search, as before.
    assert_eq!(
        word_count(&index, library.articles.len(), "الاقتصاد"),
        word_count(
            &ListIndex::build(&read_whole(lib.path())),
            library.articles.len(),
            "الاقتصاد"
        )
    );
}

/// What the reader does on the first key of a search: the store's texts
/// are mapped in on another thread, so the next keys do not wait for their
/// pages; closing the search gives them back.
#[test]
fn the_texts_are_mapped_in_for_a_search_and_given_back_after() {
    let (lib, _, index) = stored_library(400);
    let data = store_paths(lib.path()).data;
    let whole_kb = fs::metadata(&data).unwrap().len() / 1024;
    assert_eq!(resident_kb(&data), Some(0));
    index.map_texts_in();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while resident_kb(&data).unwrap() < whole_kb {
        assert!(
            std::time::Instant::now() < deadline,
            "{} of {whole_kb} KB mapped in after a minute",
            resident_kb(&data).unwrap()
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    index.release_texts();
    assert_eq!(resident_kb(&data), Some(0));
}
