//! What the reader keeps besides the model: the keymap and theme the
//! configuration set, and caches of laid-out text. Nothing here is what
//! the user did; all of it can be rebuilt from the model and the
//! configuration, so the model never holds it.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use crate::article::order::SortKeys;
use crate::index::store::{Paths, SearchStore, SharedTable, StoreFiles};

use super::cache::{CacheKey, Doc, LayoutCache, Part};
use super::find::ListIndex;
use super::geometry::{Panes, panes};
use super::indexing::{Indexing, Start};
use super::keymap::Keymap;
use super::keymap::Mode;
use super::model::{Model, ReadingPosition};
use super::rows::RowCache;
use super::share::PaneLinesCache;
use super::theme::Theme;

#[derive(Debug, Default)]
pub struct Runtime {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Laid-out articles, by article, width and options.
    pub cache: LayoutCache,
    /// Laid-out list rows.
    pub rows: RowCache,
    /// Every article folded for the list's filter, once first searched.
    pub(crate) index: RefCell<Option<Rc<ListIndex>>>,
    /// The search store of the library, when it came from the index: the
    /// list's filter searches it instead of folding the articles.
    pub(crate) search_store: RefCell<StoreState>,
    /// What the list is sorted by, read once on the first sort.
    pub(crate) sort_keys: RefCell<Option<Rc<SortKeys>>>,
    /// The share pane's text as last laid out.
    pub(crate) share_lines: PaneLinesCache,
    /// The library index being brought up to date, when it is.
    pub indexing: Option<Indexing>,
    /// Work started once the first frame is drawn.
    pub after_first_frame: AfterFirstFrame,
}

/// Work on other threads that the reader starts once its first frame is
/// drawn (see [`Runtime::start_after_first_frame`]): started sooner, it
/// takes the cores that frame needs (a large library's index is looked at
/// file by file, and its search store's 300 MB are checked).
#[derive(Debug, Default)]
pub struct AfterFirstFrame {
    /// The search store to open (see [`Runtime::open_search_store`]).
    pub store: Option<Paths>,
    /// The library index to bring up to date.
    pub indexing: Option<Start>,
}

/// Where the search store is.
#[derive(Debug, Default)]
pub(crate) enum StoreState {
    #[default]
    None,
    Opening(std::thread::JoinHandle<Result<StoreFiles, String>>),
    Ready(Arc<SearchStore>),
    /// Wanted, but it could not be opened or did not fit the library (on
    /// a first build, it is not written yet): opened again when the build
    /// ends, rather than the filter reading every file.
    Unusable,
}

impl Runtime {
    /// Where each pane goes for the model's size, side and focus.
    pub fn panes(&self, model: &Model) -> Panes {
        panes(model.size, model.mirrored(), model.focus)
    }

    /// The cache key of the open article at the reading pane's width.
    pub fn doc_key(&self, model: &Model) -> Option<CacheKey> {
        let article = model.reader.article?;
        let width = self.panes(model).reader_text_width()?;
        Some(CacheKey {
            article,
            width,
            opts: model.opts,
        })
    }

    /// The open article as laid out for the current width and options,
    /// laid out now if it was not yet; `None` if the user stopped that.
    pub fn doc(&self, model: &Model) -> Option<Rc<Doc>> {
        let key = self.doc_key(model)?;
        // Laid out once its body is read (see `bodies`), not before.
        if model.body_missing(key.article) {
            return None;
        }
        let article = model.library.articles.get(key.article)?;
        let (lang, dir) = (model.lang, model.ui_direction());
        self.cache.get_or_build(key, |stop| {
            let extras = crate::document::Extras::READER;
            Doc::build_until(article, lang, dir, key.width, key.opts, extras, stop)
        })
    }

    /// Rows of text the reading pane shows at once.
    pub fn reader_height(&self, model: &Model) -> usize {
        self.panes(model)
            .reader_text()
            .map_or(0, |r| r.height as usize)
    }

