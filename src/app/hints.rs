//! The key hints of the status line and the help's footer, made from the
//! keys actually bound (a rebound key is hinted as rebound), each key name
//! isolated left to right so that Arabic around it cannot reorder it.

use super::action::Action;
use super::isolate;
use super::keymap::Keymap;
use super::views::Pane;
use crate::i18n::{ShareStrings, Strings, UiLang, fill, strings};

/// Keys and what they do, for the pane with the keyboard.
pub fn status_hints(keymap: &Keymap, lang: UiLang, focus: Pane) -> String {
    let s = strings(lang);
    use Action::*;
    let items: Vec<(&[Action], &str)> = match focus {
        Pane::List => vec![
            (&[Help], s.hint_help),
            (&[Search], s.hint_search),
            (&[Open], s.hint_open),
            (&[Quit], s.hint_quit),
        ],
        Pane::Reader => vec![
            (&[Help], s.hint_help),
            (&[Search], s.hint_search),
            (&[PrevArticle, NextArticle], s.hint_articles),
            (
                &[ToggleTashkeel, CycleDigits, ToggleShaping, ToggleJustify],
                s.hint_display,
            ),
            (&[Quit], s.hint_back),
        ],
    };
    items
        .into_iter()
        .map(|(actions, what)| format!("{} {what}", keys(keymap, actions)))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The first key of each action, each isolated, with spaces between.
pub fn keys(keymap: &Keymap, actions: &[Action]) -> String {
    actions
        .iter()
        .map(|&a| isolate::ltr(&keymap.first_label(a)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Key labels with spaces between, each isolated left to right in a
/// mirrored (Arabic) interface so that `[` `]` and arrows keep their shape
/// and order.
pub fn isolated_keys(labels: &[String], mirrored: bool) -> String {
    labels
        .iter()
        .map(|l| if mirrored { isolate::ltr(l) } else { l.clone() })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The share pane's footer: its keys, or how to close the code.
pub fn share_keys(keymap: &Keymap, lang: UiLang, qr: Option<bool>) -> String {
    let s = ShareStrings::get(lang);
    let named = |name: &str| isolate::ltr(&keymap.first_label_of(name));
    let close = named("quit");
    match qr {
        Some(true) => fill(s.qr_keys, &[&close]),
        Some(false) => fill(s.qr_close, &[&close]),
        None => {
            let choose = format!("{} {}", named("down"), named("up"));
            let numbers = format!(
                "{}–{}",
                keymap.first_label_of("target_1"),
                keymap.first_label_of("target_8")
            );
            let numbers = isolate::ltr(&numbers);
            fill(
                s.keys,
                &[
                    &choose,
                    &named("send"),
                    &numbers,
                    &named("next_format"),
                    &close,
                ],
            )
        }
    }
}

/// What the paragraph cursor's keys do.
pub fn cursor_hint(keymap: &Keymap, lang: UiLang) -> String {
    let named = |name: &str| isolate::ltr(&keymap.first_label_of(name));
    let s = ShareStrings::get(lang);
    fill(
        s.cursor_hint,
        &[&named("share"), &named("paragraph_cursor"), &named("back")],
    )
}

/// "? or Esc closes": the help's footer.
pub fn help_close(keymap: &Keymap, s: &Strings) -> String {
    let help = keys(keymap, &[Action::Help]);
    fill(s.help_close, &[&help, &keys(keymap, &[Action::Back])])
}
