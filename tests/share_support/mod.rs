//! For the share tests that run qari in tmux: a private tmux server, and a
//! private library, home, state and config holding the seed article.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub const SEED: &str = include_str!("../../assets/000_8cd855bd8944e8de.txt");

pub fn have_tmux() -> bool {
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

/// A shell word for `p`.
pub fn quoted(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

pub fn qari() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_qari"))
}

/// A private library (the seed as `seed.txt`), home, state and config.
pub struct World {
    pub dir: TempDir,
}

impl World {
    pub fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("library")).unwrap();
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        std::fs::write(dir.path().join("library/seed.txt"), SEED).unwrap();
        World { dir }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes `text` to `name` in the world and returns its path.
    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// The flags that keep qari inside the world, for a shell command.
    pub fn flags(&self) -> String {
        format!(
            "--library {} --state {} --config {}",
            quoted(&self.path("library")),
            quoted(&self.path("state.json")),
            quoted(&self.path("config.toml"))
        )
    }

    /// What `qari share ARGS` prints, run directly.
    pub fn share(&self, args: &[&str]) -> String {
        let out = Command::new(qari())
            .arg("share")
            .args(args)
            .arg("--library")
            .arg(self.path("library"))
            .arg("--config")
            .arg(self.path("config.toml"))
            .env("HOME", self.path("home"))
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    }
}

/// A tmux server on a private socket, killed when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    pub fn named(name: &str) -> Tmux {
        Tmux {
            socket: format!("qari-share-{name}-{}", std::process::id()),
        }
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-L").arg(&self.socket).env_remove("TMUX");
        c
    }

    /// Starts session `share`, `width` by `height`, running `script` with
    /// the world's home and the configuration file `conf`.
    pub fn start(&self, world: &World, conf: &Path, (width, height): (u16, u16), script: &str) {
        let home = format!("HOME={}", world.path("home").display());
        let (width, height) = (width.to_string(), height.to_string());
        self.run(&[
            "-f",
            &conf.display().to_string(),
            "new-session",
            "-d",
            "-s",
            "share",
            "-x",
            &width,
            "-y",
            &height,
            "-e",
            &home,
            "-e",
            "LANG=C.UTF-8",
            script,
        ]);
    }

    /// The pane's text once it shows `needle` (or after 30 s).
    pub fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.run(&["capture-pane", "-p", "-t", "share"]);
            if screen.contains(needle) || start.elapsed() > Duration::from_secs(30) {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn run(&self, args: &[&str]) -> String {
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
