//! What the user did, as plain data: the library they read, what is
//! selected and open, where they are in it, filters, overlays and settings.
//! `update` changes it; everything drawn is derived from it each turn. The
//! keymap, theme and laid-out text live in `Runtime`, outside the model.

use std::path::PathBuf;

use crate::article::{Article, Library};
use crate::i18n::UiLang;
use crate::i18n::{Strings, strings};
use crate::layout::{Direction, LayoutOptions};
use crate::state::StateStore;

use super::archiving::Shelves;
use super::bodies::Bodies;
use super::keymap::Mode;
use super::share::ShareState;
use super::undo::UndoStack;

pub use super::views::{
    ListBefore, ListView, Match, MessageKind, Only, Overlay, Pane, ReaderView, ReadingPosition,
    SearchLine,
};

pub struct Model {
    pub library: Library,
    /// Which bodies were read from their files, for a library listed
    /// without them (see `bodies`).
    pub bodies: Bodies,
    /// How far the library index is, while it is built or brought up to
    /// date with many files to read (see `indexing`).
    pub indexing: Option<super::indexing::Progress>,
    /// Where the user's own articles go, for the sample library's hint.
    pub library_dir: Option<PathBuf>,
    pub lang: UiLang,
    /// Shaping, tashkeel, digits and justification; direction is per text.
    pub opts: LayoutOptions,
    /// The terminal's size at the last resize handled.
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
    pub share: ShareState,
    /// The folders `D` moves files between, when both are known.
    pub shelves: Option<Shelves>,
    /// What `z` can take back, the latest last.
    pub undo: UndoStack,
}

impl Model {
    pub fn new(library: Library, lang: UiLang, opts: LayoutOptions) -> Model {
        let visible: Vec<usize> = (0..library.articles.len()).collect();
        Model {
            library,
            bodies: Bodies::default(),
            indexing: None,
            library_dir: None,
            lang,
            opts,
            size: (80, 24),
            focus: Pane::List,
            overlay: Overlay::None,
            list: ListView {
                order: visible.clone(),
                visible,
                ..ListView::default()
            },
            reader: ReaderView::default(),
            search: SearchLine {
                input: String::new(),
                caret: 0,
                walk: None,
                target: Pane::List,
                list_before: ListBefore::default(),
            },
            store: StateStore::in_memory(),
            mirror: None,
            notices: Vec::new(),
            message: None,
            share: ShareState::default(),
            shelves: None,
            undo: UndoStack::default(),
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
            (Overlay::Links { .. }, _) => Mode::Links,
            (Overlay::Confirm(_), _) => Mode::Confirm,
            (Overlay::None, Pane::List) => Mode::List,
            (Overlay::None, Pane::Reader) => Mode::Reader,
        }
    }

    /// The article under the list's selection.
    pub fn selected_article(&self) -> Option<usize> {
        self.list.visible.get(self.list.selected).copied()
    }

    /// Whether article `index`'s body is still to be read from its file.
    pub fn body_missing(&self, index: usize) -> bool {
        self.bodies.missing(&self.library.articles, index)
    }

    pub fn open_article(&self) -> Option<&Article> {
        self.reader
            .article
            .and_then(|i| self.library.articles.get(i))
    }
}
