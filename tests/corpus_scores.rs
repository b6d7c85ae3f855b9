//! The labelled corpus (`corpus/`): every article that reads whole by
//! `scripts/score_articles.py` (title, byline, date and every block, as
//! its `.expect.json` says) is listed in `corpus/whole.txt`, and must keep
//! reading whole. A change that makes more of them whole adds them there.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

#[test]
fn the_articles_that_read_whole_still_do() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if Command::new("python3").arg("--version").output().is_err() {
        assert!(std::env::var_os("CI").is_none(), "python3 is missing in CI");
        eprintln!("skipped: python3 is not installed");
        return;
    }
    let record = tempfile::NamedTempFile::new().unwrap();
    let mut sets = Vec::new();
    for kind in ["copied", "pages"] {
        for entry in std::fs::read_dir(root.join("corpus").join(kind)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            sets.push(format!("corpus/{kind}/{name}"));
        }
    }
    sets.sort();
    let out = Command::new("python3")
        .current_dir(root)
        .arg("scripts/score_articles.py")
        .arg(env!("CARGO_BIN_EXE_qari"))
        .args(&sets)
        .arg("--json")
        .arg(record.path())
        .output()
        .expect("the scorer runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(record.path()).unwrap();
    let scores: BTreeMap<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert!(
        scores.len() >= 2980,
        "the corpus has {} articles",
        scores.len()
    );
    let listed = std::fs::read_to_string(root.join("corpus/whole.txt")).unwrap();
    let lost: Vec<&str> = listed
        .lines()
        .filter(|key| scores.get(*key).and_then(|s| s["whole"].as_bool()) != Some(true))
        .collect();
    assert!(
        lost.is_empty(),
        "no longer read whole: {lost:?}\n(see them with `python3 scripts/score_articles.py QARI SET --show`)"
    );
}
