//! Articles saved from news sites as plain text.
//!
//! A saved page is the title, a header (byline, date, reading time), the
//! body, and the site's furniture (share buttons, the comment form). The
//! rules that tell these apart are data, in [`Rules`]: to support another
//! site, add its phrases to [`ARABIC_NEWS`] or build a `Rules` of its own.
//! Phrases are compared after [`search::fold`], so `اترك تعليقاً` and
//! `اترك تعليقا`, `الإلكتروني` and `الالكتروني` are the same phrase.

use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use super::error::ParseError;
use super::text_header::Header;
use super::text_headline;
use super::text_lines;
use super::text_rules::Matcher;
pub use super::text_rules::{ARABIC_NEWS, Rules};
use super::text_shape;
use super::text_walk::Walk;
use super::{Article, Block, dates, encoding, meta, sanitize};
use crate::share::logical;

/// Imports a saved text article with the [`ARABIC_NEWS`] rules.
pub fn import(text: &str, id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    import_matching(&ARABIC_NEWS, &MATCHER, text, id, path)
}

/// The [`ARABIC_NEWS`] tables, folded once: a batch import reads many
/// files with the same tables.
static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(&ARABIC_NEWS));

/// The top lines of a copy that may be its headline, with their features,
/// for fitting the headline's weights (`examples/headline_features.rs`),
/// and the line the import takes for the headline.
#[doc(hidden)]
pub struct HeadlineTable {
    /// The copy's lines, as the import reads them.
    pub lines: Vec<String>,
    pub candidates: Vec<text_headline::Candidate>,
    /// The index of the line the headline's rules take, without the
    /// fitted score, for the headline (or the lead standing
    /// for it).
    pub taken: Option<usize>,
}

/// The [`HeadlineTable`] of a copy, read with the [`ARABIC_NEWS`] rules.
#[doc(hidden)]
pub fn headline_table(text: &str) -> Result<HeadlineTable, ParseError> {
    let (rules, matcher) = (&ARABIC_NEWS, &*MATCHER);
    let all = copy_lines(text);
    let top = super::text_header_pass::Top::read(rules, matcher, &all);
    let candidates = text_headline::candidates(rules, matcher, &all, top.masthead);
    let (_, read) = top.take(rules, matcher, &all, &mut Header::default())?;
    let taken = all[..read].iter().rposition(|l| !l.is_empty());
    Ok(HeadlineTable {
        lines: all,
        candidates,
        taken,
    })
}

/// The copy's lines, cleaned as the import reads them.
fn copy_lines(text: &str) -> Vec<String> {
    lines_of(&copy_text(text))
}

/// The copy's text without its BOM and control characters. The cells of
/// a table's row, which a copy sets apart by tabs, are set apart by bars
/// instead: a tab becomes a space, and the row would be one run of words.
fn copy_text(text: &str) -> std::borrow::Cow<'_, str> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if !text.contains('\t') && !text.contains(CELL_GAP) {
        return sanitize::multiline(text);
    }
    let barred: String = text
        .split_inclusive('\n')
        .map(|line| {
            let row = line.trim();
            let tabbed = row.matches('\t').count() >= 2;
            if !tabbed && !row.contains(CELL_GAP) {
                return line.to_owned();
            }
            let cells: Vec<&str> = if tabbed {
                row.split('\t').collect()
            } else {
                row.split(CELL_GAP).collect()
            };
            let cells: Vec<&str> = cells
                .into_iter()
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let end = if line.ends_with('\n') { "\n" } else { "" };
            format!("{}{end}", cells.join(" | "))
        })
        .collect();
    std::borrow::Cow::Owned(sanitize::multiline(&barred).into_owned())
}

/// A gap of spaces inside a line: the space between a table's cells or a
/// ticker's items as the copy kept it, never a space between words.
const CELL_GAP: &str = "   ";

/// The lines of a copy's text as [`copy_text`] gives it, each cleaned.
fn lines_of(text: &str) -> Vec<String> {
    text.lines().map(clean_line).collect()
}

/// Imports raw file bytes: UTF-8 (with or without a BOM), UTF-16 with a
/// BOM, or the legacy encoding the bytes are detected to be in (Windows-1256
/// and ISO-8859-6 for Arabic).
pub fn import_bytes(bytes: &[u8], id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    import_bytes_noting(bytes, id, path).map(|(article, _)| article)
}

