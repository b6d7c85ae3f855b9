//! Reading state inside the reader: the marking keys, the list filters,
//! positions and selection coming back, and writes made by the loop only.

mod app_support;

use std::collections::VecDeque;
use std::sync::atomic::AtomicBool;

use app_support::*;
use qari::app::Action;
use qari::app::model::{Only, Pane};
use qari::i18n::UiLang;
use qari::state::{Position, StateStore};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};
const SIZE: (u16, u16) = (120, 30);

/// The reading pane's text of the first body line drawn.
fn first_paragraph_on_screen(s: &qari::app::App) -> String {
    let screen = rows(&render(s));
    let row = screen
        .iter()
        .find(|r| r.contains("Paragraph "))
        .expect("a paragraph on screen");
    let start = row.find("Paragraph ").unwrap();
    row[start..].trim_end_matches([' ', '│']).to_string()
}

fn en() -> qari::app::App {
    state(UiLang::En, SIZE, sample_articles())
}

#[test]
fn u_toggles_read_on_the_selected_article_and_the_dot_follows() {
    let mut s = en();
    assert!(rows(&render(&s))[1].contains('●'), "unread at first");
    type_keys(&mut s, "u");
    assert!(s.model.store.is_read("ar-1"));
    assert!(!rows(&render(&s))[1].contains('●'), "no dot once read");
    assert_eq!(s.model.message.as_ref().unwrap().0, "Marked read");
    type_keys(&mut s, "u");
    assert!(!s.model.store.is_read("ar-1"));
    assert!(rows(&render(&s))[1].contains('●'));
}

#[test]
fn m_bookmarks_and_the_list_shows_a_star() {
    let mut s = en();
    type_keys(&mut s, "jm");
    assert!(s.model.store.is_bookmarked("en-1"));
    let screen = rows(&render(&s));
    assert!(
        screen[4].contains('★'),
        "star under the second article: {screen:?}"
    );
    assert!(!screen[2].contains('★'));
    type_keys(&mut s, "m");
    assert!(!s.model.store.is_bookmarked("en-1"));
}

#[test]
fn capital_a_marks_every_listed_article_read() {
    let mut s = en();
    type_keys(&mut s, "A");
    assert!(!s.model.store.is_read("ar-1"), "A asks first");
    type_keys(&mut s, "y");
    for id in ["ar-1", "en-1", "en-2"] {
        assert!(s.model.store.is_read(id), "{id}");
    }
    assert!(!rows(&render(&s)).iter().any(|r| r.contains('●')));
}

#[test]
fn b_and_u_filter_the_list_and_again_show_all() {
    let mut s = en();
    type_keys(&mut s, "jmj"); // bookmark en-1, select en-2
    type_keys(&mut s, "u"); // en-2 read
    type_keys(&mut s, "B");
    assert_eq!(s.model.list.only, Only::Bookmarked);
    assert_eq!(s.model.list.visible, vec![1]);
    assert!(rows(&render(&s))[0].contains("★ 1/1"));
    type_keys(&mut s, "U");
    assert_eq!(s.model.list.only, Only::Unread);
    assert_eq!(s.model.list.visible, vec![0, 1]);
    type_keys(&mut s, "U");
    assert_eq!(s.model.list.only, Only::All);
    assert_eq!(s.model.list.visible, vec![0, 1, 2]);
}

#[test]
fn b_with_no_bookmark_says_so() {
    let mut s = en();
    type_keys(&mut s, "B");
    assert!(s.model.list.visible.is_empty());
    assert_eq!(
        s.model.message.as_ref().unwrap().0,
        "No article of that kind"
    );
}

#[test]
fn scrolling_saves_the_position_and_reopening_returns_to_it() {
    let mut s = en();
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.focus, Pane::Reader);
    type_keys(&mut s, "jjjjjjjjjjjj");
    let Some(Position { block, offset }) = s.model.store.position("en-1") else {
        panic!("no position saved");
    };
    assert!(block > 0, "scrolled into the body");
    let before = s.reading_position().unwrap();
    let paragraph = first_paragraph_on_screen(&s);

    // A new run: the same state, a fresh reader.
    let mut again = en();
    again.model.store = std::mem::replace(&mut s.model.store, StateStore::in_memory());
    type_keys(&mut again, "j");
    press(&mut again, key(KeyCode::Enter));
    assert_eq!(
        again.model.store.position("en-1"),
        Some(Position { block, offset })
    );
    let after = again.reading_position().unwrap();
    assert_eq!((after.part, after.offset), (before.part, before.offset));
    assert_eq!(
        first_paragraph_on_screen(&again),
        paragraph,
        "the same paragraph first on screen"
    );
}

