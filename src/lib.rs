//! qari: a terminal reader for stored Arabic news articles.
//!
//! The crate is layered so that each part can be read and tested alone:
//! `layout` turns text into visual lines (pure, no terminal), `article` loads
//! stored articles into a `Library`, `search` matches Arabic text, `share`
//! composes what leaves qari, `state` and `config` persist, and `app` is the
//! terminal user interface built on top of all of them.

pub mod app;
pub mod article;
pub mod cli;
pub mod commands;
pub mod config;
pub mod document;
pub mod fetch;
pub mod i18n;
pub mod index;
pub mod inert;
pub mod keys;
pub mod layout;
pub mod safe_fs;
pub mod search;
pub mod share;
pub mod state;

/// How many threads qari's work is split across: the cores it may run
/// on, asked of the system once. Each asking reads the cgroup's files,
/// and one `qari list` would otherwise ask four times.
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}
