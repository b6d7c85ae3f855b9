//! The header pass of a copy's import: what is known of the copy's top
//! before its headline is read (the masthead, the chrome found by its
//! shape, the menus, whether the text is hard-wrapped), the headline read
//! with it, and the lines left for the walk.

use super::byline;
use super::error::ParseError;
use super::text_chrome;
use super::text_header::Header;
use super::text_headline;
use super::text_rules::{Matcher, Rules};
use super::text_shape;
use super::text_title::{self, Headline};
use super::text_top_lists;
use super::{dates, text_lead_chrome, text_masthead};

/// The header pass: reads the lines up to and including the headline,
/// knowing the masthead, the menus and the text's layout from the whole
/// copy. Also gives the first date standing alone in the chrome found by
/// its shape below any masthead, which the header pass skips.
pub(super) fn header_pass(
    rules: &Rules,
    matcher: &Matcher,
    all: Vec<String>,
    head: &mut Header,
) -> Result<
    (
        Headline,
        impl Iterator<Item = String> + use<>,
        Option<String>,
    ),
    ParseError,
> {
    let all = joined_headline(rules, all);
    let mut top = Top::read(rules, matcher, &all);
    // The rules read the top first; their reading stands unless the
    // score takes another line, when the top is read again for it.
    let (mut found, mut read) = top.take(rules, matcher, &all, head)?;
    if !top.wrapped {
        let picked = all[..read].iter().rposition(|l| !l.is_empty());
        top.chosen = text_lead_chrome::said_twice(rules, matcher, &all, top.phrases)
            .filter(|&at| Some(at) != picked && !top.passed[at])
            .or_else(|| {
                text_headline::over_rules(rules, matcher, &all, (top.masthead, &top.passed), picked)
            })
            .or_else(|| picked.and_then(|at| text_headline::under_ticker(rules, matcher, &all, at)))
            .or_else(|| {
                picked.and_then(|at| text_headline::under_own_section(rules, matcher, &all, at))
            });
    }
    if top.chosen.is_some() {
        *head = Header::default();
        (found, read) = top.take(rules, matcher, &all, head)?;
    }
    // A title bar that says the headline, then the writer's name, over
    // the headline said alone (`… ولدت مرتين إبراهيم الخالدي` / `… ولدت
    // مرتين`): the headline, and the writer is the author.
    if head.author.is_none()
        && let Some((headline, name)) = headline_and_writer(&found.title, &all)
    {
        head.author = Some(name);
        found.title = headline;
    }
    // A headline hard-wrapped with its copy (`… تفعيل المعونة` /
    // `القضائية`): its last words on the next line, the block's last.
    if top.wrapped
        && let Some(tail) = wrapped_tail(&all, read, &found.title)
    {
        found.title = format!("{} {tail}", found.title);
        read += 1;
    }
    Ok((found, all.into_iter().skip(read), top.date))
}

/// The last words of a headline wrapped at the copy's width: a short line
/// right under it that ends its block, and no date, byline or sentence.
fn wrapped_tail<'a>(all: &'a [String], at: usize, title: &str) -> Option<&'a str> {
    let tail = all.get(at)?;
    let width = text_shape::wrap_width(all)?;
    // Right under the headline: blank lines after it are read with it.
    let under = at
        .checked_sub(1)
        .is_some_and(|above| !all[above].is_empty());
    // A headline cut after a word that leads on (`… والإصحاح في` /
    // `محافظة حجة`) goes on under it whatever its last words read as,
    // over the header's date too.
    let dangling = title
        .split_whitespace()
        .last()
        .is_some_and(|w| LEADING_ON.contains(&w));
    let next = all.get(at + 1);
    let ends_block = under
        && (next.is_none_or(String::is_empty)
            || (dangling && next.is_some_and(|n| dates::find(n).is_some())));
    let open = text_shape::is_open_near(title, width);
    let words = if dangling {
        tail.split_whitespace().nth(WRAPPED_TAIL_WORDS).is_none()
            && !tail.ends_with(['.', ':', '،'])
            && dates::find(tail).is_none()
    } else {
        is_tail_words(tail)
    };
    (ends_block && open && !tail.is_empty() && words).then_some(tail.as_str())
}

/// Words a headline never ends with: they lead on to the next.
const LEADING_ON: [&str; 12] = [
    "في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حول", "خلال", "ضد", "و",
];

/// A copy hard-wrapped with no blank lines, its headline too (`… مياه
/// شحيحة` / `ومازوت بأسعار مضاعفة`): the headline's line, cut near the
/// width above the lead, and its last words under it are made one line,
/// so the top is read as any copy's. With a blank line under the
/// headline, [`wrapped_tail`] reads its last words.
fn joined_headline(rules: &Rules, mut all: Vec<String>) -> Vec<String> {
    if !text_shape::is_hard_wrapped(&all, rules)
        && !super::text_wrapped_lead::has_many_cut_lines(&all)
    {
        return all;
    }
    let Some(width) = text_shape::wrap_width(&all) else {
        return all;
    };
    let Some(lead) = super::text_wrapped_lead::run_on_lead(&all, width) else {
        return all;
    };
    let cut = (0..lead.saturating_sub(1)).find(|&at| {
        let (line, tail) = (&all[at], &all[at + 1]);
        line.split_whitespace().count() >= CUT_HEADLINE_WORDS
            && line.chars().count() * 100 >= width * CUT_NEAR_PERCENT
            && text_shape::is_open_near(line, width)
            && is_tail(tail)
    });
    if let Some(at) = cut {
        let tail = all.remove(at + 1);
        all[at] = format!("{} {tail}", all[at]);
    }
    all
}

