use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::GlobalArgs;

/// `qari` with no subcommand: open the reader on the library.
pub fn run(_global: &GlobalArgs, _paths: &[PathBuf]) -> anyhow::Result<ExitCode> {
    anyhow::bail!("the reader is not available in this build")
}
