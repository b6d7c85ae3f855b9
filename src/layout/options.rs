//! Layout options: everything that changes how a paragraph is drawn.

/// Paragraph direction. `Auto` applies UAX #9 P2/P3 (first strong character),
/// falling back to right-to-left when the paragraph has no strong character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Auto,
    Rtl,
    Ltr,
}

/// Whether qari shapes Arabic itself (presentation forms, lam-alef).
/// `Off` serves terminals that shape Arabic on their own (mlterm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shaping {
    #[default]
    On,
    Off,
}

/// Harakat (Arabic diacritics): drawn or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tashkeel {
    #[default]
    Keep,
    Strip,
}

/// How digits are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Digits {
    /// As written.
    #[default]
    Keep,
    /// Arabic-Indic digits (٠-٩).
    Arabic,
    /// European digits (0-9).
    Latin,
}

/// Justification of all but a paragraph's last line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Justify {
    #[default]
    None,
    /// Stretch lines with tatweel between joinable letters.
    Kashida,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LayoutOptions {
    pub direction: Direction,
    pub shaping: Shaping,
    pub tashkeel: Tashkeel,
    pub digits: Digits,
    pub justify: Justify,
}
