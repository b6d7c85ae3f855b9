use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Stored text articles to convert.
    #[arg(required = true)]
    pub files: Vec<std::path::PathBuf>,
    /// Folder to write into (default: the library).
    #[arg(long, value_name = "DIR")]
    pub into: Option<std::path::PathBuf>,
    /// Overwrite existing files.
    #[arg(long)]
    pub force: bool,
}

pub fn run(_global: &GlobalArgs, _args: &ImportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari import is not available in this build")
}
