//! Display widths: the only place qari decides how many terminal cells
//! something takes.
//!
//! Widths are counted per extended grapheme cluster (UAX #29) on the exact
//! text that is drawn. Measuring a whole string with `unicode-width` is wrong
//! for Arabic: it treats the logical pair "لا" as the one-cell ligature, but a
//! terminal draws the two code points in two cells. After shaping, the
//! ligature is the single code point U+FEFB and takes one cell.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Width in cells of `s` as drawn, summed per grapheme cluster.
pub fn display_width(s: &str) -> usize {
    let mut total = 0;
    for_each_cluster(s, |_, _, width, _| total += width);
    total
}

/// Width in cells of one grapheme cluster.
pub(crate) fn cluster_width(cluster: &str) -> usize {
    let mut chars = cluster.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => char_width(c),
        (None, _) => 0,
        _ => UnicodeWidthStr::width(cluster),
    }
}

/// Width of a single code point; control characters take no cell (they
/// never reach the terminal: `shape.rs` replaces them).
pub(crate) fn char_width(c: char) -> usize {
    match c as u32 {
        0..0x80 => usize::from(c >= ' ' && c != '\u{7f}'),
        // Arabic letters and their presentation forms: one cell each.
        0x0621..=0x064A | 0xFB50..=0xFDFF | 0xFE80..=0xFEFC => 1,
        _ => UnicodeWidthChar::width(c).unwrap_or(0),
    }
}

/// A code point that never extends the cluster before it and never glues
/// to the next one (not Extend, ZWJ, SpacingMark, Prepend, CR/LF, Hangul,
/// Regional_Indicator or Extended_Pictographic in UAX #29): between two
/// such characters there is always a cluster boundary (GB999).
#[inline]
pub(crate) fn is_simple(c: char) -> bool {
    let cp = c as u32;
    // The most frequent first: Arabic presentation forms, then ASCII.
    if (0xFE80..=0xFEFC).contains(&cp) || (0x20..=0x7E).contains(&cp) {
        return true;
    }
    matches!(cp,
        0x20..=0x7E
        | 0xA0..=0xA8 | 0xAA..=0xAD | 0xAF..=0x2FF
        | 0x060C..=0x060F | 0x061B | 0x061D..=0x064A | 0x0660..=0x066F
        | 0x0671..=0x06D5 | 0x06EE..=0x06FF
        | 0x2010..=0x2027 | 0x2030..=0x203B | 0x203D..=0x2048 | 0x204A..=0x205E
        | 0xFB50..=0xFDFF | 0xFE80..=0xFEFC)
}

/// Calls `f(byte_offset, cluster, width, chars)` for each extended grapheme
/// cluster of `s` (UAX #29), in order. Runs of "simple" characters (Latin,
/// Arabic letters and their presentation forms, common punctuation) are
/// split per code point directly; anything else goes through the full
/// UAX #29 segmenter from the last certain boundary.
pub(crate) fn for_each_cluster<'a>(s: &'a str, mut f: impl FnMut(usize, &'a str, usize, usize)) {
    let mut i = 0;
    let mut c = decode_at(s, 0);
    let mut c_simple = is_simple(c);
    while i < s.len() {
        let next = i + c.len_utf8();
        let d = if next < s.len() {
            decode_at(s, next)
        } else {
            '\0'
        };
        let d_simple = is_simple(d);
        if c_simple && (next == s.len() || d_simple) {
            f(i, &s[i..next], char_width(c), 1);
            i = next;
            c = d;
            c_simple = d_simple;
            continue;
        }
        // Slow path: segment up to the next position where a simple
        // character follows a simple one, which is a certain boundary.
        let mut end = next;
        let mut prev_simple = is_simple(c);
        while end < s.len() {
            let d = decode_at(s, end);
            let simple = is_simple(d);
            if simple && prev_simple {
                break;
            }
            prev_simple = simple;
            end += d.len_utf8();
        }
        for (off, g) in s[i..end].grapheme_indices(true) {
            f(i + off, g, cluster_width(g), g.chars().count());
        }
        i = end;
        if i < s.len() {
            c = decode_at(s, i);
            c_simple = is_simple(c);
        }
    }
}

/// The character starting at byte `i` of `s` (a character boundary).
#[inline]
fn decode_at(s: &str, i: usize) -> char {
    let b = s.as_bytes();
    match (b.get(i), b.get(i + 1)) {
        (Some(&b0), _) if b0 < 0x80 => char::from(b0),
        // Two-byte sequences: Latin, Greek, Hebrew, Arabic.
        (Some(&b0), Some(&b1)) if b0 < 0xE0 => {
            char::from_u32((u32::from(b0 & 0x1F) << 6) | u32::from(b1 & 0x3F)).unwrap_or('\0')
        }
        _ => s[i..].chars().next().unwrap_or('\0'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clusters(s: &str) -> Vec<&str> {
        let mut v = Vec::new();
        for_each_cluster(s, |_, g, _, _| v.push(g));
        v
    }

    #[test]
    fn lam_alef_logical_pair_is_two_cells() {
        assert_eq!(display_width("لا"), 2);
        assert_eq!(display_width("\u{FEFB}"), 1);
    }

    #[test]
    fn marks_take_no_cell() {
        assert_eq!(display_width("كَتَبَ"), 3);
        assert_eq!(display_width("e\u{301}"), 1);
    }

    #[test]
    fn wide_characters_take_two_cells() {
        assert_eq!(display_width("中文"), 4);
    }

    #[test]
    fn clusters_match_uax29() {
        for s in [
            "كَتَبَ abc",
            "a\u{301}\u{302}b",
            "\u{600}12 x",
            "👨\u{200D}👩\u{200D}👧 ok",
            "\r\n\u{1F1EB}\u{1F1F7}x",
            "ب\u{200D}ب",
            "©\u{FE0F}",
        ] {
            let want: Vec<&str> = s.graphemes(true).collect();
            assert_eq!(clusters(s), want, "{s:?}");
        }
    }
}
