//! The terminal user interface: event -> Action -> update(State) -> draw.
//!
//! The loop is generic over ratatui's `Backend` and over where events come
//! from, so tests run the real app on a `TestBackend` with scripted events.

pub mod action;
pub mod cache;
pub mod effects;
mod find;
pub mod geometry;
pub mod hints;

pub mod isolate;
pub mod keymap;
pub mod marks;
pub mod persist;
mod rows;
pub mod settings;
pub mod share;
pub mod signals;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod ui;
pub mod update;
mod views;

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

pub use action::Action;
pub use effects::Effect;
pub use state::State;
pub use update::update;

/// What an event source has next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Event(Event),
    /// Nothing happened for a while: a chance to check the stop flag.
    Idle,
    /// No more events will come.
    Closed,
}

pub trait EventSource {
    fn next(&mut self) -> io::Result<Next>;
}

/// Scripted events, for tests and benchmarks; closed when they run out.
impl EventSource for std::collections::VecDeque<Event> {
    fn next(&mut self) -> io::Result<Next> {
        Ok(self.pop_front().map_or(Next::Closed, Next::Event))
    }
}

/// The actions an event stands for in the state's current mode.
pub fn actions_for(state: &State, event: &Event) -> Vec<Action> {
    match event {
        Event::Key(key) => state.keymap.action(state.mode(), key).into_iter().collect(),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            match mouse.kind {
                MouseEventKind::ScrollDown => vec![Action::Wheel {
                    column,
                    row,
                    down: true,
                }],
                MouseEventKind::ScrollUp => vec![Action::Wheel {
                    column,
                    row,
                    down: false,
                }],
                MouseEventKind::Down(MouseButton::Left) => vec![Action::Click { column, row }],
                _ => Vec::new(),
            }
        }
        Event::Resize(width, height) => vec![Action::Resize {
            width: *width,
            height: *height,
        }],
        // Pasted text goes to the search line; elsewhere it means nothing.
        Event::Paste(text) if state.overlay == state::Overlay::Search => text
            .chars()
            .filter(|c| !c.is_control())
            .map(Action::Input)
            .collect(),
        _ => Vec::new(),
    }
}

/// When this variable is set, the reader panics right after drawing its
/// first frame: the end-to-end tests use it to show that a panic gives the
/// terminal back (screen, raw mode, mouse, bidi mode) before its message.
pub const PANIC_AFTER_FIRST_FRAME: &str = "QARI_PANIC_AFTER_FIRST_FRAME";

/// When this variable is set, the loop stops turning for a minute after it
/// draws a frame while the reading state has unsaved changes, as under a
/// long layout: the end-to-end tests use it to show that a signal gives the
/// terminal back and saves those changes while the loop is busy.
pub const STALL_WITH_UNSAVED_CHANGES: &str = "QARI_STALL_WITH_UNSAVED_CHANGES";

/// Runs the reader until it quits, the events end, or `stop` is raised,
/// then writes the reading state. A lost terminal (closed window, hangup)
/// ends the loop with an error: the state is written then too.
pub fn run<B>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    events: &mut impl EventSource,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B: Backend + terminal::TerminalStream,
    B::Error: Send + Sync + 'static,
{
    let result = run_loop(terminal, state, events, stop);
    match (result, persist::finish(state)) {
        (Err(lost), Err(unsaved)) => Err(anyhow::anyhow!("{lost:#}; {unsaved:#}")),
        (result, saved) => result.and(saved),
    }
}

fn run_loop<B>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    events: &mut impl EventSource,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B: Backend + terminal::TerminalStream,
    B::Error: Send + Sync + 'static,
{
    let mut dirty = true;
    let mut saving = persist::Persist::default();
    let panic_after_frame = std::env::var_os(PANIC_AFTER_FIRST_FRAME).is_some();
    let stall = std::env::var_os(STALL_WITH_UNSAVED_CHANGES).is_some();
    let mut offered = None;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if signals::take_redraw() {
            // The terminal was someone else's while qari was stopped, and
            // was cleared on taking it back: with both buffers empty, the
            // next frame is drawn whole. (`Terminal::clear` would ask the
            // terminal where its cursor is, an answer the event thread
            // takes.)
            terminal.swap_buffers();
            dirty = true;
        }
        let size = terminal.size()?;
        if (size.width, size.height) != state.size {
            let (width, height) = (size.width, size.height);
            update(state, Action::Resize { width, height });
            dirty = true;
        }
        if dirty {
            terminal.draw(|frame| ui::draw(state, frame))?;
            dirty = false;
            if panic_after_frame {
                panic!("{PANIC_AFTER_FIRST_FRAME} is set: a panic after the first frame");
            }
            if stall && state.store.is_dirty() {
                std::thread::sleep(std::time::Duration::from_secs(60));
            }
        }
        let event = match events.next()? {
            Next::Event(event) => event,
            Next::Idle => {
                dirty |= saving.tick(state, std::time::Instant::now());
                persist::offer_rescue(state, &mut offered);
                continue;
            }
            Next::Closed => return Ok(()),
        };
        if let Event::Resize(..) = event {
            terminal.autoresize()?;
        }
        for action in actions_for(state, &event) {
            dirty = true;
            match update(state, action) {
                Some(Effect::Quit) => return Ok(()),
                Some(effect) => {
                    share::perform::run(state, effect, terminal.backend_mut().stream());
                }
                None => {}
            }
        }
        dirty |= saving.tick(state, std::time::Instant::now());
        persist::offer_rescue(state, &mut offered);
    }
}
