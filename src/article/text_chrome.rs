//! The site's chrome above a copied article, told by the shape of the top
//! of the text rather than by its words: a site's menu, breadcrumb, clock,
//! counters and language links are lines no writer would put above a
//! headline, and whatever they say, they are short, run together, cut into
//! parts by bars, or not in the article's script.
//!
//! The article is found from below: the lead is the first line that reads
//! as a paragraph; going up from it, past the header (byline, date, a
//! caption), the headline is the topmost line shaped like one before a
//! line of chrome; when the page repeats the headline (a share card), its
//! first copy is the headline. Everything above the header block right
//! over the headline is chrome, when chrome was met above it or all there
//! is above it is a name of a word or two; otherwise the top is left to
//! the headline's own rules (`text_title`). Other stories' teasers at the
//! very top, excerpts cut off with an ellipsis, are chrome whatever follows;
//! so are other stories' headlines stacked right above the lead.

pub use super::text_bars::{is_bar, is_barred_end, is_furniture_bar};
use super::text_furniture::{is_furniture, url_line};
use super::text_header::Header;
use super::text_lines::{self, SameWords};
use super::text_rules::{Matcher, Rules, Words};
use super::{byline, dates, text_clock, text_shape, text_wrapped_lead};

/// How many words a lead has at least: fewer is a caption or a prompt.
const LEAD_WORDS: usize = 10;
/// A headline has more words than a menu's item or a section's name.
const HEADLINE_WORDS: usize = 4;
/// Lines of this many words or fewer are labels: one alone above a
/// headline is a section's name, two in a row are a menu.
pub(super) const LABEL_WORDS: usize = 3;
/// What cuts a menu's or a bar's line into parts.
pub(super) const BARS: [char; 7] = ['|', '>', '»', '•', '·', '›', '‹'];
/// The arrows a link's button carries before or after its words
/// (`‹ العودة`, `أكمل القراءة »`).
pub(super) const LINK_ARROWS: [char; 8] = ['‹', '<', '←', '→', '›', '>', '»', '«'];
/// How far above the lead a headline is looked for.
const LOOK: usize = 40;

/// Where the site's chrome at the top ends: the first line of the header
/// block (dates, bylines) right above the headline, or the headline
/// itself. 0 when the top has no chrome, or no line is shaped as a
/// headline above a lead.
pub fn chrome_end(rules: &Rules, matcher: &Matcher, lines: &[String]) -> usize {
    // A copy hard-wrapped with no blank lines may have no line that reads
    // as a paragraph alone.
    let lead = lead_line(matcher, lines).or_else(|| {
        text_shape::wrap_width(lines).and_then(|width| text_wrapped_lead::run_on_lead(lines, width))
    });
    let Some(lead) = lead else {
        return 0;
    };
    if let Some(end) = other_stories(rules, matcher, lines, lead) {
        return end;
    }
    let Some(headline) = headline_above(rules, matcher, lines, lead) else {
        return 0;
    };
    let mut start = headline;
    while start > 0 && is_header(rules, matcher, &lines[start - 1]) {
        start -= 1;
    }
    start
}

/// The first line of the copy that opens a paragraph: a sentence, or a
/// paragraph's first line wrapped under a blank line, outside a widget.
fn lead_line(matcher: &Matcher, lines: &[String]) -> Option<usize> {
    (0..lines.len()).find(|&at| {
        (reads_as_paragraph(&lines[at]) || text_wrapped_lead::opens_wrapped_paragraph(lines, at))
            && !in_widget(matcher, lines, at)
    })
}

/// How many lines other stories' teasers take at the top of a copy: two
/// or more excerpts in a row, each cut off mid-sentence with an ellipsis
/// (`…والدور الهام...`), above a line that is not cut so: the site's list
/// of its latest stories, copied with the article under it. 0 without.
pub fn teasers_end(lines: &[String]) -> usize {
    let mut end = 0;
    let mut count = 0;
    for (at, line) in lines.iter().enumerate() {
        if line.is_empty() {
            continue;
        }
        if !is_teaser(line) {
            break;
        }
        count += 1;
        end = at + 1;
    }
    let article_below = lines[end..].iter().any(|l| !l.is_empty());
    if count >= 2 && article_below { end } else { 0 }
}

