//! Loading a library folder: what loads, what is reported, and the sample.

use std::fs;
use std::path::{Path, PathBuf};

use qari::article::{Block, Library, LoadProblem, default_dir};

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn sample_holds_the_seed_and_the_written_samples() {
    let lib = Library::sample();
    assert!(lib.is_sample);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    assert_eq!(lib.articles.len(), qari::article::sample::FILES.len());
    let seed = &lib.articles[0];
    assert_eq!(seed.id, "000-8cd855bd8944e8de");
    assert_eq!(seed.author.as_deref(), Some("فريق التحرير"));
    assert_eq!(seed.paragraphs().count(), 10);
    assert!(lib.articles.iter().all(|a| a.path.is_none()));
    let quotes = lib
        .articles
        .iter()
        .flat_map(|a| &a.body)
        .filter(|b| matches!(b, Block::Quote { .. }))
        .count();
    assert!(quotes >= 2);
    let text =
        |a: &qari::article::Article| a.body.iter().map(Block::text).collect::<Vec<_>>().join(" ");
    let all: Vec<String> = lib.articles.iter().map(text).collect();
    // Persian (with its zero-width non-joiner) and Urdu (with its full stop).
    assert!(
        all.iter()
            .any(|t| t.contains("می\u{200C}شود") && t.contains("جاتا ہے۔"))
    );
    // Numbers and dates in both digit sets, with English words inside Arabic.
    assert!(
        all.iter()
            .any(|t| t.contains("٣٫٩٪") && t.contains("4.75%"))
    );
    assert!(
        all.iter()
            .any(|t| t.contains("ripgrep") && t.contains("https://"))
    );
    // A long read, for scrolling and layout caching.
    assert!(all.iter().any(|t| t.split_whitespace().count() > 1200));
}

#[test]
fn missing_or_empty_library_falls_back_to_the_sample() {
    let dir = tempfile::tempdir().unwrap();
    let lib = Library::load(Some(dir.path()), &[]);
    assert!(lib.is_sample);
    assert_eq!(lib.articles.len(), Library::sample().articles.len());
    let lib = Library::load(Some(&dir.path().join("missing")), &[]);
    assert!(lib.is_sample);
}

#[test]
fn folder_is_searched_recursively_in_path_order() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.json", r#"{"title": "ب", "body": "نص"}"#);
    write(dir.path(), "a/deep/z.txt", "عنوان نصي\n\nفقرة.\n");
    write(dir.path(), "notes.md", "# not an article");
    write(
        dir.path(),
        ".hidden/x.json",
        r#"{"title": "x", "body": "y"}"#,
    );
    let lib = Library::load(Some(dir.path()), &[]);
    assert!(!lib.is_sample);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    let titles: Vec<&str> = lib.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, vec!["عنوان نصي", "ب"]);
    assert_eq!(lib.articles[0].id, "z");
}

#[test]
fn bad_files_are_skipped_and_reported_with_position() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.json", r#"{"title": "جيد", "body": "نص"}"#);
    let bad = write(
        dir.path(),
        "bad.json",
        "{\n  \"title\": \"x\",\n  \"body\": [\n}",
    );
    let lib = Library::load(Some(dir.path()), &[]);
    assert_eq!(lib.articles.len(), 1);
    assert_eq!(lib.problems.len(), 1);
    let p: &LoadProblem = &lib.problems[0];
    assert_eq!(p.path, bad);
    assert_eq!((p.line, p.column), (Some(4), Some(1)));
    assert!(
        p.to_string()
            .starts_with(&format!("{}:4:1: ", bad.display())),
        "{p}"
    );
}

#[test]
fn a_large_folder_loads_in_file_order_with_problems_in_file_order() {
    // Enough files for the loader to use every core; some bad ones, a
    // large one between them, and articles whose words must be counted.
    let dir = tempfile::tempdir().unwrap();
    let mut expected_titles = Vec::new();
    let mut expected_bad = Vec::new();
    for i in 0..300 {
        let name = format!("{:02}/{i:04}.json", i / 40);
        if i % 37 == 5 {
            expected_bad.push(write(dir.path(), &name, &format!("{{\"title\": \"{i}\",")));
            continue;
        }
        let words = if i == 150 { 200_000 } else { i };
        let body = "كلمة ".repeat(words);
        write(
            dir.path(),
            &name,
            &format!(r#"{{"title": "مقال {i}", "body": "{body}"}}"#),
        );
        expected_titles.push((format!("مقال {i}"), words.div_ceil(138).max(1) as u32));
    }
    for _ in 0..3 {
        let lib = Library::load(Some(dir.path()), &[]);
        let titles: Vec<(String, u32)> = lib
            .articles
            .iter()
            .map(|a| (a.title.clone(), a.reading_minutes))
            .collect();
        assert_eq!(titles, expected_titles);
        let bad: Vec<&Path> = lib.problems.iter().map(|p| p.path.as_path()).collect();
        assert_eq!(bad, expected_bad);
        assert!(lib.problems.iter().all(|p| p.line == Some(1)));
    }
}

#[test]
fn find_by_id_index_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "two.json",
        r#"[{"id": "first", "title": "أ", "body": "x"}, {"title": "ب", "body": "y"}]"#,
    );
    let lib = Library::load(Some(dir.path()), &[]);
    assert_eq!(lib.find("first"), Some(0));
    assert_eq!(lib.find("two-2"), Some(1));
    assert_eq!(lib.find("2"), Some(1));
    assert_eq!(lib.find("3"), None);
    assert_eq!(lib.find("0"), None);
    assert_eq!(lib.find(path.to_str().unwrap()), Some(0));
    assert_eq!(lib.find("nothing"), None);
}

#[test]
fn extra_paths_are_added() {
    let dir = tempfile::tempdir().unwrap();
    let other = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.json",
        r#"{"title": "في المكتبة", "body": "x"}"#,
    );
    let extra = write(other.path(), "b.txt", "من سطر الأوامر\n\nنص.\n");
    let lib = Library::load(Some(dir.path()), &[extra]);
    let titles: Vec<&str> = lib.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, vec!["في المكتبة", "من سطر الأوامر"]);
}

#[test]
fn library_folder_comes_from_the_flag_first() {
    assert_eq!(
        default_dir(Some(Path::new("/tmp/lib"))),
        Some(PathBuf::from("/tmp/lib"))
    );
}
