//! `qari doctor`: the test screen and the advice for the terminal found.

use std::process::Command;

use qari::layout::{Direction, LayoutOptions, display_width, fit_line};

fn doctor(env: &[(&str, &str)]) -> String {
    doctor_in(&["--ui", "en"], env)
}

/// `qari ARGS doctor` with a clean terminal environment plus `env`, and no
/// configuration file.
fn doctor_in(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qari"));
    cmd.args(["--config", "/nonexistent/qari.toml"]);
    cmd.args(args).arg("doctor");
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "KONSOLE_VERSION",
        "VTE_VERSION",
        "KITTY_WINDOW_ID",
        "TERM_PROGRAM",
        "TMUX",
        "MLTERM",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run qari doctor");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn draws_each_test_line_as_the_engine_lays_it_out() {
    let report = doctor(&[]);
    let rtl = LayoutOptions {
        direction: Direction::Rtl,
        ..LayoutOptions::default()
    };
    for (label, text) in [
        ("lam-alef", "لا إله إلا الله"),
        ("digits", "في عام 2024 أو ٢٠٢٤ م"),
        ("Latin name", "قال John Smith إن الخبر صحيح"),
    ] {
        let drawn = fit_line(text, 34, &rtl).text;
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("{label} line in:\n{report}"));
        assert!(line.contains(&drawn), "{label}: {line}");
        assert!(line.contains('│'), "with what it should look like: {line}");
    }
    assert!(report.contains("two panes"));
    assert!(!report.contains('\x1b'), "no escape sequences into a pipe");
}

#[test]
fn names_the_terminal_and_what_to_set() {
    let konsole = doctor(&[("KONSOLE_VERSION", "230401")]);
    assert!(konsole.contains("Terminal: Konsole"));
    assert!(konsole.contains("Bi-Directional text rendering"));
    let vte = doctor(&[("VTE_VERSION", "7600")]);
    assert!(vte.contains("Terminal: VTE"));
    assert!(vte.contains("CSI 8 l"));
    let mlterm = doctor(&[("TERM", "mlterm")]);
    assert!(mlterm.contains("--shape off"));
    let tmux = doctor(&[
        ("KITTY_WINDOW_ID", "1"),
        ("TMUX", "/tmp/tmux-0/default,1,0"),
    ]);
    assert!(tmux.contains("Terminal: kitty, inside tmux"));
    assert!(tmux.contains("allow-passthrough"));
    let unknown = doctor(&[]);
    assert!(unknown.contains("not recognised"));
}

#[test]
fn speaks_arabic_with_the_arabic_interface() {
    let report = doctor_in(&["--ui", "ar"], &[("KONSOLE_VERSION", "230401")]);
    for english in [
        "Terminal:",
        "should look like",
        "two panes",
        "If a line above",
    ] {
        assert!(!report.contains(english), "{english:?} in:\n{report}");
    }
    // Arabic prose is laid out right to left and right-aligned: its words
    // are drawn in presentation forms, and each line ends at the width.
    let title = report.lines().next().expect("a title");
    assert!(title.trim_end().ends_with("qari doctor"), "{title}");
    assert_eq!(display_width(title), 80, "right-aligned: {title:?}");
    assert!(
        title
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c))
    );
    // Latin fragments inside Arabic sentences read as written.
    assert!(
        report
            .contains("Settings > Edit Current Profile > Advanced > Bi-Directional text rendering"),
        "{report}"
    );
    assert!(report.contains("--shape on") && !report.contains("on --shape"));
    // The test lines are the same engine lines as in English.
    let drawn = fit_line(
        "لا إله إلا الله",
        34,
        &LayoutOptions {
            direction: Direction::Rtl,
            ..LayoutOptions::default()
        },
    )
    .text;
    assert!(report.contains(&drawn), "{report}");
    assert!(!report.contains('\x1b'), "no escape sequences into a pipe");
}

#[test]
fn the_language_follows_the_locale_unless_told() {
    let arabic = doctor_in(&[], &[("LANG", "ar_EG.UTF-8")]);
    assert!(!arabic.contains("Terminal:"), "{arabic}");
    let english = doctor_in(&[], &[("LANG", "en_GB.UTF-8")]);
    assert!(english.contains("Terminal:"), "{english}");
    let told = doctor_in(&["--ui", "en"], &[("LANG", "ar_EG.UTF-8")]);
    assert!(told.contains("Terminal:"), "{told}");
}
