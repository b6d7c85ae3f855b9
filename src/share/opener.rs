//! The system's opener for links: `open` on macOS, `xdg-open` elsewhere.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The opener's name on this system.
pub fn name() -> &'static str {
    if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Whether a link opened here would show: always on macOS; elsewhere only
/// with an X or Wayland display. Over SSH, or on a console, `xdg-open`
/// would start a browser the reader never sees (or a text browser with no
/// terminal), so links are copied instead. `var` reads the environment.
pub fn graphical(var: impl Fn(&str) -> Option<OsString>) -> bool {
    cfg!(target_os = "macos")
        || ["DISPLAY", "WAYLAND_DISPLAY"]
            .into_iter()
            .any(|name| var(name).is_some_and(|v| !v.is_empty()))
}

/// The opener's path, if it is on `PATH`.
pub fn find() -> Option<PathBuf> {
    find_in(&std::env::var_os("PATH")?, name())
}

/// `program` in one of the folders of `path` (a `PATH`-style list), if it is
/// an executable file there.
pub fn find_in(path: &OsStr, program: &str) -> Option<PathBuf> {
    std::env::split_paths(path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(path: &Path) -> bool {
    path.is_file()
}

/// Starts `opener` on `link` without a terminal of its own: its output
/// would land on the reader's screen. A thread reaps it.
pub fn open(opener: &Path, link: &str) -> io::Result<()> {
    let mut child = Command::new(opener)
        .arg(link)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}
