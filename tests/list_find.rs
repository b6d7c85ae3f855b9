//! `qari list --find WORDS`: the reader's list search from the command
//! line. Through the index it searches the search store; with
//! `--no-index` it folds the files read; both list the same articles in
//! the same order: those with the words in their title first, then the
//! others, newest first.

mod support;

use std::fs;
use std::path::Path;

use serde_json::json;
use support::cli::{files_in, qari_at_home};

fn write(home: &Path, name: &str, title: &str, body: &str, day: u32) {
    let dir = home.join("library");
    fs::create_dir_all(&dir).unwrap();
    let article = json!({
        "id": name,
        "title": title,
        "body": body,
        "published": format!("2024-03-{day:02}"),
    });
    fs::write(dir.join(format!("{name}.json")), article.to_string()).unwrap();
}

/// The ids `qari list --json ARGS` prints, in order.
fn ids(home: &Path, args: &[&str]) -> Vec<String> {
    let out = qari_at_home(home)
        .args(files_in(home))
        .arg("list")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn find_lists_title_matches_first_through_the_store_and_without_it() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    write(home, "old-title", "وزيرُ الاقتصاد يزور القاهرة", "نص", 1);
    write(
        home,
        "new-body",
        "أخبار اليوم",
        "قال الوزير إن الأسعار سترتفع",
        20,
    );
    write(home, "mid-title", "الوزير يعلن الميزانية", "تفاصيل", 10);
    write(home, "none", "الطقس", "مشمس وحار", 15);
    write(home, "newest-body", "رياضة", "هنأ الوزيرُ الفريق", 25);
    let expected = ["mid-title", "old-title", "newest-body", "new-body"];
    let plain = ids(home, &["--find", "وزير"]);
    assert_eq!(plain, expected, "title matches first, each newest first");
    // The first run built the index and its store; this one searches it.
    assert!(home.join(".cache/qari").read_dir().unwrap().any(|e| {
        let name = e.unwrap().file_name();
        name.to_string_lossy().ends_with(".search")
    }));
    assert_eq!(ids(home, &["--find", "وزير"]), expected);
    assert_eq!(ids(home, &["--find", "وزير", "--no-index"]), expected);
    // Harakat, alef forms and letter case do not count.
    assert_eq!(ids(home, &["--find", "القاهره"]), ["old-title"]);
    assert_eq!(ids(home, &["--find", "مُشمس"]), ["none"]);
    assert!(ids(home, &["--find", "زلزال"]).is_empty());
    // With another filter and another order.
    let by_title = ids(home, &["--find", "الوزير", "--sort", "oldest"]);
    assert_eq!(by_title, ["mid-title", "new-body", "newest-body"]);
}

/// `--find` opens the store for its one search: its texts are checked as
/// the reader's are but not signed. A query of one letter, which the
/// reader answers from the signatures, ranks the same as from the files;
/// a store whose texts were changed is never searched.
#[test]
fn find_checks_the_store_it_searches_once_without_signing_it() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    write(home, "a", "وزير الاقتصاد", "نص", 1);
    write(home, "b", "أخبار", "قال الوزير", 20);
    write(home, "c", "الطقس", "مشمس وحار", 15);
    let folded = ids(home, &["--find", "و", "--no-index"]);
    assert_eq!(folded, ["a", "b", "c"]);
    assert_eq!(ids(home, &["--find", "و"]), folded, "the store written");
    assert_eq!(ids(home, &["--find", "و"]), folded, "the store searched");
    assert_eq!(ids(home, &["--find", "حار"]), ["c"]);
    let data = home
        .join(".cache/qari")
        .read_dir()
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "search"))
        .expect("the store's data file");
    let mut bytes = fs::read(&data).unwrap();
    for b in &mut bytes[16..] {
        *b ^= 0x20;
    }
    fs::write(&data, bytes).unwrap();
    assert_eq!(ids(home, &["--find", "حار"]), ["c"], "found in the files");
    assert_eq!(ids(home, &["--find", "و"]), folded);
}
