use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;

use super::config::escape_controls;
use crate::app::isolate;
use crate::article::Library;
use crate::cli::GlobalArgs;
use crate::commands::library::{archive_folder, open_library};
use crate::commands::output;
use crate::config;
use crate::document::ui_direction;
use crate::i18n::{StateStrings, UiLang, fill};
use crate::inert::field;
use crate::state::{self, StateStore};

#[derive(Debug, Args)]
pub struct StateArgs {
    #[command(subcommand)]
    pub action: Option<StateAction>,
}

#[derive(Debug, clap::Subcommand)]
pub enum StateAction {
    /// Remove entries for articles no longer in the library.
    Prune,
}

/// `qari state`: a summary; `qari state prune`: drop entries of articles
/// that left the library (archived ones stay).
pub fn run(global: &GlobalArgs, args: &StateArgs) -> anyhow::Result<ExitCode> {
    let path = state::default_path(global.state.as_deref())
        .context("no state file: pass --state FILE (no home folder found)")?;
    let mut store = StateStore::open(&path);
    for notice in store.notices() {
        eprintln!("qari: {}", escape_controls(&notice.to_string()));
    }
    let loaded = config::load(global);
    // A mistyped --library would count every remembered article as gone.
    let (mut lib, dir) = open_library(global, &[])?;
    if args.action.is_some() && global.archive {
        bail!("prune works on the library and the archive together; leave out --archive");
    }
    // Archived articles keep their state: they can be restored.
    if let Some(archive) = archive_folder(global).filter(|_| !global.archive) {
        let archived = Library::scan_with(Some(&archive), &[], loaded.config.library_links.value);
        lib.articles.extend(archived.articles);
        lib.problems.extend(archived.problems);
    }
    let present: HashSet<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    match args.action {
        None => {
            let lang = output::lang(&loaded.config);
            let lines = summary(&store, &lib, &present, lang);
            output::print_lines(&lines, &loaded.config, ui_direction(lang))?;
            Ok(ExitCode::SUCCESS)
        }
        Some(StateAction::Prune) => prune(&mut store, &lib, &present, dir.as_deref()),
    }
}

/// The summary's lines, in the interface's language.
fn summary(
    store: &StateStore,
    lib: &Library,
    present: &HashSet<&str>,
    lang: UiLang,
) -> Vec<String> {
    let w = StateStrings::get(lang);
    let data = store.data();
    let count = |f: &dyn Fn(&state::ArticleState) -> bool| {
        data.articles.values().filter(|s| f(s)).count().to_string()
    };
    let mut out = Vec::new();
    if let Some(path) = store.path() {
        let path = field(&escape_controls(&path.display().to_string())).into_owned();
        let path = match lang {
            UiLang::Ar => isolate::ltr(&path),
            UiLang::En => path,
        };
        let line = fill(w.file, &[&path]);
        out.push(match store.is_writable() {
            true => line,
            false => fill(w.read_only, &[&line]),
        });
    }
    let all = data.articles.len().to_string();
    let (read, marked) = (count(&|s| s.read), count(&|s| s.bookmarked));
    let placed = count(&|s| s.position.is_some());
    out.push(fill(w.remembered, &[&all, &read, &marked, &placed]));
    let missing = data
        .articles
        .keys()
        .filter(|id| !present.contains(id.as_str()))
        .count();
    if missing > 0 {
        let prune = match lang {
            UiLang::Ar => isolate::ltr("qari state prune"),
            UiLang::En => "`qari state prune`".to_string(),
        };
        out.push(fill(w.not_in_library, &[&missing.to_string(), &prune]));
    }
    let bookmarked = data.articles.iter().filter(|(_, s)| s.bookmarked);
    let mut marks: Vec<String> = bookmarked
        .map(|(id, _)| {
            let title = lib
                .articles
                .iter()
                .find(|a| &a.id == id)
                .map_or(w.gone, |a| a.title.as_str());
            let (id, title) = (escape_controls(id), escape_controls(title));
            format!("  {}  {}", field(&id), field(&title))
        })
        .collect();
    if !marks.is_empty() {
        out.push(w.bookmarks.to_string());
        out.append(&mut marks);
    }
    out
}

fn prune(
    store: &mut StateStore,
    lib: &Library,
    present: &HashSet<&str>,
    dir: Option<&std::path::Path>,
) -> anyhow::Result<ExitCode> {
    let where_ = dir.map_or("the library".to_string(), |d| {
        field(&escape_controls(&d.display().to_string())).into_owned()
    });
    if !store.is_writable() {
        bail!("the reading state cannot be changed now (see above); nothing pruned");
    }
    if lib.is_sample {
        bail!("{where_} holds no articles; nothing pruned (that would forget every article)");
    }
    if !lib.problems.is_empty() {
        bail!(
            "{} in {where_} could not be read (`qari check` lists them); nothing pruned, so their articles keep their state",
            crate::i18n::plural::english(lib.problems.len(), "file", "files")
        );
    }
    let gone = store.prune(present);
    store.flush().context("saving the pruned state")?;
    println!(
        "removed {}",
        crate::i18n::plural::english(gone.len(), "entry", "entries")
    );
    for id in gone {
        println!("  {}", field(&escape_controls(&id)));
    }
    Ok(ExitCode::SUCCESS)
}
