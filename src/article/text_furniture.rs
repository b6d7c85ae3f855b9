//! Lines of a copied page that are the site's furniture wherever they
//! stand: share bars, credits, counters, code and markup the copy picked
//! up, "last updated" lines, a time counted back from now, and a link
//! alone.

use super::text_rules::{Matcher, Words};
use super::text_source;
use super::{date_times, dates, text_lines};

/// Share bars, captions, credits, ads, counters, a relative time and
/// lines without a letter or digit.
pub fn is_furniture(matcher: &Matcher, words: &Words<'_>, line: &str) -> bool {
    matcher.drop.is(words)
        || matcher.site_links.is(words)
        || matcher.drop_prefixes.strip(words).is_some()
        || matcher.is_share_bar(line)
        || matcher.is_caption(line)
        || is_counter(line)
        || counted(matcher, line)
        || text_lines::is_reading(line)
        // `منذ 50 دقيقة`: the page's clock, which no copy can date by.
        || date_times::is_relative_time(line)
        || is_slug(line)
        || is_leaked_markup(line)
        || text_lines::is_markdown_image(line)
        || !line.chars().any(char::is_alphanumeric)
}

/// A counter with what it counts (`1540 مشاهدة`, `12 تعليق`).
fn counted(matcher: &Matcher, line: &str) -> bool {
    line.split_once(' ')
        .is_some_and(|(number, what)| is_counter(number) && matcher.counted.is(&Words::new(what)))
}

/// The link of a line that is a link and nothing else, or a link after a
/// label (`المصدر: https://…`).
pub fn url_line(matcher: &Matcher, line: &str) -> Option<String> {
    let (url, rest) = text_source::split_url(line)?;
    let rest = rest.trim_matches(|c: char| !c.is_alphanumeric());
    let labelled = rest.is_empty() || matcher.url_labels.is(&Words::new(rest));
    labelled.then(|| url.to_owned())
}

/// A "last updated" line: dropped, its date is not the publication date.
pub fn is_update_line(line: &str) -> bool {
    let Some(rest) = ["آخر تحديث", "اخر تحديث"]
        .iter()
        .find_map(|p| line.strip_prefix(p))
    else {
        return false;
    };
    dates::find(rest).is_some_and(|d| {
        let mut left = rest.to_owned();
        left.replace_range(d.range, " ");
        left.split_whitespace().count() <= 2
    })
}

/// Whether a line is left-over script or style code: mostly Latin letters
/// and code punctuation, with a mark of code (`function(`, `});`, `var x =`).
pub fn is_code(line: &str) -> bool {
    const MARKS: &[&str] = &[
        "function(",
        "function (",
        "});",
        "})",
        "jquery(",
        "$(",
        "document.",
        "window.",
        "var ",
        "let ",
        "const ",
        "=>",
        "<script",
        "</script",
        "<style",
        "googletag",
        ".push(",
        "adsbygoogle",
        "return ",
        "if (",
        "!important",
    ];
    if !line.contains(['{', '}', '(', ';', '=']) {
        return false;
    }
    let text: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    if text.is_empty() {
        return false;
    }
    if matches!(text.as_str(), "{" | "}" | "};" | "});" | "})();" | "});});") {
        return true;
    }
    let total = text.chars().count();
    let ascii = text.chars().filter(char::is_ascii).count();
    let code_marks = text.chars().filter(|c| "{}();=<>[]$".contains(*c)).count();
    let lower = line.to_lowercase();
    let marked = MARKS.iter().any(|m| lower.contains(m));
    ascii * 10 >= total * 8 && code_marks >= 2 && (marked || code_marks * 8 >= total)
}

/// Page code that leaked into a copy: an HTML attribute name (`alt=`,
/// `data-src=`) or a site name followed by a run of slashes (`موقع24///`),
/// the remains of a link or image the copy lost.
pub fn is_leaked_markup(line: &str) -> bool {
    if line.contains(' ') {
        return false;
    }
    if let Some(name) = line.strip_suffix('=') {
        return !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':'));
    }
    let name = line.trim_end_matches('/');
    line.len() - name.len() >= 2 && !name.is_empty() && !name.contains('/')
}

/// A lone Latin slug (`news-picture`): a page's CSS class or link name
/// that the copy picked up.
pub fn is_slug(line: &str) -> bool {
    !line.contains(' ')
        && line.contains(['-', '_'])
        && line
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
        && line.chars().any(|c| c.is_ascii_lowercase())
}

/// A counter a page shows beside its buttons (likes, comments, views): a
/// line that is a number and nothing else. A date written with dots
/// (`06.04.2019`, `2019.04.06`) is made of the same characters and is no
/// counter.
pub fn is_counter(line: &str) -> bool {
    line.split_whitespace().count() <= 2
        && line.chars().any(char::is_numeric)
        && line.chars().all(|c| {
            c.is_numeric() || c.is_whitespace() || matches!(c, ',' | '.' | 'K' | 'k' | 'M')
        })
        && dates::find(line).is_none()
}
