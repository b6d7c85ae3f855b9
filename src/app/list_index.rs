//! The texts the list filter searches: every article's title, author and
//! body in the compact folded form, either folded in memory from the
//! articles or mapped from the search store beside the library index
//! (`crate::index::store`), whose bodies need not be in memory. One search
//! serves the reader's list and `qari list --find`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::article::{Article, Block, scan, tags};
use crate::index::store::{SearchStore, fold_with_body};
use crate::search::{Compact, CompactQuery, Hit};

/// Below this many articles, a second thread costs more than it saves.
const PARALLEL_FROM: usize = 256;

/// The folded texts of a library's articles, by index in the library.
#[derive(Debug, Clone, Default)]
pub struct ListIndex {
    texts: Texts,
    /// The last search, for narrowing the next one.
    last: RefCell<Option<Last>>,
}

#[derive(Debug, Clone)]
enum Texts {
    Folded(Vec<Compact>),
    Store(Arc<SearchStore>),
}

impl Texts {
    fn text(&self, i: usize) -> &[u8] {
        match self {
            Texts::Folded(texts) => texts.get(i).map_or(&[], Compact::as_bytes),
            Texts::Store(store) => store.text(i),
        }
    }
}

impl Default for Texts {
    fn default() -> Texts {
        Texts::Folded(Vec::new())
    }
}

/// A search and what it found, among which candidates.
#[derive(Debug, Clone)]
struct Last {
    needle: Vec<u8>,
    candidates: Vec<usize>,
    found: Vec<(usize, Hit)>,
}

impl ListIndex {
    /// Folds the title, author and body of each article, in parallel on
    /// large libraries (folding 60 MB of text takes a few hundred ms).
    /// An article listed without its body (from the library index) has its
    /// file read for it, one file at a time, and the body dropped once
    /// folded: the bodies of a whole library are never held at once.
    pub fn build(articles: &[Article]) -> ListIndex {
        let texts = in_parts(articles, |part| {
            let mut file = FileAtHand::default();
            part.iter().map(|a| fold(a, &mut file)).collect()
        });
        ListIndex::with(Texts::Folded(texts))
    }

    /// The titles and authors alone, folded: what the list filter searches
    /// while the library is being indexed, when reading every file again
    /// for its body would race the index's own reading (the status line
    /// says so meanwhile).
    pub fn titles(articles: &[Article]) -> ListIndex {
        let texts = in_parts(articles, |part| {
            part.iter().map(|a| fold_with_body(a, &[])).collect()
        });
        ListIndex::with(Texts::Folded(texts))
    }

    /// The texts of the search store.
    pub fn from_store(store: Arc<SearchStore>) -> ListIndex {
        ListIndex::with(Texts::Store(store))
    }

    fn with(texts: Texts) -> ListIndex {
        ListIndex {
            texts,
            last: RefCell::new(None),
        }
    }

