//! The real binary in a real terminal: a tmux server on a private socket
//! with one session, keys sent with `send-keys`, the screen read back with
//! `capture-pane`, and the server and its socket file gone when dropped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The one session every server here runs, and the target of its commands.
pub const SESSION: &str = "qari";

/// True when tmux runs; in CI a missing tmux fails the test.
pub fn tmux_available() -> bool {
    let found = Command::new("tmux")
        .arg("-V")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        super::missing("tmux is not on PATH, and this test needs it (see .ci/run)");
    }
    found
}

/// `s` as one shell word.
pub fn shell_word(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `path` as one shell word.
pub fn quoted(path: &Path) -> String {
    shell_word(&path.display().to_string())
}

/// The binary under test, as one shell word.
pub fn qari_word() -> String {
    quoted(Path::new(env!("CARGO_BIN_EXE_qari")))
}

/// The flags that keep qari to these files, for a shell command line.
pub fn qari_flags(library: &Path, state: &Path, config: &Path) -> String {
    format!(
        "--library {} --state {} --config {}",
        quoted(library),
        quoted(state),
        quoted(config)
    )
}

/// The status a shell printed as `{marker}{status}` (say after `echo
/// {marker}$?`), if it has: the digits after the marker, so the command
/// line's own `{marker}$?` is not taken for one.
pub fn exit_status<'a>(screen: &'a str, marker: &str) -> Option<&'a str> {
    screen.match_indices(marker).find_map(|(at, found)| {
        let rest = &screen[at + found.len()..];
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0).then(|| &rest[..digits])
    })
}

/// The process ids of a process's children, from /proc.
pub fn children(pid: &str) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// How long to wait for a screen, how often to look, and whether it must
/// look the same twice running (a frame may be read half drawn).
#[derive(Clone, Copy, Debug)]
pub struct Patience {
    pub timeout: Duration,
    pub every: Duration,
    pub stable: bool,
}

static SERVERS: AtomicUsize = AtomicUsize::new(0);

/// A tmux server on a private socket, killed (and its socket file, which
/// tmux leaves, removed) when dropped.
pub struct Tmux {
    socket: String,
    /// Asked for while the server runs: a server that ended with its last
    /// pane can no longer say.
    socket_path: Option<PathBuf>,
    patience: Patience,
}

impl Tmux {
    /// A server (not yet started) on a socket named for `suite` and unique
    /// to this process.
    pub fn new(suite: &str, patience: Patience) -> Tmux {
        let n = SERVERS.fetch_add(1, Ordering::SeqCst);
        Tmux {
            socket: format!("qari-{suite}-{}-{n}", std::process::id()),
            socket_path: None,
            patience,
        }
    }

    /// The socket's name, for a `tmux -L` run by a shell.
    pub fn socket(&self) -> &str {
        &self.socket
    }

    /// Starts the server with the configuration file `config` and
    /// [`SESSION`], `width` by `height`, running `command` with `env` (each
    /// `NAME=value`) added to tmux's environment.
    pub fn start(
        mut self,
        config: &Path,
        (width, height): (u16, u16),
        env: &[&str],
        command: &[&str],
    ) -> Tmux {
        let (width, height) = (width.to_string(), height.to_string());
        let config = config.display().to_string();
        let mut args = vec!["-f", &config, "-u", "new-session", "-d", "-s", SESSION];
        args.extend(["-x", &width, "-y", &height]);
        for setting in env {
            args.extend(["-e", setting]);
        }
        args.extend_from_slice(command);
        self.run(&args);
        let path = self.run(&["display-message", "-p", "#{socket_path}"]);
        self.socket_path = Some(PathBuf::from(path.trim()));
        self
    }

    /// Starts the server with `sh` in [`SESSION`], `size` cells, HOME in
    /// `home` and a UTF-8 locale: the shell a test types qari's command
    /// line into.
    pub fn shell(self, home: &Path, size: (u16, u16)) -> Tmux {
        let home = format!("HOME={}", home.display());
        self.start(
            Path::new("/dev/null"),
            size,
            &[&home, "LANG=C.UTF-8", "LC_ALL=C.UTF-8"],
            &["sh"],
        )
    }

    /// Types qari's command line into the shell: `before` (environment
    /// settings) ahead of it, `library`, and the state and configuration
    /// files in `home`; the shell prints `{marker}{status}` when qari ends
    /// (see [`exit_status`]).
    pub fn type_qari(&self, before: &str, library: &Path, home: &Path, marker: &str) {
        self.type_line(&format!(
            "{before}{} {} --ui en; echo {marker}$?",
            qari_word(),
            qari_flags(library, &home.join("state.json"), &home.join("config.toml")),
        ));
    }

    /// Runs tmux on this server, whatever comes of it.
    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    /// Runs tmux on this server, which must succeed; returns what it printed.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.cmd(args);
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn send_keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.run(&args);
    }

    /// Sends text literally, character by character as typed.
    pub fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// Types `text` and Enter.
    pub fn type_line(&self, text: &str) {
        self.type_text(text);
        self.send_keys(&["Enter"]);
    }

    /// The visible screen.
    pub fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", SESSION])
    }

    /// A `#{...}` format of the pane: its title, alternate screen, cursor.
    pub fn pane(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_string()
    }

    /// Waits until the screen satisfies `ok` (and, with a stable
    /// [`Patience`], shows the same on a second look), failing with the
    /// screen if it never does.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let Patience {
            timeout,
            every,
            stable,
        } = self.patience;
        let start = Instant::now();
        let mut last = None;
        loop {
            let screen = self.screen();
            if ok(&screen) && (!stable || last.as_ref() == Some(&screen)) {
                return screen;
            }
            if start.elapsed() > timeout {
                panic!("timed out waiting for {what}; the screen:\n{screen}");
            }
            last = Some(screen);
            std::thread::sleep(every);
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_for_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    /// Ends the server, as a closed window or a dropped ssh connection
    /// does: the pane's tty hangs up.
    pub fn kill_server(&self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .env_remove("TMUX")
            .stderr(Stdio::null())
            .output();
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // A server started by a shell rather than by `start` is asked now.
        let path = self.socket_path.take().or_else(|| {
            let out = self.cmd(&["display-message", "-p", "#{socket_path}"]);
            Some(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        });
        self.kill_server();
        if let Some(path) = path.filter(|p| p.ends_with(&self.socket)) {
            let _ = std::fs::remove_file(path);
        }
    }
}
