//! Articles saved from news sites as plain text.
//!
//! A saved page is the title, a header (byline, date, reading time), the
//! body, and the site's furniture (share buttons, the comment form). The
//! rules that tell these apart are data, in [`Rules`]: to support another
//! site, add its phrases to [`ARABIC_NEWS`] or build a `Rules` of its own.
//! Phrases are compared after [`search::fold`], so `اترك تعليقاً` and
//! `اترك تعليقا`, `الإلكتروني` and `الالكتروني` are the same phrase.

use std::path::Path;
use std::sync::LazyLock;

use super::byline;
use super::error::ParseError;
use super::text_blocks;
use super::text_header::{self, Header};
use super::text_lines;
use super::text_rules::{self, Matcher, Words};
pub use super::text_rules::{ARABIC_NEWS, Rules};
use super::text_shape::{self, Line};
use super::text_title;
use super::{Article, Block, dates, encoding, meta, sanitize};
use crate::share::logical;

/// Imports a saved text article with the [`ARABIC_NEWS`] rules.
pub fn import(text: &str, id: String, path: Option<&Path>) -> Result<Article, ParseError> {
    // Folded once: a batch import reads many files with the same tables.
    static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(&ARABIC_NEWS));
    import_matching(&ARABIC_NEWS, &MATCHER, text, id, path)
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
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let text = sanitize::multiline(text);
    let mut head = Header::default();
    let all: Vec<String> = text.lines().map(clean_line).collect();
    // Pictures' captions come twice (alt text, caption) or more, headings
    // once: a short line said again is a caption wherever it stands.
    let repeated = text_lines::repeated_labels(&all);
    let masthead = text_header::masthead_end(matcher, &all);
    let wrapped = text_shape::is_hard_wrapped(&all, rules.closing_punctuation);
    let menu = text_blocks::menu_lines(&all);
    let mut lines = all.into_iter().peekable();
    let found = text_title::take_headline(
        rules,
        matcher,
        &mut lines,
        text_title::Above {
            masthead,
            menu: &menu,
            wrapped,
        },
        &mut head,
    )?;
    let (title, date_above) = (found.title, found.date_above);

    let mut body: Vec<Line> = Vec::new();
    // Lines of a list dropped so far, while in one.
    let mut in_list: Option<usize> = None;
    let mut in_body = false;
    // Whether a line that reads as a paragraph has come.
    let mut lead_seen = false;
    // After a credit's label alone (`تصوير :`), the next line is the name.
    let mut credit_next = false;
    // Whether a paragraph that ends a sentence has come.
    let mut sentence_seen = false;
    let copies = text_lines::SameWords::new(&title);
    // Whether the last line with words was a copy of the headline.
    let mut after_copy = false;
    // How many lines the body has kept so far.
    let mut kept = 0;
    for line in found.lead_first.into_iter().chain(lines) {
        // Pages repeat their headline (in the page, the share card…), at
        // times with other quotation marks.
        if line.is_empty() || line == title || copies.matches(&line) || copies.with_caption(&line) {
            after_copy |= !line.is_empty();
            body.push(None);
            continue;
        }
        let under_copy = std::mem::take(&mut after_copy);
        let words = Words::new(&line);
        if matcher.end.strip(&words).is_some() || matcher.end_lines.is(&words) {
            break;
        }
        if matcher.lists.strip(&words).is_some() {
            in_list = Some(0);
            body.push(None);
            continue;
        }
        if let Some(url) = url_line(matcher, &line) {
            head.url.get_or_insert(url);
            body.push(None);
            continue;
        }
        if let Some(n) = in_list
            && is_list_item(rules, &line, n == 0)
        {
            in_list = Some(n + 1);
            continue;
        }
        in_list = None;
        if std::mem::take(&mut credit_next) && line.split_whitespace().count() <= 4 {
            body.push(None);
            continue;
        }
        if let Some(rest) = matcher.drop_prefixes.strip(&words) {
            credit_next = !rest.chars().any(char::is_alphanumeric);
        }
        // The source named on a line of its own, often at the end.
        if let Some(name) = matcher.sources.strip(&words)
            && let Some(name) = byline::outlet(name.trim_start_matches([':', ' ']))
        {
            head.source.get_or_insert(name);
            body.push(None);
            continue;
        }
        if is_furniture(matcher, &words, &line)
            || text_rules::is_code(&line)
            || repeated.contains(line.as_str())
        {
            body.push(None);
            continue;
        }
        // Tags and meta bullets between the headline and the first
        // paragraph are page furniture; a list after it is the article's.
        if !in_body && text_blocks::is_list_item(&line) {
            let (date, found) = text_blocks::meta_bullet(&line);
            head.published = head.published.take().or(date);
            found.into_iter().for_each(|b| head.add(b));
            body.push(None);
            continue;
        }
        if !in_body && let Some((date, author)) = text_blocks::publication_line(&line) {
            head.published.get_or_insert(date);
            if let Some(a) = author {
                head.author.get_or_insert(a);
            }
            body.push(None);
            continue;
        }
        if text_blocks::is_update_line(&line) {
            body.push(None);
            continue;
        }
        // A section's name between the headline and the lead (captions
        // and subtitles may come first), also with its country
        // (`أخبار لبنان`).
        let section = matcher.sections.is(&words)
            || matcher
                .sections
                .strip(&words)
                .is_some_and(|rest| byline::lone(rest).is_some_and(|b| b.place.is_some()));
        if !lead_seen && section {
            body.push(None);
            continue;
        }
        // The section's or the outlet's name run into the date.
        if let Some((date, source)) = text_lines::named_date(matcher, &line) {
            head.published.get_or_insert(date);
            if let Some(name) = source {
                head.source.get_or_insert(name);
            }
            body.push(None);
            continue;
        }
        // A byline stays header until a sentence has come, even after a
        // subtitle long enough to pass for the lead.
        // So does the outlet's staff under the one-sentence summary
        // (`العالم - مراسلون`).
        let byline_line = (!sentence_seen && matcher.bylines.strip(&words).is_some())
            || (kept == 1 && byline::staff(&line).is_some());
        // A short line right under a copy of the headline, before the
        // lead: the picture's caption, as pages show the headline over it,
        // even when it names someone and a credit (`نواف سلام (النهار)`).
        if under_copy
            && !lead_seen
            && !byline_line
            && line.split_whitespace().count() <= rules.heading_max_words
            && !line.ends_with(rules.closing_punctuation)
            && dates::find(&line).is_none()
        {
            body.push(None);
            continue;
        }
        if (!lead_seen || byline_line) && head.take(rules, matcher, &line) {
            continue;
        }
        if !lead_seen && let Some(header) = header_line(&line) {
            match header {
                HeaderLine::Source(name) => {
                    head.source.get_or_insert(name);
                }
                // The article's time of day alone: a date read above the
                // headline was the site's clock.
                HeaderLine::Time if date_above => head.published = None,
                // The time told with its zone under the day: the article's.
                HeaderLine::ZonedTime(time) => {
                    let day = head.published.as_deref().filter(|d| !d.contains('T'));
                    if let Some(found) = day.and_then(|d| dates::find(&format!("{d} {time}"))) {
                        head.published = Some(found.iso);
                    }
                }
                HeaderLine::Time | HeaderLine::Drop => {}
            }
            body.push(None);
            continue;
        }
        // A line that is only a date is never a paragraph: the page's
        // date, wherever the copy put it.
        if let Some(date) = dates::dateline(&line) {
            head.published.get_or_insert(date);
            body.push(None);
            continue;
        }
        if text_lines::is_yearless_date(&line) {
            body.push(None);
            continue;
        }
        in_body = true;
        sentence_seen |= line.ends_with(['.', '!', '?', '؟']);
        lead_seen |= line.ends_with(rules.closing_punctuation)
            || line.split_whitespace().count() > rules.heading_max_words;
        kept += 1;
        body.push(Some(line));
    }

    // A numeric date that reads both ways, settled by the text.
    if let Some(date) = head.published.as_deref()
        && let Some(fixed) = super::date_evidence::month_first(date, &text)
    {
        head.published = Some(fixed);
    }
    // An empty date field shows as the start of Unix time.
    if head.published.as_deref().is_some_and(dates::is_placeholder) {
        head.published = None;
    }
    let mut units = text_shape::units(&body, rules.closing_punctuation);
    // The dateline opens the lead, which may come after a deck (a line
    // under the headline that ends no sentence).
    let deck = units
        .first()
        .is_some_and(|u| !u.ends_with(['.', '!', '?', '؟']) && byline::leading(u).is_none());
    if let Some(lead) = units.get_mut(usize::from(deck))
        && let Some((found, rest)) = byline::leading(lead)
    {
        *lead = rest.to_owned();
        head.add(found);
    }
    if let Some(tag) = text_blocks::drop_trailing_headlines(rules, &mut units)
        && let Some(name) = byline::outlet(&tag)
    {
        head.source.get_or_insert(name);
    }
    if let Some(author) = text_blocks::take_header_lines(rules, &mut units) {
        head.author.get_or_insert(author);
    }
    head.url = super::text_source::source_url(matcher, &text, head.url.take());
    super::text_source::drop_source_lines(matcher, &mut units);
    let body = text_blocks::classify(rules, units);
    let dir = meta::direction_of_text(
        std::iter::once(title.as_str()).chain(body.iter().map(Block::text)),
    );
    let reading_minutes = head.minutes.unwrap_or_else(|| {
        meta::reading_minutes(meta::word_count(body.iter().map(Block::text)), dir)
    });
    Ok(Article {
        id,
        title,
        author: head.author,
        source: head.source,
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

/// One line as the importer reads it: controls gone, spaces collapsed,
/// presentation forms turned back into letters, stray BOMs dropped.
fn clean_line(line: &str) -> String {
    let line = sanitize::inline(line);
    let line = text_lines::without_end_mark(&line);
    let line = logical::unshape(&line);
    if line.contains('\u{FEFF}') {
        sanitize::inline(&line.replace('\u{FEFF}', ""))
    } else {
        line.into_owned()
    }
}

/// Share bars, captions, credits, ads and lines without a letter or digit.
pub(super) fn is_furniture(matcher: &Matcher, words: &Words<'_>, line: &str) -> bool {
    matcher.drop.is(words)
        || matcher.site_links.is(words)
        || matcher.drop_prefixes.strip(words).is_some()
        || matcher.is_share_bar(line)
        || matcher.is_caption(line)
        || text_blocks::is_counter(line)
        || counted(matcher, line)
        || text_lines::is_reading(line)
        || text_blocks::is_slug(line)
        || text_blocks::is_leaked_markup(line)
        || text_lines::is_markdown_image(line)
        || !line.chars().any(char::is_alphanumeric)
}

/// A counter with what it counts (`1540 مشاهدة`, `12 تعليق`).
fn counted(matcher: &Matcher, line: &str) -> bool {
    line.split_once(' ').is_some_and(|(number, what)| {
        text_blocks::is_counter(number) && matcher.counted.is(&Words::new(what))
    })
}

/// A line of a "read also" list, tags or a poll: a short line that does
/// not end a sentence (the first may be a question: a poll's, or a
/// headline's), or a date.
fn is_list_item(rules: &Rules, line: &str, first: bool) -> bool {
    let short = line.split_whitespace().count() <= rules.list_item_max_words;
    let ends = if first {
        line.ends_with('.')
    } else {
        line.ends_with(['.', '؟', '?', '!', ':'])
    };
    (short && !ends) || dates::dateline(line).is_some()
}

/// The link of a line that is a link and nothing else, or a link after a
/// label (`المصدر: https://…`).
pub(super) fn url_line(matcher: &Matcher, line: &str) -> Option<String> {
    let (url, rest) = super::text_source::split_url(line)?;
    let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
    let labelled = rest.is_empty() || matcher.url_labels.is(&Words::new(rest));
    labelled.then(|| url.to_owned())
}

/// What a short header line between the headline and the lead is, when
/// it is neither a byline nor a date.
enum HeaderLine {
    /// The site's name.
    Source(String),
    /// A time of day alone.
    Time,
    /// A time of day with its zone (`٠٦:٥٠ بتوقيت غرينتش`), as the date
    /// parser reads it (`06:50 GMT`).
    ZonedTime(String),
    /// A label or prompt to drop.
    Drop,
}

/// A header line known by its shape: a time alone, an app's prompt, or a
/// single word (the site's name or a label; a one-word heading never comes
/// before the lead).
fn header_line(line: &str) -> Option<HeaderLine> {
    if text_lines::is_clock_time(line) {
        return Some(HeaderLine::Time);
    }
    if let Some(time) = text_lines::zoned_time(line) {
        return Some(HeaderLine::ZonedTime(time));
    }
    if text_lines::is_app_prompt(line) || text_lines::is_credited_caption(line) {
        return Some(HeaderLine::Drop);
    }
    // A word longer than a name is text, whatever it is.
    let one_word = line.split_whitespace().count() == 1 && line.chars().count() <= 24;
    if !one_word || line.ends_with(['.', '؟', '?', '!', ':']) {
        return None;
    }
    Some(byline::outlet(line).map_or(HeaderLine::Drop, HeaderLine::Source))
}
