//! Everything the reader shows, as plain data: `update` changes it, the UI
//! only reads it.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::article::{Article, Library};
use crate::cli::UiLang;
use crate::layout::{Direction, LayoutOptions, VisualLine, fit_line};
use crate::state::StateStore;

use super::cache::{CacheKey, Doc, LayoutCache, Part};
use super::find::ListIndex;
use super::i18n::{Strings, strings};
use super::keymap::{Keymap, Mode};
use super::share::ShareState;
use super::ui::geometry::{Panes, panes};
use super::ui::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
}

/// What is drawn over the panes and takes the keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help {
        scroll: usize,
    },
    /// The search line, typing into `State::search`.
    Search,
    /// The share pane, over the reading pane: `State::share.pane`.
    Share,
}

/// The list pane: which articles are shown, in what order, and the selection.
#[derive(Debug, Clone, Default)]
pub struct ListView {
    /// Indices into `library.articles`, filtered by the list search.
    pub visible: Vec<usize>,
    /// Position of the selection in `visible`.
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
    /// The query filtering the list, if any.
    pub filter: Option<String>,
    /// Bookmarked or unread articles only (`B`, `U`).
    pub only: Only,
    /// Every article folded for the filter, once the list is first searched.
    pub index: Option<ListIndex>,
}

/// Which articles the list shows, besides its search filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Only {
    #[default]
    All,
    Bookmarked,
    Unread,
}

/// One search match in the open article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub part: Part,
    /// Bytes of the part's logical text.
    pub range: Range<usize>,
}

/// The reading pane.
#[derive(Debug, Clone, Default)]
pub struct ReaderView {
    /// Index into `library.articles`.
    pub article: Option<usize>,
    /// First visible line of the laid-out article.
    pub scroll: usize,
    pub query: Option<String>,
    pub matches: Vec<Match>,
    pub current: Option<usize>,
    /// Whether the article's end was on screen at the last change.
    pub end_seen: bool,
}

/// The search line while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchLine {
    pub input: String,
    /// The pane the search applies to.
    pub target: Pane,
    /// The list's filter and selection when the line was opened, for Esc.
    pub list_before: ListBefore,
}

/// What Esc on the search line puts back in the list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListBefore {
    pub filter: Option<String>,
    /// Index into `library.articles`.
    pub selected: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageKind {
    Info,
    Warning,
}

/// A place in an article that survives re-layout: see `State::reading_position`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingPosition {
    pub part: Part,
    pub offset: usize,
    pub below_top: usize,
}

/// A list row laid out: the title and the author/date/minutes line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowLines {
    pub title: VisualLine,
    pub meta: VisualLine,
}

