//! The reader's state and keys, without a terminal.

mod app_support;

use app_support::*;
use qari::app::model::{Overlay, Pane};
use qari::app::{Action, Effect};
use qari::i18n::UiLang;
use qari::layout::{Digits, Justify, Shaping, Tashkeel};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
#[test]
fn the_list_moves_opens_and_quits() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    assert_eq!(s.model.list.selected, 0);
    type_keys(&mut s, "jjj");
    assert_eq!(
        s.model.list.selected, 2,
        "selection stops at the last article"
    );
    type_keys(&mut s, "g");
    assert_eq!(s.model.list.selected, 0);
    type_keys(&mut s, "G");
    assert_eq!(s.model.list.selected, 2);
    type_keys(&mut s, "k");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.reader.article, Some(1));
    assert_eq!(s.model.focus, Pane::Reader);
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.focus, Pane::List);
    assert_eq!(
        s.model.reader.article,
        Some(1),
        "the article stays open beside the list"
    );
    assert_eq!(type_keys(&mut s, "q"), Some(Effect::Quit));
}

#[test]
fn q_in_the_reading_pane_goes_back_first() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(type_keys(&mut s, "q"), None);
    assert_eq!(s.model.focus, Pane::List);
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(press(&mut s, ctrl_c), Some(Effect::Quit));
}

#[test]
fn reading_scrolls_by_line_and_page_and_marks_read_at_the_end() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    let height = s.reader_height();
    assert!(s.max_scroll() > height, "the long article is several pages");
    type_keys(&mut s, "jj");
    assert_eq!(s.scroll(), 2);
    type_keys(&mut s, "k");
    assert_eq!(s.scroll(), 1);
    type_keys(&mut s, " ");
    assert_eq!(s.scroll(), 1 + height - 1);
    type_keys(&mut s, "b");
    assert_eq!(s.scroll(), 1);
    assert!(!s.model.store.is_read("en-1"));
    let (percent, left) = s.progress().expect("progress");
    assert!(percent < 50 && left > 0);
    type_keys(&mut s, "G");
    assert_eq!(s.scroll(), s.max_scroll());
    assert!(s.model.store.is_read("en-1"), "scrolled to its end: read");
    assert_eq!(s.progress(), Some((100, 0)));
    type_keys(&mut s, "jjj");
    assert_eq!(s.scroll(), s.max_scroll(), "no scrolling past the end");
    type_keys(&mut s, "g");
    assert_eq!(s.scroll(), 0);
}

#[test]
fn brackets_open_the_neighbouring_articles() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "]");
    assert_eq!(s.model.reader.article, Some(1));
    assert_eq!(s.model.list.selected, 1);
    type_keys(&mut s, "]]");
    assert_eq!(s.model.reader.article, Some(2), "stays on the last one");
    type_keys(&mut s, "[");
    assert_eq!(s.model.reader.article, Some(1));
}

#[test]
fn arrows_follow_the_panes_on_screen_so_they_mirror() {
    let mut en = state(UiLang::En, (120, 30), sample_articles());
    press(&mut en, key(KeyCode::Right));
    assert_eq!(
        en.model.focus,
        Pane::Reader,
        "English: the reading pane is on the right"
    );
    press(&mut en, key(KeyCode::Left));
    assert_eq!(en.model.focus, Pane::List);

    let mut ar = state(UiLang::Ar, (120, 30), sample_articles());
    press(&mut ar, key(KeyCode::Left));
    assert_eq!(
        ar.model.focus,
        Pane::Reader,
        "Arabic: the reading pane is on the left"
    );
    press(&mut ar, key(KeyCode::Right));
    assert_eq!(ar.model.focus, Pane::List);
    press(&mut ar, key(KeyCode::Tab));
    assert_eq!(ar.model.focus, Pane::Reader);
}

