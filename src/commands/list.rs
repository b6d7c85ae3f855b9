use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use crate::app::list_index::{self, ListIndex};
use crate::article::order::{self, SortOrder};
use crate::article::{Article, Library};
use crate::cli::GlobalArgs;
use crate::commands::config::escape_controls;
use crate::commands::library::{open_library, open_library_indexed, report};
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::config::Config;
use crate::document::{byline, ui_direction};
use crate::i18n::UiLang;
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
    /// Only the articles whose title, author or text hold these words, as
    /// the reader's `/` finds them (harakat, alef forms, digits and letter
    /// case do not count; a `#tag` word asks for a tag), those with the
    /// words in their title first.
    #[arg(long, value_name = "WORDS")]
    pub find: Option<String>,
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
    let shown = match args.find.as_deref() {
        Some(query) => list_index::find(&library.articles, query, shown, || {
            search_index(&library, dir.as_deref(), !args.no_index)
        }),
        None => shown,
    };
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
        let columns = Columns::new(articles().map(|(_, a)| a), lang);
        let rows: Vec<_> = articles().zip(&columns.rows).collect();
        let line = |k: usize, text: &mut String| {
            let ((i, a), &(date, minutes)) = rows[k];
            push_line(
                text,
                i + 1,
                a,
                [&columns.texts[date], &columns.texts[minutes]],
            );
        };
        print_lines(&config, lang, rows.len(), line)?;
    }
    report(&library, dir.as_deref());
    // The process ends here: its memory goes back whole, faster than a
    // hundred thousand articles freed one string at a time.
    std::mem::forget(library);
    Ok(ExitCode::SUCCESS)
}

/// What `--find` searches: the search store written with the library
/// index, when the list came from it; else the articles folded one by one
/// (their files read for their bodies when they were listed without).
fn search_index(library: &Library, dir: Option<&Path>, indexed: bool) -> Box<ListIndex> {
    let folder = dir.filter(|d| indexed && d.is_dir());
    let store =
        folder.and_then(|f| crate::index::search_store_for_one_search(f, &library.articles).ok());
    Box::new(match store {
        Some(store) => ListIndex::from_store(std::sync::Arc::new(store)),
        None => ListIndex::build(&library.articles),
    })
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

/// The date and reading-time columns of the listed articles: each
/// distinct text (a library has far fewer days than articles) is made,
/// padded to its column's width and isolated once.
struct Columns {
    /// The distinct texts, padded and isolated.
    texts: Vec<String>,
    /// For each listed article, its date's and its reading time's text.
    rows: Vec<(usize, usize)>,
}

impl Columns {
    fn new<'a>(articles: impl Iterator<Item = &'a Article>, lang: UiLang) -> Columns {
        let mut texts: Vec<String> = Vec::new();
        let mut dates: HashMap<&str, usize> = HashMap::new();
        let mut minutes: HashMap<u32, usize> = HashMap::new();
        let mut rows: Vec<(usize, usize)> = Vec::new();
        let mut last: Option<(&str, usize)> = None;
        for a in articles {
            let published = a.published.as_deref().unwrap_or_default();
            // Listed by date, articles of one day follow one another.
            let date = match last {
                Some((text, date)) if text == published => date,
                _ => *dates.entry(published).or_insert_with(|| {
                    texts.push(byline::published(a, lang).unwrap_or_default());
                    texts.len() - 1
                }),
            };
            last = Some((published, date));
            let time = *minutes.entry(a.reading_minutes).or_insert_with(|| {
                texts.push(byline::minutes(lang, a.reading_minutes));
                texts.len() - 1
            });
            rows.push((date, time));
        }
        let widest = |column: &mut dyn Iterator<Item = &usize>| {
            let widths = column.map(|&t| display_width(&texts[t]));
            widths.max().unwrap_or(0)
        };
        let date_width = widest(&mut dates.values());
        let minutes_width = widest(&mut minutes.values());
        for &t in dates.values() {
            let pad = " ".repeat(date_width - display_width(&texts[t]));
            texts[t] = isolate(&format!("{}{pad}", texts[t]));
        }
        for &t in minutes.values() {
            let pad = " ".repeat(minutes_width - display_width(&texts[t]));
            texts[t] = isolate(&format!("{pad}{}", texts[t]));
        }
        Columns { texts, rows }
    }
}

/// Prints the `count` lines `line(k, text)` appends to `text`: logical
/// into a pipe, laid out (visual order, shaped, cut to the terminal's
/// width) to a terminal.
fn print_lines(
    config: &Config,
    lang: UiLang,
    count: usize,
    line: impl Fn(usize, &mut String) + Sync,
) -> anyhow::Result<()> {
    let rows = output::laid_out_rows(config);
    with_stdout(|out| {
        let mut text = String::new();
        let Some(rows) = rows else {
            return output::write_logical(out, count, &line);
        };
        let width = output::terminal_width();
        let opts = output::layout_options(config, ui_direction(lang));
        in_visual_mode(out, Some(rows), |out| {
            for k in 0..count {
                text.clear();
                line(k, &mut text);
                let row = fit_line(&text, width, &opts);
                let pad = if row.rtl {
                    width.saturating_sub(row.width)
                } else {
                    0
                };
                writeln!(out, "{}{}", " ".repeat(pad), row.text)?;
            }
            Ok(())
        })
    })
}

/// Appends one line of `qari list` to `text`: number, date, reading time,
/// title and who wrote it, each field isolated so that no field's
/// direction moves another (an Arabic title does not turn the date round).
/// `date` and `minutes` come isolated.
fn push_line(text: &mut String, index: usize, a: &Article, [date, minutes]: [&str; 2]) {
    use std::fmt::Write as _;
    // Writing into a String does not fail.
    let _ = write!(text, "{index:>4}  ");
    text.push_str(date);
    text.push_str("  ");
    text.push_str(minutes);
    text.push_str("  ");
    text.push_str(&contained(&a.title));
    if let Some(by) = a.author.as_deref().or(a.source.as_deref()) {
        text.push_str(" — ");
        text.push_str(&contained(by));
    }
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
