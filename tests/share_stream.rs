//! The clipboard's OSC 52 goes down the terminal's own stream, the one the
//! frames go down, between two frames; inside tmux it is also wrapped for
//! the terminal around tmux.

mod app_support;

use std::collections::VecDeque;
use std::io::Write;
use std::sync::atomic::AtomicBool;

use app_support::*;
use base64::Engine;
use qari::app::terminal::{TerminalStream, clipboard};
use qari::i18n::UiLang;
use qari::share::osc52;
use qari::share::tmux::TmuxClipboard;
use ratatui::Terminal;
use ratatui::backend::{Backend, ClearType, TestBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::event::{Event, KeyCode};
use ratatui::layout::{Position, Size};

#[test]
fn outside_tmux_the_copy_is_the_plain_sequence() {
    assert_eq!(clipboard("نص", false), osc52::sequence("نص"));
}

#[test]
fn inside_tmux_the_copy_is_also_wrapped_for_the_outer_terminal() {
    let text = "«نص» من qari";
    let plain = osc52::sequence(text);
    let both = clipboard(text, true);
    let wrapped = both.strip_prefix(&plain).expect("the plain copy first");
    // tmux's passthrough: ESC P tmux; <sequence with each ESC doubled> ESC \
    let inner = wrapped
        .strip_prefix("\u{1b}Ptmux;")
        .and_then(|w| w.strip_suffix("\u{1b}\\"))
        .unwrap_or_else(|| panic!("{wrapped:?}"));
    assert_eq!(inner.replace("\u{1b}\u{1b}", "\u{1b}"), plain);
    assert!(!inner.replace("\u{1b}\u{1b}", "").contains('\u{1b}'));
    let payload = plain
        .strip_prefix("\u{1b}]52;c;")
        .and_then(|p| p.strip_suffix('\u{7}'))
        .unwrap();
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), text);
}

/// A `TestBackend` with a terminal stream: what the loop writes to it, with
/// a marker where each frame was drawn.
struct Recording {
    screen: TestBackend,
    stream: Vec<u8>,
}

const FRAME: &[u8] = b"<frame>";

impl TerminalStream for Recording {
    fn stream(&mut self) -> Option<&mut dyn Write> {
        Some(&mut self.stream)
    }
}

impl Backend for Recording {
    type Error = <TestBackend as Backend>::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.stream.extend_from_slice(FRAME);
        self.screen.draw(content)
    }
    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.screen.hide_cursor()
    }
    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.screen.show_cursor()
    }
    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.screen.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.screen.set_cursor_position(position)
    }
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.screen.clear()
    }
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.screen.clear_region(clear_type)
    }
    fn size(&self) -> Result<Size, Self::Error> {
        self.screen.size()
    }
    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.screen.window_size()
    }
    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.screen)
    }
}

fn keys(keys: &[KeyCode]) -> VecDeque<Event> {
    keys.iter().map(|&k| Event::Key(key(k))).collect()
}

#[test]
fn the_reader_copies_down_the_frames_stream_between_two_frames() {
    let articles = vec![article("en-2", "A short note", &["Just one paragraph."])];
    let mut s = state(UiLang::En, (100, 30), articles);
    let expected = {
        let share = qari::share::compose(&s.model.library.articles[0], None).unwrap();
        qari::share::render(&share, qari::share::Format::Text)
    };
    let backend = Recording {
        screen: TestBackend::new(100, 30),
        stream: Vec::new(),
    };
    let mut terminal = Terminal::new(backend).unwrap();
    // Open the article, open the share pane, copy (the first target).
    let mut events = keys(&[KeyCode::Enter, KeyCode::Char('s'), KeyCode::Enter]);
    qari::app::run(&mut terminal, &mut s, &mut events, &AtomicBool::new(false)).unwrap();

    let stream = terminal.backend().stream.clone();
    let message = s.model.message.clone().unwrap().0;
    if qari::share::tmux::clipboard() == Some(TmuxClipboard::Drops) {
        // Run inside a tmux that would drop the copy: nothing is written.
        assert!(message.starts_with("Not copied"), "{message}");
        assert!(!stream.windows(5).any(|w| w == b"\x1b]52;"));
        return;
    }
    let copy = clipboard(&expected, qari::app::terminal::in_tmux_now()).into_bytes();
    let at = stream
        .windows(copy.len())
        .position(|w| w == copy.as_slice())
        .expect("the OSC 52 sequence is on the terminal's stream");
    let before = &stream[..at];
    let after = &stream[at + copy.len()..];
    assert!(before.ends_with(FRAME), "written right after a frame");
    assert!(after.starts_with(FRAME), "and the next frame follows it");
    assert!(message.starts_with("Copied to the clipboard"), "{message}");
}

#[test]
fn without_a_terminal_behind_the_backend_the_pane_says_so() {
    let articles = vec![article("en-2", "A short note", &["Just one paragraph."])];
    let mut s = state(UiLang::Ar, (100, 30), articles);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut events = keys(&[KeyCode::Enter, KeyCode::Char('s'), KeyCode::Enter]);
    qari::app::run(&mut terminal, &mut s, &mut events, &AtomicBool::new(false)).unwrap();
    let message = s.model.message.clone().unwrap().0;
    assert!(message.contains("الطرفية"), "{message}");
}
