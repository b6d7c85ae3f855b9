//! What the reader draws, on ratatui's `TestBackend`, at several sizes and
//! in both interface languages.

mod app_support;

use app_support::*;
use qari::app::Action;
use qari::app::model::Pane;
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions, fit_line, layout_paragraph};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
fn rtl() -> LayoutOptions {
    LayoutOptions {
        direction: Direction::Rtl,
        ..LayoutOptions::default()
    }
}

#[test]
fn wide_english_shows_the_list_left_and_the_reader_right() {
    let s = state(UiLang::En, (120, 30), sample_articles());
    let screen = rows(&render(&s));
    let list = s.panes().list.expect("list");
    assert_eq!(list.x, 0);
    assert!(screen[0].starts_with(" Articles"), "{}", screen[0]);
    let counter = column_of(&screen[0], "1/3").expect("counter");
    assert!(counter < list.width as usize);
    assert!(screen[1].contains('●'), "unread dot: {}", screen[1]);
    assert!(column_of(&screen[0], "Reading").expect("reader header") > list.width as usize);
    assert!(screen.last().expect("status").contains("? help"));
}

#[test]
fn wide_arabic_mirrors_the_panes() {
    let s = state(UiLang::Ar, (120, 30), sample_articles());
    let screen = rows(&render(&s));
    let list = s.panes().list.expect("list");
    assert!(list.x > 50, "the list is on the right");
    let header = fit_line("المقالات", 20, &rtl()).text;
    let at = column_of(&screen[0], &header).expect("Arabic list header");
    assert!(at > list.x as usize, "{}", screen[0]);
    // The unread dot sits at the right edge, where an Arabic row starts.
    assert_eq!(column_of(&screen[1], "●"), Some(118));
}

#[test]
fn list_rows_show_title_author_date_and_minutes() {
    let s = state(UiLang::En, (120, 30), sample_articles());
    let screen = rows(&render(&s));
    let width = s.panes().list_text_width().expect("width");
    let title = fit_line(ARABIC_TITLE, width, &LayoutOptions::default());
    assert!(
        screen[1].contains(&title.text),
        "title through the engine: {}",
        screen[1]
    );
    let list_width = s.panes().list.expect("list").width as usize;
    // Right-to-left titles are right-aligned in the row, before the margin.
    let end = column_of(&screen[1], &title.text).expect("title") + title.width;
    assert_eq!(end, list_width - 1);
    assert!(
        screen[4].contains("Jane Doe · 11 September 2023 · 3 min"),
        "{}",
        screen[4]
    );
}

#[test]
fn the_open_article_shows_title_heading_and_right_aligned_paragraphs() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    let screen = rows(&render(&s));
    let text = s.panes().reader_text().expect("reader text");
    let width = text.width as usize;
    let heading = "التعاون الدفاعي بين موسكو وبيونغ يانغ";
    let heading_line = &layout_paragraph(heading, width, &LayoutOptions::default())[0];
    let row = screen
        .iter()
        .find(|r| r.contains(&heading_line.text))
        .expect("the heading in visual order");
    let end = column_of(row, &heading_line.text).expect("heading") + heading_line.width;
    assert_eq!(
        end,
        (text.x + text.width) as usize,
        "right-aligned to the text's edge"
    );
    let title_line = &layout_paragraph(ARABIC_TITLE, width, &LayoutOptions::default())[0];
    let title_row = screen.iter().position(|r| r.contains(&title_line.text));
    let heading_row = screen.iter().position(|r| r.contains(&heading_line.text));
    assert!(title_row < heading_row, "title first");
    let buf = render(&s);
    let y = title_row.expect("title row") as u16;
    let x = column_of(&screen[y as usize], &title_line.text).expect("title") as u16;
    assert!(
        buf[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD),
        "title bold"
    );
    assert!(
        screen[0].contains("% read"),
        "progress in the header: {}",
        screen[0]
    );
}

#[test]
fn narrow_screens_show_one_pane_at_a_time() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    let screen = rows(&render(&s));
    assert!(screen[0].contains("Articles") && !screen[0].contains("Reading"));
    press(&mut s, key(KeyCode::Enter));
    let screen = rows(&render(&s));
    assert!(screen[0].contains("Reading") && !screen[0].contains("Articles"));
    assert_eq!(s.model.focus, Pane::Reader);
}