/// How many lines a news ticker takes at the top of a copy: two or more
/// other stories' headlines in a row, each ending with the dash that set
/// it off from the next as the ticker ran (`… في المرفأ -`), or each over
/// a line that is only the bar between them (`|`), above the lead. The
/// headline stays below them. 0 without.
pub fn ticker_end(lines: &[String]) -> usize {
    let lead = lines
        .iter()
        .position(|l| reads_as_paragraph(l))
        .unwrap_or(lines.len());
    let bar = |l: &str| !l.is_empty() && l.chars().all(|c| BARS.contains(&c) || c.is_whitespace());
    let (mut end, mut run, mut bullets, mut opened) = (0, 0, 0, false);
    for (at, line) in lines[..lead].iter().enumerate() {
        if line.is_empty() || bar(line) {
            continue;
        }
        let barred = lines[at + 1..lead]
            .iter()
            .find(|l| !l.is_empty())
            .is_some_and(|l| bar(l))
            && is_headline_shaped(line);
        // Or a stack of bulleted headlines, three or more (`• طنجة..
        // حجز …`), that opens the copy: bullets under a headline are its
        // highlights or its fields.
        let bulleted = line.starts_with(BULLETS) && is_headline_shaped(line) && !opened;
        opened |= !bulleted;
        (run, bullets) = if is_ticker_item(line) || barred {
            (run + 1, 0)
        } else if bulleted {
            (0, bullets + 1)
        } else {
            (0, 0)
        };
        if run >= 2 || bullets >= BULLETED_ITEMS {
            end = at + 1;
        }
        // The ticker's label under its bulleted items (`عاجل`).
        if bullets == 0 && end > 0 && end == at && is_ticker_label(line) {
            end = at + 1;
        }
    }
    end
}

/// A ticker's label alone on its line (`عاجل`, `آخر الأخبار`).
fn is_ticker_label(line: &str) -> bool {
    let line = crate::search::fold(line.trim().trim_end_matches(':'));
    let passed = super::text_passed::TICKERS.iter();
    std::iter::once(&super::text_passed::BREAKING)
        .chain(passed)
        .any(|t| crate::search::fold(t) == line)
}

/// The bullets a ticker's items may open with, and the fewest of them.
const BULLETS: [char; 3] = ['•', '●', '▪'];
const BULLETED_ITEMS: usize = 3;

/// A ticker's item: a headline and the dash after it, set apart by a
/// space. A dateline ends with a dash too, after a name of a word or two.
fn is_ticker_item(line: &str) -> bool {
    line.strip_suffix(['-', '–', '—'])
        .filter(|rest| rest.ends_with(' '))
        .is_some_and(|rest| is_headline_shaped(rest.trim_end()))
}

/// An excerpt cut off with an ellipsis, long enough to be a story's
/// opening rather than a menu's item or a headline that trails off.
fn is_teaser(line: &str) -> bool {
    let cut = line.ends_with("...") || line.ends_with('…');
    cut && line.split_whitespace().count() >= LEAD_WORDS
}

