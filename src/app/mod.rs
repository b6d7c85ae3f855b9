//! The terminal user interface: each turn, event -> Action ->
//! `update(model, runtime, action)` -> effects the loop runs; then
//! `view(model, runtime)` -> `ui::draw(frame, view, theme)`.
//!
//! The loop is generic over ratatui's `Backend` and over where events come
//! from, so tests run the real app on a `TestBackend` with scripted events.

pub mod action;
pub mod archiving;
pub mod bodies;
pub mod cache;
pub mod display;
pub mod effects;
mod find;
pub mod geometry;
pub mod guard;
pub mod hints;
pub mod indexing;
pub mod interrupt;

pub mod isolate;
pub mod keymap;
pub mod konsole;
pub mod konsole_rows;
pub mod line_edit;
pub mod links;
pub mod list_index;
pub mod marks;
pub mod mlterm;
pub mod mlterm_rows;
pub mod model;
pub mod persist;
mod rows;
pub mod runtime;
pub mod search_line;
pub mod settings;
pub mod share;
pub mod signals;
mod sorting;
pub mod terminal;
pub mod theme;
mod toggles;
pub mod ui;
pub mod undo;
pub mod update;
pub mod view;
mod views;

use std::io;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};

use crate::article::Library;
use crate::article::order::SortOrder;
use crate::i18n::UiLang;
use crate::layout::LayoutOptions;
use cache::Doc;
use geometry::Panes;
use model::ReadingPosition;

pub use action::Action;
pub use effects::Effect;
pub use model::Model;
pub use runtime::Runtime;
pub use update::update;

/// The model and what the reader keeps beside it: what the loop runs.
pub struct App {
    pub model: Model,
    pub rt: Runtime,
}

impl App {
    /// The reader on `library`, newest first.
    pub fn new(library: Library, lang: UiLang, opts: LayoutOptions) -> App {
        let mut app = App {
            model: Model::new(library, lang, opts),
            rt: Runtime::default(),
        };
        sorting::sort(&mut app.model, &app.rt, SortOrder::default());
        // The first article of the sorted list, not the library's first.
        app.model.list.selected = 0;
        app
    }

    /// The view of the model for this turn (see `view::view`).
    pub fn view(&self) -> view::View {
        view::view(&self.model, &self.rt)
    }

    /// Draws the view of the model for this turn.
    pub fn draw(&self, frame: &mut ratatui::Frame) {
        ui::draw(frame, &self.view(), &self.rt.theme);
    }

    /// Applies an action to the model (see `update`).
    pub fn update(&mut self, action: Action) -> Option<Effect> {
        update(&mut self.model, &self.rt, action)
    }

    pub fn panes(&self) -> Panes {
        self.rt.panes(&self.model)
    }

    /// The open article laid out for the reading pane.
    pub fn doc(&self) -> Option<Rc<Doc>> {
        self.rt.doc(&self.model)
    }

    pub fn reader_height(&self) -> usize {
        self.rt.reader_height(&self.model)
    }

    pub fn list_capacity(&self) -> usize {
        self.rt.list_capacity(&self.model)
    }

    pub fn max_scroll(&self) -> usize {
        self.rt.max_scroll(&self.model)
    }

    /// The first line of the laid-out article on screen.
    pub fn scroll(&self) -> usize {
        self.rt.scroll(&self.model)
    }

    pub fn reading_position(&self) -> Option<ReadingPosition> {
        self.rt.reading_position(&self.model)
    }

    pub fn progress(&self) -> Option<(usize, u32)> {
        self.rt.progress(&self.model)
    }
}

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

    /// The question long work asks between chunks: whether Esc or Ctrl-C
    /// came meanwhile (taking it). A source that cannot tell never stops
    /// work.
    fn interrupt(&self) -> interrupt::Interrupt {
        interrupt::Interrupt::default()
    }
}

