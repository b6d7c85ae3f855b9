use std::io::{self, IsTerminal};
use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use crate::article::{Article, Block, Library, sanitize, scan};
use crate::cli::{GlobalArgs, ShapeSetting};
use crate::commands::list::{library_dir, report};
use crate::commands::stdout::with_stdout;
use crate::layout::{self, LayoutOptions, Shaping, VisualLine};

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An article id, a path, or the index from `qari list`.
    pub article: String,
    /// Width in cells (default: the terminal's, else 80).
    #[arg(long)]
    pub width: Option<usize>,
}

/// `qari show ARTICLE`: the article laid out by the layout engine, as a
/// pager would get it. Lines are in visual order; right-to-left lines are
/// right-aligned by padding with spaces to the width.
pub fn run(global: &GlobalArgs, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let loaded = crate::config::load(global);
    let dir = library_dir(global);
    let library = Library::load(dir.as_deref(), &[]);
    let article = match library.find(&args.article) {
        Some(i) => library.articles[i].clone(),
        None if Path::new(&args.article).is_file() => {
            let mut found =
                scan::load_file(Path::new(&args.article)).map_err(|p| anyhow::anyhow!("{p}"))?;
            anyhow::ensure!(!found.is_empty(), "{}: no article", shown(&args.article));
            found.remove(0)
        }
        None => {
            report(&library, dir.as_deref());
            anyhow::bail!(
                "no article {} among the {} in the library: `qari list` shows their ids and numbers",
                shown(&args.article),
                library.articles.len()
            );
        }
    };
    let c = &loaded.config;
    let opts = LayoutOptions {
        direction: article.dir,
        shaping: if c.shape.value == ShapeSetting::Off {
            Shaping::Off
        } else {
            Shaping::On
        },
        tashkeel: c.tashkeel.value,
        digits: c.digits.value,
        justify: c.justify.value,
    };
    let width = args.width.unwrap_or_else(terminal_width).max(1);
    let lines = render(&article, width, &opts);
    with_stdout(|out| {
        for l in &lines {
            writeln!(out, "{l}")?;
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn shown(s: &str) -> String {
    format!("\"{}\"", sanitize::inline(s))
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

/// The article as lines of text `width` cells wide at most (a single
/// cluster wider than the width excepted): title, a rule under it, the
/// byline, then each block with a blank line between blocks.
pub fn render(a: &Article, width: usize, opts: &LayoutOptions) -> Vec<String> {
    let mut out = Vec::new();
    let title = layout::layout_paragraph(&a.title, width, opts);
    let rule_width = title.iter().map(|l| l.width).max().unwrap_or(0);
    let rtl = title.first().is_some_and(|l| l.rtl);
    push_lines(&mut out, &title, width);
    out.push(align(&"─".repeat(rule_width), rule_width, rtl, width));
    let byline = byline(a, rtl);
    if !byline.is_empty() {
        push_lines(
            &mut out,
            &layout::layout_paragraph(&byline, width, opts),
            width,
        );
    }
    for block in &a.body {
        out.push(String::new());
        match block {
            Block::Heading(h) => {
                let lines = layout::layout_paragraph(h, width, opts);
                let w = lines.iter().map(|l| l.width).max().unwrap_or(0);
                let rtl = lines.first().is_some_and(|l| l.rtl);
                push_lines(&mut out, &lines, width);
                out.push(align(&"┄".repeat(w), w, rtl, width));
            }
            Block::Paragraph(p) => {
                push_lines(&mut out, &layout::layout_paragraph(p, width, opts), width)
            }
            Block::Quote { text, by } => quote(&mut out, text, by.as_deref(), width, opts),
        }
    }
    out
}

/// "author · source · date · N minutes", in the article's language.
fn byline(a: &Article, rtl: bool) -> String {
    let minutes = if rtl {
        minutes_ar(a.reading_minutes)
    } else {
        format!("{} min read", a.reading_minutes)
    };
    [
        a.author.as_deref(),
        a.source.as_deref(),
        a.published.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(str::to_owned)
    .chain(std::iter::once(minutes))
    .collect::<Vec<_>>()
    .join(" · ")
}

/// Reading time as Arabic news sites write it, with Arabic's number
/// agreement: one minute, two minutes (dual), 3-10 minutes (plural), then
/// the singular again.
pub fn minutes_ar(n: u32) -> String {
    match n {
        1 => "دقيقة واحدة للقراءة".to_owned(),
        2 => "دقيقتان للقراءة".to_owned(),
        3..=10 => format!("{n} دقائق للقراءة"),
        _ => format!("{n} دقيقة للقراءة"),
    }
}

/// A quotation, indented behind a bar on its leading side, then "— by".
fn quote(out: &mut Vec<String>, text: &str, by: Option<&str>, width: usize, opts: &LayoutOptions) {
    const BAR: &str = "┃ ";
    let inner = width.saturating_sub(2).max(1);
    let lines = layout::layout_paragraph(text, inner, opts);
    for l in &lines {
        let pad = " ".repeat(inner.saturating_sub(l.width));
        out.push(if l.rtl {
            format!("{pad}{} ┃", l.text)
        } else {
            format!("{BAR}{}", l.text)
        });
    }
    if let Some(by) = by {
        push_lines(
            out,
            &layout::layout_paragraph(&format!("— {by}"), width, opts),
            width,
        );
    }
}

fn push_lines(out: &mut Vec<String>, lines: &[VisualLine], width: usize) {
    out.extend(lines.iter().map(|l| align(&l.text, l.width, l.rtl, width)));
}

/// Right-to-left lines are padded on the left up to the width.
fn align(text: &str, text_width: usize, rtl: bool, width: usize) -> String {
    if rtl {
        format!("{}{text}", " ".repeat(width.saturating_sub(text_width)))
    } else {
        text.to_owned()
    }
}
