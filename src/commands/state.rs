use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct StateArgs {
    #[command(subcommand)]
    pub action: Option<StateAction>,
}

#[derive(Debug, clap::Subcommand)]
pub enum StateAction {
    /// Remove entries for articles no longer in the library.
    Prune,
}

pub fn run(_global: &GlobalArgs, _args: &StateArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari state is not available in this build")
}
