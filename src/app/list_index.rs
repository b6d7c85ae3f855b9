//! The texts the list filter searches: every article's title, author and
//! body in the compact folded form, either folded in memory from the
//! articles or mapped from the search store beside the library index
//! (`crate::index::store`), whose bodies need not be in memory. One search
//! serves the reader's list and `qari list --find`.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use crate::article::{Article, tags};
use crate::index::store::{SearchStore, fold_with_body};
use crate::search::{Answer, ByteRank, Compact, CompactQuery, Hit, Signature, Signer, prefetch};

use super::bodies::FileAtHand;

/// Below this many articles, a second thread costs more than it saves.
const PARALLEL_FROM: usize = 256;

/// An article the search does not look at.
const NOT_ASKED: usize = usize::MAX;

/// How many texts ahead of the one searched the next is asked of memory
/// (see `crate::search::prefetch`): far enough for its line to come in meanwhile.
const PREFETCH_AHEAD: usize = 16;

/// Fewer articles to look at than one in this many of the library are
/// looked at in the list's order (see `ListIndex::scan`).
const IN_PLACE_BELOW: usize = 8;

/// The folded texts of a library's articles, by index in the library.
#[derive(Debug, Clone, Default)]
pub struct ListIndex {
    texts: Texts,
    /// How common each byte is in the texts, for the queries' prefilter.
    rank: ByteRank,
    /// The last search, for narrowing the next one.
    last: RefCell<Option<Last>>,
    /// Whether a search read texts since they were last released.
    read: Cell<bool>,
    /// Whether the store's texts were mapped in since they were last
    /// released (see `map_texts_in`).
    mapped: Cell<bool>,
}

#[derive(Debug, Clone)]
enum Texts {
    /// Folded in memory, with their signatures.
    Folded(Vec<Compact>, Vec<Signature>),
    Store(Arc<SearchStore>),
}

impl Texts {
    /// The texts folded in memory, signed on all cores.
    fn folded(texts: Vec<Compact>) -> Texts {
        let signatures = in_parts(&texts, |_, part| {
            let mut signer = Signer::default();
            part.iter().map(|t| signer.sign(t.as_bytes())).collect()
        });
        Texts::Folded(texts, signatures)
    }

    fn len(&self) -> usize {
        match self {
            Texts::Folded(texts, _) => texts.len(),
            Texts::Store(store) => store.len(),
        }
    }

    fn text(&self, i: usize) -> &[u8] {
        match self {
            Texts::Folded(texts, _) => texts.get(i).map_or(&[], Compact::as_bytes),
            Texts::Store(store) => store.text(i),
        }
    }

    fn signature(&self, i: usize) -> Option<&Signature> {
        match self {
            Texts::Folded(_, signatures) => signatures.get(i),
            Texts::Store(store) => store.signature(i),
        }
    }
}

impl Default for Texts {
    fn default() -> Texts {
        Texts::Folded(Vec::new(), Vec::new())
    }
}

/// A search and what it found, among which candidates.
#[derive(Debug, Clone)]
struct Last {
    needle: Vec<u8>,
    candidates: Vec<usize>,
    found: Vec<Found>,
}

/// An article that matched: where the query first occurs in its text.
#[derive(Debug, Clone, Copy)]
struct Found {
    index: usize,
    at: usize,
    hit: Hit,
}

impl ListIndex {
    /// Folds the title, author and body of each article, in parallel on
    /// large libraries (folding 60 MB of text takes a few hundred ms).
    /// An article listed without its body (from the library index) has its
    /// file read for it, one file at a time, and the body dropped once
    /// folded: the bodies of a whole library are never held at once.
    pub fn build(articles: &[Article]) -> ListIndex {
        let texts = in_parts(articles, |_, part| {
            let mut file = FileAtHand::default();
            part.iter().map(|a| fold(a, &mut file)).collect()
        });
        ListIndex::with(Texts::folded(texts))
    }

