//! `qari render` checked against GNU FriBidi by the independent oracle in
//! `shared/tools/layout_oracle.py`, at every width from 9 to 120: every
//! line must agree, none may be wider than asked, and every line but a
//! paragraph's last must be full (the next word would not have fit).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::unicode_data;

/// The shared folder: $QARI_SHARED, else beside the checkout, else /work/shared.
fn shared() -> Option<PathBuf> {
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    std::env::var_os("QARI_SHARED")
        .map(PathBuf::from)
        .into_iter()
        .chain([beside, PathBuf::from("/work/shared")])
        .find(|p| p.join("tools/layout_oracle.py").is_file())
}

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the oracle on a test text; returns its summary line, or `None`
/// (after saying why) when the tools are missing outside CI.
fn oracle(file: &str) -> Option<String> {
    let missing = if !have("python3", "--version") {
        Some("python3 is not installed")
    } else if !have("fribidi", "--version") {
        Some("fribidi is not installed (apt-get install libfribidi-bin)")
    } else if !Path::new(&unicode_data::path("BidiMirroring.txt")).is_file() {
        Some("/usr/share/unicode is missing (apt-get install unicode-data)")
    } else if shared().is_none() {
        Some("shared/tools/layout_oracle.py not found (set QARI_SHARED)")
    } else {
        None
    };
    if let Some(why) = missing {
        support::missing(why);
        return None;
    }
    let script = shared()?.join("tools/layout_oracle.py");
    let text = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let out = Command::new("python3")
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_qari"))
        .arg(&text)
        .args((9..=120).map(|w| w.to_string()))
        .arg("--shaping")
        .output()
        .expect("the oracle runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "oracle failed on {file}:\n{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(stdout)
}

/// Asserts the summary line reports full agreement: "reorder A/A lines,
/// shaping C/C paras, width 0 violations, fill F/F".
fn assert_full_agreement(file: &str) {
    let Some(report) = oracle(file) else { return };
    let summary = report.lines().last().unwrap_or_default();
    let numbers: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .filter_map(|s| s.parse().ok())
        .collect();
    let [ok, lines, shaped, paras, violations, filled, fillable] = numbers[..] else {
        panic!("unexpected oracle summary for {file}: {summary:?}\n{report}");
    };
    assert!(
        lines > 100 && paras > 0,
        "{file}: too little checked: {summary}"
    );
    assert_eq!(ok, lines, "{file}: lines differ from FriBidi\n{report}");
    assert_eq!(
        shaped, paras,
        "{file}: shaping differs from FriBidi\n{report}"
    );
    assert_eq!(violations, 0, "{file}: lines wider than asked\n{report}");
    assert_eq!(
        filled, fillable,
        "{file}: lines not filled greedily\n{report}"
    );
}

#[test]
fn seed_article_agrees_with_fribidi() {
    assert_full_agreement("seed_article.txt");
}

#[test]
fn mixed_news_text_agrees_with_fribidi() {
    assert_full_agreement("mixed_news.txt");
}

#[test]
fn edge_cases_agree_with_fribidi() {
    assert_full_agreement("edge_cases.txt");
}
