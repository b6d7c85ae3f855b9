//! Printed rows for an mlterm whose own bidi and shaping (`ctl`) are on.
//!
//! mlterm applies `ctl` whenever it paints a row, so output that stays on
//! screen cannot have it switched off around it. Instead each row qari
//! laid out goes as the logical text that mlterm's bidi turns back into
//! the same cells: mlterm runs the Unicode bidi algorithm on each row on
//! its own, takes the row's direction from its first strong letter, and
//! puts a right-to-left row against the right edge. The logical text is
//! found by undoing the reordering (the row read backwards, the
//! left-to-right runs and numbers put back in their order, mirrored
//! brackets turned back), and kept only when qari's own bidi, which agrees
//! with FriBidi's, lays it out into the very row again.

use unicode_bidi::{BidiClass, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

use super::konsole_rows::{Drawing, left_to_right_row};
use crate::layout::reorder::mirror;
use crate::layout::{Direction, LayoutOptions, Shaping, display_width, fit_line};

/// mlterm mirrors brackets, and gives directional marks a column.
const MLTERM: Drawing = Drawing {
    mirrors: true,
    marks: false,
};

/// U+200F RIGHT-TO-LEFT MARK and U+200E LEFT-TO-RIGHT MARK: they set a
/// row's direction where its first strong letter would say otherwise.
/// mlterm gives such a mark a column when it places a row, so one is only
/// used in a row narrower than the terminal.
const RLM: char = '\u{200F}';
const LRM: char = '\u{200E}';

/// What a cluster is to the reordering, by its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Left-to-right letters.
    Ltr,
    /// Right-to-left letters.
    Rtl,
    /// Digits of either kind.
    Number,
    /// What joins digits into a number: separators and terminators.
    Joiner,
    /// Spaces and other neutral characters.
    Neutral,
}

pub(super) fn kind(cluster: &str) -> Kind {
    match cluster.chars().next().map(bidi_class) {
        Some(BidiClass::L) => Kind::Ltr,
        Some(BidiClass::R | BidiClass::AL) => Kind::Rtl,
        Some(BidiClass::EN | BidiClass::AN) => Kind::Number,
        Some(BidiClass::ES | BidiClass::CS | BidiClass::ET) => Kind::Joiner,
        _ => Kind::Neutral,
    }
}

/// The logical text of `row` (one row as qari prints it to a terminal
/// `width` cells wide) for an mlterm with `ctl` on; `None` when none lays
/// out into the same row.
pub fn logical_row(row: &str, width: usize) -> Option<String> {
    if !row
        .chars()
        .any(|c| kind(c.encode_utf8(&mut [0; 4])) == Kind::Rtl)
    {
        return Some(row.to_string());
    }
    // mlterm lays out a row with a box-drawing character in it (a quote's
    // bar, a table's rule) left to right, whatever its letters.
    if row.chars().any(|c| ('\u{2500}'..='\u{259F}').contains(&c)) {
        return left_to_right_row(row, MLTERM);
    }
    // A right-to-left row reaches the right edge (qari pads it there), and
    // mlterm puts it there itself: the padding is left out.
    let content = row.trim_start_matches(' ');
    let tries = (0..8).map(|i| (i < 4, i % 4 < 2, i % 2 == 0));
    tries.into_iter().find_map(|(rtl, together, extend)| {
        if rtl && display_width(row) != width {
            return None;
        }
        let content = if rtl {
            content
        } else {
            row.trim_end_matches(' ')
        };
        let logical = undo(
            content,
            rtl,
            Runs {
                together,
                extend,
                turn_back: true,
                embed: false,
                numbers_alone: false,
            },
        );
        let laid_out = fit_line(&logical, display_width(content) + 8, &plain(rtl)).text;
        if laid_out != content {
            return None;
        }
        match first_strong(&logical) {
            Some(found) if found == rtl => Some(logical),
            None if !rtl => Some(logical),
            _ if display_width(content) < width => {
                Some(format!("{}{logical}", if rtl { RLM } else { LRM }))
            }
            _ => None,
        }
    })
}

