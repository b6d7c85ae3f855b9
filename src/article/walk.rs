//! Walking a library folder for its article files, in path order: on one
//! thread, or in parts on several when its top folders are many.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::{self, FileType};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::error::ParseError;
use super::library::LoadProblem;
use super::scan::{io_problem, is_article_name};

/// Which symbolic links in the library are followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LibraryLinks {
    /// Only links that lead to a place inside the library folder: a link
    /// to `/` would otherwise load the whole file system, and one to
    /// another user's files would show them as articles.
    #[default]
    Inside,
    /// Every link, wherever it leads (`library_links = "follow"`).
    Follow,
}

/// Adds every article file (`*.json`, `*.txt`, `*.html`, `*.htm`, `*.mhtml`,
/// `*.mht`) and feed (`*.xml`, `*.rss`, `*.atom`, `*.rdf`) under `dir` to
/// `files`, sorted by
/// path within each folder. Symbolic links are followed only inside the
/// library (see [`LibraryLinks`]), and each folder is entered once (by
/// device and inode), so a link loop ends the descent. Hidden files and
/// folders (`.git`, editor swap files) are skipped.
pub fn collect(dir: &Path, files: &mut Vec<PathBuf>, problems: &mut Vec<LoadProblem>) {
    collect_with(dir, LibraryLinks::Inside, files, problems);
}

/// [`collect`], following links as `links` says.
pub fn collect_with(
    dir: &Path,
    links: LibraryLinks,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<LoadProblem>,
) {
    let Some(inside) = root(dir, links, problems) else {
        return;
    };
    let mut walk = Walk::new(inside, files, problems);
    walk.folder(dir);
}

