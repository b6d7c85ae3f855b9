//! The library index behind `qari list`: the list is the same as reading
//! every file (on the sample files and a generated library, cold and warm,
//! after files change, are added or go, with the index damaged at random
//! bytes, with several qaris at once), a changed file is read again alone,
//! and `qari index` tells the index's state and rebuilds it.

mod support;

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::json;
use support::cli::{files_in, qari_at_home, succeeding as qari};

/// stdout and stderr of `qari list ARGS`, through the index or not.
fn list(home: &Path, args: &[&str], index: bool) -> (String, String) {
    let mut all = vec!["list"];
    all.extend_from_slice(args);
    if !index {
        all.push("--no-index");
    }
    let out = qari(home, &all);
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The list through the index equals the list read from the files, as
/// lines and as JSON, in every order and through every filter.
fn assert_same_list(home: &Path, what: &str) {
    let lists: [&[&str]; 7] = [
        &[],
        &["--json"],
        &["--sort", "title"],
        &["--sort", "source", "--tag", "#وسم1"],
        &["--sort", "oldest", "--since", "2024-06-01"],
        &["--sort", "unread", "--unread"],
        &["--json", "--bookmarked"],
    ];
    for args in lists {
        let read = list(home, args, false);
        let indexed = list(home, args, true);
        assert_eq!(indexed, read, "{what}, list {args:?}");
    }
}

fn index_files(home: &Path) -> Vec<PathBuf> {
    let dir = home.join(".cache/qari");
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "index"))
        .collect()
}

fn the_index(home: &Path) -> PathBuf {
    let found = index_files(home);
    assert_eq!(found.len(), 1, "one index: {found:?}");
    found[0].clone()
}

/// The test data and sample articles: text, JSON, feeds (several articles
/// a file), pages, and a file that does not load.
fn sample_library(home: &Path) {
    let lib = home.join("library");
    fs::create_dir_all(&lib).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["tests/data", "tests/data/feeds"] {
        for e in fs::read_dir(root.join(dir)).unwrap().flatten() {
            if e.path().is_file() {
                fs::copy(e.path(), lib.join(e.file_name())).unwrap();
            }
        }
    }
    fs::write(lib.join("broken.json"), "{\"title\": \"cut").unwrap();
}

