//! Keys to actions: a plain table, so bindings can be listed in the help
//! overlay and replaced from the configuration.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;
use crate::i18n::HelpStrings;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Both panes.
    Any,
    List,
    Reader,
}

/// What has the keyboard: a pane, or an overlay over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    List,
    Reader,
    Search,
    Help,
    Share,
}

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

    fn matches(&self, key: &KeyEvent) -> bool {
        let mut modifiers = key.modifiers;
        if matches!(key.code, KeyCode::Char(_)) {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        self.code == key.code && self.modifiers == modifiers
    }

    /// How the help overlay writes the key.
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
        } else {
            name
        }
    }
}

/// The bindings, first match wins. Replaceable as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<(Scope, KeyBinding, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        use Action::*;
        use KeyCode as K;
        use Scope::*;
        let k = KeyBinding::key;
        let c = KeyBinding::char;
        let bindings = vec![
            (Any, c('j'), Down),
            (Any, k(K::Down), Down),
            (Any, c('k'), Up),
            (Any, k(K::Up), Up),
            (Any, c(' '), PageDown),
            (Any, k(K::PageDown), PageDown),
            (Any, c('b'), PageUp),
            (Any, k(K::PageUp), PageUp),
            (Any, c('g'), Top),
            (Any, k(K::Home), Top),
            (Any, c('G'), Bottom),
            (Any, k(K::End), Bottom),
            (List, k(K::Enter), Open),
            (Any, k(K::Esc), Back),
            (Any, k(K::Tab), SwitchPane),
            (Any, k(K::Left), FocusLeft),
            (Any, k(K::Right), FocusRight),
            (Reader, c('['), PrevArticle),
            (Reader, c(']'), NextArticle),
            (Any, c('/'), Search),
            (Any, c('n'), NextMatch),
            (Any, c('N'), PrevMatch),
            (Any, c('s'), Share),
            (Reader, c('v'), ParagraphCursor),
            (Any, c('?'), Help),
            (Any, c('q'), Quit),
            (Any, KeyBinding::ctrl('c'), ForceQuit),
            (Reader, c('t'), ToggleTashkeel),
            (Reader, c('d'), CycleDigits),
            (Reader, c('r'), ToggleShaping),
            (Reader, c('J'), ToggleJustify),
            (Any, c('u'), ToggleRead),
            (Any, c('m'), ToggleBookmark),
            (Any, c('A'), MarkAllRead),
            (Any, c('B'), BookmarksOnly),
            (Any, c('U'), UnreadOnly),
        ];
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action for a key in a mode, if any.
    pub fn action(&self, mode: Mode, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let ctrl_c = KeyBinding::ctrl('c');
        match mode {
            Mode::Search => search_key(key),
            Mode::Help => {
                if ctrl_c.matches(key) {
                    return Some(Action::ForceQuit);
                }
                // The help scrolls like a pane and closes with any of its own keys.
                match self.lookup(Scope::Any, key)? {
                    a @ (Action::Down | Action::Up | Action::PageDown | Action::PageUp) => Some(a),
                    a @ (Action::Top | Action::Bottom | Action::ForceQuit) => Some(a),
                    Action::Help | Action::Back | Action::Quit => Some(Action::Back),
                    _ => None,
                }
            }
            Mode::Share => super::share::keys(key),
            Mode::List => self.lookup(Scope::List, key),
            Mode::Reader => self.lookup(Scope::Reader, key),
        }
    }

    fn lookup(&self, scope: Scope, key: &KeyEvent) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(s, b, _)| (*s == Scope::Any || *s == scope) && b.matches(key))
            .map(|(_, _, a)| *a)
    }

    /// Gives an action new keys in place of its defaults, in the same
    /// pane(s) it had.
    pub fn rebind(&mut self, action: Action, keys: &[KeyBinding]) {
        let scope = self
            .bindings
            .iter()
            .find(|(_, _, a)| *a == action)
            .map_or(Scope::Any, |(s, _, _)| *s);
        self.bindings.retain(|(_, _, a)| *a != action);
        // First match wins: rebound keys go first so they override others.
        for (i, key) in keys.iter().enumerate() {
            self.bindings.insert(i, (scope, *key, action));
        }
    }

    /// The first key bound to an action, as the help shows it.
    pub fn first_label(&self, action: Action) -> String {
        self.bindings
            .iter()
            .find(|(_, _, a)| *a == action)
            .map(|(_, b, _)| b.label())
            .unwrap_or_default()
    }

    /// The keys bound to any of these actions, as the help shows them.
    pub fn labels(&self, actions: &[Action]) -> String {
        let mut labels: Vec<String> = Vec::new();
        for (_, binding, action) in &self.bindings {
            if actions.contains(action) {
                let label = binding.label();
                if !labels.contains(&label) {
                    labels.push(label);
                }
            }
        }
        labels.join(" ")
    }
}

/// Keys on the search line: text is typed, not interpreted.
fn search_key(key: &KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c') if ctrl => Some(Action::ForceQuit),
        KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
        KeyCode::Backspace => Some(Action::DeleteChar),
        KeyCode::Enter => Some(Action::Submit),
        KeyCode::Esc => Some(Action::Back),
        _ => None,
    }
}

/// The help overlay's lines: the actions on each line and what they do.
pub fn help_lines(h: &HelpStrings) -> Vec<(&'static [Action], &'static str)> {
    use Action::*;
    vec![
        (&[Down, Up][..], h.move_line),
        (&[PageDown, PageUp], h.page),
        (&[Top, Bottom], h.top_bottom),
        (&[Open], h.open),
        (&[Back], h.back),
        (&[SwitchPane], h.switch_pane),
        (&[FocusLeft, FocusRight], h.pane_by_side),
        (&[PrevArticle, NextArticle], h.prev_next_article),
        (&[Search], h.search),
        (&[NextMatch, PrevMatch], h.next_prev_match),
        (&[Share], h.share),
        (&[ParagraphCursor], h.paragraph_cursor),
        (&[Help], h.help),
        (&[Quit], h.quit),
        (&[ForceQuit], h.force_quit),
        (&[ToggleTashkeel], h.tashkeel),
        (&[CycleDigits], h.digits),
        (&[ToggleShaping], h.shaping),
        (&[ToggleJustify], h.justify),
        (&[ToggleRead], h.toggle_read),
        (&[ToggleBookmark], h.toggle_bookmark),
        (&[MarkAllRead], h.mark_all_read),
        (&[BookmarksOnly, UnreadOnly], h.only),
        (&[], h.mouse),
    ]
}
