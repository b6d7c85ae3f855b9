//! The editable search line: the caret and its keys (mirrored for a
//! right-to-left query), editing by whole letters with their harakat, the
//! terminal cursor on the caret's cell, and the kept searches walked with
//! ↑ and ↓, which come back after a restart.

mod app_support;

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use app_support::*;
use qari::app::App;
use qari::app::model::Overlay;
use qari::i18n::UiLang;
use qari::state::StateStore;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// A search line open on the list, with `typed` typed.
fn typed(lang: UiLang, typed: &str) -> App {
    let mut s = state(lang, (80, 24), sample_articles());
    type_keys(&mut s, "/");
    type_keys(&mut s, typed);
    s
}

/// The query with `|` where the caret is.
fn line(s: &App) -> String {
    let search = &s.model.search;
    format!(
        "{}|{}",
        &search.input[..search.caret],
        &search.input[search.caret..]
    )
}

#[test]
fn left_and_right_move_by_letter_in_an_english_query() {
    let mut s = typed(UiLang::En, "north");
    assert_eq!(line(&s), "north|");
    press(&mut s, key(KeyCode::Left));
    press(&mut s, key(KeyCode::Left));
    assert_eq!(line(&s), "nor|th");
    press(&mut s, key(KeyCode::Right));
    assert_eq!(line(&s), "nort|h");
    type_keys(&mut s, "X");
    assert_eq!(line(&s), "nortX|h", "typing goes in at the caret");
}

#[test]
fn arrows_are_mirrored_in_an_arabic_query() {
    let mut s = typed(UiLang::En, "كوريا");
    // → goes towards the start of a right-to-left query: it is on the right.
    press(&mut s, key(KeyCode::Right));
    assert_eq!(line(&s), "كوري|ا");
    press(&mut s, key(KeyCode::Right));
    press(&mut s, key(KeyCode::Right));
    assert_eq!(line(&s), "كو|ريا");
    press(&mut s, key(KeyCode::Left));
    assert_eq!(line(&s), "كور|يا");
    // The same in the Arabic interface: the query's direction decides.
    let mut s = typed(UiLang::Ar, "north");
    press(&mut s, key(KeyCode::Right));
    assert_eq!(line(&s), "north|");
    press(&mut s, key(KeyCode::Left));
    assert_eq!(line(&s), "nort|h");
}

#[test]
fn a_letter_and_its_harakat_move_and_go_together() {
    let mut s = typed(UiLang::En, "كَتَبَ");
    press(&mut s, key(KeyCode::Right));
    assert_eq!(line(&s), "كَتَ|بَ", "one step passes the letter and its mark");
    press(&mut s, key(KeyCode::Backspace));
    assert_eq!(line(&s), "كَ|بَ", "backspace takes تَ whole");
    press(&mut s, key(KeyCode::Delete));
    assert_eq!(line(&s), "كَ|");
    // A mark typed after a letter joins it; the caret stays after both.
    press(&mut s, key(KeyCode::Home));
    press(&mut s, key(KeyCode::Left));
    type_keys(&mut s, "\u{0651}");
    assert_eq!(line(&s), "كَّ|");
}

#[test]
fn home_end_and_the_control_keys() {
    let mut s = typed(UiLang::En, "kim jong un");
    press(&mut s, key(KeyCode::Home));
    assert_eq!(line(&s), "|kim jong un");
    press(&mut s, key(KeyCode::End));
    assert_eq!(line(&s), "kim jong un|");
    press(&mut s, ctrl('a'));
    assert_eq!(line(&s), "|kim jong un");
    press(&mut s, ctrl('e'));
    assert_eq!(line(&s), "kim jong un|");
    press(&mut s, ctrl('w'));
    assert_eq!(line(&s), "kim jong |");
    press(&mut s, key(KeyCode::Left));
    press(&mut s, key(KeyCode::Left));
    press(&mut s, ctrl('u'));
    assert_eq!(line(&s), "|g ");
    press(&mut s, key(KeyCode::Delete));
    assert_eq!(line(&s), "| ");
    assert_eq!(s.model.overlay, Overlay::Search, "no control key closed it");
}

#[test]
fn ctrl_w_takes_an_arabic_word_with_its_harakat() {
    let mut s = typed(UiLang::Ar, "كوريا الشَّمالية");
    press(&mut s, ctrl('w'));
    assert_eq!(line(&s), "كوريا |");
}

#[test]
fn the_list_follows_every_edit() {
    let mut s = typed(UiLang::En, "Long");
    assert_eq!(s.model.list.visible, vec![1]);
    press(&mut s, ctrl('u'));
    assert_eq!(
        s.model.list.visible,
        vec![0, 1, 2],
        "an empty query shows all"
    );
    type_keys(&mut s, "shrt");
    assert!(s.model.list.visible.is_empty());
    press(&mut s, key(KeyCode::Left));
    press(&mut s, key(KeyCode::Left));
    type_keys(&mut s, "o");
    assert_eq!(line(&s), "sho|rt");
    assert_eq!(s.model.list.visible, vec![2]);
}

/// The cell the terminal's cursor is left on after drawing, if shown.
fn cursor(s: &App) -> Option<(u16, u16)> {
    let (width, height) = s.model.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| s.draw(frame)).unwrap();
    let backend = terminal.backend();
    backend
        .cursor_visible()
        .then(|| (backend.cursor_position().x, backend.cursor_position().y))
}

/// The column of the cell showing `letter` on the bottom row.
fn column(s: &App, letter: &str) -> u16 {
    let bottom = rows(&render(s)).pop().unwrap();
    column_of(&bottom, letter).expect("the letter on the status row") as u16
}

