//! Command-line interface: clap derive structs only. Each subcommand's
//! arguments live next to its implementation in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::commands;
pub use crate::config::{BidiSetting, ShapeSetting, ThemeSetting};
pub use crate::i18n::UiLang;

#[derive(Debug, Parser)]
#[command(
    name = "qari",
    version,
    about = "قارئ — a terminal reader for stored Arabic news articles"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Article files or folders to add to the library for this run.
    pub paths: Vec<PathBuf>,
}

/// Options every command understands.
#[derive(Debug, Clone, Default, Args)]
pub struct GlobalArgs {
    /// The library folder (else $QARI_LIBRARY, else the XDG data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub library: Option<PathBuf>,

    /// The reading-state file (else $QARI_STATE, else the XDG state folder).
    #[arg(long, global = true, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// The configuration file (else ~/.config/qari/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Language of the interface; Arabic also mirrors the layout.
    #[arg(long, global = true, value_enum)]
    pub ui: Option<UiLang>,

    /// Arabic shaping: `off` for terminals that shape Arabic themselves.
    #[arg(long, global = true, value_enum)]
    pub shape: Option<ShapeSetting>,

    /// Who reorders right-to-left text on screen: `qari` alone, or the
    /// `terminal` too (Konsole, mlterm), which qari then keeps from
    /// reordering its rows again.
    #[arg(long, global = true, value_enum)]
    pub bidi: Option<BidiSetting>,

    /// The reader's colours, for a light or a dark background (`auto` asks
    /// the terminal).
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeSetting>,

    /// Read the archive folder instead of the library (`archive_dir`).
    #[arg(long, global = true)]
    pub archive: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lay out text as visual lines, one input line per paragraph.
    Render(commands::render::RenderArgs),
    /// List the articles in the library.
    List(commands::list::ListArgs),
    /// Print one article laid out for the terminal, without the reader.
    Show(commands::show::ShowArgs),
    /// Convert saved text articles and web pages into the JSON format in the library.
    Import(commands::import::ImportArgs),
    /// Validate a library and report every bad file.
    Check(commands::check::CheckArgs),
    /// Share an article or a quoted paragraph, in logical order.
    Share(commands::share::ShareArgs),
    /// Print the effective configuration and where each value came from.
    Config(commands::config::ConfigArgs),
    /// Move articles out of the library into the archive folder.
    Archive(commands::archive::ArchiveArgs),
    /// Move archived articles back into the library.
    Restore(commands::archive::ArchiveArgs),
    /// Inspect or tidy the reading state.
    State(commands::state::StateArgs),
    /// Show the library index (in the cache folder), or rebuild it.
    Index(commands::index::IndexArgs),
    /// Draw a test screen and recommend terminal settings.
    Doctor(commands::doctor::DoctorArgs),
}
