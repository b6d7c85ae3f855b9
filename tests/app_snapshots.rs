//! Whole screens, kept as insta snapshots (tests/snapshots/): a change in
//! what the reader draws shows up as a reviewable diff.

mod app_support;

use app_support::*;
use qari::i18n::UiLang;
use ratatui::crossterm::event::KeyCode;

fn screen(s: &qari::app::App) -> String {
    rows(&render(s))
        .iter()
        .map(|r| r.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn english_wide_list_and_article() {
    let mut s = state(UiLang::En, (100, 16), sample_articles());
    type_keys(&mut s, "j");
    press(&mut s, key(KeyCode::Enter));
    insta::assert_snapshot!(screen(&s));
}

#[test]
fn arabic_wide_list_and_article() {
    let mut s = state(UiLang::Ar, (100, 16), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    insta::assert_snapshot!(screen(&s));
}

#[test]
fn arabic_narrow_reading_pane() {
    let mut s = state(UiLang::Ar, (60, 14), sample_articles());
    press(&mut s, key(KeyCode::Enter));
    insta::assert_snapshot!(screen(&s));
}

#[test]
fn english_help_overlay() {
    let mut s = state(UiLang::En, (80, 24), sample_articles());
    type_keys(&mut s, "?");
    insta::assert_snapshot!(screen(&s));
}
