//! A long article's table of contents under its header (`محتويات المقال`
//! over the subheadings it links to): the subheadings come again where
//! they stand in the story, so the table is no text, and a line said
//! twice there is no headline.

use crate::search;

/// The labels over a table of contents, folded.
const LABELS: [&str; 9] = [
    "محتويات المقال",
    // A motoring site's jump list (`الوصول السريع للمحتوى`).
    "الوصول السريع للمحتوى",
    "الوصول السريع",
    "محتوى المقال",
    "جدول المحتويات",
    "المحتويات",
    "فهرس المقال",
    "في هذا المقال",
    "table of contents",
];
/// The fewest entries of a table of contents.
const MIN_ENTRIES: usize = 2;

/// Drops a table of contents from `lines`: its label and the entries
/// under it that the copy says again further down.
pub fn drop_contents(lines: &mut Vec<String>) {
    let is_label = |l: &str| {
        let folded = search::fold(l.trim().trim_end_matches([':', '：']).trim());
        LABELS.iter().any(|label| search::fold(label) == folded)
    };
    let Some(at) = lines.iter().position(|l| is_label(l)) else {
        return;
    };
    let entries = lines[at + 1..]
        .iter()
        .enumerate()
        .take_while(|(i, entry)| {
            let later = &lines[at + 1 + i + 1..];
            !entry.trim().is_empty() && later.iter().any(|l| l.trim() == entry.trim())
        })
        .count();
    if entries >= MIN_ENTRIES {
        lines.drain(at..=at + entries);
    }
}

#[cfg(test)]
mod tests {
    use super::drop_contents;

    fn owned(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|l| (*l).to_owned()).collect()
    }

    #[test]
    fn the_table_and_its_label_go_and_the_subheadings_stay() {
        let mut lines = owned(&[
            "العنوان",
            "محتويات المقال",
            "ماذا وجدت الدراسة؟",
            "نصائح للقراء",
            "فقرة أولى من النص.",
            "ماذا وجدت الدراسة؟",
            "فقرة ثانية.",
            "نصائح للقراء",
            "فقرة ثالثة.",
        ]);
        drop_contents(&mut lines);
        assert_eq!(lines[1], "فقرة أولى من النص.");
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn a_label_over_lines_said_once_is_left() {
        let mut lines = owned(&["المحتويات", "سطر أول.", "سطر ثان."]);
        drop_contents(&mut lines);
        assert_eq!(lines.len(), 3);
    }
}
