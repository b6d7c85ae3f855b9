use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Line width in cells (default: the terminal's, else 80).
    #[arg(long)]
    pub width: Option<usize>,
    /// Paragraph direction: auto, rtl or ltr.
    #[arg(long, default_value = "auto")]
    pub dir: String,
    /// Print the lines in logical order, shaped, before reordering.
    #[arg(long)]
    pub logical: bool,
    /// Arabic shaping: on or off.
    #[arg(long, default_value = "on")]
    pub shape: String,
    /// Harakat: keep or strip.
    #[arg(long, default_value = "keep")]
    pub tashkeel: String,
    /// Digits: keep, arabic or latin.
    #[arg(long, default_value = "keep")]
    pub digits: String,
    /// Justification: none or kashida.
    #[arg(long, default_value = "none")]
    pub justify: String,
    /// Input file, or - for standard input.
    pub file: Option<PathBuf>,
}

pub fn run(_args: &RenderArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari render is not available in this build")
}
