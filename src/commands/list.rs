use std::borrow::Cow;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::article::Article;
use crate::article::order::{self, SortOrder};
use crate::cli::GlobalArgs;
use crate::commands::config::escape_controls;
use crate::commands::library::{open_library, open_library_indexed, report};
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::document::{byline, ui_direction};
use crate::inert::isolate;
use crate::layout::{display_width, fit_line};
use crate::state::StateData;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print a JSON array instead of one line an article.
    #[arg(long)]
    pub json: bool,
    /// Only the articles not read yet.
    #[arg(long)]
    pub unread: bool,
    /// Only the bookmarked articles.
    #[arg(long)]
    pub bookmarked: bool,
    /// Only the articles with this tag (a leading `#`, letter case and
    /// tashkeel do not count).
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Only the articles of this day or later (YYYY-MM-DD): by published
    /// date, else by the file's modification time.
    #[arg(long, value_name = "DATE", value_parser = since_date)]
    pub since: Option<i64>,
    /// The order: date (newest first), oldest, title (alphabetical, a
    /// leading ال ignored), source, or unread (unread first).
    #[arg(long, value_name = "ORDER", default_value = "date", value_parser = sort_order)]
    pub sort: SortOrder,
    /// Read every article file instead of the library index (in the cache
    /// folder), and leave the index as it is.
    #[arg(long)]
    pub no_index: bool,
}

fn sort_order(name: &str) -> Result<SortOrder, String> {
    SortOrder::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = SortOrder::ALL.iter().map(|o| o.name()).collect();
        format!("not one of {}", names.join(", "))
    })
}

fn since_date(text: &str) -> Result<i64, String> {
    let iso = text.len() == 10 && text.as_bytes()[4] == b'-';
    iso.then(|| order::published_seconds(text))
        .flatten()
        .ok_or_else(|| "not a date of the form YYYY-MM-DD (2024-04-18)".to_string())
}

/// `qari list`: one article a line, `index  date  minutes  title — author`,
/// in the interface's language, newest first unless `--sort` says
/// otherwise. The index is the article's number for `qari show`, whatever
/// the order. The fixed-width fields come first so the columns line up
/// whatever the direction of the titles. To a terminal the lines are laid
/// out (visual order, shaped); into a pipe they are logical.
pub fn run(global: &GlobalArgs, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let (library, dir) = match args.no_index {
        true => open_library(global, &[])?,
        false => open_library_indexed(global)?,
    };
    let state = reading_state(global);
    let shown: Vec<usize> = order::sorted(&library.articles, args.sort, |a| state.get(&a.id).read)
        .into_iter()
        .filter(|&i| keep(&library.articles[i], args, &state))
        .collect();
    let articles = || shown.iter().map(|&i| (i, &library.articles[i]));
    if args.json {
        let rows: Vec<Row> = articles()
            .map(|(_, a)| Row::new(a, &state, global.archive))
            .collect();
        with_stdout(|out| {
            // serde_json leaves C1 controls (CSI U+009B) raw: escaped here.
            crate::inert::json_pretty_to(&mut *out, &rows)?;
            writeln!(out)
        })?;
    } else {
        let config = crate::config::load(global).config;
        let lang = output::lang(&config);
        let rows = output::laid_out_rows(&config);
        let dates: Vec<String> = articles()
            .map(|(_, a)| byline::published(a, lang).unwrap_or_default())
            .collect();
        let minutes: Vec<String> = articles()
            .map(|(_, a)| byline::minutes(lang, a.reading_minutes))
            .collect();
        let widest = |v: &[String]| v.iter().map(|d| display_width(d)).max().unwrap_or(0);
        let (date_width, minutes_width) = (widest(&dates), widest(&minutes));
        let lines: Vec<String> = (articles().zip(dates.iter().zip(&minutes)))
            .map(|((i, a), (date, minutes))| {
                let minutes = format!(
                    "{}{minutes}",
                    " ".repeat(minutes_width - display_width(minutes))
                );
                let fields = [pad(date, date_width), minutes];
                line(i + 1, a, &fields)
            })
            .collect();
        with_stdout(|out| {
            let Some(rows) = rows else {
                return lines.iter().try_for_each(|l| writeln!(out, "{l}"));
            };
            let width = output::terminal_width();
            let opts = output::layout_options(&config, ui_direction(lang));
            in_visual_mode(out, Some(rows), |out| {
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

/// The reading state, only looked at (no lock taken, nothing written);
/// what is wrong with it is said on standard error.
fn reading_state(global: &GlobalArgs) -> StateData {
    let Some(path) = crate::state::default_path(global.state.as_deref()) else {
        return StateData::default();
    };
    let (data, notices) = crate::state::peek(&path);
    for notice in notices {
        eprintln!("qari: {}", escape_controls(&notice.to_string()));
    }
    data
}

/// Whether `a` passes the filters of `args`.
fn keep(a: &Article, args: &ListArgs, state: &StateData) -> bool {
    let marks = state.get(&a.id);
    (!args.unread || !marks.read)
        && (!args.bookmarked || marks.bookmarked)
        && args.tag.as_deref().is_none_or(|tag| a.has_tag(tag))
        && args
            .since
            .is_none_or(|since| order::when(a).is_some_and(|t| t >= since))
}

fn pad(text: &str, width: usize) -> String {
    format!(
        "{text}{}",
        " ".repeat(width.saturating_sub(display_width(text)))
    )
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
    read: bool,
    bookmarked: bool,
    archived: bool,
}

impl<'a> Row<'a> {
    fn new(a: &'a Article, state: &StateData, archived: bool) -> Row<'a> {
        let marks = state.get(&a.id);
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
            read: marks.read,
            bookmarked: marks.bookmarked,
            archived,
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
