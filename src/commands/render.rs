//! `qari render`: lay out text as visual lines, one input line per
//! paragraph, for scripts and for checking the layout engine against other
//! implementations.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};

use crate::article::sanitize;
use crate::article::scan::MAX_FILE_BYTES;
use crate::cli::GlobalArgs;
use crate::config::ShapeSetting;
use crate::layout::{
    Buffers, Digits, Direction, Justify, LayoutOptions, Shaping, Tashkeel, layout_logical,
    render_paragraph_bytes,
};
use crate::safe_fs::{self, ReadError};

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
    /// Threads laying out paragraphs (default: one per core for inputs of
    /// a megabyte or more, else one). The output is the same either way.
    #[arg(long, value_parser = parse_threads)]
    pub threads: Option<usize>,
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

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("at least 1 thread".to_string()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("not a number of threads: {e}")),
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
    let threads = args.threads.unwrap_or_else(|| {
        if body.len() >= PARALLEL_FROM {
            crate::cores()
        } else {
            1
        }
    });
    let piece = |p: &str| render_piece(p, width, &opts, args.logical);
    let result = (|| -> io::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let pieces = pieces(body, PIECE);
        if threads == 1 || pieces.len() == 1 {
            // One output string and one set of layout buffers for all the
            // pieces: nothing is allocated again after the first.
            let (mut text, mut buffers) = (Vec::new(), Buffers::default());
            for p in &pieces {
                text.clear();
                render_piece_into(p, width, &opts, args.logical, &mut text, &mut buffers);
                out.write_all(&text)?;
            }
        } else {
            in_parallel(&pieces, threads, piece, &mut out)?;
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

/// Lays `pieces` out on `threads` threads, each taking the next piece not
/// yet taken (so that a thread the machine leaves waiting holds no other
/// back), and writes the results in order as they come.
fn in_parallel(
    pieces: &[&str],
    threads: usize,
    piece: impl Fn(&str) -> Vec<u8> + Sync,
    out: &mut impl Write,
) -> io::Result<()> {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(threads * 2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, piece) = (&next, &piece);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    // A closed channel: the writer has stopped (a closed pipe).
                    if i >= pieces.len() || tx.send((i, piece(pieces[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut done = BTreeMap::new();
        let mut want = 0;
        for (i, text) in rx {
            done.insert(i, text);
            while let Some(text) = done.remove(&want) {
                out.write_all(&text)?;
                want += 1;
            }
        }
        Ok(())
    })
}

/// Inputs from this size (bytes) are laid out on all cores by default.
const PARALLEL_FROM: usize = 1 << 20;

/// Bytes of input per piece laid out by one thread at a time: large enough
/// that handing it over costs nothing in comparison, small enough to share
/// the work out evenly and keep the output held in memory small.
const PIECE: usize = 1 << 17;

/// The visual lines of the paragraphs of `text` (one per input line), each
/// followed by a line feed; with `logical`, the lines before reordering.
fn render_piece(text: &str, width: usize, opts: &LayoutOptions, logical: bool) -> Vec<u8> {
    let mut out = Vec::new();
    render_piece_into(
        text,
        width,
        opts,
        logical,
        &mut out,
        &mut Buffers::default(),
    );
    out
}

/// `render_piece` appended to `out`, in layout buffers kept from an
/// earlier piece.
fn render_piece_into(
    text: &str,
    width: usize,
    opts: &LayoutOptions,
    logical: bool,
    out: &mut Vec<u8>,
    buffers: &mut Buffers,
) {
    out.reserve(text.len() + text.len() / 2);
    for para in paragraphs(text) {
        let para = para.strip_suffix('\r').unwrap_or(para);
        if logical {
            for l in layout_logical(para, width, opts) {
                out.extend_from_slice(l.as_bytes());
                out.push(b'\n');
            }
        } else {
            render_paragraph_bytes(para, width, opts, out, buffers);
        }
    }
}

/// `body` cut into pieces of about `size` bytes, each ending before a line
/// feed, so that the pieces joined by line feeds give `body` back.
fn pieces(body: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = body;
    while rest.len() > size {
        let Some(nl) = memchr::memchr(b'\n', &rest.as_bytes()[size..]) else {
            break;
        };
        out.push(&rest[..size + nl]);
        rest = &rest[size + nl + 1..];
    }
    out.push(rest);
    out
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

/// The input's name (as an error may print it: without control
/// characters) and its bytes. The loader's limits hold: a regular file
/// only, opened without blocking (a FIFO would wait forever for a writer;
/// `-` reads a pipe), and at most `MAX_FILE_BYTES`.
fn read_input(file: Option<&PathBuf>) -> anyhow::Result<(String, Vec<u8>)> {
    let mut bytes = Vec::new();
    match file {
        Some(path) if path.as_os_str() != "-" => {
            let name = sanitize::inline(&path.to_string_lossy());
            match safe_fs::read_limited(path, MAX_FILE_BYTES, &mut bytes) {
                Ok(()) => Ok((name, bytes)),
                Err(ReadError::NotRegular) => {
                    bail!("{name}: not a regular file (give `-` to read standard input)")
                }
                Err(err) => bail!("{name}: {err}"),
            }
        }
        _ => {
            io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                bail!(
                    "standard input: too large: more than {} MB",
                    MAX_FILE_BYTES / (1024 * 1024)
                );
            }
            Ok(("standard input".to_string(), bytes))
        }
    }
}

fn decode<'a>(name: &str, bytes: &'a [u8]) -> anyhow::Result<&'a str> {
    // Vectorised check first (several times faster on long texts); the
    // standard one only to say where a bad byte is.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(s);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_end_at_line_feeds_and_give_the_text_back() {
        for body in [
            "",
            "short",
            "aaaa\nbb\n\ncccccc\nd",
            "\n\n\n\n",
            "a very long line without any line feed at all",
            "ab\ncdefghijklmnop\nq\n",
        ] {
            for size in 1..8 {
                let p = pieces(body, size);
                assert_eq!(p.join("\n"), body, "{body:?} in pieces of {size}");
                let lines: Vec<&str> = p.iter().flat_map(|x| paragraphs(x)).collect();
                assert_eq!(lines, body.split('\n').collect::<Vec<_>>());
            }
        }
    }
}
