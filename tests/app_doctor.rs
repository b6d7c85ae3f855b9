//! `qari doctor`: the test screen and the advice for the terminal found,
//! laid out in a terminal and logical into a pipe.

mod support;

use std::process::Command;

use qari::layout::reorder::mirror;
use qari::layout::{Direction, LayoutOptions, Shaping, display_width, fit_line};
use support::pty::{in_pty, script_available, terminal_text};

fn doctor(env: &[(&str, &str)]) -> String {
    doctor_in(&["--ui", "en"], env)
}

/// `qari ARGS doctor` into a pipe, with a clean terminal environment plus
/// `env`, and no configuration file.
fn doctor_in(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_qari"));
    cmd.args(["--config", "/nonexistent/qari.toml"]);
    cmd.args(args).arg("doctor");
    run(cmd, env)
}

/// `qari ARGS doctor` in a 100×30 terminal: every byte it sent there.
fn doctor_in_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut words = vec![
        env!("CARGO_BIN_EXE_qari"),
        "--config",
        "/nonexistent/qari.toml",
    ];
    words.extend_from_slice(args);
    words.push("doctor");
    let mut cmd = in_pty(&words, (100, 30));
    clean_env(&mut cmd, env);
    let out = cmd.output().expect("run qari doctor in a terminal");
    assert!(out.status.success(), "{}", terminal_text(&out));
    // In Konsole's environment qari first asks the terminal who it is.
    terminal_text(&out).replacen("\x1b[>q\x1b[>c\x1b[c", "", 1)
}

fn run(mut cmd: Command, env: &[(&str, &str)]) -> String {
    clean_env(&mut cmd, env);
    let out = cmd.output().expect("run qari doctor");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A clean terminal environment plus `env`.
fn clean_env(cmd: &mut Command, env: &[(&str, &str)]) {
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
}

/// Presentation forms: what shaped Arabic is drawn with.
fn shaped(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{FB50}'..='\u{FDFF}').contains(&c) || ('\u{FE70}'..='\u{FEFF}').contains(&c))
}

#[test]
fn draws_each_test_line_as_the_engine_lays_it_out() {
    if !script_available() {
        return;
    }
    let report = doctor_in_terminal(&["--ui", "en"], &[]);
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
    // Inside the switch that stops a VTE terminal reordering the lines.
    assert!(report.starts_with("\x1b[8l"), "{report:?}");
    assert!(report.trim_end().ends_with("\x1b[8h"), "{report:?}");
}

#[test]
fn into_a_pipe_the_report_is_logical_text() {
    for lang in ["en", "ar"] {
        let report = doctor_in(&["--ui", lang], &[]);
        assert!(!report.contains('\x1b'), "no escape sequences into a pipe");
        assert!(!shaped(&report), "{lang}: nothing shaped:\n{report}");
        // Each test line as it is stored, in reading order.
        for text in ["لا إله إلا الله", "قال John Smith إن الخبر صحيح"] {
            assert!(report.contains(text), "{lang}: {text} in:\n{report}");
        }
    }
    let arabic = doctor_in(&["--ui", "ar"], &[]);
    assert_eq!(
        arabic.lines().next(),
        Some("qari doctor: كيف تعرض هذه الطرفية العربية")
    );
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
    assert!(mlterm.contains("--ctl=false"));
    assert!(mlterm.contains("~/.mlterm/challenge"));
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
    if !script_available() {
        return;
    }
    // Told that the terminal reorders rows itself, every row starts with a
    // left-to-right mark and every Arabic letter is followed by one.
    let guarded = doctor_in_terminal(
        &["--ui", "ar", "--bidi", "terminal"],
        &[("KONSOLE_VERSION", "230401")],
    );
    let lrm = '\u{200E}';
    let rows = guarded.lines().map(|l| l.trim_start_matches("\x1b[8l"));
    for row in rows.filter(|row| *row != "\x1b[8h") {
        assert!(row.is_empty() || row.starts_with(lrm), "{row:?}");
        // After the harakat on the letter, which stay with it.
        let harakah = |c: &char| ('\u{064B}'..='\u{065F}').contains(c);
        let chars: Vec<char> = row.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            if ('\u{FE70}'..='\u{FEFC}').contains(c) {
                let next = chars[i + 1..].iter().find(|c| !harakah(c));
                assert_eq!(next, Some(&lrm), "{row:?}");
            }
        }
    }
    let report = guarded.replace(lrm, "");
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
    let title = title
        .strip_prefix("\x1b[8l")
        .expect("the bidi switch first");
    assert!(title.trim_end().ends_with("qari doctor"), "{title}");
    assert_eq!(display_width(title), 80, "right-aligned: {title:?}");
    assert!(shaped(title), "{title}");
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

/// What Konsole 22.12 with its bidi rendering on draws for `row`:
/// box-drawing characters each in its own cell, the text between them laid
/// out by the bidi algorithm with a left-to-right base direction, and
/// brackets drawn as they come (a bracket and its twin taken as one).
fn konsole_draws(row: &str) -> String {
    let ltr = LayoutOptions {
        direction: Direction::Ltr,
        shaping: Shaping::Off,
        ..LayoutOptions::default()
    };
    let lay_out = |piece: &str| fit_line(piece, display_width(piece) + 8, &ltr).text;
    let mut out = String::new();
    let mut piece = String::new();
    for c in row.chars() {
        if ('\u{2500}'..='\u{259F}').contains(&c) {
            out += &lay_out(&piece);
            out.push(c);
            piece.clear();
        } else {
            piece.push(c);
        }
    }
    out += &lay_out(&piece);
    out.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .map(|c| c.min(mirror(c)))
        .collect()
}

#[test]
fn in_konsole_each_row_goes_as_text_its_bidi_lays_out_as_qari_drew_it() {
    if !script_available() {
        return;
    }
    let konsole = [("KONSOLE_VERSION", "221203")];
    let rows = |text: &str| -> Vec<String> {
        text.replace("\x1b[8l", "")
            .replace("\x1b[8h", "")
            .lines()
            .map(|l| l.trim_end().to_string())
            .collect()
    };
    for ui in ["ar", "en"] {
        let sent = rows(&doctor_in_terminal(&["--ui", ui], &konsole));
        // As qari draws them where nothing reorders them again.
        let drawn = rows(&doctor_in_terminal(
            &["--ui", ui, "--bidi", "qari"],
            &konsole,
        ));
        assert_eq!(sent.len(), drawn.len());
        let mut reordered = 0;
        for (sent, drawn) in sent.iter().zip(&drawn) {
            let unmirrored: String = drawn.chars().map(|c| c.min(mirror(c))).collect();
            assert_eq!(konsole_draws(sent), unmirrored, "{sent:?}");
            // Shaped as qari shapes, with no marks after each letter.
            assert!(!sent.contains("\u{FEDF}\u{200E}"), "{sent:?}");
            reordered += usize::from(sent != drawn);
        }
        assert!(reordered > 3, "{ui}: {reordered} rows reordered");
    }
}
