//! The share pane and the paragraph cursor, on ratatui's `TestBackend`:
//! what is shown, what is sent, and in both interface languages.

mod app_support;

use app_support::*;
use qari::app::Effect;
use qari::app::model::{MessageKind, Overlay};
use qari::i18n::UiLang;
use qari::share::{Format, compose, render as share_text};
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

fn with_url() -> Vec<qari::article::Article> {
    let mut articles = sample_articles();
    articles[2].url = Some("https://example.com/note".to_string());
    articles
}

/// Opens the list's `n`-th article (0-based) in the reader.
fn open(s: &mut qari::app::App, n: usize) {
    for _ in 0..n {
        press(s, key(KeyCode::Char('j')));
    }
    press(s, key(KeyCode::Enter));
}

#[test]
fn s_opens_the_pane_with_the_share_text_the_format_and_numbered_targets() {
    let mut s = state(UiLang::En, (120, 40), with_url());
    open(&mut s, 2);
    assert_eq!(press(&mut s, key(KeyCode::Char('s'))), None);
    assert_eq!(s.model.overlay, Overlay::Share);
    let screen = render(&s);
    assert!(screen_contains(&screen, "Share · the article"));
    assert!(screen_contains(&screen, "A short English note"));
    assert!(screen_contains(&screen, "https://example.com/note"));
    assert!(screen_contains(&screen, "Format: text · markdown · json"));
    assert!(screen_contains(&screen, "1  Copy to the clipboard"));
    assert!(screen_contains(&screen, "8  QR code"));
    // The pane sits over the reading pane, not the list.
    let reader = s.panes().reader.unwrap();
    let row = rows(&screen)
        .iter()
        .position(|r| r.contains("Share · the article"))
        .unwrap();
    assert!(column_of(&rows(&screen)[row], "Share").unwrap() as u16 > reader.x);
}

#[test]
fn enter_copies_the_logical_text_and_closes_the_pane() {
    let articles = with_url();
    let expected = share_text(&compose(&articles[0], None).unwrap(), Format::Text);
    let mut s = state(UiLang::En, (120, 40), articles);
    open(&mut s, 0);
    press(&mut s, key(KeyCode::Char('s')));
    let effect = press(&mut s, key(KeyCode::Enter));
    assert_eq!(effect, Some(Effect::Copy(expected.clone())));
    assert!(
        expected.starts_with("وتقول الولايات"),
        "logical, unshaped: {expected}"
    );
    assert_eq!(s.model.overlay, Overlay::None);
}

#[test]
fn j_k_and_numbers_choose_the_target_and_f_the_format() {
    let mut s = state(UiLang::En, (120, 40), with_url());
    open(&mut s, 2);
    press(&mut s, key(KeyCode::Char('s')));
    press(&mut s, key(KeyCode::Char('f')));
    let screen = render(&s);
    let row = rows(&screen)
        .into_iter()
        .find(|r| r.contains("Format:"))
        .unwrap();
    let col = column_of(&row, "markdown").unwrap() as u16;
    let y = rows(&screen)
        .iter()
        .position(|r| r.contains("Format:"))
        .unwrap() as u16;
    let reversed = |x: u16| {
        screen[(x, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED)
    };
    assert!(
        reversed(col) && reversed(col + 7),
        "markdown is the chosen format"
    );
    assert!(!reversed(column_of(&row, "text").unwrap() as u16));
    press(&mut s, key(KeyCode::Char('j')));
    match press(&mut s, key(KeyCode::Enter)) {
        Some(Effect::Save { text, stem, ext }) => {
            assert!(text.starts_with("# A short English note"), "{text}");
            assert_eq!(stem, "en-2");
            assert_eq!(ext, "md");
        }
        other => panic!("expected a save, got {other:?}"),
    }
    press(&mut s, key(KeyCode::Char('s')));
    match press(&mut s, key(KeyCode::Char('4'))) {
        Some(Effect::Open(link)) => assert!(link.starts_with("https://wa.me/?text=A%20short")),
        other => panic!("expected a link, got {other:?}"),
    }
}

#[test]
fn facebook_without_a_url_is_refused_on_the_status_line() {
    let mut s = state(UiLang::En, (120, 40), sample_articles());
    open(&mut s, 2);
    press(&mut s, key(KeyCode::Char('s')));
    assert_eq!(press(&mut s, key(KeyCode::Char('6'))), None);
    let (text, kind) = s.model.message.clone().unwrap();
    assert_eq!(kind, MessageKind::Warning);
    assert!(text.contains("no URL"), "{text}");
    assert_eq!(
        s.model.overlay,
        Overlay::Share,
        "the pane stays to pick another"
    );
    assert!(screen_contains(&render(&s), "no URL"));
}

#[test]
fn the_qr_target_draws_the_code_dark_on_light_in_the_pane() {
    let mut s = state(UiLang::En, (120, 50), with_url());
    open(&mut s, 2);
    press(&mut s, key(KeyCode::Char('s')));
    assert_eq!(press(&mut s, key(KeyCode::Char('8'))), None);
    let screen = render(&s);
    let blocks: Vec<(u16, u16)> = (0..120)
        .flat_map(|x| (0..50).map(move |y| (x, y)))
        .filter(|&(x, y)| screen[(x, y)].symbol() == "█")
        .collect();
    assert!(blocks.len() > 20, "the code is drawn");
    for (x, y) in blocks {
        assert_eq!(screen[(x, y)].fg, Color::Black);
        assert_eq!(screen[(x, y)].bg, Color::White);
    }
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.overlay, Overlay::Share, "Esc first leaves the code");
    press(&mut s, key(KeyCode::Char('q')));
    assert_eq!(s.model.overlay, Overlay::None);
}

