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
    /// A character typed into the search line.
    Input(char),
    /// Delete the last character of the search line.
    DeleteChar,
    /// Run the search typed so far.
    Submit,
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

/// Actions a configuration may rebind, by the names it uses for them.
const NAMES: &[(&str, Action)] = &[
    ("down", Action::Down),
    ("up", Action::Up),
    ("page_down", Action::PageDown),
    ("page_up", Action::PageUp),
    ("top", Action::Top),
    ("bottom", Action::Bottom),
    ("open", Action::Open),
    ("back", Action::Back),
    ("switch_pane", Action::SwitchPane),
    ("focus_left", Action::FocusLeft),
    ("focus_right", Action::FocusRight),
    ("prev_article", Action::PrevArticle),
    ("next_article", Action::NextArticle),
    ("search", Action::Search),
    ("next_match", Action::NextMatch),
    ("prev_match", Action::PrevMatch),
    ("share", Action::Share),
    ("paragraph_cursor", Action::ParagraphCursor),
    ("help", Action::Help),
    ("quit", Action::Quit),
    ("toggle_tashkeel", Action::ToggleTashkeel),
    ("cycle_digits", Action::CycleDigits),
    ("toggle_shaping", Action::ToggleShaping),
    ("toggle_justify", Action::ToggleJustify),
    ("toggle_read", Action::ToggleRead),
    ("toggle_bookmark", Action::ToggleBookmark),
    ("mark_all_read", Action::MarkAllRead),
    ("bookmarks_only", Action::BookmarksOnly),
    ("unread_only", Action::UnreadOnly),
];

impl Action {
    /// The action a configuration names, e.g. `"page_down"`.
    pub fn from_name(name: &str) -> Option<Action> {
        NAMES.iter().find(|(n, _)| *n == name).map(|(_, a)| *a)
    }

    /// The configuration's name for this action, if it can be rebound.
    pub fn name(self) -> Option<&'static str> {
        NAMES.iter().find(|(_, a)| *a == self).map(|(n, _)| *n)
    }
}
