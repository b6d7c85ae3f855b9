//! The reader's actions and their keys, said once (`table::ACTIONS`), and
//! what is made from the table: names for `[keys]`, the README's key table.

mod action;
mod binding;
mod table;

pub use action::Action;
pub use binding::{KeyBinding, Scopes};
pub use table::{ACTIONS, ActionSpec};

use crate::i18n::UiLang;

/// The table's entry named `name` in `[keys]`.
pub fn by_name(name: &str) -> Option<&'static ActionSpec> {
    ACTIONS.iter().find(|s| s.name == name)
}

/// The first entry for `action` (an action can have an entry per place:
/// Enter keeps a search and sends a share).
pub fn by_action(action: Action) -> Option<&'static ActionSpec> {
    ACTIONS.iter().find(|s| s.action == action)
}

impl Action {
    /// The action a configuration names, e.g. `"page_down"`.
    pub fn from_name(name: &str) -> Option<Action> {
        by_name(name).map(|s| s.action)
    }

    /// The configuration's name for this action, if it can be rebound.
    pub fn name(self) -> Option<&'static str> {
        by_action(self).map(|s| s.name)
    }
}

impl ActionSpec {
    /// What the action does, in `lang`.
    pub fn help(&self, lang: UiLang) -> &'static str {
        match lang {
            UiLang::Ar => self.ar,
            UiLang::En => self.en,
        }
    }
}

/// The places a set of scopes names, in words of `lang`.
pub fn places(scopes: Scopes, lang: UiLang) -> String {
    let s = crate::i18n::strings(lang);
    if scopes == Scopes::EVERYWHERE {
        return s.place_everywhere.to_string();
    }
    let separator = if lang == UiLang::Ar { "، " } else { ", " };
    scopes
        .each()
        .map(|place| match place {
            p if p == Scopes::LIST => s.place_list,
            p if p == Scopes::READER => s.place_reader,
            p if p == Scopes::HELP => s.place_help,
            p if p == Scopes::SEARCH => s.place_search,
            p if p == Scopes::LINKS => crate::i18n::LinkStrings::get(lang).place,
            p if p == Scopes::SHARE => s.place_share,
            _ => s.place_confirm,
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The actions that change the reading state or show a part of the
/// library by it, in the order the README's reading-state section lists
/// them.
pub const READING_STATE: [Action; 7] = [
    Action::ToggleRead,
    Action::ToggleBookmark,
    Action::MarkAllRead,
    Action::BookmarksOnly,
    Action::UnreadOnly,
    Action::Archive,
    Action::Undo,
];

/// The default keys of `spec` as the README writes them: `` `j` `↓` ``.
fn readme_keys(spec: &ActionSpec) -> String {
    let keys: Vec<String> = spec
        .keys
        .iter()
        .map(|k| format!("`{}`", k.label()))
        .collect();
    keys.join(" ")
}

/// The README's key table, in English: every action with its name, where
/// it applies, its default keys and what it does.
pub fn readme_table() -> String {
    let mut out = String::from("| Action | Where | Keys | What it does |\n|---|---|---|---|\n");
    for spec in ACTIONS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            spec.name,
            places(spec.scopes, UiLang::En),
            readme_keys(spec),
            spec.en
        ));
    }
    out
}

/// The README's table of the reading-state keys ([`READING_STATE`]), in
/// English: default keys, the action's name and what it does.
pub fn readme_state_table() -> String {
    let mut out = String::from("| Keys | Action | What it does |\n|---|---|---|\n");
    for spec in READING_STATE.iter().filter_map(|&a| by_action(a)) {
        out.push_str(&format!(
            "| {} | `{}` | {} |\n",
            readme_keys(spec),
            spec.name,
            spec.en
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_is_one_entry_and_says_what_it_does_in_both_languages() {
        for spec in ACTIONS {
            assert_eq!(by_name(spec.name).map(|s| s.name), Some(spec.name));
            assert!(!spec.ar.is_empty() && !spec.en.is_empty(), "{}", spec.name);
            assert!(!spec.keys.is_empty(), "{} has no key", spec.name);
        }
    }
}
