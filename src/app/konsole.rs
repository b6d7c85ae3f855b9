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

/// Questions that tell Konsole from a terminal started inside it, which
/// inherits `KONSOLE_VERSION`: the terminal's name and version (XTVERSION),
/// its secondary device attributes, and the primary ones, which every
/// terminal answers, so that the wait ends with them.
pub const WHO: &[u8] = b"\x1b[>q\x1b[>c\x1b[c";

/// Whether `reply` to `WHO` comes from Konsole: its XTVERSION answer names
/// it (`DCS > | Konsole 22.12.3 ST`); without one, Konsole's secondary
/// attributes are `CSI > 1 ; 115 ; 0 c`. `None` when the reply says
/// neither (no answer).
pub fn answered_by_konsole(reply: &[u8]) -> Option<bool> {
    let text = String::from_utf8_lossy(reply);
    if let Some((_, name)) = text.split_once("\x1bP>|") {
        let name = name.split(['\x1b', '\x07']).next().unwrap_or_default();
        return Some(name.starts_with("Konsole"));
    }
    let (_, attributes) = text.split_once("\x1b[>")?;
    let attributes = attributes.split_once('c')?.0;
    Some(attributes == "1;115;0")
}

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
    fn konsole_is_told_from_terminals_started_inside_it() {
        // As measured: Konsole 22.12, xterm 379, VTE 0.70, mlterm 3.9.
        let konsole = b"\x1bP>|Konsole 22.12.3\x1b\\\x1b[>1;115;0c\x1b[?62;1;4c";
        let xterm = b"\x1bP>|XTerm(379)\x1b\\\x1b[>41;379;0c\x1b[?64;1;2;6;9;15;16;17;18;21;22;28c";
        let vte = b"\x1b[>65;7006;1c\x1b[?65;1;9c";
        let mlterm = b"\x1b[>24;279;0c\x1b[?63;1;2;3;4;6;7;15;18;22;29c";
        assert_eq!(answered_by_konsole(konsole), Some(true));
        assert_eq!(answered_by_konsole(xterm), Some(false));
        assert_eq!(answered_by_konsole(vte), Some(false));
        assert_eq!(answered_by_konsole(mlterm), Some(false));
        // An older Konsole, without XTVERSION.
        assert_eq!(answered_by_konsole(b"\x1b[>1;115;0c\x1b[?62;c"), Some(true));
        assert_eq!(answered_by_konsole(b""), None);
        assert_eq!(answered_by_konsole(b"\x1b[?62;1;4c"), None);
    }

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
