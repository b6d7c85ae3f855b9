//! The loop's side of the reading state: the only place the reader writes
//! it. `update` changes the store in memory; these run between events.

use std::time::Instant;

use crate::state::{StateError, unix_now};

use super::state::{MessageKind, State};

/// What the loop remembers between calls.
#[derive(Debug, Default)]
pub struct Persist {
    /// The article open at the last call, to notice a newly opened one.
    opened: Option<usize>,
    /// The last write error shown, so a failing disk is not reported on
    /// every tick.
    reported: Option<String>,
}

impl Persist {
    /// Stamps a newly opened article and writes the state once its changes
    /// have waited the debounce. Returns whether the screen needs redrawing.
    pub fn tick(&mut self, state: &mut State, now: Instant) -> bool {
        if state.reader.article != self.opened {
            self.opened = state.reader.article;
            if let Some(id) = state.open_article().map(|a| a.id.clone()) {
                state.store.mark_opened(&id, unix_now());
            }
        }
        match state.store.flush_if_due(now) {
            Ok(_) => {
                self.reported = None;
                false
            }
            Err(err) => self.report(state, err),
        }
    }

    fn report(&mut self, state: &mut State, err: StateError) -> bool {
        let text = err.to_string();
        if self.reported.as_deref() == Some(text.as_str()) {
            return false;
        }
        self.reported = Some(text.clone());
        state.message = Some((text, MessageKind::Warning));
        true
    }
}

/// On the way out (quit, SIGTERM, end of events): write what is left.
pub fn finish(state: &mut State) -> anyhow::Result<()> {
    state.store.flush()?;
    Ok(())
}
