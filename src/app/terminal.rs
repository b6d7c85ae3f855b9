//! The real terminal: raw mode, alternate screen, mouse, and the bidi mode
//! switch, all undone on quit, on error, on panic and on signals.

use std::io::{self, Stdout, Write, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use super::guard::{GuardedBackend, RowOutput};
use super::{EventSource, Next, interrupt};
use crate::share::osc52;

/// ECMA-48 BDSM, explicit mode: the terminal draws cells as given instead
/// of reordering them (VTE honours it; others ignore it).
pub const BIDI_EXPLICIT: &str = "\x1b[8l";
/// Back to the terminal's implicit (reordering) mode.
pub const BIDI_IMPLICIT: &str = "\x1b[8h";

/// The bidi mode switch for the terminal, and inside tmux also wrapped for
/// the terminal around it (tmux forwards it with `allow-passthrough on`
/// and drops it otherwise).
pub fn bidi_mode(explicit: bool, tmux: bool) -> String {
    for_terminal(
        if explicit {
            BIDI_EXPLICIT
        } else {
            BIDI_IMPLICIT
        },
        tmux,
    )
}

/// `sequence` for the terminal, and inside tmux also wrapped for the
/// terminal around it (tmux forwards it with `allow-passthrough on` and
/// drops it otherwise).
pub fn for_terminal(sequence: &str, tmux: bool) -> String {
    if tmux {
        format!("{sequence}{}", tmux_passthrough(sequence))
    } else {
        sequence.to_string()
    }
}

/// The OSC 52 sequence that puts `text` on the clipboard, and inside tmux
/// also wrapped for the terminal around it. tmux with `set-clipboard on`
/// takes the plain sequence into its paste buffer (and hands it on to a
/// terminal that can take it); with `set-clipboard external`, its default,
/// it ignores a program's OSC 52, and only the wrapped copy, let through by
/// `allow-passthrough on`, reaches the terminal. Where both get through the
/// clipboard is set twice to the same text.
pub fn clipboard(text: &str, tmux: bool) -> String {
    let plain = osc52::sequence(text);
    if tmux {
        let wrapped = tmux_passthrough(&plain);
        plain + &wrapped
    } else {
        plain
    }
}

/// `sequence` in tmux's passthrough escape, which hands it on to the
/// terminal tmux runs in: `ESC P tmux; ... ESC \`, every ESC inside doubled.
fn tmux_passthrough(sequence: &str) -> String {
    format!("\x1bPtmux;{}\x1b\\", sequence.replace('\x1b', "\x1b\x1b"))
}

/// Whether this process runs inside tmux, from its environment.
pub fn in_tmux_now() -> bool {
    in_tmux(|name| std::env::var(name).ok())
}

/// A backend that also takes bytes for the terminal itself, besides cells:
/// the loop writes the clipboard's OSC 52 through it, so the bytes go down
/// the same stream as the frames, between two of them.
pub trait TerminalStream {
    /// The stream to the terminal; `None` when there is no terminal behind
    /// the backend.
    fn stream(&mut self) -> Option<&mut dyn Write>;
}

impl<W: Write> TerminalStream for CrosstermBackend<W> {
    fn stream(&mut self) -> Option<&mut dyn Write> {
        Some(self)
    }
}

/// Tests draw into a buffer: there is no terminal to copy through.
impl TerminalStream for TestBackend {
    fn stream(&mut self) -> Option<&mut dyn Write> {
        None
    }
}

pub type CrosstermTerminal = Terminal<GuardedBackend<CrosstermBackend<Stdout>>>;

/// Takes over the terminal, drawing rows as `output` says. Call `restore`
/// when done; a panic restores it through the hook installed here before
/// the panic message is printed.
pub fn enter(output: RowOutput) -> io::Result<CrosstermTerminal> {
    install_panic_hook();
    match output {
        RowOutput::MltermCtlOff => MLTERM_CTL_WAS_ON.store(true, Ordering::Relaxed),
        RowOutput::KonsoleBidiOff => KONSOLE_BIDI_OFF.store(true, Ordering::Relaxed),
        _ => {}
    }
    let entered = take_over(output);
    if entered.is_err() {
        // Whatever part of the set-up worked is undone.
        let _ = restore();
    }
    entered
}

fn take_over(output: RowOutput) -> io::Result<CrosstermTerminal> {
    take_back()?;
    Terminal::new(GuardedBackend::new(CrosstermBackend::new(stdout()), output))
}

/// Whether mlterm's own bidi and shaping were found on and are switched off
/// while qari holds the terminal (and back on whenever it lets go).
static MLTERM_CTL_WAS_ON: AtomicBool = AtomicBool::new(false);

/// Whether Konsole's bidi rendering is switched off while qari holds the
/// terminal (and back on whenever it lets go).
static KONSOLE_BIDI_OFF: AtomicBool = AtomicBool::new(false);

/// Raw mode, the alternate screen cleared, bidi explicit mode, the mouse,
/// the cursor hidden: on start, and again after a stop (SIGCONT).
pub fn take_back() -> io::Result<()> {
    enable_raw_mode()?;
    super::signals::holds_terminal(true);
    let mut out = stdout();
    execute!(out, EnterAlternateScreen)?;
    // Explicit mode first, so nothing drawn afterwards is reordered.
    out.write_all(bidi_mode(true, in_tmux_now()).as_bytes())?;
    if MLTERM_CTL_WAS_ON.load(Ordering::Relaxed) {
        out.write_all(super::mlterm::CTL_OFF.as_bytes())?;
    }
    if KONSOLE_BIDI_OFF.load(Ordering::Relaxed) {
        out.write_all(super::konsole::bidi_rendering(false, in_tmux_now()).as_bytes())?;
    }
    execute!(out, Clear(ClearType::All), EnableMouseCapture, cursor::Hide)
}

/// Gives the terminal back as it was. Safe to call more than once, and
/// from the signal thread while the loop is busy.
pub fn restore() -> io::Result<()> {
    super::signals::holds_terminal(false);
    // Raw mode first: it has the most side effects if left on.
    let raw = disable_raw_mode();
    let mut out = stdout();
    let screen = execute!(out, DisableMouseCapture, cursor::Show)
        .and_then(|()| out.write_all(bidi_mode(false, in_tmux_now()).as_bytes()))
        .and_then(|()| match MLTERM_CTL_WAS_ON.load(Ordering::Relaxed) {
            true => out.write_all(super::mlterm::CTL_ON.as_bytes()),
            false => Ok(()),
        })
        .and_then(|()| match KONSOLE_BIDI_OFF.load(Ordering::Relaxed) {
            true => out.write_all(super::konsole::bidi_rendering(true, in_tmux_now()).as_bytes()),
            false => Ok(()),
        })
        .and_then(|()| execute!(out, LeaveAlternateScreen));
    raw.and(screen)
}

/// Restores the terminal, then lets the previous hook print the panic.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // A file's fault is reported as a problem and reading goes on.
        if crate::article::guard::is_guarded() {
            return;
        }
        let _ = restore();
        previous(info);
    }));
}