/// Where the chrome ends when headlines are stacked right above the lead,
/// no blank line between them: four or more are a list of the site's
/// other stories, copied with an article whose own headline, if it has
/// one, is the lowest and shares a word with the lead. Without one the
/// lead comes first. Of two, the upper is another story's (or a kicker)
/// when it shares a word at most with the lead and the lower shares half
/// of its own: a headline's deck says again what its headline says.
fn other_stories(rules: &Rules, matcher: &Matcher, lines: &[String], lead: usize) -> Option<usize> {
    const STACK: usize = 4;
    // A numbered part's heading right above the lead (`أولًا: …`) is the
    // story's: the stack is above it.
    let lead = match lead.checked_sub(1) {
        Some(above) if super::text_passed::is_numbered_section(&lines[above]) => above,
        _ => lead,
    };
    let stacked = lines[..lead]
        .iter()
        .rev()
        .take_while(|l| is_headline_shaped(l) && !is_header(rules, matcher, l))
        .count();
    let lead_words = text_lines::stems(&lines[lead]);
    let shared = |at: usize| {
        let own = text_lines::stems(&lines[at]);
        let shared = own.iter().filter(|w| lead_words.contains(w)).count();
        (shared, own.len())
    };
    if stacked == 2 {
        let ((upper, _), (lower, of)) = (shared(lead - 2), shared(lead - 1));
        return (upper <= 1 && lower * 2 >= of && of > 0).then_some(lead - 1);
    }
    if stacked < STACK {
        return None;
    }
    let lowest = lead - 1;
    Some(if shared(lowest).0 > 0 { lowest } else { lead })
}

/// Whether the paragraph at `at` is a teaser in a widget of the site's
/// other articles (`الأكثر مشاهدة`, then a date, then the teaser): the
/// label of a list that ends an article stands above it with only dates
/// and blank lines between.
fn in_widget(matcher: &Matcher, lines: &[String], at: usize) -> bool {
    lines[..at]
        .iter()
        .rev()
        .find(|l| !l.is_empty() && dates::dateline(l).is_none() && !text_clock::is_clock_time(l))
        .is_some_and(|l| matcher.end.strip(&Words::new(l)).is_some())
}

/// A line that ends a sentence and is long enough to be a paragraph.
pub(super) fn reads_as_paragraph(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '؟']) && line.split_whitespace().count() >= LEAD_WORDS
}

/// The headline's line above the lead: the topmost headline-shaped line
/// before a line of chrome, or that line's first copy higher up.
fn headline_above(
    rules: &Rules,
    matcher: &Matcher,
    lines: &[String],
    lead: usize,
) -> Option<usize> {
    let mut found = None;
    // Short lines in a row: one is a label, two are a menu.
    let mut labels = 0;
    let mut label_at = 0;
    // Whether chrome was met above the headline-shaped line found.
    let mut chrome_above = false;
    for at in (lead.saturating_sub(LOOK)..lead).rev() {
        let line = &lines[at];
        if is_header(rules, matcher, line) {
            continue;
        }
        // Chrome ends the header above the headline; below it, a share
        // bar or a counters' bar is part of the header block, and so is a
        // bar between the headline and a deck. A masthead's staff line
        // (`رئيس التحرير: …`) is chrome too, however long the names in it.
        if is_chrome(line) || matcher.masthead.strip(&Words::new(line)).is_some() {
            let under_headline = is_bar(line)
                && lines[..at]
                    .iter()
                    .rfind(|l| !l.is_empty())
                    .is_some_and(|l| is_headline_shaped(l) && !is_header(rules, matcher, l));
            if found.is_some() && !under_headline {
                chrome_above = true;
                break;
            }
            continue;
        }
        if line.split_whitespace().nth(LABEL_WORDS).is_none() {
            labels += 1;
            label_at = at;
            if labels >= 2 {
                chrome_above = true;
                break;
            }
            continue;
        }
        // The copy's first line over a section's label over the headline
        // (`المديرية العامة للأمن الوطني` / `أخبار أمن الولايات`): the
        // site's name, however many its words.
        if labels == 1
            && found.is_some()
            && matcher
                .sections
                .strip(&Words::new(&lines[label_at]))
                .is_some()
            && lines[..at].iter().all(|l| l.is_empty())
        {
            chrome_above = true;
            break;
        }
        labels = 0;
        // A line cut by a bar above a plain headline is another story's
        // (a ticker: `الآن | …`), where the headline's own kicker would
        // stand on the headline's line.
        if found.is_some() && is_ticker(line) {
            chrome_above = true;
            break;
        }
        if is_headline_shaped(line) {
            found = Some(at);
        }
    }
    let at = found?;
    if !chrome_above && !only_a_name_above(rules, matcher, lines, lead, at) {
        return None;
    }
    let copies = SameWords::new(&lines[at]);
    (0..at).find(|&i| copies.matches(&lines[i])).or(found)
}