    /// The titles and authors alone, folded: what the list filter searches
    /// while the library is being indexed, when reading every file again
    /// for its body would race the index's own reading (the status line
    /// says so meanwhile).
    pub fn titles(articles: &[Article]) -> ListIndex {
        let texts = in_parts(articles, |_, part| {
            part.iter().map(|a| fold_with_body(a, &[])).collect()
        });
        ListIndex::with(Texts::folded(texts))
    }

    /// The texts of the search store.
    pub fn from_store(store: Arc<SearchStore>) -> ListIndex {
        ListIndex::with(Texts::Store(store))
    }

    fn with(texts: Texts) -> ListIndex {
        // The store's ranks were counted as it was checked, without its
        // texts mapped into memory.
        let rank = match &texts {
            Texts::Store(store) => store.rank().clone(),
            Texts::Folded(..) => {
                let step = ByteRank::sample_step(texts.len());
                ByteRank::of((0..texts.len()).step_by(step).map(|i| texts.text(i)))
            }
        };
        ListIndex {
            texts,
            rank,
            last: RefCell::new(None),
            read: Cell::new(false),
            mapped: Cell::new(false),
        }
    }

    /// `words` as a query for these texts.
    pub fn query(&self, words: &str) -> CompactQuery {
        CompactQuery::ranked(words, &self.rank)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes the folded texts take.
    pub fn bytes(&self) -> usize {
        match &self.texts {
            Texts::Folded(texts, _) => texts.iter().map(Compact::len).sum(),
            Texts::Store(store) => store.bytes(),
        }
    }

    /// Gives back the memory of the search store's texts that searches
    /// read (see [`SearchStore::release`]), if they read any since the
    /// last time: for when the reader is idle after a search.
    pub fn release_texts(&self) {
        // Both flags are taken: `||` would leave the second set.
        let (read, mapped) = (self.read.take(), self.mapped.take());
        if (read || mapped)
            && let Texts::Store(store) = &self.texts
        {
            store.release();
        }
    }

    /// For a search being typed: the search store's texts are mapped in
    /// on another thread (some 25 ms for 300 MB of texts in the page
    /// cache), once until they are released. A query of one letter is
    /// answered from the signatures, so the texts are first read on the
    /// second key, by which time they are in.
    pub fn map_texts_in(&self) {
        if let Texts::Store(store) = &self.texts
            && !self.mapped.replace(true)
        {
            let store = Arc::clone(store);
            std::thread::spawn(move || store.map_in());
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
    /// otherwise). A query that holds the last one (a word typed on), over
    /// the same candidates, looks only at what the last one found, and in
    /// each from where the last one first occurred (less its place in the
    /// new query): no match of the new one can start before that.
    pub fn search(&self, query: &CompactQuery, candidates: &[usize]) -> Vec<usize> {
        let needle = query.needle();
        let last = self.last.borrow_mut().take();
        let narrowed: Option<Vec<Found>> = last.and_then(|last| {
            // An empty query found nothing, which narrows nothing.
            let within = (!last.needle.is_empty() && last.candidates == candidates)
                .then(|| memchr::memmem::find(needle, &last.needle))
                .flatten()?;
            let mut found = last.found;
            for f in &mut found {
                f.at = f.at.saturating_sub(within);
            }
            Some(found)
        });
        self.read.set(true);
        let found = match &narrowed {
            Some(narrowed) => self.scan(query, narrowed, |f| (f.index, f.at)),
            None => self.scan(query, candidates, |&i| (i, 0)),
        };
        let ranked = rank(&found);
        *self.last.borrow_mut() = Some(Last {
            needle: needle.to_vec(),
            candidates: candidates.to_vec(),
            found,
        });
        ranked
    }

    /// The matches among `items` (each an article and where to look from
    /// in its text), in their order, on all cores. Each text's signature
    /// is asked first: most texts are then not read at all (see
    /// `crate::search::Signature`). The texts read are read in the
    /// library's order, which is their order in the search store's file:
    /// front to back rather than hopping through 300 MB in the list's
    /// order, a text a page, which took most of a key's time.
    fn scan<T: Sync>(
        &self,
        query: &CompactQuery,
        items: &[T],
        from: impl Fn(&T) -> (usize, usize) + Sync,
    ) -> Vec<Found> {
        let texts = &self.texts;
        let answer = |index: usize| {
            (texts.signature(index)).map_or(Answer::Maybe, |s| s.answer(query.needs()))
        };
        let find = |index: usize, start: usize| {
            let (at, hit) = match answer(index) {
                Answer::Absent => return None,
                // No match starts before `start`: it stands for the first.
                Answer::Found(hit) => (start, hit),
                Answer::Maybe => query.find_from(texts.text(index), start)?,
            };
            Some(Found { index, at, hit })
        };
        // A few articles (a query narrowed down) are looked at in place:
        // a table of every article would cost more than they do.
        if items.len() < texts.len() / IN_PLACE_BELOW {
            return in_parts(items, |_, part| {
                let find_item = |item| {
                    let (index, start) = from(item);
                    find(index, start)
                };
                part.iter().filter_map(find_item).collect()
            });
        }
        let mut starts = vec![NOT_ASKED; texts.len()];
        for item in items {
            let (index, start) = from(item);
            if let Some(slot) = starts.get_mut(index) {
                *slot = start;
            }
        }
        let hits: Vec<Option<Found>> = in_parts(&starts, |offset, part| {
            let at = |(n, &start): (usize, &usize)| {
                // Only a text that is to be read: most are not, for a word
                // few articles hold, nor any for a query of one letter.
                let k = n + PREFETCH_AHEAD;
                if let Some(&ahead) = part.get(k).filter(|&&s| s != NOT_ASKED)
                    && answer(offset + k) == Answer::Maybe
                {
                    prefetch(texts.text(offset + k).get(ahead..).unwrap_or_default());
                }
                (start != NOT_ASKED)
                    .then(|| find(offset + n, start))
                    .flatten()
            };
            part.iter().enumerate().map(at).collect()
        });
        items
            .iter()
            .filter_map(|item| *hits.get(from(item).0)?)
            .collect()
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
    let index = index();
    index.search(&index.query(&words), &listed)
}

/// Title matches first, then the others, each group in the order given.
fn rank(found: &[Found]) -> Vec<usize> {
    let title = found.iter().filter(|f| f.hit == Hit::Title);
    let later = found.iter().filter(|f| f.hit == Hit::Later);
    title.chain(later).map(|f| f.index).collect()
}

/// `work` over `items` in parts (each with the index of its first item),
/// one a core when there are many, the results joined in order. A part
/// whose thread fails (only on a bug) is done again here.
fn in_parts<T: Sync, R: Send>(items: &[T], work: impl Fn(usize, &[T]) -> Vec<R> + Sync) -> Vec<R> {
    let threads = crate::cores();
    if threads < 2 || items.len() < PARALLEL_FROM {
        return work(0, items);
    }
    let chunk = items.len().div_ceil(threads);
    let work = &work;
    // The last part is done on this thread: on a busy machine a thread of
    // its own would wait for a core as well.
    let parts: Vec<&[T]> = items.chunks(chunk).collect();
    let Some((own, others)) = parts.split_last() else {
        return Vec::new();
    };
    std::thread::scope(|s| {
        let workers: Vec<_> = (others.iter().enumerate())
            .map(|(n, &part)| s.spawn(move || work(n * chunk, part)))
            .collect();
        let last = work(others.len() * chunk, own);
        let mut all = Vec::with_capacity(items.len());
        for (n, (worker, &part)) in workers.into_iter().zip(others).enumerate() {
            match worker.join() {
                Ok(done) => all.extend(done),
                Err(_) => all.extend(work(n * chunk, part)),
            }
        }
        all.extend(last);
        all
    })
}

#[cfg(test)]
mod tests;
