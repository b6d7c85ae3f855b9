//! The article's own address in copied text: a link after a label
//! (`المصدر: https://…`, `المصدر: موقع الأخبار - https://…`, or `رابط
//! المقال:` on a line of its own above the link), else a line that is only
//! a link at the bottom of the text or at its top. The address becomes the
//! article's `url` and its lines leave the body.

use super::text_rules::{Matcher, Words};

/// A line's link (`http://`, `https://`, `www.`) and the line without it,
/// when it has one.
pub fn split_url(line: &str) -> Option<(&str, String)> {
    if !line.contains("http") && !line.contains("www.") {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let (at, start) = words.iter().enumerate().find_map(|(i, w)| {
        let start = w.len() - w.trim_start_matches(['(', '<', ':']).len();
        let w = &w[start..];
        if w.starts_with("https://") || w.starts_with("http://") || w.starts_with("www.") {
            return Some((i, start));
        }
        glued_link(w).map(|at| (i, start + at))
    })?;
    let url = words[at][start..].trim_end_matches(['.', ',', '،', ')', '>']);
    let label = words[at][..start].trim_end_matches(['(', '<', ':']);
    let mut rest = words;
    if label.is_empty() {
        rest.remove(at);
    } else {
        rest[at] = label;
    }
    Some((url, rest.join(" ")))
}

/// Where a link starts that a copy glued to the label before it
/// (`انسخ الرابطhttps://…`): right after a letter of another script.
fn glued_link(word: &str) -> Option<usize> {
    let at = word.find("https://").or_else(|| word.find("http://"))?;
    word[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphabetic() && !c.is_ascii())
        .then_some(at)
}

/// The link of a line that is only a link.
fn lone(line: &str) -> Option<&str> {
    let (url, rest) = split_url(line)?;
    (!rest.chars().any(char::is_alphanumeric)).then_some(url)
}

/// Whether `text` is a link label and nothing more (`رابط المقال:`).
fn is_label(matcher: &Matcher, text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && matcher.url_labels.is(&Words::new(text))
}

/// The link of a line that is a label, maybe the site's name, and a link:
/// `المصدر: https://…`, `Source: Reuters - https://…`.
fn labelled<'a>(matcher: &Matcher, line: &'a str) -> Option<&'a str> {
    let (url, rest) = split_url(line)?;
    let label = rest.split([':', '：']).next().unwrap_or("");
    let after_colon = rest.len() > label.len();
    let bare = rest.trim_matches(|c: char| !c.is_alphanumeric());
    let ok =
        (after_colon && is_label(matcher, label)) || (!bare.is_empty() && is_label(matcher, bare));
    ok.then_some(url)
}

/// The article's address in `text` (all its lines), with `found` (what the
/// importer took on the way) as the last resort: a labelled link first,
/// then a lone link at the bottom, then one at the top.
pub fn source_url(matcher: &Matcher, text: &str, found: Option<String>) -> Option<String> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let after_label = lines
        .windows(2)
        .find(|pair| is_label(matcher, pair[0]) && lone(pair[1]).is_some())
        .and_then(|pair| lone(pair[1]));
    let url = lines
        .iter()
        .find_map(|l| labelled(matcher, l))
        .or(after_label)
        .or_else(|| lines.last().and_then(|l| lone(l)))
        .or_else(|| lines.first().and_then(|l| lone(l)));
    url.map(str::to_owned).or(found)
}

/// Drops the paragraphs that only gave the address: a labelled link, or a
/// label left alone once its link line was taken.
pub fn drop_source_lines(matcher: &Matcher, units: &mut Vec<String>) {
    units.retain(|u| labelled(matcher, u).is_none() && !is_label(matcher, u));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::text_rules::ARABIC_NEWS;

    fn url(text: &str) -> Option<String> {
        source_url(&Matcher::new(&ARABIC_NEWS), text, None)
    }

    #[test]
    fn a_labelled_link_wins_then_the_bottom_then_the_top() {
        let body = "عنوان\nفقرة أولى.\nhttps://t.co/embedded\nفقرة ثانية.\n";
        assert_eq!(
            url(&format!("{body}https://example.com/bottom\n")).as_deref(),
            Some("https://example.com/bottom")
        );
        assert_eq!(
            url(&format!("https://example.com/top\n{body}")).as_deref(),
            Some("https://example.com/top")
        );
        let labelled = format!("{body}المصدر : موقع الأخبار - https://example.com/a.\n");
        assert_eq!(url(&labelled).as_deref(), Some("https://example.com/a"));
        let above = format!("{body}رابط المقال:\nhttps://example.com/b\nتعليقات\n");
        assert_eq!(url(&above).as_deref(), Some("https://example.com/b"));
        // A link inside a sentence is not the article's.
        assert_eq!(
            url("عنوان\nانظر https://example.com/x للمزيد.\nفقرة."),
            None
        );
    }

    #[test]
    fn only_the_source_lines_leave_the_body() {
        let matcher = Matcher::new(&ARABIC_NEWS);
        let mut units = vec![
            "فقرة فيها رابط https://example.com/x داخل الجملة.".to_string(),
            "المصدر: موقع الأخبار - https://example.com/a".to_string(),
            "رابط المقال:".to_string(),
            "المصدر: رويترز".to_string(),
        ];
        drop_source_lines(&matcher, &mut units);
        assert_eq!(units.len(), 2, "{units:?}");
        assert!(units[0].starts_with("فقرة"));
        assert_eq!(units[1], "المصدر: رويترز");
    }
}
