use std::borrow::Cow;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::article::scan::LibraryLinks;
use crate::article::{Article, Library, default_dir};
use crate::cli::GlobalArgs;
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::document::{byline, ui_direction};
use crate::inert::isolate;
use crate::layout::{display_width, fit_line};

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print a JSON array instead of one line an article.
    #[arg(long)]
    pub json: bool,
}

/// `qari list`: one article a line, `index  date  minutes  title — author`,
/// in the interface's language. The fixed-width fields come first so the
/// columns line up whatever the direction of the titles. To a terminal the
/// lines are laid out (visual order, shaped); into a pipe they are logical.
pub fn run(global: &GlobalArgs, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let dir = existing_library_dir(global)?;
    let library = Library::load_with(dir.as_deref(), &[], library_links(global));
    if args.json {
        let rows: Vec<Row> = library.articles.iter().map(Row::new).collect();
        with_stdout(|out| {
            // serde_json leaves C1 controls (CSI U+009B) raw: escaped here.
            crate::inert::json_pretty_to(&mut *out, &rows)?;
            writeln!(out)
        })?;
    } else {
        let config = crate::config::load(global).config;
        let lang = output::lang(&config);
        let terminal = output::to_terminal();
        let dates: Vec<String> = library
            .articles
            .iter()
            .map(|a| byline::published(a, lang).unwrap_or_default())
            .collect();
        let minutes: Vec<String> = library
            .articles
            .iter()
            .map(|a| byline::minutes(lang, a.reading_minutes))
            .collect();
        let widest = |v: &[String]| v.iter().map(|d| display_width(d)).max().unwrap_or(0);
        let (date_width, minutes_width) = (widest(&dates), widest(&minutes));
        let lines: Vec<String> = (library.articles.iter().zip(dates.iter().zip(&minutes)))
            .enumerate()
            .map(|(i, (a, (date, minutes)))| {
                let minutes = format!(
                    "{}{minutes}",
                    " ".repeat(minutes_width - display_width(minutes))
                );
                let fields = [pad(date, date_width), minutes];
                line(i + 1, a, &fields)
            })
            .collect();
        with_stdout(|out| {
            if !terminal {
                return lines.iter().try_for_each(|l| writeln!(out, "{l}"));
            }
            let width = output::terminal_width();
            let opts = output::layout_options(&config, ui_direction(lang));
            in_visual_mode(out, Some(output::row_output(&config)), |out| {
                for l in &lines {
                    let row = fit_line(l, width, &opts);
                    let pad = if row.rtl {
                        width.saturating_sub(row.width)
                    } else {
                        0
                    };
                    writeln!(out, "{}{}", " ".repeat(pad), row.text)?;
                }
                Ok(())
            })
        })?;
    }
    report(&library, dir.as_deref());
    Ok(ExitCode::SUCCESS)
}

fn pad(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
}

/// How symbolic links in the library are followed (`library_links`).
pub fn library_links(global: &GlobalArgs) -> LibraryLinks {
    crate::config::load(global).config.library_links.value
}

/// The library folder: `--library`, else `$QARI_LIBRARY`, else the
/// configuration file's `library`, else the XDG data folder.
pub fn library_dir(global: &GlobalArgs) -> Option<std::path::PathBuf> {
    let loaded = crate::config::load(global);
    default_dir(loaded.config.library.value.as_deref())
}

/// The library folder, which must exist when it is named with `--library`:
/// a mistyped folder is an error, not an empty library showing the samples.
pub fn existing_library_dir(global: &GlobalArgs) -> anyhow::Result<Option<std::path::PathBuf>> {
    if let Some(dir) = &global.library
        && !dir.is_dir()
    {
        anyhow::bail!(
            "there is no library folder {}",
            crate::article::sanitize::inline(&dir.to_string_lossy())
        );
    }
    Ok(library_dir(global))
}

/// One line of `qari list`: number, date, reading time, title and who
/// wrote it, each field isolated so that no field's direction moves
/// another (an Arabic title does not turn the date round).
pub fn line(index: usize, a: &Article, [date, minutes]: &[String; 2]) -> String {
    let mut text = format!(
        "{index:>4}  {}  {}  {}",
        isolate(date),
        isolate(minutes),
        contained(&a.title)
    );
    if let Some(by) = a.author.as_deref().or(a.source.as_deref()) {
        text.push_str(" — ");
        text.push_str(&contained(by));
    }
    text
}

/// Text that carries explicit bidi formatting, as one isolate (FSI … PDI)
/// with every embedding, override and isolate it opens closed inside it, so
/// that an unclosed RLO in a title cannot reverse the author after it in a
/// terminal that applies bidi (UAX #9 X6a: a PDI ends what its isolate
/// opened). Text without such characters is printed as it is.
fn contained(s: &str) -> Cow<'_, str> {
    crate::inert::field(s)
}

/// Tells, on standard error, when the sample is shown and how many files
/// were skipped.
pub fn report(library: &Library, dir: Option<&std::path::Path>) {
    if library.is_sample {
        let where_ = dir.map_or_else(
            || "a folder given with --library".to_owned(),
            |d| crate::article::sanitize::inline(&d.to_string_lossy()),
        );
        eprintln!(
            "qari: no articles in {where_}: showing the built-in samples. \
             Add *.json or *.txt articles there, or run `qari import FILE...`."
        );
    }
    if !library.problems.is_empty() {
        eprintln!(
            "qari: {} skipped; `qari check` says why.",
            crate::i18n::plural::english(library.problems.len(), "file", "files")
        );
    }
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    author: Option<&'a str>,
    source: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<&'a str>,
    reading_minutes: u32,
    lang: Option<&'a str>,
    dir: &'static str,
    tags: &'a [String],
    path: Option<String>,
}

impl<'a> Row<'a> {
    fn new(a: &'a Article) -> Row<'a> {
        Row {
            id: &a.id,
            title: &a.title,
            author: a.author.as_deref(),
            source: a.source.as_deref(),
            url: a.url.as_deref(),
            published: a.published.as_deref(),
            reading_minutes: a.reading_minutes,
            lang: a.lang.as_deref(),
            dir: crate::article::json::dir_name(a.dir),
            tags: &a.tags,
            path: a.path.as_ref().map(|p| p.to_string_lossy().into_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::contained;

    #[test]
    fn plain_titles_are_printed_as_they_are() {
        assert_eq!(
            contained("وتقول الولايات المتحدة (US)"),
            "وتقول الولايات المتحدة (US)"
        );
    }

    #[test]
    fn open_overrides_and_isolates_are_closed_inside_one_isolate() {
        assert_eq!(
            contained("\u{202E}Invoice \u{2067}غير"),
            "\u{2068}\u{202E}Invoice \u{2067}غير\u{2069}\u{202C}\u{2069}"
        );
        assert_eq!(
            contained("a\u{202B}b\u{202C}"),
            "\u{2068}a\u{202B}b\u{202C}\u{2069}"
        );
    }
}
