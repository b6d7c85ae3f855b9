use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use crate::app::terminal;
use crate::article::sanitize;
use crate::cli::GlobalArgs;
use crate::commands::stdout::with_stdout;
use crate::config;
use crate::share::tmux::TmuxClipboard;
use crate::share::{self, Format, ShareError, Target, file, links, qr};

#[derive(Debug, Args)]
pub struct ShareArgs {
    /// An article id, a path, or the index from `qari list`.
    pub article: String,
    /// Share the N-th paragraph (1-based, headings not counted) as a quote.
    #[arg(long, value_name = "N")]
    pub quote: Option<usize>,
    /// text, markdown or json.
    #[arg(long, default_value = "text")]
    pub format: Format,
    /// stdout, clipboard, file[:PATH], x, whatsapp, telegram, facebook, email or qr.
    #[arg(long, default_value = "stdout")]
    pub to: Target,
}

/// `qari share`: the article's share (or a quoted paragraph) in logical
/// Unicode, to standard output, the clipboard, a new file, a share link or a
/// QR code. Every refusal is an error, and so exit status 2.
pub fn run(global: &GlobalArgs, args: &ShareArgs) -> anyhow::Result<ExitCode> {
    let extra = as_file(&args.article);
    let (library, dir) = crate::commands::library::open_library(global, &extra)?;
    crate::commands::library::report(&library, dir.as_deref());
    let index = library.find(&args.article).with_context(|| {
        format!(
            "no article {:?} in the library ({} articles; `qari list` shows them)",
            sanitize::inline(&args.article),
            library.articles.len()
        )
    })?;
    let article = &library.articles[index];
    let share = share::compose(article, args.quote)?;
    let text = share::render(&share, args.format);
    match &args.to {
        Target::Stdout => print_lines(&[text])?,
        Target::Clipboard => to_clipboard(&text)?,
        Target::File(path) => {
            let loaded = config::load(global);
            let folder = match path {
                Some(_) => PathBuf::new(),
                None => file::folder(loaded.config.share_folder.value.as_deref())?,
            };
            let stem = file::stem(&article.id, args.quote);
            let saved = file::save(
                &text,
                path.as_deref(),
                &folder,
                &stem,
                args.format.extension(),
            )?;
            print_lines(&[sanitize::inline(&saved.to_string_lossy())])?;
        }
        Target::Link(site) => print_lines(&[links::link(&share, *site)?])?,
        Target::Qr => to_qr(&share, args.format)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Sends the text to the terminal's clipboard by OSC 52, when there is a
/// terminal to hear it and no tmux between that would drop it.
fn to_clipboard(text: &str) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        return Err(ShareError::NotATerminal.into());
    }
    let tmux = terminal::in_tmux_now();
    if tmux && share::tmux::clipboard() == Some(TmuxClipboard::Drops) {
        return Err(ShareError::TmuxDropsClipboard.into());
    }
    let sequence = terminal::clipboard(text, tmux);
    let mut out = stdout.lock();
    out.write_all(sequence.as_bytes())
        .and_then(|()| out.flush())
        .context("writing to the terminal")?;
    eprintln!(
        "qari: copied {} characters to the clipboard (OSC 52)",
        text.chars().count()
    );
    Ok(())
}

/// Draws the share as a QR code, coloured on a terminal so it scans on any
/// background, and warns when the terminal is too narrow to keep it whole.
fn to_qr(shared: &share::Share, format: Format) -> anyhow::Result<()> {
    let lines = qr::draw(shared, format)?;
    let terminal = std::io::stdout().is_terminal();
    let width = lines.first().map_or(0, |l| l.chars().count());
    let coloured: Vec<String> = lines
        .into_iter()
        .map(|l| {
            if terminal {
                format!("{}{l}{}", qr::TERMINAL_START, qr::TERMINAL_END)
            } else {
                l
            }
        })
        .collect();
    print_lines(&coloured)?;
    // A code wrapped by a narrow terminal cannot be scanned.
    if terminal
        && let Ok((columns, _)) = crossterm::terminal::size()
        && usize::from(columns) < width
    {
        eprintln!(
            "qari: the code is {width} columns wide and the terminal {columns}, so its lines \
             wrapped and it cannot be scanned; widen the window or make the font smaller"
        );
    }
    Ok(())
}

/// The article argument as a file to load, when it names one that is not
/// also a `qari list` index.
fn as_file(spec: &str) -> Vec<PathBuf> {
    let path = Path::new(spec);
    if spec.parse::<usize>().is_err() && path.is_file() {
        vec![path.to_path_buf()]
    } else {
        Vec::new()
    }
}

fn print_lines(lines: &[String]) -> anyhow::Result<()> {
    with_stdout(|out| {
        for line in lines {
            writeln!(out, "{line}")?;
        }
        Ok(())
    })
    .context("writing to standard output")
}
