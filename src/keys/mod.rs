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
            _ => s.place_share,
        })
        .collect::<Vec<_>>()
        .join(separator)
}

/// The README's key table, in English: every action with its name, where
/// it applies, its default keys and what it does.
pub fn readme_table() -> String {
    let mut out = String::from("| Action | Where | Keys | What it does |\n|---|---|---|---|\n");
    for spec in ACTIONS {
        let keys: Vec<String> = spec
            .keys
            .iter()
            .map(|k| format!("`{}`", k.label()))
            .collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            spec.name,
            places(spec.scopes, UiLang::En),
            keys.join(" "),
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
