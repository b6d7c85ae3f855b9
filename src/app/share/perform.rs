//! Running the share effects: the only place the share pane does I/O.

use std::io::{self, Write};
use std::path::Path;

use crate::app::effects::Effect;
use crate::app::isolate;
use crate::app::model::{MessageKind, Model};
use crate::app::terminal;
use crate::article::sanitize;
use crate::i18n::UiLang;
use crate::i18n::{Noun, ShareStrings, count, io_reason};
use crate::share::tmux::{self as share_tmux, TmuxClipboard};
use crate::share::{ShareError, file, opener};

/// What a share effect needs from outside the state.
pub struct Outside<'a> {
    /// The stream to the terminal, for OSC 52; `None` when there is none.
    pub terminal: Option<&'a mut dyn Write>,
    /// We run inside tmux: the OSC 52 is also wrapped for the terminal
    /// around it (`terminal::clipboard`).
    pub tmux: bool,
    /// tmux's options drop a program's clipboard copy (`share::tmux`).
    pub tmux_drops: bool,
    /// The system opener, if there is one.
    pub opener: Option<&'a Path>,
    /// The browser `$BROWSER` names, tried before the opener.
    pub browser: Option<&'a opener::Browser>,
    /// A graphical session is there to show an opened link
    /// (`opener::graphical`); without one links are copied instead.
    pub display: bool,
    /// The folder saved shares go in.
    pub folder: Option<&'a Path>,
}

/// Runs a share effect against the terminal's stream (the backend's, so
/// the loop writes it between frames), the system's opener and the share
/// folder, and puts what happened on the status line.
pub fn run(state: &mut Model, effect: Effect, terminal: Option<&mut dyn Write>) {
    let found = opener::find();
    let browser = opener::Browser::from_env();
    let folder = state.share.folder.clone();
    let tmux = terminal::in_tmux_now();
    // tmux is asked only when there may be a copy for it to drop.
    let may_copy = matches!(effect, Effect::Copy(_) | Effect::Open(_));
    let tmux_drops = tmux
        && may_copy
        && terminal.is_some()
        && share_tmux::clipboard() == Some(TmuxClipboard::Drops);
    let outside = Outside {
        // Reborrowed for as long as `found` and `folder` live.
        terminal: terminal.map(|t| -> &mut dyn Write { t }),
        tmux,
        tmux_drops,
        opener: found.as_deref(),
        browser: browser.as_ref(),
        display: opener::graphical(|name| std::env::var_os(name)),
        folder: folder.as_deref(),
    };
    state.message = Some(perform(effect, outside, state.lang));
}

/// Runs a share effect and says what happened, in the interface's language.
pub fn perform(effect: Effect, outside: Outside<'_>, lang: UiLang) -> (String, MessageKind) {
    let s = ShareStrings::get(lang);
    let info = |text: String| (text, MessageKind::Info);
    let warn = |text: String| (text, MessageKind::Warning);
    match effect {
        Effect::Quit | Effect::Suspend | Effect::Move(_) => info(String::new()),
        Effect::Copy(_) if outside.tmux_drops && outside.terminal.is_some() => {
            warn(s.tmux_drops.to_string())
        }
        Effect::Copy(text) => match copy(outside.terminal, outside.tmux, &text) {
            Ok(()) => info(format!(
                "{} {}",
                s.copied,
                count(lang, Noun::Character, text.chars().count() as u64)
            )),
            Err(None) => warn(s.needs_terminal.to_string()),
            Err(Some(e)) => warn(format!("{} {}", s.copy_failed, io_reason(lang, &e))),
        },
        Effect::Save { text, stem, ext } => {
            let saved = file::folder(outside.folder)
                .and_then(|folder| file::save(&text, None, &folder, &stem, ext));
            match saved {
                Ok(path) => info(format!("{} {}", s.saved, shown(&path, lang))),
                Err(e) => warn(format!("{} {}", s.save_failed, save_failure(&e, lang))),
            }
        }
        Effect::Open(link) => match launch(&outside, &link) {
            Some((_, Ok(()))) => info(format!("{} {link}", s.opened)),
            Some((program, Err(e))) => warn(format!(
                "{} {}: {}",
                s.open_failed,
                shown(program, lang),
                io_reason(lang, &e)
            )),
            None if outside.tmux_drops => info(format!("{} {link}", s.shown)),
            None => {
                let why = if outside.display {
                    format!("{} {}", opener::name(), s.no_opener)
                } else {
                    s.no_display.to_string()
                };
                match copy(outside.terminal, outside.tmux, &link) {
                    Ok(()) => info(format!("{why} {link}")),
                    Err(_) => info(format!("{} {link}", s.shown)),
                }
            }
        },
    }
}

/// Opens `link` where a display shows it: with `$BROWSER`'s browser, else
/// the system's opener. The program tried and how it went; `None` when
/// there is no display or nothing to open with.
fn launch<'a>(outside: &Outside<'a>, link: &str) -> Option<(&'a Path, io::Result<()>)> {
    if !outside.display {
        return None;
    }
    if let Some(browser) = outside.browser {
        return Some((browser.program.as_path(), browser.open(link)));
    }
    let program = outside.opener?;
    Some((program, opener::open(program, link)))
}

/// Why a share could not be saved, in the interface's language.
fn save_failure(e: &ShareError, lang: UiLang) -> String {
    let s = ShareStrings::get(lang);
    match e {
        ShareError::NoFolder => s.no_folder.to_string(),
        ShareError::NamesTaken { path, max } => {
            format!("{}: {} {max}", shown(path, lang), s.names_taken)
        }
        ShareError::Io { path, source } => {
            format!("{}: {}", shown(path, lang), io_reason(lang, source))
        }
        other => other.to_string(),
    }
}

/// A path as the status line shows it: one line, no control characters;
/// in Arabic text isolated left to right, so a folder with an Arabic name
/// (a localized documents folder) keeps its place inside the path.
fn shown(path: &Path, lang: UiLang) -> String {
    let line = sanitize::inline(&path.to_string_lossy());
    match lang {
        UiLang::Ar => isolate::ltr(&line),
        UiLang::En => line,
    }
}

/// OSC 52 to the terminal; `Err(None)` when there is no terminal.
fn copy(terminal: Option<&mut dyn Write>, tmux: bool, text: &str) -> Result<(), Option<io::Error>> {
    let out = terminal.ok_or(None)?;
    out.write_all(terminal::clipboard(text, tmux).as_bytes())
        .and_then(|()| out.flush())
        .map_err(Some)
}
