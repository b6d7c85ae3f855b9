//! A copy's labels run together: a menu's or a box's names copied with no
//! space between them, found by splitting the line into the names the
//! tables know.

use std::collections::HashSet;
use std::sync::OnceLock;

use super::text_rules::ARABIC_NEWS;
use crate::search;

/// The page's labels run together as a copy glues a menu's or a box's
/// names (`آخر الأخبارأخبار محلية`, `الرئيسيةاقتصاد`, `الرئيسية»أخبار»محليات`):
/// two or more names of the sections, boxes and buttons the tables know,
/// and no space between two of them.
pub(super) fn is_glued_labels(line: &str) -> bool {
    static LABELS: OnceLock<HashSet<String>> = OnceLock::new();
    if line.chars().count() > GLUED_MAX_CHARS {
        return false;
    }
    let labels = LABELS.get_or_init(|| {
        let r = &ARABIC_NEWS;
        [r.sections, r.end, r.drop, r.kickers, r.site_links]
            .into_iter()
            .flatten()
            .flat_map(|table| table.iter())
            .map(|phrase| phrase.split_whitespace().map(search::fold).collect())
            .filter(|label: &String| label.chars().count() >= 3)
            .collect()
    });
    let parts: Vec<String> = line
        .split(|c: char| c.is_whitespace() || matches!(c, '»' | '>' | '/' | '|' | '-'))
        .filter(|w| !w.is_empty())
        .map(search::fold)
        .collect();
    let text: String = parts.concat();
    let chars: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    // from[m]: where the last label of a way to make text[..chars[m]] of
    // labels starts, if there is one.
    let mut from: Vec<Option<usize>> = vec![None; chars.len()];
    for k in 0..chars.len() {
        if k > 0 && from[k].is_none() {
            continue;
        }
        for (m, &end) in chars.iter().enumerate().skip(k + 1) {
            if from[m].is_none() && labels.contains(&text[chars[k]..end]) {
                from[m] = Some(k);
            }
        }
    }
    // Where the words meet in `text`: a label ending elsewhere was glued.
    let spaces: HashSet<usize> = parts
        .iter()
        .scan(0, |at, p| {
            *at += p.len();
            Some(*at)
        })
        .collect();
    let (mut m, mut labels_seen, mut glued) = (chars.len() - 1, 0, false);
    while m > 0 {
        let Some(k) = from[m] else { return false };
        labels_seen += 1;
        glued |= k > 0 && !spaces.contains(&chars[k]);
        m = k;
    }
    labels_seen >= 2 && (glued || line.contains(['»', '>', '|']))
}

/// The longest line read for labels run together.
const GLUED_MAX_CHARS: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_run_together_are_the_pages() {
        for line in [
            "آخر الأخبارأخبار محلية",
            "الرئيسيةاقتصاد",
            "الرئيسية»أخبار»محليات",
        ] {
            assert!(is_glued_labels(line), "{line}");
        }
        for line in [
            "اقتصاد",
            "أخبار محلية",
            "الرئيسية » أخبار » الحكومة تقر خطة لدعم المزارعين",
            "آخر الأخبار عن خطة الحكومة",
        ] {
            assert!(!is_glued_labels(line), "{line}");
        }
    }
}
