//! UAX #9 rules that qari applies itself: the paragraph level (P2/P3) and
//! the per-line rules L1–L4. The embedding levels of a paragraph (X1–I2)
//! come from `unicode-bidi`; reordering is done here from those levels, so
//! it handles every nesting depth (up to the maximum of 125) and grapheme
//! clusters.

use unicode_bidi::BidiClass::{self, *};

/// UAX #9 P2/P3: the direction of the first strong character (L, R or AL)
/// that is not inside an isolate (LRI/RLI/FSI .. PDI). `None` if there is
/// none.
pub fn first_strong_is_rtl(text: &str) -> Option<bool> {
    let mut isolates = 0usize;
    for c in text.chars() {
        match super::levels::class(c) {
            LRI | RLI | FSI => isolates += 1,
            PDI => isolates = isolates.saturating_sub(1),
            L if isolates == 0 => return Some(false),
            R | AL if isolates == 0 => return Some(true),
            _ => {}
        }
    }
    None
}

/// Characters removed by UAX #9 X9: they have no level of their own that
/// matters and are never drawn.
pub fn removed_by_x9(class: BidiClass) -> bool {
    matches!(class, RLE | LRE | RLO | LRO | PDF | BN)
}

/// Characters qari never draws: the explicit directional formatting
/// characters (X9-removed embeddings and overrides, the isolates) and the
/// implicit marks LRM, RLM and ALM. They steer the levels and then go.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
    )
}

/// UAX #9 L1 on one line, given the original bidi classes and the resolved
/// levels of its characters (or clusters): segment separators (S) and
/// paragraph separators (B) are reset to the paragraph level, and so is any
/// sequence of whitespace (WS), isolate formatting characters and
/// X9-removed characters before them or at the end of the line.
pub fn reset_line_levels<I>(classes: I, levels: &mut [u8], para: u8)
where
    I: IntoIterator<Item = BidiClass>,
    I::IntoIter: DoubleEndedIterator + ExactSizeIterator,
{
    let mut trailing = true;
    for (i, class) in classes.into_iter().enumerate().rev() {
        if matches!(class, S | B) {
            levels[i] = para;
            trailing = true;
        } else if trailing && (matches!(class, WS | LRI | RLI | FSI | PDI) || removed_by_x9(class))
        {
            levels[i] = para;
        } else {
            trailing = false;
        }
    }
}

/// UAX #9 L2: from the highest level down to the lowest odd level, reverse
/// every maximal run of items at that level or higher. Returns the logical
/// index of each item in visual order, left to right.
pub fn visual_order(levels: &[u8]) -> Vec<usize> {
    let mut order = Vec::with_capacity(levels.len());
    visual_order_into(levels, &mut order);
    order
}

/// `visual_order` into a buffer kept from one line to the next.
pub(crate) fn visual_order_into(levels: &[u8], order: &mut Vec<usize>) {
    order.clear();
    order.extend(0..levels.len());
    let Some(&max) = levels.iter().max() else {
        return;
    };
    let min_odd = levels.iter().map(|&l| l | 1).min().unwrap_or(1);
    if max < min_odd {
        return;
    }
    // Common cases first: one direction only.
    if levels.iter().all(|&l| l == max) {
        order.reverse();
        return;
    }
    let mut level = max;
    while level >= min_odd {
        let mut i = 0;
        while i < order.len() {
            if levels[order[i]] >= level {
                let start = i;
                while i < order.len() && levels[order[i]] >= level {
                    i += 1;
                }
                order[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
}

/// UAX #9 L4: at an odd (right-to-left) level, a character with the
/// Bidi_Mirrored property is drawn as its mirror image (BidiMirroring.txt),
/// so "(" in Arabic text shows as ")".
pub fn mirror(c: char) -> char {
    let cp = c as u32;
    if cp < 0x80 && !matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | '{' | '}') {
        return c;
    }
    // Arabic letters and their presentation forms have no mirror image
    // (the ornate parentheses U+FD3E/FD3F have no mirrored glyph pair).
    if (0x0600..=0x08FF).contains(&cp)
        || (0xFB50..=0xFDFF).contains(&cp)
        || (0xFE70..=0xFEFF).contains(&cp)
    {
        return c;
    }
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_direction_from_first_strong_outside_isolates() {
        assert_eq!(first_strong_is_rtl("iPhone جديد"), Some(false));
        assert_eq!(first_strong_is_rtl("123 خبر"), Some(true));
        assert_eq!(first_strong_is_rtl("\u{2067}abc\u{2069} خبر"), Some(true));
        assert_eq!(first_strong_is_rtl("123 ..."), None);
    }

    #[test]
    fn l2_reverses_runs_from_the_highest_level() {
        // RTL paragraph: Arabic (1), a Latin word (2), Arabic (1)
        assert_eq!(visual_order(&[1, 1, 2, 2, 1]), vec![4, 2, 3, 1, 0]);
        assert_eq!(visual_order(&[0, 0, 0]), vec![0, 1, 2]);
        assert_eq!(visual_order(&[1, 1, 1]), vec![2, 1, 0]);
        assert_eq!(visual_order(&[]), Vec::<usize>::new());
    }

    #[test]
    fn l2_survives_the_deepest_nesting() {
        let levels: Vec<u8> = (0..=125).chain((0..=125).rev()).collect();
        let order = visual_order(&levels);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..levels.len()).collect::<Vec<_>>());
    }

    #[test]
    fn l1_resets_trailing_whitespace_and_separators() {
        let classes = [R, WS, L, S, WS, WS];
        let mut levels = [1, 1, 2, 2, 2, 2];
        reset_line_levels(classes, &mut levels, 1);
        assert_eq!(levels, [1, 1, 2, 1, 1, 1]);
    }

    #[test]
    fn l4_mirrors_brackets_and_guillemets() {
        assert_eq!(mirror('('), ')');
        assert_eq!(mirror('«'), '»');
        assert_eq!(mirror('>'), '<');
        assert_eq!(mirror('a'), 'a');
        assert_eq!(mirror('ب'), 'ب');
    }
}