/// Layout options that only reorder: no shaping, nothing replaced.
pub(super) fn plain(rtl: bool) -> LayoutOptions {
    LayoutOptions {
        direction: if rtl { Direction::Rtl } else { Direction::Ltr },
        shaping: Shaping::Off,
        ..LayoutOptions::default()
    }
}

/// Whether the first strong letter of `text` is right-to-left; `None`
/// when it has none.
fn first_strong(text: &str) -> Option<bool> {
    text.chars().find_map(|c| match bidi_class(c) {
        BidiClass::L => Some(false),
        BidiClass::R | BidiClass::AL => Some(true),
        _ => None,
    })
}

/// Which clusters make up the runs a right-to-left stretch draws left to
/// right. The choice depends on what the bidi algorithm resolved, which a
/// row does not show: each is tried, and the layout again decides.
#[derive(Debug, Clone, Copy)]
pub(super) struct Runs {
    /// A left-to-right run and a number next to it (with only neutrals
    /// between) are one run.
    pub(super) together: bool,
    /// Separators and terminators at a number's ends belong to it ("3.5%"
    /// after Latin; not "٪٢٫١" after Arabic, where "%" is neutral).
    pub(super) extend: bool,
    /// Mirrored characters are turned back, for a terminal that mirrors
    /// them again (mlterm; not Konsole, which draws them as they come).
    pub(super) turn_back: bool,
    /// Each left-to-right run goes inside LRE … PDF, so that the numbers
    /// and neutrals in it are laid out left to right with it.
    pub(super) embed: bool,
    /// A number's run takes no spaces or other neutrals: between numbers
    /// after Arabic they resolve right to left ("٣ ٢ ١ ٠").
    pub(super) numbers_alone: bool,
}

/// `visual` put back in logical order, taking the row as right-to-left
/// (`rtl`) or left-to-right, with `runs` drawn left to right.
pub(super) fn undo(visual: &str, rtl: bool, runs: Runs) -> String {
    let clusters: Vec<&str> = visual.graphemes(true).collect();
    let kinds: Vec<Kind> = clusters.iter().map(|c| kind(c)).collect();
    // The stretches drawn right to left: in a right-to-left row everything
    // outside the left-to-right runs; in a left-to-right row from a
    // right-to-left letter to the last one before the next left-to-right.
    let mut out = String::with_capacity(visual.len());
    if rtl {
        reversed_into(&clusters, &kinds, runs, &mut out);
        return out;
    }
    let mut i = 0;
    while i < clusters.len() {
        if kinds[i] != Kind::Rtl {
            out.push_str(clusters[i]);
            i += 1;
            continue;
        }
        let end = (i..clusters.len())
            .take_while(|&j| kinds[j] != Kind::Ltr)
            .filter(|&j| kinds[j] == Kind::Rtl)
            .last()
            .map_or(i + 1, |j| j + 1);
        reversed_into(&clusters[i..end], &kinds[i..end], runs, &mut out);
        i = end;
    }
    out
}

/// A right-to-left stretch of clusters read backwards into `out`, its
/// left-to-right runs and numbers kept in their order and its mirrored
/// characters turned back.
fn reversed_into(clusters: &[&str], kinds: &[Kind], runs_are: Runs, out: &mut String) {
    let Runs {
        together,
        extend,
        turn_back,
        embed,
        numbers_alone,
    } = runs_are;
    let n = clusters.len();
    // Runs drawn left to right, as ranges of the visual clusters.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let k = kinds[i];
        if !matches!(k, Kind::Ltr | Kind::Number) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        let mut j = i + 1;
        while j < n && kinds[j] != Kind::Rtl {
            let joins = match kinds[j] {
                Kind::Ltr | Kind::Number => together || kinds[j] == k,
                Kind::Joiner => k == Kind::Number || together,
                _ => !(numbers_alone && k == Kind::Number),
            };
            if !joins {
                break;
            }
            if kinds[j] != Kind::Neutral && (extend || kinds[j] != Kind::Joiner) {
                end = j + 1;
            }
            j += 1;
        }
        // Separators and terminators before a number belong to it.
        let mut start = i;
        while extend && k == Kind::Number && start > 0 && kinds[start - 1] == Kind::Joiner {
            start -= 1;
        }
        runs.push((start, end));
        i = end;
    }
    let mut pos = n;
    for &(start, end) in runs.iter().rev() {
        mirrored_back(&clusters[end..pos], turn_back, out);
        if embed {
            out.push('\u{202A}');
        }
        clusters[start..end].iter().for_each(|c| out.push_str(c));
        if embed {
            out.push('\u{202C}');
        }
        pos = start;
    }
    mirrored_back(&clusters[..pos], turn_back, out);
}

