//! Everything the user can ask of the reader, independent of the key or
//! mouse gesture that asked for it.

/// One user intent. The keymap turns terminal events into these, and
/// `update` applies them to the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move the selection or scroll by one line.
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Open the selected article in the reading pane.
    Open,
    /// Leave the reading pane, close an overlay, or clear a filter.
    Back,
    /// Focus the other pane.
    SwitchPane,
    /// Focus the pane drawn on the left or right of the screen.
    FocusLeft,
    FocusRight,
    PrevArticle,
    NextArticle,
    /// Open the search line.
    Search,
    NextMatch,
    PrevMatch,
    Share,
    /// Start or leave the paragraph cursor of the reading pane.
    ParagraphCursor,
    /// The share pane's next format.
    NextFormat,
    /// The share pane's target by its number (1-based).
    Pick(u8),
    Help,
    /// Back when reading, quit from the list.
    Quit,
    /// Quit from anywhere.
    ForceQuit,
    /// Give the terminal back to the shell until `fg`.
    Suspend,
    ToggleTashkeel,
    CycleDigits,
    ToggleShaping,
    ToggleJustify,
    /// Mark the open or selected article read or unread.
    ToggleRead,
    ToggleBookmark,
    /// Mark every article in the list read.
    MarkAllRead,
    /// Show only bookmarked, or only unread, articles; again to show all.
    BookmarksOnly,
    UnreadOnly,
    /// Open the article's source (its URL) in the browser.
    OpenSource,
    /// The list of the article's links and its source.
    Links,
    /// Open the link chosen in the link list.
    OpenLink,
    /// Copy the link chosen in the link list.
    CopyLink,
    /// The list's next order: newest, oldest, title, source, unread first.
    CycleSort,
    /// Move the article's file to the archive (from the archive: back to
    /// the library), once confirmed.
    Archive,
    /// Take back the last archive, mark-all-read or bookmark change.
    Undo,
    /// Yes to the question in the status line.
    Confirm,
    /// Any other key while the status line asks: no.
    Cancel,
    /// A character typed into the search line.
    Input(char),
    /// Delete the letter (with its marks) before the search line's caret.
    DeleteChar,
    /// Run the search typed so far.
    Submit,
    /// Move the search line's caret one letter left or right on screen:
    /// in a right-to-left query, right is towards its start.
    CaretLeft,
    CaretRight,
    /// The search line's caret to the start or the end of the query.
    CaretStart,
    CaretEnd,
    /// Delete the letter after the caret, the word before it, or all
    /// before it.
    DeleteNext,
    DeleteWord,
    DeleteToStart,
    /// The search before the one shown, or after it, from those kept.
    OlderSearch,
    NewerSearch,
    /// Mouse wheel at a screen position (column, row); `down` scrolls forward.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    /// Left click at a screen position.
    Click {
        column: u16,
        row: u16,
    },
    /// The terminal now has this many columns and rows.
    Resize {
        width: u16,
        height: u16,
    },
}