/// Whether `line` may be a wrapped headline's last words: a few words
/// ending no sentence, and no date, byline or person's name.
fn is_tail(line: &str) -> bool {
    !line.is_empty()
        && line.contains(char::is_alphabetic)
        && is_tail_words(line)
        && !byline::is_signed_name(line)
}

/// A few words ending no sentence, and no date or byline.
fn is_tail_words(line: &str) -> bool {
    line.split_whitespace().nth(WRAPPED_TAIL_WORDS).is_none()
        && !line.ends_with(['.', ':', '،'])
        && dates::find(line).is_none()
        && byline::parse(line).is_none()
}

/// The fewest words of a headline's line cut by wrapping.
const CUT_HEADLINE_WORDS: usize = 5;

/// How near the width (in hundredths) a headline's line cut by wrapping
/// comes.
const CUT_NEAR_PERCENT: usize = 85;

/// The most words of a wrapped headline's last line.
const WRAPPED_TAIL_WORDS: usize = 4;

/// The headline and the writer's name of a title that is another line of
/// the copy's top with a person's name after it.
fn headline_and_writer(title: &str, all: &[String]) -> Option<(String, String)> {
    all.iter().take(TITLE_BAR_LINES).find_map(|line| {
        let name = title.strip_prefix(line.as_str())?.trim();
        let words = line.split_whitespace().count();
        (words > 2 && line.len() < title.len() && byline::is_signed_name(name))
            .then(|| (line.clone(), name.to_owned()))
    })
}

/// How far down a copy the headline said alone is looked for.
const TITLE_BAR_LINES: usize = 12;

/// What is known of the top of a copy before its headline is read.
pub(super) struct Top {
    pub(super) masthead: usize,
    /// Where the masthead the phrases know ends (`masthead` may be lower,
    /// below chrome found by its shape).
    phrases: usize,
    /// The first date standing alone in the chrome below any masthead.
    date: Option<String>,
    wrapped: bool,
    passed: Vec<bool>,
    chosen: Option<usize>,
}

impl Top {
    pub(super) fn read(rules: &Rules, matcher: &Matcher, all: &[String]) -> Top {
        let (masthead, phrases, date) = top_end(rules, matcher, all);
        Top {
            masthead,
            phrases,
            date,
            wrapped: text_shape::is_hard_wrapped(all, rules),
            passed: super::text_passed::passed_over(rules, matcher, all, masthead),
            chosen: None,
        }
    }

    fn above(&self) -> text_title::Above<'_> {
        text_title::Above {
            masthead: self.masthead,
            passed: &self.passed,
            wrapped: self.wrapped,
            chosen: self.chosen,
        }
    }

    /// The headline read from the top of `all` with the line the score
    /// chose, if any, and how many lines that read (blank lines after the
    /// headline are read with it).
    pub(super) fn take(
        &self,
        rules: &Rules,
        matcher: &Matcher,
        all: &[String],
        head: &mut Header,
    ) -> Result<(Headline, usize), ParseError> {
        // Cloned one at a time: the header reads the top of the copy only.
        let mut lines = all.iter().cloned().peekable();
        let found = text_title::take_headline(rules, matcher, &mut lines, self.above(), head)?;
        Ok((found, all.len() - lines.len()))
    }
}

/// Where the site's chrome at the top ends, where the masthead the
/// phrases know ends, and the first date standing alone (or after the
/// story's kind) in the chrome found by its shape below any masthead.
fn top_end(rules: &Rules, matcher: &Matcher, all: &[String]) -> (usize, usize, Option<String>) {
    // The chrome found by its shape ends where the masthead's phrases may
    // not reach, or the other way round: the headline is below both.
    let chrome = text_chrome::chrome_end(rules, matcher, all);
    let phrases = text_masthead::masthead_end(matcher, all);
    // A date above a masthead the phrases know is the site's clock, as it
    // always was; one between it and the headline is for the walk's end.
    // A date on the copy's first line over a whole menu is the site's
    // clock too (`الإثنين, كانون الثاني 6, 2025` over a magazine's top).
    let clock = all
        .iter()
        .position(|l| !l.is_empty())
        .filter(|&first| chrome.saturating_sub(first) > CLOCK_OVER_LINES);
    let top_date = all
        .get(phrases..chrome)
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(at, _)| Some(phrases + at) != clock)
        .find_map(|(_, l)| dates::dateline(l).or_else(|| super::text_release::kind_and_date(l)));
    // Other stories' teasers at the very top, and a ticker of their
    // headlines, are above everything else.
    let end = phrases
        .max(chrome)
        .max(text_chrome::teasers_end(all))
        .max(text_chrome::ticker_end(all))
        .max(text_top_lists::trail_end(matcher, all))
        .max(text_top_lists::latest_end(rules, matcher, all));
    (end, phrases, top_date)
}

/// How many lines of chrome under a date on the copy's first line make it
/// the site's clock.
const CLOCK_OVER_LINES: usize = 12;