#[test]
fn list_search_filters_by_title_and_body_and_esc_clears_it() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "/");
    assert_eq!(s.model.overlay, Overlay::Search);
    type_keys(&mut s, "one paragraph");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.overlay, Overlay::None);
    assert_eq!(
        s.model.list.visible,
        vec![2],
        "found in the body of the third article"
    );
    assert_eq!(s.model.list.filter.as_deref(), Some("one paragraph"));
    type_keys(&mut s, "/");
    type_keys(&mut s, "لانكوف");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.list.visible, vec![0]);
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.list.visible, vec![0, 1, 2]);
    assert_eq!(s.model.list.filter, None);
}

#[test]
fn the_list_follows_the_search_as_it_is_typed() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "/");
    type_keys(&mut s, "a");
    assert_eq!(
        s.model.list.visible,
        vec![1, 2],
        "every English title has an a"
    );
    type_keys(&mut s, " short");
    assert_eq!(s.model.list.visible, vec![2], "narrowed while typing");
    assert_eq!(
        s.model.overlay,
        Overlay::Search,
        "the search line is still open"
    );
    type_keys(&mut s, "x");
    assert!(
        s.model.list.visible.is_empty(),
        "nothing matches «a shortx»"
    );
    press(&mut s, key(KeyCode::Backspace));
    assert_eq!(s.model.list.visible, vec![2], "Backspace widens it again");
    // Arabic typed without hamza or ta marbuta finds the first article.
    for _ in 0.."a short".len() {
        press(&mut s, key(KeyCode::Backspace));
    }
    assert_eq!(
        s.model.list.visible,
        vec![0, 1, 2],
        "an empty query shows all"
    );
    type_keys(&mut s, "اندريه");
    assert_eq!(s.model.list.visible, vec![0]);
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.overlay, Overlay::None);
    assert_eq!(s.model.list.visible, vec![0], "Enter keeps the filter");
    assert_eq!(s.model.list.filter.as_deref(), Some("اندريه"));
}

#[test]
fn esc_on_the_search_line_puts_the_list_back_as_it_was() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "/note");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.list.visible, vec![2]);
    type_keys(&mut s, "/paragraph");
    assert_eq!(s.model.list.visible, vec![1, 2], "the new query, live");
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.overlay, Overlay::None);
    assert_eq!(s.model.list.visible, vec![2], "the earlier filter is back");
    assert_eq!(s.model.list.filter.as_deref(), Some("note"));

    // Without an earlier filter, Esc shows every article, with the
    // selection where it was before the search.
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(
        s.model.list.filter, None,
        "Esc in the list clears its filter"
    );
    type_keys(&mut s, "k");
    assert_eq!(s.model.selected_article(), Some(1));
    type_keys(&mut s, "/note");
    assert_eq!(s.model.selected_article(), Some(2));
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.list.visible, vec![0, 1, 2]);
    assert_eq!(s.model.list.filter, None);
    assert_eq!(s.model.selected_article(), Some(1));
}

#[test]
fn a_search_without_match_keeps_the_list_and_says_so() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "/zzzz");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.list.visible.len(), 3);
    let (text, _) = s.model.message.clone().expect("a message");
    assert!(text.contains("zzzz"), "{text}");
}

#[test]
fn reader_search_jumps_to_matches_and_n_cycles() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "/Paragraph 30 ");
    press(&mut s, key(KeyCode::Backspace));
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.reader.matches.len(), 1);
    assert_eq!(s.model.reader.current, Some(0));
    let doc = s.doc().expect("laid out");
    let m = &s.model.reader.matches[0];
    let line = doc.line_of(m.part, m.range.start).expect("match line");
    assert!(s.scroll() <= line && line < s.scroll() + s.reader_height());
    assert!(s.scroll() > 0, "jumped down the article");

    type_keys(&mut s, "g/Paragraph 1");
    press(&mut s, key(KeyCode::Enter));
    // "Paragraph 1", "Paragraph 10".."Paragraph 19": eleven matches.
    assert_eq!(s.model.reader.matches.len(), 11);
    assert_eq!(s.model.reader.current, Some(0));
    type_keys(&mut s, "n");
    assert_eq!(s.model.reader.current, Some(1));
    type_keys(&mut s, "NN");
    assert_eq!(s.model.reader.current, Some(10), "wraps around backwards");
}

