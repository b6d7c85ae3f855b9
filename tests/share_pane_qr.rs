//! The share pane's QR code and refusals, as a user meets them: the code on
//! screen scans back to what was shared, and what cannot be done is said
//! on the status line in the interface's language.

mod app_support;

use app_support::*;
use qari::app::Effect;
use qari::app::model::{MessageKind, Overlay};
use qari::article::Block;
use qari::i18n::UiLang;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

const URL: &str = "https://example.com/ar/2024/qr";

/// The code drawn on screen (the cells on white), read back by a decoder as
/// a phone would read it: two modules a cell, `scale` pixels a module.
fn scan(screen: &Buffer) -> String {
    let area = screen.area;
    let white: Vec<(u16, u16)> = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .filter(|&(x, y)| screen[(x, y)].bg == Color::White)
        .collect();
    let left = white.iter().map(|p| p.0).min().expect("a code on screen");
    let right = white.iter().map(|p| p.0).max().unwrap();
    let top = white.iter().map(|p| p.1).min().unwrap();
    let bottom = white.iter().map(|p| p.1).max().unwrap();
    let mut rows: Vec<Vec<bool>> = Vec::new();
    for y in top..=bottom {
        let (up, down): (Vec<bool>, Vec<bool>) = (left..=right)
            .map(|x| match screen[(x, y)].symbol() {
                "█" => (true, true),
                "▀" => (true, false),
                "▄" => (false, true),
                " " => (false, false),
                other => panic!("{other:?} inside the code at {x},{y}"),
            })
            .unzip();
        rows.push(up);
        rows.push(down);
    }
    let scale = 4;
    let (w, h) = (rows[0].len() * scale, rows.len() * scale);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        if rows[y / scale][x / scale] { 0 } else { 255 }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found on screen");
    grids[0].decode().unwrap().1
}

/// Opens the first article and its share pane.
fn share_pane(lang: UiLang, size: (u16, u16), url: Option<&str>) -> qari::app::App {
    let mut articles = sample_articles();
    articles[0].url = url.map(str::to_owned);
    let mut s = state(lang, size, articles);
    press(&mut s, key(KeyCode::Enter));
    press(&mut s, key(KeyCode::Char('s')));
    assert_eq!(s.model.overlay, Overlay::Share);
    s
}

#[test]
fn the_code_in_the_pane_scans_back_to_the_url() {
    let mut s = share_pane(UiLang::En, (120, 50), Some(URL));
    assert_eq!(press(&mut s, key(KeyCode::Char('8'))), None);
    assert_eq!(scan(&render(&s)), URL);
}

#[test]
fn without_a_url_the_code_scans_back_to_the_arabic_text() {
    let mut s = share_pane(UiLang::Ar, (160, 80), None);
    let expected = s.model.share.pane.as_ref().unwrap().text();
    assert!(expected.starts_with("وتقول الولايات"), "{expected}");
    assert_eq!(press(&mut s, key(KeyCode::Char('8'))), None);
    assert_eq!(scan(&render(&s)), expected);
}

#[test]
fn a_code_bigger_than_the_window_says_so_instead_of_drawing_half_of_it() {
    let mut s = share_pane(UiLang::En, (80, 24), None);
    press(&mut s, key(KeyCode::Char('8')));
    let screen = render(&s);
    assert!(screen_contains(
        &screen,
        "The QR code needs a bigger window"
    ));
    let inked = screen
        .content()
        .iter()
        .filter(|c| c.bg == Color::White)
        .count();
    assert_eq!(inked, 0, "no partial code");
}

#[test]
fn a_quote_too_long_for_a_code_offers_the_article_in_either_language() {
    for (lang, words) in [
        (UiLang::En, "share the article instead"),
        (UiLang::Ar, "شارك المقال بدلًا منها"),
    ] {
        let mut articles = sample_articles();
        articles[0]
            .body
            .push(Block::Paragraph("كلمة طويلة ".repeat(250)));
        let mut s = state(lang, (120, 50), articles);
        press(&mut s, key(KeyCode::Enter));
        press(&mut s, key(KeyCode::Char('v')));
        press(&mut s, key(KeyCode::Char('j')));
        press(&mut s, key(KeyCode::Char('s')));
        assert_eq!(press(&mut s, key(KeyCode::Char('8'))), None);
        let (text, kind) = s.model.message.clone().unwrap();
        assert_eq!(kind, MessageKind::Warning);
        assert!(text.contains(words), "{text}");
        // The status line shows it (Arabic shaped and in visual order).
        let status = rows(&render(&s)).pop().unwrap();
        assert!(status.contains("QR"), "{status}");
        if lang == UiLang::En {
            assert!(status.contains(words), "{status}");
        }
        assert_eq!(s.model.overlay, Overlay::Share, "the pane stays");
    }
}

#[test]
fn telegram_from_the_pane_without_a_url_opens_the_text_as_the_message() {
    let mut s = share_pane(UiLang::En, (120, 40), None);
    let text = s.model.share.pane.as_ref().unwrap().text();
    match press(&mut s, key(KeyCode::Char('5'))) {
        Some(Effect::Open(link)) => assert_eq!(
            link,
            format!(
                "https://t.me/share/url?url={}",
                qari::share::links::encode(&text)
            )
        ),
        other => panic!("expected a link, got {other:?}"),
    }
}

/// A saved share's path on the Arabic status line reads as written, even
/// through a folder with an Arabic name (a localized documents folder).
#[test]
fn a_saved_path_through_an_arabic_folder_reads_left_to_right() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("المستندات");
    let mut s = share_pane(UiLang::Ar, (120, 40), None);
    s.model.share.folder = Some(folder.clone());
    let effect = press(&mut s, key(KeyCode::Char('2'))).expect("a save");
    let outside = qari::app::share::perform::Outside {
        terminal: None,
        tmux: false,
        tmux_drops: false,
        opener: None,
        browser: None,
        display: false,
        folder: Some(&folder),
    };
    let (message, kind) = qari::app::share::perform::perform(effect, outside, UiLang::Ar);
    assert_eq!(kind, MessageKind::Info);
    let path = folder.join("ar-1.txt");
    assert!(path.is_file());
    assert_eq!(message, format!("حُفظ: \u{2066}{}\u{2069}", path.display()));
    s.model.message = Some((message, kind));
    let status = rows(&render(&s)).pop().unwrap();
    // Left to right on screen: the temporary folder, the Arabic folder's
    // name (its letters drawn right to left), then the file's name.
    let start = status
        .find(&dir.path().display().to_string())
        .expect(&status);
    let file = status.find("/ar-1.txt").expect(&status);
    assert!(start < file, "{status}");
}