    pub fn len(&self) -> usize {
        match &self.texts {
            Texts::Folded(texts) => texts.len(),
            Texts::Store(store) => store.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes the folded texts take.
    pub fn bytes(&self) -> usize {
        match &self.texts {
            Texts::Folded(texts) => texts.iter().map(Compact::len).sum(),
            Texts::Store(store) => store.bytes(),
        }
    }

    /// Whether the texts come from the search store.
    pub fn is_stored(&self) -> bool {
        matches!(self.texts, Texts::Store(_))
    }

    /// Whether article `index` matches `query`.
    pub fn matches(&self, index: usize, query: &CompactQuery) -> bool {
        query.find_in(self.texts.text(index)).is_some()
    }

    /// The articles among `candidates` that match `query`: those that
    /// match in their title first, then the others, each in the order of
    /// `candidates` (the list's order: newest first unless sorted
    /// otherwise). A query that extends the last one, over the same
    /// candidates, looks only at what the last one found.
    pub fn search(&self, query: &CompactQuery, candidates: &[usize]) -> Vec<usize> {
        let needle = query.needle();
        let narrowed: Option<Vec<usize>> = self.last.borrow().as_ref().and_then(|last| {
            // An empty query found nothing, which narrows nothing.
            let extends =
                !last.needle.is_empty() && memchr::memmem::find(needle, &last.needle).is_some();
            (extends && last.candidates == candidates)
                .then(|| last.found.iter().map(|&(i, _)| i).collect())
        });
        let found = self.scan(query, narrowed.as_deref().unwrap_or(candidates));
        let ranked = rank(&found);
        *self.last.borrow_mut() = Some(Last {
            needle: needle.to_vec(),
            candidates: candidates.to_vec(),
            found,
        });
        ranked
    }

    /// The matches among `candidates`, in their order, on all cores.
    fn scan(&self, query: &CompactQuery, candidates: &[usize]) -> Vec<(usize, Hit)> {
        let texts = &self.texts;
        in_parts(candidates, |part| {
            part.iter()
                .filter_map(|&i| query.find_in(texts.text(i)).map(|hit| (i, hit)))
                .collect()
        })
    }
}

/// An article's title, author and body folded for the list's filter; the
/// body read from its file when the article was listed without it.
fn fold(a: &Article, file: &mut FileAtHand) -> Compact {
    let unread = a.body.is_empty().then_some(a.path.as_deref()).flatten();
    let body = match unread {
        Some(path) => file.body_of(path, &a.id),
        None => &a.body,
    };
    fold_with_body(a, body)
}

/// The articles of the file read last: a file of many articles (a feed)
/// is read once for all of them, which the list holds one after another.
#[derive(Default)]
struct FileAtHand {
    path: Option<PathBuf>,
    articles: Vec<Article>,
}

impl FileAtHand {
    /// The body of article `id` of the file at `path` as it is now; none
    /// when the file is gone, broken or no longer holds it.
    fn body_of(&mut self, path: &Path, id: &str) -> &[Block] {
        if self.path.as_deref() != Some(path) {
            self.articles = scan::load_file(path).unwrap_or_default();
            self.path = Some(path.to_path_buf());
        }
        let found = self.articles.iter().find(|a| a.id == id);
        found.map_or(&[], |a| a.body.as_slice())
    }
}

/// The articles among `candidates` (in the list's order) that `query` asks
/// for: each `#tag` word a tag, the other words their text, those that
/// hold them in their title first (see [`ListIndex::search`]). The reader's
/// list filter and `qari list --find` both search through here; `index` is
/// asked for only when there are words to search.
pub fn find<I: std::ops::Deref<Target = ListIndex>>(
    articles: &[Article],
    query: &str,
    candidates: impl IntoIterator<Item = usize>,
    index: impl FnOnce() -> I,
) -> Vec<usize> {
    let (tags, words) = tags::split_query(query);
    let wanted: Vec<String> = tags.into_iter().map(tags::tag_key).collect();
    let tagged = |i: &usize| {
        let article = articles.get(*i);
        wanted
            .iter()
            .all(|key| article.is_some_and(|a| a.has_tag_key(key)))
    };
    let listed: Vec<usize> = candidates.into_iter().filter(tagged).collect();
    if words.is_empty() {
        return listed;
    }
    index().search(&CompactQuery::new(&words), &listed)
}

/// Title matches first, then the others, each group in the order given.
fn rank(found: &[(usize, Hit)]) -> Vec<usize> {
    let title = found.iter().filter(|f| f.1 == Hit::Title);
    let later = found.iter().filter(|f| f.1 == Hit::Later);
    title.chain(later).map(|&(i, _)| i).collect()
}

/// `work` over `items` in parts, one a core when there are many, the
/// results joined in order. A part whose thread fails (only on a bug) is
/// done again here.
fn in_parts<T: Sync, R: Send>(items: &[T], work: impl Fn(&[T]) -> Vec<R> + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < PARALLEL_FROM {
        return work(items);
    }
    let chunk = items.len().div_ceil(threads);
    let work = &work;
    std::thread::scope(|s| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || work(part)))
            .collect();
        let mut all = Vec::with_capacity(items.len());
        for (worker, part) in workers.into_iter().zip(items.chunks(chunk)) {
            match worker.join() {
                Ok(done) => all.extend(done),
                Err(_) => all.extend(work(part)),
            }
        }
        all
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, body: &str) -> Article {
        Article {
            id: title.into(),
            title: title.into(),
            author: None,
            source: None,
            url: None,
            published: None,
            lang: None,
            dir: crate::layout::Direction::Auto,
            tags: Vec::new(),
            reading_minutes: 1,
            body: vec![crate::article::Block::Paragraph(body.into())],
            links: Vec::new(),
            path: None,
        }
    }

    #[test]
    fn title_matches_come_first_each_group_in_list_order() {
        let articles = vec![
            article("سوق", "ارتفع سعر الذهب"),
            article("الذهب اليوم", "نص"),
            article("طقس", "لا شيء"),
            article("ذهب", "نص"),
        ];
        let index = ListIndex::build(&articles);
        let query = CompactQuery::new("ذهب");
        assert_eq!(index.search(&query, &[3, 2, 1, 0]), vec![3, 1, 0]);
        assert_eq!(index.search(&query, &[0, 1, 2, 3]), vec![1, 3, 0]);
    }

    #[test]
    fn a_longer_query_narrows_and_a_shorter_one_searches_again() {
        let articles = vec![
            article("أ", "الذهب"),
            article("ب", "الذهبي"),
            article("ج", "ذ"),
        ];
        let index = ListIndex::build(&articles);
        let all = [0, 1, 2];
        assert_eq!(index.search(&CompactQuery::new("ذ"), &all), vec![0, 1, 2]);
        assert_eq!(index.search(&CompactQuery::new("ذهبي"), &all), vec![1]);
        assert_eq!(index.search(&CompactQuery::new("ذه"), &all), vec![0, 1]);
        assert_eq!(
            index.search(&CompactQuery::new("ذه"), &[2]),
            Vec::<usize>::new()
        );
        assert_eq!(
            index.search(&CompactQuery::new("\u{064E}"), &all),
            Vec::<usize>::new()
        );
        assert_eq!(index.search(&CompactQuery::new("ذ"), &all), vec![0, 1, 2]);
    }
}
