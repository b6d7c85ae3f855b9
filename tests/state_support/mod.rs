//! What the state tests in tmux share: a private tmux server, qari started
//! in its shell on a library holding the seed, and reading its screen.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use qari::article::Library;
use qari::state::StateData;

pub const SEED: &str = include_str!("../../assets/000_8cd855bd8944e8de.txt");
pub const OTHER_TITLE: &str = "Other news of the day";
/// Small enough that the seed article takes several pages; under 100
/// columns, so one pane fills the screen at a time.
pub const COLUMNS: &str = "60";
pub const ROWS: &str = "14";

/// A tmux server on a private socket, killed (and its socket removed) when dropped.
pub struct Tmux {
    socket: String,
    /// The socket file, asked for while the server runs: a server that
    /// ended with its last pane can no longer say, and leaves the file.
    socket_path: Option<String>,
}

impl Tmux {
    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    pub fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "qari"];
        args.extend_from_slice(keys);
        let out = self.cmd(&args);
        assert!(
            out.status.success(),
            "send-keys {keys:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn type_line(&self, text: &str) {
        assert!(
            self.cmd(&["send-keys", "-t", "qari", "-l", text])
                .status
                .success()
        );
        self.send_keys(&["Enter"]);
    }

    pub fn screen(&self) -> String {
        let out = self.cmd(&["capture-pane", "-p", "-t", "qari"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen satisfies `ok` and shows the same on a second
    /// look (a frame may be read while it is half drawn), failing with the
    /// screen if it never does.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        let mut last = String::new();
        loop {
            let screen = self.screen();
            if ok(&screen) && screen == last {
                return screen;
            }
            last = screen.clone();
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
        if let Some(path) = self
            .socket_path
            .take()
            .filter(|p| p.ends_with(&self.socket))
        {
            let _ = std::fs::remove_file(path);
        }
    }
}

pub fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is needed for this test in CI (see .ci/run)"
        );
        eprintln!("skipped: tmux is not on PATH");
    }
    found
}

pub fn quoted(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

/// A shell in a small tmux window, with HOME in the temp folder.
pub fn session(home: &Path) -> Tmux {
    let socket = format!("qari-state-{}-{:?}", std::process::id(), Instant::now());
    let socket: String = socket.chars().filter(char::is_ascii_alphanumeric).collect();
    let mut tmux = Tmux {
        socket,
        socket_path: None,
    };
    let started = tmux.cmd(&[
        "-u",
        "new-session",
        "-d",
        "-s",
        "qari",
        "-x",
        COLUMNS,
        "-y",
        ROWS,
        "-e",
        &format!("HOME={}", home.display()),
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
    let out = tmux.cmd(&["display-message", "-p", "#{socket_path}"]);
    tmux.socket_path = Some(String::from_utf8_lossy(&out.stdout).trim().to_string());
    tmux
}

/// Types the qari command line into the shell; the shell prints
/// `run<N>-exited-<status>` when qari ends.
pub fn start_qari(tmux: &Tmux, home: &Path, run: u32) {
    tmux.type_line(&format!(
        "{} --library {} --state {} --config {} --ui en; echo run{run}-exited-$?",
        quoted(Path::new(env!("CARGO_BIN_EXE_qari"))),
        quoted(&home.join("library")),
        quoted(&home.join("state.json")),
        quoted(&home.join("config.toml")),
    ));
    tmux.wait_for("the list", |s| {
        s.contains("Articles") && s.contains(OTHER_TITLE)
    });
}

/// The reading pane's text rows: below the header, above the status line,
/// without the scroll bar at the edge.
pub fn text_rows(screen: &str) -> Vec<String> {
    let lines: Vec<&str> = screen.lines().collect();
    let rows = ROWS.parse::<usize>().unwrap_or(0);
    lines
        .iter()
        .take(rows.saturating_sub(1))
        .skip(1)
        .map(|l| l.trim_end_matches([' ', '│', '┃']).trim().to_string())
        .collect()
}

pub fn first_text_line(screen: &str) -> String {
    text_rows(screen)
        .into_iter()
        .find(|l| !l.is_empty())
        .unwrap_or_else(|| panic!("no text in the reading pane:\n{screen}"))
}

/// The `NN` of `NN% read` in the reading pane's header.
pub fn percent_read(screen: &str) -> Option<u32> {
    let header = screen.lines().next()?;
    let end = header.find("% read")?;
    let digits = header[..end].rsplit(|c: char| !c.is_ascii_digit()).next()?;
    digits.parse().ok()
}

/// The state file as qari wrote it, once it exists.
pub fn saved_state(path: &Path) -> Option<StateData> {
    let bytes = std::fs::read(path).ok()?;
    Some(serde_json::from_slice(&bytes).expect("the state file is valid JSON state"))
}

/// The list rows that carry the unread dot.
pub fn unread_rows(screen: &str) -> Vec<&str> {
    screen.lines().filter(|l| l.contains('●')).collect()
}

/// Writes the configuration and the library: another article, then the seed (sorted by file
/// name, so opening the seed in a second run relies on the list
/// remembering the selection). Returns the seed's id.
pub fn library_with_seed(home: &Path) -> String {
    // An empty configuration: the status line is left to the reading state.
    std::fs::write(home.join("config.toml"), "").expect("config");
    let library = home.join("library");
    std::fs::create_dir(&library).expect("library dir");
    std::fs::write(
        library.join("a-other.json"),
        format!(r#"{{"id":"other-news","title":"{OTHER_TITLE}","body":"نص قصير."}}"#),
    )
    .expect("other article");
    std::fs::write(library.join("b-seed.txt"), SEED).expect("seed");
    let lib = Library::load(Some(&library), &[]);
    assert!(lib.problems.is_empty(), "{:?}", lib.problems);
    let ids: Vec<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(ids[0], "other-news", "the list order: {ids:?}");
    ids[1].to_string()
}

/// The process ids of a process's children, from /proc.
pub fn children(pid: &str) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}