#[test]
fn v_starts_a_paragraph_cursor_that_j_k_move_and_s_quotes() {
    let articles = sample_articles();
    let mut s = state(UiLang::En, (120, 40), articles.clone());
    open(&mut s, 1);
    press(&mut s, key(KeyCode::Char('v')));
    assert_eq!(s.model.share.cursor, Some((1, 1)));
    press(&mut s, key(KeyCode::Char('j')));
    press(&mut s, key(KeyCode::Char('j')));
    press(&mut s, key(KeyCode::Char('k')));
    assert_eq!(s.model.share.cursor, Some((1, 2)));
    let screen = render(&s);
    // The bar is in the margin beside paragraph 2's lines only.
    let text = s.panes().reader_text().unwrap();
    let bar_rows: Vec<usize> = (text.top()..text.bottom())
        .filter(|&y| screen[(text.x - 1, y)].symbol() == "▌")
        .map(usize::from)
        .collect();
    let para_rows: Vec<usize> = rows(&screen)
        .iter()
        .enumerate()
        .filter(|(_, r)| r.contains("Paragraph 2 ") || r.contains("or two."))
        .map(|(y, _)| y)
        .collect();
    assert!(!bar_rows.is_empty());
    assert!(
        bar_rows.iter().all(|y| para_rows.contains(y)),
        "{bar_rows:?} {para_rows:?}"
    );
    assert!(screen_contains(&screen, "paragraph 2: s shares it"));
    press(&mut s, key(KeyCode::Char('s')));
    assert!(screen_contains(&render(&s), "Share · paragraph 2"));
    let expected = share_text(&compose(&articles[1], Some(2)).unwrap(), Format::Text);
    assert!(expected.starts_with("«Paragraph 2 says"));
    assert_eq!(
        press(&mut s, key(KeyCode::Enter)),
        Some(Effect::Copy(expected))
    );
    // Esc leaves the cursor; the next Esc goes back to the list.
    press(&mut s, key(KeyCode::Esc));
    assert_eq!(s.model.share.cursor, None);
    assert_eq!(s.model.focus, qari::app::model::Pane::Reader);
}

#[test]
fn the_cursor_scrolls_to_keep_its_paragraph_on_screen() {
    let mut s = state(UiLang::En, (80, 12), sample_articles());
    open(&mut s, 1);
    press(&mut s, key(KeyCode::Char('v')));
    for _ in 0..10 {
        press(&mut s, key(KeyCode::Char('j')));
    }
    assert_eq!(s.model.share.cursor, Some((1, 11)));
    assert!(s.scroll() > 0);
    assert!(screen_contains(&render(&s), "Paragraph 11 "));
}

#[test]
fn the_arabic_interface_mirrors_the_pane() {
    let mut s = state(UiLang::Ar, (120, 40), sample_articles());
    open(&mut s, 0);
    press(&mut s, key(KeyCode::Char('s')));
    let screen = render(&s);
    let pane = s.panes().reader.unwrap();
    // The title starts at the right: text beside the right corner, the
    // border line beside the left one.
    let top = pane.y;
    assert_ne!(screen[(pane.right() - 2, top)].symbol(), "─");
    assert_eq!(screen[(pane.x + 1, top)].symbol(), "─");
    // The targets' numbers are at the right edge, the labels to their left.
    let numbered: Vec<String> = (pane.top()..pane.bottom())
        .map(|y| screen[(pane.right() - 3, y)].symbol().to_string())
        .filter(|c| c.chars().all(|c| c.is_ascii_digit()) && !c.is_empty())
        .collect();
    assert_eq!(numbered, ["1", "2", "3", "4", "5", "6", "7", "8"]);
    assert!(
        screen_contains(&screen, "text · markdown · json"),
        "Latin reads left to right"
    );
}

#[test]
fn a_share_longer_than_the_pane_says_how_much_more_is_sent() {
    let mut articles = sample_articles();
    let long: String = (1..=60)
        .map(|i| format!("Sentence number {i} of a long quote. "))
        .collect();
    articles[2].body = vec![qari::article::Block::Paragraph(long.trim().to_string())];
    let mut s = state(UiLang::En, (100, 30), articles);
    open(&mut s, 2);
    press(&mut s, key(KeyCode::Char('v')));
    press(&mut s, key(KeyCode::Char('s')));
    let total = qari::app::share::pane_lines(&s.model, &s.rt).len();
    let screen = rows(&render(&s));
    let marker = screen
        .iter()
        .find(|r| r.contains("more lines, sent with the rest"))
        .unwrap_or_else(|| panic!("{screen:#?}"));
    let shown = screen
        .iter()
        .filter(|r| r.contains("Sentence number"))
        .count();
    assert!(
        marker.contains(&format!("… {} more lines", total - shown)),
        "{marker} ({total} lines, {shown} shown)"
    );
    match press(&mut s, key(KeyCode::Enter)) {
        Some(Effect::Copy(text)) => assert!(text.contains("Sentence number 60 of a long quote.")),
        other => panic!("expected a copy, got {other:?}"),
    }

    // A share that fits has no such line.
    let mut s = state(UiLang::En, (100, 30), sample_articles());
    open(&mut s, 2);
    press(&mut s, key(KeyCode::Char('s')));
    let screen = render(&s);
    assert!(screen_contains(&screen, "Just one paragraph."));
    assert!(!screen_contains(&screen, "more lines"));
}
