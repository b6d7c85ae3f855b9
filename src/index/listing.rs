//! The reader's list from the library index as last written: the index
//! decoded straight into articles, with no `Index` kept or dropped on the
//! way, in parts on as many threads as there are cores. The strings of a
//! hundred thousand articles are most of what stands between the reader's
//! start and its first frame.

use std::path::Path;

use super::article_ref::ArticleRef;
use super::format::{self, Content, DecodeError, Entries, Entry, Meta, Payload};
use super::{MAX_INDEX_BYTES, real_path};
use crate::article::{Article, LoadProblem};
use crate::safe_fs;
use memmap2::Mmap;

/// Below this many entries a second thread costs more than it saves.
const PARALLEL_FROM: usize = 4096;

/// More threads than this gain little: each one first passes over the
/// entries before its part.
const MAX_THREADS: usize = 4;

/// The articles (without bodies) and problems the index at `path`, made
/// for the library folder `library`, lists, in file order; `None` when it
/// is missing, damaged or of another folder.
pub fn listed(path: &Path, library: &Path) -> Option<(Vec<Article>, Vec<LoadProblem>)> {
    let map = map(path)?;
    let payload = format::open(&map).ok()?;
    if payload.library != real_path(library) {
        return None;
    }
    parts_of(&payload).ok()
}

/// The index file at `path` (or the search store's table), mapped; `None`
/// when it is missing, not a regular file, or larger than an index qari
/// reads.
pub(super) fn map(path: &Path) -> Option<Mmap> {
    let file = safe_fs::open_regular(path, true).ok()?;
    if file.metadata().ok()?.len() > MAX_INDEX_BYTES {
        return None;
    }
    super::map_cache_file(&file, true).ok()
}

/// The articles and problems of every entry of `payload`, in order.
pub fn parts_of(payload: &Payload) -> Result<(Vec<Article>, Vec<LoadProblem>), DecodeError> {
    in_parts(payload, |entries, n, room| {
        let mut articles = Vec::with_capacity(room);
        let mut problems = Vec::new();
        for entry in entries.take(n) {
            push_entry(entry?, &mut articles, &mut problems);
        }
        Ok((articles, problems))
    })
}

/// [`parts_of`] with the articles' fields borrowed from the index: the
/// list of a warm `qari list`, which copies no string of the index.
pub fn rows_of<'a>(
    payload: &Payload<'a>,
) -> Result<(Vec<ArticleRef<'a>>, Vec<LoadProblem>), DecodeError> {
    in_parts(payload, |entries, n, room| {
        let mut rows = Vec::with_capacity(room);
        let mut problems = Vec::new();
        for _ in 0..n {
            let Some(read) = entries.next_by(|row| rows.push(row)) else {
                break;
            };
            problems.extend(read?);
        }
        Ok((rows, problems))
    })
}

/// What `part(entries, n, room)` makes of every entry of `payload`, in
/// order: of the next `n` entries of `entries`, with room for `room`
/// items.
fn in_parts<'a, T: Send>(
    payload: &Payload<'a>,
    part: impl Fn(&mut Entries<'a>, usize, usize) -> Result<Part<T>, DecodeError> + Sync,
) -> Result<Part<T>, DecodeError> {
    let all = payload.count;
    let threads = crate::cores().min(MAX_THREADS);
    if threads < 2 || all < PARALLEL_FROM {
        let mut entries = payload.entries();
        let parts = part(&mut entries, all, all)?;
        entries.finish()?;
        return Ok(parts);
    }
    let bounds: Vec<usize> = (0..=threads).map(|k| k * all / threads).collect();
    let part = &part;
    std::thread::scope(|s| {
        // This thread reads the first part; the others pass over the
        // entries before theirs, then read it.
        let later: Vec<_> = bounds[1..]
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                s.spawn(move || {
                    let mut entries = payload.entries();
                    entries.pass(from)?;
                    let parts = part(&mut entries, to - from, to - from)?;
                    if to == all {
                        entries.finish()?;
                    }
                    Ok::<_, DecodeError>(parts)
                })
            })
            .collect();
        // Room for all, so that adding the other parts never moves the first.
        let (mut items, mut problems) = part(&mut payload.entries(), bounds[1], all)?;
        for worker in later {
            let (more, bad) = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
            items.extend(more);
            problems.extend(bad);
        }
        Ok((items, problems))
    })
}

/// The items and problems of a part of the index.
type Part<T> = (Vec<T>, Vec<LoadProblem>);

/// Takes `entry` apart: its articles, without bodies, each with the
/// entry's file as its path, or the problem that kept the file out.
pub(crate) fn push_entry(
    entry: Entry,
    articles: &mut Vec<Article>,
    problems: &mut Vec<LoadProblem>,
) {
    match entry.content {
        Content::Articles(list) => {
            let last = list.len();
            let mut path = Some(entry.path);
            for (n, meta) in list.into_iter().enumerate() {
                // The entry's path moves into its last article.
                let path = match n + 1 == last {
                    true => path.take(),
                    false => path.clone(),
                };
                articles.push(article(meta, path));
            }
        }
        Content::Problem {
            line,
            column,
            message,
        } => problems.push(LoadProblem {
            path: entry.path,
            line,
            column,
            message,
        }),
    }
}

