//! Lines of a copied page that are known by their shape rather than by a
//! phrase: an image left as Markdown, an app's prompt, an image's alt text
//! followed by its caption, a section's or an outlet's name run into the
//! date.

use super::byline;
use super::dates;
use super::text_rules::{Matcher, Table, Words};
use crate::search;

/// An image the copy kept as Markdown, `![name](images/x.jpg)`.
pub fn is_markdown_image(line: &str) -> bool {
    line.starts_with("![") && line.ends_with(')') && line.contains("](")
}

/// A prompt to install the site's app (`تطبيق <site>`), or its slogan
/// drawn out with tatweel (`لرؤيــــه أصدق للأحــــداث`): short lines in
/// the header, never a headline's or a paragraph's words.
pub fn is_app_prompt(line: &str) -> bool {
    let words: Vec<String> = line.split_whitespace().map(search::fold).collect();
    if words.is_empty() || words.len() > 5 || line.ends_with(['.', '؟', '?', '!', '،']) {
        return false;
    }
    let app = ["تطبيق", "حمل تطبيق", "نزل تطبيق", "حمل التطبيق"]
        .iter()
        .any(|p| {
            let p: Vec<&str> = p.split_whitespace().collect();
            words.len() > p.len()
                && words.len() <= p.len() + 2
                && words.iter().zip(&p).all(|(w, p)| w == p)
        });
    app || line.contains("\u{640}\u{640}")
}

/// Removes an image's alt text and caption from the header lines: a short
/// line followed by itself, or by a longer caption that starts with it
/// (`رئيس الجمهورية` then `رئيس الجمهورية قيس سعيد`). Returns how many
/// lines went.
pub fn drop_repeated(units: &mut Vec<String>, lead: usize) -> usize {
    let mut removed = 0;
    let mut k = 0;
    while k + 1 < lead - removed {
        let (a, b) = (&units[k], &units[k + 1]);
        let repeated = b == a
            || b.strip_prefix(a.as_str())
                .is_some_and(|r| r.starts_with(' '));
        if repeated && a.split_whitespace().nth(12).is_none() {
            units.drain(k..k + 2);
            removed += 2;
        } else {
            k += 1;
        }
    }
    removed
}

/// A headline's words, to know its copies written with other quotation
/// marks and spaces.
pub struct SameWords {
    words: Vec<String>,
    len: usize,
}

impl SameWords {
    pub fn new(headline: &str) -> SameWords {
        SameWords {
            words: folded_words(headline),
            len: headline.len(),
        }
    }

    /// Whether `line` says the headline's words. Lines of another length
    /// are passed over before any folding: most lines of a long article.
    pub fn matches(&self, line: &str) -> bool {
        let slack = 16 + self.len / 8;
        line.len().abs_diff(self.len) <= slack
            && !self.words.is_empty()
            && folded_words(line) == self.words
    }
}

impl SameWords {
    /// Whether `line` is the headline with a picture's caption run onto
    /// its end (`…الراهنةنجيب ميقاتي`), as a page's share card copies:
    /// the headline's words, the last one perhaps glued to the next, then
    /// a few words more.
    pub fn with_caption(&self, line: &str) -> bool {
        const CAPTION_WORDS: usize = 4;
        let n = self.words.len();
        if n < 3 || line.len() <= self.len || line.ends_with(['.', '؟', '?', '!', ':']) {
            return false;
        }
        let words = folded_words(line);
        let Some(last) = words.get(n - 1) else {
            return false;
        };
        let glued = last != &self.words[n - 1];
        let extra = words.len() - n + usize::from(glued);
        words[..n - 1] == self.words[..n - 1]
            && last.starts_with(self.words[n - 1].as_str())
            && (1..=CAPTION_WORDS).contains(&extra)
    }
}

