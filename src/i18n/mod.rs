//! The interface's language and every word qari says in it.
//!
//! Each table of the catalogue is written once with both languages side by
//! side (`catalogue!`), so no entry can exist in one language only; numbers
//! meet nouns through `plural`, dates are written by `date`.

pub mod date;
mod doctor;
mod io;
mod library;
mod links;
pub mod plural;
mod reader;
mod share;
mod undo;

pub use doctor::DoctorStrings;
pub use io::{IoStrings, NoticeStrings, io_reason};
pub use library::LibraryStrings;
pub use links::LinkStrings;
pub use plural::{Noun, count};
pub use reader::{HelpStrings, MarkStrings, StateStrings, Strings};
pub use share::ShareStrings;
pub use undo::UndoStrings;

/// The interface's language. Arabic also mirrors the reader's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum UiLang {
    Ar,
    En,
}

impl UiLang {
    pub const ALL: [UiLang; 2] = [UiLang::Ar, UiLang::En];
}

/// Defines a table of the catalogue: a struct of `&'static str` fields,
/// its Arabic and English instances, and the list of every entry with both
/// of its texts (for the test that none is missing or left untranslated).
macro_rules! catalogue {
    ($(#[$meta:meta])* pub struct $name:ident {
        $($(#[$field_meta:meta])* $field:ident: $ar:expr, $en:expr;)*
    }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $($(#[$field_meta])* pub $field: &'static str,)*
        }

        impl $name {
            pub const AR: $name = $name { $($field: $ar,)* };
            pub const EN: $name = $name { $($field: $en,)* };
            /// Every entry: its name, its Arabic and its English text.
            pub const ENTRIES: &'static [(&'static str, &'static str, &'static str)] =
                &[$((stringify!($field), $ar, $en),)*];

            /// The table in `lang`.
            pub fn get(lang: $crate::i18n::UiLang) -> &'static $name {
                match lang {
                    $crate::i18n::UiLang::Ar => &Self::AR,
                    $crate::i18n::UiLang::En => &Self::EN,
                }
            }
        }
    };
}
pub(crate) use catalogue;

/// Every table's entries, for tests and for `qari doctor`.
pub fn all_entries() -> Vec<(&'static str, &'static str, &'static str)> {
    [
        Strings::ENTRIES,
        HelpStrings::ENTRIES,
        MarkStrings::ENTRIES,
        ShareStrings::ENTRIES,
        DoctorStrings::ENTRIES,
        IoStrings::ENTRIES,
        StateStrings::ENTRIES,
        NoticeStrings::ENTRIES,
        LinkStrings::ENTRIES,
        LibraryStrings::ENTRIES,
        UndoStrings::ENTRIES,
    ]
    .concat()
}

/// The reader's table for a language.
pub fn strings(lang: UiLang) -> &'static Strings {
    Strings::get(lang)
}

/// A template with its `{}` replaced, in order, by `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out =
        String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        out.push_str(args.next().copied().unwrap_or(""));
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

/// The interface language when `--ui` is not given: from the locale
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), English only when a
/// non-Arabic locale is explicitly chosen; an unset, `C` or `POSIX` locale
/// gives Arabic, the language qari is made for.
pub fn default_lang(var: impl Fn(&str) -> Option<String>) -> UiLang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.is_empty());
    match locale {
        None => UiLang::Ar,
        Some(value) => {
            let lang = value.split(['_', '.', '@']).next().unwrap_or("");
            if lang.eq_ignore_ascii_case("ar") || matches!(lang, "" | "C" | "POSIX") {
                UiLang::Ar
            } else {
                UiLang::En
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_chooses_the_language() {
        assert_eq!(default_lang(env(&[])), UiLang::Ar);
        assert_eq!(default_lang(env(&[("LANG", "ar_EG.UTF-8")])), UiLang::Ar);
        assert_eq!(default_lang(env(&[("LANG", "en_US.UTF-8")])), UiLang::En);
        assert_eq!(default_lang(env(&[("LANG", "C.UTF-8")])), UiLang::Ar);
        assert_eq!(
            default_lang(env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ar_SA.UTF-8")])),
            UiLang::En
        );
        assert_eq!(
            default_lang(env(&[("LC_ALL", ""), ("LANG", "ar_SA.UTF-8")])),
            UiLang::Ar
        );
    }

    fn has_arabic(s: &str) -> bool {
        s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    }

    /// Words every language keeps as they are: names and symbols.
    const SAME_IN_BOTH: &[&str] = &["search_prompt", "vte_name"];
    /// English texts that show the Arabic they describe.
    const QUOTING_ARABIC: &[&str] = &["expect_lam_alef", "expect_digits"];

    #[test]
    fn every_entry_exists_in_both_languages() {
        for (name, ar, en) in all_entries() {
            assert!(!ar.trim().is_empty(), "{name} has no Arabic");
            assert!(!en.trim().is_empty(), "{name} has no English");
            assert!(
                QUOTING_ARABIC.contains(&name) || !has_arabic(en),
                "{name}: Arabic in the English text {en:?}"
            );
            if !SAME_IN_BOTH.contains(&name) {
                assert!(
                    has_arabic(ar),
                    "{name}: the Arabic text is not Arabic: {ar:?}"
                );
            }
            assert_eq!(
                ar.matches("{}").count(),
                en.matches("{}").count(),
                "{name}: the two languages take different arguments"
            );
        }
    }

    #[test]
    fn templates_take_their_arguments_in_order() {
        assert_eq!(fill("{} of {}", &["3", "7"]), "3 of 7");
        assert_eq!(fill("no args", &["x"]), "no args");
    }
}
