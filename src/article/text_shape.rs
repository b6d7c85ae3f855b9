//! How copied text lays out its paragraphs, told from the shape of the
//! whole text: one paragraph a line, paragraphs separated by blank lines,
//! or paragraphs hard-wrapped at a fixed width.
//!
//! Lines that run on into the next line of the same block without ending a
//! sentence are what wrapping leaves; a site that puts one paragraph on a
//! line ends nearly every line with a full stop, and its lines without one
//! are short headings. So: when at least a quarter of the lines that run
//! on end open (without punctuation, or with a comma), and most of those
//! are near the longest line's width, the text is wrapped and lines are
//! joined; otherwise every line is a paragraph. In wrapped text without
//! blank lines, a paragraph ends where a sentence ends and the next line's
//! first word would still have fitted on the line.

use super::text_blocks;
use super::text_lines;
use super::text_rules::Rules;

/// One line of the body, or a break (a blank line or a dropped one).
pub type Line = Option<String>;

/// The paragraphs (and headings, quotes) of the body lines.
pub fn units(lines: &[Line], rules: &Rules) -> Vec<String> {
    let view: Vec<Option<&str>> = lines
        .iter()
        .map(|l| l.as_deref().filter(|l| !is_picture(l)))
        .collect();
    let width = run_width(&view);
    let wrapped = is_wrapped(&view, rules.closing_punctuation, width);
    let ends = Ends {
        width,
        opens: rules.opens_paragraph,
    };
    let blank_separated = is_blank_separated(lines, &ends);
    let mut units = Vec::new();
    let mut pending = String::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(line) = line else {
            flush(&mut pending, &mut units);
            continue;
        };
        // A list's item typed with a dash, wrapped at the width, runs on
        // to its next line: no quotation's `- name` under it.
        let item_runs_on = text_blocks::is_list_item(line)
            && chars(line) * 100 >= width * 85
            && !line.ends_with(['.', '!', '?', '؟', '…', '؛', ';']);
        if (is_attribution(line) && !item_runs_on) || !wrapped {
            flush(&mut pending, &mut units);
            pending.push_str(line);
            flush(&mut pending, &mut units);
            continue;
        }
        if text_blocks::is_list_item(line) {
            // An item starts a unit; wrapped, its next lines run on.
            flush(&mut pending, &mut units);
        }
        if !pending.is_empty() {
            pending.push(' ');
        }
        pending.push_str(line);
        let next = lines.get(i + 1).and_then(Option::as_deref);
        if let Some(next) = next
            && !blank_separated
            && ends.paragraph(line, next)
        {
            flush(&mut pending, &mut units);
        }
    }
    flush(&mut pending, &mut units);
    units
}

/// Whether wrapped paragraphs are set apart by breaks: breaks inside the
/// text outnumber the lines that run on and yet look like a paragraph's
/// last. A footer or an advert dropped between paragraphs leaves a break
/// too, and in text without blank lines it is one among many such ends.
fn is_blank_separated(lines: &[Line], ends: &Ends) -> bool {
    let first = lines.iter().position(Option::is_some);
    let last = lines.iter().rposition(Option::is_some);
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    let inner = &lines[first..=last];
    let breaks = inner
        .windows(2)
        .filter(|w| w[0].is_some() && w[1].is_none())
        .count();
    let unbroken_ends = inner
        .windows(2)
        .filter(|w| match w {
            [Some(line), Some(next)] => ends.paragraph(line, next),
            _ => false,
        })
        .count();
    breaks > 0 && breaks > unbroken_ends
}

/// Whether the lines of a whole copy are hard-wrapped paragraphs.
pub fn is_hard_wrapped(lines: &[String], rules: &Rules) -> bool {
    let view = text_view(lines);
    is_wrapped(&view, rules.closing_punctuation, run_width(&view))
}

/// The width a copy's lines were wrapped at, when some of its lines run
/// on open near it; told from the lines under the headline, where the
/// story's lines outnumber the furniture's short ones. The whole test of
/// `is_hard_wrapped` weighs those short lines too.
pub fn wrap_width(lines: &[String]) -> Option<usize> {
    let view = text_view(lines);
    let width = run_width(&view);
    let (open_near, _) = cut_near(&view, width);
    (width <= MAX_WRAP_WIDTH && open_near >= 3).then_some(width)
}

/// How many of the lines that run on into the next are cut open near
/// `width`, and how many run on.
pub(super) fn cut_near(view: &[Option<&str>], width: usize) -> (usize, usize) {
    let (mut cut, mut all) = (0, 0);
    for w in view.windows(2) {
        if let [Some(line), Some(_)] = w {
            all += 1;
            cut += usize::from(is_open_near(line, width));
        }
    }
    (cut, all)
}

