//! Files no library should hold, and what loading them gives: an article or
//! a reported problem, never a panic or a hang.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use qari::article::{Library, scan};

fn problems_for(lib: &Library, name: &str) -> Vec<String> {
    lib.problems
        .iter()
        .filter(|p| p.path.file_name().is_some_and(|n| n == name))
        .map(ToString::to_string)
        .collect()
}

#[test]
fn empty_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.json"), "").unwrap();
    fs::write(dir.path().join("empty.txt"), "\n\n").unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert!(lib.articles.is_empty());
    assert!(problems_for(&lib, "empty.json")[0].ends_with(": empty file"));
    assert!(problems_for(&lib, "empty.txt")[0].contains("empty file"));
}

#[test]
fn invalid_utf8_text_is_reported_at_the_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("bad.txt"),
        b"\xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86\n\nab\xffcd\n",
    )
    .unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    let p = &lib.problems[0];
    assert_eq!((p.line, p.column), (Some(3), Some(3)));
    assert_eq!(p.message, "not valid UTF-8 text");
}

#[test]
fn fifo_is_skipped_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.json");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        assert!(std::env::var_os("CI").is_none(), "mkfifo is needed in CI");
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    fs::write(dir.path().join("ok.json"), r#"{"title": "t", "body": "x"}"#).unwrap();
    let start = Instant::now();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(lib.articles.len(), 1);
    assert_eq!(
        problems_for(&lib, "pipe.json"),
        vec![format!("{}: not a regular file", fifo.display())]
    );
}

#[test]
fn symlink_loops_end_and_dangling_links_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    fs::write(sub.join("a.json"), r#"{"title": "t", "body": "x"}"#).unwrap();
    symlink(dir.path(), sub.join("back-to-top")).unwrap();
    symlink(&sub, sub.join("self")).unwrap();
    symlink(
        dir.path().join("nowhere.json"),
        dir.path().join("dangling.json"),
    )
    .unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert_eq!(lib.articles.len(), 1);
    let dangling = problems_for(&lib, "dangling.json");
    assert_eq!(dangling.len(), 1);
    assert!(dangling[0].contains("cannot read"), "{dangling:?}");
}

#[test]
fn a_folder_named_like_an_article_is_entered() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.json");
    fs::create_dir(&odd).unwrap();
    fs::write(odd.join("inner.txt"), "عنوان\n\nنص.\n").unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    assert_eq!(lib.articles[0].title, "عنوان");
}

#[test]
fn fifty_megabyte_articles_load() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "وقال مسؤول بوزارة الدفاع إن البلدين يناقشان إمكانية إجراء مناورات مشتركة. ";
    let body = paragraph.repeat(50 * 1024 * 1024 / paragraph.len());
    fs::write(
        dir.path().join("big.json"),
        format!(r#"{{"title": "كبير", "body": "{body}"}}"#),
    )
    .unwrap();
    fs::write(
        dir.path().join("big.txt"),
        format!("كبير\n\n{}", body.replace(". ", ".\n\n")),
    )
    .unwrap();
    let start = Instant::now();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    assert_eq!(lib.articles.len(), 2);
    assert_eq!(lib.articles[0].body.len(), 1);
    assert!(lib.articles[1].body.len() > 300_000);
    // Generous: this guards against a quadratic path, not a speed target.
    assert!(start.elapsed() < Duration::from_secs(60));
}

#[test]
fn files_past_the_size_limit_are_reported_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    let f = fs::File::create(&path).unwrap();
    f.set_len(scan::MAX_FILE_BYTES + 1).unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    let p = problems_for(&lib, "huge.json");
    assert!(
        p[0].contains("too large: 64 MB (the limit is 64 MB)"),
        "{p:?}"
    );
}

#[test]
fn a_one_megabyte_word_loads() {
    let dir = tempfile::tempdir().unwrap();
    let word = "ب".repeat(512 * 1024);
    fs::write(dir.path().join("w.txt"), format!("عنوان\n\n{word}\n")).unwrap();
    fs::write(
        dir.path().join("w.json"),
        format!(r#"{{"title": "{word}", "body": "{word}"}}"#),
    )
    .unwrap();
    let lib = Library::scan(Some(dir.path()), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    assert_eq!(lib.articles.len(), 2);
    assert_eq!(lib.articles[1].body[0].text().len(), word.len());
}

#[test]
fn a_thousand_files_load_in_order_across_threads() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1000 {
        let body = if i % 97 == 0 {
            "{broken".to_owned()
        } else {
            format!(r#"{{"title": "مقال {i}", "body": "نص"}}"#)
        };
        fs::write(dir.path().join(format!("{i:04}.json")), body).unwrap();
    }
    let lib = Library::scan(Some(dir.path()), &[]);
    assert_eq!(lib.problems.len(), 11);
    assert_eq!(lib.articles.len(), 989);
    let expected: Vec<String> = (0..1000)
        .filter(|i| i % 97 != 0)
        .map(|i| format!("مقال {i}"))
        .collect();
    let titles: Vec<&str> = lib.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, expected);
    assert!(
        lib.problems
            .iter()
            .all(|p| p.path.starts_with(dir.path()) && Path::new(&p.path).exists())
    );
}
