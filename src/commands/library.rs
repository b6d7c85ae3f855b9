//! Which folder a command reads articles from, said once: the library
//! (`--library`, `$QARI_LIBRARY`, the configuration's `library`, the XDG
//! data folder) or, with `--archive`, the archive folder.

use std::path::{Path, PathBuf};

use crate::app::indexing::SHOWN_FROM;
use crate::article::archive::default_archive_dir;
use crate::article::scan::LibraryLinks;
use crate::article::{Library, default_dir, sanitize};
use crate::cli::GlobalArgs;
use crate::index::Looked;

/// How symbolic links in the library are followed (`library_links`).
pub fn library_links(global: &GlobalArgs) -> LibraryLinks {
    crate::config::load(global).config.library_links.value
}

/// The library folder itself, whatever `--archive` says: `--library`,
/// else `$QARI_LIBRARY`, else the configuration file's `library`, else the
/// XDG data folder.
pub fn library_folder(global: &GlobalArgs) -> Option<PathBuf> {
    let loaded = crate::config::load(global);
    default_dir(loaded.config.library.value.as_deref())
}

/// The archive folder: the configuration's `archive_dir`, else the XDG
/// data folder's `qari/archive`.
pub fn archive_folder(global: &GlobalArgs) -> Option<PathBuf> {
    let loaded = crate::config::load(global);
    default_archive_dir(loaded.config.archive_dir.value.as_deref())
}

/// The folder the command reads: the archive with `--archive`, else the
/// library.
pub fn library_dir(global: &GlobalArgs) -> Option<PathBuf> {
    match global.archive {
        true => archive_folder(global),
        false => library_folder(global),
    }
}

/// [`library_dir`], where a library folder named with `--library` must
/// exist: a mistyped folder is an error, not an empty library showing the
/// samples.
pub fn existing_library_dir(global: &GlobalArgs) -> anyhow::Result<Option<PathBuf>> {
    if let Some(dir) = &global.library
        && !dir.is_dir()
    {
        anyhow::bail!("there is no library folder {}", shown(dir));
    }
    Ok(library_dir(global))
}

/// The articles of [`existing_library_dir`] plus `extra`, and the folder.
/// An empty library shows the built-in samples; an empty archive is empty.
pub fn open_library(
    global: &GlobalArgs,
    extra: &[PathBuf],
) -> anyhow::Result<(Library, Option<PathBuf>)> {
    let dir = existing_library_dir(global)?;
    let links = library_links(global);
    let library = match global.archive {
        true => Library::scan_with(dir.as_deref(), extra, links),
        false => Library::load_with(dir.as_deref(), extra, links),
    };
    Ok((library, dir))
}

/// [`open_library`] from the library index (see `index`): the articles
/// carry no body. Without a library folder, as `open_library`. A progress
/// line is shown on a terminal while many files are read.
pub fn open_library_indexed(global: &GlobalArgs) -> anyhow::Result<(Library, Option<PathBuf>)> {
    match look_indexed(global)? {
        (Some(looked), dir) => Ok((indexed_library(looked, global), dir)),
        (None, _) => open_library(global, &[]),
    }
}

/// The library folder of [`existing_library_dir`] walked while its index
/// is mapped (see `index::look`), and the folder; nothing is looked at
/// without a library folder.
pub fn look_indexed(global: &GlobalArgs) -> anyhow::Result<(Option<Looked>, Option<PathBuf>)> {
    let dir = existing_library_dir(global)?;
    let folder = dir.as_deref().filter(|d| d.is_dir());
    let looked = folder.map(|f| crate::index::look(f, library_links(global)));
    Ok((looked, dir))
}

/// The library `looked` finds, from its index brought up to date, what
/// went wrong with the index said on standard error. An empty library
/// shows the built-in samples; an empty archive is empty.
pub fn indexed_library(looked: Looked, global: &GlobalArgs) -> Library {
    let (mut library, note) = indexed(looked);
    if let Some(note) = note {
        eprintln!("qari: {}", super::config::escape_controls(&note));
    }
    if library.articles.is_empty() && !global.archive {
        with_sample(&mut library);
    }
    library
}

