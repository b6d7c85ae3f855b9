//! The line under an article's title, and the line under each title in the
//! list: author, source, date and reading time, in the interface's words.
//! Written here once for the reader, `qari show`, `qari list` and sharing.

use crate::article::Article;
use crate::i18n::{Noun, UiLang, count, date, fill, strings};
use crate::layout::display_width;

/// Between the parts of a byline.
pub const SEPARATOR: &str = " · ";

/// "N minutes", as the list says it.
pub fn minutes(lang: UiLang, n: u32) -> String {
    count(lang, Noun::Minute, u64::from(n))
}

/// An article's publication date, as stored, in the interface's words;
/// `None` when it has none.
pub fn published(published: Option<&str>, lang: UiLang) -> Option<String> {
    let published = published?.trim();
    (!published.is_empty()).then(|| date::format(published, lang))
}

/// The byline's parts: author, source (when not the author), date,
/// reading time and tags.
pub fn parts(article: &Article, lang: UiLang) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let author = non_empty(&article.author);
    let source = non_empty(&article.source);
    parts.extend(author.map(str::to_owned));
    if source.is_some() && source != author {
        parts.extend(source.map(str::to_owned));
    }
    parts.extend(published(article.published.as_deref(), lang));
    let time = minutes(lang, article.reading_minutes);
    parts.push(fill(strings(lang).reading_time, &[&time]));
    parts.extend(tags(article, lang, usize::MAX));
    parts
}

/// The article's tags as one part, `#اقتصاد #نفط`: each tag in its own
/// isolate so that an Arabic and a Latin tag keep their `#` on their own
/// side, after a mark of the interface's direction so that the tags follow
/// one another in the line's reading order; `None` without tags. `most`
/// tags at most.
pub fn tags(article: &Article, lang: UiLang, most: usize) -> Option<String> {
    let labels: Vec<String> = article
        .tags
        .iter()
        .filter_map(|t| crate::article::tags::label(t))
        .take(most)
        .map(|t| crate::inert::isolate(&t))
        .collect();
    let mark = match lang {
        UiLang::Ar => '\u{200F}',
        UiLang::En => '\u{200E}',
    };
    (!labels.is_empty()).then(|| format!("{mark}{}", labels.join(" ")))
}

/// Tags the list shows of an article.
const LIST_TAGS: usize = 2;

/// The list's line under a title: who wrote it (author, else source),
/// its first tags, the date and the minutes.
pub fn list_parts(article: &Article, lang: UiLang) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let who = non_empty(&article.author).or(non_empty(&article.source));
    parts.extend(who.map(str::to_owned));
    // Before the date: a narrow list still shows them.
    parts.extend(tags(article, lang, LIST_TAGS));
    parts.extend(published(article.published.as_deref(), lang));
    parts.push(minutes(lang, article.reading_minutes));
    parts
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Parts joined with middle dots, each in its own bidi isolate (FSI…PDI):
/// an Arabic name, a Latin source and a date then keep their own order
/// inside and sit in the line's order between the dots. An isolate closes
/// whatever its part opened and drops a stray PDI, so an override in an
/// author's name cannot reach the date after it.
pub fn join(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| crate::inert::isolate(p))
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}

/// Parts put on lines of at most `width` cells, as many to a line as fit:
/// a line never ends or starts with a separator. A part wider than the
/// width has a line of its own (and is wrapped by the layout).
pub fn pack(parts: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let mut used = 0;
    for part in parts {
        let cells = display_width(part);
        match lines.last_mut() {
            Some(line) if used + display_width(SEPARATOR) + cells <= width => {
                used += display_width(SEPARATOR) + cells;
                line.push(part.clone());
            }
            _ => {
                used = cells;
                lines.push(vec![part.clone()]);
            }
        }
    }
    lines.iter().map(|line| join(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Direction;

    fn article() -> Article {
        Article {
            id: "a".into(),
            title: "عنوان".into(),
            author: Some("سارة المنصوري".into()),
            source: Some("أوبك+".into()),
            url: None,
            published: Some("2024-06-02T14:45:00Z".into()),
            lang: Some("ar".into()),
            dir: Direction::Rtl,
            tags: Vec::new(),
            reading_minutes: 5,
            body: Vec::new(),
            links: Vec::new(),
            path: None,
        }
    }

    #[test]
    fn a_byline_names_the_date_and_agrees_with_its_number() {
        let ar = parts(&article(), UiLang::Ar);
        assert_eq!(
            ar,
            ["سارة المنصوري", "أوبك+", "2 يونيو 2024", "5 دقائق للقراءة"]
        );
        let en = parts(&article(), UiLang::En);
        assert_eq!(en[2..], ["2 June 2024", "5 min read"]);
        let mut one = article();
        one.reading_minutes = 11;
        assert_eq!(list_parts(&one, UiLang::Ar)[2], "11 دقيقة");
    }

    #[test]
    fn packed_lines_never_end_with_a_separator() {
        let parts: Vec<String> = ["aaaa", "bbbb", "cccc"].map(String::from).to_vec();
        let lines = pack(&parts, 12);
        let plain: Vec<String> = lines
            .iter()
            .map(|l| l.replace(['\u{2068}', '\u{2069}'], ""))
            .collect();
        assert_eq!(plain, ["aaaa · bbbb", "cccc"]);
    }
}
