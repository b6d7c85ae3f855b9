//! Running the share effects: the only place the share pane does I/O.

use std::io::{IsTerminal, Write};
use std::path::Path;

use super::strings::ShareStrings;
use crate::app::effects::Effect;
use crate::app::state::{MessageKind, State};
use crate::share::{file, opener, osc52};

/// What a share effect needs from outside the state.
pub struct Outside<'a> {
    /// The terminal, for OSC 52; `None` when stdout is not one.
    pub terminal: Option<&'a mut dyn Write>,
    /// The system opener, if there is one.
    pub opener: Option<&'a Path>,
    /// The folder saved shares go in.
    pub folder: Option<&'a Path>,
}

/// Runs a share effect against the real terminal, opener and folder, and
/// puts what happened on the status line.
pub fn run(state: &mut State, effect: Effect) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let is_terminal = stdout.is_terminal();
    let found = opener::find();
    let folder = state.share.folder.clone();
    let outside = Outside {
        terminal: if is_terminal { Some(&mut lock) } else { None },
        opener: found.as_deref(),
        folder: folder.as_deref(),
    };
    let s = super::strings::share_strings(state.lang);
    state.message = Some(perform(effect, outside, s));
}

/// Runs a share effect and says what happened, in the interface's language.
pub fn perform(effect: Effect, outside: Outside<'_>, s: &ShareStrings) -> (String, MessageKind) {
    let info = |text: String| (text, MessageKind::Info);
    let warn = |text: String| (text, MessageKind::Warning);
    match effect {
        Effect::Quit => info(String::new()),
        Effect::Copy(text) => match copy(outside.terminal, &text) {
            Ok(()) => info(format!(
                "{} {} {}",
                s.copied,
                text.chars().count(),
                s.characters
            )),
            Err(e) => warn(e.unwrap_or_else(|| s.needs_terminal.to_string())),
        },
        Effect::Save { text, stem, ext } => {
            let saved = file::folder(outside.folder)
                .and_then(|folder| file::save(&text, None, &folder, &stem, ext));
            match saved {
                Ok(path) => info(format!("{} {}", s.saved, path.display())),
                Err(e) => warn(format!("{} {e}", s.save_failed)),
            }
        }
        Effect::Open(link) => match outside.opener {
            Some(program) => match opener::open(program, &link) {
                Ok(()) => info(format!("{} {link}", s.opened)),
                Err(e) => warn(format!("{} {e}", s.open_failed)),
            },
            None => match copy(outside.terminal, &link) {
                Ok(()) => info(format!("{} {} {link}", opener::name(), s.no_opener)),
                Err(_) => info(format!("{} {link}", s.shown)),
            },
        },
    }
}

/// OSC 52 to the terminal; `Err(None)` when there is no terminal.
fn copy(terminal: Option<&mut dyn Write>, text: &str) -> Result<(), Option<String>> {
    let out = terminal.ok_or(None)?;
    osc52::copy(out, text).map_err(|e| Some(e.to_string()))
}
