//! `qari list`, `show`, `import` and `check`, run as a user would run them.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use qari::layout::{self, Direction, LayoutOptions, display_width};

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");

fn qari(library: &Path, args: &[&str]) -> Output {
    let home = library.parent().unwrap_or(library);
    Command::new(env!("CARGO_BIN_EXE_qari"))
        .args(args)
        .env("QARI_LIBRARY", library)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("QARI_CONFIG")
        .output()
        .expect("qari runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn list_shows_the_sample_on_an_empty_library() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let out = qari(&lib, &["--ui", "en", "list"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5, "{text}");
    // Each field isolated (FSI … PDI), so that an Arabic title cannot move
    // the date or the minutes; dates padded to the longest.
    let (fsi, pdi) = ('\u{2068}', '\u{2069}');
    let first = format!(
        "   1  {fsi}{:<16}{pdi}  {fsi} 2 min{pdi}  وتقول الولايات المتحدة",
        ""
    );
    // Newest first; each line keeps its number for `qari show`.
    let numbered = |n: &str| *lines.iter().find(|l| l.starts_with(n)).expect(n);
    let one = numbered("   1  ");
    assert!(one.starts_with(&first), "{one}");
    assert!(one.ends_with(" — فريق التحرير"));
    let second = format!("   2  {fsi}15 March 2024   {pdi}  {fsi} 2 min{pdi}  Rust تدخل");
    assert!(numbered("   2  ").starts_with(&second), "{text}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("built-in samples") && err.contains("qari import"),
        "{err}"
    );
}

#[test]
fn list_json_has_the_documented_fields() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    fs::write(lib.join("seed.txt"), SEED).unwrap();
    let out = qari(&lib, &["list", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let a = &v[0];
    assert_eq!(a["id"], "seed");
    assert_eq!(a["author"], "فريق التحرير");
    assert_eq!(a["reading_minutes"], 2);
    assert_eq!(a["published"], serde_json::Value::Null);
    assert_eq!(a["path"], lib.join("seed.txt").to_str().unwrap());
    assert!(a["title"].as_str().unwrap().starts_with("وتقول"));
}

#[test]
fn show_lays_out_right_aligned_within_the_width() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let out = qari(&lib, &["show", "1", "--width", "50"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let opts = LayoutOptions {
        direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    // The heading, exactly as the engine lays it out, padded to the right.
    let heading = layout::layout_paragraph("التعاون الدفاعي بين موسكو وبيونغ يانغ", 50, &opts);
    assert_eq!(heading.len(), 1);
    let expected = format!("{}{}", " ".repeat(50 - heading[0].width), heading[0].text);
    assert!(text.lines().any(|l| l == expected), "{text}");
    for line in text.lines().filter(|l| !l.is_empty()) {
        assert_eq!(display_width(line), 50, "not right-aligned: {line:?}");
    }
    assert!(text.contains(&layout::layout_paragraph("دقيقتان للقراءة", 50, &opts)[0].text));
    assert!(!text.contains("اترك"));
}

#[test]
fn show_finds_by_id_and_path_and_reports_unknown_articles() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    let path = lib.join("a.json");
    fs::write(
        &path,
        r#"{"id": "mine", "title": "Hello", "lang": "en", "body": "Short body."}"#,
    )
    .unwrap();
    for spec in ["mine", path.to_str().unwrap(), "1"] {
        let out = qari(&lib, &["--ui", "en", "show", spec, "--width", "30"]);
        assert!(out.status.success(), "{spec}");
        assert_eq!(stdout(&out), "Hello\n─────\n1 min read\n\nShort body.\n");
    }
    let out = qari(&lib, &["show", "missing"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no article \"missing\""));
}

#[test]
fn no_escape_sequence_from_a_file_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir(&lib).unwrap();
    fs::write(
        lib.join("evil.json"),
        r#"{"title": "\u001b]2;owned\u0007عنوان \u001b[2J", "author": "\u009b31mكاتب",
            "body": [{"heading": "\u001b[1mعنوان فرعي"}, {"paragraph": "نص\u001b]52;c;aGk=\u0007 هنا."}]}"#,
    )
    .unwrap();
    fs::write(
        lib.join("evil\u{1b}[2J.json"),
        "{\"title\": \"\u{1b}]0;x\u{7}\"}",
    )
    .unwrap();
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["show", "1", "--width", "40"],
        &["check"],
    ] {
        let out = qari(&lib, args);
        for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text.contains(['\u{1b}', '\u{7}', '\u{9b}']),
                "qari {args:?} wrote a control character to {name}: {text:?}"
            );
        }
        if args[0] != "check" {
            assert!(out.status.success(), "{args:?}");
        }
    }
    let list = stdout(&qari(&lib, &["list"]));
    assert!(list.contains("]2;ownedعنوان [2J — 31mكاتب"), "{list}");
}

