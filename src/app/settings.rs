//! The configuration applied to the reader: display options, the side of
//! the list, theme colours and rebound keys.

use ratatui::crossterm::event::KeyEvent;
use ratatui::style::{Color, Style};

use std::path::Path;

use crate::config::{Config, Loaded, Mirror, Origin};
use crate::i18n::{UiLang, fill, strings};
use crate::state::StateStore;

use super::App;
use super::action::Action;
use super::keymap::{KeyBinding, Keymap, Mode};
use super::model::MessageKind;
use super::persist::{ltr, notice_text};

/// The reader's start: the configuration applied, the reading state opened
/// at `state_file` (kept in memory when `None`), the last selection
/// restored, and every problem with either shown in the status line and
/// where an article would be.
///
/// The settings chosen in the reader last time come back from the state,
/// over the file's and under this run's flags (see `config::overlay_state`).
pub fn start(app: &mut App, loaded: &Loaded, state_file: Option<&Path>) {
    let mut notices = Vec::new();
    let mut loaded = loaded.clone();
    if let Some(path) = state_file {
        let store = StateStore::open(path);
        let lang = app.model.lang;
        notices.extend(store.notices().iter().map(|n| notice_text(n, lang)));
        crate::config::overlay_state(&mut loaded, store.settings(), path);
        app.model.store = store;
    }
    let mut problems: Vec<String> = config_message(&loaded, app.model.lang)
        .into_iter()
        .collect();
    problems.extend(apply(app, &loaded.config));
    problems.append(&mut notices);
    let (state, rt) = (&mut app.model, &app.rt);
    super::marks::restore_selection(state, rt);
    if let Some(first) = problems.first() {
        state.message = Some((first.clone(), MessageKind::Warning));
    }
    problems.append(&mut state.notices);
    state.notices = problems;
}

/// The configuration's problems in one line, in the interface's language
/// (the problem itself, with its place, as the parser tells it).
fn config_message(loaded: &Loaded, lang: UiLang) -> Option<String> {
    let s = strings(lang);
    let (first, more) = loaded.status_parts()?;
    let shown = |text: &str| match lang {
        UiLang::Ar => ltr(text),
        UiLang::En => text.to_string(),
    };
    let mut msg = shown(&first);
    if loaded.file_ignored {
        msg = fill(s.config_ignored, &[&msg]);
    }
    if more > 0 {
        msg = fill(
            s.config_more,
            &[&msg, &more.to_string(), &shown("qari config")],
        );
    }
    Some(msg)
}

/// Applies what the configuration sets. Values left at their defaults keep
/// the reader's own styles. Returns warnings for the status line.
pub fn apply(app: &mut App, config: &Config) -> Vec<String> {
    let state = &mut app.model;
    state.opts.tashkeel = config.tashkeel.value;
    state.opts.digits = config.digits.value;
    state.opts.justify = config.justify.value;
    state.opts.shaping = config.shape.value.shaping();
    if state.list.sort != config.sort.value {
        super::sorting::sort(state, &app.rt, config.sort.value);
        // The start of the list in its order, until a selection kept in
        // the state is restored.
        state.list.selected = 0;
        state.list.offset = 0;
    }
    state.mirror = match config.layout.value {
        Mirror::Auto => None,
        Mirror::Mirrored => Some(true),
        Mirror::Unmirrored => Some(false),
    };
    apply_theme(&mut app.rt.theme, config);
    rebind_keys(&mut app.rt.keymap, config)
}

/// Gives the configured actions their keys. Returns warnings for keys
/// taken from actions that had them and for a key given to two actions;
/// `qari config` prints the same against the default keys.
pub fn rebind_keys(keymap: &mut Keymap, config: &Config) -> Vec<String> {
    let mut warnings = Vec::new();
    // What each configured key did before any rebinding, to tell afterwards
    // which actions lost a key they had.
    let mut rebound = Vec::new();
    for (name, keys) in &config.keys {
        let Some(action) = crate::keys::by_name(name).map(|spec| spec.action) else {
            warnings.push(format!("{}: no action `{name}`", place(&keys.origin)));
            continue;
        };
        let bindings: Vec<(KeyBinding, [Option<Action>; 2])> = keys
            .value
            .iter()
            .map(|k| {
                let binding = KeyBinding {
                    code: k.code,
                    modifiers: k.modifiers,
                };
                (binding, meanings(keymap, &binding))
            })
            .collect();
        rebound.push((name, action, place(&keys.origin), bindings));
    }
    for (name, _, _, bindings) in &rebound {
        let keys: Vec<KeyBinding> = bindings.iter().map(|(b, _)| *b).collect();
        keymap.rebind_name(name, &keys);
    }
    for (name, action, origin, bindings) in &rebound {
        for (binding, before) in bindings {
            let label = binding.label();
            let now = meanings(keymap, binding);
            if !now.contains(&Some(*action)) {
                let winner = now.iter().flatten().find_map(|a| a.name()).unwrap_or("?");
                warnings.push(format!(
                    "{origin}: `{label}` is given to {name} and to {winner}, and does {winner}"
                ));
                continue;
            }
            for other in lost(config, *action, *before, now, binding) {
                warnings.push(format!(
                    "{origin}: `{label}` now does {name} instead of {other}"
                ));
            }
        }
    }
    warnings
}

/// `config.toml:3:9`, as the configuration's own problems are placed.
fn place(origin: &Origin) -> String {
    match origin {
        Origin::File { path, line, column } => format!("{}:{line}:{column}", path.display()),
        other => other.to_string(),
    }
}

