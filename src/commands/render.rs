//! `qari render`: lay out text as visual lines, one input line per
//! paragraph, for scripts and for checking the layout engine against other
//! implementations.

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};

use crate::cli::{GlobalArgs, ShapeSetting};
use crate::layout::{
    Digits, Direction, Justify, LayoutOptions, Shaping, Tashkeel, layout_logical, render_paragraph,
};

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Line width in cells, at least 1 (default: the terminal's, else 80).
    #[arg(long, value_parser = parse_width)]
    pub width: Option<usize>,
    /// Paragraph direction.
    #[arg(long, value_enum, default_value_t = DirArg::Auto)]
    pub dir: DirArg,
    /// Print the lines in logical order, shaped, before reordering.
    #[arg(long)]
    pub logical: bool,
    /// Harakat (Arabic diacritics).
    #[arg(long, value_enum, default_value_t = TashkeelArg::Keep)]
    pub tashkeel: TashkeelArg,
    /// Digits as written, Arabic-Indic (٠-٩) or Latin (0-9).
    #[arg(long, value_enum, default_value_t = DigitsArg::Keep)]
    pub digits: DigitsArg,
    /// Justification of all but each paragraph's last line.
    #[arg(long, value_enum, default_value_t = JustifyArg::None)]
    pub justify: JustifyArg,
    /// Input file, or - for standard input (the default).
    pub file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DirArg {
    Auto,
    Rtl,
    Ltr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TashkeelArg {
    Keep,
    Strip,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigitsArg {
    Keep,
    Arabic,
    Latin,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum JustifyArg {
    None,
    Kashida,
}

fn parse_width(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("the width must be at least 1 cell".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a number of cells: {e}")),
    }
}

impl RenderArgs {
    /// The layout options these arguments ask for; `--shape` is the global
    /// option (`auto` means on: qari shapes unless told otherwise).
    pub fn options(&self, global: &GlobalArgs) -> LayoutOptions {
        LayoutOptions {
            direction: match self.dir {
                DirArg::Auto => Direction::Auto,
                DirArg::Rtl => Direction::Rtl,
                DirArg::Ltr => Direction::Ltr,
            },
            shaping: match global.shape {
                Some(ShapeSetting::Off) => Shaping::Off,
                _ => Shaping::On,
            },
            tashkeel: match self.tashkeel {
                TashkeelArg::Keep => Tashkeel::Keep,
                TashkeelArg::Strip => Tashkeel::Strip,
            },
            digits: match self.digits {
                DigitsArg::Keep => Digits::Keep,
                DigitsArg::Arabic => Digits::Arabic,
                DigitsArg::Latin => Digits::Latin,
            },
            justify: match self.justify {
                JustifyArg::None => Justify::None,
                JustifyArg::Kashida => Justify::Kashida,
            },
        }
    }
}

/// Reads the input, lays out each line as a paragraph and prints the lines.
/// Invalid UTF-8 is an error naming the byte offset, line and column:
/// nothing is printed for a file that cannot be read faithfully.
pub fn run(global: &GlobalArgs, args: &RenderArgs) -> anyhow::Result<ExitCode> {
    let opts = args.options(global);
    let width = args.width.unwrap_or_else(terminal_width);
    let (name, bytes) = read_input(args.file.as_ref())?;
    let text = decode(&name, &bytes)?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let body = text.strip_suffix('\n').unwrap_or(text);
    let result = (|| -> io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let mut buf = String::new();
        for para in paragraphs(body) {
            let para = para.strip_suffix('\r').unwrap_or(para);
            if args.logical {
                for l in layout_logical(para, width, &opts) {
                    out.write_all(l.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            } else {
                buf.clear();
                render_paragraph(para, width, &opts, &mut buf);
                out.write_all(buf.as_bytes())?;
            }
        }
        out.flush()
    })();
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        // A closed pipe (`qari render | head`) is the reader's choice, not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(e).context("writing the rendered lines"),
    }
}

/// The lines of `body` (`str::split('\n')`, with a vectorised search: on
/// long texts the search for line ends is otherwise a visible part of the
/// cost).
fn paragraphs(body: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', body.as_bytes())
        .chain(std::iter::once(body.len()))
        .map(move |end| {
            let para = &body[start..end];
            start = end + 1;
            para
        })
}

fn terminal_width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((cols, _)) = crossterm::terminal::size()
        && cols > 0
    {
        return usize::from(cols);
    }
    80
}

fn read_input(file: Option<&PathBuf>) -> anyhow::Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let name = path.display().to_string();
            bytes = std::fs::read(path).with_context(|| format!("reading {name}"))?;
            Ok((name, bytes))
        }
        _ => {
            io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            Ok(("standard input".to_string(), bytes))
        }
    }
}

fn decode<'a>(name: &str, bytes: &'a [u8]) -> anyhow::Result<&'a str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.valid_up_to();
            let before = &bytes[..at];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            bail!("{name}:{line}:{column}: invalid UTF-8 at byte offset {at}")
        }
    }
}
