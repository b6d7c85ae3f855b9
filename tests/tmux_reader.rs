//! The real binary in a real terminal: tmux runs `qari` in a shell, keys are
//! sent with `send-keys`, and the screen is read back with `capture-pane`.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use qari::app::geometry::panes;
use qari::app::model::Pane;
use qari::layout::{Direction, LayoutOptions, fit_line, layout_paragraph};
use support::tmux::{Patience, SESSION, Tmux, children, exit_status, quoted, tmux_available};

const HEADING: &str = "التعاون الدفاعي بين موسكو وبيونغ يانغ";

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(15),
    every: Duration::from_millis(100),
    stable: false,
};

/// The marker the shell prints qari's exit status after (see [`run_qari`]).
const EXITED: &str = "qari-exited-";

/// Starts `sh` in a 100×30 tmux session with HOME in a temp folder and types
/// the qari command line into it (an empty library, so the built-in sample).
fn start(home: &Path) -> Tmux {
    let tmux = session(home);
    run_qari(&tmux, home, "");
    tmux.wait_for("the list", |s| {
        s.contains("Articles") && s.contains("Reading")
    });
    tmux
}

/// A tmux session running `sh`, with HOME in `home` and an empty library
/// folder there.
fn session(home: &Path) -> Tmux {
    std::fs::create_dir(home.join("empty-library")).expect("library dir");
    Tmux::new("reader", PATIENCE).shell(home, (100, 30))
}

/// Types the qari command line into the session's shell, with `before`
/// (environment settings) ahead of it; the shell then prints qari's exit
/// status after [`EXITED`].
fn run_qari(tmux: &Tmux, home: &Path, before: &str) {
    tmux.type_qari(before, &home.join("empty-library"), home, EXITED);
}

/// Raw mode is off again: the line discipline is canonical.
fn assert_terminal_restored(tmux: &Tmux) {
    tmux.type_text("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon | sed 's/^/mode:/'");
    tmux.send_keys(&["Enter"]);
    let screen = tmux.wait_for("stty's answer", |s| {
        s.lines().any(|l| l.starts_with("mode:"))
    });
    assert!(
        screen.lines().any(|l| l == "mode:icanon"),
        "canonical mode back:\n{screen}"
    );
}

#[test]
fn reads_the_seed_article_in_a_real_terminal() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let tmux = start(home.path());

    // Find the seed among the sample articles by a word of its title, and open it.
    tmux.send_keys(&["/"]);
    tmux.type_text("ستدفع");
    tmux.send_keys(&["Enter"]);
    tmux.wait_for("the filtered list", |s| s.contains("filter:"));
    tmux.send_keys(&["Enter"]);

    // The heading shows in visual order, as the engine lays it out for the pane.
    let width = panes((100, 30), false, Pane::Reader)
        .reader_text_width()
        .expect("reader width");
    let heading = layout_paragraph(HEADING, width, &LayoutOptions::default())[0]
        .text
        .clone();
    tmux.wait_for("the heading in visual order", |s| s.contains(&heading));

    tmux.send_keys(&["G"]);
    tmux.wait_for("the end of the article", |s| s.contains("100% read"));

    tmux.send_keys(&["/"]);
    tmux.type_text("لانكوف");
    let typed = fit_line("لانكوف", 20, &LayoutOptions::default()).text;
    tmux.wait_for("the typed query in visual order", |s| {
        s.lines()
            .last()
            .is_some_and(|status| status.contains(&typed))
    });
    tmux.send_keys(&["Enter"]);
    let word = fit_line(
        "لانكوف",
        20,
        &LayoutOptions {
            direction: Direction::Rtl,
            ..LayoutOptions::default()
        },
    )
    .text;
    tmux.wait_for("the match in the article", |s| {
        s.contains(&word) && s.contains("match 1 of 1")
    });

    tmux.send_keys(&["?"]);
    tmux.wait_for("the help", |s| {
        s.contains("or Esc closes") && s.contains("kashida")
    });
    tmux.send_keys(&["?"]);
    tmux.wait_for("the help closed", |s| {
        !s.contains("kashida") && s.contains(&word)
    });

    tmux.send_keys(&["q"]);
    tmux.wait_for("back to the list", |s| s.contains("? help"));
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s, EXITED) == Some("0"));
    assert!(
        !screen.contains("Articles"),
        "the alternate screen is gone:\n{screen}"
    );
    assert_terminal_restored(&tmux);
}

#[test]
fn sigterm_gives_the_terminal_back() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let tmux = start(home.path());
    let shell = tmux.pane("#{pane_pid}");
    let qari = children(&shell);
    assert_eq!(
        qari.len(),
        1,
        "qari runs as the shell's only child: {qari:?}"
    );
    let killed = Command::new("kill")
        .args(["-TERM", &qari[0]])
        .status()
        .expect("kill");
    assert!(killed.success());
    let screen = tmux.wait_for("the shell", |s| exit_status(s, EXITED).is_some());
    assert!(
        !screen.contains("Articles"),
        "the alternate screen is gone:\n{screen}"
    );
    assert_terminal_restored(&tmux);
}

#[test]
fn a_panic_gives_the_terminal_back_before_its_message() {
    if !tmux_available() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let tmux = session(home.path());
    // Everything the pane receives is copied to a file, escapes included.
    let bytes_file = home.path().join("pane-output");
    tmux.run(&[
        "pipe-pane",
        "-o",
        "-t",
        SESSION,
        &format!("cat >> {}", quoted(&bytes_file)),
    ]);
    let setting = format!("{}=1 ", qari::app::PANIC_AFTER_FIRST_FRAME);
    run_qari(&tmux, home.path(), &setting);
    let screen = tmux.wait_for("the shell after the panic", |s| {
        exit_status(s, EXITED).is_some()
    });
    assert_eq!(
        exit_status(&screen, EXITED),
        Some("101"),
        "a panic's exit status:\n{screen}"
    );
    assert!(
        screen.contains("a panic after the first frame"),
        "the panic message shows on the normal screen:\n{screen}"
    );
    assert!(
        !screen.contains("Articles"),
        "the alternate screen is gone:\n{screen}"
    );
    assert_eq!(tmux.pane("#{alternate_on}"), "0");
    assert_terminal_restored(&tmux);

    let _ = tmux.cmd(&["pipe-pane", "-t", SESSION]);
    let bytes = std::fs::read(&bytes_file).expect("the pane's output");
    let at = |needle: &[u8]| bytes.windows(needle.len()).position(|w| w == needle);
    let frame = at("Articles".as_bytes()).expect("the first frame was drawn");
    let explicit = at(b"\x1b[8l").expect("bidi explicit mode on entry");
    let leave = at(b"\x1b[?1049l").expect("the alternate screen left");
    let implicit = at(b"\x1b[8h").expect("bidi implicit mode back");
    let mouse_off = at(b"\x1b[?1000l").expect("mouse reporting off");
    let message = at(b"a panic after the first frame").expect("the panic message");
    assert!(
        explicit < frame && frame < implicit,
        "BDSM set around the frame"
    );
    assert!(
        leave < message && implicit < message && mouse_off < message,
        "restored before the message is printed"
    );
}
