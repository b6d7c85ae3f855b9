//! `qari share --to clipboard` inside tmux with `set-clipboard on`: the
//! OSC 52 sequence reaches tmux's paste buffer with the logical text.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../assets/000_8cd855bd8944e8de.txt");

fn have_tmux() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for this test (install it: see .ci/run)"
        );
        eprintln!("skipped: tmux is not on PATH");
    }
    found
}

/// A tmux server on a private socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-L").arg(&self.socket).env_remove("TMUX");
        c
    }

    /// The pane's text once it shows `needle` (or after 30 s).
    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.run(&["capture-pane", "-p", "-t", "share"]);
            if screen.contains(needle) || start.elapsed() > Duration::from_secs(30) {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn run(&self, args: &[&str]) -> String {
        let o = self.cmd().args(args).output().unwrap();
        assert!(
            o.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        String::from_utf8(o.stdout).unwrap()
    }
}

impl Drop for Tmux {
    /// Ends the server and removes its socket file, which tmux leaves.
    fn drop(&mut self) {
        let socket = self
            .cmd()
            .args(["display-message", "-p", "#{socket_path}"])
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok());
        let _ = self.cmd().arg("kill-server").stderr(Stdio::null()).status();
        if let Some(path) = socket.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn quoted(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

#[test]
fn share_to_clipboard_in_tmux_fills_the_paste_buffer_with_logical_text() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    std::fs::write(lib.join("seed.txt"), SEED).unwrap();
    let conf = dir.path().join("tmux.conf");
    std::fs::write(&conf, "set -s set-clipboard on\n").unwrap();

    let qari = Path::new(env!("CARGO_BIN_EXE_qari"));
    let flags = format!(
        "--library {} --state {} --config {}",
        quoted(&lib),
        quoted(&dir.path().join("state.json")),
        quoted(&dir.path().join("config.toml"))
    );
    let expected = Command::new(qari)
        .args(["share", "1"])
        .args(["--library".as_ref(), lib.as_os_str()])
        .args([
            "--config".as_ref(),
            dir.path().join("config.toml").as_os_str(),
        ])
        .env("HOME", dir.path().join("home"))
        .output()
        .unwrap();
    let expected = String::from_utf8(expected.stdout).unwrap();
    assert!(expected.starts_with("وتقول الولايات"), "{expected}");

    let script = format!(
        "{} share 1 --to clipboard {flags}; echo \"share-exit=$?\"; sleep 60",
        quoted(qari)
    );
    let tmux = Tmux {
        socket: format!("qari-share-{}", std::process::id()),
    };
    let conf = conf.display().to_string();
    let home = dir.path().join("home").display().to_string();
    tmux.run(&[
        "-f",
        &conf,
        "new-session",
        "-d",
        "-s",
        "share",
        "-x",
        "100",
        "-y",
        "30",
        "-e",
        &format!("HOME={home}"),
        &script,
    ]);

    let start = Instant::now();
    let screen = loop {
        let screen = tmux.run(&["capture-pane", "-p", "-t", "share"]);
        if screen.contains("share-exit=") || start.elapsed() > Duration::from_secs(30) {
            break screen;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(screen.contains("share-exit=0"), "pane:\n{screen}");
    assert!(
        screen.contains("copied"),
        "the confirmation is shown:\n{screen}"
    );
    let buffer = tmux.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

#[test]
fn the_share_pane_copies_the_logical_text_into_tmux() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    std::fs::write(lib.join("seed.txt"), SEED).unwrap();
    let conf = dir.path().join("tmux.conf");
    std::fs::write(&conf, "set -s set-clipboard on\n").unwrap();
    let qari = Path::new(env!("CARGO_BIN_EXE_qari"));
    let flags = format!(
        "--ui en --library {} --state {} --config {}",
        quoted(&lib),
        quoted(&dir.path().join("state.json")),
        quoted(&dir.path().join("config.toml"))
    );
    let expected = Command::new(qari)
        .args(["share", "1", "--quote", "2"])
        .args(["--library".as_ref(), lib.as_os_str()])
        .args([
            "--config".as_ref(),
            dir.path().join("config.toml").as_os_str(),
        ])
        .env("HOME", dir.path().join("home"))
        .output()
        .unwrap();
    let expected = String::from_utf8(expected.stdout).unwrap();
    assert!(expected.starts_with("«ووعدت موسكو"), "{expected}");

    let script = format!("{} {flags}; sleep 60", quoted(qari));
    let tmux = Tmux {
        socket: format!("qari-share-pane-{}", std::process::id()),
    };
    let conf = conf.display().to_string();
    let home = dir.path().join("home").display().to_string();
    tmux.run(&[
        "-f",
        &conf,
        "new-session",
        "-d",
        "-s",
        "share",
        "-x",
        "120",
        "-y",
        "40",
        "-e",
        &format!("HOME={home}"),
        "-e",
        "LANG=C.UTF-8",
        &script,
    ]);
    tmux.wait_for("Articles");
    tmux.run(&["send-keys", "-t", "share", "Enter"]);
    tmux.wait_for("% read");
    tmux.run(&["send-keys", "-t", "share", "v", "j"]);
    tmux.wait_for("paragraph 2");
    tmux.run(&["send-keys", "-t", "share", "s"]);
    let pane = tmux.wait_for("Copy to the clipboard");
    assert!(pane.contains("Share · paragraph 2"), "{pane}");
    tmux.run(&["send-keys", "-t", "share", "Enter"]);
    let screen = tmux.wait_for("Copied to the clipboard");
    assert!(screen.contains("Copied to the clipboard"), "{screen}");
    let buffer = tmux.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

/// tmux inside tmux: the inner one ignores a program's OSC 52
/// (`set-clipboard off`) but lets passthrough escapes out
/// (`allow-passthrough on`), so only the wrapped copy qari adds inside tmux
/// can reach the outer one, whose paste buffer stands for the terminal.
#[test]
fn inside_tmux_the_wrapped_copy_reaches_the_terminal_around_it() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    std::fs::write(lib.join("seed.txt"), SEED).unwrap();
    let outer_conf = dir.path().join("outer.conf");
    std::fs::write(&outer_conf, "set -s set-clipboard on\n").unwrap();
    let inner_conf = dir.path().join("inner.conf");
    std::fs::write(
        &inner_conf,
        "set -s set-clipboard off\nset -g allow-passthrough on\n",
    )
    .unwrap();

    let qari = Path::new(env!("CARGO_BIN_EXE_qari"));
    let flags = format!(
        "--library {} --state {} --config {}",
        quoted(&lib),
        quoted(&dir.path().join("state.json")),
        quoted(&dir.path().join("config.toml"))
    );
    let expected = Command::new(qari)
        .args(["share", "1"])
        .args(["--library".as_ref(), lib.as_os_str()])
        .args([
            "--config".as_ref(),
            dir.path().join("config.toml").as_os_str(),
        ])
        .env("HOME", dir.path().join("home"))
        .output()
        .unwrap();
    let expected = String::from_utf8(expected.stdout).unwrap();
    assert!(expected.starts_with("وتقول الولايات"), "{expected}");

    let outer = Tmux {
        socket: format!("qari-share-outer-{}", std::process::id()),
    };
    let inner = Tmux {
        socket: format!("qari-share-inner-{}", std::process::id()),
    };
    // Inside the inner session: wait until its client is attached (the
    // passthrough goes to attached clients), then copy.
    let script = format!(
        "until [ -n \"$(tmux list-clients)\" ]; do sleep 0.1; done; \
         {} share 1 --to clipboard {flags}; echo \"share-exit=$?\"; sleep 60",
        quoted(qari)
    );
    let nested = format!(
        "env -u TMUX tmux -L {} -f {} new-session -s share {}",
        inner.socket,
        quoted(&inner_conf),
        quoted(Path::new(&script))
    );
    let home = dir.path().join("home").display().to_string();
    outer.run(&[
        "-f",
        &outer_conf.display().to_string(),
        "new-session",
        "-d",
        "-s",
        "share",
        "-x",
        "100",
        "-y",
        "30",
        "-e",
        &format!("HOME={home}"),
        &nested,
    ]);
    let start = Instant::now();
    let screen = loop {
        let screen = outer.run(&["capture-pane", "-p", "-t", "share"]);
        if screen.contains("share-exit=") || start.elapsed() > Duration::from_secs(30) {
            break screen;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(screen.contains("share-exit=0"), "pane:\n{screen}");
    let buffer = outer.run(&["show-buffer"]);
    assert_eq!(buffer, expected.trim_end_matches('\n'));
}

/// A code wider than the terminal wraps and cannot be scanned: `qari share
/// --to qr` says so; a code that fits is printed without a word.
#[test]
fn a_qr_code_wider_than_the_terminal_is_flagged() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    std::fs::write(lib.join("seed.txt"), SEED).unwrap();
    let json = r#"{"id": "short", "title": "قصير", "url": "https://example.com/1",
                   "body": [{"paragraph": "نص."}]}"#;
    std::fs::write(lib.join("short.json"), json).unwrap();
    let qari = Path::new(env!("CARGO_BIN_EXE_qari"));
    let flags = format!(
        "--library {} --state {} --config {}",
        quoted(&lib),
        quoted(&dir.path().join("state.json")),
        quoted(&dir.path().join("config.toml"))
    );
    let (wide, narrow) = (dir.path().join("wide.err"), dir.path().join("fits.err"));
    let script = format!(
        "{q} share seed --to qr {flags} 2>{w}; \
         {q} share short --to qr {flags} 2>{n}; echo qr-done; sleep 60",
        q = quoted(qari),
        w = quoted(&wide),
        n = quoted(&narrow),
    );
    let tmux = Tmux {
        socket: format!("qari-share-qr-{}", std::process::id()),
    };
    let home = dir.path().join("home").display().to_string();
    tmux.run(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "share",
        "-x",
        "70",
        "-y",
        "40",
        "-e",
        &format!("HOME={home}"),
        &script,
    ]);
    let screen = tmux.wait_for("qr-done");
    assert!(screen.contains("qr-done"), "{screen}");
    let wide = std::fs::read_to_string(wide).unwrap();
    assert!(wide.contains("cannot be scanned"), "{wide:?}");
    assert!(wide.contains("the terminal 70"), "{wide:?}");
    let narrow = std::fs::read_to_string(narrow).unwrap();
    assert_eq!(narrow, "", "a code that fits needs no word");
}

/// tmux's defaults (`set-clipboard external`, `allow-passthrough off`)
/// drop a program's copy: `qari share` says so and how to fix it, instead
/// of saying "copied".
#[test]
fn with_tmux_defaults_the_copy_is_refused_with_the_fix() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("library");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(dir.path().join("home")).unwrap();
    std::fs::write(lib.join("seed.txt"), SEED).unwrap();
    let qari = Path::new(env!("CARGO_BIN_EXE_qari"));
    let flags = format!(
        "--library {} --state {} --config {}",
        quoted(&lib),
        quoted(&dir.path().join("state.json")),
        quoted(&dir.path().join("config.toml"))
    );
    let err = dir.path().join("share.err");
    let script = format!(
        "{} share 1 --to clipboard {flags} 2>{}; echo \"share-exit=$?\"; sleep 60",
        quoted(qari),
        quoted(&err)
    );
    let tmux = Tmux {
        socket: format!("qari-share-defaults-{}", std::process::id()),
    };
    let home = dir.path().join("home").display().to_string();
    tmux.run(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "share",
        "-x",
        "100",
        "-y",
        "30",
        "-e",
        &format!("HOME={home}"),
        &script,
    ]);
    let screen = tmux.wait_for("share-exit=");
    assert!(screen.contains("share-exit=2"), "{screen}");
    let err = std::fs::read_to_string(err).unwrap();
    assert!(err.contains("tmux set -s set-clipboard on"), "{err}");
    assert!(!err.contains("copied"), "{err}");
}
