//! Sharing: compose what leaves qari, in a format, to a target.
//!
//! Everything that leaves qari is the article's logical Unicode text, as
//! stored: never the shaped, reordered lines the reader draws. A terminal
//! copy of Arabic gives reversed presentation forms; a share never does.

mod compose;
mod error;
pub mod file;
mod format;
mod forms;
pub mod links;
pub mod logical;
pub mod opener;
pub mod osc52;
pub mod qr;
mod target;
pub mod tmux;

pub use compose::{EXCERPT_GRAPHEMES, Share, ShareKind, compose, excerpt};
pub use error::ShareError;
pub use format::{Format, render};
pub use target::{Site, Target};
