use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print a JSON array instead of one line an article.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_global: &GlobalArgs, _args: &ListArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari list is not available in this build")
}