/// Scripted events, for tests and benchmarks; closed when they run out.
impl EventSource for std::collections::VecDeque<Event> {
    fn next(&mut self) -> io::Result<Next> {
        Ok(self.pop_front().map_or(Next::Closed, Next::Event))
    }
}

/// The actions an event stands for in the state's current mode.
pub fn actions_for(app: &App, event: &Event) -> Vec<Action> {
    let state = &app.model;
    match event {
        Event::Key(key) => app
            .rt
            .keymap
            .action(state.mode(), key)
            .into_iter()
            .collect(),
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
        Event::Paste(text) if state.overlay == model::Overlay::Search => text
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
    app: &mut App,
    events: &mut impl EventSource,
    stop: &AtomicBool,
) -> anyhow::Result<()>
where
    B: Backend + terminal::TerminalStream,
    B::Error: Send + Sync + 'static,
{
    let result = run_loop(terminal, app, events, stop);
    match (result, persist::finish(&mut app.model)) {
        (Err(lost), Err(unsaved)) => Err(anyhow::anyhow!("{lost:#}; {unsaved:#}")),
        (result, saved) => result.and(saved),
    }
}

fn run_loop<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
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
    app.rt.cache.watch(events.interrupt());
    let ahead = bodies::ReadAhead::spawn();
    loop {
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        dirty |= catch_up(terminal, app, &ahead)?;
        if dirty {
            terminal.draw(|frame| app.draw(frame))?;
            dirty = false;
            app.rt.start_after_first_frame();
            if panic_after_frame {
                panic!("{PANIC_AFTER_FIRST_FRAME} is set: a panic after the first frame");
            }
            if stall && app.model.store.is_dirty() {
                std::thread::sleep(std::time::Duration::from_secs(60));
            }
        }
        let event = match events.next()? {
            Next::Event(event) => event,
            Next::Idle => {
                app.rt.on_idle(&app.model);
                dirty |= saving.tick(&mut app.model, std::time::Instant::now());
                persist::offer_rescue(&app.model, &mut offered);
                continue;
            }
            Next::Closed => return Ok(()),
        };
        if let Event::Resize(..) = event {
            terminal.autoresize()?;
        }
        for action in actions_for(app, &event) {
            dirty = true;
            match app.update(action) {
                Some(Effect::Quit) => return Ok(()),
                Some(effect) => perform(terminal, app, effect),
                None => {}
            }
            // The next action sees the body of what this one opened.
            bodies::load_wanted(&mut app.model, &app.rt);
        }
        dirty |= saving.tick(&mut app.model, std::time::Instant::now());
        persist::offer_rescue(&app.model, &mut offered);
    }
}

/// What changed since the last turn, brought in before drawing: the
/// terminal given back after a stop, its new size, the index's news, and
/// the bodies the view needs. True when the screen must be drawn again.
fn catch_up<B>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    ahead: &bodies::ReadAhead,
) -> anyhow::Result<bool>
where
    B: Backend + terminal::TerminalStream,
    B::Error: Send + Sync + 'static,
{
    let mut dirty = false;
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
    if (size.width, size.height) != app.model.size {
        let (width, height) = (size.width, size.height);
        app.update(Action::Resize { width, height });
        dirty = true;
    }
    // The index's news and the bodies read ahead come in; the bodies
    // the view needs are read now.
    dirty |= indexing::turn(&mut app.model, &mut app.rt);
    ahead.take(&mut app.model, &app.rt);
    bodies::load_wanted(&mut app.model, &app.rt);
    ahead.ask(&mut app.model);
    Ok(dirty)
}

/// Runs an effect other than quitting: the loop's I/O.
fn perform<B>(terminal: &mut Terminal<B>, app: &mut App, effect: Effect)
where
    B: Backend + terminal::TerminalStream,
{
    match effect {
        Effect::Suspend => signals::suspend_from_loop(),
        Effect::Move(file) => archiving::perform(&mut app.model, &app.rt, file),
        effect => share::perform::run(&mut app.model, effect, terminal.backend_mut().stream()),
    }
}
