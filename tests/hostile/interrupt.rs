//! Long work in the reader stops on Esc or Ctrl-C: laying out or searching
//! a huge article runs inside one turn of the loop, and the key that stops
//! it is taken from the event source between chunks of that work. The
//! reader then goes on (the key does not also close a pane or quit) and
//! says what it stopped.

use std::sync::atomic::AtomicBool;

use qari::app::interrupt::Scripted;
use qari::app::model::Pane;
use qari::app::{App, run};
use qari::article::{Block, Library};
use qari::i18n::{UiLang, strings};
use qari::layout::LayoutOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

const PARAGRAPH: &str = "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، \
إنه من المرجح أن يرغب كيم في التأكيد على الشعور بالدعم الروسي.";

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl_c() -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
}

/// A huge article (`paragraphs` paragraphs) first, a short one second.
fn library(paragraphs: usize) -> Library {
    let sample = Library::sample();
    let mut huge = sample.articles[0].clone();
    huge.id = "huge".into();
    huge.body = vec![Block::Paragraph(PARAGRAPH.into()); paragraphs];
    let mut short = sample.articles[0].clone();
    short.id = "short".into();
    short.body = vec![Block::Paragraph(PARAGRAPH.into())];
    Library {
        articles: vec![huge, short],
        problems: Vec::new(),
        is_sample: false,
    }
}

/// Runs the real loop on `state` over `events` until they run out.
fn play(state: &mut App, events: impl IntoIterator<Item = Event>) -> Scripted {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    let mut events = Scripted::new(events);
    run(&mut terminal, state, &mut events, &AtomicBool::new(false)).expect("the loop ends");
    events
}

#[test]
fn esc_stops_a_long_layout_and_the_reader_goes_on() {
    let mut state = App::new(library(20_000), UiLang::En, LayoutOptions::default());
    // Enter opens the huge article; the Esc pressed meanwhile stops its
    // layout and is taken by it: had it acted too, it would have cleared
    // the message.
    let left = play(&mut state, [key(KeyCode::Enter), key(KeyCode::Esc)]);
    assert_eq!(left.left(), 0);
    assert_eq!(state.model.reader.article, None, "the layout was stopped");
    assert_eq!(state.model.focus, Pane::List);
    let said = state.model.message.as_ref().map(|(m, _)| m.as_str());
    assert_eq!(said, Some(strings(UiLang::En).layout_stopped));
    assert_eq!(state.rt.cache.bytes(), 0, "no half layout is kept");
    // The list still answers, and the short article opens.
    play(&mut state, [key(KeyCode::Char('j')), key(KeyCode::Enter)]);
    assert_eq!(state.model.reader.article, Some(1));
    assert!(state.doc().is_some_and(|d| d.len() > 3));
}

#[test]
fn ctrl_c_stops_a_long_search_and_the_reader_goes_on() {
    // 400 KB: the first search folds it, and is asked to stop on the way.
    let mut state = App::new(library(2_500), UiLang::En, LayoutOptions::default());
    let find = [
        key(KeyCode::Enter),
        key(KeyCode::Char('/')),
        key(KeyCode::Char('ف')),
        key(KeyCode::Char('ي')),
        key(KeyCode::Enter),
        ctrl_c(),
    ];
    play(&mut state, find.clone());
    assert_eq!(
        state.model.reader.article,
        Some(0),
        "the article stays open"
    );
    assert!(
        state.model.reader.matches.is_empty(),
        "the search was stopped"
    );
    let said = state.model.message.as_ref().map(|(m, _)| m.as_str());
    assert_eq!(said, Some(strings(UiLang::En).search_stopped), "not quit");
    // Scrolling still works, and the same search, left alone, finds.
    play(&mut state, [key(KeyCode::Char('j'))]);
    assert_eq!(state.scroll(), 1);
    play(&mut state, find[1..5].to_vec());
    assert!(
        state.model.reader.matches.len() > 2_500,
        "{}",
        state.model.reader.matches.len()
    );
}
