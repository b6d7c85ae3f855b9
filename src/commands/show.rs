use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use crate::article::{Article, Block, sanitize, scan};
use crate::cli::GlobalArgs;
use crate::commands::library::{open_library, report};
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::document::{Doc, DocLine, LineKind, byline, ui_direction};
use crate::i18n::UiLang;
use crate::layout::LayoutOptions;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// An article id, a path, or the index from `qari list`.
    pub article: String,
    /// Lay the article out this many cells wide, even into a pipe (default:
    /// the terminal's width; a pipe gets logical text).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    pub width: Option<u16>,
}

/// `qari show ARTICLE`: to a terminal (or with `--width`), the article laid
/// out by the layout engine, right-to-left lines right-aligned, between the
/// switches that stop the terminal reordering it; into a pipe, its logical
/// text, for other programs to read.
pub fn run(global: &GlobalArgs, args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let loaded = crate::config::load(global);
    let (library, dir) = open_library(global, &[])?;
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
    let lang = output::lang(&loaded.config);
    let rows = output::laid_out_rows(&loaded.config);
    let width = args
        .width
        .map(usize::from)
        .or(rows.map(|_| output::terminal_width()));
    let lines = match width {
        Some(width) => {
            let opts = output::layout_options(&loaded.config, article.dir);
            render(&article, lang, width, &opts)
        }
        None => logical(&article, lang),
    };
    with_stdout(|out| {
        in_visual_mode(out, rows, |out| {
            lines.iter().try_for_each(|l| writeln!(out, "{l}"))
        })
    })?;
    Ok(ExitCode::SUCCESS)
}

fn shown(s: &str) -> String {
    format!("\"{}\"", sanitize::inline(s))
}

/// The article as lines of text `width` cells wide at most (a single
/// cluster wider than the width excepted), as the reader lays it out: title
/// with a rule under it, byline, then each block with a blank line between
/// blocks, headings underlined and quotes behind a bar on their start side.
pub fn render(a: &Article, lang: UiLang, width: usize, opts: &LayoutOptions) -> Vec<String> {
    let doc = Doc::build(a, lang, ui_direction(lang), width, *opts);
    let mut out = Vec::new();
    let mut group_width = 0;
    for (i, line) in doc.lines().enumerate() {
        out.push(draw(&line, width));
        group_width = group_width.max(line.line.width);
        let rule = match line.kind {
            LineKind::Title => "─",
            LineKind::Heading => "┄",
            _ => {
                group_width = 0;
                continue;
            }
        };
        if doc.kind(i + 1) != Some(line.kind) {
            out.push(align(
                &rule.repeat(group_width),
                group_width,
                line.right,
                width,
            ));
            group_width = 0;
        }
    }
    out
}

/// One laid-out line as text: a quote's lines with the bar on their start
/// side, right-aligned lines padded on the left up to the width.
fn draw(line: &DocLine, width: usize) -> String {
    let l = &line.line;
    if line.indent == 0 {
        return align(&l.text, l.width, line.right, width);
    }
    let bar = if line.kind == LineKind::Quote {
        "┃"
    } else {
        " "
    };
    let inner = width.saturating_sub(usize::from(line.indent));
    if line.right {
        let pad = " ".repeat(inner.saturating_sub(l.width));
        format!("{pad}{} {bar}", l.text).trim_end().to_owned()
    } else {
        format!("{bar} {}", l.text)
    }
}

/// Right-to-left lines are padded on the left up to the width.
fn align(text: &str, text_width: usize, right: bool, width: usize) -> String {
    if right {
        format!("{}{text}", " ".repeat(width.saturating_sub(text_width)))
    } else {
        text.to_owned()
    }
}

/// The article as logical text, one paragraph a line: what a program
/// reading the pipe gets (it does its own bidi, or none).
pub fn logical(a: &Article, lang: UiLang) -> Vec<String> {
    let mut out = vec![a.title.clone(), byline::join(&byline::parts(a, lang))];
    for block in &a.body {
        out.push(String::new());
        match block {
            Block::Heading(text) | Block::Paragraph(text) => out.push(text.clone()),
            Block::ListItem(text) => out.push(format!("• {text}")),
            Block::Quote { text, by } => {
                out.push(format!("«{text}»"));
                out.extend(by.as_ref().map(|by| format!("— {by}")));
            }
        }
    }
    out
}
