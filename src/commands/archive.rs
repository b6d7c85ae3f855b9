//! `qari archive ARTICLE...` moves articles out of the library into the
//! archive folder; `qari restore ARTICLE...` moves them back. Their
//! reading state stays with their ids.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::article::Library;
use crate::article::archive::{self, ArchiveError};
use crate::cli::GlobalArgs;
use crate::commands::library::{
    archive_folder, existing_library_dir, library_folder, library_links, shown,
};
use crate::inert::field;

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// Article ids, paths, or numbers from `qari list` (`qari list
    /// --archive` for the archive's).
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<String>,
}

type Move = fn(&Path, &Path, &Path) -> Result<PathBuf, ArchiveError>;

/// `qari archive`: each article's file moves from the library to the same
/// place under the archive folder. Exit status 1 when any was not moved.
pub fn archive(global: &GlobalArgs, args: &ArchiveArgs) -> anyhow::Result<ExitCode> {
    let (library, archive) = folders(global)?;
    move_each(
        global,
        &args.articles,
        (&library, &archive),
        archive::archive,
    )
}

/// `qari restore`: each archived article's file moves back to its place
/// in the library. Exit status 1 when any was not moved.
pub fn restore(global: &GlobalArgs, args: &ArchiveArgs) -> anyhow::Result<ExitCode> {
    let (library, archive) = folders(global)?;
    move_each(
        global,
        &args.articles,
        (&archive, &library),
        archive::restore,
    )
}

/// The library folder, which must exist, and the archive folder.
fn folders(global: &GlobalArgs) -> anyhow::Result<(PathBuf, PathBuf)> {
    existing_library_dir(global)?;
    let library = library_folder(global).context("no library folder: set --library")?;
    let archive = archive_folder(global).context("no archive folder: set archive_dir")?;
    Ok((library, archive))
}

/// Finds every article of `specs` in `from` first (so numbers mean what
/// `qari list` showed before anything moved), then moves each to `to`.
fn move_each(
    global: &GlobalArgs,
    specs: &[String],
    (from, to): (&Path, &Path),
    move_one: Move,
) -> anyhow::Result<ExitCode> {
    let found = Library::scan_with(Some(from), &[], library_links(global));
    let mut failed = 0;
    let files: Vec<Result<(&str, &Path), String>> = specs
        .iter()
        .map(|spec| {
            let i = found.find(spec).ok_or_else(|| {
                format!(
                    "no article \"{}\" in {} ({} there)",
                    field(&crate::article::sanitize::inline(spec)),
                    shown(from),
                    crate::i18n::plural::english(found.articles.len(), "article", "articles")
                )
            })?;
            let a = &found.articles[i];
            let path = a.path.as_deref().ok_or("a built-in sample has no file")?;
            Ok((a.id.as_str(), path))
        })
        .collect();
    for file in files {
        let moved = file.and_then(|(id, path)| {
            let dest = move_one(path, from, to).map_err(|e| e.to_string())?;
            Ok((id, dest))
        });
        match moved {
            Ok((id, dest)) => println!("{}: {}", field(id), field(&shown(&dest))),
            Err(why) => {
                eprintln!("qari: {}", crate::commands::config::escape_controls(&why));
                failed += 1;
            }
        }
    }
    Ok(match failed {
        0 => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    })
}
