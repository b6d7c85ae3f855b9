//! Shared helpers for the reader's tests: articles, a state at a size,
//! typing keys, and drawing to a `TestBackend`.
#![allow(dead_code)]

use qari::app::{Action, App, Effect};
use qari::article::{Article, Block, Library};
use qari::i18n::UiLang;
use qari::layout::{Direction, LayoutOptions};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub fn article(id: &str, title: &str, paragraphs: &[&str]) -> Article {
    Article {
        id: id.to_string(),
        title: title.to_string(),
        author: Some("Jane Doe".to_string()),
        source: None,
        url: None,
        published: Some("2023-09-11T08:00:00Z".to_string()),
        lang: None,
        dir: Direction::Auto,
        tags: Vec::new(),
        reading_minutes: 3,
        body: paragraphs
            .iter()
            .map(|p| Block::Paragraph(p.to_string()))
            .collect(),
        links: Vec::new(),
        path: None,
    }
}

/// An article of `n` numbered English paragraphs.
pub fn long_article(id: &str, n: usize) -> Article {
    let paragraphs: Vec<String> = (1..=n)
        .map(|i| format!("Paragraph {i} says something long enough to wrap over a line or two."))
        .collect();
    let refs: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
    article(id, &format!("Long article {id}"), &refs)
}

pub const ARABIC_TITLE: &str = "وتقول الولايات المتحدة إن كوريا الشمالية ستدفع الثمن";
pub const ARABIC_PARAGRAPH: &str =
    "وقال أندريه لانكوف، خبير شؤون كوريا الشمالية في جامعة كوكمين في سيول، إن كيم يرغب في ذلك.";

/// Three articles: an Arabic one first, then two English ones.
pub fn sample_articles() -> Vec<Article> {
    let mut arabic = article("ar-1", ARABIC_TITLE, &[ARABIC_PARAGRAPH]);
    arabic.author = Some("فريق التحرير".to_string());
    arabic.body.insert(
        0,
        Block::Heading("التعاون الدفاعي بين موسكو وبيونغ يانغ".to_string()),
    );
    vec![
        arabic,
        long_article("en-1", 40),
        article("en-2", "A short English note", &["Just one paragraph."]),
    ]
}

pub fn library(articles: Vec<Article>) -> Library {
    Library {
        articles,
        problems: Vec::new(),
        is_sample: false,
    }
}

pub fn state(lang: UiLang, (width, height): (u16, u16), articles: Vec<Article>) -> App {
    let mut state = App::new(library(articles), lang, LayoutOptions::default());
    state.update(Action::Resize { width, height });
    state
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses a key as the keymap sees it; returns the effect, if any.
pub fn press(state: &mut App, event: KeyEvent) -> Option<Effect> {
    let action = state.rt.keymap.action(state.model.mode(), &event)?;
    state.update(action)
}

/// Types each character as a key press.
pub fn type_keys(state: &mut App, keys: &str) -> Option<Effect> {
    let mut effect = None;
    for c in keys.chars() {
        let modifiers = if c.is_ascii_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        effect = press(state, KeyEvent::new(KeyCode::Char(c), modifiers)).or(effect);
    }
    effect
}

/// Draws the state on a `TestBackend` of its size.
pub fn render(state: &App) -> Buffer {
    let (width, height) = state.model.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    terminal.draw(|frame| state.draw(frame)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The screen's rows as text, a cell's symbol after another.
pub fn rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

/// The column where `needle` starts in `row` (counted in cells), if it does.
pub fn column_of(row: &str, needle: &str) -> Option<usize> {
    let byte = row.find(needle)?;
    Some(row[..byte].chars().count())
}

pub fn screen_contains(buf: &Buffer, needle: &str) -> bool {
    rows(buf).iter().any(|row| row.contains(needle))
}