#[test]
fn toggles_apply_at_once_and_keep_the_place() {
    let mut s = state(UiLang::Ar, (80, 24), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "jjjjjjjjjj");
    let top = s.doc().expect("doc").line(s.scroll() + 1).expect("a line");
    type_keys(&mut s, "t");
    assert_eq!(s.model.opts.tashkeel, Tashkeel::Strip);
    assert!(s.model.message.is_some());
    type_keys(&mut s, "d");
    assert_eq!(s.model.opts.digits, Digits::Arabic);
    type_keys(&mut s, "dd");
    assert_eq!(s.model.opts.digits, Digits::Keep);
    type_keys(&mut s, "r");
    assert_eq!(s.model.opts.shaping, Shaping::Off);
    type_keys(&mut s, "J");
    assert_eq!(s.model.opts.justify, Justify::Kashida);
    let doc = s.doc().expect("laid out again with the new options");
    let parts: Vec<_> = doc.lines_from(s.scroll()).take(2).map(|l| l.part).collect();
    assert!(parts.contains(&top.part), "same paragraph on top");
}

#[test]
fn resizing_lays_out_again_and_keeps_the_place() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "                ");
    let first_text = |s: &qari::app::App| {
        let doc = s.doc().expect("doc");
        doc.lines_from(s.scroll())
            .find(|l| l.part != qari::app::cache::Part::Other)
            .expect("text on screen")
    };
    let before = first_text(&s);
    let wide_lines = s.doc().expect("doc").len();
    s.update(Action::Resize {
        width: 60,
        height: 20,
    });
    assert!(s.panes().list.is_none(), "narrow: one pane at a time");
    let doc = s.doc().expect("laid out for the new width");
    assert!(doc.len() > wide_lines, "narrower means more lines");
    let now = first_text(&s);
    assert_eq!(now.part, before.part);
    assert!(now.line.source.start <= before.line.source.start);
    assert!(before.line.source.start < now.line.source.end.max(now.line.source.start + 1));
}

#[test]
fn mouse_click_selects_and_wheel_scrolls() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    let rows = s.panes().list_rows().expect("rows");
    // Second article: rows 2 and 3 of the list.
    s.update(Action::Click {
        column: rows.x + 5,
        row: rows.y + 3,
    });
    assert_eq!(s.model.list.selected, 1);
    assert_eq!(s.model.reader.article, None);
    s.update(Action::Click {
        column: rows.x + 5,
        row: rows.y + 2,
    });
    assert_eq!(
        s.model.reader.article,
        Some(1),
        "a click on the selected row opens it"
    );
    let text = s.panes().reader_text().expect("reader");
    s.update(Action::Wheel {
        column: text.x + 2,
        row: text.y + 2,
        down: true,
    });
    assert_eq!(s.scroll(), 3);
    s.update(Action::Wheel {
        column: text.x + 2,
        row: text.y + 2,
        down: false,
    });
    assert_eq!(s.scroll(), 0);
    s.update(Action::Wheel {
        column: rows.x,
        row: rows.y,
        down: true,
    });
    assert_eq!(s.model.list.selected, 2);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    type_keys(&mut s, "?");
    assert_eq!(s.model.overlay, Overlay::Help { scroll: 0 });
    type_keys(&mut s, "j");
    assert_eq!(s.model.overlay, Overlay::Help { scroll: 1 });
    assert_eq!(
        s.model.list.selected, 0,
        "keys go to the help, not the list"
    );
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.overlay, Overlay::None);
    type_keys(&mut s, "??");
    assert_eq!(s.model.overlay, Overlay::None);
}

#[test]
fn an_empty_library_does_not_break_any_key() {
    let mut s = state(UiLang::Ar, (80, 24), Vec::new());
    for c in "jkgG []/x".chars() {
        type_keys(&mut s, &c.to_string());
    }
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Left,
        KeyCode::Right,
    ] {
        press(&mut s, key(code));
    }
    assert_eq!(s.model.reader.article, None);
    assert_eq!(s.model.focus, Pane::List);
}
