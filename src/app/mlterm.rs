//! mlterm's own bidi and shaping (`use_ctl`), which it applies to every row
//! it draws, whatever ECMA-48 says. mlterm can be told to stop at run time
//! (`OSC 5379 ; use_ctl=false`), and tells its current value to a program
//! of the same user that sends the challenge string mlterm keeps in its
//! configuration folder (`OSC 5380 ; challenge ; use_ctl`): so the reader
//! turns it off only when it has read it as on, and puts it back when it
//! lets the terminal go. mlterm applies the setting whenever it paints a
//! row, so printed output, which stays on screen, gets rows mlterm lays
//! out itself instead (`mlterm_rows`).
//!
//! Marking right-to-left letters, as for Konsole, does not serve mlterm:
//! it gives each mark a column of its own when it wraps and places a row,
//! so a full row spills over.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::display::ask_terminal;

/// Turns mlterm's bidi and shaping off.
pub const CTL_OFF: &str = "\x1b]5379;use_ctl=false\x07";
/// Turns them back on.
pub const CTL_ON: &str = "\x1b]5379;use_ctl=true\x07";

/// Where mlterm keeps its challenge: `$HOME/.mlterm/challenge`, or under
/// `$XDG_CONFIG_HOME/mlterm` (`~/.config/mlterm`) where that folder is used.
pub fn challenge_paths(var: impl Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    let home = var("HOME").filter(|h| !h.is_empty()).map(PathBuf::from);
    let config = var("XDG_CONFIG_HOME")
        .filter(|c| !c.is_empty())
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".config")));
    if let Some(config) = config {
        paths.push(config.join("mlterm").join("challenge"));
    }
    if let Some(home) = home {
        paths.push(home.join(".mlterm").join("challenge"));
    }
    paths
}

/// The first challenge found, trimmed; `None` when there is none or it
/// holds anything but printable ASCII (it goes into an escape sequence).
pub fn read_challenge(paths: &[PathBuf]) -> Option<String> {
    paths.iter().find_map(|p: &PathBuf| {
        let text = std::fs::read_to_string(Path::new(p)).ok()?;
        let text = text.trim();
        (!text.is_empty() && text.bytes().all(|b| b.is_ascii_graphic())).then(|| text.to_string())
    })
}

/// The query for `use_ctl`, with `challenge`.
pub fn ctl_query(challenge: &str) -> String {
    format!("\x1b]5380;{challenge};use_ctl\x07")
}

/// mlterm's answer (`#use_ctl=true` or `#use_ctl=false`, then a newline)
/// anywhere in `reply`.
pub fn parse_ctl_reply(reply: &[u8]) -> Option<bool> {
    let text = String::from_utf8_lossy(reply);
    let value = text.split("#use_ctl=").nth(1)?;
    let value = value.split(['\n', '\r']).next()?.trim();
    match value {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// Asks the mlterm on standard input and output whether its bidi and
/// shaping are on; the terminal must be in raw mode. `None` when there is
/// no challenge or no answer within `timeout`.
pub fn query_ctl(var: impl Fn(&str) -> Option<String>, timeout: Duration) -> Option<bool> {
    let challenge = read_challenge(&challenge_paths(var))?;
    let query = ctl_query(&challenge) + "\x1b[c";
    parse_ctl_reply(&ask_terminal(query.as_bytes(), timeout).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_read_wherever_it_comes() {
        assert_eq!(parse_ctl_reply(b"#use_ctl=true\n\x1b[?1;2c"), Some(true));
        assert_eq!(parse_ctl_reply(b"\x1b[?1;2c#use_ctl=false\n"), Some(false));
        assert_eq!(parse_ctl_reply(b"\x1b[?1;2c"), None);
        assert_eq!(parse_ctl_reply(b"#use_ctl=maybe\n"), None);
    }

    #[test]
    fn the_challenge_is_read_from_mltermss_folder_and_kept_out_of_escapes() {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_string_lossy().to_string();
        let var = |name: &str| (name == "HOME").then(|| home.clone());
        let paths = challenge_paths(var);
        assert_eq!(read_challenge(&paths), None);
        std::fs::create_dir(dir.path().join(".mlterm")).unwrap();
        let file = dir.path().join(".mlterm/challenge");
        std::fs::write(&file, "8f3a1c\n").unwrap();
        assert_eq!(read_challenge(&paths).as_deref(), Some("8f3a1c"));
        assert_eq!(ctl_query("8f3a1c"), "\x1b]5380;8f3a1c;use_ctl\x07");
        std::fs::write(&file, "8f\x07;x").unwrap();
        assert_eq!(read_challenge(&paths), None);
    }
}
