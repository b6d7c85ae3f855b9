use std::process::ExitCode;

use clap::Args;

use crate::cli::GlobalArgs;

#[derive(Debug, Args)]
pub struct ShareArgs {
    /// An article id, a path, or the index from `qari list`.
    pub article: String,
    /// Share the N-th paragraph (1-based, headings not counted) as a quote.
    #[arg(long, value_name = "N")]
    pub quote: Option<usize>,
    /// text, markdown or json.
    #[arg(long, default_value = "text")]
    pub format: String,
    /// stdout, clipboard, file[:PATH], x, whatsapp, telegram, facebook, email or qr.
    #[arg(long, default_value = "stdout")]
    pub to: String,
}

pub fn run(_global: &GlobalArgs, _args: &ShareArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("qari share is not available in this build")
}
