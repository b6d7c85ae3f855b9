//! The search store: every article's title, author and body folded into
//! qari's compact form (`crate::search::Compact`, a byte an Arabic letter),
//! kept beside the library index, so that the list filter searches a
//! library whose bodies are not in memory.
//!
//! Two files: the data file (`library-….search`: a header with a generation
//! number, then the folded texts, appended as files are read, never
//! changed in place) and its table (`library-….search-table`: for each file of
//! the library, where its articles' texts are, with their CRC-32; see
//! `table`). A refresh appends only what it read and rewrites the table;
//! dead texts are dropped by a compaction when they pass half the file.
//! A table of another generation than the data file, a data file shorter
//! than its table says, or a text whose CRC fails is never searched: the
//! list is then searched from the files, and the store rebuilt.

mod check;
mod table;
mod write;

use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use memmap2::{Mmap, UncheckedAdvice};

pub use write::{MappedTable, StoreWriter, Written};

use crate::article::{Article, Block};
use crate::safe_fs;
use crate::search::{ByteRank, Compact, Signature};
use table::Table;

const DATA_MAGIC: &[u8; 7] = b"QARIFLD";
const DATA_FORMAT: u8 = 1;
const DATA_HEADER: usize = DATA_MAGIC.len() + 1 + 8;

/// A table larger than this is not read.
const MAX_TABLE_BYTES: u64 = 1 << 30;

/// The two files of a library's store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    pub data: PathBuf,
    pub table: PathBuf,
}

impl Paths {
    /// The store beside the index file `index`.
    pub fn beside(index: &Path) -> Paths {
        Paths {
            data: index.with_extension("search"),
            table: index.with_extension("search-table"),
        }
    }
}

/// What the store holds of an article: its title, author and paragraphs,
/// folded. The list filter folds an article in memory the same way.
pub fn fold_article(a: &Article) -> Compact {
    fold_with_body(a, &a.body)
}

/// [`fold_article`] with `body` for the article's own (read from its file
/// when the article was listed without one).
pub fn fold_with_body(a: &Article, body: &[Block]) -> Compact {
    Compact::new(
        [a.title.as_str()]
            .into_iter()
            .chain(a.author.as_deref())
            .chain(body.iter().map(|b| b.text())),
    )
}

fn data_header(generation: u64) -> [u8; DATA_HEADER] {
    let mut h = [0; DATA_HEADER];
    h[..DATA_MAGIC.len()].copy_from_slice(DATA_MAGIC);
    h[DATA_MAGIC.len()] = DATA_FORMAT;
    h[DATA_MAGIC.len() + 1..].copy_from_slice(&generation.to_le_bytes());
    h
}

/// Which file a table was read from. A table is replaced by rename,
/// never written in place: the same file holds the same table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: (i64, i64),
}

impl FileId {
    fn of(path: &Path) -> Option<FileId> {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FileId {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: (m.mtime(), m.mtime_nsec()),
        })
    }
}

/// A table, and the file it was read from.
type TableRead = (Arc<Table>, Option<FileId>);

/// The table at `path`, and the file it was read from: looked at before
/// it is read, so a table replaced meanwhile is never taken for the
/// file's (a writer compares it with the file under the store's lock).
fn read_table(path: &Path) -> Result<TableRead, String> {
    let id = FileId::of(path);
    let mut bytes = Vec::new();
    safe_fs::read_limited(path, MAX_TABLE_BYTES, &mut bytes).map_err(|e| e.to_string())?;
    let table = table::decode(&bytes).map_err(str::to_string)?;
    Ok((Arc::new(table), id))
}

/// A store's table read once for the threads that each need it: after
/// the reader's first frame, the store's check and the index's look at
/// every file both start with it, and decoding it twice at once held two
/// copies (some 20 MB each on 100,000 articles). The first to ask reads
/// it; the other waits for that reading and is given the same table.
/// Each still checks the data file against it. Kept only as long as a
/// clone of it is: the table is dropped with the last user.
#[derive(Debug, Clone)]
pub struct SharedTable {
    path: PathBuf,
    read: Arc<OnceLock<Result<TableRead, String>>>,
}

impl SharedTable {
    /// The table of the store at `paths`, not read yet.
    pub fn new(paths: &Paths) -> SharedTable {
        SharedTable {
            path: paths.table.clone(),
            read: Arc::default(),
        }
    }

    /// The table at `path`: the shared one when it is this table's file,
    /// else read alone.
    fn get(&self, path: &Path) -> Result<TableRead, String> {
        if path != self.path {
            return read_table(path);
        }
        self.read.get_or_init(|| read_table(path)).clone()
    }
}

/// The store's files opened, checked (each file's text against its
/// CRC-32, read without the mapping: see `check`) and mapped: all that
/// does not depend on the list of articles, so it can be done on another
/// thread while the reader starts.
#[derive(Debug)]
pub struct StoreFiles {
    map: Mmap,
    table: Arc<Table>,
    /// The texts' signatures and byte ranks.
    checked: check::Checked,
}

impl StoreFiles {
    /// Opens the store at `paths`; why not, when it cannot be used. A store
    /// whose text fails its CRC loses its table, so that the next refresh
    /// of the index rebuilds it.
    pub fn open(paths: &Paths) -> Result<StoreFiles, String> {
        StoreFiles::open_sharing(paths, &SharedTable::new(paths))
    }

