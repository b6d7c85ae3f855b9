//! Keys to actions, made from the action table (`crate::keys`), so that
//! bindings can be listed in the help and replaced from the configuration.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::keys::{ACTIONS, Action, by_action, by_name};
pub use crate::keys::{KeyBinding, Scopes};

/// What has the keyboard: a pane, or an overlay over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    List,
    Reader,
    Search,
    Help,
    Share,
    Links,
    /// A yes-or-no question in the status line.
    Confirm,
}

impl Mode {
    fn scope(self) -> Scopes {
        match self {
            Mode::List => Scopes::LIST,
            Mode::Reader => Scopes::READER,
            Mode::Search => Scopes::SEARCH,
            Mode::Help => Scopes::HELP,
            Mode::Share => Scopes::SHARE,
            Mode::Links => Scopes::LINKS,
            Mode::Confirm => Scopes::CONFIRM,
        }
    }
}

/// One key bound to the action of a table entry, where the entry applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// The entry's name in `[keys]`.
    pub name: &'static str,
    pub scopes: Scopes,
    pub key: KeyBinding,
    pub action: Action,
}

/// The bindings, first match wins.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = ACTIONS
            .iter()
            .flat_map(|spec| {
                spec.keys.iter().map(|key| Binding {
                    name: spec.name,
                    scopes: spec.scopes,
                    key: *key,
                    action: spec.action,
                })
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action for a key in a mode, if any. On the search line a
    /// character no binding takes is typed; to a question, any key no
    /// binding takes is no.
    pub fn action(&self, mode: Mode, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let found = self
            .bindings
            .iter()
            .find(|b| b.scopes.contains(mode.scope()) && b.key.matches(key))
            .map(|b| b.action);
        match (mode, found) {
            // The help closes with any of its own keys.
            (Mode::Help, Some(Action::Help | Action::Quit)) => Some(Action::Back),
            (Mode::Search, None) => match key.code {
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    Some(Action::Input(c))
                }
                _ => None,
            },
            // A question takes one key: any but its own says no.
            (Mode::Confirm, None) => Some(Action::Cancel),
            (_, found) => found,
        }
    }

    /// Gives an action new keys in place of its defaults, where it applied.
    pub fn rebind(&mut self, action: Action, keys: &[KeyBinding]) {
        if let Some(spec) = by_action(action) {
            self.rebind_name(spec.name, keys);
        }
    }

    /// Gives the table's entry `name` new keys in place of its defaults.
    pub fn rebind_name(&mut self, name: &str, keys: &[KeyBinding]) {
        let Some(spec) = by_name(name) else {
            return;
        };
        self.bindings.retain(|b| b.name != spec.name);
        // First match wins: rebound keys go first so they override others.
        for (i, key) in keys.iter().enumerate() {
            let binding = Binding {
                name: spec.name,
                scopes: spec.scopes,
                key: *key,
                action: spec.action,
            };
            self.bindings.insert(i, binding);
        }
    }

    /// The first key of the entry `name`, as the help shows it.
    pub fn first_label_of(&self, name: &str) -> String {
        self.bindings
            .iter()
            .find(|b| b.name == name)
            .map(|b| b.key.label())
            .unwrap_or_default()
    }

    /// The first key bound to an action, as the help shows it.
    pub fn first_label(&self, action: Action) -> String {
        by_action(action).map_or_else(String::new, |s| self.first_label_of(s.name))
    }

    /// The keys of the entries named, each once, as the help shows them.
    pub fn labels_of(&self, names: &[&str]) -> Vec<String> {
        let mut labels: Vec<String> = Vec::new();
        for binding in &self.bindings {
            if names.contains(&binding.name) {
                let label = binding.key.label();
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
        }
        labels
    }

    /// The keys bound to any of these actions, as the help shows them.
    pub fn labels(&self, actions: &[Action]) -> String {
        let names: Vec<&str> = actions
            .iter()
            .filter_map(|&a| by_action(a).map(|s| s.name))
            .collect();
        self.labels_of(&names).join(" ")
    }
}

/// One line of the help: the keys of one or more entries of the table that
/// do the same thing, and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: Vec<String>,
    pub what: &'static str,
}

/// The help's lines, in the table's order, with the keys bound now.
pub fn help_lines(keymap: &Keymap, lang: crate::i18n::UiLang) -> Vec<HelpLine> {
    let mut lines: Vec<HelpLine> = Vec::new();
    for spec in ACTIONS {
        let what = spec.help(lang);
        let keys = keymap.labels_of(&[spec.name]);
        match lines.last_mut() {
            Some(last) if last.what == what => last.keys.extend(keys),
            _ => lines.push(HelpLine { keys, what }),
        }
    }
    lines
}
