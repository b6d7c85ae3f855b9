//! Printed rows for a Konsole whose bidi rendering is on.
//!
//! Printed output (`show`, `doctor`…) stays on screen after qari has put
//! Konsole's bidi rendering back on, so Konsole's bidi paints it. Measured
//! in Konsole 22.12 under Xvfb: it lays out the text of a row with Qt, with
//! a left-to-right base direction whatever letter comes first, shapes it,
//! and draws each glyph in the cell its character sits in; it draws
//! box-drawing characters itself, each in its own cell, and the text
//! between them is laid out on its own; it does not mirror brackets; a
//! presentation form is drawn as that form, joined to its neighbours; and
//! directional marks and embeddings take no cell.
//!
//! So each row goes as the logical text whose left-to-right layout is the
//! row qari laid out: between box-drawing characters, each stretch of
//! right-to-left letters read backwards, the left-to-right runs and
//! numbers in it kept in their order, brackets as drawn; or, where the
//! neutrals at a stretch's left end would take the base direction (the
//! "٪" of "٢٫١٪"), the whole text inside a right-to-left embedding, its
//! Latin runs inside left-to-right ones. A text is kept only when qari's
//! own bidi, taking it as left-to-right, gives the very row again. The
//! letters keep the shapes qari gave them, so a lam-alef stays one code
//! point in one cell (sent as two letters, Qt joins them into one glyph in
//! the first cell and leaves the second empty).

use unicode_bidi::{BidiClass, bidi_class};

use super::mlterm_rows::{Runs, plain, undo};
use crate::layout::reorder::mirror;
use crate::layout::{display_width, fit_line};

/// Whether `c` is a letter or digit that a bidi algorithm moves in a
/// left-to-right row.
fn right_to_left(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

/// The logical text of `row` (one row as qari prints it) that Konsole's
/// bidi rendering lays out into the same cells; `None` when none does.
///
/// Konsole draws box-drawing characters itself, each in its own cell, and
/// lays out the text between them on its own: each stretch between them
/// is turned back by itself, and they stay in their cells.
pub fn logical_row(row: &str) -> Option<String> {
    left_to_right_row(row, KONSOLE)
}

/// How a terminal draws a row it lays out with a left-to-right base
/// direction.
#[derive(Debug, Clone, Copy)]
pub(super) struct Drawing {
    /// It mirrors brackets at right-to-left levels (mlterm does, Konsole
    /// does not).
    pub(super) mirrors: bool,
    /// Directional marks and embeddings take no cell (in Konsole; mlterm
    /// gives each a column).
    pub(super) marks: bool,
}

const KONSOLE: Drawing = Drawing {
    mirrors: false,
    marks: true,
};

/// The logical text of `row` that a terminal laying it out left to right,
/// drawing as `how` says, turns into the same cells, each stretch between
/// box-drawing characters on its own; `None` when none is found.
pub(super) fn left_to_right_row(row: &str, how: Drawing) -> Option<String> {
    if !row.chars().any(right_to_left) {
        return Some(row.to_string());
    }
    // Spaces at the end draw nothing.
    let content = row.trim_end_matches(' ');
    let mut out = String::with_capacity(content.len() + 8);
    let mut rest = content;
    while let Some(at) = rest.find(drawn_by_konsole) {
        out.push_str(&logical_piece(&rest[..at], how)?);
        let bar = rest[at..].chars().next()?;
        out.push(bar);
        rest = &rest[at + bar.len_utf8()..];
    }
    out.push_str(&logical_piece(rest, how)?);
    Some(out)
}

/// Box-drawing and block characters, which Konsole draws itself rather
/// than through the font.
fn drawn_by_konsole(c: char) -> bool {
    ('\u{2500}'..='\u{259F}').contains(&c)
}

/// The logical text of one stretch of a row between box-drawing
/// characters, laid out with a left-to-right base direction.
fn logical_piece(piece: &str, how: Drawing) -> Option<String> {
    if !piece.chars().any(right_to_left) {
        return Some(piece.to_string());
    }
    let runs: Vec<Runs> = (0..8)
        .map(|i| Runs {
            together: i % 4 < 2,
            extend: i % 2 == 0,
            turn_back: how.mirrors,
            embed: false,
            numbers_alone: i >= 4,
        })
        .collect();
    // Spaces in front (a right-to-left row's padding) stay where they are
    // in a left-to-right row.
    let found = runs
        .iter()
        .map(|&runs| undo(piece, false, runs))
        .find(|logical| lays_out_as(logical, piece, how));
    if found.is_some() || !how.marks {
        return found;
    }
    // Neutrals at the left end (the "%" of "٢٫١٪", last in reading order)
    // would take the left-to-right base direction: the right-to-left text
    // goes inside an embedding of its own, after the spaces in front.
    let text = piece.trim_start_matches(' ');
    let pad = &piece[..piece.len() - text.len()];
    // Latin isolated in the row (a flag, a name in brackets) keeps its
    // neutrals and numbers inside: each left-to-right run goes inside an
    // embedding too.
    let embedded: Vec<Runs> = runs
        .iter()
        .map(|&runs| Runs {
            embed: true,
            ..runs
        })
        .collect();
    runs.iter()
        .chain(&embedded)
        .map(|&runs| format!("{pad}{RLE}{}{PDF}", undo(text, true, runs)))
        .find(|wrapped| lays_out_as(wrapped, piece, how))
}

/// Whether a left-to-right layout of `logical` draws as `visual` in
/// Konsole.
fn lays_out_as(logical: &str, visual: &str, how: Drawing) -> bool {
    let width = display_width(visual) + 8;
    let laid_out = fit_line(logical, width, &plain(false)).text;
    if how.mirrors {
        laid_out == visual
    } else {
        same_cells(&laid_out, visual)
    }
}

/// Whether a layout's `laid_out` row draws as `row` in Konsole, which
/// does not mirror brackets: the same characters, a mirrored character
/// and its twin taken as one.
fn same_cells(laid_out: &str, row: &str) -> bool {
    let one = |c: char| c.min(mirror(c));
    let drawn = |c: &char| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}');
    laid_out
        .chars()
        .filter(drawn)
        .map(one)
        .eq(row.chars().map(one))
}