    /// Articles the list pane shows at once (two rows each).
    pub fn list_capacity(&self, model: &Model) -> usize {
        self.panes(model)
            .list_rows()
            .map_or(0, |r| (r.height / 2) as usize)
    }

    pub fn max_scroll(&self, model: &Model) -> usize {
        let total = self.doc(model).map_or(0, |d| d.len());
        total.saturating_sub(self.reader_height(model))
    }

    /// The folded list index, built on first use or when the library's
    /// size changed: from the search store when there is one for these
    /// articles and its texts are sound, else by folding the articles (their
    /// titles and authors alone while the index is being built).
    pub fn list_index(&self, model: &Model) -> Rc<ListIndex> {
        let all = model.library.articles.len();
        let mut index = self.index.borrow_mut();
        match index.as_ref() {
            Some(built) if built.len() == all => Rc::clone(built),
            _ => {
                let built = Rc::new(match self.ready_store(model) {
                    Some(store) => ListIndex::from_store(store),
                    None if self.indexing.is_some() => ListIndex::titles(&model.library.articles),
                    None => ListIndex::build(&model.library.articles),
                });
                *index = Some(Rc::clone(&built));
                built
            }
        }
    }

    /// The search store, when it was opened and fits the library; waits
    /// for the thread opening it, if it is still at work.
    fn ready_store(&self, model: &Model) -> Option<Arc<SearchStore>> {
        let articles = &model.library.articles;
        let mut store = self.search_store.borrow_mut();
        if let StoreState::Opening(_) = &*store
            && let StoreState::Opening(opening) =
                std::mem::replace(&mut *store, StoreState::Unusable)
        {
            let fits = |files| SearchStore::new(files, articles).ok();
            if let Some(ready) = opening.join().ok().and_then(Result::ok).and_then(fits) {
                *store = StoreState::Ready(Arc::new(ready));
            }
        }
        match &*store {
            StoreState::Ready(ready) if ready.len() == articles.len() => Some(Arc::clone(ready)),
            _ => None,
        }
    }

    /// Opens the search store at `paths` on another thread (mapping and
    /// checking 300 MB takes longer than a frame); the list's filter
    /// searches it once it is open, if it fits the library.
    pub fn open_search_store(&self, paths: Paths) {
        let table = SharedTable::new(&paths);
        self.open_search_store_sharing(paths, table);
    }

    /// [`Runtime::open_search_store`], its table read once with the other
    /// users of `table`.
    fn open_search_store_sharing(&self, paths: Paths, table: SharedTable) {
        let opening = std::thread::spawn(move || StoreFiles::open_sharing(&paths, &table));
        *self.search_store.borrow_mut() = StoreState::Opening(opening);
        self.clear_list_index();
    }

    /// On an idle moment: once the search store is open, the list's
    /// filter is made ready to search it (the store fitted to the list,
    /// its bytes ranked), so that the first key typed does not wait for
    /// that; with the search line closed, the store's texts a search read
    /// are given back (the memory of every body, after a search for a
    /// word most articles hold).
    pub fn on_idle(&self, model: &Model) {
        let opened = match &*self.search_store.borrow() {
            StoreState::Opening(opening) => opening.is_finished(),
            StoreState::Ready(_) => true,
            StoreState::None | StoreState::Unusable => false,
        };
        if opened && self.index.borrow().is_none() {
            self.list_index(model);
        }
        if model.mode() != Mode::Search
            && let Some(index) = self.index.borrow().as_ref()
        {
            index.release_texts();
        }
    }

    /// Whether the reader was set to search a store (see
    /// `open_search_store`), whether or not it could be opened.
    pub fn wants_search_store(&self) -> bool {
        self.after_first_frame.store.is_some()
            || !matches!(*self.search_store.borrow(), StoreState::None)
    }

