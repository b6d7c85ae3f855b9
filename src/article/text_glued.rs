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

/// Drops the lines near the copy's top that glue two or more of the
/// menu's items above them with no space between (`أخبار
/// حضرموتتقارير وتحقيقات` under `أخبار حضرموت` and `تقارير
/// وتحقيقات`): the post's categories, which no table need know. So goes
/// a trail of the menu's items that ends with the headline under it.
pub fn drop_glued_menu_items(lines: &mut Vec<String>) {
    let top = lines.len().min(MENU_TOP_LINES);
    let mut items: HashSet<&str> = HashSet::new();
    let mut glued = Vec::new();
    for (at, line) in lines[..top].iter().enumerate() {
        let line = line.trim();
        // Or the trail to the story, its steps set apart by spaces alone,
        // ending with the headline under it (`الرئيسية التمويل شركة …` /
        // `شركة …`).
        let trail = lines.get(at + 1).is_some_and(|next| {
            let next = next.trim();
            line.strip_suffix(next)
                .filter(|steps| !next.is_empty() && steps.ends_with(' '))
                .is_some_and(|steps| {
                    steps.split_whitespace().count() >= 2
                        && steps.split_whitespace().all(|w| items.contains(w))
                })
        });
        if trail || is_glued_items(line, &items) {
            glued.push(at);
        } else if (1..=MENU_ITEM_WORDS).contains(&line.split_whitespace().count()) {
            items.insert(line);
        }
    }
    for at in glued.into_iter().rev() {
        lines.remove(at);
    }
}

/// How far down a copy the menu's items glued together are looked for.
const MENU_TOP_LINES: usize = 40;
/// The most words of a menu's item.
const MENU_ITEM_WORDS: usize = 3;

/// Whether `line` is two or more of `items` one after another, with no
/// space between two of them.
fn is_glued_items(line: &str, items: &HashSet<&str>) -> bool {
    if line.chars().count() > GLUED_MAX_CHARS || items.len() < 2 {
        return false;
    }
    let ends: Vec<usize> = line.char_indices().map(|(i, _)| i).skip(1).collect();
    // Two items glued (`أخبار حضرموتتقارير وتحقيقات`), or three with the
    // first two glued or spaced.
    ends.iter().any(|&cut| {
        let (first, rest) = line.split_at(cut);
        let glued = !first.ends_with(' ') && !rest.starts_with(' ');
        items.contains(first)
            && (glued && items.contains(rest)
                || ends.iter().filter(|&&c| c > cut).any(|&c| {
                    let (second, third) = line.split_at(c);
                    let second = &second[cut..];
                    items.contains(second.trim())
                        && items.contains(third)
                        && !third.starts_with(' ')
                        && !second.ends_with(' ')
                }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_menus_items_glued_together_are_dropped() {
        let mut lines: Vec<String> = [
            "الرئيسية",
            "أخبار حضرموت",
            "تقارير وتحقيقات",
            "رياضة",
            "أخبار حضرموتتقارير وتحقيقات",
            "رياضة في حضرموت",
            "أزمة وقود محطات الكهرباء تعود إلى ساحل حضرموت",
        ]
        .map(String::from)
        .to_vec();
        drop_glued_menu_items(&mut lines);
        assert_eq!(lines.len(), 6);
        assert!(!lines.iter().any(|l| l == "أخبار حضرموتتقارير وتحقيقات"));
        assert!(lines.iter().any(|l| l == "رياضة في حضرموت"));
    }

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