/// The flag SIGINT, SIGTERM, SIGHUP and SIGQUIT raise, which the loop
/// checks between events; see `signals` for what happens when the loop is
/// too busy to see it.
///
/// Once the terminal is gone (SIGHUP: a closed window, a dropped ssh
/// connection), crossterm 0.29 spins inside `event::read` on a tty that
/// reads nothing (crossterm-rs/crossterm#793); `CrosstermEvents` keeps that
/// off the loop's thread.
pub fn stop_flag() -> io::Result<Arc<AtomicBool>> {
    super::signals::install()
}

/// Terminal events from crossterm, read on a thread of their own: the loop
/// wakes up regularly to check the stop flag and save the reading state
/// even once crossterm spins on a hung-up tty and never returns.
pub struct CrosstermEvents {
    events: mpsc::Receiver<io::Result<Event>>,
    /// Esc and Ctrl-C on their way, which long work may take.
    stops: interrupt::SharedStopKeys,
}

impl CrosstermEvents {
    pub fn spawn() -> CrosstermEvents {
        // Bounded: the thread reads ahead of the loop by a few events only.
        let (sender, events) = mpsc::sync_channel(64);
        let stops = interrupt::SharedStopKeys::default();
        let counted = Arc::clone(&stops);
        std::thread::spawn(move || {
            loop {
                let event = event::read();
                if let Ok(event) = &event {
                    interrupt::sending(&counted, event);
                }
                let failed = event.is_err();
                if sender.send(event).is_err() || failed {
                    break;
                }
            }
        });
        CrosstermEvents { events, stops }
    }
}

impl EventSource for CrosstermEvents {
    fn next(&mut self) -> io::Result<Next> {
        match self.events.recv_timeout(Duration::from_millis(200)) {
            // A stop key long work took has done its job.
            Ok(Ok(event)) if !interrupt::arrived(&self.stops, &event) => Ok(Next::Idle),
            Ok(Ok(event)) => Ok(Next::Event(event)),
            Ok(Err(err)) => Err(err),
            Err(mpsc::RecvTimeoutError::Timeout) => Ok(Next::Idle),
            Err(mpsc::RecvTimeoutError::Disconnected) => Ok(Next::Closed),
        }
    }

    fn interrupt(&self) -> interrupt::Interrupt {
        interrupt::watching(&self.stops)
    }
}

/// The terminal we run in, as far as its environment tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalKind {
    Vte,
    Konsole,
    Kitty,
    WezTerm,
    Mlterm,
    Other,
}

/// Detects the terminal from environment variables (`var` reads one).
pub fn detect(var: impl Fn(&str) -> Option<String>) -> TerminalKind {
    let term = var("TERM").unwrap_or_default();
    let program = var("TERM_PROGRAM").unwrap_or_default();
    if var("KONSOLE_VERSION").is_some() {
        TerminalKind::Konsole
    } else if var("MLTERM").is_some() || term.starts_with("mlterm") {
        TerminalKind::Mlterm
    } else if var("KITTY_WINDOW_ID").is_some() || term == "xterm-kitty" {
        TerminalKind::Kitty
    } else if program == "WezTerm" || var("WEZTERM_EXECUTABLE").is_some() {
        TerminalKind::WezTerm
    } else if var("VTE_VERSION").is_some() {
        TerminalKind::Vte
    } else {
        TerminalKind::Other
    }
}

/// The terminal as its environment tells, where that says Konsole checked
/// against `ask`, the terminal's answer to `konsole::WHO`: a terminal
/// started from Konsole (xterm, a VTE terminal) inherits `KONSOLE_VERSION`,
/// and is then taken for what the rest of its environment says. Without an
/// answer it stays Konsole.
pub fn detect_checked(
    var: impl Fn(&str) -> Option<String>,
    ask: impl FnOnce() -> Option<Vec<u8>>,
) -> TerminalKind {
    let kind = detect(&var);
    if kind != TerminalKind::Konsole {
        return kind;
    }
    match ask()
        .as_deref()
        .and_then(super::konsole::answered_by_konsole)
    {
        Some(false) => detect(|name| (name != "KONSOLE_VERSION").then(|| var(name)).flatten()),
        _ => kind,
    }
}

/// Whether we run inside tmux (which passes our cells through unchanged).
pub fn in_tmux(var: impl Fn(&str) -> Option<String>) -> bool {
    var("TMUX").is_some_and(|v| !v.is_empty())
}
