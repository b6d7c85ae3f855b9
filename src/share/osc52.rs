//! Copying through the terminal with OSC 52: `ESC ] 52 ; c ; <base64> BEL`.
//!
//! xterm, kitty, WezTerm, iTerm2 and foot put the text on the system
//! clipboard; tmux with `set-clipboard on` takes it into its paste buffer
//! (and passes it on to the outer terminal); it works over SSH because it is
//! only bytes on the terminal's stream. The payload is base64, so nothing in
//! the text can act on the terminal. The reader and `qari share` write it
//! through `app::terminal::clipboard`, which also wraps it for tmux.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The escape sequence that puts `text` on the clipboard.
pub fn sequence(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text.as_bytes()))
}
