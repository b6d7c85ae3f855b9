//! The reader in a real terminal: tmux on a private socket (see
//! `support::tmux`), the binary run by a shell that records how it ended,
//! so a panic, a hang or a terminal left in a bad state shows up as a
//! failed assertion.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread;
use std::time::{Duration, Instant};

use super::shared::tmux::{Patience, SESSION, Tmux as Server, shell_word};
use super::support::{Env, QARI};

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(10),
    every: Duration::from_millis(50),
    stable: false,
};

pub struct Tmux {
    pub server: Server,
    done: PathBuf,
    errors: PathBuf,
    /// Unique to this run's qari: its `--library` argument.
    library: String,
}

impl Tmux {
    /// Starts `qari ARGS` in a `width`×`height` window of a fresh server.
    /// `set-clipboard on` lets a stray OSC 52 reach tmux's buffers, where the
    /// test can see it.
    pub fn start(env: &Env, width: u16, height: u16, args: &[&str]) -> Tmux {
        // The options are set before qari starts, so even its first byte
        // meets `set-clipboard on`: the session starts on a placeholder and
        // the pane is then respawned with qari.
        let server = Server::new("hostile", PATIENCE).start(
            Path::new("/dev/null"),
            (width, height),
            &[],
            &["sleep", "600"],
        );
        let done = env.path(&format!("{}.exit", server.socket()));
        let errors = env.path(&format!("{}.stderr", server.socket()));
        let mut words: Vec<String> = vec![QARI.into()];
        words.extend(args.iter().map(|a| a.to_string()));
        words.extend(env.globals());
        let quoted: Vec<String> = words.iter().map(|w| shell_word(w)).collect();
        let script = format!(
            "{} 2>{}; echo $? >{}; exec sleep 600",
            quoted.join(" "),
            shell_word(&errors.display().to_string()),
            shell_word(&done.display().to_string())
        );
        let (w, h) = (width.to_string(), height.to_string());
        server.run(&["set-option", "-g", "set-clipboard", "on"]);
        // tmux sizes a detached session from its window-size option: pin it.
        server.run(&["set-option", "-g", "window-size", "manual"]);
        server.run(&["resize-window", "-x", &w, "-y", &h]);
        server.run(&[
            "respawn-pane",
            "-k",
            "-t",
            SESSION,
            "-e",
            &format!("HOME={}", env.path("home").display()),
            "-e",
            "LANG=C.UTF-8",
            "sh",
            "-c",
            &script,
        ]);
        Tmux {
            server,
            done,
            errors,
            library: env.library().display().to_string(),
        }
    }

    /// Sends keys in order. A terminal cannot tell Escape followed at once
    /// by `q` from Alt-q, so each Escape is given time to stand alone.
    pub fn keys(&self, keys: &[&str]) {
        for group in keys.split_inclusive(|k| *k == "Escape") {
            self.server.send_keys(group);
            if group.last() == Some(&"Escape") {
                thread::sleep(Duration::from_millis(150));
            }
        }
    }

    /// Polls the screen until `pred` holds; panics with the last screen when
    /// it does not within a few seconds, or at once when qari has exited.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        self.server.wait_for(what, |screen| {
            if pred(screen) {
                return true;
            }
            if let Some(code) = self.exit_code() {
                panic!(
                    "waiting for {what}: qari exited with {code}; stderr:\n{}\nscreen:\n{screen}",
                    self.stderr()
                );
            }
            false
        })
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
                self.server.screen()
            );
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// `#{...}` formats of the pane: its title, alternate screen, cursor.
    pub fn pane(&self, format: &str) -> String {
        self.server.pane(format)
    }

    /// What reached tmux's paste buffers (an OSC 52 write lands there).
    pub fn buffers(&self) -> String {
        self.server.run(&["list-buffers", "-F", "#{buffer_sample}"])
    }

    /// Closes the terminal under qari, as a closed window or a dropped ssh
    /// connection does: the server goes, the pane's tty hangs up.
    pub fn hang_up(&self) {
        self.server.kill_server();
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
    /// Never leaves a qari behind, even when a test failed half way (the
    /// server then goes with its socket file).
    fn drop(&mut self) {
        self.hang_up();
        thread::sleep(Duration::from_millis(50));
        for pid in self.qari_processes() {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        }
    }
}