/// What a key does in the list and while reading.
fn meanings(keymap: &Keymap, binding: &KeyBinding) -> [Option<Action>; 2] {
    let key = KeyEvent::new(binding.code, binding.modifiers);
    [Mode::List, Mode::Reader].map(|mode| keymap.action(mode, &key))
}

/// The actions other than `action` that a rebound key no longer does, by
/// name: a surprise worth a warning, unless the file itself moved that
/// action to other keys.
fn lost(
    config: &Config,
    action: Action,
    before: [Option<Action>; 2],
    now: [Option<Action>; 2],
    binding: &KeyBinding,
) -> Vec<&'static str> {
    let mut names = Vec::new();
    for (was, now) in before.into_iter().zip(now) {
        let Some(was) = was.filter(|&w| w != action && Some(w) != now) else {
            continue;
        };
        let Some(name) = was.name() else {
            continue;
        };
        let moved_away = config.keys.get(name).is_some_and(|keys| {
            !keys
                .value
                .iter()
                .any(|k| k.code == binding.code && k.modifiers == binding.modifiers)
        });
        if !moved_away && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn apply_theme(t: &mut super::theme::Theme, config: &Config) {
    let set = |name: &str| -> Option<Color> {
        config
            .theme
            .get(name)
            .filter(|c| c.origin != Origin::Default)
            .map(|c| c.value.color)
    };
    let fg = |style: &mut Style, c: Option<Color>| {
        if let Some(c) = c {
            *style = style.fg(c);
        }
    };
    fg(&mut t.text, set("text"));
    fg(&mut t.title, set("title"));
    fg(&mut t.heading, set("heading"));
    fg(&mut t.byline, set("byline"));
    fg(&mut t.quote, set("quote"));
    fg(&mut t.dim, set("dim"));
    fg(&mut t.separator, set("dim"));
    fg(&mut t.unread, set("unread"));
    fg(&mut t.bookmark, set("bookmark"));
    fg(&mut t.scrollbar, set("accent"));
    fg(&mut t.status, set("status"));
    fg(&mut t.warning, set("warning"));
    if let Some(c) = set("accent") {
        t.focused_header = t.focused_header.bg(c);
    }
    if let Some(c) = set("match") {
        t.match_ = t.match_.bg(c);
    }
    if let Some(c) = set("current_match") {
        t.current_match = t.current_match.bg(c);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    use super::*;
    use crate::article::Library;
    use crate::cli::GlobalArgs;
    use crate::layout::{Digits, LayoutOptions};

    fn state() -> App {
        App::new(Library::sample(), UiLang::Ar, LayoutOptions::default())
    }

    fn config(text: &str) -> Config {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        let flags = GlobalArgs {
            config: Some(path),
            ..GlobalArgs::default()
        };
        let loaded = crate::config::load_with(&flags, &|_| None);
        assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
        loaded.config
    }

    #[test]
    fn defaults_leave_the_reader_as_it_is() {
        let mut s = state();
        let before = (
            s.rt.theme.clone(),
            s.rt.keymap.clone(),
            s.model.opts,
            s.model.mirrored(),
        );
        apply(&mut s, &crate::config::defaults());
        assert_eq!(
            before,
            (
                s.rt.theme.clone(),
                s.rt.keymap.clone(),
                s.model.opts,
                s.model.mirrored()
            )
        );
    }

    #[test]
    fn file_settings_reach_the_reader() {
        let mut s = state();
        let c = config(
            "digits = \"latin\"\nlayout = \"unmirrored\"\n[theme]\nunread = \"#102030\"\n[keys]\ntoggle_bookmark = \"ctrl-b\"\n",
        );
        assert!(apply(&mut s, &c).is_empty());
        assert_eq!(s.model.opts.digits, Digits::Latin);
        assert!(
            !s.model.mirrored(),
            "the Arabic interface with the list on the left"
        );
        assert_eq!(s.rt.theme.unread.fg, Some(Color::Rgb(0x10, 0x20, 0x30)));
        let ctrl_b = KeyEvent::new(KeyCode::Char('b'), KeyModifiers::CONTROL);
        let m = KeyEvent::new(KeyCode::Char('m'), KeyModifiers::NONE);
        assert_eq!(
            s.rt.keymap.action(s.model.mode(), &ctrl_b),
            Some(Action::ToggleBookmark)
        );
        assert_eq!(s.rt.keymap.action(s.model.mode(), &m), None);
    }

    #[test]
    fn a_key_taken_from_another_action_is_a_warning() {
        let mut s = state();
        let c = config("[keys]\nquit = \"u\"\n");
        let warnings = apply(&mut s, &c);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].ends_with("config.toml:2:8: `u` now does quit instead of toggle_read"),
            "{warnings:?}"
        );
        let u = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::NONE);
        assert_eq!(s.rt.keymap.action(s.model.mode(), &u), Some(Action::Quit));
    }

    #[test]
    fn keys_swapped_in_the_file_are_no_surprise_but_a_key_given_twice_is() {
        let mut s = state();
        let swapped = config("[keys]\nquit = \"u\"\ntoggle_read = \"q\"\n");
        assert_eq!(apply(&mut s, &swapped), Vec::<String>::new());
        let mut s = state();
        let twice = config("[keys]\nquit = \"u\"\ntoggle_read = \"u\"\n");
        let warnings = apply(&mut s, &twice);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0]
                .ends_with(":2:8: `u` is given to quit and to toggle_read, and does toggle_read"),
            "{warnings:?}"
        );
    }

    #[test]
    fn every_configurable_action_name_is_a_reader_action() {
        for spec in crate::keys::ACTIONS {
            let action = Action::from_name(spec.name);
            assert_eq!(action, Some(spec.action), "{}", spec.name);
        }
    }
}