/// The library `looked` finds, with a progress line on a terminal while
/// many files are read, and what went wrong with the index, if anything.
fn indexed(looked: Looked) -> (Library, Option<String>) {
    let progress = super::index::ProgressLine::on_terminal();
    // Reading a few files takes no time worth showing.
    let show = |done: usize, all: usize| {
        if all >= 1000 {
            progress.show(done, all);
        }
    };
    let (library, changes, note) = looked.load(&show);
    if changes.read >= 1000 {
        progress.finish();
    }
    (library, note)
}

fn with_sample(library: &mut Library) {
    let sample = Library::sample();
    library.articles = sample.articles;
    library.problems.extend(sample.problems);
    library.is_sample = true;
}

/// The reader's library and what goes with it.
pub struct ReaderLibrary {
    pub library: Library,
    /// The library folder whose index is built while the reader runs.
    pub build: Option<PathBuf>,
    /// What went wrong with the index, for the reader to show.
    pub note: Option<String>,
}

/// The reader's library: the folder `dir`, when it is a folder, from its
/// index (bodies are read as articles are opened), then the files and
/// folders in `extra` read whole; the samples when all that is empty,
/// except in the archive (`archive`). A folder of more than
/// [`SHOWN_FROM`] files is not looked at here: the reader starts on its
/// index as last written (on nothing when there is none yet), and the
/// index is brought up to date, or built, while it runs.
pub fn reader_library(
    dir: Option<&Path>,
    extra: &[PathBuf],
    links: LibraryLinks,
    archive: bool,
) -> ReaderLibrary {
    let folder = dir.filter(|d| d.is_dir());
    let build = folder.filter(|f| more_files_than(f, SHOWN_FROM));
    let (mut library, note) = match (folder, build) {
        (Some(folder), None) => indexed(crate::index::look(folder, links)),
        (_, Some(large)) => (as_written(large), None),
        (None, None) => (Library::default(), None),
    };
    if !extra.is_empty() {
        let named = Library::scan_with(None, extra, links);
        library.articles.extend(named.articles);
        library.problems.extend(named.problems);
    }
    if library.articles.is_empty() && !archive && build.is_none() {
        with_sample(&mut library);
    }
    ReaderLibrary {
        library,
        build: build.map(Path::to_path_buf),
        note,
    }
}

/// The folder's articles as its index was last written, without looking
/// at any file; none when it has no usable index.
fn as_written(folder: &Path) -> Library {
    let listed = crate::index::usable_path(folder)
        .ok()
        .and_then(|path| crate::index::listed(&path, folder));
    match listed {
        Some((articles, problems)) => Library {
            articles,
            problems,
            is_sample: false,
        },
        None => Library::default(),
    }
}

/// Whether the folder holds more than `limit` files, of any kind, looking
/// no further than that: walking a hundred thousand files to count them
/// would delay the first frame. Links are not followed.
fn more_files_than(folder: &Path, limit: usize) -> bool {
    let mut folders = vec![folder.to_path_buf()];
    let mut seen = 0;
    while let Some(dir) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            match entry.file_type() {
                Ok(t) if t.is_dir() => folders.push(entry.path()),
                Ok(t) if t.is_file() => seen += 1,
                _ => {}
            }
            if seen > limit {
                return true;
            }
        }
    }
    false
}

/// A path as printed in a message: on one line, without controls.
pub fn shown(path: &Path) -> String {
    sanitize::inline(&path.to_string_lossy())
}

/// Tells, on standard error, when the sample is shown and how many files
/// were skipped.
pub fn report(library: &Library, dir: Option<&Path>) {
    report_counts(library.is_sample, library.problems.len(), dir);
}

/// [`report`] of a library that is the samples when `is_sample`, with
/// `problems` files that did not load.
pub fn report_counts(is_sample: bool, problems: usize, dir: Option<&Path>) {
    if is_sample {
        let where_ = dir.map_or_else(|| "a folder given with --library".to_owned(), shown);
        eprintln!(
            "qari: no articles in {where_}: showing the built-in samples. \
             Add *.json or *.txt articles there, or run `qari import FILE...`."
        );
    }
    if problems > 0 {
        eprintln!(
            "qari: {} skipped; `qari check` says why.",
            crate::i18n::plural::english(problems, "file", "files")
        );
    }
}