/// Without chrome above it, the line found at `at` is the headline only
/// under a site's or a section's name of a word or two, or a name in an
/// outlet's shape (`… أون لاين`): three other words may be a short
/// headline over its deck, and the rules after this pass tell.
fn only_a_name_above(
    rules: &Rules,
    matcher: &Matcher,
    lines: &[String],
    lead: usize,
    at: usize,
) -> bool {
    let top = lead.saturating_sub(LOOK);
    let mut others = lines[top..at]
        .iter()
        .filter(|l| !is_header(rules, matcher, l));
    let name = others
        .next()
        .is_some_and(|l| l.split_whitespace().nth(2).is_none() || byline::outlet(l).is_some());
    top == 0 && name && others.next().is_none()
}

/// A ticker's line: a short label, a bar, and another story's headline
/// (`الآن | …`). A headline's own quotation marks (`«…»`) and a gallery's
/// bullets (`• عرض 8 صور`) have no label before them.
fn is_ticker(line: &str) -> bool {
    line.split_once(BARS).is_some_and(|(label, rest)| {
        let label = label.trim();
        // `«الأشغال»: …`: the guillemet closes a name the headline quotes.
        !label.is_empty()
            && !label.contains('«')
            && label.split_whitespace().nth(LABEL_WORDS).is_none()
            && is_headline_shaped(rest.trim())
    })
}

/// A line of a header: blank, a date, a time, a counter, a link, a byline
/// or anything else the header reads, and the page's furniture.
pub(super) fn is_header(rules: &Rules, matcher: &Matcher, line: &str) -> bool {
    line.is_empty()
        || dates::dateline(line).is_some()
        || text_clock::is_clock_time(line)
        || is_furniture(matcher, &Words::new(line), line)
        || url_line(matcher, line).is_some()
        // (A section's name that is a paper's too, `الأخبار`, is a label
        // over the header.)
        || (Header::default().take(rules, matcher, line)
            && !matcher.sections.is(&Words::new(line)))
}

/// A line no writer puts above a headline: cut into short parts by bars
/// or arrows (a menu, a breadcrumb, language links), mostly Latin letters
/// in an Arabic page, or mostly digits (a reading, a clock).
pub fn is_chrome(line: &str) -> bool {
    is_bar(line)
        || super::text_top_lines::breadcrumb_last(line).is_some()
        || super::text_top_lines::is_section_trail(line)
        || is_foreign(line)
        || is_timed_item(line)
        || is_headline_row(line)
        || super::text_top_lines::is_issue_line(line)
}

/// A ticker's headlines in a row, set apart by bars (a marquee's gaps, as
/// the copy kept them): three or more, none a sentence.
fn is_headline_row(line: &str) -> bool {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| is_headline_shaped(p) && !p.ends_with(['.', '!']))
}

/// A ticker's item led by its clock time (`11:58 الدفاع المدني يخمد…`):
/// a story's headline never opens with the time of day.
fn is_timed_item(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(time, rest)| {
        super::text_clock::is_clock_time(time) && rest.split_whitespace().count() >= HEADLINE_WORDS
    })
}

/// Letters mostly Latin, or no letters at all, in a line with Arabic
/// around it: a widget's or a link's label, a reading.
fn is_foreign(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let latin = line.chars().filter(char::is_ascii_alphabetic).count();
    letters == 0 || latin * 2 > letters
}

/// Long enough for a headline and not a sentence's end nor a date.
pub(super) fn is_headline_shaped(line: &str) -> bool {
    let words = line.split_whitespace().count();
    words >= HEADLINE_WORDS && !line.ends_with(['.', ':', '،', ',']) && !is_foreign(line)
}
