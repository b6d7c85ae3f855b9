//! The printing commands in a real terminal and into a pipe: `show`,
//! `list` and `state` lay their output out (visual order, shaped, inside
//! the switch that stops a VTE terminal reordering it) only when standard
//! output is a terminal, and print logical text into a pipe; a missing
//! `--library` folder is an error for the commands and a message in the
//! reader, never the built-in samples.

mod support;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use qari::article::Library;
use qari::cli::GlobalArgs;
use qari::commands::output::layout_options;
use qari::document::ui_direction;
use qari::i18n::{StateStrings, UiLang, fill};
use qari::layout::{Direction, fit_line};
use support::cli::{files_in, qari_at_home};
use support::pty::{in_pty, script_available, terminal_text};
use support::tmux::{Patience, Tmux, exit_status, qari_flags, qari_word, tmux_available};

const TITLE: &str = "أوبك+ تمدد خفض الإنتاج حتى نهاية العام";
const AUTHOR: &str = "سارة المنصوري";
const BODY: &str = "قال وزير الطاقة إن التحالف سيواصل خفض الإنتاج لدعم الأسعار.";

/// Sent before laid-out output and after it: BDSM off, then on again.
const EXPLICIT: &str = "\x1b[8l";
const IMPLICIT: &str = "\x1b[8h";

/// A library in `home` with one Arabic article.
fn library(home: &Path) {
    let lib = home.join("library");
    fs::create_dir_all(&lib).unwrap();
    let article = serde_json::json!({
        "id": "opec",
        "title": TITLE,
        "author": AUTHOR,
        "published": "2024-04-18",
        "body": BODY,
    });
    fs::write(lib.join("opec.json"), article.to_string()).unwrap();
}

