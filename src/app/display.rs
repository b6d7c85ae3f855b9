//! What the terminal does with qari's output, as far as qari can tell: who
//! reorders right-to-left rows (the `bidi` setting against the terminal
//! found) and whether its background is light or dark (the `theme`
//! setting against the terminal's answer to OSC 11, else `COLORFGBG`).

use std::io::{self, Write};
use std::time::{Duration, Instant};

use super::guard::RowOutput;
use super::terminal::TerminalKind;
use crate::config::{BidiSetting, ThemeSetting};

/// How long the terminal has to answer a question (its background, its
/// bidi setting).
pub const ANSWER_TIMEOUT: Duration = Duration::from_millis(300);

/// How qari's rows go to a terminal of `kind`, where `mlterm_ctl` is what
/// mlterm said of its own bidi and shaping (`None`: it did not say).
///
/// Konsole (bidi rendering is on in its default profile) reorders every
/// row itself and ignores the ECMA-48 switch, but takes a profile change
/// at run time: qari switches its bidi rendering off while it draws and
/// back on afterwards (see `konsole`). mlterm can be asked, and switched
/// off and back on exactly (see `mlterm`).
pub fn row_output(setting: BidiSetting, kind: TerminalKind, mlterm_ctl: Option<bool>) -> RowOutput {
    match setting {
        BidiSetting::Qari if kind == TerminalKind::Konsole => RowOutput::KonsoleAsIs,
        BidiSetting::Qari => RowOutput::Visual,
        BidiSetting::Terminal => RowOutput::Guarded,
        BidiSetting::Auto => match kind {
            TerminalKind::Konsole => RowOutput::KonsoleBidiOff,
            TerminalKind::Mlterm if mlterm_ctl == Some(true) => RowOutput::MltermCtlOff,
            _ => RowOutput::Visual,
        },
    }
}

/// The terminal qari runs in: from the environment (`var`), and where that
/// says Konsole, as the terminal itself answers (`terminal::detect_checked`)
/// when standard input and output are the terminal and no multiplexer
/// (tmux, screen), which would answer for itself, is in between.
pub fn terminal_kind(var: impl Fn(&str) -> Option<String>) -> TerminalKind {
    use std::io::IsTerminal;
    let term = var("TERM").unwrap_or_default();
    let multiplexed = super::terminal::in_tmux(&var)
        || var("STY").is_some()
        || term.starts_with("screen")
        || term.starts_with("tmux");
    let ask = !multiplexed && io::stdin().is_terminal() && io::stdout().is_terminal();
    // Asked once a process: `doctor` wants the terminal twice.
    static ANSWER: std::sync::OnceLock<Option<Vec<u8>>> = std::sync::OnceLock::new();
    super::terminal::detect_checked(&var, || {
        ANSWER
            .get_or_init(|| {
                ask.then(|| {
                    with_raw_mode(|| ask_terminal(super::konsole::WHO, ANSWER_TIMEOUT).ok())
                })
                .flatten()
            })
            .clone()
    })
}

/// What mlterm says of its own bidi and shaping, asked only when it is
/// the terminal and `bidi` is `auto`, and standard input is the terminal.
pub fn mlterm_ctl(setting: BidiSetting, kind: TerminalKind) -> Option<bool> {
    use std::io::IsTerminal;
    if setting != BidiSetting::Auto || kind != TerminalKind::Mlterm || !io::stdin().is_terminal() {
        return None;
    }
    let env = |name: &str| std::env::var(name).ok();
    with_raw_mode(|| super::mlterm::query_ctl(env, ANSWER_TIMEOUT))
}

/// A terminal's background, as far as it matters for colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Light,
    Dark,
}

/// The background the theme is for: the setting, or for `auto` what
/// `ask` (the terminal's answer) says, else `COLORFGBG`, else dark.
pub fn background(
    setting: ThemeSetting,
    ask: impl FnOnce() -> Option<Background>,
    var: impl Fn(&str) -> Option<String>,
) -> Background {
    match setting {
        ThemeSetting::Light => Background::Light,
        ThemeSetting::Dark => Background::Dark,
        ThemeSetting::Auto => ask()
            .or_else(|| var("COLORFGBG").as_deref().and_then(from_colorfgbg))
            .unwrap_or(Background::Dark),
    }
}