/// List rows laid out for one width and set of options.
#[derive(Debug, Default)]
pub struct RowCache {
    pub stamp: Option<(usize, LayoutOptions)>,
    pub rows: HashMap<usize, RowLines>,
}

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
        let mut state = State {
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
        };
        state.prepare();
        state
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

    /// The open article as laid out for the current width, once prepared.
    pub fn doc(&self) -> Option<&Doc> {
        self.cache.get(&self.doc_key()?)
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

    /// Byline: author, source, date and reading time, as one line of text.
    pub fn byline(&self, article: &Article) -> String {
        let s = self.strings();
        let mut parts: Vec<String> = Vec::new();
        if let Some(author) = &article.author {
            parts.push(author.clone());
        }
        if let Some(source) = &article.source {
            parts.push(source.clone());
        }
        if let Some(date) = &article.published {
            parts.push(isolated_date(date));
        }
        parts.push(format!("{} {}", article.reading_minutes, s.minutes));
        join_isolated(&parts)
    }

    /// Lays out what the next frame needs and was not laid out yet: the open
    /// article at the pane's width and the visible list rows. Called after
    /// every change, so drawing only reads.
    pub fn prepare(&mut self) {
        if let Some(key) = self.doc_key() {
            let article = &self.library.articles[key.article];
            let byline = self.byline(article);
            let dir = self.ui_direction();
            self.cache.ensure(key, || {
                Doc::build(article, &byline, dir, key.width, key.opts)
            });
            self.reader.scroll = self.reader.scroll.min(self.max_scroll());
            // Read when its end comes into view, not while it stays there:
            // `u` may mark it unread again.
            let at_end = self.reader.scroll >= self.max_scroll();
            if at_end && !self.reader.end_seen {
                self.store.set_read(&article.id, true);
            }
            self.reader.end_seen = at_end;
        }
        self.prepare_rows();
        super::share::prepare(self);
    }

    fn prepare_rows(&mut self) {
        let Some(width) = self.panes().list_text_width() else {
            return;
        };
        let stamp = Some((width, self.opts));
        if self.rows.stamp != stamp {
            self.rows.rows.clear();
            self.rows.stamp = stamp;
        }
        let capacity = self.list_capacity().max(1);
        let end = (self.list.offset + capacity).min(self.list.visible.len());
        for &index in &self.list.visible[self.list.offset.min(end)..end] {
            if self.rows.rows.contains_key(&index) {
                continue;
            }
            let article = &self.library.articles[index];
            let title_opts = LayoutOptions {
                direction: article.dir,
                ..self.opts
            };
            let meta_opts = LayoutOptions {
                direction: self.ui_direction(),
                ..self.opts
            };
            let meta = self.list_meta(article);
            let row = RowLines {
                title: fit_line(&article.title, width, &title_opts),
                meta: fit_line(&meta, width, &meta_opts),
            };
            self.rows.rows.insert(index, row);
        }
    }

    fn list_meta(&self, article: &Article) -> String {
        let s = self.strings();
        let mut parts: Vec<String> = Vec::new();
        if let Some(name) = article.author.as_ref().or(article.source.as_ref()) {
            parts.push(name.clone());
        }
        if let Some(date) = &article.published {
            parts.push(isolated_date(date));
        }
        parts.push(format!("{} {}", article.reading_minutes, s.minutes));
        join_isolated(&parts)
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
        self.prepare();
        let found = self
            .doc()
            .and_then(|d| d.line_of(position.part, position.offset));
        if let Some(line) = found {
            self.reader.scroll = line
                .saturating_sub(position.below_top)
                .min(self.max_scroll());
            self.prepare();
        }
    }

    /// Percentage of the open article read (its bottom line on screen) and
    /// the minutes left at its reading speed.
    pub fn progress(&self) -> Option<(usize, u32)> {
        let doc = self.doc()?;
        let article = self.open_article()?;
        let total = doc.lines.len().max(1);
        let bottom = (self.reader.scroll + self.reader_height()).min(total);
        let percent = bottom * 100 / total;
        let left = (total - bottom) as u64 * u64::from(article.reading_minutes);
        let minutes = left.div_ceil(total as u64) as u32;
        Some((percent, minutes))
    }
}

/// Parts of a byline joined with middle dots, each in its own bidi isolate
/// (FSI…PDI): an Arabic name, a Latin source and a number then keep their
/// own order inside and sit in the paragraph's order between the dots.
pub fn join_isolated(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| format!("\u{2068}{p}\u{2069}"))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A date to put among Arabic words: its date part, isolated left-to-right
/// (LRI…PDI), or the Arabic letter before it would make each number its own
/// run and show 2023-09-11 as 11-09-2023.
pub fn isolated_date(date: &str) -> String {
    format!("\u{2066}{}\u{2069}", short_date(date))
}

/// The date part of an ISO 8601 timestamp; other dates as written.
pub fn short_date(date: &str) -> &str {
    let bytes = date.as_bytes();
    let iso = bytes.len() > 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes[..4].iter().all(u8::is_ascii_digit);
    match date.get(..10) {
        Some(day) if iso => day,
        _ => date,
    }
}
