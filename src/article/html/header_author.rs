//! The writer a page shows under its headline without marking him up:
//! a byline word and a name (`كتب - محمد علاء:`), the first of a line's
//! fields, or a byline with no label over the story.

use super::lead::written_by;
use super::microdata::{BYLINE_CHARS, DATELINE_CHARS, Shown, above_story, after_headline};
use crate::article::byline;

/// The author of the first short element after the page's `<h1>` that is
/// a byline word and a name and nothing else (`كتب - محمد علاء:`): the
/// byline pages show without marking it up.
pub fn header_author(shown: Shown) -> Option<String> {
    let texts = after_headline(shown, BYLINE_CHARS);
    // Or the first of a line's fields set apart by no-break spaces, as an
    // old table sets them (`بقلم: فلان \u{a0}\u{a0} نشر بتاريخ: …`), or by
    // bullets or bars (`بقلم فلانة • 22 أيار 2023`).
    let fields = || {
        after_headline(shown, DATELINE_CHARS)
            .into_iter()
            .map(|t| super::headline::nbsp_dashes_barred(&t.replace("\u{a0}\u{a0}", "|")))
            .filter(|t| t.contains(['|', '•']))
            .find_map(|t| t.split(['|', '•']).find_map(|f| written_by(f.trim())))
    };
    // An editor's label under the story (`المحرر: لي شياو`, the desk
    // that passed a wire's story on a Chinese broadcaster's page) names no
    // writer: it counts above the story's text only.
    let above = above_story(shown);
    let by_editor = |text: &&String| {
        text.split_once(':')
            .is_some_and(|(label, _)| byline::EDITORS.contains(&label.trim()))
    };
    texts
        .iter()
        .filter(|text| !by_editor(text) || above.contains(text))
        .find_map(|text| written_by(text))
        .or_else(fields)
        .or_else(|| {
            // A byline with no label (`الرياض - محمد بن سعد الحربي`), when the
            // name is known for a person's by its words: over the story,
            // where a list's item in it names a team's member (`أحمد
            // العمري – هندسة الحاسوب`), and no photographer's credit.
            let photo = |text: &str| {
                super::credits::PHOTO_LABELS.iter().any(|label| {
                    text.trim_start()
                        .strip_prefix(label)
                        .is_some_and(|r| r.trim_start().starts_with(':'))
                })
            };
            above.iter().filter(|t| !photo(t)).find_map(|text| {
                byline::parse(text)?
                    .author
                    .filter(|a| byline::is_signed_name(a))
            })
        })
}
