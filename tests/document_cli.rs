//! What `qari show`, `qari list` and `qari share` print about an article:
//! its byline, dates and counts come from one document module, in the
//! interface's language.

mod support;

use std::fs;
use std::path::Path;
use std::process::Output;

use qari::layout::{Direction, LayoutOptions, display_width, layout_paragraph};
use support::cli::qari_at_home;

/// A library with one Arabic article: a date with a time, five minutes, a
/// quotation by someone other than the author.
fn library(dir: &Path) -> std::path::PathBuf {
    let lib = dir.join("library");
    fs::create_dir_all(&lib).unwrap();
    fs::write(
        lib.join("opec.json"),
        r#"{"id": "opec", "title": "أوبك+ تمدد خفض الإنتاج", "lang": "ar",
            "author": "سارة المنصوري", "source": "الاقتصادية",
            "published": "2024-06-02T14:45:00Z", "reading_minutes": 5,
            "body": [
              {"paragraph": "اتفقت الدول الأعضاء على تمديد الخفض حتى نهاية العام المقبل."},
              {"quote": "لن نسمح بانهيار الأسعار.", "by": "وزير الطاقة"}
            ]}"#,
    )
    .unwrap();
    fs::write(
        lib.join("note.json"),
        r#"{"id": "note", "title": "A note", "lang": "en", "published": "2024-04-18",
            "reading_minutes": 11, "body": "One line."}"#,
    )
    .unwrap();
    lib
}

fn qari(dir: &Path, args: &[&str]) -> Output {
    qari_at_home(dir)
        .arg("--library")
        .arg(dir.join("library"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .args(args)
        .output()
        .expect("qari runs")
}

fn out(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn rtl(text: &str, width: usize) -> String {
    let opts = LayoutOptions {
        direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    layout_paragraph(text, width, &opts)[0].text.clone()
}

#[test]
fn show_writes_dates_as_days_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let ar = out(&qari(
        dir.path(),
        &["--ui", "ar", "show", "opec", "--width", "70"],
    ));
    assert!(!ar.contains("14:45") && !ar.contains("2024-06"), "{ar}");
    assert!(ar.contains(&rtl("2 يونيو 2024", 70)), "{ar}");
    let en = out(&qari(
        dir.path(),
        &["--ui", "en", "show", "note", "--width", "40"],
    ));
    assert!(en.contains("18 April 2024 · 11 min read"), "{en}");
    assert!(
        !en.contains("18-04-2024") && !en.contains("2024-04-18"),
        "{en}"
    );
}

#[test]
fn show_and_list_agree_on_arabic_number_agreement() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let shown = out(&qari(
        dir.path(),
        &["--ui", "ar", "show", "opec", "--width", "70"],
    ));
    assert!(shown.contains(&rtl("5 دقائق للقراءة", 70)), "{shown}");
    let listed = out(&qari(dir.path(), &["--ui", "ar", "list"]));
    assert!(
        listed.contains("5 دقائق") && listed.contains("11 دقيقة"),
        "{listed}"
    );
    assert!(!listed.contains("min"), "{listed}");
    let english = out(&qari(dir.path(), &["--ui", "en", "list"]));
    assert!(
        english.contains("5 min") && english.contains("2 June 2024"),
        "{english}"
    );
}

#[test]
fn a_narrow_byline_never_ends_a_line_with_its_separator() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    for width in ["20", "30", "45"] {
        let shown = out(&qari(
            dir.path(),
            &["--ui", "ar", "show", "opec", "--width", width],
        ));
        for line in shown.lines() {
            let t = line.trim();
            assert!(
                !t.starts_with('·') && !t.ends_with('·'),
                "{line:?} in\n{shown}"
            );
        }
    }
}

#[test]
fn show_refuses_a_width_of_zero() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let run = qari(dir.path(), &["show", "opec", "--width", "0"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(run.stdout.is_empty());
    assert!(String::from_utf8_lossy(&run.stderr).contains("--width"));
}

#[test]
fn show_into_a_pipe_is_logical_text() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let piped = out(&qari(dir.path(), &["--ui", "ar", "show", "opec"]));
    let lines: Vec<&str> = piped.lines().collect();
    assert_eq!(lines[0], "أوبك+ تمدد خفض الإنتاج");
    assert!(
        piped.contains("«لن نسمح بانهيار الأسعار.»\n— وزير الطاقة"),
        "{piped}"
    );
    assert!(!piped.contains('\u{1b}'), "no terminal switch into a pipe");
}

#[test]
fn a_quote_is_credited_to_whoever_said_it() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let text = out(&qari(dir.path(), &["share", "opec", "--quote", "2"]));
    assert!(
        text.contains("— وزير الطاقة، أوبك+ تمدد خفض الإنتاج"),
        "{text}"
    );
    assert!(!text.contains("سارة المنصوري"), "{text}");
    let json = out(&qari(
        dir.path(),
        &["share", "opec", "--quote", "2", "--format", "json"],
    ));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["by"], "وزير الطاقة");
}

#[test]
fn a_missing_library_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["list"][..], &["show", "1"], &["share", "1"]] {
        let run = qari(dir.path(), args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&run.stderr);
        assert!(err.contains("no library folder"), "{args:?}: {err}");
        assert!(!err.contains("samples"), "{err}");
    }
}

#[test]
fn a_failed_save_says_why_once() {
    let dir = tempfile::tempdir().unwrap();
    library(dir.path());
    let target = format!("file:{}", dir.path().join("missing/dir/x.txt").display());
    let run = qari(dir.path(), &["share", "opec", "--to", &target]);
    assert_eq!(run.status.code(), Some(2));
    let err = String::from_utf8_lossy(&run.stderr);
    let reason = "No such file or directory";
    assert_eq!(err.matches(reason).count(), 1, "{err}");
}

#[test]
fn an_x_post_fits_with_its_link() {
    let dir = tempfile::tempdir().unwrap();
    let lib = library(dir.path());
    let long =
        "قال المتحدث إن المفاوضات ستستمر حتى يتفق الطرفان على كل البنود المطروحة. ".repeat(8);
    fs::write(
        lib.join("long.json"),
        format!(
            r#"{{"id": "long", "title": "عنوان طويل للمقال", "url": "https://example.com/a/very/long/path/to/the/article",
                "author": "كاتب", "body": "{long}"}}"#
        ),
    )
    .unwrap();
    let link = out(&qari(dir.path(), &["share", "long", "--to", "x"]));
    let text = link
        .trim()
        .split_once("text=")
        .and_then(|(_, rest)| rest.split('&').next())
        .unwrap();
    let decoded = support::percent::decode(text);
    assert!(
        qari::share::links::x_weight(&decoded) + 1 + 23 <= 280,
        "{decoded}"
    );
    assert!(decoded.ends_with('…'), "{decoded}");
    assert!(link.contains("&url="));
    assert!(
        display_width(&decoded) > 100,
        "as much as fits is kept: {decoded}"
    );
}
