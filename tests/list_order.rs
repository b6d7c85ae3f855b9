//! `qari list`: newest first by default, `--sort`, the filters `--unread`,
//! `--bookmarked`, `--tag`, `--since`, and the reading marks in `--json`.

mod support;

use std::fs::{self, File};
use std::path::Path;
use std::process::Output;
use std::time::{Duration, SystemTime};

use qari::state::StateStore;
use serde_json::{Value, json};
use support::cli::{files_in, qari_at_home};

/// Writes an article file `name` into `home`'s library.
fn article(home: &Path, name: &str, fields: Value) {
    let lib = home.join("library");
    fs::create_dir_all(&lib).unwrap();
    let mut fields = fields;
    fields["body"] = json!("فقرة من نص المقالة.");
    fs::write(lib.join(name), fields.to_string()).unwrap();
}

/// Sets the modification time of `home`'s library file `name` to `day`
/// days after the epoch.
fn touch(home: &Path, name: &str, day: u64) {
    let file = File::options()
        .write(true)
        .open(home.join("library").join(name))
        .unwrap();
    let at = SystemTime::UNIX_EPOCH + Duration::from_secs(day * 86_400);
    file.set_modified(at).unwrap();
}

fn qari(home: &Path, args: &[&str]) -> Output {
    qari_at_home(home)
        .args(args)
        .args(files_in(home))
        .output()
        .unwrap()
}

/// The ids `qari list ARGS --json` prints, in order.
fn ids(home: &Path, args: &[&str]) -> Vec<String> {
    let out = qari(home, &[&["list", "--json"], args].concat());
    assert!(out.status.success(), "{args:?}: {out:?}");
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// Four articles: two with a published date, two with only their file's
/// modification time (one in 2025, one in March 2024).
fn dated_library(home: &Path) {
    let a = |id: &str, title: &str| json!({"id": id, "title": title});
    article(
        home,
        "jan.json",
        json!({"id": "jan", "title": "مدينة الضباب", "published": "2024-01-10", "source": "الأهرام", "tags": ["اقتصاد"]}),
    );
    article(
        home,
        "jun.json",
        json!({"id": "jun", "title": "الحرب في الشمال", "published": "2024-06-01T09:00:00Z", "source": "الجزيرة", "url": "https://example.com/jun", "tags": ["#سياسة", "Gaza"]}),
    );
    article(home, "mar.json", a("mar", "بيروت تستعد للانتخابات"));
    article(home, "new.json", a("new", "أمطار غزيرة"));
    touch(home, "mar.json", 19_783); // 2024-03-02
    touch(home, "new.json", 20_089); // 2025-01-02
    for name in ["jan.json", "jun.json"] {
        touch(home, name, 20_400);
    }
}

#[test]
fn newest_first_by_published_date_else_file_time() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    assert_eq!(ids(home.path(), &[]), ["new", "jun", "mar", "jan"]);
    assert_eq!(
        ids(home.path(), &["--sort", "date"]),
        ["new", "jun", "mar", "jan"]
    );
    assert_eq!(
        ids(home.path(), &["--sort", "oldest"]),
        ["jan", "mar", "jun", "new"]
    );
}

#[test]
fn titles_in_arabic_alphabetical_order_without_the_definite_article() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    // أمطار (ا), بيروت (ب), الحرب (ح, its ال left out), مدينة (م).
    assert_eq!(
        ids(home.path(), &["--sort", "title"]),
        ["new", "mar", "jun", "jan"]
    );
    // By source: الأهرام (ا after ال) before الجزيرة (ج); none last, newest first.
    assert_eq!(
        ids(home.path(), &["--sort", "source"]),
        ["jan", "jun", "new", "mar"]
    );
}

#[test]
fn reading_marks_filter_sort_and_show_in_json() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    let mut store = StateStore::open(&home.path().join("state.json"));
    store.set_read("new", true);
    store.set_read("jan", true);
    store.toggle_bookmark("mar");
    store.flush().unwrap();
    drop(store);
    let lock = home.path().join("state.json.lock");
    fs::remove_file(&lock).unwrap();
    let saved = fs::read(home.path().join("state.json")).unwrap();
    assert_eq!(ids(home.path(), &["--unread"]), ["jun", "mar"]);
    assert_eq!(ids(home.path(), &["--bookmarked"]), ["mar"]);
    assert_eq!(
        ids(home.path(), &["--sort", "unread"]),
        ["jun", "mar", "new", "jan"]
    );
    let out = qari(home.path(), &["list", "--json"]);
    let rows: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let row = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap().clone();
    assert_eq!(row("new")["read"], true);
    assert_eq!(row("mar")["bookmarked"], true);
    assert_eq!(row("mar")["read"], false);
    assert_eq!(row("jun")["url"], "https://example.com/jun");
    assert_eq!(row("jun")["tags"], json!(["#سياسة", "Gaza"]));
    assert!(rows.iter().all(|r| r["archived"] == false), "{rows:?}");
    // Looking neither takes the state's lock nor writes the state.
    assert!(!lock.exists());
    assert_eq!(fs::read(home.path().join("state.json")).unwrap(), saved);
}

#[test]
fn tags_and_dates_filter() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    assert_eq!(ids(home.path(), &["--tag", "سياسة"]), ["jun"]);
    assert_eq!(ids(home.path(), &["--tag", "#gaza"]), ["jun"]);
    assert_eq!(ids(home.path(), &["--tag", "اقتصاد"]), ["jan"]);
    assert!(ids(home.path(), &["--tag", "رياضة"]).is_empty());
    assert_eq!(
        ids(home.path(), &["--since", "2024-03-01"]),
        ["new", "jun", "mar"]
    );
    assert_eq!(ids(home.path(), &["--since", "2024-06-01"]), ["new", "jun"]);
    assert_eq!(
        ids(home.path(), &["--since", "2024-03-01", "--tag", "اقتصاد"]),
        Vec::<String>::new()
    );
}

#[test]
fn the_numbers_printed_are_the_ones_show_takes_whatever_the_order() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    let out = qari(home.path(), &["list", "--sort", "title", "--ui", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains("أمطار غزيرة"), "{text}");
    let number = first.split_whitespace().next().unwrap();
    let shown = qari(home.path(), &["show", number, "--ui", "en"]);
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert_eq!(shown.lines().next(), Some("أمطار غزيرة"));
}

#[test]
fn a_bad_order_or_date_is_refused_with_what_is_allowed() {
    let home = tempfile::tempdir().unwrap();
    dated_library(home.path());
    let out = qari(home.path(), &["list", "--sort", "size"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("date, oldest, title, source, unread"), "{err}");
    for bad in ["18/04/2024", "2024-13-01", "yesterday"] {
        let out = qari(home.path(), &["list", "--since", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
    }
}
