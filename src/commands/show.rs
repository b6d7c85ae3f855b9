use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An article id, a path, or the index from `qari list`.
    pub article: String,
    /// Width in cells (default: the terminal's, else 80).
    #[arg(long)]
    pub width: Option<usize>,
}

pub fn run(_global: &GlobalArgs, _args: &ShowArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari show is not available in this build")
}
