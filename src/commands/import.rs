use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use clap::Args;

use crate::article::html::discover::{FeedLink, feed_links_in_bytes};
use crate::article::json::ArticleOut;
use crate::article::scan::Kind;
use crate::article::{Article, LoadProblem, feed, meta, remote, sanitize, scan};
use crate::cli::GlobalArgs;
use crate::commands::library::library_dir;
use crate::commands::stdout::with_stdout;
use crate::fetch;
use crate::safe_fs::{self, Existing};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Stored articles to convert: text, saved pages (.html, .htm, .mhtml,
    /// .mht), JSON, and feeds (RSS, Atom, JSON Feed); or http(s) addresses
    /// of pages and feeds.
    #[arg(required = true, value_name = "FILE|URL")]
    pub files: Vec<PathBuf>,
    /// Folder to write into (default: the library).
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
    /// Seconds a fetch may take, redirects and body included.
    #[arg(long, value_name = "SECONDS", default_value_t = 15)]
    pub timeout: u64,
}

/// `qari import FILE...`: each article becomes `DIR/<id>.json`. An existing
/// file is never replaced without `--force`; a failed file is reported and
/// the others are still imported, with exit status 1. A feed gives one
/// article per entry; an entry whose file is already there with the same id
/// was imported before and is left as it is, so importing a feed again adds
/// only its new entries.
pub fn run(global: &GlobalArgs, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let into = args
        .into
        .clone()
        .or_else(|| library_dir(global))
        .context("no library folder: use --into DIR, --library or $QARI_LIBRARY")?;
    fs::create_dir_all(&into).with_context(|| format!("cannot create {}", shown(&into)))?;

    let limits = fetch::Limits {
        timeout: Duration::from_secs(args.timeout.max(1)),
        ..fetch::Limits::default()
    };
    let mut done = Done::default();
    for file in &args.files {
        match load(file, &limits) {
            Ok(source) => done.import(file, &source, &into, args.force),
            Err(problem) => {
                eprintln!("qari: {problem}");
                done.failed += 1;
            }
        }
    }
    let Done {
        lines,
        failed,
        unsynced,
    } = done;
    if !unsynced.is_empty()
        && let Err(e) = safe_fs::sync_written(&into, &unsynced)
    {
        eprintln!(
            "qari: cannot save the imported articles to disk in {}: {e}",
            shown(&into)
        );
        return Ok(ExitCode::FAILURE);
    }
    with_stdout(|out| {
        for l in &lines {
            writeln!(out, "{l}")?;
        }
        Ok(())
    })?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// What the files given so far came to: the lines to print, how many
/// failed, and the new files not yet synced.
#[derive(Default)]
struct Done {
    lines: Vec<String>,
    failed: usize,
    /// New files are synced together at the end, before anything is
    /// reported written.
    unsynced: Vec<PathBuf>,
}

impl Done {
    /// Writes the articles of one argument into `into`; a feed's entries
    /// and a page already there are kept unless `force`.
    fn import(&mut self, file: &Path, source: &Source, into: &Path, force: bool) {
        if let Some(encoding) = source.assumed {
            self.lines
                .push(format!("{}: read as {encoding}", shown(file)));
        }
        let mut tally = Tally::default();
        let mut seen = HashSet::new();
        for article in &source.articles {
            // The id may come from the file: slugged, it cannot climb out
            // of the folder ("../x") or name a hidden file.
            let dest = into.join(format!("{}.json", meta::slug(&article.id)));
            if source.origin != Origin::File
                && !force
                && (!seen.insert(dest.clone()) || holds(&dest, &article.id))
            {
                tally.kept += 1;
                if source.origin == Origin::Page {
                    let line = format!("{}: already in {}", shown(file), shown(&dest));
                    self.lines.push(line);
                }
                continue;
            }
            match write_article(article, &dest, force) {
                Ok(synced) => {
                    tally.written += 1;
                    self.lines
                        .push(format!("{} -> {}", shown(file), shown(&dest)));
                    // Said, so that a copy read as all furniture is not
                    // taken for a whole article.
                    if article.body.is_empty() {
                        self.lines
                            .push(format!("{}: a title and no text", shown(&dest)));
                    }
                    if !synced {
                        self.unsynced.push(dest);
                    }
                }
                Err(e) => {
                    eprintln!("qari: {}: {e:#}", shown(file));
                    self.failed += 1;
                }
            }
        }
        for f in &source.feeds {
            let url = sanitize::inline(&f.url);
            let line = format!("{}: links to a feed ({}): {url}", shown(file), f.kind);
            self.lines.push(line);
        }
        if source.origin == Origin::Feed {
            self.lines.push(format!(
                "{}: {}, {} already in {}",
                shown(file),
                crate::i18n::plural::english(tally.written, "new article", "new articles"),
                tally.kept,
                shown(into)
            ));
        }
    }
}

/// What one command-line argument gave.
struct Source {
    articles: Vec<Article>,
    origin: Origin,
    /// The encoding a text file was guessed to be in, to tell the user.
    assumed: Option<&'static str>,
    /// The feeds a page links to, to tell the user where the site's feed is.
    feeds: Vec<FeedLink>,
}

/// Where a source's articles came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// A saved article: its id comes from its file name, so an existing file
    /// of that name is refused rather than taken for the same article.
    File,
    /// A feed's entries and a fetched page are known by their ids (from
    /// guid, id or address): one already imported is skipped.
    Feed,
    Page,
}