/// A line's words of three letters or more, folded and without the
/// article and the clinging conjunctions and prepositions, to tell when two
/// lines speak of the same thing (`للجمهورية` and `الجمهورية`).
pub fn stems(s: &str) -> Vec<String> {
    const CLINGING: [&str; 9] = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل"];
    s.split(|c: char| !c.is_alphabetic())
        .map(|w| {
            let w = search::fold(w);
            CLINGING
                .iter()
                .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
                .map_or_else(|| w.clone(), str::to_owned)
        })
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

fn folded_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(search::fold)
        .collect()
}

/// The first `count` words of a lead, standing for a headline the copy
/// lacks: cut at the first comma or sentence end within them, else marked
/// as cut with an ellipsis.
pub fn opening_words(lead: &str, count: usize) -> String {
    let words: Vec<&str> = lead.split_whitespace().take(count).collect();
    if let Some(k) = words.iter().position(|w| w.ends_with(['،', ',', '.', '؛']))
        && k >= 3
    {
        return words[..=k]
            .join(" ")
            .trim_end_matches(['،', ',', '.', '؛'])
            .trim_end()
            .to_owned();
    }
    let mut title = words.join(" ");
    if lead.split_whitespace().count() > count {
        title.push('…');
    }
    title
}

/// A single word that ends with a headline label glued to another word,
/// as a copy runs a section's name into the badge beside it
/// (`برلمانعاجل` is `برلمان` and `عاجل`).
pub fn glued_badge(kickers: &[Table], line: &str) -> bool {
    !line.contains(char::is_whitespace)
        && kickers.iter().flat_map(|t| t.iter()).any(|k| {
            line.len() > k.len()
                && line.ends_with(k)
                && line[..line.len() - k.len()]
                    .chars()
                    .all(char::is_alphabetic)
        })
}

/// A paragraph without the link's prompt in brackets after its last
/// sentence (`… بنغازي. (تعرف على التفاصيل)`): the copy kept the link's
/// words and lost the link.
pub fn without_link_prompt(line: &str) -> &str {
    let Some(open) = line.trim_end().strip_suffix(')').and_then(|l| l.rfind('(')) else {
        return line;
    };
    let (text, prompt) = (line[..open].trim_end(), &line[open + 1..]);
    let prompt = search::fold(prompt.trim_end().trim_end_matches(')').trim());
    let known = [
        super::phrases::ar::LINK_PROMPTS,
        super::phrases::en::LINK_PROMPTS,
    ]
    .iter()
    .flat_map(|t| t.iter())
    .any(|p| search::fold(p) == prompt);
    if known && text.ends_with(['.', '!', '?', '؟', '…']) {
        text
    } else {
        line
    }
}

/// A note that the story is translated, in brackets or opening with the
/// story it speaks of (`(النص الأصلي باللغة اليابانية، الترجمة من اللغة
/// الإنكليزية)`, `هذا الموضوع مترجم بتصرف عن صحيفة …`): the page's note
/// on the text, not the story's.
pub fn is_translation_note(line: &str) -> bool {
    // As a list's item too (`- هذا الموضوع مترجم …`).
    let line = line.trim().trim_start_matches(['-', '•', '*', ' ']);
    // A note is short: a story's paragraph is not folded to find out.
    if line.split_whitespace().nth(NOTE_WORDS).is_some() {
        return false;
    }
    let bracketed = line.starts_with('(') && line.ends_with([')', '.']);
    let folded = search::fold(line.trim_matches(['(', ')', '.']));
    let opens = ["هذا الموضوع", "هذا المقال", "هذه المادة", "هذا التقرير"]
        .iter()
        .any(|o| folded.starts_with(&search::fold(o)));
    let translated = ["مترجم", "الترجمة", "ترجمة", "النص الأصلي"]
        .iter()
        .any(|w| folded.contains(&search::fold(w)));
    translated && (bracketed || opens)
}