#[test]
fn position_survives_a_narrower_pane() {
    let mut s = en();
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "jjjjjjjjjjjjjjjj");
    let saved = s.model.store.position("en-1").unwrap();
    let mut narrow = state(UiLang::En, (70, 30), sample_articles());
    narrow.model.store = std::mem::replace(&mut s.model.store, StateStore::in_memory());
    narrow.model.store.set_selected(Some("en-1"));
    qari::app::marks::restore_selection(&mut narrow.model, &narrow.rt);
    press(&mut narrow, key(KeyCode::Enter));
    let top = narrow.reading_position().unwrap();
    assert_eq!(
        top.part,
        qari::app::cache::Part::Block(saved.block),
        "the same paragraph at the top"
    );
}

#[test]
fn read_at_the_end_but_u_can_unmark_it_there() {
    let mut s = en();
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    assert!(!s.model.store.is_read("en-1"));
    type_keys(&mut s, "G");
    assert!(s.model.store.is_read("en-1"), "scrolled to its end");
    type_keys(&mut s, "u");
    assert!(
        !s.model.store.is_read("en-1"),
        "stays unread while the end is shown"
    );
}

#[test]
fn the_list_selects_the_article_selected_last_time() {
    let mut s = en();
    type_keys(&mut s, "jj");
    assert_eq!(s.model.store.selected(), Some("en-2"));
    let mut again = en();
    again.model.store = std::mem::replace(&mut s.model.store, StateStore::in_memory());
    qari::app::marks::restore_selection(&mut again.model, &again.rt);
    assert_eq!(again.model.selected_article(), Some(2));
}

#[test]
fn update_never_writes_the_loop_does_on_quit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.json");
    let mut s = en();
    s.model.store = StateStore::open(&path);
    type_keys(&mut s, "um");
    assert!(!path.exists(), "update wrote to disk");

    let mut events: VecDeque<Event> = "jq"
        .chars()
        .map(|c| Event::Key(key(KeyCode::Char(c))))
        .collect();
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    let stop = AtomicBool::new(false);
    qari::app::run(&mut terminal, &mut s, &mut events, &stop).unwrap();
    let saved = StateStore::open(&path);
    assert!(saved.is_read("ar-1"));
    assert!(saved.is_bookmarked("ar-1"));
    assert_eq!(saved.selected(), Some("en-1"));
}

#[test]
fn opening_an_article_stamps_when_it_was_opened() {
    let mut s = en();
    let mut events: VecDeque<Event> = [Event::Key(key(KeyCode::Enter))].into();
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    qari::app::run(&mut terminal, &mut s, &mut events, &AtomicBool::new(false)).unwrap();
    assert!(s.model.store.get("ar-1").last_opened.is_some());
    assert!(s.model.store.get("en-1").last_opened.is_none());
}

#[test]
fn marking_keys_work_in_the_arabic_interface_too() {
    let mut s = state(UiLang::Ar, SIZE, sample_articles());
    s.update(Action::ToggleBookmark);
    let said = &s.model.message.as_ref().unwrap().0;
    assert!(said.starts_with("أُضيفت إلى المحفوظات؛ "), "{said}");
    assert!(said.ends_with("يتراجع عنه"), "and z undoes it: {said}");
    let screen = rows(&render(&s));
    assert!(
        screen[2].trim_end().ends_with('★'),
        "mirrored: star on the right: {screen:?}"
    );
}

#[test]
fn position_survives_stripping_tashkeel_and_turning_shaping_off() {
    let paragraphs: Vec<String> = (1..=30)
        .map(|i| {
            format!("الفقرة {i}: كَتَبَ الطَّالِبُ دَرْسَهُ فِي الْمَدْرَسَةِ ثُمَّ قَرَأَهُ عَلَى أُسْتَاذِهِ مَرَّتَيْنِ قَبْلَ أَنْ يَعُودَ إِلَى بَيْتِهِ.")
        })
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    let vocalized = || vec![article("voc", "مقال مشكول", &refs)];

    let mut s = state(UiLang::En, SIZE, vocalized());
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, &"j".repeat(25));
    let saved = s.model.store.position("voc").expect("a saved position");
    assert!(
        saved.block > 0 && saved.offset > 0,
        "inside a paragraph: {saved:?}"
    );

    let mut again = state(UiLang::En, SIZE, vocalized());
    again.model.opts.tashkeel = qari::layout::Tashkeel::Strip;
    again.model.opts.shaping = qari::layout::Shaping::Off;
    again.model.store = std::mem::replace(&mut s.model.store, StateStore::in_memory());
    press(&mut again, key(KeyCode::Enter));
    let top = again.reading_position().expect("the article is open");
    assert_eq!(top.part, qari::app::cache::Part::Block(saved.block));
    assert!(
        top.offset <= saved.offset,
        "the top line holds the saved place: {top:?} for {saved:?}"
    );
    let rows = rows(&render(&again));
    assert!(
        !rows.iter().any(|r| r.contains('\u{064E}')),
        "the fatha is stripped"
    );
}
