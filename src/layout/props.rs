//! Per-character properties of the blocks news text is made of — Latin,
//! Greek, Hebrew and Arabic (U+0000–U+07FF), general punctuation
//! (U+2000–U+206F) and the Arabic presentation forms (U+FB00–U+FEFF) —
//! computed once into small tables indexed by code point, so that laying
//! out a character costs one lookup instead of a search per property.

use std::sync::LazyLock;

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::{BidiDataSource, HardcodedBidiData};

use super::levels::{BRACKET, CONTROL};
use super::measure::{char_width, is_simple};
use super::reorder::is_bidi_control;

/// What the layout engine needs to know of one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CharProps {
    /// Bidi_Class (UnicodeData.txt field 4).
    pub class: BidiClass,
    /// Cells taken when drawn alone (`measure::char_width`).
    pub width: u8,
    /// Always a grapheme cluster of its own (`measure::is_simple`).
    pub simple: bool,
    /// Drawn as it is at any level: neither mirrored (UAX #9 L4: all
    /// Bidi_Mirrored characters are of class ON) nor a bidi control.
    pub plain: bool,
    /// `1 << class`, with `levels::BRACKET` for a paired bracket
    /// (BidiBrackets.txt, which UAX #9 N0 looks at) and
    /// `levels::CONTROL` for a bidi control, never drawn
    /// (`reorder::is_bidi_control`): what a paragraph holds, gathered by
    /// one `|` per character.
    pub bits: u32,
}

impl CharProps {
    fn compute(c: char) -> CharProps {
        let class = unicode_bidi::bidi_class(c);
        let bracket = HardcodedBidiData.bidi_matched_opening_bracket(c).is_some();
        let bits = 1 << (class as u32)
            | if bracket { BRACKET } else { 0 }
            | if is_bidi_control(c) { CONTROL } else { 0 };
        CharProps {
            class,
            width: char_width(c).min(usize::from(u8::MAX)) as u8,
            simple: is_simple(c),
            plain: !matches!(
                class,
                ON | LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI
            ) && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}'),
            bits,
        }
    }
}

static LOW: LazyLock<Vec<CharProps>> = LazyLock::new(|| table(0x0000..0x0800));
static PUNCT: LazyLock<Vec<CharProps>> = LazyLock::new(|| table(0x2000..0x2070));
static FORMS: LazyLock<Vec<CharProps>> = LazyLock::new(|| table(0xFB00..0xFF00));

fn table(range: std::ops::Range<u32>) -> Vec<CharProps> {
    range
        .map(|cp| CharProps::compute(char::from_u32(cp).unwrap_or('\u{FFFD}')))
        .collect()
}

/// The tables, dereferenced once per paragraph rather than per character.
#[derive(Clone, Copy)]
pub(crate) struct Props {
    low: &'static [CharProps],
    punct: &'static [CharProps],
    forms: &'static [CharProps],
}

impl Props {
    pub fn get() -> Props {
        Props {
            low: &LOW,
            punct: &PUNCT,
            forms: &FORMS,
        }
    }

    #[inline]
    pub fn of(self, c: char) -> CharProps {
        let cp = c as usize;
        match cp {
            0..0x800 => self.low[cp],
            0x2000..0x2070 => self.punct[cp - 0x2000],
            0xFB00..0xFF00 => self.forms[cp - 0xFB00],
            _ => CharProps::compute(c),
        }
    }

    #[inline]
    pub fn class(self, c: char) -> BidiClass {
        let cp = c as usize;
        match cp {
            0..0x800 => self.low[cp].class,
            0x2000..0x2070 => self.punct[cp - 0x2000].class,
            0xFB00..0xFF00 => self.forms[cp - 0xFB00].class,
            _ => unicode_bidi::bidi_class(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_drawn_as_it_is() {
        // Line filling tells hanging whitespace by `plain` alone.
        for c in ('\0'..='\u{FFFF}').filter(|c| c.is_whitespace()) {
            assert!(Props::get().of(c).plain, "{c:?}");
        }
    }

    #[test]
    fn tables_give_what_the_definitions_give() {
        let props = Props::get();
        for c in ('\0'..='\u{FFFF}')
            .step_by(7)
            .chain(['ب', '\u{FEFB}', '(', ' ', '\u{200F}'])
        {
            assert_eq!(props.of(c), CharProps::compute(c), "{c:?}");
            assert_eq!(props.class(c), unicode_bidi::bidi_class(c), "{c:?}");
        }
    }
}
