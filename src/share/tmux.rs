//! Whether the tmux qari runs in passes a program's clipboard copy on.
//!
//! tmux's default `set-clipboard external` ignores a program's OSC 52, and
//! its default `allow-passthrough off` drops the wrapped copy too: then a
//! copy goes nowhere, and saying "copied" would be a lie.

use std::process::{Command, Stdio};

/// What tmux does with a program's OSC 52, as its options tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TmuxClipboard {
    /// `set-clipboard on`, or passthrough allowed: the copy gets through.
    Passes,
    /// `set-clipboard` `external` or `off`, and `allow-passthrough off`.
    Drops,
}

/// The verdict for the values of tmux's `set-clipboard` and
/// `allow-passthrough` options; `None` for values it does not know.
pub fn judge(set_clipboard: &str, allow_passthrough: &str) -> Option<TmuxClipboard> {
    let passthrough = match allow_passthrough.trim() {
        "on" | "all" => true,
        // tmux before 3.3 has no such option, and no passthrough either.
        "off" | "" => false,
        _ => return None,
    };
    match set_clipboard.trim() {
        "on" => Some(TmuxClipboard::Passes),
        _ if passthrough => Some(TmuxClipboard::Passes),
        "external" | "off" => Some(TmuxClipboard::Drops),
        _ => None,
    }
}

/// Asks the tmux server of this process's pane; `None` outside tmux or
/// when it cannot be asked.
pub fn clipboard() -> Option<TmuxClipboard> {
    std::env::var_os("TMUX").filter(|v| !v.is_empty())?;
    let set_clipboard = option(&["show-options", "-sv", "set-clipboard"])?;
    let mut args = vec!["show-options", "-Apv"];
    let pane = std::env::var("TMUX_PANE").ok();
    if let Some(pane) = pane.as_deref() {
        args.extend(["-t", pane]);
    }
    args.push("allow-passthrough");
    let passthrough = option(&args).unwrap_or_default();
    judge(&set_clipboard, &passthrough)
}

fn option(args: &[&str]) -> Option<String> {
    let out = Command::new("tmux")
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_option_lets_the_copy_through() {
        assert_eq!(judge("on\n", "off\n"), Some(TmuxClipboard::Passes));
        assert_eq!(judge("external\n", "on\n"), Some(TmuxClipboard::Passes));
        assert_eq!(judge("off", "all"), Some(TmuxClipboard::Passes));
    }

    #[test]
    fn the_defaults_drop_it() {
        assert_eq!(judge("external\n", "off\n"), Some(TmuxClipboard::Drops));
        assert_eq!(judge("off", ""), Some(TmuxClipboard::Drops));
        assert_eq!(judge("maybe", "off"), None);
    }
}
