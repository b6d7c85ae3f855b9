use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::app::i18n::{default_lang, strings};
use crate::app::settings;
use crate::app::state::{MessageKind, State};
use crate::app::terminal::{self, CrosstermEvents, TerminalKind};
use crate::article::{Library, default_dir};
use crate::cli::{GlobalArgs, ShapeSetting, UiLang};
use crate::config::{self, Ui};
use crate::layout::{LayoutOptions, Shaping};

/// Problems listed where an article would be; the rest are counted.
const PROBLEMS_SHOWN: usize = 5;

/// `qari` with no subcommand: open the reader on the library.
pub fn run(global: &GlobalArgs, paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        anyhow::bail!(
            "the reader needs a terminal; `qari list` and `qari show ARTICLE` print to a pipe"
        );
    }
    let env = |name: &str| std::env::var(name).ok();
    let loaded = config::load(global);
    let dir = default_dir(loaded.config.library.value.as_deref());
    let library = Library::load(dir.as_deref(), paths);
    let lang = match loaded.config.ui.value {
        Ui::Lang(lang) => lang,
        Ui::Auto => default_lang(env),
    };
    let shape = Some(loaded.config.shape.value);
    let mut state = startup_state(library, lang, shape, terminal::detect(env));
    state.library_dir = dir;
    state.share.folder = loaded.config.share_folder.value.clone();
    let state_file = crate::state::default_path(global.state.as_deref());
    settings::start(&mut state, &loaded, state_file.as_deref());

    let stop = terminal::stop_flag().context("could not watch for SIGTERM")?;
    let mut term = terminal::enter().context("could not set up the terminal")?;
    let result = crate::app::run(&mut term, &mut state, &mut CrosstermEvents::spawn(), &stop);
    let restored = terminal::restore().context("could not restore the terminal");
    result?;
    restored?;
    Ok(ExitCode::SUCCESS)
}

/// The reader's first state for a library in a terminal: shaping from the
/// flag or the terminal, and the notices to show before anything is opened
/// (files skipped, a hint for Konsole, which reorders text itself).
pub fn startup_state(
    library: Library,
    lang: UiLang,
    shape: Option<ShapeSetting>,
    kind: TerminalKind,
) -> State {
    let shaping = match shape {
        Some(ShapeSetting::On) => Shaping::On,
        Some(ShapeSetting::Off) => Shaping::Off,
        // mlterm shapes Arabic itself: shaping twice would break it.
        Some(ShapeSetting::Auto) | None if kind == TerminalKind::Mlterm => Shaping::Off,
        Some(ShapeSetting::Auto) | None => Shaping::On,
    };
    let opts = LayoutOptions {
        shaping,
        ..LayoutOptions::default()
    };
    let mut state = State::new(library, lang, opts);
    let problems = &state.library.problems;
    let mut notices: Vec<String> = problems
        .iter()
        .take(PROBLEMS_SHOWN)
        .map(|p| p.to_string())
        .collect();
    if problems.len() > PROBLEMS_SHOWN {
        notices.push(format!("… +{}", problems.len() - PROBLEMS_SHOWN));
    }
    if kind == TerminalKind::Konsole {
        let hint = strings(lang).konsole_hint.to_string();
        notices.push(hint.clone());
        state.message = Some((hint, MessageKind::Warning));
    }
    state.notices = notices;
    state
}
