//! The reader's actions: defined with their keys in `crate::keys`.

pub use crate::keys::Action;
