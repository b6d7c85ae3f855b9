use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct ConfigArgs {}

pub fn run(_global: &GlobalArgs, _args: &ConfigArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari config is not available in this build")
}
