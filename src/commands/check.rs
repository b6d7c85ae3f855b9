use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The library folder to check (default: the library).
    pub dir: Option<std::path::PathBuf>,
}

pub fn run(_global: &GlobalArgs, _args: &CheckArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari check is not available in this build")
}
