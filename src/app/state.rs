//! Everything the reader shows, as plain data: `update` changes it, the UI
//! only reads it.

use std::path::PathBuf;
use std::rc::Rc;

use crate::article::{Article, Library};
use crate::i18n::UiLang;
use crate::layout::{Direction, LayoutOptions};
use crate::state::StateStore;

use super::cache::{CacheKey, Doc, LayoutCache, Part};
use super::geometry::{Panes, panes};
use super::keymap::{Keymap, Mode};
use super::share::ShareState;
use super::theme::Theme;
use crate::i18n::{Strings, strings};

pub use super::rows::{RowCache, RowLines};
pub use super::views::{
    ListBefore, ListView, Match, MessageKind, Only, Overlay, Pane, ReaderView, ReadingPosition,
    SearchLine,
};

pub struct State {
    pub library: Library,
    /// Where the user's own articles go, for the sample library's hint.
    pub library_dir: Option<PathBuf>,
    pub lang: UiLang,
    /// Shaping, tashkeel, digits and justification; direction is per text.
    pub opts: LayoutOptions,
    pub size: (u16, u16),
    pub focus: Pane,
    pub overlay: Overlay,
    pub list: ListView,
    pub reader: ReaderView,
    pub search: SearchLine,
    /// Read marks, bookmarks, positions: what is kept between runs.
    pub store: StateStore,
    /// `Some` when the configuration fixes the list's side; else it
    /// follows the language.
    pub mirror: Option<bool>,
    /// Shown where an article would be until one is opened: skipped files,
    /// terminal advice.
    pub notices: Vec<String>,
    /// Shown in the status line until the next key.
    pub message: Option<(String, MessageKind)>,
    pub keymap: Keymap,
    pub theme: Theme,
    pub cache: LayoutCache,
    pub rows: RowCache,
    pub share: ShareState,
}

impl State {
    pub fn new(library: Library, lang: UiLang, opts: LayoutOptions) -> State {
        let visible = (0..library.articles.len()).collect();
        State {
            library,
            library_dir: None,
            lang,
            opts,
            size: (80, 24),
            focus: Pane::List,
            overlay: Overlay::None,
            list: ListView {
                visible,
                ..ListView::default()
            },
            reader: ReaderView::default(),
            search: SearchLine {
                input: String::new(),
                target: Pane::List,
                list_before: ListBefore::default(),
            },
            store: StateStore::in_memory(),
            mirror: None,
            notices: Vec::new(),
            message: None,
            keymap: Keymap::default(),
            theme: Theme::default(),
            cache: LayoutCache::default(),
            rows: RowCache::default(),
            share: ShareState::default(),
        }
    }

    pub fn strings(&self) -> &'static Strings {
        strings(self.lang)
    }

    /// Arabic interface: mirrored layout.
    pub fn mirrored(&self) -> bool {
        self.mirror.unwrap_or(self.lang == UiLang::Ar)
    }

    /// The paragraph direction of the interface's own text.
    pub fn ui_direction(&self) -> Direction {
        if self.mirrored() {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }

    /// What has the keyboard now.
    pub fn mode(&self) -> Mode {
        match (&self.overlay, self.focus) {
            (Overlay::Help { .. }, _) => Mode::Help,
            (Overlay::Search, _) => Mode::Search,
            (Overlay::Share, _) => Mode::Share,
            (Overlay::None, Pane::List) => Mode::List,
            (Overlay::None, Pane::Reader) => Mode::Reader,
        }
    }

    pub fn panes(&self) -> Panes {
        panes(self.size, self.mirrored(), self.focus)
    }

    /// The article under the list's selection.
    pub fn selected_article(&self) -> Option<usize> {
        self.list.visible.get(self.list.selected).copied()
    }

    pub fn open_article(&self) -> Option<&Article> {
        self.reader
            .article
            .and_then(|i| self.library.articles.get(i))
    }

    /// The cache key of the open article at the reading pane's width.
    pub fn doc_key(&self) -> Option<CacheKey> {
        let article = self.reader.article?;
        let width = self.panes().reader_text_width()?;
        Some(CacheKey {
            article,
            width,
            opts: self.opts,
        })
    }

    /// The open article as laid out for the current width and options,
    /// laid out now if it was not yet.
    pub fn doc(&self) -> Option<Rc<Doc>> {
        let key = self.doc_key()?;
        let article = self.library.articles.get(key.article)?;
        let (lang, dir) = (self.lang, self.ui_direction());
        Some(
            self.cache
                .get_or_build(key, || Doc::build(article, lang, dir, key.width, key.opts)),
        )
    }

    /// Rows of text the reading pane shows at once.
    pub fn reader_height(&self) -> usize {
        self.panes().reader_text().map_or(0, |r| r.height as usize)
    }

    /// Articles the list pane shows at once (two rows each).
    pub fn list_capacity(&self) -> usize {
        self.panes()
            .list_rows()
            .map_or(0, |r| (r.height / 2) as usize)
    }

    pub fn max_scroll(&self) -> usize {
        let total = self.doc().map_or(0, |d| d.lines.len());
        total.saturating_sub(self.reader_height())
    }

    /// Keeps what follows from the last change true: the scroll within the
    /// article, the article read once its end has come into view (not while
    /// it stays there: `u` may mark it unread again), the paragraph cursor
    /// only on the open article. Run by `update` after every action.
    pub fn settle(&mut self) {
        if let Some((article, _)) = self.share.cursor
            && self.reader.article != Some(article)
        {
            self.share.cursor = None;
        }
        if self.doc_key().is_none() {
            return;
        }
        let max = self.max_scroll();
        self.reader.scroll = self.reader.scroll.min(max);
        let at_end = self.reader.scroll >= max;
        if at_end
            && !self.reader.end_seen
            && let Some(id) = self.open_article().map(|a| a.id.clone())
        {
            self.store.set_read(&id, true);
        }
        self.reader.end_seen = at_end;
    }

    /// Where the reader is in the open article, independent of width and
    /// options: the first line with text at the top of the pane, as its part
    /// and the logical byte offset its line starts at, and how many rows
    /// below the top it is (blank lines have no place of their own).
    pub fn reading_position(&self) -> Option<ReadingPosition> {
        let doc = self.doc()?;
        let scroll = self.reader.scroll;
        let (index, line) = doc
            .lines
            .iter()
            .enumerate()
            .skip(scroll)
            .find(|(_, l)| l.part != Part::Other)?;
        Some(ReadingPosition {
            part: line.part,
            offset: line.line.source.start,
            below_top: index - scroll,
        })
    }

    /// Scrolls the open article so `position` is where it was.
    pub fn go_to_position(&mut self, position: ReadingPosition) {
        let found = self
            .doc()
            .and_then(|d| d.line_of(position.part, position.offset));
        if let Some(line) = found {
            self.reader.scroll = line
                .saturating_sub(position.below_top)
                .min(self.max_scroll());
        }
    }

    /// Percentage of the open article read, measured by its top line on
    /// screen (0% on opening, 100% at the end, and when it fits the pane),
    /// and the minutes left at its reading speed.
    pub fn progress(&self) -> Option<(usize, u32)> {
        let article = self.open_article()?;
        let max = self.max_scroll();
        if max == 0 {
            return Some((100, 0));
        }
        let scroll = self.reader.scroll.min(max);
        let percent = scroll * 100 / max;
        let left = (max - scroll) as u64 * u64::from(article.reading_minutes);
        let minutes = left.div_ceil(max as u64) as u32;
        Some((percent, minutes))
    }
}
