//! Opening links: the browser named in `$BROWSER`, else the system's
//! opener (`open` on macOS, `xdg-open` elsewhere).

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

/// Whether a link opened here would show: on macOS, or with an X or
/// Wayland display, and not over SSH. On a console, `xdg-open` would start
/// a browser the reader never sees (or a text browser with no terminal);
/// over SSH the display, if any, is the far machine's, not the reader's.
/// So links are copied instead. `var` reads the environment.
pub fn graphical(var: impl Fn(&str) -> Option<OsString>) -> bool {
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
    let remote = ["SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"]
        .into_iter()
        .any(set);
    let display = cfg!(target_os = "macos") || ["DISPLAY", "WAYLAND_DISPLAY"].into_iter().any(set);
    display && !remote
}

/// The browser `$BROWSER` names: a command (its words split at spaces),
/// where `%s` stands for the link (`%%` for a `%`); without `%s` the link
/// is added at the end. A list of commands separated by `:` gives the
/// first one found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Browser {
    pub program: PathBuf,
    pub args: Vec<String>,
}

impl Browser {
    /// From `$BROWSER`'s value, with `path` (a `PATH`-style list) to find
    /// its programs in. `None` when it names none. When none of the listed
    /// programs is found the first is kept, so that trying it says why.
    pub fn from_var(value: &OsStr, path: Option<&OsStr>) -> Option<Browser> {
        let value = value.to_string_lossy();
        let commands: Vec<Browser> = value
            .split(':')
            .filter_map(|command| {
                let mut words = command.split_whitespace().map(str::to_string);
                let program = PathBuf::from(words.next()?);
                Some(Browser {
                    program,
                    args: words.collect(),
                })
            })
            .collect();
        let found = commands.iter().find_map(|b| {
            if b.program.components().count() > 1 {
                return is_executable(&b.program).then(|| b.clone());
            }
            let program = find_in(path?, &b.program.to_string_lossy())?;
            Some(Browser {
                program,
                args: b.args.clone(),
            })
        });
        found.or_else(|| commands.into_iter().next())
    }

    /// `$BROWSER` as this process sees it.
    pub fn from_env() -> Option<Browser> {
        let path = std::env::var_os("PATH");
        Browser::from_var(&std::env::var_os("BROWSER")?, path.as_deref())
    }

    /// The words the program is given for `link`.
    pub fn args_for(&self, link: &str) -> Vec<String> {
        let mut placed = false;
        let mut args: Vec<String> = self
            .args
            .iter()
            .map(|word| {
                let (word, has) = fill_in(word, link);
                placed |= has;
                word
            })
            .collect();
        if !placed {
            args.push(link.to_string());
        }
        args
    }

    /// Starts the browser on `link`, as `open` starts the opener.
    pub fn open(&self, link: &str) -> io::Result<()> {
        launch(&self.program, &self.args_for(link))
    }
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
    launch(opener, &[link.to_string()])
}

/// `word` with `%s` replaced by `link` and `%%` by `%`; and whether it
/// had a `%s`.
fn fill_in(word: &str, link: &str) -> (String, bool) {
    let mut out = String::with_capacity(word.len());
    let mut placed = false;
    let mut chars = word.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => {
                out.push_str(link);
                placed = true;
            }
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    (out, placed)
}

/// Starts `program` with `args`, its input and output going nowhere, and
/// does not wait for it: a thread reaps it.
fn launch(program: &Path, args: &[String]) -> io::Result<()> {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn browser(value: &str) -> Browser {
        Browser::from_var(OsStr::new(value), Some(OsStr::new("/nonexistent"))).expect("a browser")
    }

    #[test]
    fn the_link_goes_where_percent_s_is_else_at_the_end() {
        let link = "https://example.com/a?b=1&c=%D9%86";
        let b = browser("firefox --new-tab %s");
        assert_eq!(b.program, PathBuf::from("firefox"));
        assert_eq!(b.args_for(link), ["--new-tab", link]);
        assert_eq!(browser("firefox").args_for(link), [link]);
        assert_eq!(
            browser("wrap --url=%s --pct=100%%").args_for(link),
            [format!("--url={link}"), "--pct=100%".to_string()]
        );
    }

    #[test]
    fn of_a_list_the_first_program_found_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let found = dir.path().join("second");
        std::fs::write(&found, "#!/bin/sh\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::Permissions::from_mode(0o755);
            std::fs::set_permissions(&found, mode).unwrap();
        }
        let path = dir.path().as_os_str();
        let b = Browser::from_var(OsStr::new("first %s:second -x"), Some(path)).unwrap();
        assert_eq!((b.program, b.args), (found, vec!["-x".to_string()]));
        // None found: the first, so that trying it says what is missing.
        let b = Browser::from_var(OsStr::new("first:third"), Some(path)).unwrap();
        assert_eq!(b.program, PathBuf::from("first"));
        assert_eq!(Browser::from_var(OsStr::new(" : "), Some(path)), None);
    }
}
