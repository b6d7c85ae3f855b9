//! Finding article files in a folder and loading them, in parallel.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::error::ParseError;
use super::library::LoadProblem;
use super::{Article, feed, html, json, meta, text_import};
use crate::safe_fs::{self, ReadError};

pub use super::walk::{LibraryLinks, collect, collect_in_parts, collect_with};

/// Files larger than this are reported rather than read: a library holds
/// news articles, and a stray multi-gigabyte file must not exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Below this many files, starting threads costs more than it saves.
const PARALLEL_FROM: usize = 32;

pub(super) fn is_article_name(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| kind_of_extension(e).is_some())
}

/// The kinds of article file qari reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// qari's JSON article format, or a JSON Feed (see [`parse_file`]).
    Json,
    Text,
    Html,
    Mhtml,
    /// RSS, RSS 1.0 or Atom; a file so named that is not a feed is
    /// reported, never read as something else.
    Feed,
}

fn kind_of_extension(extension: &str) -> Option<Kind> {
    const KINDS: &[(&str, Kind)] = &[
        ("json", Kind::Json),
        ("txt", Kind::Text),
        ("html", Kind::Html),
        ("htm", Kind::Html),
        ("mhtml", Kind::Mhtml),
        ("mht", Kind::Mhtml),
        ("xml", Kind::Feed),
        ("rss", Kind::Feed),
        ("atom", Kind::Feed),
        ("rdf", Kind::Feed),
    ];
    KINDS
        .iter()
        .find(|(e, _)| extension.eq_ignore_ascii_case(e))
        .map(|(_, k)| *k)
}

/// The kind of a file named otherwise, from how it starts.
fn kind_of_content(bytes: &[u8]) -> Kind {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head: Vec<u8> = body[start..body.len().min(start + 64)].to_ascii_lowercase();
    if matches!(head.first(), Some(b'{' | b'[')) {
        Kind::Json
    } else if feed::is_xml_feed(body) {
        Kind::Feed
    } else if head.starts_with(b"<!doctype html") || head.starts_with(b"<html") {
        Kind::Html
    } else if head.starts_with(b"mime-version:") || head.starts_with(b"from: <saved by") {
        Kind::Mhtml
    } else {
        Kind::Text
    }
}

pub(super) fn io_problem(path: &Path, err: &std::io::Error) -> LoadProblem {
    LoadProblem::new(path, ParseError::new(format!("cannot read: {err}")))
}

/// Loads `files` in order, on all cores when there are enough of them.
/// Returns the articles in file order and a problem for each bad file.
pub fn load_files(files: &[PathBuf]) -> (Vec<Article>, Vec<LoadProblem>) {
    let threads = crate::cores();
    let results: Vec<(usize, Result<Vec<Article>, LoadProblem>)> =
        if threads < 2 || files.len() < PARALLEL_FROM {
            let mut buffer = Vec::new();
            files
                .iter()
                .map(|f| load_file_into(f, &mut buffer))
                .enumerate()
                .collect()
        } else {
            // Workers take the next file from a shared counter, so one large
            // file does not leave the other core idle.
            let next = AtomicUsize::new(0);
            let mut all = Vec::with_capacity(files.len());
            std::thread::scope(|s| {
                let workers: Vec<_> = (0..threads)
                    .map(|_| {
                        s.spawn(|| {
                            let mut mine = Vec::new();
                            let mut buffer = Vec::new();
                            loop {
                                let i = next.fetch_add(1, Ordering::Relaxed);
                                let Some(f) = files.get(i) else { break };
                                mine.push((i, load_file_into(f, &mut buffer)));
                            }
                            mine
                        })
                    })
                    .collect();
                for w in workers {
                    // A worker only panics on a bug; its files are then
                    // missing rather than taking the whole library down.
                    if let Ok(mine) = w.join() {
                        all.extend(mine);
                    }
                }
            });
            all.sort_unstable_by_key(|(i, _)| *i);
            all
        };
    let mut articles = Vec::with_capacity(results.len());
    let mut problems = Vec::new();
    for (_, r) in results {
        match r {
            Ok(a) => articles.extend(a),
            Err(p) => problems.push(p),
        }
    }
    (articles, problems)
}