/// U+202B RIGHT-TO-LEFT EMBEDDING and U+202C POP DIRECTIONAL FORMATTING.
const RLE: char = '\u{202B}';
const PDF: char = '\u{202C}';

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::mlterm_rows::tests::printed;
    use crate::layout::{Direction, LayoutOptions, layout_paragraph};

    /// How a left-to-right bidi layout (Konsole's) orders `logical`.
    fn laid_out(logical: &str) -> String {
        fit_line(logical, display_width(logical) + 8, &plain(false)).text
    }

    #[test]
    fn a_right_to_left_row_goes_as_text_a_left_to_right_layout_gives_back() {
        for text in [
            "قال الوزير إن النمو بلغ 3.5% في (2024) مقابل ٢٫١٪",
            "لا إله إلا الله، وقال John Smith إن الخبر [صحيح] تمامًا",
            "مُدَرِّسَةٌ جَمِيلَةٌ تقرأ «الأخبار» كل صباح",
            "تجمع لغة Rust بين سرعة C++ وأمان الذاكرة",
            "Rust تدخل غرف الأخبار: أدوات سطر الأوامر",
        ] {
            let row = printed(text, 70);
            let logical = logical_row(&row).expect(text);
            assert!(same_cells(&laid_out(&logical), row.trim_end()), "{text}");
            // The padding stays in front, and no cell is added or lost.
            assert!(logical.starts_with(' '), "{logical:?}");
            assert_eq!(display_width(&logical), display_width(row.trim_end()));
            assert_ne!(logical, row.trim_end(), "{text}");
        }
    }

    #[test]
    fn brackets_go_as_drawn_since_konsole_does_not_mirror_them() {
        let row = printed("قال إن الخبر [صحيح] «تمامًا» (اليوم)", 60);
        let logical = logical_row(&row).expect("found");
        let brackets =
            |s: &str| -> String { s.chars().filter(|c| "[]«»()".contains(*c)).collect() };
        // Read backwards, and not turned back: each bracket is the glyph
        // qari's row has in that cell.
        let drawn: String = brackets(&row).chars().rev().collect();
        assert_eq!(brackets(&logical), drawn);
        assert_eq!(brackets(&row), "()«»[]");
        assert_eq!(brackets(&logical), "][»«)(");
    }

    #[test]
    fn reading_order_puts_the_first_word_first() {
        let row = printed("قال الوزير", 20);
        let logical = logical_row(&row).expect("found");
        // "قال" shaped by qari, read in logical order: qaf, alef, lam.
        let words: Vec<&str> = logical.split_whitespace().collect();
        assert_eq!(words.len(), 2);
        let qal: Vec<char> = words[0].chars().collect();
        assert_eq!(qal, ['\u{FED7}', '\u{FE8E}', '\u{FEDD}']);
    }

    #[test]
    fn a_lam_alef_keeps_its_one_cell() {
        let row = printed("بلا شك", 20);
        let logical = logical_row(&row).expect("found");
        assert!(logical.contains('\u{FEFC}'), "{logical:?}");
        assert_eq!(display_width(&logical), 20);
    }

    /// Every string with an Arabic letter in the sample articles.
    fn sample_paragraphs() -> Vec<String> {
        fn strings(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::String(s) => out.extend(s.lines().map(str::to_string)),
                serde_json::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
                serde_json::Value::Object(map) => map.values().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for json in [
            include_str!("../../assets/mixed-script.json"),
            include_str!("../../assets/numbers-and-dates.json"),
            include_str!("../../assets/persian-urdu.json"),
            include_str!("../../assets/long-read.json"),
        ] {
            strings(&serde_json::from_str(json).expect("sample JSON"), &mut out);
        }
        out.extend(
            include_str!("../../assets/000_8cd855bd8944e8de.txt")
                .lines()
                .map(str::to_string),
        );
        out.retain(|p| p.chars().any(|c| bidi_class(c) == BidiClass::AL));
        out
    }

    #[test]
    fn every_row_of_the_sample_articles_goes_as_logical_text() {
        let opts = LayoutOptions {
            direction: Direction::Rtl,
            ..LayoutOptions::default()
        };
        let mut rows = 0;
        for paragraph in sample_paragraphs() {
            for width in [40, 63, 90] {
                for line in layout_paragraph(&paragraph, width, &opts) {
                    let row = format!(
                        "{}{}",
                        " ".repeat(width.saturating_sub(line.width)),
                        line.text
                    );
                    let logical = logical_row(&row).unwrap_or_else(|| panic!("{row:?}"));
                    assert!(same_cells(&laid_out(&logical), row.trim_end()), "{row:?}");
                    rows += 1;
                }
            }
        }
        assert!(rows > 300, "{rows} rows");
    }

    #[test]
    fn rows_without_right_to_left_letters_go_as_they_are() {
        let row = "  3  2024-03-15  ok (done)";
        assert_eq!(logical_row(row).as_deref(), Some(row));
    }
}