/// [`import_bytes`], with the name of the encoding when it was guessed
/// from the bytes (`windows-1256`), for telling the user. Bytes that are
/// not UTF-8 and not text in the guessed encoding either (bytes it has no
/// letter for, or control bytes as binary files have) are refused with
/// where the first bad UTF-8 byte is.
pub fn import_bytes_noting(
    bytes: &[u8],
    id: String,
    path: Option<&Path>,
) -> Result<(Article, Option<&'static str>), ParseError> {
    let decoded = encoding::decode(bytes, None);
    let binary = || {
        bytes
            .iter()
            .any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
    };
    if decoded.is_assumed()
        && (decoded.had_errors || binary())
        && let Err(e) = std::str::from_utf8(bytes)
    {
        return Err(ParseError::from_utf8(bytes, &e));
    }
    let assumed = decoded.is_assumed().then(|| decoded.name());
    Ok((import(&decoded.text, id, path)?, assumed))
}

/// Imports a saved text article with the given rules.
pub fn import_with(
    rules: &Rules,
    text: &str,
    id: String,
    path: Option<&Path>,
) -> Result<Article, ParseError> {
    import_matching(rules, &Matcher::new(rules), text, id, path)
}

fn import_matching(
    rules: &Rules,
    matcher: &Matcher,
    text: &str,
    id: String,
    path: Option<&Path>,
) -> Result<Article, ParseError> {
    // Sanitized once: the text is read whole again at the end.
    let text = copy_text(text);
    let mut all = lines_of(&text);
    let card_author = super::text_card::take_cards(&mut all);
    super::text_contents::drop_contents(&mut all);
    super::text_glued::drop_glued_menu_items(&mut all);
    super::text_match_card::drop_match_card(&mut all);
    super::text_event_card::drop_event_card(&mut all);
    super::text_top_lists::drop_trail_labels(matcher, &mut all);
    // Pictures' captions come twice (alt text, caption) or more, headings
    // once: a short line said again is a caption wherever it stands.
    let repeated = text_lines::repeated_labels(&all);
    let mut head = Header::default();
    head.masthead = masthead_of(&all, &repeated);
    let logo = super::text_masthead::logo_name(&all);
    let (found, lines, top_date) =
        super::text_header_pass::header_pass(rules, matcher, all, &mut head)?;
    let title = found.title;
    // A headline the lead says again is no site's name.
    if head.masthead.as_deref() == Some(title.as_str()) {
        head.masthead = None;
    }
    // Told from the lines under the headline: the menus over it are
    // short lines that run on and were never wrapped.
    let lines = super::byline_slashed::split_dated_bylines(lines.collect());
    let mut walk = Walk::new(rules, matcher, &title, &repeated, found.date_above, head);
    walk.wrap_width = text_shape::wrap_width(&lines);
    walk.spaced = text_shape::is_spaced(&lines);
    walk.read(found.lead_first.into_iter().chain(lines));
    // A date in the chrome above the headline is the site's clock or the
    // article's own day: it dates the copy only when nothing else does.
    if walk.head.published.is_none() {
        walk.head.published = top_date;
    }
    if walk.head.author.is_none() {
        walk.head.author = card_author;
    }
    walk.head.logo = logo;
    let (head, body) = super::text_finish::finish(
        rules,
        matcher,
        &text,
        walk.head,
        &walk.body,
        (&walk.under_header, &title),
    );
    let dir = meta::direction_of_text(
        std::iter::once(title.as_str()).chain(body.iter().map(Block::text)),
    );
    let reading_minutes = head.minutes.unwrap_or_else(|| {
        meta::reading_minutes(meta::word_count(body.iter().map(Block::text)), dir)
    });
    Ok(Article {
        id,
        title,
        author: head.author.as_deref().map(super::byline::unstretched),
        source: head.source.as_deref().map(super::byline::unstretched),
        url: head.url,
        published: head.published,
        lang: None,
        dir,
        tags: Vec::new(),
        reading_minutes,
        body,
        links: Vec::new(),
        path: path.map(Path::to_path_buf),
    })
}