    /// [`StoreFiles::open`], its table read once with the other users of
    /// `shared`.
    pub fn open_sharing(paths: &Paths, shared: &SharedTable) -> Result<StoreFiles, String> {
        StoreFiles::open_with(paths, shared, true)
    }

    /// [`StoreFiles::open`] for one search (`qari list --find`): the texts
    /// are checked through the mapping, whose pages the search reads
    /// next, and not signed. A signature spares reading a text on each
    /// later key of a search typed; signing every text reads it all, which
    /// costs more than one search (some 200 ms of 100,000 articles' 300 ms
    /// check).
    pub fn open_for_one_search(paths: &Paths) -> Result<StoreFiles, String> {
        StoreFiles::open_with(paths, &SharedTable::new(paths), false)
    }

    fn open_with(paths: &Paths, shared: &SharedTable, signed: bool) -> Result<StoreFiles, String> {
        let (table, _) = shared.get(&paths.table)?;
        let file = std::fs::File::open(&paths.data).map_err(|e| e.to_string())?;
        let len = file.metadata().map_err(|e| e.to_string())?.len();
        let mut header = [0; DATA_HEADER];
        if file.read_exact_at(&mut header, 0).is_err() || header != data_header(table.generation) {
            return Err("its data file is of another generation".into());
        }
        if len < table.end {
            return Err("its data file is cut short".into());
        }
        // Its length was checked against the table above.
        let map = crate::index::map_cache_file(&file, false).map_err(|e| e.to_string())?;
        let checked = match signed {
            true => check::sound(&file, len, &table.records),
            false => check::sound_unsigned(&map, &table.records),
        };
        let Some(checked) = checked else {
            let _ = std::fs::remove_file(&paths.table);
            return Err("damaged (a checksum does not match)".into());
        };
        Ok(StoreFiles {
            map,
            table,
            checked,
        })
    }
}

/// The store mapped for searching, its texts in the library's order.
#[derive(Debug)]
pub struct SearchStore {
    map: Mmap,
    /// Each article's folded text in `map`: offset and length.
    spans: Vec<(usize, usize)>,
    /// Each article's text's signature (none for one search).
    signatures: Vec<Signature>,
    /// How common each byte is in the texts.
    rank: ByteRank,
}

impl SearchStore {
    /// Opens the store at `paths` for `articles`: see [`StoreFiles::open`]
    /// and [`SearchStore::new`].
    pub fn open(paths: &Paths, articles: &[Article]) -> Result<SearchStore, String> {
        SearchStore::new(StoreFiles::open(paths)?, articles)
    }

    /// The store for `articles` (the library as the index gave it): every
    /// article must be found where the table says, file by file, in order,
    /// or the store is not used (with why).
    pub fn new(files: StoreFiles, articles: &[Article]) -> Result<SearchStore, String> {
        let other = || "it was made for another list of articles".to_string();
        let mut spans = Vec::with_capacity(articles.len());
        for r in &files.table.records {
            let mut at = usize::try_from(r.offset).map_err(|e| e.to_string())?;
            for &len in &r.lens {
                let same = articles
                    .get(spans.len())
                    .is_some_and(|a| a.path.as_deref() == Some(r.path.as_path()));
                if !same {
                    return Err(other());
                }
                spans.push((at, len as usize));
                at += len as usize + 1;
            }
        }
        let signed = &files.checked.signatures;
        if spans.len() != articles.len() || !(signed.is_empty() || signed.len() == spans.len()) {
            return Err(other());
        }
        Ok(SearchStore {
            map: files.map,
            spans,
            signatures: files.checked.signatures,
            rank: files.checked.rank,
        })
    }

    /// Articles held.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Bytes of folded text held.
    pub fn bytes(&self) -> usize {
        self.spans.iter().map(|s| s.1).sum()
    }

    /// Gives back the pages of the texts read so far, which a search over
    /// every body maps in (300 MB on 100,000 articles): the next search
    /// reads them again from the kernel's page cache.
    pub fn release(&self) {
        // SAFETY: the map is a read-only mapping of a file that is only
        // appended to or replaced by rename: dropping its pages from this
        // process changes no byte a reference into it sees, as they are
        // read back from the same file on the next access.
        let _ = unsafe { self.map.unchecked_advise(UncheckedAdvice::DontNeed) };
    }

    /// Maps the texts' pages in ahead of a search, blocking until they are
    /// (Linux; elsewhere a search maps them as it reads). After the start
    /// or a [`SearchStore::release`], a search over every body would
    /// otherwise take a page fault for each few pages it reads: some 80 ms
    /// on 100,000 articles, on the key that first reads texts.
    pub fn map_in(&self) {
        #[cfg(target_os = "linux")]
        let _ = self.map.advise(memmap2::Advice::PopulateRead);
    }

    /// How common each byte is in the texts, from a sample.
    pub fn rank(&self) -> &ByteRank {
        &self.rank
    }

    /// The signature of article `i`'s folded text; none when the store was
    /// opened for one search.
    pub fn signature(&self, i: usize) -> Option<&Signature> {
        self.signatures.get(i)
    }

    /// The folded text of article `i`.
    pub fn text(&self, i: usize) -> &[u8] {
        self.spans
            .get(i)
            .and_then(|&(at, len)| self.map.get(at..at + len))
            .unwrap_or_default()
    }
}
