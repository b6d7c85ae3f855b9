//! The search line as the view shows it: the prompt, the part of the
//! query around the caret laid out by the engine, and the terminal
//! cursor's cell: the visual place of the logical caret in that layout.

use std::ops::Range;

use ratatui::layout::Rect;
use unicode_segmentation::UnicodeSegmentation;

use crate::app::model::Model;
use crate::app::search_line::query_is_rtl;
use crate::app::ui::text::ui_line;
use crate::layout::{Direction, LayoutOptions, VisualLine, display_width, fit_line};

use super::Status;

/// `/` then the query as typed, laid out so Arabic reads right while it is
/// typed, and where the cursor goes. A query too long for the row shows
/// the part around the caret.
pub fn search_line(model: &Model, area: Rect) -> (Status, Option<(u16, u16)>) {
    let prompt = model.strings().search_prompt;
    let mirrored = model.mirrored();
    let prompt = ui_line(prompt, usize::from(area.width), mirrored, &model.opts);
    let prompt_cells = (prompt.width as u16 + 1).min(area.width);
    let width = area.width - prompt_cells;
    if width == 0 {
        return (
            Status::Search {
                prompt,
                query: None,
            },
            None,
        );
    }
    let input = &model.search.input;
    let caret = model.search.caret.min(input.len());
    // One cell stays free for the cursor past the query's end.
    let shown = window(input, caret, usize::from(width) - 1);
    let rtl = query_is_rtl(input);
    let opts = LayoutOptions {
        // The whole query's direction, even when its start is cut off.
        direction: if rtl { Direction::Rtl } else { Direction::Ltr },
        ..model.opts
    };
    let query = fit_line(&input[shown.clone()], usize::from(width), &opts);
    // The row the query is drawn in (`ui::status`): after the prompt, and
    // against it (at the row's right in a mirrored interface).
    let row_x = if mirrored {
        area.x
    } else {
        area.x + prompt_cells
    };
    let used = query.width.min(usize::from(width));
    let start = if mirrored {
        usize::from(width) - used
    } else {
        0
    };
    let cell = caret_cell(&query, caret - shown.start, shown.len());
    let x = (row_x as isize + start as isize + cell)
        .clamp(area.x as isize, (area.x + area.width - 1) as isize);
    let cursor = Some((x as u16, area.y));
    (
        Status::Search {
            prompt,
            query: Some(query),
        },
        cursor,
    )
}

/// The cell, counted from the line's first drawn cell, where the cursor
/// shows the caret at byte `caret` of the laid-out text (`len` bytes): on
/// the letter after the caret; past the end of the text in its direction
/// (left of a right-to-left line: -1) when the caret is at its end.
pub fn caret_cell(line: &VisualLine, caret: usize, len: usize) -> isize {
    if caret < len {
        let cells = &line.cells;
        let exact = cells.iter().position(|&b| b == caret);
        // A letter drawn in one cell with the letter before it (lam-alef
        // shaped into its ligature) shows at that cell.
        let joined = cells
            .iter()
            .enumerate()
            .filter(|&(_, &b)| b < caret)
            .max_by_key(|&(_, &b)| b)
            .map(|(i, _)| i);
        let later = cells.iter().position(|&b| b > caret && b < len);
        if let Some(i) = exact.or(joined).or(later) {
            return i as isize;
        }
    }
    if line.rtl { -1 } else { line.width as isize }
}

/// The bytes of `text` the row shows, at most `cells` wide: all of it if
/// it fits; else its start while the caret is in it; else the part ending
/// just after the caret's letter. Each cluster is measured once, so a long
/// pasted query costs one pass.
pub fn window(text: &str, caret: usize, cells: usize) -> Range<usize> {
    let clusters: Vec<(usize, usize)> = text
        .grapheme_indices(true)
        .map(|(i, g)| (i, display_width(g)))
        .collect();
    let byte = |k: usize| clusters.get(k).map_or(text.len(), |&(i, _)| i);
    let width = |range: Range<usize>| clusters[range].iter().map(|&(_, w)| w).sum::<usize>();
    let n = clusters.len();
    if width(0..n) <= cells {
        return 0..text.len();
    }
    // The cluster the caret is before (`n` at the end).
    let at = clusters.partition_point(|&(i, _)| i < caret);
    let after = (at + 1).min(n);
    let mut used = width(0..after);
    if used <= cells {
        let mut end = after;
        while end < n && used + clusters[end].1 <= cells {
            used += clusters[end].1;
            end += 1;
        }
        return 0..byte(end);
    }
    let end = if at == n { n } else { after };
    let mut start = end;
    let mut used = 0;
    while start > 0 && used + clusters[start - 1].1 <= cells {
        start -= 1;
        used += clusters[start].1;
    }
    byte(start)..byte(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_query_shows_its_start_or_the_part_before_the_caret() {
        let text = "abcdefghij";
        assert_eq!(window(text, 10, 20), 0..10);
        assert_eq!(window(text, 2, 5), 0..5);
        assert_eq!(window(text, 10, 5), 5..10);
        assert_eq!(window(text, 7, 5), 3..8, "ends with the letter after");
    }

    #[test]
    fn the_window_never_cuts_a_letter_from_its_harakat() {
        let text = "بَيْتٌ كَبِيرٌ جِدًّا";
        for caret in [0, "بَيْ".len(), text.len()] {
            let shown = window(text, caret, 4);
            assert!(text.is_char_boundary(shown.start));
            let first = text[shown.start..].chars().next().unwrap();
            assert!(
                !('\u{064B}'..='\u{0652}').contains(&first),
                "{caret}: {shown:?} starts with a mark"
            );
        }
    }
}
