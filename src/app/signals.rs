//! One path for every signal that ends or suspends the reader.
//!
//! SIGINT, SIGTERM, SIGHUP and SIGQUIT raise the stop flag the loop checks
//! between events; the loop then saves the state and the terminal is given
//! back as on quit. A loop that is busy (a long layout) or stuck (crossterm
//! spinning on a hung-up tty, crossterm-rs/crossterm#793) does not turn, so
//! the signal thread does not wait on it for long: it gives the terminal
//! back itself, writes the last reading state the loop published, and ends
//! the process. SIGTSTP gives the terminal back and stops; SIGCONT takes
//! it again and asks the loop for a full redraw.

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

use crate::state::StateData;

/// How long the loop has to stop by itself before the signal thread does
/// its work for it.
pub const GRACE: Duration = Duration::from_millis(500);

/// The reading state as the loop last left it, for the signal thread to
/// write when the loop cannot: the file and its data.
static RESCUE: Mutex<Option<(PathBuf, StateData)>> = Mutex::new(None);

/// Raised by SIGCONT: the terminal was someone else's meanwhile, and every
/// cell must be drawn again.
static REDRAW: AtomicBool = AtomicBool::new(false);

/// Whether qari holds the terminal now (between `enter` and `restore`):
/// SIGCONT only takes back a terminal qari had.
static HOLDS_TERMINAL: AtomicBool = AtomicBool::new(false);

/// Watches the signals; returns the stop flag the loop checks.
pub fn install() -> io::Result<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    let ending = [SIGINT, SIGTERM, SIGHUP, SIGQUIT];
    for signal in ending {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut signals =
        signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT])?;
    std::thread::spawn(move || {
        for signal in signals.forever() {
            match signal {
                SIGTSTP => suspend(),
                SIGCONT => take_back(),
                _ => {
                    std::thread::sleep(GRACE);
                    end(signal);
                }
            }
        }
    });
    Ok(stop)
}

/// The loop is still running after the grace: the terminal is given back
/// and the state written from here, and the process ends as the signal
/// asked.
fn end(signal: i32) -> ! {
    let _ = super::terminal::restore();
    let rescue = RESCUE.lock().ok().and_then(|mut r| r.take());
    if let Some((path, data)) = rescue
        && let Err(err) = crate::state::write_atomic(&path, &data.to_json())
    {
        eprintln!(
            "qari: could not save the reading state to {}: {err}",
            crate::article::sanitize::inline(&path.to_string_lossy())
        );
    }
    std::process::exit(128 + signal);
}

/// SIGTSTP: the terminal as it was, then stop as the signal would have.
fn suspend() {
    if HOLDS_TERMINAL.load(Ordering::SeqCst) {
        let _ = super::terminal::restore();
        HOLDS_TERMINAL.store(true, Ordering::SeqCst);
    }
    let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
}

/// Ctrl-Z in the reader: what SIGTSTP from outside does, from the loop's
/// thread, so nothing is drawn between giving the terminal back and
/// stopping. Returns once continued (`fg`) and the signal thread has taken
/// the terminal back on SIGCONT (the loop then redraws). Does nothing when
/// qari holds no terminal (a test's backend).
pub fn suspend_from_loop() {
    if !HOLDS_TERMINAL.load(Ordering::SeqCst) {
        return;
    }
    suspend();
    // The signal thread takes the terminal back on SIGCONT; the loop waits
    // for that (a moment) rather than draw on the shell's screen.
    let until = std::time::Instant::now() + GRACE;
    while !REDRAW.load(Ordering::SeqCst) && std::time::Instant::now() < until {
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// SIGCONT: the terminal taken again, and a full redraw asked for.
fn take_back() {
    if HOLDS_TERMINAL.load(Ordering::SeqCst) {
        let _ = super::terminal::take_back();
        REDRAW.store(true, Ordering::SeqCst);
    }
}

/// Called by `terminal` when it takes or gives back the terminal.
pub(super) fn holds_terminal(holds: bool) {
    HOLDS_TERMINAL.store(holds, Ordering::SeqCst);
}

/// Whether the screen must be drawn again from scratch (after SIGCONT).
pub fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

/// The loop's latest reading state, written if a signal ends the process
/// while the loop is busy. Only a state this process may write is given.
pub fn publish(path: PathBuf, data: StateData) {
    if let Ok(mut rescue) = RESCUE.lock() {
        *rescue = Some((path, data));
    }
}

/// Nothing left to rescue: the state was saved, or may not be written.
pub fn withdraw() {
    if let Ok(mut rescue) = RESCUE.lock() {
        *rescue = None;
    }
}
