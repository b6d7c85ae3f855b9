//! Shared helpers for the search store's tests: a cache folder for the
//! process, a generated library of known words, and the library loaded
//! through its index with its store opened for the list's search. What one
//! test file leaves unused is not dead code, hence the allowance below.
#![allow(dead_code)]

use std::fs::{self, File};
use std::path::Path;
use std::sync::Once;
use std::time::{Duration, SystemTime};

use qari::app::list_index::ListIndex;
use qari::article::scan::{self, LibraryLinks};
use qari::article::{Article, Library};
use qari::index::{self, store};
use qari::search::CompactQuery;
use serde_json::json;

/// Every test's cache is under one private folder (the variable is the
/// process's); each test has a library folder of its own, so a store of
/// its own. The folder is in cargo's scratch space for tests, not the
/// system's temporary folder, so a run leaves nothing behind outside
/// `target/` (a process-wide cache cannot be removed when the last test
/// ends: statics are never dropped).
pub fn cache() {
    static SET: Once = Once::new();
    SET.call_once(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("qari-store-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&dir, fs::Permissions::from_mode(0o700)).unwrap();
        }
        // SAFETY: set once, before any test reads the environment.
        unsafe { std::env::set_var("XDG_CACHE_HOME", &dir) };
    });
}

pub const WORDS: &[&str] = &[
    "المدرسة",
    "مُدَرِّسَةٌ",
    "أحمد",
    "إبراهيم",
    "آمال",
    "مستشفى",
    "الـ4",
    "٢٠٢٤",
    "2024",
    "Reuters",
    "GAZA",
    "café",
    "ی",
    "ک",
    "الذهب",
    "سعر",
    "وزير",
    "الاقتصاد",
    "\u{200F}القاهرة\u{200F}",
    "#مصر",
];

/// `n` articles of words picked from `WORDS` by a simple generator, in
/// folders of ten, their times set well in the past.
pub fn write_library(lib: &Path, n: usize) {
    let mut seed = 7_u64;
    let mut pick = |k: usize| {
        (0..k)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                WORDS[(seed >> 33) as usize % WORDS.len()]
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    for i in 0..n {
        let dir = lib.join(format!("{:02}", i / 10));
        fs::create_dir_all(&dir).unwrap();
        let mut article = json!({
            "id": format!("a-{i}"),
            "title": pick(3),
            "body": format!("{}\n{}", pick(12), pick(8)),
            "published": format!("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1),
        });
        if i % 2 == 0 {
            article["author"] = json!(pick(2));
        }
        write_article(&dir.join(format!("a-{i:03}.json")), &article, i as u64);
    }
}

pub fn write_article(path: &Path, article: &serde_json::Value, age: u64) {
    fs::write(path, article.to_string()).unwrap();
    let file = File::options().write(true).open(path).unwrap();
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000 + age * 60);
    file.set_modified(when).unwrap();
}

pub fn load(lib: &Path) -> (Library, Option<String>) {
    let (library, _, note) = index::load_library(lib, LibraryLinks::Follow, &|_, _| {});
    (library, note)
}

/// The library read whole from its files, bodies and all.
pub fn read_whole(lib: &Path) -> Vec<Article> {
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    scan::collect_with(lib, LibraryLinks::Follow, &mut files, &mut problems);
    scan::load_files(&files).0
}

pub fn stored(lib: &Path, articles: &[Article]) -> Option<ListIndex> {
    let store = index::search_store(lib, articles).ok()?;
    Some(ListIndex::from_store(std::sync::Arc::new(store)))
}

/// A library of `n` articles written, loaded (which writes its index and
/// store) and its store opened for the list's search.
pub fn stored_library(n: usize) -> (tempfile::TempDir, Library, ListIndex) {
    cache();
    let lib = tempfile::tempdir().unwrap();
    write_library(lib.path(), n);
    let (library, _) = load(lib.path());
    let index = stored(lib.path(), &library.articles).expect("a usable store");
    (lib, library, index)
}

pub fn store_paths(lib: &Path) -> store::Paths {
    store::Paths::beside(&index::usable_path(lib).unwrap())
}

pub fn word_count(index: &ListIndex, n: usize, word: &str) -> usize {
    let all: Vec<usize> = (0..n).collect();
    index.search(&CompactQuery::new(word), &all).len()
}
