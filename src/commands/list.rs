use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::article::{Article, Library, default_dir};
use crate::cli::GlobalArgs;
use crate::commands::stdout::with_stdout;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print a JSON array instead of one line an article.
    #[arg(long)]
    pub json: bool,
}

/// `qari list`: one article a line, `index  date  minutes  title — author`.
/// The fixed-width fields come first so the columns line up whatever the
/// direction of the titles.
pub fn run(global: &GlobalArgs, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let dir = default_dir(global.library.as_deref());
    let library = Library::load(dir.as_deref(), &[]);
    if args.json {
        let rows: Vec<Row> = library.articles.iter().map(Row::new).collect();
        with_stdout(|out| {
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        })?;
    } else {
        with_stdout(|out| {
            for (i, a) in library.articles.iter().enumerate() {
                writeln!(out, "{}", line(i + 1, a))?;
            }
            Ok(())
        })?;
    }
    report(&library, dir.as_deref());
    Ok(ExitCode::SUCCESS)
}

/// One line of `qari list`.
pub fn line(index: usize, a: &Article) -> String {
    let date = a.published.as_deref().map_or("", short_date);
    let mut text = format!(
        "{index:>4}  {date:<10}  {:>3} min  {}",
        a.reading_minutes, a.title
    );
    if let Some(by) = a.author.as_deref().or(a.source.as_deref()) {
        text.push_str(" — ");
        text.push_str(by);
    }
    text
}

/// The date part of an ISO 8601 timestamp; other dates as written.
fn short_date(published: &str) -> &str {
    let b = published.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso { &published[..10] } else { published }
}

/// Tells, on standard error, when the sample is shown and how many files
/// were skipped.
pub fn report(library: &Library, dir: Option<&std::path::Path>) {
    if library.is_sample {
        let where_ = dir.map_or_else(
            || "a folder given with --library".to_owned(),
            |d| crate::article::sanitize::inline(&d.to_string_lossy()),
        );
        eprintln!(
            "qari: no articles in {where_}: showing the built-in samples. \
             Add *.json or *.txt articles there, or run `qari import FILE...`."
        );
    }
    if !library.problems.is_empty() {
        eprintln!(
            "qari: {} file(s) skipped; `qari check` says why.",
            library.problems.len()
        );
    }
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    author: Option<&'a str>,
    source: Option<&'a str>,
    published: Option<&'a str>,
    reading_minutes: u32,
    lang: Option<&'a str>,
    dir: &'static str,
    tags: &'a [String],
    path: Option<String>,
}

impl<'a> Row<'a> {
    fn new(a: &'a Article) -> Row<'a> {
        Row {
            id: &a.id,
            title: &a.title,
            author: a.author.as_deref(),
            source: a.source.as_deref(),
            published: a.published.as_deref(),
            reading_minutes: a.reading_minutes,
            lang: a.lang.as_deref(),
            dir: crate::article::json::dir_name(a.dir),
            tags: &a.tags,
            path: a.path.as_ref().map(|p| p.to_string_lossy().into_owned()),
        }
    }
}
