//! The headline of a copied article: the first line that is neither
//! furniture nor header material, past a masthead, a menu, a section's
//! name or a caption; or, when the copy starts with its lead, the lead's
//! first words.

use std::iter::Peekable;

use super::byline;
use super::dates;
use super::error::ParseError;
use super::text_clock;
use super::text_furniture::{is_furniture, url_line};
use super::text_header::{self, Header};
use super::text_headline_features::is_paragraph;
use super::text_lead_chrome::says_again;
use super::text_lines;
use super::text_rules::{Matcher, Rules, Words};
use super::text_title_label::past_label;
use super::text_top_lines;

/// What is known of the lines above the headline before it is looked for.
pub struct Above<'a> {
    /// How many lines the site's masthead takes at the top.
    pub masthead: usize,
    /// Which lines are never the headline: a navigation menu's, and the
    /// others [`super::text_passed`] tells.
    pub passed: &'a [bool],
    /// Whether the whole copy is hard-wrapped.
    pub wrapped: bool,
    /// The index of the line the fitted score chose for the headline,
    /// when it is sure of it.
    pub chosen: Option<usize>,
}

/// The headline found, and what it leaves for the body.
pub struct Headline {
    pub title: String,
    /// The lead, when the copy starts with it: the body's first line.
    pub lead_first: Option<String>,
    /// Whether the date was read above the headline, where a site's clock
    /// may stand too.
    pub date_above: bool,
}

/// Reads lines up to and including the headline, putting what the header
/// lines above it say into `head`.
pub fn take_headline<I: Iterator<Item = String>>(
    rules: &Rules,
    matcher: &Matcher,
    lines: &mut Peekable<I>,
    above: Above<'_>,
    head: &mut Header,
) -> Result<Headline, ParseError> {
    if let Some(at) = above.chosen {
        let (title, date_above, lead) = chosen_line(rules, matcher, lines, &above, head, at)?;
        let mut found = settle(rules, matcher, title, (date_above, false));
        found.lead_first = found.lead_first.or(lead);
        return Ok(found);
    }
    let (title, date_above, seen) = candidate(rules, matcher, lines, &above, head)?;
    let under_chrome = above.passed.iter().take(seen.saturating_sub(1)).any(|&p| p);
    let title = past_label(rules, matcher, lines, (&above, head), (title, under_chrome));
    let title = past_caption(rules, lines, &above, head, title);
    let dated_under = lines.peek().is_some_and(|l| dates::dateline(l).is_some());
    Ok(settle(rules, matcher, title, (date_above, dated_under)))
}

/// The line at `at`, the headline the score chose; the lines above it go
/// to the header when it reads them, and are dropped as the site's chrome
/// when not, but for a paragraph that says what the headline says: the
/// lead, which some pages put above the headline. It is given back to
/// open the body.
fn chosen_line<I: Iterator<Item = String>>(
    rules: &Rules,
    matcher: &Matcher,
    lines: &mut Peekable<I>,
    above: &Above<'_>,
    head: &mut Header,
    at: usize,
) -> Result<(String, bool, Option<String>), ParseError> {
    let mut date_above = false;
    let mut lead = None;
    for seen in 1..=at {
        let line = lines
            .next()
            .ok_or_else(|| ParseError::new("empty file: no title"))?;
        if lead.is_none() && is_paragraph(&line) {
            lead = Some(line);
            continue;
        }
        look(rules, matcher, above, seen, line, head, &mut date_above);
    }
    let line = lines
        .next()
        .ok_or_else(|| ParseError::new("empty file: no title"))?;
    // A breadcrumb trail ends with the headline.
    let title = text_top_lines::breadcrumb_last(&line).map_or_else(|| line.clone(), str::to_owned);
    // The lead says again much of what its headline says; another story's
    // teaser above the headline does not, and is dropped with the chrome.
    let lead = lead.filter(|l| says_again(l, &title));
    Ok((title, date_above, lead))
}

