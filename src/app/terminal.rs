//! The real terminal: raw mode, alternate screen, mouse, and the bidi mode
//! switch, all undone on quit, on error, on panic and on SIGTERM.

use std::io::{self, Stdout, Write, stdout};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use super::{EventSource, Next};

/// ECMA-48 BDSM, explicit mode: the terminal draws cells as given instead
/// of reordering them (VTE honours it; others ignore it).
pub const BIDI_EXPLICIT: &str = "\x1b[8l";
/// Back to the terminal's implicit (reordering) mode.
pub const BIDI_IMPLICIT: &str = "\x1b[8h";

/// The bidi mode switch for the terminal, and inside tmux also wrapped for
/// the terminal around it (tmux forwards it with `allow-passthrough on`
/// and drops it otherwise).
pub fn bidi_mode(explicit: bool, tmux: bool) -> String {
    let switch = if explicit {
        BIDI_EXPLICIT
    } else {
        BIDI_IMPLICIT
    };
    if tmux {
        format!("{switch}\x1bPtmux;\x1b{switch}\x1b\\")
    } else {
        switch.to_string()
    }
}

fn in_tmux_now() -> bool {
    in_tmux(|name| std::env::var(name).ok())
}

pub type CrosstermTerminal = Terminal<CrosstermBackend<Stdout>>;

/// Takes over the terminal. Call `restore` when done; a panic restores it
/// through the hook installed here before the panic message is printed.
pub fn enter() -> io::Result<CrosstermTerminal> {
    install_panic_hook();
    let entered = take_over();
    if entered.is_err() {
        // Whatever part of the set-up worked is undone.
        let _ = restore();
    }
    entered
}

fn take_over() -> io::Result<CrosstermTerminal> {
    enable_raw_mode()?;
    let mut out = stdout();
    execute!(out, EnterAlternateScreen)?;
    // Explicit mode first, so nothing drawn afterwards is reordered.
    out.write_all(bidi_mode(true, in_tmux_now()).as_bytes())?;
    execute!(out, Clear(ClearType::All), EnableMouseCapture, cursor::Hide)?;
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Gives the terminal back as it was. Safe to call more than once.
pub fn restore() -> io::Result<()> {
    // Raw mode first: it has the most side effects if left on.
    let raw = disable_raw_mode();
    let mut out = stdout();
    let screen = execute!(out, DisableMouseCapture, cursor::Show)
        .and_then(|()| out.write_all(bidi_mode(false, in_tmux_now()).as_bytes()))
        .and_then(|()| execute!(out, LeaveAlternateScreen));
    raw.and(screen)
}

/// Restores the terminal, then lets the previous hook print the panic.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore();
        previous(info);
    }));
}

/// A flag raised by SIGTERM or SIGHUP, which the loop checks between events.
///
/// Once the terminal is gone (SIGHUP: a closed window, a dropped ssh
/// connection), crossterm 0.29 spins inside `event::poll` on a tty that
/// reads nothing, never returning to the loop (crossterm-rs/crossterm#793).
/// So a watcher gives the loop a moment to stop cleanly and then ends the
/// process, rather than leave it burning a core with no terminal.
pub fn stop_flag() -> io::Result<Arc<AtomicBool>> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let flag = Arc::new(AtomicBool::new(false));
    for signal in [SIGTERM, SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&flag))?;
    }
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            std::thread::sleep(Duration::from_secs(1));
            std::process::exit(128 + signal);
        }
    });
    Ok(flag)
}

/// Terminal events from crossterm, waking up regularly to check the stop flag.
pub struct CrosstermEvents;

impl EventSource for CrosstermEvents {
    fn next(&mut self) -> io::Result<Next> {
        if event::poll(Duration::from_millis(200))? {
            Ok(Next::Event(event::read()?))
        } else {
            Ok(Next::Idle)
        }
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

/// Whether we run inside tmux (which passes our cells through unchanged).
pub fn in_tmux(var: impl Fn(&str) -> Option<String>) -> bool {
    var("TMUX").is_some_and(|v| !v.is_empty())
}
