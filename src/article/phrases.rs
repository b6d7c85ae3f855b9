//! The phrases of saved news pages, one table per language, as data for
//! [`super::text_rules::ARABIC_NEWS`]. Phrases are compared word by word
//! after [`crate::search::fold`] and without punctuation at the ends of
//! words: `إقرأ أيضاً:` is `اقرأ ايضا`.

/// Arabic.
pub mod ar;

/// English, which Arabic pages use for share bars and widgets.
pub mod en;