#[test]
fn import_writes_json_and_never_overwrites_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let src = dir.path().join("saved page.txt");
    fs::write(&src, SEED).unwrap();
    let out = qari(&lib, &["import", src.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dest = lib.join("saved-page.json");
    let written = fs::read_to_string(&dest).unwrap();
    assert!(written.contains("\"heading\": \"التعاون الدفاعي بين موسكو وبيونغ يانغ\""));

    fs::write(&dest, "{\"title\": \"edited by hand\", \"body\": \"x\"}").unwrap();
    let out = qari(&lib, &["import", src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("exists; use --force"));
    assert!(
        fs::read_to_string(&dest)
            .unwrap()
            .contains("edited by hand")
    );

    let out = qari(&lib, &["import", "--force", src.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(fs::read_to_string(&dest).unwrap(), written);
    let leftovers: Vec<_> = fs::read_dir(&lib)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");

    // The imported file loads back as the same article.
    let listed = stdout(&qari(&lib, &["list", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(v[0]["id"], "saved-page");
    assert_eq!(v[0]["author"], "فريق التحرير");
}

#[test]
fn import_into_a_folder_and_report_bad_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let into = dir.path().join("elsewhere");
    let good = dir.path().join("good.txt");
    let bad = dir.path().join("bad.txt");
    fs::write(&good, "عنوان\n\nنص.\n").unwrap();
    // Not text in any encoding: the start of a PNG image.
    fs::write(&bad, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let out = qari(
        &lib,
        &[
            "import",
            "--into",
            into.to_str().unwrap(),
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(into.join("good.json").exists());
    assert!(!lib.exists());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{}:1:1: not valid UTF-8 text", bad.display())),
        "{err}"
    );
}

#[test]
fn check_reports_each_bad_file_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    fs::create_dir_all(lib.join("sub")).unwrap();
    fs::write(lib.join("good.json"), r#"{"title": "t", "body": "x"}"#).unwrap();
    fs::write(
        lib.join("sub/bad.json"),
        "{\n  \"title\": \"t\",\n  \"body\": [1]\n}\n",
    )
    .unwrap();
    fs::write(
        lib.join("twin.json"),
        r#"{"id": "good", "title": "t", "body": "x"}"#,
    )
    .unwrap();
    let out = qari(&lib, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let bad = lib.join("sub/bad.json");
    assert!(
        text.contains(&format!(
            "{}:3:12: invalid type: integer `1`",
            bad.display()
        )),
        "{text}"
    );
    assert!(
        text.contains("warning: id \"good\" is also used by"),
        "{text}"
    );
    assert!(
        text.ends_with("3 files, 2 articles, 1 bad file, 1 warning\n"),
        "{text}"
    );

    fs::remove_file(&bad).unwrap();
    let out = qari(&lib, &["check", lib.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let out = qari(&lib, &["check", dir.path().join("nope").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such folder"));
}

#[test]
fn import_reads_windows_1256_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let src = Path::new("tests/data/copied/qna_windows1256.txt");
    let out = qari(&lib, &["import", src.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let said = stdout(&out);
    assert!(
        said.contains("tests/data/copied/qna_windows1256.txt: read as windows-1256"),
        "{said}"
    );
    let json = fs::read_to_string(lib.join("qna-windows1256.json")).unwrap();
    assert!(
        json.contains("قطر تستضيف مؤتمرا إقليميا عن الأمن الغذائي"),
        "{json}"
    );
    // UTF-8 needs no word.
    let utf8 = dir.path().join("utf8.txt");
    fs::write(&utf8, "عنوان\n\nنص.\n").unwrap();
    let out = qari(&lib, &["import", utf8.to_str().unwrap()]);
    assert!(!stdout(&out).contains("read as"), "{}", stdout(&out));
}

/// An import that keeps a title and no text says so: every other line of
/// the copy was read as the page's furniture.
#[test]
fn import_says_when_only_a_title_was_kept() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    let bare = dir.path().join("bare.txt");
    fs::write(&bare, "عنوان الخبر كما نسخ من الصفحة\nشارك\nإقرأ أيضاً\n").unwrap();
    let out = qari(&lib, &["import", bare.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        stdout(&out).contains("bare.json: a title and no text"),
        "{}",
        stdout(&out)
    );
    let whole = dir.path().join("whole.txt");
    fs::write(
        &whole,
        "عنوان الخبر\nنص الخبر كاملا في سطر واحد طويل بما يكفي.\n",
    )
    .unwrap();
    let out = qari(&lib, &["import", whole.to_str().unwrap()]);
    assert!(!stdout(&out).contains("no text"), "{}", stdout(&out));
}