/// The lead's line when `title` is a word or two right above it.
fn past_caption<I: Iterator<Item = String>>(
    rules: &Rules,
    lines: &mut Peekable<I>,
    above: &Above<'_>,
    head: &mut Header,
    mut title: String,
) -> String {
    // A word or two right above the lead, with no headline between: a
    // picture's alt text or a label (`الهلال السعودي`), or the outlet's
    // name with a colon (`المتوسط:`), not a headline.
    let label = title.strip_suffix(':').map(str::trim_end);
    let words = label.unwrap_or(&title);
    let caption = !above.wrapped
        && words.split_whitespace().nth(2).is_none()
        && (label.is_some() || !title.ends_with(rules.closing_punctuation))
        && !words.contains(char::is_numeric)
        && lines.peek().is_some_and(|next| reads_as_lead(rules, next));
    if caption && let Some(next) = lines.next() {
        if let Some(name) = byline::outlet(words) {
            head.source.get_or_insert(name);
        } else if label.is_some()
            && let Some(found) = byline::lone(words)
        {
            head.add(found);
        }
        title = next;
    }
    title
}

/// The headline without its kicker or wrapper, and the lead when the copy
/// starts with it or the headline runs into it; `dated_under` when a date
/// line follows it.
fn settle(
    rules: &Rules,
    matcher: &Matcher,
    mut title: String,
    (date_above, dated_under): (bool, bool),
) -> Headline {
    if let Some(rest) = text_header::without_kicker(matcher, &title) {
        title = rest;
    }
    if let Some(inner) = text_top_lines::unwrapped(rules, &title) {
        title = inner;
    }
    // A headline run into its lead, the space between them lost: a taa
    // marbuta ends a word, so a letter after it starts the lead
    // (`…من الضفةاعتقلت قوات…`).
    if let Some((headline, lead)) = text_lines::glued_headline(&title)
        && reads_as_lead(rules, lead)
    {
        return Headline {
            title: headline.to_owned(),
            lead_first: Some(lead.to_owned()),
            date_above,
        };
    }
    // A copy that starts with its lead has no headline: the lead's first
    // words stand for one, and the lead stays the first paragraph.
    // A headline ending with a full stop over its date (`… في المؤسسات
    // العامة.` / `الأحد 06/11/2022`) is no lead.
    let stopped_headline = dated_under
        && title.split_whitespace().count() <= rules.heading_max_words * 2
        && !title.contains('،');
    let lead_first = (is_the_lead(rules, &title) && !stopped_headline).then(|| {
        let lead = title.clone();
        // Without the dateline or outlet that opens it.
        let words = byline::leading(&lead).map_or(lead.as_str(), |(_, rest)| rest);
        title = text_lines::opening_words(words, rules.heading_max_words);
        lead
    });

    Headline {
        title,
        lead_first,
        date_above,
    }
}

/// The first line that may be the headline, whether a date was read
/// above it, and how many lines were read up to it.
fn candidate<I: Iterator<Item = String>>(
    rules: &Rules,
    matcher: &Matcher,
    lines: &mut Peekable<I>,
    above: &Above<'_>,
    head: &mut Header,
) -> Result<(String, bool, usize), ParseError> {
    let mut seen = 0;
    // Whether the date was read above the headline, where a site's clock
    // may stand too.
    let mut date_above = false;
    loop {
        let line = lines
            .next()
            .ok_or_else(|| ParseError::new("empty file: no title"))?;
        seen += 1;
        if let Some(title) = look(rules, matcher, above, seen, line, head, &mut date_above) {
            return Ok((title, date_above, seen));
        }
    }
}

