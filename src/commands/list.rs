use std::borrow::Cow;
use std::path::Path;
use std::process::ExitCode;

use clap::Args;
use serde::{Serialize, Serializer};

use crate::app::list_index::{self, ListIndex};
use crate::article::Library;
use crate::article::epoch::published_seconds;
use crate::article::order::{self, SortOrder};
use crate::article::tags::tag_key;
use crate::cli::GlobalArgs;
use crate::commands::config::escape_controls;
use crate::commands::library::{
    indexed_library, look_indexed, open_library, report, report_counts,
};
use crate::commands::output::{self, in_visual_mode};
use crate::commands::stdout::with_stdout;
use crate::config::Config;
use crate::document::ui_direction;
use crate::i18n::UiLang;
use crate::index::{ArticleRef, Looked, Tags};
use crate::layout::fit_line;
use crate::state::StateData;

mod columns;
use columns::Columns;

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
    iso.then(|| published_seconds(text))
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
    let (looked, dir) = match args.no_index {
        true => (None, None),
        false => look_indexed(global)?,
    };
    // `--find` searches loaded articles; any other list of a library as
    // its index has it is made from the index's bytes.
    let warm = match (&looked, &args.find) {
        (Some(looked), None) => list_warm(global, args, looked, dir.as_deref())?,
        _ => false,
    };
    if warm {
        // The process ends here: its memory goes back whole, faster than
        // a hundred thousand file names freed one at a time.
        std::mem::forget(looked);
        return Ok(ExitCode::SUCCESS);
    }
    let (library, dir) = match looked {
        Some(looked) => (indexed_library(looked, global), dir),
        None => open_library(global, &[])?,
    };
    let state = reading_state(global);
    let rows: Vec<ArticleRef> = library.articles.iter().map(ArticleRef::from).collect();
    let shown = listed(&rows, args, &state);
    let shown = match args.find.as_deref() {
        Some(query) => list_index::find(&library.articles, query, shown, || {
            search_index(&library, dir.as_deref(), !args.no_index)
        }),
        None => shown,
    };
    print(global, args, &rows, &shown, &state)?;
    report(&library, dir.as_deref());
    drop(rows);
    // As above, a hundred thousand articles are not freed string by string.
    std::mem::forget(library);
    Ok(ExitCode::SUCCESS)
}

/// Lists the library `looked` finds straight from its index, when the
/// library is as the index has it and lists articles; returns whether it
/// did.
fn list_warm(
    global: &GlobalArgs,
    args: &ListArgs,
    looked: &Looked,
    dir: Option<&Path>,
) -> anyhow::Result<bool> {
    let Some((rows, problems)) = looked.warm_rows().filter(|(rows, _)| !rows.is_empty()) else {
        return Ok(false);
    };
    let state = reading_state(global);
    let shown = listed(&rows, args, &state);
    print(global, args, &rows, &shown, &state)?;
    report_counts(false, problems.len(), dir);
    Ok(true)
}

/// The indices of the `rows` the filters of `args` keep, in its order.
fn listed(rows: &[ArticleRef], args: &ListArgs, state: &StateData) -> Vec<usize> {
    let tag = args.tag.as_deref().map(tag_key);
    order::sorted(rows, args.sort, |a| state.get(a.id).read)
        .into_iter()
        .filter(|&i| keep(&rows[i], args, tag.as_deref(), state))
        .collect()
}

/// Prints the `shown` rows of `rows`, in that order: a JSON array with
/// `--json`, else a line each.
fn print(
    global: &GlobalArgs,
    args: &ListArgs,
    rows: &[ArticleRef],
    shown: &[usize],
    state: &StateData,
) -> anyhow::Result<()> {
    if args.json {
        let json: Vec<Row> = shown
            .iter()
            .map(|&i| Row::new(&rows[i], state, global.archive))
            .collect();
        with_stdout(|out| {
            // serde_json leaves C1 controls (CSI U+009B) raw: escaped here.
            crate::inert::json_pretty_to(&mut *out, &json)?;
            writeln!(out)
        })?;
        return Ok(());
    }
    let config = crate::config::load(global).config;
    let lang = output::lang(&config);
    let columns = Columns::new(rows, shown, lang);
    let line = |k: usize, text: &mut String| {
        let i = shown[k];
        push_line(text, i + 1, &rows[i], columns.of(i));
    };
    print_lines(&config, lang, shown.len(), line)
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

/// Whether `a` passes the filters of `args`; `tag` is the tag asked
/// for, folded (see [`tag_key`]).
fn keep(a: &ArticleRef, args: &ListArgs, tag: Option<&str>, state: &StateData) -> bool {
    let marks = state.get(a.id);
    (!args.unread || !marks.read)
        && (!args.bookmarked || marks.bookmarked)
        && tag.is_none_or(|key| a.has_tag_key(key))
        && args
            .since
            .is_none_or(|since| order::when(a).is_some_and(|t| t >= since))
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
fn push_line(text: &mut String, index: usize, a: &ArticleRef, [date, minutes]: [&str; 2]) {
    use std::fmt::Write as _;
    // Writing into a String does not fail.
    let _ = write!(text, "{index:>4}  ");
    text.push_str(date);
    text.push_str("  ");
    text.push_str(minutes);
    text.push_str("  ");
    text.push_str(&contained(a.title));
    if let Some(by) = a.author.or(a.source) {
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
    #[serde(serialize_with = "tag_list")]
    tags: Tags<'a>,
    path: Option<String>,
    read: bool,
    bookmarked: bool,
    archived: bool,
}

impl<'a> Row<'a> {
    fn new(a: &ArticleRef<'a>, state: &StateData, archived: bool) -> Row<'a> {
        let marks = state.get(a.id);
        Row {
            id: a.id,
            title: a.title,
            author: a.author,
            source: a.source,
            url: a.url,
            published: a.published,
            reading_minutes: a.minutes,
            lang: a.lang,
            dir: crate::article::json::dir_name(a.dir),
            tags: a.tags,
            path: a.path.map(|p| p.to_string_lossy().into_owned()),
            read: marks.read,
            bookmarked: marks.bookmarked,
            archived,
        }
    }
}

fn tag_list<S: Serializer>(tags: &Tags, out: S) -> Result<S::Ok, S::Error> {
    out.collect_seq(tags.iter())
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
