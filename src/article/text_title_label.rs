//! A label over the headline: a section's or the site's name, a badge,
//! the site's menu or the trail to the section, a kicker.

use std::iter::Peekable;

use super::byline;
use super::dates;
use super::text_header::Header;
use super::text_lines;
use super::text_rules::{Matcher, Rules};
use super::text_title::{Above, is_the_lead};
use super::text_top_lines::{self, is_menu, is_quoted_headline, is_tab};

/// The line under `title` when `title` is a label over the headline: a
/// section's or the site's name, a badge, a word or two set apart.
pub(super) fn past_label<I: Iterator<Item = String>>(
    rules: &Rules,
    matcher: &Matcher,
    lines: &mut Peekable<I>,
    (above, head): (&Above<'_>, &mut Header),
    (mut title, under_chrome): (String, bool),
) -> String {
    // A section name above the headline (`خبر`, `اقتصاد`), followed by a
    // longer line that is not a sentence nor header material.
    let mut set_apart = false;
    while lines.peek().is_some_and(String::is_empty) {
        lines.next();
        set_apart = true;
    }
    // A release's kind over its date (`بيان صحفي` / `12 Nov 2023`): the
    // page's labels over the headline.
    let kind = super::text_release::is_release_kind(&title);
    while kind && let Some(date) = lines.next_if(|n| dates::dateline(n).is_some()) {
        head.take(rules, matcher, &date);
    }
    let label = is_label(
        (rules, matcher),
        &title,
        lines.peek(),
        above,
        (kind, under_chrome, set_apart),
    );
    // Under a word alone set apart by a blank line, a short headline is
    // one too (`ماذا لو..؟!`), though not a writer's name.
    let one_word = title.split_whitespace().count() == 1 && set_apart;
    // Labels in a row (`الرئيسية` / `أخبار`): the trail to the section.
    // Under the site's menu, the section's tab may be any word or two.
    let mut under_menu = is_menu(&title);
    while label
        && lines.peek().is_some_and(|n| {
            text_lines::is_section(matcher, n) || is_menu(n) || (under_menu && is_tab(n))
        })
    {
        under_menu = lines.next().is_some_and(|n| is_menu(&n));
        while lines.peek().is_some_and(String::is_empty) {
            lines.next();
        }
    }
    if label
        && let Some(next) = lines.peek()
        && (next.split_whitespace().nth(3).is_some()
            || (one_word
                && next.split_whitespace().count() >= 2
                && !byline::is_signed_name(next)))
        // A question is a headline's shape too (`لماذا …؟`, `ماذا لو..؟!`).
        && !next.ends_with(['.', ':', '،'])
        && (!next.ends_with('!') || next.trim_end_matches('!').ends_with(['؟', '?']))
        && !Header::default().take(rules, matcher, next)
        && let Some(next) = lines.next()
    {
        title = next;
        // A column's writer signs under the section's name, over the
        // headline (`مقالات` / `حسين سليمان بن مادي` / the headline).
        if head.author.is_none() && byline::is_signed_name(&title) {
            while lines.peek().is_some_and(String::is_empty) {
                lines.next();
            }
            if let Some(headline) =
                lines.next_if(|l| l.split_whitespace().nth(3).is_some() && !is_the_lead(rules, l))
            {
                head.author = Some(std::mem::replace(&mut title, headline));
            }
        }
    }
    title
}

/// The most words of a kicker over a headline.
const KICKER_WORDS: usize = 4;

/// Whether `title` is a label over the headline `next`.
fn is_label(
    (rules, matcher): (&Rules, &Matcher),
    title: &str,
    next: Option<&String>,
    above: &Above<'_>,
    (kind, under_chrome, set_apart): (bool, bool, bool),
) -> bool {
    // A release's kind; a section's name; the site's name, on a line of
    // its own above the headline; or a section glued to the breaking-news badge (`برلمانعاجل`).
    // A single word above a headline is a section's name too (`جرائم`),
    // unless the text is hard-wrapped (its first line may be one word).
    kind
        || text_lines::is_section(matcher, title)
        || byline::outlet(title).is_some()
        || text_lines::glued_badge(rules.kickers, title)
        || (title.split_whitespace().count() == 1 && !above.wrapped)
        // Under the site's menu, the section's tab may be any word or two
        // (`اقتصاد مصري`), even in a hard-wrapped copy, whose first line
        // may be one word.
        || (under_chrome && is_tab(title))
        // Two words set apart by a blank line above a headline are a
        // label too (`مقالات منوعة`).
        || (title.split_whitespace().count() == 2 && set_apart)
        // The site's menu set apart by bars (`الرئيسية | سياسة | أمن`).
        || is_menu(title)
        // The trail to the section (`المركز الإعلامي > الأخبار`).
        || text_top_lines::is_section_trail(title)
        // A few words over a headline in quotation marks after the
        // story's kind (`تقرير"…"`): a kicker, as a headline never has
        // one such under it.
        || (title.split_whitespace().nth(KICKER_WORDS).is_none()
            && next.is_some_and(|next| is_quoted_headline(matcher, next)))
        // The story's kind set off by a slash (`تقدير موقف /`): a headline
        // never ends with one.
        || (title.split_whitespace().nth(KICKER_WORDS).is_none() && title.ends_with('/'))
        // A section named for a body over a headline that opens with its
        // name (`كلية العلوم الطبية التطبيقية` / `كلية العلوم الطبية
        // التطبيقية تقيم ورشة …`).
        || next.is_some_and(|next| {
            next.strip_prefix(title).is_some_and(|rest| {
                rest.starts_with(' ') && rest.split_whitespace().count() >= KICKER_WORDS
            })
        })
}