/// A copy's lines as its layout is told from them: pictures' lines left
/// out, a blank line a break.
pub(super) fn text_view(lines: &[String]) -> Vec<Option<&str>> {
    lines
        .iter()
        .filter(|l| !is_picture(l))
        .map(|l| (!l.is_empty()).then_some(l.as_str()))
        .collect()
}

/// Whether `line` ends open (no sentence's end, or a comma) near the
/// width the text was wrapped at: a line wrapping cut.
pub fn is_open_near(line: &str, width: usize) -> bool {
    let open = !line.ends_with(['.', '!', '?', '؟', '…', ':', '"', '”', '»'])
        || line.ends_with(['،', ',']);
    open && chars(line) * 2 >= width
}

/// Whether a copy sets its lines apart by blank lines: half its lines
/// with words or more have a blank line under them (the page's foot,
/// copied line by line, has none).
pub fn is_spaced(lines: &[String]) -> bool {
    let pairs = lines.windows(2).filter(|w| !w[0].is_empty());
    let (mut spaced, mut all) = (0, 0);
    for w in pairs {
        all += 1;
        spaced += usize::from(w[1].is_empty());
    }
    all > 0 && spaced * 2 >= all
}

/// The widest line that runs on from or into another: the width text was
/// wrapped at. A line alone between breaks (a deck, a long one-line
/// paragraph in text set apart by blank lines) was never wrapped.
pub(super) fn run_width(lines: &[Option<&str>]) -> usize {
    let in_run = (0..lines.len())
        .filter_map(|i| {
            let line = lines[i]?;
            let before = i.checked_sub(1).is_some_and(|j| lines[j].is_some());
            let after = lines.get(i + 1).is_some_and(Option::is_some);
            (before || after).then(|| chars(line))
        })
        .max()
        .filter(|&width| width > 0);
    in_run
        .or_else(|| lines.iter().flatten().map(|l| chars(l)).max())
        .unwrap_or(0)
}