/// The site's name at the copy's top: its first line when a caption-like
/// repeat or the story cites it again, or the Arabic half of a logo's pair.
fn masthead_of(all: &[String], repeated: &HashSet<String>) -> Option<String> {
    // A state's name over a ministry's (`الجمهورية الجزائرية …` / `وزارة
    // السكن …`) heads the state's sites: the ministry is the masthead.
    let first = all
        .iter()
        .filter(|l| !l.is_empty())
        // A skip link and a language link may come first.
        .skip_while(|l| super::text_masthead::is_page_link(l))
        // And the state's motto under its name (`شرف - إخاء - عدل`).
        .find(|l| !super::text_site_notice::is_state(l) && !super::text_site_notice::is_motto(l));
    // A logo's two names on one line (`المدار الجديد | Almadar Aljadid`)
    // are the site's: the Arabic one is the masthead.
    let pair = first.and_then(|l| super::text_masthead::arabic_of_pair(l));
    first
        .filter(|l| {
            (repeated.contains(*l) || cited_again(all, l))
                && l.split_whitespace().nth(MASTHEAD_WORDS).is_none()
        })
        // A site named with a digit (`2M.ma`) is a name; a date is not.
        .filter(|l| {
            let digits = l.chars().filter(|c| c.is_numeric()).count();
            digits * 2 < l.chars().count() && dates::find(l).is_none()
        })
        .map(String::as_str)
        .or(pair)
        .map(str::to_owned)
}

/// Whether the copy's first line, a name of three words or more, is said
/// again inside another line (`المديرية العامة للأمن الوطني` over the
/// menu, and in the lead `التي أطلقتها المديرية العامة للأمن الوطني`): a
/// body's news names the body.
fn cited_again(all: &[String], first: &str) -> bool {
    // (Compared folded: a Persian keyboard's `ی` is the same letter.)
    let first = crate::search::fold(first);
    first.split_whitespace().count() >= 3
        && all
            .iter()
            .any(|l| l.len() > first.len() && crate::search::fold(l).contains(&first))
}

/// The most words of a site's name its copy opens with and says again
/// (`الهيئة العليا المستقلة للانتخابات` over the menu and under the
/// statement).
const MASTHEAD_WORDS: usize = 6;

/// One line as the importer reads it: controls gone, spaces collapsed,
/// presentation forms turned back into letters, stray BOMs dropped.
fn clean_line(line: &str) -> String {
    let line = sanitize::inline(line);
    let line = text_lines::without_end_mark(&line);
    let line = text_lines::without_link_prompt(&line);
    // A table's lone cell copied with its edge (`رجائي عبد الله الشطلي |`);
    // a table's row keeps its bars.
    let line = match line.strip_suffix(" |") {
        Some(cell) if cell.chars().any(char::is_alphanumeric) && !cell.contains('|') => {
            cell.trim_end()
        }
        _ => line,
    };
    // A writer's name with the mark of the note under the story about
    // him (`د. ريم القحطاني *` over `* أكاديمية وباحثة …`).
    let line = match line.strip_suffix('*').map(str::trim_end) {
        Some(name)
            if super::byline::is_signed_name(name)
                || super::byline::titled_name(name).is_some() =>
        {
            name
        }
        _ => line,
    };
    let line = logical::unshape(line);
    let line = with_ascii_marks(line);
    if line.contains('\u{FEFF}') {
        sanitize::inline(&line.replace('\u{FEFF}', ""))
    } else {
        line.into_owned()
    }
}

/// `line` with the full-width marks a Chinese site's Arabic pages set
/// (`حجم الخط：كبير متوسط صغير`, `العنوان：…`) as the marks they stand for,
/// which the labels and bars are read by.
fn with_ascii_marks(line: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    const FULL_WIDTH: [(char, char); 6] = [
        ('：', ':'),
        ('，', ','),
        ('；', ';'),
        ('（', '('),
        ('）', ')'),
        ('｜', '|'),
    ];
    if !line.contains(|c| FULL_WIDTH.iter().any(|(w, _)| *w == c)) {
        return line;
    }
    let ascii = line
        .chars()
        .map(|c| {
            FULL_WIDTH
                .iter()
                .find(|(w, _)| *w == c)
                .map_or(c, |(_, a)| *a)
        })
        .collect();
    std::borrow::Cow::Owned(ascii)
}