/// `COLORFGBG` (rxvt's `fg;bg` or `fg;xpm;bg`): the last field is the
/// background's palette index; 7 and 9 to 15 are light colours.
pub fn from_colorfgbg(value: &str) -> Option<Background> {
    let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    Some(match bg {
        7 | 9..=15 => Background::Light,
        _ => Background::Dark,
    })
}

/// The answer to OSC 11 (`ESC ] 11 ; rgb:RRRR/GGGG/BBBB` ended by BEL or
/// ST), anywhere in `reply`: light when its relative luminance is over
/// one half.
pub fn from_osc11_reply(reply: &[u8]) -> Option<Background> {
    let text = String::from_utf8_lossy(reply);
    let start = text.find("]11;rgb:")? + "]11;rgb:".len();
    let rest = &text[start..];
    let end = rest
        .find(|c: char| !(c.is_ascii_hexdigit() || c == '/'))
        .unwrap_or(rest.len());
    let channels: Vec<f64> = rest[..end]
        .split('/')
        .map(|hex| {
            let digits = u32::try_from(hex.len())
                .ok()
                .filter(|n| (1..=4).contains(n))?;
            let value = u32::from_str_radix(hex, 16).ok()?;
            Some(f64::from(value) / f64::from((1u32 << (4 * digits)) - 1))
        })
        .collect::<Option<_>>()?;
    let [r, g, b] = channels[..] else {
        return None;
    };
    let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    Some(if luminance > 0.5 {
        Background::Light
    } else {
        Background::Dark
    })
}

/// Whether `reply` holds the answer to the device attributes query (`ESC [
/// ? … c`), which every terminal sends: asked after OSC 11, it says that
/// no answer to OSC 11 is coming.
fn has_device_attributes(reply: &[u8]) -> bool {
    reply.windows(3).enumerate().any(|(i, w)| {
        w == b"\x1b[?"
            && reply[i + 3..]
                .iter()
                .find(|b| !(b.is_ascii_digit() || **b == b';'))
                .is_some_and(|b| *b == b'c')
    })
}

/// Asks the terminal on standard input and output for its background, in
/// raw mode, waiting at most `timeout`. `None` when it does not say.
pub fn query_background(timeout: Duration) -> Option<Background> {
    with_raw_mode(|| {
        let reply = ask_terminal(b"\x1b]11;?\x1b\\\x1b[c", timeout);
        from_osc11_reply(&reply.ok()?)
    })
}

/// Runs `ask` with the terminal in raw mode, so that its answers are not
/// echoed and come without waiting for a newline.
pub fn with_raw_mode<T>(ask: impl FnOnce() -> Option<T>) -> Option<T> {
    use ratatui::crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    enable_raw_mode().ok()?;
    let answer = ask();
    let _ = disable_raw_mode();
    answer
}

