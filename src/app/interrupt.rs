//! Stopping long work from the keyboard.
//!
//! Laying out or searching a huge article runs inside one turn of the
//! loop, so the keys that stop it (Esc, Ctrl-C) cannot wait for the next
//! turn: the work asks the event source between chunks whether one came.
//! A key that stopped work is taken, so it does not also act afterwards
//! (Esc closing the pane, Ctrl-C quitting).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::{EventSource, Next};

/// Whether an event asks to stop long work: Esc or Ctrl-C pressed.
pub fn is_stop_key(event: &Event) -> bool {
    let Event::Key(key) = event else {
        return false;
    };
    key.kind != KeyEventKind::Release
        && match key.code {
            KeyCode::Esc => true,
            KeyCode::Char('c') => key.modifiers.contains(KeyModifiers::CONTROL),
            _ => false,
        }
}

/// Asks whether a stop key came since the work began, taking it if so.
/// The default never stops anything.
#[derive(Clone, Default)]
pub struct Interrupt(Option<Rc<dyn Fn() -> bool>>);

impl Interrupt {
    pub fn new(check: impl Fn() -> bool + 'static) -> Interrupt {
        Interrupt(Some(Rc::new(check)))
    }

    /// Whether the user asked to stop: long work calls this between chunks.
    pub fn requested(&self) -> bool {
        self.0.as_ref().is_some_and(|check| check())
    }
}

impl std::fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Interrupt(watching)"
        } else {
            "Interrupt(never)"
        })
    }
}

/// Scripted events whose stop keys can stop long work: the next event,
/// when it is one, is taken by the work running while it is next.
#[derive(Debug, Clone, Default)]
pub struct Scripted(Rc<RefCell<VecDeque<Event>>>);

impl Scripted {
    pub fn new(events: impl IntoIterator<Item = Event>) -> Scripted {
        Scripted(Rc::new(RefCell::new(events.into_iter().collect())))
    }

    /// Events not yet read.
    pub fn left(&self) -> usize {
        self.0.borrow().len()
    }
}

impl EventSource for Scripted {
    fn next(&mut self) -> io::Result<Next> {
        Ok(self
            .0
            .borrow_mut()
            .pop_front()
            .map_or(Next::Closed, Next::Event))
    }

    fn interrupt(&self) -> Interrupt {
        let events = Rc::clone(&self.0);
        Interrupt::new(move || {
            let mut events = events.borrow_mut();
            let stop = events.front().is_some_and(is_stop_key);
            if stop {
                events.pop_front();
            }
            stop
        })
    }
}

/// Stop keys between the thread reading the terminal and the loop: how
/// many are on their way to the loop, and how many of those long work has
/// taken (the loop then drops them on arrival).
#[derive(Debug, Default)]
pub struct StopKeys {
    coming: usize,
    taken: usize,
}

pub type SharedStopKeys = Arc<Mutex<StopKeys>>;

/// Called by the reading thread before it sends `event` on.
pub fn sending(keys: &SharedStopKeys, event: &Event) {
    if is_stop_key(event)
        && let Ok(mut keys) = keys.lock()
    {
        keys.coming += 1;
    }
}

/// Called by the loop's side on receiving `event`: false when long work
/// already took it.
pub fn arrived(keys: &SharedStopKeys, event: &Event) -> bool {
    if !is_stop_key(event) {
        return true;
    }
    let Ok(mut keys) = keys.lock() else {
        return true;
    };
    keys.coming = keys.coming.saturating_sub(1);
    if keys.taken > 0 {
        keys.taken -= 1;
        return false;
    }
    true
}

/// The check long work makes: takes a stop key that is on its way.
pub fn watching(keys: &SharedStopKeys) -> Interrupt {
    let keys = Arc::clone(keys);
    Interrupt::new(move || {
        keys.lock().is_ok_and(|mut keys| {
            let waiting = keys.coming > keys.taken;
            if waiting {
                keys.taken += 1;
            }
            waiting
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEvent;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn esc_and_ctrl_c_stop_and_are_taken() {
        let esc = key(KeyCode::Esc, KeyModifiers::NONE);
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(!is_stop_key(&key(KeyCode::Char('c'), KeyModifiers::NONE)));
        let mut events = Scripted::new([j.clone(), esc, ctrl_c]);
        let interrupt = events.interrupt();
        assert!(!interrupt.requested(), "j is next");
        assert_eq!(events.next().ok(), Some(Next::Event(j)));
        assert!(interrupt.requested(), "Esc");
        assert!(interrupt.requested(), "Ctrl-C");
        assert!(!interrupt.requested());
        assert_eq!(events.next().ok(), Some(Next::Closed));
    }

    #[test]
    fn a_key_taken_from_the_terminal_thread_is_dropped_on_arrival() {
        let keys = SharedStopKeys::default();
        let esc = key(KeyCode::Esc, KeyModifiers::NONE);
        let interrupt = watching(&keys);
        assert!(!interrupt.requested(), "nothing came");
        sending(&keys, &esc);
        sending(&keys, &esc);
        assert!(interrupt.requested());
        assert!(!arrived(&keys, &esc), "the first Esc stopped the work");
        assert!(arrived(&keys, &esc), "the second acts as Esc");
        assert!(!interrupt.requested());
    }
}
