//! A command run in a pseudo-terminal of a chosen size, through
//! util-linux's `script`, with every byte it wrote to the terminal:
//! escapes included, as a terminal receives them.

use std::process::{Command, Output, Stdio};

use super::tmux::shell_word;

/// True when `script` runs; in CI a missing `script` fails the test.
pub fn script_available() -> bool {
    let found = Command::new("script")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        super::missing("`script` (util-linux) is not on PATH, and this test needs it");
    }
    found
}

/// `script` running `words` (a program and its arguments) on a
/// pseudo-terminal `columns` × `rows` cells, its exit status passed on.
/// Environment set on the returned command reaches the program.
pub fn in_pty(words: &[&str], (columns, rows): (u16, u16)) -> Command {
    let line: Vec<String> = words.iter().map(|w| shell_word(w)).collect();
    let line = format!("stty cols {columns} rows {rows} && exec {}", line.join(" "));
    let mut cmd = Command::new("script");
    cmd.args(["-q", "-e", "-c", &line, "/dev/null"])
        .stdin(Stdio::null());
    cmd
}

/// What the program wrote to the terminal, with the terminal's CR LF line
/// ends back to LF.
pub fn terminal_text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}
