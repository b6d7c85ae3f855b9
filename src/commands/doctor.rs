use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct DoctorArgs {}

pub fn run(_global: &GlobalArgs, _args: &DoctorArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari doctor is not available in this build")
}
