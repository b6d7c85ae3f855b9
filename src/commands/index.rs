//! `qari index`: where the library index is, how many articles it holds,
//! its size and age, and how many files changed since; `--rebuild` reads
//! every file again, with a progress line on a terminal.

use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::Args;

use crate::article::scan;
use crate::cli::GlobalArgs;
use crate::commands::config::escape_controls;
use crate::commands::library::{existing_library_dir, library_links, shown};
use crate::index::{self, Content, Found, Index};

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Read every file of the library again and write the index anew.
    #[arg(long)]
    pub rebuild: bool,
}

pub fn run(global: &GlobalArgs, args: &IndexArgs) -> anyhow::Result<ExitCode> {
    let dir = existing_library_dir(global)?.context("no library folder (no home folder found)")?;
    let path = index::usable_path(&dir)
        .map_err(|reason| anyhow::anyhow!("the library index cannot be kept: {reason}"))?;
    let links = library_links(global);
    if args.rebuild {
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(e).with_context(|| format!("cannot remove {}", shown(&path)));
            }
            _ => {}
        }
        let progress = ProgressLine::on_terminal();
        let started = Instant::now();
        let (library, changes, note) =
            index::load_library(&dir, links, &|done, all| progress.show(done, all));
        progress.finish();
        if let Some(note) = note {
            eprintln!("qari: {}", escape_controls(&note));
        }
        eprintln!(
            "qari: indexed {} files ({} articles) in {:.1} s",
            changes.read,
            library.articles.len(),
            started.elapsed().as_secs_f64()
        );
    }
    let mut lines = vec![format!("index: {}", shown(&path))];
    lines.push(format!("library: {}", shown(&dir)));
    match index::read(&path, &dir) {
        Found::Index(found) => lines.extend(state_lines(&found, &path, &dir, links)),
        Found::Missing => lines.push(
            "not built yet: `qari list` builds it, `qari index --rebuild` builds it now".into(),
        ),
        Found::Bad(reason) => lines.push(format!(
            "unusable ({reason}): the next `qari list` rebuilds it"
        )),
    }
    let mut out = std::io::stdout().lock();
    for line in lines {
        writeln!(out, "{}", escape_controls(&line))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn state_lines(found: &Index, path: &Path, dir: &Path, links: scan::LibraryLinks) -> Vec<String> {
    let articles: usize = found
        .entries
        .iter()
        .map(|e| match &e.content {
            Content::Articles(list) => list.len(),
            Content::Problem { .. } => 0,
        })
        .sum();
    let bad = found.entries.len()
        - found
            .entries
            .iter()
            .filter(|e| matches!(e.content, Content::Articles(_)))
            .count();
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let age = index::age(path).unwrap_or_default();
    let mut files = Vec::new();
    let mut problems = Vec::new();
    scan::collect_with(dir, links, &mut files, &mut problems);
    let (changed, gone) = index::stale(found, &files);
    let stale = if changed + gone == 0 {
        "up to date".to_string()
    } else {
        format!("{changed} files new or changed, {gone} gone: the next `qari list` reads them")
    };
    vec![
        format!(
            "articles: {articles} in {} files ({bad} files with problems)",
            found.entries.len()
        ),
        format!("size: {:.1} MB", size as f64 / 1_000_000.0),
        format!("age: {}", age_text(age)),
        format!("stale: {stale}"),
    ]
}

fn age_text(age: Duration) -> String {
    let s = age.as_secs();
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min", s / 60),
        3600..86_400 => format!("{} h {} min", s / 3600, s % 3600 / 60),
        _ => format!("{} days", s / 86_400),
    }
}

/// Files done, rate and time left, redrawn on one line of standard error
/// at most ten times a second, when standard error is a terminal.
pub struct ProgressLine {
    shown: Option<Mutex<(Instant, Instant)>>,
}

impl ProgressLine {
    pub fn on_terminal() -> ProgressLine {
        let now = Instant::now();
        let start = now.checked_sub(Duration::from_secs(1)).unwrap_or(now);
        ProgressLine {
            shown: std::io::stderr()
                .is_terminal()
                .then(|| Mutex::new((now, start))),
        }
    }

    pub fn show(&self, done: usize, all: usize) {
        let Some(shown) = &self.shown else { return };
        let Ok(mut times) = shown.lock() else { return };
        let (started, last) = *times;
        let now = Instant::now();
        if now.duration_since(last) < Duration::from_millis(100) && done < all {
            return;
        }
        times.1 = now;
        let secs = now.duration_since(started).as_secs_f64().max(0.001);
        let rate = done as f64 / secs;
        let left = (all - done) as f64 / rate.max(1.0);
        eprint!("\r\x1b[Kindexing: {done} of {all} files, {rate:.0} files/s, {left:.0} s left");
    }

    pub fn finish(&self) {
        if self.shown.is_some() {
            eprint!("\r\x1b[K");
        }
    }
}