    /// Starts the work kept for after the first frame, if any is left.
    pub fn start_after_first_frame(&mut self) {
        let later = std::mem::take(&mut self.after_first_frame);
        // Both start by reading the store's table: it is read once.
        let table = later.store.as_ref().map(SharedTable::new);
        if let (Some(paths), Some(table)) = (later.store, &table) {
            self.open_search_store_sharing(paths, table.clone());
        }
        if let Some(start) = later.indexing {
            self.indexing = Some(Indexing::spawn(start, table));
        }
    }

    /// Makes the list's filter search `store`, the search store of the
    /// library as the index gave it.
    pub fn use_search_store(&self, store: SearchStore) {
        *self.search_store.borrow_mut() = StoreState::Ready(Arc::new(store));
        self.clear_list_index();
    }

    /// What each article is sorted by, worked out on the first sort (the
    /// file times of undated articles are read then, once; titles and
    /// sources on the first sort that compares them).
    pub fn sort_keys(&self, model: &Model) -> Rc<SortKeys> {
        let all = model.library.articles.len();
        let mut keys = self.sort_keys.borrow_mut();
        match keys.as_ref() {
            Some(built) if built.len() == all => Rc::clone(built),
            _ => {
                let built = Rc::new(SortKeys::new(&model.library.articles));
                *keys = Some(Rc::clone(&built));
                built
            }
        }
    }

    /// Forgets what was worked out from the list of articles: articles
    /// came, went or changed.
    pub fn library_changed(&self) {
        self.rows.clear();
        self.clear_list_index();
        self.sort_keys.borrow_mut().take();
    }

    /// Forgets the folded list index, so the next list search folds again.
    pub fn clear_list_index(&self) {
        self.index.borrow_mut().take();
    }

    /// The first line of the laid-out article on the screen: where the
    /// model's top is in this layout, kept within the article (a top past
    /// the last page shows the last page).
    pub fn scroll(&self, model: &Model) -> usize {
        let Some(doc) = self.doc(model) else {
            return 0;
        };
        let max = doc.len().saturating_sub(self.reader_height(model));
        let top = model.reader.top;
        if top == ReadingPosition::END {
            return max;
        }
        doc.line_of(top.part, top.offset)
            .map_or(0, |line| line.saturating_sub(top.below_top))
            .min(max)
    }

    /// The place in the text of line `line` of the laid-out article, for
    /// the model's top (see `ReadingPosition`).
    pub fn position_of_line(&self, model: &Model, line: usize) -> ReadingPosition {
        let Some(doc) = self.doc(model) else {
            return ReadingPosition::START;
        };
        position_at(&doc, line).unwrap_or(ReadingPosition::END)
    }

    /// Where the reader is in the open article as the screen shows it,
    /// independent of width and options: kept between runs.
    pub fn reading_position(&self, model: &Model) -> Option<ReadingPosition> {
        position_at(&*self.doc(model)?, self.scroll(model))
    }

    /// Percentage of the open article read, measured by its top line on
    /// screen (0% on opening, 100% at the end, and when it fits the pane),
    /// and the minutes left at its reading speed.
    pub fn progress(&self, model: &Model) -> Option<(usize, u32)> {
        let article = model.open_article()?;
        let max = self.max_scroll(model);
        if max == 0 {
            return Some((100, 0));
        }
        let scroll = self.scroll(model).min(max);
        let percent = scroll * 100 / max;
        let left = (max - scroll) as u64 * u64::from(article.reading_minutes);
        let minutes = left.div_ceil(max as u64) as u32;
        Some((percent, minutes))
    }
}

/// The place of line `line`: the first line with text from there on, and
/// how far below `line` it is. `None` when only spacing follows.
fn position_at(doc: &Doc, line: usize) -> Option<ReadingPosition> {
    let (index, part) = (line..doc.len())
        .filter_map(|i| Some((i, doc.part(i)?)))
        .find(|&(_, part)| part != Part::Other)?;
    Some(ReadingPosition {
        part,
        offset: doc.source(index)?.start,
        below_top: index - line,
    })
}