/// A note on how the story was made (`أُنجز هذا العمل في إطار سلسلة …`,
/// `أنجز هذا التحقيق بدعم من …`): the outlet's note on its work, like a
/// translation's.
pub fn is_production_note(line: &str) -> bool {
    if line.split_whitespace().nth(NOTE_WORDS).is_some() {
        return false;
    }
    let folded = search::fold(line.trim().trim_start_matches(['(', '*', ' ']));
    let made = ["أنجز", "تم إنجاز", "أعد", "تم إعداد"]
        .iter()
        .any(|verb| folded.starts_with(&search::fold(verb)));
    let work = [
        "هذا العمل",
        "هذا التحقيق",
        "هذا التقرير",
        "هذه المادة",
        "هذا الملف",
    ]
    .iter()
    .any(|w| folded.contains(&search::fold(w)));
    let how = ["بدعم", "في إطار", "ضمن", "بالتعاون", "بالشراكة", "بإشراف"]
        .iter()
        .any(|w| folded.contains(&search::fold(w)));
    made && work && how
}

/// The most words of a translation's note.
const NOTE_WORDS: usize = 30;

/// A news agency's or a press office's end mark alone on its line
/// (`-انتهى-`, `(انتهى)`, KUNA's `(النهاية)`, a release's `###`): the
/// story ends over it,
/// and what follows is the office's contacts or the site's. `النهاية`
/// alone may be a heading; in brackets it is the mark.
pub fn is_end_mark(line: &str) -> bool {
    let line = line.trim();
    // A press release's end in English usage (`###`, `-30-`).
    if matches!(line, "###" | "-30-" | "- 30 -") {
        return true;
    }
    let word = line.trim_matches(|c: char| !c.is_alphanumeric());
    let marked = word == "النهاية" && line.starts_with('(') && line.ends_with(')');
    (word == "انتهى" || marked) && line.len() - word.len() <= 8
}

/// A line without a news agency's end mark (`… // انتهى //`), which wires
/// put after the last paragraph.
pub fn without_end_mark(line: &str) -> std::borrow::Cow<'_, str> {
    let cut = line
        .trim_end()
        .strip_suffix("//")
        .map(str::trim_end)
        .and_then(|l| l.strip_suffix("انتهى"))
        .map(str::trim_end)
        .and_then(|l| l.strip_suffix("//"));
    match cut {
        Some(rest) => std::borrow::Cow::Owned(rest.trim_end().to_owned()),
        None => std::borrow::Cow::Borrowed(line),
    }
}

/// A headline and the lead run together where a word ends with a taa
/// marbuta and a letter follows it without a space (`…من الضفةاعتقلت…`):
/// the headline (3 to 15 words, no sentence punctuation) and the lead.
pub fn glued_headline(line: &str) -> Option<(&str, &str)> {
    if let Some(j) = taa_marbuta_glue(line) {
        let (headline, lead) = (&line[..j], &line[j..]);
        let words = headline.split_whitespace().count();
        let plain = !headline.contains(['.', '،', ',', '؟', '?', '!', ':']);
        return ((3..=15).contains(&words) && plain).then_some((headline, lead));
    }
    None
}

/// Where two words were run together after a taa marbuta, which only ends
/// words: the byte after the first `ة` an Arabic letter follows with no
/// space (`الضفةاعتقلت`). A mark on it (`خطةً`) is no glue.
pub fn taa_marbuta_glue(line: &str) -> Option<usize> {
    let letter = |c: char| matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
    let mut chars = line.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c == 'ة'
            && let Some(&(j, next)) = chars.peek()
            && letter(next)
        {
            return Some(j);
        }
    }
    None
}