fn article(m: Meta, path: Option<std::path::PathBuf>) -> Article {
    Article {
        id: m.id,
        title: m.title,
        author: m.author,
        source: m.source,
        url: m.url,
        published: m.published,
        lang: m.lang,
        dir: m.dir,
        tags: m.tags,
        reading_minutes: m.minutes,
        body: Vec::new(),
        links: Vec::new(),
        path,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::format::{Index, encode};
    use crate::index::library_parts;
    use crate::layout::Direction;

    fn meta(n: usize) -> Meta {
        Meta {
            id: format!("مقال-{n}"),
            title: format!("عنوان المقال {n}"),
            author: n.is_multiple_of(2).then(|| "الكاتب".to_string()),
            source: Some("المصدر".into()),
            url: None,
            published: Some(format!("2024-01-{:02}", n % 28 + 1)),
            lang: Some("ar".into()),
            dir: Direction::Rtl,
            tags: vec![format!("وسم{}", n % 5)],
            minutes: (n % 9) as u32,
        }
    }

    /// A library index of `files` files: most of one article, every
    /// seventh of two, every eleventh a problem.
    fn index(files: usize) -> Index {
        let entries = (0..files)
            .map(|n| Entry {
                path: format!("/lib/{:03}/{n}.json", n / 100).into(),
                size: n as u64,
                mtime: (1_700_000_000 + n as i64, 0),
                content: match (n % 11, n % 7) {
                    (0, _) => Content::Problem {
                        line: Some(n),
                        column: None,
                        message: format!("expected value {n}"),
                    },
                    (_, 0) => Content::Articles(vec![meta(n), meta(n + files)]),
                    _ => Content::Articles(vec![meta(n)]),
                },
            })
            .collect();
        Index {
            library: "/lib".into(),
            scanned: (1_800_000_000, 0),
            entries,
        }
    }

    #[test]
    fn the_list_read_in_parts_is_the_list_read_in_one() {
        // Above and below the size read on several threads.
        for files in [10, PARALLEL_FROM + 13] {
            let index = index(files);
            let bytes = encode(&index);
            let payload = format::open(&bytes).expect("a sound index");
            let parts = parts_of(&payload).expect("the entries");
            let (articles, problems) = library_parts(index);
            assert_eq!(parts.0, articles, "{files} files");
            assert_eq!(parts.1, problems, "{files} files");
            // Both articles of a file of two have its path.
            let pairs = articles.windows(2).filter(|w| w[0].path == w[1].path);
            assert_eq!(pairs.count(), files.div_ceil(7) - files.div_ceil(77));
            assert!(
                articles
                    .iter()
                    .all(|a| a.path.is_some() && a.body.is_empty())
            );
            // The reader keeps them all: no list holds spare room.
            assert!(articles.iter().all(|a| a.tags.capacity() == a.tags.len()));
        }
    }

    #[test]
    fn a_damaged_entry_in_any_part_refuses_the_whole_list() {
        let bytes = encode(&index(PARALLEL_FROM + 13));
        let mut cut = bytes[..bytes.len() - 10].to_vec();
        // Length and checksum made to match the cut payload.
        let payload_len = (cut.len() - 20) as u64;
        cut[8..16].copy_from_slice(&payload_len.to_le_bytes());
        let crc = crc32fast::hash(&cut[20..]);
        cut[16..20].copy_from_slice(&crc.to_le_bytes());
        let payload = format::open(&cut).expect("header and checksum are sound");
        assert!(parts_of(&payload).is_err());
        assert!(rows_of(&payload).is_err());
    }

    #[test]
    fn the_rows_borrowed_from_the_index_are_its_articles() {
        // Above and below the size read on several threads.
        for files in [10, PARALLEL_FROM + 13] {
            let bytes = encode(&index(files));
            let payload = format::open(&bytes).expect("a sound index");
            let (articles, problems) = parts_of(&payload).expect("the entries");
            let (rows, bad) = rows_of(&payload).expect("the rows");
            assert_eq!(bad, problems, "{files} files");
            let fields = |a: ArticleRef| (Meta::from(a), a.path.map(Path::to_path_buf));
            let borrowed: Vec<_> = rows.into_iter().map(fields).collect();
            let loaded: Vec<_> = articles.iter().map(|a| fields(a.into())).collect();
            assert_eq!(borrowed, loaded, "{files} files");
            assert!(
                borrowed
                    .iter()
                    .any(|(m, _)| m.tags.len() == 1 && m.author.is_none())
            );
        }
    }

    #[test]
    fn an_index_of_another_folder_or_none_lists_nothing() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("library.index");
        assert!(listed(&file, dir.path()).is_none(), "no index");
        let mut index = index(3);
        index.library = real_path(dir.path());
        std::fs::write(&file, encode(&index)).expect("the index written");
        let (articles, problems) = listed(&file, dir.path()).expect("its list");
        assert_eq!((articles.len(), problems.len()), (2, 1));
        let other = dir.path().join("other");
        std::fs::create_dir(&other).expect("another folder");
        assert!(listed(&file, &other).is_none(), "made for another folder");
    }
}
