//! The parts of the reader's state that each pane or overlay holds: plain
//! data, changed by `update`, read by the UI.

use std::ops::Range;

use super::cache::Part;
use crate::article::order::SortOrder;

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
    /// The search line, typing into `Model::search`.
    Search,
    /// The share pane, over the reading pane: `Model::share.pane`.
    Share,
    /// The link list of an article (`links`): the chosen row and the
    /// first row shown.
    Links {
        article: usize,
        selected: usize,
        offset: usize,
    },
    /// A yes-or-no question in the status line, waiting for one key.
    Confirm(super::archiving::Question),
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
    /// The order the list is in (`S`).
    pub sort: SortOrder,
    /// Every article's index into `library.articles`, in `sort`'s order as
    /// it was when last sorted: `visible` follows it.
    pub order: Vec<usize>,
    /// Articles whose files moved out of this list (archived, or restored
    /// from the archive) while the reader runs: indices into
    /// `library.articles`, never shown.
    pub gone: std::collections::BTreeSet<usize>,
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
    /// The text at the top of the pane, as a place in the article rather
    /// than a line of one layout: a resize or a display toggle lays the
    /// article out again and the same text stays at the top.
    pub top: ReadingPosition,
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
    /// Byte offset of the caret in `input`, on a grapheme cluster boundary.
    pub caret: usize,
    /// Where ↑ and ↓ are in the kept searches, while walking them.
    pub walk: Option<super::search_line::HistoryWalk>,
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

/// A place in an article that survives re-layout: the first line with
/// text at or below the pane's top, as its part and the logical byte offset
/// its line starts at, and how many rows below the top it is (spacing lines
/// have no place of their own). See `Runtime::reading_position`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadingPosition {
    pub part: Part,
    pub offset: usize,
    pub below_top: usize,
}

impl ReadingPosition {
    /// The article's first line.
    pub const START: ReadingPosition = ReadingPosition {
        part: Part::Title,
        offset: 0,
        below_top: 0,
    };
    /// Past the last line with text (only spacing or attributions below):
    /// the article's end, wherever a layout puts it.
    pub const END: ReadingPosition = ReadingPosition {
        part: Part::Other,
        offset: 0,
        below_top: 0,
    };
}

impl Default for ReadingPosition {
    fn default() -> ReadingPosition {
        ReadingPosition::START
    }
}