#[test]
fn long_articles_show_a_scroll_indicator_that_moves() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    let bar = s.panes().reader_scrollbar().expect("scrollbar");
    let thumb_rows = |s: &qari::app::App| {
        let buf = render(s);
        (bar.top()..bar.bottom())
            .filter(|&y| buf[(bar.x, y)].symbol() == "┃")
            .collect::<Vec<_>>()
    };
    let top = thumb_rows(&s);
    assert_eq!(top.first(), Some(&bar.y));
    type_keys(&mut s, "G");
    let bottom = thumb_rows(&s);
    assert_eq!(bottom.last(), Some(&(bar.bottom() - 1)));
    let header = &rows(&render(&s))[0];
    assert!(
        header.contains("100% read") && !header.contains("left"),
        "{header}"
    );
}

#[test]
fn search_matches_are_highlighted_where_they_are_drawn() {
    let mut s = state(UiLang::En, (120, 30), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    type_keys(&mut s, "/لانكوف");
    press(&mut s, key(KeyCode::Enter));
    assert_eq!(s.model.reader.matches.len(), 1);
    let buf = render(&s);
    let word = fit_line("لانكوف", 20, &rtl()).text;
    let screen = rows(&buf);
    let (y, row) = screen
        .iter()
        .enumerate()
        .find(|(_, r)| r.contains(&word))
        .expect("the word on screen");
    let x = column_of(row, &word).expect("word") as u16;
    for dx in 0..word.chars().count() as u16 {
        assert_eq!(
            buf[(x + dx, y as u16)].bg,
            Color::LightRed,
            "current match cell {dx}"
        );
    }
    assert_ne!(buf[(x.saturating_sub(2), y as u16)].bg, Color::LightRed);
}

#[test]
fn the_search_line_shows_typed_arabic_laid_out() {
    for lang in [UiLang::En, UiLang::Ar] {
        let mut s = state(lang, (100, 20), sample_articles());
        type_keys(&mut s, "/لانكوف");
        let screen = rows(&render(&s));
        let status = screen.last().expect("status");
        let typed = fit_line("لانكوف", 20, &LayoutOptions::default()).text;
        assert!(status.contains(&typed), "{lang:?}: {status}");
        assert!(status.contains('/'));
    }
}

#[test]
fn help_lists_every_key_in_both_languages() {
    for (lang, quit) in [(UiLang::En, "quit"), (UiLang::Ar, "خروج")] {
        // Tall enough for every line of the help.
        let mut s = state(lang, (100, 60), sample_articles());
        type_keys(&mut s, "?");
        let buf = render(&s);
        for needle in ["Ctrl-C", "PgDn", "Enter", "Esc", "Tab", "[", "]", "J"] {
            assert!(screen_contains(&buf, needle), "{lang:?}: {needle} in help");
        }
        let quit_line = fit_line(quit, 20, &rtl()).text;
        let quit_shown = if lang == UiLang::Ar {
            quit_line
        } else {
            quit.to_string()
        };
        assert!(screen_contains(&buf, &quit_shown), "{lang:?}: {quit}");
    }
}

#[test]
fn every_size_down_to_nothing_draws_without_panic() {
    let sizes = [
        (0, 0),
        (1, 1),
        (2, 1),
        (1, 2),
        (3, 3),
        (5, 4),
        (20, 6),
        (99, 12),
        (100, 12),
        (300, 80),
    ];
    for lang in [UiLang::En, UiLang::Ar] {
        for (width, height) in sizes {
            let mut s = state(lang, (width, height), sample_articles());
            render(&s);
            press(&mut s, key(KeyCode::Enter));
            render(&s);
            type_keys(&mut s, "jG ?");
            render(&s);
            press(&mut s, key(KeyCode::Esc));
            type_keys(&mut s, "/لا");
            render(&s);
            press(&mut s, key(KeyCode::Enter));
            type_keys(&mut s, "ntdrJ");
            render(&s);
            s.update(Action::Click { column: 0, row: 0 });
            s.update(Action::Wheel {
                column: width / 2,
                row: height / 2,
                down: true,
            });
            render(&s);
        }
    }
}

#[test]
fn every_visible_row_is_drawn_after_a_resize_and_a_jump() {
    let many: Vec<_> = (0..50)
        .map(|i| article(&format!("a{i}"), &format!("Title number {i}"), &["x"]))
        .collect();
    let mut s = state(UiLang::En, (120, 12), many);
    type_keys(&mut s, "G");
    s.update(Action::Resize {
        width: 120,
        height: 40,
    });
    let screen = rows(&render(&s));
    let titles = screen.iter().filter(|r| r.contains("Title number")).count();
    assert_eq!(titles, s.list_capacity(), "{screen:#?}");
    assert!(screen.iter().any(|r| r.contains("Title number 49")));
}