#[test]
fn the_cursor_is_on_the_letter_after_the_caret_where_it_is_drawn() {
    let mut s = typed(UiLang::En, "north");
    assert_eq!(cursor(&s), Some((column(&s, "h") + 1, 23)), "past the end");
    press(&mut s, key(KeyCode::Home));
    assert_eq!(cursor(&s), Some((column(&s, "n"), 23)));
    // Arabic: laid out right to left, the caret at the end is left of it.
    let mut s = typed(UiLang::En, "سيول");
    let end = column(&s, "ﺳ").min(column(&s, "ﻝ"));
    assert_eq!(cursor(&s), Some((end - 1, 23)));
    // The caret before ي: on the cell where ي is drawn.
    for _ in 0..3 {
        press(&mut s, key(KeyCode::Right));
    }
    assert_eq!(line(&s), "س|يول");
    assert_eq!(cursor(&s), Some((column(&s, "ﻴ"), 23)));
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(cursor(&s), None, "no cursor once the line is closed");
}

#[test]
fn the_cursor_follows_the_caret_in_the_arabic_interface() {
    let mut s = typed(UiLang::Ar, "سيول");
    // The prompt is at the right, the query against it.
    press(&mut s, key(KeyCode::Home));
    assert_eq!(cursor(&s), Some((column(&s, "ﺳ"), 23)));
    press(&mut s, key(KeyCode::End));
    assert_eq!(cursor(&s), Some((column(&s, "ﻝ") - 1, 23)));
}

#[test]
fn a_long_query_shows_the_part_around_the_caret() {
    let mut s = state(UiLang::En, (30, 12), sample_articles());
    type_keys(&mut s, "/");
    type_keys(&mut s, "abcdefghijklmnopqrstuvwxyz0123456789");
    let bottom = rows(&render(&s)).pop().unwrap();
    assert!(bottom.contains("789"), "the end while typing: {bottom}");
    press(&mut s, key(KeyCode::Home));
    let bottom = rows(&render(&s)).pop().unwrap();
    assert!(bottom.contains("/ abc"), "the start: {bottom}");
    assert_eq!(cursor(&s), Some((column(&s, "a"), 11)));
}

#[test]
fn up_and_down_walk_the_kept_searches_latest_first() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    for query in ["Long", "short", "Long"] {
        type_keys(&mut s, "/");
        type_keys(&mut s, query);
        press(&mut s, key(KeyCode::Enter));
    }
    assert_eq!(s.model.store.search_history(), ["Long", "short"]);
    type_keys(&mut s, "/draft");
    press(&mut s, key(KeyCode::Up));
    assert_eq!(line(&s), "Long|");
    press(&mut s, key(KeyCode::Up));
    assert_eq!(line(&s), "short|");
    assert_eq!(s.model.list.visible, vec![2], "the list follows");
    press(&mut s, key(KeyCode::Up));
    assert_eq!(line(&s), "short|", "the oldest stays");
    press(&mut s, key(KeyCode::Down));
    press(&mut s, key(KeyCode::Down));
    assert_eq!(line(&s), "draft|", "past the latest: what was typed");
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(
        s.model.store.search_history(),
        ["Long", "short"],
        "Esc keeps nothing"
    );
}

#[test]
fn the_history_keeps_fifty() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    for i in 0..60 {
        type_keys(&mut s, &format!("/q{i}"));
        press(&mut s, key(KeyCode::Enter));
    }
    let kept = s.model.store.search_history();
    assert_eq!(kept.len(), 50);
    assert_eq!((kept[0].as_str(), kept[49].as_str()), ("q59", "q10"));
}

#[test]
fn the_history_comes_back_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut first = state(UiLang::Ar, (80, 24), sample_articles());
    first.model.store = StateStore::open(&path);
    let keys = "/كوريا\r/Long\rq";
    let mut events: VecDeque<Event> = keys
        .chars()
        .map(|c| match c {
            '\r' => Event::Key(key(KeyCode::Enter)),
            c => Event::Key(key(KeyCode::Char(c))),
        })
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    qari::app::run(
        &mut terminal,
        &mut first,
        &mut events,
        &AtomicBool::new(false),
    )
    .unwrap();
    drop(first);

    let mut again = state(UiLang::Ar, (80, 24), sample_articles());
    again.model.store = StateStore::open(&path);
    type_keys(&mut again, "/");
    press(&mut again, key(KeyCode::Up));
    assert_eq!(line(&again), "Long|");
    press(&mut again, key(KeyCode::Up));
    assert_eq!(line(&again), "كوريا|");
}

#[test]
fn a_long_pasted_arabic_query_keeps_the_cursor_on_the_caret() {
    let mut s = state(UiLang::Ar, (60, 20), sample_articles());
    type_keys(&mut s, "/");
    let pasted = Event::Paste(ARABIC_PARAGRAPH.repeat(20));
    for action in qari::app::actions_for(&s, &pasted) {
        s.update(action);
    }
    let end = cursor(&s).expect("a cursor");
    assert_eq!(end.1, 19);
    // The end of the query is shown, its last letter just right of the
    // cursor (a right-to-left query ends on the left).
    let bottom = rows(&render(&s)).pop().unwrap();
    let cells: Vec<&str> = bottom.split("").filter(|c| !c.is_empty()).collect();
    assert_ne!(cells[usize::from(end.0) + 1], " ", "{bottom}");
    press(&mut s, key(KeyCode::Home));
    let start = cursor(&s).expect("a cursor");
    assert!(
        start.0 > end.0,
        "the start is on the right: {start:?} {end:?}"
    );
    assert_eq!(s.model.search.caret, 0);
}
