//! The real binary in a real terminal: tmux runs `qari` in a shell, keys are
//! sent with `send-keys`, and the screen is read back with `capture-pane`.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use qari::app::state::Pane;
use qari::app::ui::geometry::panes;
use qari::layout::{Direction, LayoutOptions, fit_line, layout_paragraph};

const HEADING: &str = "التعاون الدفاعي بين موسكو وبيونغ يانغ";

/// A tmux server on a private socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "qari"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success(), "send-keys {keys:?}");
    }

    /// Sends text literally, character by character as typed.
    fn type_text(&self, text: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "qari", "-l", text])
                .status
                .success()
        );
    }

    fn screen(&self) -> String {
        let out = self.cmd(&["capture-pane", "-p", "-t", "qari"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ok`, failing with the screen if it never does.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(15) {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // tmux leaves its socket file behind: remove it with the server.
        let out = self.cmd(&["display-message", "-p", "#{socket_path}"]);
        let _ = self.cmd(&["kill-server"]);
        let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if path.ends_with(&self.socket) {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for this test in CI"
        );
        eprintln!("skipped: tmux is not on PATH");
    }
    found
}

fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

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
    let library = home.join("empty-library");
    std::fs::create_dir(&library).expect("library dir");
    let socket = format!("qari-reader-{}-{:?}", std::process::id(), Instant::now());
    let socket: String = socket.chars().filter(char::is_ascii_alphanumeric).collect();
    let tmux = Tmux { socket };
    let home_path = home.display().to_string();
    let started = tmux.cmd(&[
        "-u",
        "new-session",
        "-d",
        "-s",
        "qari",
        "-x",
        "100",
        "-y",
        "30",
        "-e",
        &format!("HOME={home_path}"),
        "-e",
        "LANG=C.UTF-8",
        "-e",
        "LC_ALL=C.UTF-8",
        "sh",
    ]);
    assert!(
        started.status.success(),
        "tmux: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    tmux
}

/// Types the qari command line into the session's shell, with `before`
/// (environment settings) ahead of it; the shell then prints qari's exit
/// status (see [`exit_status`]).
fn run_qari(tmux: &Tmux, home: &Path, before: &str) {
    let command = format!(
        "{before}{} --library {} --state {} --config {} --ui en; echo qari-exited-$?",
        quoted(Path::new(env!("CARGO_BIN_EXE_qari"))),
        quoted(&home.join("empty-library")),
        quoted(&home.join("state.json")),
        quoted(&home.join("config.toml")),
    );
    tmux.type_text(&command);
    tmux.send_keys(&["Enter"]);
}

/// The exit status the shell printed after qari ended, if it has: digits
/// after `qari-exited-`, not the command line's `qari-exited-$?`.
fn exit_status(screen: &str) -> Option<&str> {
    screen
        .match_indices("qari-exited-")
        .find_map(|(at, marker)| {
            let rest = &screen[at + marker.len()..];
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (digits > 0).then(|| &rest[..digits])
        })
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
        s.contains(&word) && s.contains("1/1 match")
    });

    tmux.send_keys(&["?"]);
    tmux.wait_for("the help", |s| {
        s.contains("Ctrl-C") && s.contains("kashida")
    });
    tmux.send_keys(&["?"]);
    tmux.wait_for("the help closed", |s| {
        !s.contains("kashida") && s.contains(&word)
    });

    tmux.send_keys(&["q"]);
    tmux.wait_for("back to the list", |s| s.contains("? help"));
    tmux.send_keys(&["q"]);
    let screen = tmux.wait_for("the shell", |s| exit_status(s) == Some("0"));
    assert!(
        !screen.contains("Articles"),
        "the alternate screen is gone:\n{screen}"
    );
    assert_terminal_restored(&tmux);
}

/// The process ids of a process's children, from /proc.
fn children(pid: &str) -> Vec<String> {
    let path = format!("/proc/{pid}/task/{pid}/children");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

#[test]
fn sigterm_gives_the_terminal_back() {
    if !tmux_available() || !Path::new("/proc/self/task").exists() {
        return;
    }
    let home = tempfile::tempdir().expect("temp dir");
    let tmux = start(home.path());
    let out = tmux.cmd(&["display-message", "-p", "-t", "qari", "#{pane_pid}"]);
    let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
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
    let screen = tmux.wait_for("the shell", |s| exit_status(s).is_some());
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
    let piped = tmux.cmd(&[
        "pipe-pane",
        "-o",
        "-t",
        "qari",
        &format!("cat >> {}", quoted(&bytes_file)),
    ]);
    assert!(piped.status.success(), "pipe-pane");
    let setting = format!("{}=1 ", qari::app::PANIC_AFTER_FIRST_FRAME);
    run_qari(&tmux, home.path(), &setting);
    let screen = tmux.wait_for("the shell after the panic", |s| exit_status(s).is_some());
    assert_eq!(
        exit_status(&screen),
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
    let alternate = tmux.cmd(&["display-message", "-p", "-t", "qari", "#{alternate_on}"]);
    assert_eq!(String::from_utf8_lossy(&alternate.stdout).trim(), "0");
    assert_terminal_restored(&tmux);

    let _ = tmux.cmd(&["pipe-pane", "-t", "qari"]);
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
