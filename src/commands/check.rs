use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::article::{sanitize, scan};
use crate::cli::GlobalArgs;
use crate::commands::library::{library_dir, library_links};
use crate::commands::stdout::with_stdout;
use crate::i18n::plural::english;
use crate::inert::field;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The library folder to check (default: the library).
    pub dir: Option<PathBuf>,
}

/// `qari check [DIR]`: every bad file as `path:line:column: what`, then a
/// summary. Exit status 1 when any file is bad. Duplicate ids are reported
/// as warnings: both articles load, but `qari show ID` finds the first.
pub fn run(global: &GlobalArgs, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let dir = args
        .dir
        .clone()
        .or_else(|| library_dir(global))
        .context("no library folder: give one, or set --library or $QARI_LIBRARY")?;
    let shown = field(&sanitize::inline(&dir.to_string_lossy())).into_owned();
    anyhow::ensure!(dir.is_dir(), "{shown}: no such folder");

    let mut files = Vec::new();
    let mut problems = Vec::new();
    scan::collect_with(&dir, library_links(global), &mut files, &mut problems);
    let (articles, bad) = scan::load_files(&files);
    problems.extend(bad);

    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut warnings = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        if let Some(&first) = seen.get(a.id.as_str()) {
            let path = |j: usize| {
                articles[j]
                    .path
                    .as_ref()
                    .map(|p| field(&sanitize::inline(&p.to_string_lossy())).into_owned())
                    .unwrap_or_default()
            };
            warnings.push(format!(
                "{}: warning: id \"{}\" is also used by {}",
                path(i),
                field(&a.id),
                path(first)
            ));
        } else {
            seen.insert(&a.id, i);
        }
    }

    with_stdout(|out| {
        for p in &problems {
            writeln!(out, "{p}")?;
        }
        for w in &warnings {
            writeln!(out, "{w}")?;
        }
        writeln!(
            out,
            "{shown}: {}, {}, {}, {}",
            english(files.len(), "file", "files"),
            english(articles.len(), "article", "articles"),
            english(problems.len(), "bad file", "bad files"),
            english(warnings.len(), "warning", "warnings"),
        )
    })?;
    Ok(if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
