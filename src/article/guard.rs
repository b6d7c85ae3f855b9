//! A fault in qari's own reading of one file costs that file, reported,
//! not the whole load: a library of thousands of saved pages must not
//! lose them all, or the terminal, to one page that trips a rule.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Whether this thread is inside [`run`], whose caller reports the
    /// fault itself: the panic hook then keeps quiet.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
}

/// What went wrong inside [`run`]: the fault's own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault(pub String);

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs `work`, turning a panic inside it into a [`Fault`].
pub fn run<T>(work: impl FnOnce() -> T) -> Result<T, Fault> {
    let outer = GUARDED.with(|g| g.replace(true));
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    GUARDED.with(|g| g.set(outer));
    result.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown fault".to_owned());
        // The message may quote the file's text, escape sequences and all.
        Fault(super::sanitize::inline(&message))
    })
}

/// Whether a panic now would be caught and reported by [`run`]'s caller,
/// so that a panic hook neither prints it nor tears the screen down.
pub fn is_guarded() -> bool {
    GUARDED.with(Cell::get)
}

/// Installs a panic hook that leaves guarded panics to their caller and
/// prints the others as before.
pub fn install_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !is_guarded() {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_inside_is_a_fault_with_its_message() {
        let fault = run(|| -> u8 { panic!("index 9 is out of range") }).unwrap_err();
        assert_eq!(fault.0, "index 9 is out of range");
        let formatted = run(|| -> u8 { panic!("byte {} is not a boundary", 7) }).unwrap_err();
        assert_eq!(formatted.to_string(), "byte 7 is not a boundary");
    }

    #[test]
    fn a_faults_message_quoting_the_file_is_sanitized() {
        let fault = run(|| -> u8 { panic!("inside `\u{1b}[2Jتعليق`") }).unwrap_err();
        assert!(!fault.0.contains('\u{1b}'), "{:?}", fault.0);
        assert!(fault.0.contains("تعليق"));
    }

    #[test]
    fn work_that_returns_is_left_alone_and_the_guard_is_lifted() {
        assert_eq!(run(|| 41 + 1), Ok(42));
        assert!(!is_guarded());
        let _ = run(|| -> () { panic!("x") });
        assert!(!is_guarded(), "the guard stays up after a fault");
    }

    #[test]
    fn a_guard_inside_a_guard_leaves_the_outer_one_up() {
        let outer = run(|| {
            let inner = run(|| -> () { panic!("inner") });
            (inner.is_err(), is_guarded())
        });
        assert_eq!(outer, Ok((true, true)));
    }
}
