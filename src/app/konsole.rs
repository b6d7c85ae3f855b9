//! Konsole's bidi rendering, which its default profile turns on and which
//! ignores the ECMA-48 switch.
//!
//! With it on, Konsole hands the text of a row to Qt, which reorders and
//! shapes it, and draws each glyph in the cell its character sits in.
//! qari's rows, already in visual order, would be reversed again.
//! Konsole takes profile changes from a program at run time (`OSC 50 ;
//! Property=value`, for the session only, never saved): the reader turns
//! bidi rendering off while it holds the terminal and on again whenever it
//! lets go, so its rows are drawn as in xterm.
//!
//! No program can ask Konsole which value it had, so "on again" is
//! Konsole's default; where a profile has it off already, `bidi = "qari"`
//! leaves it alone. Printed output (`show`, `doctor`…) stays on screen
//! after qari has put the setting back, so each of its rows goes as the
//! logical text Konsole's bidi lays out into the same cells instead
//! (`konsole_rows`).

use super::terminal::for_terminal;

/// Turns Konsole's bidi rendering off for the session.
pub const BIDI_OFF: &str = "\x1b]50;BidiRenderingEnabled=false\x07";
/// Turns it back on: Konsole's default.
pub const BIDI_ON: &str = "\x1b]50;BidiRenderingEnabled=true\x07";

/// The switch for bidi rendering `on` or off, inside tmux also wrapped for
/// the terminal around it.
pub fn bidi_rendering(on: bool, tmux: bool) -> String {
    for_terminal(if on { BIDI_ON } else { BIDI_OFF }, tmux)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_names_konsoles_profile_property() {
        assert_eq!(
            bidi_rendering(false, false),
            "\x1b]50;BidiRenderingEnabled=false\x07"
        );
        assert_eq!(
            bidi_rendering(true, false),
            "\x1b]50;BidiRenderingEnabled=true\x07"
        );
        // Inside tmux: once for tmux, once wrapped for Konsole around it.
        assert_eq!(
            bidi_rendering(false, true),
            "\x1b]50;BidiRenderingEnabled=false\x07\x1bPtmux;\x1b\x1b]50;BidiRenderingEnabled=false\x07\x1b\\"
        );
    }
}
