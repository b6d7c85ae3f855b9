//! The keymap: which action a key stands for in each pane and overlay,
//! and rebinding.

mod app_support;

use app_support::*;
use qari::app::Action;
use qari::app::keymap::{Keymap, Mode};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

#[test]
fn vim_and_arrow_keys_mean_the_same() {
    let keymap = Keymap::default();
    for mode in [Mode::List, Mode::Reader] {
        assert_eq!(
            keymap.action(mode, &key(KeyCode::Char('j'))),
            Some(Action::Down)
        );
        assert_eq!(keymap.action(mode, &key(KeyCode::Down)), Some(Action::Down));
        assert_eq!(
            keymap.action(mode, &key(KeyCode::Char('k'))),
            Some(Action::Up)
        );
        assert_eq!(
            keymap.action(mode, &key(KeyCode::PageDown)),
            Some(Action::PageDown)
        );
        assert_eq!(
            keymap.action(mode, &key(KeyCode::Char(' '))),
            Some(Action::PageDown)
        );
        assert_eq!(
            keymap.action(mode, &key(KeyCode::Char('b'))),
            Some(Action::PageUp)
        );
        assert_eq!(keymap.action(mode, &key(KeyCode::Home)), Some(Action::Top));
        let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(keymap.action(mode, &shift_g), Some(Action::Bottom));
    }
}

#[test]
fn keys_depend_on_the_pane_and_overlay() {
    let keymap = Keymap::default();
    let bracket = key(KeyCode::Char(']'));
    assert_eq!(keymap.action(Mode::List, &bracket), None);
    assert_eq!(
        keymap.action(Mode::Reader, &bracket),
        Some(Action::NextArticle)
    );
    assert_eq!(keymap.action(Mode::List, &key(KeyCode::Char('t'))), None);
    assert_eq!(
        keymap.action(Mode::Reader, &key(KeyCode::Char('t'))),
        Some(Action::ToggleTashkeel)
    );
    // On the search line, letters are text.
    assert_eq!(
        keymap.action(Mode::Search, &key(KeyCode::Char('q'))),
        Some(Action::Input('q'))
    );
    assert_eq!(
        keymap.action(Mode::Search, &key(KeyCode::Char('ل'))),
        Some(Action::Input('ل'))
    );
    assert_eq!(
        keymap.action(Mode::Help, &key(KeyCode::Char('?'))),
        Some(Action::Back)
    );
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    for mode in [Mode::List, Mode::Reader, Mode::Search, Mode::Help] {
        assert_eq!(keymap.action(mode, &ctrl_c), Some(Action::ForceQuit));
    }
    let mut release = key(KeyCode::Char('j'));
    release.kind = KeyEventKind::Release;
    assert_eq!(keymap.action(Mode::List, &release), None);
}

#[test]
fn rebinding_replaces_an_actions_keys() {
    use qari::app::keymap::KeyBinding;
    let mut keymap = Keymap::default();
    assert_eq!(Action::from_name("page_down"), Some(Action::PageDown));
    assert_eq!(Action::ToggleJustify.name(), Some("toggle_justify"));
    assert_eq!(Action::from_name("fly"), None);
    keymap.rebind(
        Action::Quit,
        &[KeyBinding::char('x'), KeyBinding::ctrl('q')],
    );
    assert_eq!(keymap.action(Mode::List, &key(KeyCode::Char('q'))), None);
    assert_eq!(
        keymap.action(Mode::List, &key(KeyCode::Char('x'))),
        Some(Action::Quit)
    );
    let ctrl_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL);
    assert_eq!(keymap.action(Mode::Reader, &ctrl_q), Some(Action::Quit));
    // A key taken from another action now means the rebound one.
    keymap.rebind(Action::ToggleTashkeel, &[KeyBinding::char('j')]);
    assert_eq!(
        keymap.action(Mode::Reader, &key(KeyCode::Char('j'))),
        Some(Action::ToggleTashkeel)
    );
    assert_eq!(
        keymap.action(Mode::List, &key(KeyCode::Char('j'))),
        Some(Action::Down)
    );
    assert!(keymap.labels(&[Action::Quit]).contains("Ctrl-Q"));
}
