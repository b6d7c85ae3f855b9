use std::collections::HashSet;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;

use super::config::escape_controls;
use crate::article::{Library, default_dir};
use crate::cli::GlobalArgs;
use crate::config;
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
/// that left the library.
pub fn run(global: &GlobalArgs, args: &StateArgs) -> anyhow::Result<ExitCode> {
    let path = state::default_path(global.state.as_deref())
        .context("no state file: pass --state FILE (no home folder found)")?;
    let mut store = StateStore::open(&path);
    for notice in store.notices() {
        eprintln!("qari: {}", escape_controls(&notice.to_string()));
    }
    let loaded = config::load(global);
    let dir = default_dir(loaded.config.library.value.as_deref());
    let lib = Library::load_with(dir.as_deref(), &[], loaded.config.library_links.value);
    let present: HashSet<&str> = lib.articles.iter().map(|a| a.id.as_str()).collect();
    match args.action {
        None => {
            print!("{}", summary(&store, &lib, &present));
            Ok(ExitCode::SUCCESS)
        }
        Some(StateAction::Prune) => prune(&mut store, &lib, &present, dir.as_deref()),
    }
}

fn summary(store: &StateStore, lib: &Library, present: &HashSet<&str>) -> String {
    let data = store.data();
    let count =
        |f: &dyn Fn(&state::ArticleState) -> bool| data.articles.values().filter(|s| f(s)).count();
    let mut out = String::new();
    let access = if store.is_writable() {
        ""
    } else {
        " (read-only)"
    };
    if let Some(path) = store.path() {
        out.push_str(&format!(
            "state file: {}{access}\n",
            field(&escape_controls(&path.display().to_string()))
        ));
    }
    out.push_str(&format!(
        "articles remembered: {} ({} read, {} bookmarked, {} with a reading position)\n",
        data.articles.len(),
        count(&|s| s.read),
        count(&|s| s.bookmarked),
        count(&|s| s.position.is_some()),
    ));
    let missing = data
        .articles
        .keys()
        .filter(|id| !present.contains(id.as_str()))
        .count();
    if missing > 0 {
        out.push_str(&format!(
            "not in the library: {missing} (kept; `qari state prune` removes them)\n"
        ));
    }
    let bookmarked: Vec<&str> = data
        .articles
        .iter()
        .filter(|(_, s)| s.bookmarked)
        .map(|(id, _)| id.as_str())
        .collect();
    if !bookmarked.is_empty() {
        out.push_str("bookmarks:\n");
        for id in bookmarked {
            let title = lib
                .articles
                .iter()
                .find(|a| a.id == id)
                .map_or("(not in the library)", |a| a.title.as_str());
            out.push_str(&format!(
                "  {}  {}\n",
                field(&escape_controls(id)),
                field(&escape_controls(title))
            ));
        }
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
            "{} file(s) in {where_} could not be read (`qari check` lists them); nothing pruned, so their articles keep their state",
            lib.problems.len()
        );
    }
    let gone = store.prune(present);
    store.flush().context("saving the pruned state")?;
    println!(
        "removed {} entr{}",
        gone.len(),
        if gone.len() == 1 { "y" } else { "ies" }
    );
    for id in gone {
        println!("  {}", field(&escape_controls(&id)));
    }
    Ok(ExitCode::SUCCESS)
}
