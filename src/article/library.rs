//! The library: every article found in a folder (and in paths given on the
//! command line), with a report of the files that could not be loaded.

use std::fmt;
use std::path::{Path, PathBuf};

use super::error::ParseError;
use super::scan::LibraryLinks;
use super::{Article, sample, scan};

/// Articles loaded for one run of qari.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub articles: Vec<Article>,
    /// Files that were skipped, with why.
    pub problems: Vec<LoadProblem>,
    /// True when nothing was found and the built-in sample is shown.
    pub is_sample: bool,
}

/// A file that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl LoadProblem {
    pub fn new(path: &Path, err: ParseError) -> LoadProblem {
        LoadProblem {
            path: path.to_path_buf(),
            line: err.line,
            column: err.column,
            message: err.message,
        }
    }
}

impl fmt::Display for LoadProblem {
    /// `path:line:column: message`, the form editors and CI logs link to. A
    /// file name could carry escape sequences of its own, and the message
    /// may quote the file (serde's "unknown variant `…`"), so both are
    /// printed sanitized.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Each isolated when it carries bidi controls, so that neither can
        // reorder the other or the rest of the line.
        let path = super::sanitize::inline(&self.path.to_string_lossy());
        let path = crate::inert::field(&path);
        let message = super::sanitize::inline(&self.message);
        let message = crate::inert::field(&message);
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{path}:{l}:{c}: {message}"),
            (Some(l), None) => write!(f, "{path}:{l}: {message}"),
            _ => write!(f, "{path}: {message}"),
        }
    }
}

/// Where the library is: the `--library` flag, else `$QARI_LIBRARY`, else
/// the XDG data folder (`~/.local/share/qari/articles`).
pub fn default_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir.to_path_buf());
    }
    if let Some(dir) = std::env::var_os("QARI_LIBRARY").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "qari").map(|d| d.data_dir().join("articles"))
}

impl Library {
    /// Loads every article under `dir` (searched recursively for article
    /// files: JSON, text, saved pages) and in `extra` (files or folders). When that finds no
    /// article, the built-in sample is loaded instead and `is_sample` is
    /// set; problems found on the way are kept either way.
    pub fn load(dir: Option<&Path>, extra: &[PathBuf]) -> Library {
        Library::load_with(dir, extra, LibraryLinks::Inside)
    }

    /// [`Library::load`], following links in `dir` as `links` says (the
    /// paths in `extra` are the user's own choice and always followed).
    pub fn load_with(dir: Option<&Path>, extra: &[PathBuf], links: LibraryLinks) -> Library {
        let mut library = Library::scan_with(dir, extra, links);
        if library.articles.is_empty() {
            let sample = Library::sample();
            library.articles = sample.articles;
            library.problems.extend(sample.problems);
            library.is_sample = true;
        }
        library
    }

    /// Like [`Library::load`], without the sample fallback: what
    /// `qari check` validates.
    pub fn scan(dir: Option<&Path>, extra: &[PathBuf]) -> Library {
        Library::scan_with(dir, extra, LibraryLinks::Inside)
    }

    /// [`Library::scan`], following links in `dir` as `links` says.
    pub fn scan_with(dir: Option<&Path>, extra: &[PathBuf], links: LibraryLinks) -> Library {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        if let Some(dir) = dir
            && dir.exists()
        {
            scan::collect_with(dir, links, &mut files, &mut problems);
        }
        for path in extra {
            if path.is_dir() {
                scan::collect_with(path, LibraryLinks::Follow, &mut files, &mut problems);
            } else {
                files.push(path.clone());
            }
        }
        let (articles, bad) = scan::load_files(&files);
        problems.extend(bad);
        Library {
            articles,
            problems,
            is_sample: false,
        }
    }

    /// The articles compiled into qari, shown on a fresh machine.
    pub fn sample() -> Library {
        let (articles, problems) = sample::articles();
        Library {
            articles,
            problems,
            is_sample: true,
        }
    }

    /// The article named by `spec`: its id, its file's path, or its 1-based
    /// index as printed by `qari list`.
    pub fn find(&self, spec: &str) -> Option<usize> {
        if let Some(i) = self.articles.iter().position(|a| a.id == spec) {
            return Some(i);
        }
        if let Ok(n) = spec.parse::<usize>() {
            return (1..=self.articles.len()).contains(&n).then(|| n - 1);
        }
        let wanted = Path::new(spec);
        let canonical = wanted.canonicalize().ok();
        self.articles.iter().position(|a| {
            a.path.as_deref().is_some_and(|p| {
                p == wanted
                    || canonical
                        .as_deref()
                        .is_some_and(|c| p.canonicalize().ok().as_deref() == Some(c))
            })
        })
    }
}