/// The `seen`th line, above the headline: what the header takes of it, or
/// the line itself when it may be the headline.
fn look(
    rules: &Rules,
    matcher: &Matcher,
    above: &Above<'_>,
    seen: usize,
    line: String,
    head: &mut Header,
    date_above: &mut bool,
) -> Option<String> {
    if let Some(last) = text_top_lines::breadcrumb_last(&line) {
        head.section = Some(last.to_owned());
    }
    let clock_time = under_top_bar(matcher, &line, head, date_above);
    if text_top_lines::is_site_update(&line) {
        return None;
    }
    if let Some(day) = text_top_lines::issue_date(&line) {
        head.issued.get_or_insert(day);
        return None;
    }
    if line.is_empty() || is_furniture(matcher, &Words::new(&line), &line) {
        return None;
    }
    // The site's clock is the day the page was copied, never the
    // article's date, even when the copy has no date of its own. It
    // stands in the site's top bar, or tells the day alone: a date and
    // time told in its zone under the menu are the story's (`الإثنين ٢٦
    // فبراير ٢٠٢٤ - ١٠:٤٥ بتوقيت غرينتش`).
    let site_clock = text_top_lines::site_clock(&line)
        .is_some_and(|day| seen <= above.masthead || !day.contains('T'));
    if site_clock || clock_time {
        return None;
    }
    // A date or a link above the headline belongs to the header, and so
    // does a section's name run into the date (`سياسة 26-03-2023, 23:19`).
    let dated = dates::dateline(&line)
        .or_else(|| text_lines::named_date(matcher, &line).map(|(date, _)| date))
        .or_else(|| super::text_release::kind_and_date(&line))
        .or_else(|| {
            text_top_lines::publication_line(&line)
                .filter(|p| p.author.is_none() && p.paper.is_none())
                .map(|p| p.date)
        })
        .or_else(|| dated_labels(rules, matcher, &line));
    if let Some(date) = dated {
        // Above the masthead it is the site's clock: the article's own
        // date, when it has one, comes later.
        if seen > above.masthead {
            *date_above |= head.published.is_none();
            head.published.get_or_insert(date);
        }
        return None;
    }
    if seen <= above.masthead || above.passed[seen - 1] || dates::is_hijri_only(&line) {
        return None;
    }
    // A breaking-news badge alone with its colon (`عاجل:`); without
    // one, a short headline may be that word.
    if line.ends_with(':') && matcher.kickers.is(&Words::new(&line)) {
        return None;
    }
    if let Some(url) = url_line(matcher, &line) {
        head.url.get_or_insert(url);
        return None;
    }
    // A site's name with the separator its page title puts before the
    // headline (`صوت الإمارات -`).
    if super::text_headline_features::ends_with_separator(&line) {
        return None;
    }
    if text_header::takes_above(rules, matcher, &line, head, date_above) {
        return None;
    }
    // A breadcrumb trail ends with the headline (repeated below, and
    // dropped there), or with the section (`… > المركز الإعلامي > الأخبار`).
    if let Some(last) = text_top_lines::breadcrumb_last(&line) {
        return (!text_top_lines::is_section_trail(&line)).then(|| last.to_owned());
    }
    Some(line)
}

/// The date of a line the header reads whole and that names no one: the
/// date with the page's labels (`14 Mar 2024 Press release المياه
/// العذبة`).
fn dated_labels(rules: &Rules, matcher: &Matcher, line: &str) -> Option<String> {
    let mut probe = Header::default();
    (probe.take(rules, matcher, line) && probe.author.is_none() && probe.source.is_none())
        .then_some(probe.published)
        .flatten()
}

/// The site's own links (`اتصل بنا`), its widgets' readings
/// (`15.85°القدس`) and a time told with its zone are its top bar: a date
/// read above them is its clock, not the article's, and is dropped.
/// Returns whether `line` tells a time with its zone.
fn under_top_bar(matcher: &Matcher, line: &str, head: &mut Header, date_above: &mut bool) -> bool {
    let clock_time = text_clock::zoned_time(line).is_some();
    let top_bar =
        matcher.site_links.is(&Words::new(line)) || text_lines::is_reading(line) || clock_time;
    if *date_above && top_bar {
        head.published = None;
        *date_above = false;
    }
    clock_time
}

/// Whether the first line of a copy is its lead rather than a headline:
/// longer than a list's line and ending a sentence, or longer than any
/// headline.
fn reads_as_lead(rules: &Rules, line: &str) -> bool {
    let words = line.split_whitespace().count();
    (words > rules.list_item_max_words && line.ends_with(['.', '!', '؟', '?'])) || words > 30
}

/// Whether the line taken for the headline is the lead of a copy without
/// one: as [`reads_as_lead`], or longer than a headline and ending with a
/// full stop or a colon, which headlines go without (a question or an
/// exclamation may be one). A line under a word or two is read by [`reads_as_lead`]
/// alone: a short headline may stand over a short lead.
pub(super) fn is_the_lead(rules: &Rules, line: &str) -> bool {
    // A colon after more words than a headline's introduces what follows
    // (`… القرار رقم (76) جاء فيه:`), where a kicker's closes a label.
    let full_stop = (line.ends_with('.') && !line.ends_with("..")) || line.ends_with(':');
    reads_as_lead(rules, line)
        || (line.split_whitespace().count() > rules.heading_max_words && full_stop)
}