/// `qari ARGS` with the files of `home`, into a pipe.
fn piped(home: &Path, args: &[&str]) -> Output {
    let out = qari_at_home(home)
        .args(args)
        .args(files_in(home))
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

/// `qari ARGS` with the files of `home`, in a 100×30 terminal: what the
/// terminal received.
fn in_terminal(home: &Path, args: &[&str]) -> String {
    let qari = env!("CARGO_BIN_EXE_qari");
    let files: Vec<String> = files_in(home)
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let mut words = vec![qari];
    words.extend_from_slice(args);
    words.extend(files.iter().map(String::as_str));
    let mut cmd = in_pty(&words, (100, 30));
    at_home(&mut cmd, home);
    let out = cmd.output().expect("run script");
    assert!(out.status.success(), "{args:?}: {}", terminal_text(&out));
    terminal_text(&out)
}

/// The environment [`qari_at_home`] gives, on another command, in a
/// plain xterm: nothing that names a terminal with a bidi of its own.
fn at_home(cmd: &mut Command, home: &Path) {
    let reference = qari_at_home(home);
    for (key, value) in reference.get_envs() {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    for var in [
        "KONSOLE_VERSION",
        "VTE_VERSION",
        "KITTY_WINDOW_ID",
        "TERM_PROGRAM",
        "TMUX",
        "MLTERM",
        "COLORFGBG",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
}

/// The laid-out lines between the two switches; fails unless the output
/// starts with the first and ends with the second.
fn inside_switch(text: &str) -> &str {
    let inner = text
        .strip_prefix(EXPLICIT)
        .unwrap_or_else(|| panic!("{EXPLICIT:?} first: {text:?}"));
    inner
        .trim_end_matches('\n')
        .strip_suffix(IMPLICIT)
        .unwrap_or_else(|| panic!("{IMPLICIT:?} last: {text:?}"))
}

/// Drawn with presentation forms: shaped Arabic.
fn shaped(text: &str) -> bool {
    text.chars()
        .any(|c| ('\u{FB50}'..='\u{FDFF}').contains(&c) || ('\u{FE70}'..='\u{FEFF}').contains(&c))
}

fn config(home: &Path) -> qari::config::Config {
    let global = GlobalArgs {
        config: Some(home.join("config.toml")),
        ..GlobalArgs::default()
    };
    qari::config::load_with(&global, &|_| None).config
}

#[test]
fn show_in_a_terminal_is_laid_out_inside_the_bidi_switch() {
    if !script_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let screen = in_terminal(home.path(), &["show", "opec", "--ui", "en"]);
    let lines = inside_switch(&screen);
    let lib = Library::load(Some(&home.path().join("library")), &[]);
    let article = &lib.articles[0];
    let opts = layout_options(&config(home.path()), article.dir);
    let expected = qari::commands::show::render(article, UiLang::En, 100, &opts);
    assert_eq!(lines.trim_end_matches('\n'), expected.join("\n"));
    assert!(shaped(lines), "{lines}");
}

#[test]
fn show_into_a_pipe_is_logical_text() {
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let out = piped(home.path(), &["show", "opec", "--ui", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'), "{text:?}");
    assert!(!shaped(&text), "{text}");
    assert_eq!(text.lines().next(), Some(TITLE));
    assert!(text.lines().any(|l| l == BODY), "{text}");
}

#[test]
fn list_is_laid_out_in_a_terminal_and_logical_in_a_pipe() {
    if !script_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    for lang in ["en", "ar"] {
        let screen = in_terminal(home.path(), &["list", "--ui", lang]);
        let row = inside_switch(&screen);
        // The title's words, shaped and in visual order.
        let rtl = qari::layout::LayoutOptions {
            direction: Direction::Rtl,
            ..Default::default()
        };
        let title = fit_line(TITLE, 100, &rtl).text;
        let word = title.split(' ').next_back().unwrap();
        assert!(shaped(row) && row.contains(word), "{lang}: {row}");
        assert!(!row.contains(TITLE), "{lang}: {row}");
        if lang == "ar" {
            // Right to left, right-aligned at the terminal's width.
            let width = qari::layout::display_width(row.trim_matches('\n'));
            assert_eq!(width, 100, "{row:?}");
        }
        let out = piped(home.path(), &["list", "--ui", lang]);
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(TITLE) && text.contains(AUTHOR), "{text}");
        assert!(!text.contains('\x1b') && !shaped(&text), "{text:?}");
    }
}

#[test]
fn state_is_laid_out_in_a_terminal_and_logical_in_a_pipe() {
    if !script_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let mut store = qari::state::StateStore::open(&home.path().join("state.json"));
    store.toggle_bookmark("opec");
    store.flush().unwrap();
    drop(store);
    let words = StateStrings::get(UiLang::Ar);
    let remembered = fill(words.remembered, &["1", "0", "1", "0"]);
    let opts = layout_options(&config(home.path()), ui_direction(UiLang::Ar));
    let laid_out = fit_line(&remembered, 100, &opts).text;

    let screen = in_terminal(home.path(), &["state", "--ui", "ar"]);
    let lines = inside_switch(&screen);
    assert!(lines.contains(&laid_out), "{laid_out}\nin:\n{lines}");
    assert!(!lines.contains(&remembered), "{lines}");

    let out = piped(home.path(), &["state", "--ui", "ar"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().any(|l| l == remembered), "{text}");
    assert!(text.contains(TITLE), "the bookmark's title: {text}");
    assert!(!text.contains('\x1b') && !shaped(&text), "{text:?}");
}

#[test]
fn commands_refuse_a_missing_library_folder() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["show", "1"],
        &["share", "1"],
        &["state"],
        &["state", "prune"],
        &["check"],
    ] {
        let out = qari_at_home(home.path())
            .args(args)
            .args(files_in(home.path()))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let missing = home.path().join("library").display().to_string();
        assert!(err.contains(&missing), "{args:?} names the folder: {err}");
        assert!(!err.contains("sample"), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing printed");
    }
}

#[test]
fn the_reader_says_the_library_folder_is_missing_and_shows_no_samples() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    fs::write(home.path().join("config.toml"), "").unwrap();
    let missing = home.path().join("no-such-library");
    let patience = Patience {
        timeout: Duration::from_secs(15),
        every: Duration::from_millis(100),
        stable: false,
    };
    let tmux = Tmux::new("missing-library", patience).shell(home.path(), (100, 30));
    tmux.type_line(&format!(
        "{} {} --ui en; echo exited-$?",
        qari_word(),
        qari_flags(
            &missing,
            &home.path().join("state.json"),
            &home.path().join("config.toml")
        )
    ));
    let screen = tmux.wait_for_text("There is no library folder");
    assert!(screen.contains(&missing.display().to_string()), "{screen}");
    assert!(
        screen.contains("No articles.") && screen.contains("0/0"),
        "{screen}"
    );
    for sample in Library::sample().articles {
        let title = fit_line(&sample.title, 30, &Default::default()).text;
        let word = title.split(' ').next_back().unwrap_or_default();
        assert!(!screen.contains(word), "a sample shown: {word}\n{screen}");
    }
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s, "exited-").is_some());
    assert_eq!(exit_status(&screen, "exited-"), Some("0"), "{screen}");
}

/// What the reader sent to a 100×30 terminal with `env` in 3 seconds, when
/// SIGTERM ends it (as a closed window would).
fn reader_until_terminated(home: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let qari = env!("CARGO_BIN_EXE_qari");
    let mut words = vec!["timeout", "-s", "TERM", "3", qari];
    words.extend_from_slice(args);
    let mut cmd = in_pty(&words, (100, 30));
    at_home(&mut cmd, home);
    for (key, value) in env {
        cmd.env(key, value);
    }
    let out = cmd.output().expect("run script");
    // `timeout` says 124 when it sent the signal, which qari obeyed.
    assert_eq!(out.status.code(), Some(124), "{}", terminal_text(&out));
    terminal_text(&out)
}

#[test]
fn the_reader_turns_konsoles_bidi_rendering_off_while_it_runs_and_back_on() {
    if !script_available() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    library(home.path());
    let lib = home.path().join("library");
    let args = ["--library", lib.to_str().unwrap()];
    let off = "\x1b]50;BidiRenderingEnabled=false\x07";
    let on = "\x1b]50;BidiRenderingEnabled=true\x07";
    let konsole = [("KONSOLE_VERSION", "221203")];
    let text = reader_until_terminated(home.path(), &args, &konsole);
    let (before, rest) = text
        .split_once(off)
        .unwrap_or_else(|| panic!("no switch: {text:?}"));
    let (drawn, after) = rest
        .rsplit_once(on)
        .unwrap_or_else(|| panic!("not put back: {text:?}"));
    // Every Arabic row is drawn while the switch is off, and none guarded:
    // Konsole draws them as xterm does.
    assert!(!shaped(before) && !shaped(after), "{text:?}");
    let author = fit_line(AUTHOR, 100, &Default::default()).text;
    assert!(drawn.contains(&author), "{author:?} in {drawn:?}");
    assert!(
        !drawn.contains('\u{200E}') && !drawn.contains(on),
        "{drawn:?}"
    );
    // Told that the terminal draws rows as they are, or not in Konsole:
    // Konsole's settings are left alone.
    let told = reader_until_terminated(
        home.path(),
        &[&args[..], &["--bidi", "qari"]].concat(),
        &konsole,
    );
    let xterm = reader_until_terminated(home.path(), &args, &[]);
    for text in [told, xterm] {
        assert!(
            shaped(&text) && !text.contains("BidiRenderingEnabled"),
            "{text:?}"
        );
    }
}
