//! The reader in a real terminal: tmux on a private socket, the binary run
//! by a shell that records how it ended, so a panic, a hang or a terminal
//! left in a bad state shows up as a failed assertion.

use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use super::support::{Env, QARI};

static SESSIONS: AtomicUsize = AtomicUsize::new(0);

pub struct Tmux {
    socket: String,
    done: std::path::PathBuf,
    errors: std::path::PathBuf,
    /// Unique to this run's qari: its `--library` argument.
    library: String,
}

impl Tmux {
    /// Starts `qari ARGS` in a `width`×`height` window of a fresh server.
    /// `set-clipboard on` lets a stray OSC 52 reach tmux's buffers, where the
    /// test can see it.
    pub fn start(env: &Env, width: u16, height: u16, args: &[&str]) -> Tmux {
        let n = SESSIONS.fetch_add(1, Ordering::SeqCst);
        let socket = format!("qari-hostile-{}-{n}", std::process::id());
        let done = env.path(&format!("tmux-{n}.exit"));
        let errors = env.path(&format!("tmux-{n}.stderr"));
        let mut words: Vec<String> = vec![QARI.into()];
        words.extend(args.iter().map(|a| a.to_string()));
        words.extend(env.globals());
        let quoted: Vec<String> = words.iter().map(|w| shell_quote(w)).collect();
        let script = format!(
            "{} 2>{}; echo $? >{}; exec sleep 600",
            quoted.join(" "),
            shell_quote(&errors.display().to_string()),
            shell_quote(&done.display().to_string())
        );
        let home = env.path("home").display().to_string();
        let t = Tmux {
            socket,
            done,
            errors,
            library: env.library().display().to_string(),
        };
        let (w, h) = (width.to_string(), height.to_string());
        // The options are set before qari starts, so even its first byte
        // meets `set-clipboard on`: the session starts on a placeholder and
        // the pane is then respawned with qari.
        t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            &w,
            "-y",
            &h,
            "sleep",
            "600",
        ]);
        t.tmux(&["set-option", "-g", "set-clipboard", "on"]);
        // tmux sizes a detached session from its window-size option: pin it.
        t.tmux(&["set-option", "-g", "window-size", "manual"]);
        t.tmux(&["resize-window", "-x", &w, "-y", &h]);
        t.tmux(&[
            "respawn-pane",
            "-k",
            "-t",
            "0",
            "-e",
            &format!("HOME={home}"),
            "-e",
            "LANG=C.UTF-8",
            "sh",
            "-c",
            &script,
        ]);
        t
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("run tmux");
        assert!(
            out.status.success() || args.first() == Some(&"kill-server"),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// The visible screen, with colours and attributes as escapes when
    /// `escapes` is set.
    pub fn screen(&self, escapes: bool) -> String {
        let mut args = vec!["capture-pane", "-p", "-t", "0"];
        if escapes {
            args.push("-e");
        }
        String::from_utf8_lossy(&self.tmux(&args).stdout).into_owned()
    }

    /// Sends keys in order. A terminal cannot tell Escape followed at once
    /// by `q` from Alt-q, so each Escape is given time to stand alone.
    pub fn keys(&self, keys: &[&str]) {
        for group in keys.split_inclusive(|k| *k == "Escape") {
            let mut args = vec!["send-keys", "-t", "0"];
            args.extend_from_slice(group);
            self.tmux(&args);
            if group.last() == Some(&"Escape") {
                thread::sleep(Duration::from_millis(150));
            }
        }
    }

    /// Polls the screen until `pred` holds; panics with the last screen when
    /// it does not within a few seconds.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen(false);
            if pred(&screen) {
                return screen;
            }
            if let Some(code) = self.exit_code() {
                panic!(
                    "waiting for {what}: qari exited with {code}; stderr:\n{}\nscreen:\n{screen}",
                    self.stderr()
                );
            }
            if Instant::now() > deadline {
                panic!("waiting for {what}: timed out; screen:\n{screen}");
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn exit_code(&self) -> Option<String> {
        std::fs::read_to_string(&self.done)
            .ok()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.errors).unwrap_or_default()
    }

    /// Sends `keys`, then waits for qari to exit; returns its exit status.
    pub fn quit(&self, keys: &[&str]) -> String {
        self.keys(keys);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(code) = self.exit_code() {
                return code;
            }
            assert!(
                Instant::now() < deadline,
                "qari did not quit; screen:\n{}",
                self.screen(false)
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// `#{...}` formats of the pane: its title, alternate screen, cursor.
    pub fn pane(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", "0", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// What reached tmux's paste buffers (an OSC 52 write lands there).
    pub fn buffers(&self) -> String {
        let out = self.tmux(&["list-buffers", "-F", "#{buffer_sample}"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

impl Tmux {
    /// Closes the terminal under qari, as a closed window or a dropped ssh
    /// connection does: the server goes, the pane's tty hangs up.
    pub fn hang_up(&self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }

    /// Processes of this run's qari still alive (found by their unique
    /// `--library` argument).
    pub fn qari_processes(&self) -> Vec<u32> {
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
            .filter(|pid| {
                let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
                let args: Vec<&[u8]> = cmdline.split(|&b| b == 0).collect();
                args.first().is_some_and(|a| *a == QARI.as_bytes())
                    && args.contains(&self.library.as_bytes())
            })
            .collect()
    }
}

impl Drop for Tmux {
    /// Never leaves a qari behind, even when a test failed half way.
    fn drop(&mut self) {
        self.hang_up();
        thread::sleep(Duration::from_millis(50));
        for pid in self.qari_processes() {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
    }
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}