/// The short lines a copy has more than once: captions and labels. A line
/// that ends a sentence, a byline, a date or a line without a letter is
/// never one.
pub fn repeated_labels(lines: &[String]) -> std::collections::HashSet<String> {
    const LABEL_WORDS: usize = 6;
    let mut seen = std::collections::HashSet::new();
    let mut twice = std::collections::HashSet::new();
    for line in lines {
        // Lines of digits (times, counters) have rules of their own.
        let label = line.chars().any(char::is_alphabetic)
            && line.split_whitespace().nth(LABEL_WORDS).is_none()
            && !line.ends_with(['.', '؟', '?', '!', ':', '،', ','])
            && super::byline::parse(line).is_none()
            && super::dates::dateline(line).is_none();
        if label && !seen.insert(line.as_str()) {
            twice.insert(line.as_str());
        }
    }
    twice.into_iter().map(str::to_owned).collect()
}

/// Whether `line` is a section's name, also with its country or city
/// (`أخبار السودان`, `أخبار لبنان`) or the body whose news it gives
/// (`أخبار اللجنة`, `أخبار الجامعة`).
pub fn is_section(matcher: &Matcher, line: &str) -> bool {
    let words = Words::new(line);
    matcher.sections.is(&words)
        || matcher.sections.strip(&words).is_some_and(|rest| {
            let rest = rest.trim();
            byline::lone(rest).is_some_and(|b| b.place.is_some())
                || (!rest.contains(' ')
                    && rest.starts_with("ال")
                    && rest.chars().all(char::is_alphabetic))
        })
}

/// The date of a line where a section's name runs into it
/// (`عرب وعالم10-10-2023 | 13:17`), or the outlet's (`الوكيل٢٢-٠٢-٢٠٢٥`),
/// with the outlet's name.
pub fn named_date(matcher: &Matcher, line: &str) -> Option<(String, Option<String>)> {
    let digit = line.find(|c: char| c.is_numeric())?;
    let name = line[..digit].trim();
    if name.is_empty() {
        return None;
    }
    // An outlet's name only when run into the date: `السبت 10/…` is a
    // weekday before it.
    let glued = line[..digit].ends_with(char::is_alphabetic);
    let source = if matcher.sections.is(&Words::new(name)) {
        None
    } else if glued {
        Some(byline::lone(name).and_then(|b| b.source)?)
    } else {
        return None;
    };
    Some((dates::dateline(&line[digit..])?, source))
}

/// A widget's reading (`15.85°القدس`, `3.7دولار أمريكي`): a short line
/// with a decimal number in degrees or run into a name, as weather and
/// currency bars show them at the top of a page.
pub fn is_reading(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    let decimal = chars
        .windows(3)
        .any(|w| w[0].is_numeric() && w[1] == '.' && w[2].is_numeric());
    let glued = chars.windows(2).any(|w| {
        (w[0].is_numeric() && w[1].is_alphabetic()) || (w[0].is_alphabetic() && w[1].is_numeric())
    });
    line.split_whitespace().nth(4).is_none() && decimal && (line.contains('°') || glued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_mark_is_cut_and_other_slashes_stay() {
        assert_eq!(
            without_end_mark("انطلق المهرجان. // انتهى //"),
            "انطلق المهرجان."
        );
        assert_eq!(without_end_mark("طريق 1 // 2"), "طريق 1 // 2");
        assert!(is_end_mark("-انتهى-"));
        assert!(is_end_mark("(انتهى)"));
        assert!(!is_end_mark("انتهى الاجتماع."));
        assert!(is_end_mark("(النهاية)"));
        assert!(!is_end_mark("النهاية"));
        assert!(is_end_mark("###"));
        assert!(!is_end_mark("## العنوان"));
    }

    #[test]
    fn the_lead_stands_for_a_missing_headline() {
        let lead =
            "أعلنت الوزارة، اليوم، خطة جديدة للنقل العام في المدن الكبرى خلال العام المقبل كله.";
        assert_eq!(
            opening_words(lead, 12),
            "أعلنت الوزارة، اليوم، خطة جديدة للنقل العام في المدن الكبرى خلال العام…"
        );
        let lead = "قالت وزارة النقل اليوم ، إن الخط الجديد يفتح قريبا للمسافرين.";
        assert_eq!(opening_words(lead, 12), "قالت وزارة النقل اليوم");
    }
}