/// What [`collect_with`] finds (the files and the problems), walked in
/// `parts` runs of `dir`'s top folders, one a thread, with `each` called
/// on every run's files on its thread as soon as they are found (with how
/// many threads it may use itself); what it gave, run by run. A folder
/// reached from two runs (by a link, or a mount) makes the walk start
/// again on one thread, so the files and their order are always those of
/// [`collect_with`]: the first path to a folder is the one that counts.
pub fn collect_in_parts<T: Send>(
    dir: &Path,
    links: LibraryLinks,
    parts: usize,
    each: &(dyn Fn(&[PathBuf], usize) -> T + Sync),
) -> (Vec<PathBuf>, Vec<LoadProblem>, Vec<T>) {
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    let Some(inside) = root(dir, links, &mut problems) else {
        return (files, problems, Vec::new());
    };
    let mut walk = Walk::new(inside.clone(), &mut files, &mut problems);
    let found = walk.enter(dir);
    let top = walk.seen.clone();
    let runs = found
        .as_ref()
        .map_or(Vec::new(), |found| runs(found, parts));
    if runs.len() < 2 {
        if let Some(found) = found {
            walk.visit(dir, found);
        }
        let all = each(&files, parts);
        return (files, problems, vec![all]);
    }
    drop(walk);
    let walked: Vec<_> = std::thread::scope(|s| {
        let threads: Vec<_> = runs
            .into_iter()
            .map(|run| {
                let (inside, seen) = (inside.clone(), top.clone());
                s.spawn(move || {
                    let (mut files, mut problems) = (Vec::new(), Vec::new());
                    let mut walk = Walk::new(inside, &mut files, &mut problems);
                    walk.seen = seen;
                    walk.visit(dir, run);
                    let seen = std::mem::take(&mut walk.seen);
                    let given = each(&files, 1);
                    (files, problems, seen, given)
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut entered = HashSet::new();
    let shared = walked
        .iter()
        .flat_map(|(_, _, seen, _)| seen.difference(&top))
        .any(|folder| !entered.insert(*folder));
    if shared {
        let (mut files, mut problems) = (Vec::new(), Vec::new());
        collect_with(dir, links, &mut files, &mut problems);
        let all = each(&files, parts);
        return (files, problems, vec![all]);
    }
    let mut given = Vec::new();
    for (more, bad, _, t) in walked {
        files.extend(more);
        problems.extend(bad);
        given.push(t);
    }
    (files, problems, given)
}

/// The library's real path when links must stay inside it; `None` (the
/// problem said) when it cannot be found.
fn root(
    dir: &Path,
    links: LibraryLinks,
    problems: &mut Vec<LoadProblem>,
) -> Option<Option<PathBuf>> {
    match links {
        LibraryLinks::Follow => Some(None),
        LibraryLinks::Inside => match dir.canonicalize() {
            Ok(root) => Some(Some(root)),
            Err(e) => {
                problems.push(io_problem(dir, &e));
                None
            }
        },
    }
}

/// A folder's entries: name, and type when the entry tells it.
type Found = Vec<(OsString, Option<FileType>)>;

/// `found` cut into at most `parts` runs, in order, each with about as
/// many folders; fewer than two runs when there are fewer folders.
fn runs(found: &Found, parts: usize) -> Vec<Found> {
    let is_folder = |kind: &Option<FileType>| kind.is_some_and(|k| k.is_dir());
    let folders = found.iter().filter(|(_, k)| is_folder(k)).count();
    let parts = parts.min(folders);
    if parts < 2 {
        return Vec::new();
    }
    let mut runs = vec![Vec::new()];
    let mut passed = 0;
    for entry in found {
        // A run ends before the first folder of the next share.
        if is_folder(&entry.1) {
            if passed >= runs.len() * folders / parts {
                runs.push(Vec::new());
            }
            passed += 1;
        }
        if let Some(run) = runs.last_mut() {
            run.push(entry.clone());
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

struct Walk<'a> {
    /// The library's real path, when links must stay inside it.
    inside: Option<PathBuf>,
    files: &'a mut Vec<PathBuf>,
    problems: &'a mut Vec<LoadProblem>,
    seen: HashSet<(u64, u64)>,
}

impl<'a> Walk<'a> {
    fn new(
        inside: Option<PathBuf>,
        files: &'a mut Vec<PathBuf>,
        problems: &'a mut Vec<LoadProblem>,
    ) -> Walk<'a> {
        Walk {
            inside,
            files,
            problems,
            seen: HashSet::new(),
        }
    }

    fn folder(&mut self, dir: &Path) {
        if let Some(found) = self.enter(dir) {
            self.visit(dir, found);
        }
    }

    /// The entries of `dir`, sorted by name, not hidden; `None` when it
    /// was entered already or cannot be read (a problem).
    fn enter(&mut self, dir: &Path) -> Option<Found> {
        let meta = match fs::metadata(dir) {
            Ok(m) => m,
            Err(e) => {
                self.problems.push(io_problem(dir, &e));
                return None;
            }
        };
        if !self.seen.insert((meta.dev(), meta.ino())) {
            return None;
        }
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                self.problems.push(io_problem(dir, &e));
                return None;
            }
        };
        let mut found: Found = entries
            .filter_map(Result::ok)
            .map(|e| (e.file_name(), e.file_type().ok()))
            .filter(|(name, _)| !name.as_encoded_bytes().starts_with(b"."))
            .collect();
        // By name: the order of their paths (one folder), without comparing
        // the paths component by component.
        found.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Some(found)
    }

    /// Adds the article files among `found`, the entries of `dir`, and
    /// walks its folders, in order.
    fn visit(&mut self, dir: &Path, found: Found) {
        for (name, kind) in found {
            let path = dir.join(name);
            // The directory entry tells the type without a stat; only
            // symbolic links (and file systems that do not say) need one.
            let is_dir = match kind {
                Some(k) if !k.is_symlink() => k.is_dir(),
                _ => match self.link(&path) {
                    Some(is_dir) => is_dir,
                    None => continue,
                },
            };
            if is_dir {
                self.folder(&path);
            } else if is_article_name(&path) {
                self.files.push(path);
            }
        }
    }

    /// Whether the link (or untyped entry) at `path` is a folder to enter;
    /// `None` when it is not followed: broken, or leading out of the
    /// library. Either is reported for a folder or an article name.
    fn link(&mut self, path: &Path) -> Option<bool> {
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                if is_article_name(path) {
                    self.problems.push(io_problem(path, &e));
                }
                return None;
            }
        };
        if let Some(root) = &self.inside {
            let real = match path.canonicalize() {
                Ok(real) => real,
                Err(e) => {
                    self.problems.push(io_problem(path, &e));
                    return None;
                }
            };
            if !real.starts_with(root) {
                if meta.is_dir() || is_article_name(path) {
                    self.problems.push(outside(path, &real));
                }
                return None;
            }
        }
        Some(meta.is_dir())
    }
}

fn outside(path: &Path, real: &Path) -> LoadProblem {
    LoadProblem::new(
        path,
        ParseError::new(format!(
            "a link out of the library (to {}): not followed; `library_links = \"follow\"` follows it",
            real.display()
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(path: &Path) {
        fs::create_dir_all(path.parent().expect("a folder")).expect("folder");
        fs::write(path, r#"{"title": "عنوان", "body": "نص."}"#).expect("article");
    }

    /// What the walk in parts gives, checked against the walk on one
    /// thread: the same files and problems in the same order, and `each`
    /// given every file once.
    fn in_parts(dir: &Path, parts: usize) -> (Vec<PathBuf>, usize) {
        let (mut files, mut problems) = (Vec::new(), Vec::new());
        collect_with(dir, LibraryLinks::Inside, &mut files, &mut problems);
        let each = |files: &[PathBuf], _| files.to_vec();
        let (found, bad, given) = collect_in_parts(dir, LibraryLinks::Inside, parts, &each);
        assert_eq!(found, files);
        assert_eq!(bad, problems);
        assert_eq!(given.concat(), files, "each part given its own files");
        (found, given.len())
    }

    #[test]
    fn the_walk_in_parts_finds_the_files_of_the_walk_in_one() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path();
        for name in [
            "0.json",
            "a/1.json",
            "a/deep/2.json",
            "b.json",
            "b/3.txt",
            "c/4.json",
            "c/.5.json",
            "d/6.json",
            "e.json",
            "f/g/7.json",
            "f/8.json",
            "z.json",
        ] {
            write(&root.join(name));
        }
        std::os::unix::fs::symlink(root.join("nowhere"), root.join("c/broken.json")).expect("link");
        let (files, parts) = in_parts(root, 2);
        assert_eq!(parts, 2);
        assert_eq!(files.len(), 11);
        assert_eq!(in_parts(root, 4).1, 4);
        assert_eq!(in_parts(root, 1).1, 1);
        // One folder: nothing to share out.
        assert_eq!(in_parts(&root.join("f"), 2).1, 1);
    }

    #[test]
    fn a_folder_reached_from_two_parts_is_walked_as_on_one_thread() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path();
        for name in ["a/1.json", "b/2.json", "c/3.json", "d/4.json"] {
            write(&root.join(name));
        }
        // Reached first through the link in `a`, `d` is not entered again
        // by its own name, though another thread walks it.
        std::os::unix::fs::symlink(root.join("d"), root.join("a/to-d")).expect("link");
        let (files, parts) = in_parts(root, 2);
        assert_eq!(parts, 1, "walked again on one thread");
        assert!(files.contains(&root.join("a/to-d/4.json")), "{files:?}");
        assert!(!files.contains(&root.join("d/4.json")), "{files:?}");
    }
}
