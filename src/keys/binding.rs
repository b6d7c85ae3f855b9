//! One key with its modifiers, and where a binding applies.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One key with its modifiers. Shift is part of the character itself
/// (`G`, `J`, `?`), so it is ignored for character keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyBinding {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyBinding {
    pub const fn key(code: KeyCode) -> Self {
        KeyBinding {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    pub const fn char(c: char) -> Self {
        Self::key(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        KeyBinding {
            code: KeyCode::Char(c),
            modifiers: KeyModifiers::CONTROL,
        }
    }

    pub fn matches(&self, key: &KeyEvent) -> bool {
        let mut modifiers = key.modifiers;
        if matches!(key.code, KeyCode::Char(_)) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == key.code && self.modifiers == modifiers
    }

    /// How the help, the hints and the README write the key.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Down => "↓".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        };
        if self.modifiers.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{}", name.to_uppercase())
        } else if self.modifiers.contains(KeyModifiers::ALT) {
            format!("Alt-{name}")
        } else {
            name
        }
    }
}

/// Where a binding applies: a set of the places that take the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scopes(u8);

impl Scopes {
    pub const LIST: Scopes = Scopes(1);
    pub const READER: Scopes = Scopes(2);
    pub const HELP: Scopes = Scopes(4);
    pub const SEARCH: Scopes = Scopes(8);
    pub const SHARE: Scopes = Scopes(16);
    pub const LINKS: Scopes = Scopes(32);
    /// A yes-or-no question in the status line.
    pub const CONFIRM: Scopes = Scopes(64);
    /// Both panes.
    pub const PANES: Scopes = Scopes(1 | 2);
    pub const EVERYWHERE: Scopes = Scopes(127);

    pub const fn with(self, other: Scopes) -> Scopes {
        Scopes(self.0 | other.0)
    }

    pub const fn contains(self, other: Scopes) -> bool {
        self.0 & other.0 == other.0
    }

    /// Each place of the set, in the table's order.
    pub fn each(self) -> impl Iterator<Item = Scopes> {
        [
            Self::LIST,
            Self::READER,
            Self::HELP,
            Self::SEARCH,
            Self::SHARE,
            Self::LINKS,
            Self::CONFIRM,
        ]
        .into_iter()
        .filter(move |s| self.contains(*s))
    }
}
