//! `qari config` as a user runs it: the effective value of every key and
//! where it came from, with precedence flag > environment > file > default.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Output};

use tempfile::TempDir;

use support::cli::qari_at_home;

fn qari(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    qari_at_home(home)
        .env("QARI_STATE", home.join("state.json"))
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// What `qari config --config FILE` gave, with FILE (`name`, holding
/// `text`) in a fresh home.
struct ConfigRun {
    /// Removed with the run, not before.
    _home: TempDir,
    file: PathBuf,
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

fn config_with_file(name: &str, text: &str) -> ConfigRun {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join(name);
    fs::write(&file, text).unwrap();
    let out = qari(
        home.path(),
        &["config", "--config", file.to_str().unwrap()],
        &[],
    );
    ConfigRun {
        file,
        status: out.status,
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
        _home: home,
    }
}

/// The line of `qari config`'s output for one key.
fn line<'a>(stdout: &'a str, key: &str) -> &'a str {
    let prefix = format!("{key} = ");
    stdout
        .lines()
        .find(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no `{key}` in:\n{stdout}"))
}

#[test]
fn flag_over_environment_over_file_over_default() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join(".config/qari");
    fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    fs::write(
        &file,
        "ui = \"en\"\nshape = \"on\"\ndigits = \"latin\"\n\n[theme]\naccent = \"#00ff7f\"\n",
    )
    .unwrap();
    let out = qari(
        home.path(),
        &["config", "--shape", "off"],
        &[("QARI_SHAPE", "on"), ("QARI_UI", "ar")],
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success(), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let at = |l: usize, c: usize| format!("# file {}:{l}:{c}", file.display());

    assert!(line(&stdout, "shape").starts_with("shape = \"off\""));
    assert!(line(&stdout, "shape").ends_with("# flag --shape"));
    assert!(line(&stdout, "ui").starts_with("ui = \"ar\""));
    assert!(line(&stdout, "ui").ends_with("# environment QARI_UI"));
    assert!(line(&stdout, "digits").starts_with("digits = \"latin\""));
    assert!(line(&stdout, "digits").ends_with(&at(3, 10)));
    assert!(line(&stdout, "theme.accent").starts_with("theme.accent = \"#00ff7f\""));
    assert!(line(&stdout, "theme.accent").ends_with(&at(6, 10)));
    assert!(line(&stdout, "tashkeel").starts_with("tashkeel = \"keep\""));
    assert!(line(&stdout, "tashkeel").ends_with("# default"));
    assert!(stdout.starts_with(&format!("# file: \"{}\"\n", file.display())));
}

#[test]
fn every_documented_key_is_printed() {
    let home = tempfile::tempdir().unwrap();
    let out = qari(home.path(), &["config"], &[]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("(not found)"), "{stdout}");
    for key in [
        "ui",
        "layout",
        "shape",
        "tashkeel",
        "digits",
        "justify",
        "library",
        "share.folder",
        "theme.text",
        "theme.title",
        "theme.heading",
        "theme.byline",
        "theme.quote",
        "theme.dim",
        "theme.unread",
        "theme.bookmark",
        "theme.accent",
        "theme.status",
        "theme.warning",
        "theme.match",
        "theme.current_match",
    ] {
        assert!(line(&stdout, key).ends_with("# default"), "{key}");
    }
}

#[test]
fn invalid_file_reports_line_and_column_and_shows_defaults() {
    let run = config_with_file(
        "mine.toml",
        "digits = \"arabic\"\n[theme\naccent = \"red\"\n",
    );
    let (stdout, stderr) = (&run.stdout, &run.stderr);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        stderr.contains(&format!("qari: error: {}:2:", run.file.display())),
        "{stderr}"
    );
    assert!(stderr.contains("is left out"), "{stderr}");
    assert!(line(stdout, "digits").starts_with("digits = \"keep\""));
    assert!(line(stdout, "digits").ends_with("# default"));
}

#[test]
fn unknown_key_is_a_warning_not_an_error() {
    let run = config_with_file("mine.toml", "justify = \"kashida\"\nfont = \"Amiri\"\n");
    let (stdout, stderr) = (&run.stdout, &run.stderr);
    assert!(run.status.success(), "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "qari: warning: {}:2:1: unknown key `font` is ignored",
            run.file.display()
        )
    );
    assert!(line(stdout, "justify").starts_with("justify = \"kashida\""));
}

#[test]
fn a_key_taken_from_another_action_is_a_warning() {
    let run = config_with_file("keys.toml", "[keys]\nquit = \"u\"\n");
    let stderr = &run.stderr;
    assert!(run.status.success(), "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "qari: warning: {}:2:8: `u` now does quit instead of toggle_read",
            run.file.display()
        )
    );
}

#[test]
fn escapes_in_values_never_reach_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let out = qari(
        home.path(),
        &["config"],
        &[("QARI_LIBRARY", "/tmp/\x1b]2;owned\x07lib")],
    );
    assert!(
        !out.stdout.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(line(&stdout, "library").contains("\\u001B]2;owned\\u0007lib"));
}