/// Writes `query` to standard output and collects what standard input
/// sends back until the device attributes answer or `timeout`.
pub fn ask_terminal(query: &[u8], timeout: Duration) -> io::Result<Vec<u8>> {
    let mut out = io::stdout();
    out.write_all(query)?;
    out.flush()?;
    let deadline = Instant::now() + timeout;
    let mut reply = Vec::new();
    while !has_device_attributes(&reply) {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let mut poll = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(left.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd, for the duration of the call.
        let ready = unsafe { libc::poll(&mut poll, 1, millis.max(1)) };
        if ready <= 0 {
            continue;
        }
        let mut buf = [0u8; 256];
        // SAFETY: reads at most buf.len() bytes into buf.
        let n = unsafe { libc::read(libc::STDIN_FILENO, buf.as_mut_ptr().cast(), buf.len()) };
        let Ok(n) = usize::try_from(n) else { break };
        if n == 0 {
            break;
        }
        reply.extend_from_slice(&buf[..n]);
    }
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_started_from_konsole_is_taken_for_what_it_answers() {
        use super::super::terminal::detect_checked;
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let xterm_in_konsole = env(&[("KONSOLE_VERSION", "221203"), ("TERM", "xterm")]);
        let vte_in_konsole = env(&[("KONSOLE_VERSION", "221203"), ("VTE_VERSION", "7006")]);
        let xterm = || Some(b"\x1bP>|XTerm(379)\x1b\\\x1b[?64;1c".to_vec());
        let konsole = || Some(b"\x1bP>|Konsole 22.12.3\x1b\\\x1b[?62;1;4c".to_vec());
        let vte = || Some(b"\x1b[>65;7006;1c\x1b[?65;1;9c".to_vec());
        assert_eq!(detect_checked(xterm_in_konsole, xterm), TerminalKind::Other);
        assert_eq!(detect_checked(vte_in_konsole, vte), TerminalKind::Vte);
        assert_eq!(
            detect_checked(xterm_in_konsole, konsole),
            TerminalKind::Konsole
        );
        // No answer: the environment is believed.
        assert_eq!(
            detect_checked(xterm_in_konsole, || None),
            TerminalKind::Konsole
        );
        // Not Konsole by its environment: nothing is asked.
        let asked = std::cell::Cell::new(false);
        let kind = detect_checked(env(&[("VTE_VERSION", "7006")]), || {
            asked.set(true);
            None
        });
        assert_eq!((kind, asked.get()), (TerminalKind::Vte, false));
    }

    #[test]
    fn konsole_and_mlterm_get_their_switches_unless_told_otherwise() {
        use BidiSetting::*;
        use TerminalKind::*;
        assert_eq!(row_output(Auto, Konsole, None), RowOutput::KonsoleBidiOff);
        assert_eq!(row_output(Auto, Vte, None), RowOutput::Visual);
        assert_eq!(row_output(Auto, Other, None), RowOutput::Visual);
        assert_eq!(row_output(Qari, Konsole, None), RowOutput::KonsoleAsIs);
        assert_eq!(row_output(Terminal, Other, None), RowOutput::Guarded);
        let on = Some(true);
        assert_eq!(row_output(Auto, Mlterm, on), RowOutput::MltermCtlOff);
        assert_eq!(row_output(Auto, Mlterm, Some(false)), RowOutput::Visual);
        assert_eq!(row_output(Auto, Mlterm, None), RowOutput::Visual);
        assert_eq!(row_output(Qari, Mlterm, on), RowOutput::Visual);
    }

    #[test]
    fn osc11_answers_in_any_precision() {
        let white = b"\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[?64;1c";
        assert_eq!(from_osc11_reply(white), Some(Background::Light));
        let black = b"\x1b]11;rgb:0000/0000/0000\x07";
        assert_eq!(from_osc11_reply(black), Some(Background::Dark));
        // Solarized light's base3, two digits a channel.
        assert_eq!(
            from_osc11_reply(b"\x1b]11;rgb:fd/f6/e3\x07"),
            Some(Background::Light)
        );
        assert_eq!(
            from_osc11_reply(b"\x1b]11;rgb:30/0a/24\x07"),
            Some(Background::Dark)
        );
        assert_eq!(from_osc11_reply(b"\x1b[?62;c"), None);
        assert_eq!(from_osc11_reply(b"\x1b]11;rgb:zz/00/00\x07"), None);
    }

    #[test]
    fn the_device_attributes_answer_ends_the_wait() {
        assert!(has_device_attributes(b"\x1b]11;rgb:0/0/0\x07\x1b[?62;22c"));
        assert!(has_device_attributes(b"\x1b[?1;2c"));
        assert!(!has_device_attributes(b"\x1b]11;rgb:0/0/0\x07\x1b[?62;2"));
    }

    #[test]
    fn colorfgbg_and_the_setting_decide_when_the_terminal_does_not_say() {
        let none = |_: &str| None;
        let env = |v: &'static str| move |name: &str| (name == "COLORFGBG").then(|| v.to_string());
        assert_eq!(from_colorfgbg("0;15"), Some(Background::Light));
        assert_eq!(from_colorfgbg("15;0"), Some(Background::Dark));
        assert_eq!(from_colorfgbg("0;default;7"), Some(Background::Light));
        assert_eq!(from_colorfgbg("default;default"), None);
        let auto = ThemeSetting::Auto;
        assert_eq!(background(auto, || None, env("0;15")), Background::Light);
        assert_eq!(background(auto, || None, none), Background::Dark);
        let asked = || Some(Background::Dark);
        assert_eq!(background(auto, asked, env("0;15")), Background::Dark);
        let light = ThemeSetting::Light;
        assert_eq!(background(light, asked, none), Background::Light);
    }
}