/// `n` small articles in folders of ten, with and without dates, authors
/// and tags; the file time of the undated ones is set apart.
fn generated_library(home: &Path, n: usize) {
    for i in 0..n {
        let dir = home.join("library").join(format!("{:03}", i / 10));
        fs::create_dir_all(&dir).unwrap();
        let mut article = json!({
            "id": format!("gen-{i}"),
            "title": format!("عنوان المقال رقم {i} عن الاقتصاد"),
            "body": format!("فقرة أولى من المقال {i}.\nفقرة ثانية."),
            "tags": [format!("وسم{}", i % 4)],
        });
        if i % 3 != 0 {
            article["published"] = json!(format!("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1));
        }
        if i % 2 == 0 {
            article["author"] = json!("مراسل الاقتصاد");
        }
        let path = dir.join(format!("a-{i:04}.json"));
        fs::write(&path, article.to_string()).unwrap();
        if i % 3 == 0 {
            set_time(&path, 1_600_000_000 + i as u64 * 3600);
        }
    }
}

fn set_time(path: &Path, secs: u64) {
    let file = File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
        .unwrap();
}

#[test]
fn the_list_of_the_sample_files_is_the_same_cold_and_warm() {
    let home = tempfile::tempdir().unwrap();
    sample_library(home.path());
    let read = list(home.path(), &[], false);
    assert!(index_files(home.path()).is_empty(), "--no-index wrote one");
    assert!(read.1.contains("1 file skipped"), "{}", read.1);
    let cold = list(home.path(), &[], true);
    assert_eq!(cold, read, "the list that builds the index");
    let index = the_index(home.path());
    let built = fs::read(&index).unwrap();
    assert_same_list(home.path(), "warm");
    assert_eq!(
        fs::read(&index).unwrap(),
        built,
        "an index up to date is not rewritten"
    );
}

#[test]
fn changed_added_and_removed_files_are_read_again_alone() {
    let home = tempfile::tempdir().unwrap();
    generated_library(home.path(), 120);
    assert_same_list(home.path(), "generated");
    let lib = home.path().join("library");

    fs::write(
        lib.join("003/a-0031.json"),
        json!({"id": "gen-31", "title": "عنوان جديد", "body": "نص."}).to_string(),
    )
    .unwrap();
    fs::remove_file(lib.join("005/a-0050.json")).unwrap();
    fs::write(lib.join("005/new.json"), "[1, 2").unwrap();
    fs::write(
        lib.join("009/new.json"),
        json!({"title": "مقال أضيف", "body": "نص.", "published": "2030-01-01"}).to_string(),
    )
    .unwrap();
    let status = String::from_utf8(qari(home.path(), &["index"]).stdout).unwrap();
    assert!(
        status.contains("stale: 3 files new or changed, 1 gone"),
        "{status}"
    );
    assert_same_list(home.path(), "after changes");
    let status = String::from_utf8(qari(home.path(), &["index"]).stdout).unwrap();
    assert!(status.contains("stale: up to date"), "{status}");
    assert!(
        status.contains("articles: 120 in 121 files (1 files with problems)"),
        "{status}"
    );

    // A file rewritten with the same size and time is not read again: the
    // index is what the list showed, and `--rebuild` reads it anew.
    let path = lib.join("007/a-0070.json");
    set_time(&path, 1_600_000_000);
    assert_same_list(home.path(), "after a file's time changed");
    let before = fs::read_to_string(&path).unwrap();
    let same_size = before.replace("الاقتصاد", "السياسية");
    assert_eq!(same_size.len(), before.len());
    fs::write(&path, &same_size).unwrap();
    set_time(&path, 1_600_000_000);
    let (stale, _) = list(home.path(), &["--json"], true);
    assert!(
        !stale.contains("السياسية"),
        "the unchanged file was read again"
    );
    let out = qari(home.path(), &["index", "--rebuild"]);
    let told = String::from_utf8(out.stderr).unwrap();
    assert!(told.contains("indexed 121 files (120 articles)"), "{told}");
    assert_same_list(home.path(), "after --rebuild");
    assert!(list(home.path(), &["--json"], true).0.contains("السياسية"));
}

/// Whatever byte of the index is damaged, the list is the one read from
/// the files, and the index is rebuilt.
#[test]
fn a_damaged_or_missing_index_is_rebuilt_never_a_wrong_list() {
    let home = tempfile::tempdir().unwrap();
    generated_library(home.path(), 40);
    let (expected, _) = list(home.path(), &["--json"], false);
    list(home.path(), &[], true);
    let index = the_index(home.path());
    let good = fs::read(&index).unwrap();
    // A fixed sequence of positions (an LCG), so a failure can be replayed.
    let mut x: u64 = 0x2545_f491_4f6c_dd1d;
    for round in 0..60 {
        x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut bad = good.clone();
        match round % 3 {
            0 => {
                let at = (x >> 33) as usize % bad.len();
                bad[at] ^= 1 << (x % 8);
            }
            1 => bad.truncate((x >> 33) as usize % bad.len()),
            _ => {
                let at = (x >> 33) as usize % bad.len();
                let end = (at + 16).min(bad.len());
                bad[at..end].iter_mut().for_each(|b| *b = b.wrapping_add(7));
            }
        }
        fs::write(&index, &bad).unwrap();
        let (listed, told) = list(home.path(), &["--json"], true);
        assert_eq!(listed, expected, "round {round}");
        assert!(
            told.contains("the library index was rebuilt"),
            "round {round}: {told}"
        );
        assert_eq!(
            fs::read(&index).unwrap().len(),
            good.len(),
            "round {round}: rebuilt"
        );
    }
    fs::remove_file(&index).unwrap();
    assert_eq!(
        list(home.path(), &["--json"], true),
        (expected, String::new())
    );
}

#[test]
fn several_qaris_listing_at_once_share_the_index() {
    let home = tempfile::tempdir().unwrap();
    generated_library(home.path(), 200);
    for round in 0..3 {
        // Every round changes files, so each qari rewrites the index.
        let lib = home.path().join("library");
        for i in 0..20 {
            let path = lib.join(format!(
                "{:03}/a-{:04}.json",
                i / 10 * 2,
                i / 10 * 20 + i % 10
            ));
            let text = fs::read_to_string(&path).unwrap();
            fs::write(&path, format!("{text}\n")).unwrap();
        }
        let (expected, _) = list(home.path(), &["--json"], false);
        let children: Vec<_> = (0..4)
            .map(|_| {
                qari_at_home(home.path())
                    .args(files_in(home.path()))
                    .args(["list", "--json"])
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "{out:?}");
            assert_eq!(
                String::from_utf8(out.stdout).unwrap(),
                expected,
                "round {round}"
            );
            assert_eq!(String::from_utf8(out.stderr).unwrap(), "", "round {round}");
        }
        assert_eq!(list(home.path(), &["--json"], true).0, expected);
        let status = String::from_utf8(qari(home.path(), &["index"]).stdout).unwrap();
        assert!(status.contains("stale: up to date"), "{status}");
    }
}

#[test]
fn qari_index_tells_where_the_index_is_and_what_it_holds() {
    let home = tempfile::tempdir().unwrap();
    generated_library(home.path(), 30);
    let status = String::from_utf8(qari(home.path(), &["index"]).stdout).unwrap();
    assert!(status.contains("not built yet"), "{status}");
    let out = qari(home.path(), &["index", "--rebuild"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("indexed 30 files (30 articles)"),
        "{out:?}"
    );
    let status = String::from_utf8(out.stdout).unwrap();
    let index = the_index(home.path());
    assert!(
        status.contains(&format!("index: {}", index.display())),
        "{status}"
    );
    assert!(
        status.contains("articles: 30 in 30 files (0 files with problems)"),
        "{status}"
    );
    assert!(status.contains("age: "), "{status}");
    assert!(status.contains("size: 0.0 MB"), "{status}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(index.parent().unwrap())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the cache folder is private: {mode:o}");
    }
}

#[test]
fn the_cache_follows_xdg_cache_home() {
    let home = tempfile::tempdir().unwrap();
    generated_library(home.path(), 3);
    let cache = home.path().join("elsewhere");
    let out = qari_at_home(home.path())
        .env("XDG_CACHE_HOME", &cache)
        .args(files_in(home.path()))
        .arg("list")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(index_files(home.path()).is_empty());
    let made: Vec<_> = fs::read_dir(cache.join("qari"))
        .unwrap()
        .flatten()
        .collect();
    assert!(
        made.iter()
            .any(|e| e.path().extension().is_some_and(|x| x == "index"))
    );
}

/// A file modified as the index's scan began is read again at the next
/// refresh (its time may hide a change); found as it was, the index is to
/// be written with the new scan's time, so that it is not read once more,
/// nor the whole index decoded for it, on every later run.
#[test]
fn a_file_modified_as_the_index_was_made_is_read_again_once() {
    use qari::index::{Stamps, refresh_stamped};
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = ["a.json", "b.json"]
        .iter()
        .map(|n| dir.path().join(n))
        .collect();
    for f in &files {
        fs::write(f, r#"{"title": "عنوان", "body": "نص."}"#).unwrap();
    }
    let t = 1_700_000_000;
    set_time(&files[0], t - 10);
    set_time(&files[1], t);
    let scan = |at: u64| Stamps {
        each: Stamps::of(&files).each,
        scanned: (at as i64, 0),
    };
    let refresh = |at, old| refresh_stamped(dir.path(), &files, &scan(at), old, &|_, _| {}, None);
    let (first, _) = refresh(t, None);
    let (same_tick, changes) = refresh(t, Some(first.clone()));
    assert_eq!((changes.read, changes.settled), (1, 0), "{changes:?}");
    assert!(
        !changes.to_write(),
        "still as new as the scan: writing gains nothing"
    );
    assert_eq!(same_tick.entries, first.entries);
    let (second, changes) = refresh(t + 5, Some(first));
    assert_eq!((changes.read, changes.settled), (1, 1), "{changes:?}");
    assert!(!changes.any(), "the list is the same");
    assert!(
        changes.to_write(),
        "the index is written with the later scan"
    );
    let (_, changes) = refresh(t + 9, Some(second));
    assert_eq!(changes.read, 0, "{changes:?}");
    assert!(!changes.to_write());
}