#[derive(Default)]
struct Tally {
    written: usize,
    kept: usize,
}

/// The articles of one argument: a file, or an address to fetch.
fn load(arg: &Path, limits: &fetch::Limits) -> Result<Source, String> {
    if let Some(url) = arg.to_str().filter(|a| fetch::is_url(a)) {
        let shown = sanitize::inline(url);
        // The error may quote what the server sent: printed sanitized.
        let fetched = fetch::fetch(url, limits)
            .map_err(|e| format!("{shown}: {}", sanitize::inline(&e.to_string())))?;
        let (kind, articles) = remote::articles(
            &fetched.body,
            fetched.media_type.as_deref(),
            fetched.charset.as_deref(),
            &fetched.url,
        )
        .map_err(|e| match (e.line, e.column) {
            (Some(l), Some(c)) => format!(
                "{shown}: line {l}, column {c}: {}",
                sanitize::inline(&e.message)
            ),
            _ => format!("{shown}: {}", sanitize::inline(&e.message)),
        })?;
        let (origin, feeds) = match kind {
            remote::Kind::Feed => (Origin::Feed, Vec::new()),
            remote::Kind::Page => (
                Origin::Page,
                feed_links_in_bytes(&fetched.body, Some(&fetched.url)),
            ),
        };
        return Ok(Source {
            articles,
            origin,
            assumed: None,
            feeds,
        });
    }
    let bytes = scan::read_file(arg).map_err(|p| p.to_string())?;
    let (articles, assumed) =
        scan::parse_file_noting(arg, &bytes).map_err(|e| LoadProblem::new(arg, e).to_string())?;
    let kind = scan::kind_of(arg, &bytes);
    let is_feed = match kind {
        Kind::Feed => true,
        Kind::Json => feed::is_json_feed(&bytes),
        Kind::Text | Kind::Html | Kind::Mhtml => false,
    };
    let origin = if is_feed { Origin::Feed } else { Origin::File };
    let feeds = if kind == Kind::Html {
        let base = articles.first().and_then(|a| a.url.as_deref());
        feed_links_in_bytes(&bytes, base)
    } else {
        Vec::new()
    };
    Ok(Source {
        articles,
        origin,
        assumed,
        feeds,
    })
}

/// Whether `dest` is a regular file holding an article with this `id`
/// (an entry imported before). A link is not followed.
fn holds(dest: &Path, id: &str) -> bool {
    fs::symlink_metadata(dest).is_ok_and(|m| m.is_file())
        && scan::load_file(dest).is_ok_and(|found| found.iter().any(|a| a.id == id))
}

fn shown(p: &Path) -> String {
    sanitize::inline(&p.to_string_lossy())
}

/// Writes to a random-named temporary file beside `dest` (created
/// exclusively, so a link planted in the folder is never written through),
/// then moves it into place, so a crash never leaves half an article under
/// its name. Without `force` the move fails if `dest` appeared in the
/// meantime, and the new file is left for one sync of the whole batch
/// (returns false); a file replaced with `force` is synced before its
/// rename, so the old article is never lost to a crash (returns true).
fn write_article(article: &Article, dest: &Path, force: bool) -> anyhow::Result<bool> {
    if !force && fs::symlink_metadata(dest).is_ok() {
        anyhow::bail!("{} exists; use --force to replace it", shown(dest));
    }
    let mut json = crate::inert::json_pretty(&ArticleOut::new(article))?;
    json.push('\n');
    let written = if force {
        safe_fs::write_file(dest, json.as_bytes(), Existing::Replace)
    } else {
        safe_fs::write_file_unsynced(dest, json.as_bytes(), Existing::Keep)
    };
    written
        .map(|()| force)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                anyhow::anyhow!("{} exists; use --force to replace it", shown(dest))
            } else {
                e.into()
            }
        })
        .with_context(|| format!("cannot write {}", shown(dest)))
}
