use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

use crate::app::App;
use crate::app::archiving::{Shelf, Shelves};
use crate::app::guard::RowOutput;
use crate::app::indexing::Start;
use crate::app::model::MessageKind;
use crate::app::terminal::{self, CrosstermEvents, TerminalKind};
use crate::app::theme::Theme;
use crate::app::{display, isolate, settings};
use crate::article::{Library, sanitize};
use crate::cli::GlobalArgs;
use crate::commands::library::{
    ReaderLibrary, archive_folder, library_dir, library_folder, reader_library,
};
use crate::config::{self, Ui};
use crate::config::{BidiSetting, ShapeSetting};
use crate::i18n::{LibraryStrings, UiLang};
use crate::i18n::{default_lang, fill, strings};
use crate::layout::LayoutOptions;

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
    // The archive folder with --archive.
    let dir = library_dir(global);
    // A folder named with --library that is not there is said so, in the
    // reader's language, with no samples in its place.
    let missing = global.library.as_ref().filter(|d| !d.is_dir());
    let links = loaded.config.library_links.value;
    let ReaderLibrary {
        library,
        build,
        note,
    } = match missing {
        Some(_) => ReaderLibrary {
            library: Library::scan(None, paths),
            build: None,
            note: None,
        },
        None => reader_library(dir.as_deref(), paths, links, global.archive),
    };
    let (mut app, output) = dressed_app(library, &loaded.config, env);
    let lang = app.model.lang;
    // The list's filter searches the store written with the index, when
    // the list is the library folder's alone as the index gave it (the
    // store is opened once the first frame is drawn, as the index is
    // brought up to date).
    if missing.is_none()
        && paths.is_empty()
        && let Some(folder) = dir.as_deref().filter(|d| d.is_dir())
        && let Ok(store) = crate::index::search_store_paths(folder)
    {
        app.rt.after_first_frame.store = Some(store);
    }
    app.model.library_dir = dir;
    app.model.shelves = shelves(global);
    app.model.share.folder = loaded.config.share_folder.value.clone();
    let state_file = crate::state::default_path(global.state.as_deref());
    settings::start(&mut app, &loaded, state_file.as_deref());
    if let Some(folder) = missing {
        let shown = isolate::ltr(&sanitize::inline(&folder.to_string_lossy()));
        warn_first(&mut app, fill(strings(lang).no_library, &[&shown]));
    }
    // What goes wrong with the index is one of the reader's notices (the
    // screen is taken); a first build of a large index runs meanwhile,
    // from the first frame on.
    if let Some(note) = note {
        let note = sanitize::inline(&note);
        warn_first(
            &mut app,
            fill(LibraryStrings::get(lang).index_note, &[&note]),
        );
    }
    app.rt.after_first_frame.indexing = build.map(|folder| Start {
        folder,
        links,
        archive: global.archive,
    });

    let stop = terminal::stop_flag().context("could not watch for SIGTERM")?;
    let mut term = terminal::enter(output).context("could not set up the terminal")?;
    let result = crate::app::run(&mut term, &mut app, &mut CrosstermEvents::spawn(), &stop);
    let restored = terminal::restore().context("could not restore the terminal");
    result?;
    restored?;
    Ok(ExitCode::SUCCESS)
}

/// The reader's state for this terminal: its language, how rows are
/// written to it, the theme for its background, and what to tell the user
/// when mlterm does not say whether it reorders rows.
fn dressed_app(
    library: Library,
    config: &config::Config,
    env: impl Fn(&str) -> Option<String>,
) -> (App, RowOutput) {
    let lang = match config.ui.value {
        Ui::Lang(lang) => lang,
        Ui::Auto => default_lang(&env),
    };
    let shape = Some(config.shape.value);
    let kind = display::terminal_kind(&env);
    let setting = config.bidi.value;
    let mlterm_ctl = display::mlterm_ctl(setting, kind);
    let output = display::row_output(setting, kind, mlterm_ctl);
    let mut app = startup_state(library, lang, shape, kind, output);
    let background = display::background(
        config.theme_base.value,
        || display::query_background(display::ANSWER_TIMEOUT),
        &env,
    );
    app.rt.theme = Theme::for_background(background);
    if kind == TerminalKind::Mlterm && setting == BidiSetting::Auto && mlterm_ctl.is_none() {
        let hint = strings(lang).mlterm_hint.to_string();
        app.model.notices.push(hint.clone());
        app.model.message = Some((hint, MessageKind::Warning));
    }
    (app, output)
}

/// A warning shown at once and first among the notices.
fn warn_first(app: &mut App, text: String) {
    app.model.notices.insert(0, text.clone());
    app.model.message = Some((text, MessageKind::Warning));
}

/// The folders `D` moves articles between, and which one the reader shows.
fn shelves(global: &GlobalArgs) -> Option<Shelves> {
    Some(Shelves {
        library: library_folder(global)?,
        archive: archive_folder(global)?,
        showing: match global.archive {
            true => Shelf::Archive,
            false => Shelf::Library,
        },
    })
}

/// The reader's first state for a library in a terminal: shaping from the
/// flag, and the notices to show before anything is opened (files skipped,
/// and in Konsole told to take qari's rows as they are, a hint to turn its
/// own reordering off).
pub fn startup_state(
    library: Library,
    lang: UiLang,
    shape: Option<ShapeSetting>,
    kind: TerminalKind,
    output: RowOutput,
) -> App {
    let shaping = shape.unwrap_or(ShapeSetting::Auto).shaping();
    let opts = LayoutOptions {
        shaping,
        ..LayoutOptions::default()
    };
    let mut app = App::new(library, lang, opts);
    let state = &mut app.model;
    let problems = &state.library.problems;
    let mut notices: Vec<String> = problems
        .iter()
        .take(PROBLEMS_SHOWN)
        .map(|p| p.to_string())
        .collect();
    if problems.len() > PROBLEMS_SHOWN {
        notices.push(format!("… +{}", problems.len() - PROBLEMS_SHOWN));
    }
    if kind == TerminalKind::Konsole && output == RowOutput::KonsoleAsIs {
        let hint = strings(lang).konsole_hint.to_string();
        notices.push(hint.clone());
        state.message = Some((hint, MessageKind::Warning));
    }
    state.notices = notices;
    app
}