/// Clusters read backwards, each mirrored character turned back when
/// `turn_back`.
fn mirrored_back(clusters: &[&str], turn_back: bool, out: &mut String) {
    for c in clusters.iter().rev() {
        if turn_back {
            out.extend(c.chars().map(mirror));
        } else {
            out.push_str(c);
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::layout::layout_paragraph;

    /// The row qari prints for `text` in a terminal `width` cells wide
    /// (also the rows the Konsole encoding is tested on).
    pub(crate) fn printed(text: &str, width: usize) -> String {
        let opts = LayoutOptions {
            direction: Direction::Rtl,
            ..LayoutOptions::default()
        };
        let row = &layout_paragraph(text, width, &opts)[0];
        format!("{}{}", " ".repeat(width - row.width), row.text)
    }

    #[test]
    fn a_right_to_left_row_goes_back_to_its_logical_text() {
        for text in [
            "قال الوزير إن النمو بلغ 3.5% في (2024) مقابل ٢٫١٪",
            "لا إله إلا الله، وقال John Smith إن الخبر [صحيح] تمامًا",
            "مُدَرِّسَةٌ جَمِيلَةٌ تقرأ «الأخبار» كل صباح",
            "تجمع لغة Rust بين سرعة C++ وأمان الذاكرة",
        ] {
            let row = printed(text, 70);
            let logical = logical_row(&row, 70).expect(text);
            // Shaped, so compared by the letters' shapes again.
            let opts = plain(true);
            assert_eq!(
                fit_line(&logical, 80, &opts).text,
                row.trim_start(),
                "{text}"
            );
            assert!(!logical.starts_with(RLM), "{logical:?}");
            assert!(!logical.contains('\u{200E}'));
        }
    }

    #[test]
    fn a_row_starting_with_latin_is_marked_right_to_left_when_it_has_room() {
        let row = printed("Rust تدخل غرف الأخبار", 40);
        let logical = logical_row(&row, 40).expect("found");
        assert!(logical.starts_with(RLM), "{logical:?}");
        assert!(logical.trim_start_matches(RLM).starts_with("Rust"));
        // A full row has no column for the mark.
        let full = printed("Rust تدخل", 9);
        assert_eq!(logical_row(&full, 9), None);
    }

    #[test]
    fn a_row_with_a_quotes_bar_goes_as_text_laid_out_left_to_right() {
        // A quote as `show` draws it: right-aligned, its bar on the right.
        let quoted = printed("الخوارزمية (Unicode Bidirectional Algorithm) ليست ترفًا", 60);
        let row = format!("{quoted} ┃");
        let logical = logical_row(&row, 62).expect("found");
        // mlterm takes such a row as left to right: the padding stays in
        // front, the bar in its cell, and the row is drawn again.
        assert!(
            logical.starts_with(' ') && logical.ends_with(" ┃"),
            "{logical:?}"
        );
        assert_eq!(fit_line(&logical, 70, &plain(false)).text, row);
        assert_ne!(logical, row);
        assert!(!logical.contains(['\u{200E}', '\u{200F}', '\u{202B}']));
    }

    #[test]
    fn left_to_right_rows_keep_their_latin_and_turn_their_arabic_back() {
        let latin = "  3  2024-03-15  ok";
        assert_eq!(logical_row(latin, 40).as_deref(), Some(latin));
        let line = "1  مرحبا بالعالم (2 min)";
        let row = fit_line(line, 40, &plain(false)).text;
        assert_ne!(row, line);
        // mlterm would take the row as right-to-left by its first letter.
        let logical = logical_row(&row, 40).expect("found");
        assert_eq!(logical.strip_prefix(LRM), Some(line));
    }
}
