//! One module per subcommand: its clap arguments and its `run`.
//! These are the binary's edges: errors are reported with `anyhow` context.

pub mod archive;
pub mod check;
pub mod config;
pub mod doctor;
pub mod import;
pub mod index;
pub mod library;
pub mod list;
pub mod output;
pub mod read;
pub mod render;
pub mod share;
pub mod show;
pub mod state;
pub mod stdout;