/// A picture's line (`![](…)`) or an embed's markup (`<iframe …>`): no
/// text, so its length and its end say nothing of how the text's lines
/// were cut.
fn is_picture(line: &str) -> bool {
    text_lines::is_markdown_image(line) || (line.starts_with('<') && line.ends_with('>'))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Whether lines that run on into the next are wrapping, not paragraphs.
fn is_wrapped(lines: &[Option<&str>], closing: &[char], width: usize) -> bool {
    let run_on: Vec<&str> = lines
        .windows(2)
        .filter_map(|w| match w {
            // A line over `— name` is quoted text (a tweet ending in its
            // link): how it ends says nothing about wrapping.
            [Some(line), Some(next)] if !is_attribution(line) && !is_attribution(next) => {
                Some(*line)
            }
            _ => None,
        })
        .collect();
    if run_on.is_empty() {
        return false;
    }
    // A comma ends a line of wrapped text as often as a word does.
    let open = run_on
        .iter()
        .filter(|l| !l.ends_with(closing) || l.ends_with(['،', ',']))
        .collect::<Vec<_>>();
    let near_width = open.iter().filter(|l| chars(l) * 2 >= width).count();
    // One open line among lines without a break between them is as likely
    // a paragraph without its full stop.
    let inner_break = lines
        .iter()
        .skip_while(|l| l.is_none())
        .skip_while(|l| l.is_some())
        .any(Option::is_some);
    // Paragraphs standing alone between blank lines at more than twice
    // the width the runs reach were never cut at it: the runs are a
    // foot's or a list's short lines (`مرفقات:` over its file).
    let alone_longer = (0..lines.len())
        .filter(|&i| {
            let alone = i.checked_sub(1).is_none_or(|j| lines[j].is_none())
                && lines.get(i + 1).is_none_or(Option::is_none);
            alone && lines[i].is_some_and(|l| chars(l) > width * 2)
        })
        .count();
    open.len() >= if inner_break { 1 } else { 2 }
        && alone_longer < 2
        && width <= MAX_WRAP_WIDTH
        && open.len() * 4 >= run_on.len()
        && near_width * 10 >= open.len() * 7
}

/// Text hard-wrapped wider than this is not met: longer lines are
/// paragraphs.
pub(super) const MAX_WRAP_WIDTH: usize = 200;

/// Where paragraphs of wrapped text end, for the text's widest line.
struct Ends {
    width: usize,
    opens: fn(&str) -> bool,
}

impl Ends {
    /// In wrapped text without blank lines: a line that ends a sentence
    /// where the next line's first word would still have fitted, or a
    /// short one, or a much shorter line, is the last of its paragraph. So
    /// is a full stop before a word that opens paragraphs, and a sentence
    /// before a short line that ends none (a sub-heading): a line filled
    /// to the width tells nothing there.
    fn paragraph(&self, line: &str, next: &str) -> bool {
        let width = self.width;
        let len = chars(line);
        let first = next.split_whitespace().next().unwrap_or("");
        let sentence_end = line.ends_with(['.', '!', '?', '؟', '…', '"', '”', '»']);
        let full_stop = line.ends_with(['.', '!', '?', '؟', '…']);
        let room_left = len + 1 + chars(first) <= width;
        let heading_next = chars(next) * 10 < width * 6
            && !next.ends_with(['.', '!', '?', '؟', '…', ':', '،', ',', '"', '”', '»']);
        // A colon over a quotation that opens the next line: the quoted
        // text is a block of its own (`… ما يلي:` / `«إن أداء الأجر …`).
        let over_quote = line.ends_with(':') && next.starts_with(['«', '"', '“']);
        // A numbered section's heading (`ثالثاً: الاتفاق والعملية …`),
        // short of the width.
        let numbered = len * 100 < width * 85 && is_numbered_heading(line);
        (sentence_end && (room_left || len * 100 < width * 85 || heading_next))
            || over_quote
            || numbered
            || (full_stop && (self.opens)(first))
            || len * 10 < width * 6
    }
}

/// The most words of a numbered section's heading after its ordinal: a
/// clause of a statement's list runs longer.
const HEADING_WORDS: usize = 6;

/// A heading opened by an ordinal and its colon (`ثالثاً: …`), as
/// [`super::text_passed::is_numbered_section`] reads one, short and
/// ending no sentence.
fn is_numbered_heading(line: &str) -> bool {
    let words = line
        .split_once([':', '-', '–'])
        .map_or(0, |(_, rest)| rest.split_whitespace().count());
    super::text_passed::is_numbered_section(line)
        && words <= HEADING_WORDS
        && !line.ends_with(['.', '!', '?', '؟', '…', ':', '،', ',', '؛'])
}

/// `— name` under a quotation: a unit of its own even with no blank line
/// before it.
pub fn is_attribution(line: &str) -> bool {
    attribution(line).is_some()
}

/// The name of a `— name` line.
pub fn attribution(unit: &str) -> Option<&str> {
    let rest = unit
        .strip_prefix('—')
        .or_else(|| unit.strip_prefix('–'))
        .or_else(|| unit.strip_prefix("- "))?
        .trim();
    // A post's signature names the account, its handle and the day.
    let most = if rest.contains("(@") { 16 } else { 8 };
    (!rest.is_empty() && rest.split_whitespace().count() <= most).then_some(rest)
}

fn flush(pending: &mut String, units: &mut Vec<String>) {
    let text = tidy_end(pending);
    // A no-break space inside stays; at an end it holds nothing apart.
    let trimmed = text.trim();
    if trimmed.len() < text.len() {
        if !trimmed.is_empty() {
            units.push(trimmed.to_owned());
        }
    } else if !text.is_empty() {
        units.push(text);
    }
    pending.clear();
}

/// Punctuation, not a symbol: an emoji after a word is left where it is.
fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c, '،' | '؛' | '؟' | '…' | '«' | '»' | '“' | '”' | '–' | '—')
}

/// Drops a stray punctuation mark left after the end of a sentence
/// ("روسيا. ." becomes "روسيا.") and glues a detached one back on.
fn tidy_end(text: &str) -> String {
    // Split at spaces only: a no-break space stays what it is.
    let mut words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    while words.len() >= 2 {
        let last = words[words.len() - 1];
        if !last.chars().all(is_punctuation) {
            break;
        }
        let before = words[words.len() - 2];
        if before.ends_with(|c: char| !c.is_alphanumeric()) {
            words.pop();
        } else {
            let joined = format!("{before}{last}");
            words.pop();
            words.pop();
            return [words.join(" "), joined]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    words.join(" ")
}

/// Whether a line is a row of a table's figures, its cells set apart by
/// bars or tabs (`صافي الربح | 30.1 | 41.7 | 38.5 %`): three cells or more,
/// one of them a figure without letters. A menu's bars part words only.
pub fn is_table_row(line: &str) -> bool {
    cells(line) >= 3
        && table_cells(line)
            .any(|c| c.chars().any(|ch| ch.is_numeric()) && !c.chars().any(char::is_alphabetic))
}

/// How many cells bars or tabs cut a line into.
pub fn cells(line: &str) -> usize {
    table_cells(line).count()
}

fn table_cells(line: &str) -> impl Iterator<Item = &str> {
    line.split(['|', '\t'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
}
