//! The action table is the one place keys are defined: the README's key
//! table, the configuration's `[keys]` names and the keymap all follow it.

use qari::app::keymap::{Keymap, Mode};
use qari::keys::{ACTIONS, Action, readme_state_table, readme_table};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

#[test]
fn the_readme_key_table_is_the_action_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme
        .find("| Action | Where | Keys | What it does |")
        .expect("the README has a key table");
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |e| start + e + 1);
    let expected = readme_table();
    assert_eq!(
        &readme[start..end],
        expected,
        "the README's key table differs from the action table; it should read:\n{expected}"
    );
}

#[test]
fn the_readme_reading_state_keys_are_the_action_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let section = readme
        .find("### Reading state")
        .expect("the README has a reading-state section");
    let section = &readme[section..];
    let section = &section[..section.find("\n## ").unwrap_or(section.len())];
    let start = section
        .find("| Keys | Action | What it does |")
        .expect("the reading-state section has a key table");
    let end = section[start..]
        .find("\n\n")
        .map_or(section.len(), |e| start + e + 1);
    let expected = readme_state_table();
    assert_eq!(
        &section[start..end],
        expected,
        "the README's reading-state keys differ from the action table; they should read:\n{expected}"
    );
    for key in ["`u`", "`m`", "`A`", "`B`", "`U`"] {
        assert!(expected.contains(key), "{key} in:\n{expected}");
    }
}

#[test]
fn every_action_of_the_table_can_be_rebound_from_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    for spec in ACTIONS {
        let path = dir.path().join(format!("{}.toml", spec.name));
        std::fs::write(&path, format!("[keys]\n{} = \"F5\"\n", spec.name)).unwrap();
        let global = qari::cli::GlobalArgs {
            config: Some(path),
            ..Default::default()
        };
        let loaded = qari::config::load(&global);
        assert!(
            loaded.warnings.is_empty(),
            "{}: {:?}",
            spec.name,
            loaded.warnings
        );
        assert!(loaded.config.keys.contains_key(spec.name), "{}", spec.name);
    }
}

#[test]
fn the_share_pane_keys_can_be_rebound() {
    let mut keymap = Keymap::default();
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(
        keymap.action(Mode::Share, &key('f')),
        Some(Action::NextFormat)
    );
    keymap.rebind_name("next_format", &[qari::keys::KeyBinding::char('x')]);
    assert_eq!(
        keymap.action(Mode::Share, &key('x')),
        Some(Action::NextFormat)
    );
    assert_eq!(keymap.action(Mode::Share, &key('f')), None);
    keymap.rebind_name("target_3", &[qari::keys::KeyBinding::char('w')]);
    assert_eq!(keymap.action(Mode::Share, &key('w')), Some(Action::Pick(3)));
    // Enter still sends in the pane and keeps a search on the search line.
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    keymap.rebind_name("send", &[qari::keys::KeyBinding::char('y')]);
    assert_eq!(keymap.action(Mode::Share, &enter), None);
    assert_eq!(keymap.action(Mode::Search, &enter), Some(Action::Submit));
}
