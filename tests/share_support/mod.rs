//! For the share tests that run qari in tmux (see `support::tmux`): a
//! private library, home, state and config holding the seed article.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use tempfile::TempDir;

use crate::support::tmux::{Patience, qari_flags};
pub use crate::support::tmux::{Tmux, exit_status, qari_word, quoted, tmux_available};

pub const SEED: &str = include_str!("../../assets/000_8cd855bd8944e8de.txt");

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
        qari_flags(
            &self.path("library"),
            &self.path("state.json"),
            &self.path("config.toml"),
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

const PATIENCE: Patience = Patience {
    timeout: Duration::from_secs(30),
    every: Duration::from_millis(100),
    stable: false,
};

/// A tmux server named for `name`, not yet started (see [`start`]).
pub fn tmux(name: &str) -> Tmux {
    Tmux::new(&format!("share-{name}"), PATIENCE)
}

/// Starts `tmux` `width` by `height`, running `script` with the world's
/// home and the configuration file `conf`.
pub fn start(tmux: Tmux, world: &World, conf: &Path, size: (u16, u16), script: &str) -> Tmux {
    let home = format!("HOME={}", world.path("home").display());
    tmux.start(conf, size, &[&home, "LANG=C.UTF-8"], &[script])
}