/// Loads one file: JSON by its `.json` name or a leading `{`/`[`, else a
/// saved text article.
pub fn load_file(path: &Path) -> Result<Vec<Article>, LoadProblem> {
    load_file_into(path, &mut Vec::new())
}

/// [`load_file`] reading into `buffer`, which a worker keeps from one file
/// to the next: one allocation per thread rather than one per file, and
/// no freed file buffers left between the articles' strings in memory.
fn load_file_into(path: &Path, buffer: &mut Vec<u8>) -> Result<Vec<Article>, LoadProblem> {
    read_limited(path, buffer).map_err(|e| LoadProblem::new(path, e))?;
    let parsed = parse_file(path, buffer).map_err(|e| LoadProblem::new(path, e));
    // A rare large file should not keep its buffer for the rest of the load.
    if buffer.capacity() > KEPT_BUFFER {
        *buffer = Vec::new();
    }
    parsed
}

/// The largest read buffer a worker keeps between files.
const KEPT_BUFFER: usize = 1 << 20;

/// The kind of article file `path` is, by its extension, else by how its
/// `bytes` start.
pub fn kind_of(path: &Path, bytes: &[u8]) -> Kind {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    kind_of_extension(extension).unwrap_or_else(|| kind_of_content(bytes))
}

/// Parses a file's bytes as `load_file` would. A JSON file that is a JSON
/// Feed gives its entries.
pub fn parse_file(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, ParseError> {
    parse_file_noting(path, bytes).map(|(articles, _)| articles)
}

/// [`parse_file`], with the encoding a text file or a page was guessed to
/// be in when it did not say (`windows-1256`), for telling the user.
pub fn parse_file_noting(
    path: &Path,
    bytes: &[u8],
) -> Result<(Vec<Article>, Option<&'static str>), ParseError> {
    // A fault in a rule costs this file, reported, not the load.
    super::guard::run(|| parse_unguarded(path, bytes)).unwrap_or_else(|fault| {
        Err(ParseError::new(format!(
            "qari failed while reading this file ({fault}) and skipped it; the file is left as it is"
        )))
    })
}

fn parse_unguarded(
    path: &Path,
    bytes: &[u8],
) -> Result<(Vec<Article>, Option<&'static str>), ParseError> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = || meta::slug(&stem);
    let one = |a| (vec![a], None);
    let many = |a| (a, None);
    match kind_of(path, bytes) {
        // A JSON Feed fails as an article (it has no body); it is looked
        // for only then, so articles load without a second look.
        Kind::Json => json::parse(bytes, &stem, Some(path))
            .or_else(|err| {
                if feed::is_json_feed(bytes) {
                    feed::parse(bytes, None, Some(path))
                } else {
                    Err(err)
                }
            })
            .map(many),
        Kind::Text => text_import::import_bytes_noting(bytes, id(), Some(path))
            .map(|(a, assumed)| (vec![a], assumed)),
        Kind::Html => html::page::import_bytes_noting(bytes, None, id(), Some(path), None)
            .map(|(a, assumed)| (vec![a], assumed)),
        Kind::Mhtml => html::mhtml::import_bytes(bytes, id(), Some(path)).map(one),
        Kind::Feed => feed::parse(bytes, None, Some(path)).map(many),
    }
}

/// A file's bytes, as the loader reads them: regular files of at most
/// [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, LoadProblem> {
    let mut bytes = Vec::new();
    read_limited(path, &mut bytes).map_err(|e| LoadProblem::new(path, e))?;
    Ok(bytes)
}

/// Reads a regular file of at most [`MAX_FILE_BYTES`] into `bytes`
/// (cleared first). FIFOs, devices and sockets are refused, by their type
/// before opening and again on the open descriptor; the open does not
/// block, so neither a FIFO nor a `/proc` file can hang a load.
fn read_limited(path: &Path, bytes: &mut Vec<u8>) -> Result<(), ParseError> {
    bytes.clear();
    let meta = fs::metadata(path).map_err(|e| ParseError::new(ReadError::Io(e).to_string()))?;
    if !meta.is_file() {
        return Err(ParseError::new(ReadError::NotRegular.to_string()));
    }
    safe_fs::read_limited(path, MAX_FILE_BYTES, bytes).map_err(|e| ParseError::new(e.to_string()))
}
