//! Text preparation in logical order: cleaning, harakat, digits and Arabic
//! shaping (ArabicShaping.txt, UnicodeData.txt presentation forms).
//!
//! Every output byte keeps the byte offset of the source character it came
//! from, so a cell on screen can be traced back to the paragraph.

use std::sync::LazyLock;

use unicode_joining_type::{JoiningType, get_joining_type};

use super::digits::map_number_char;
use super::forms::{Form, presentation_form};
use super::options::{Digits, LayoutOptions, Shaping, Tashkeel};
use super::props::{CharProps, Props};

const LAM: char = '\u{0644}';
const ZWJ: char = '\u{200D}';
const ZWNJ: char = '\u{200C}';

/// Where shaping puts each character it gives, in logical order, with the
/// byte offset of the source character it stands for: the pass that goes
/// on to find clusters and classes on the way (`para::Pass`), so that each
/// character is visited once.
pub(crate) trait Sink {
    fn put(&mut self, c: char, src: u32);

    /// `put` for a character whose properties are known already (a
    /// presentation form from the `ARABIC` table).
    #[inline(always)]
    fn put_with(&mut self, c: char, _props: CharProps, src: u32) {
        self.put(c, src);
    }

    /// `put` for a printable ASCII character.
    #[inline(always)]
    fn put_ascii(&mut self, c: char, src: u32) {
        self.put(c, src);
    }

    /// `put_with` for a character whose UTF-8 encoding is known too: its
    /// `n` bytes first in `utf8`, then zeros.
    #[inline(always)]
    fn put_encoded(&mut self, c: char, _utf8: [u8; 4], _n: usize, props: CharProps, src: u32) {
        self.put_with(c, props, src);
    }
}

/// Shaped text with, for each of its characters, the byte offset of the
/// source character it came from.
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct Traced {
    pub text: String,
    pub src: Vec<u32>,
}

#[cfg(test)]
impl Sink for Traced {
    fn put(&mut self, c: char, src: u32) {
        self.text.push(c);
        self.src.push(src);
    }
}

/// `shape_into` fresh buffers.
#[cfg(test)]
pub(crate) fn shape(text: &str, opts: &LayoutOptions) -> Traced {
    let mut out = Traced::default();
    shape_into(text, opts, &mut out);
    out
}

/// Prepares a paragraph for layout: clean, strip harakat, map digits, then
/// shape if asked; each character given to `out`.
#[inline(always)]
pub(crate) fn shape_into(text: &str, opts: &LayoutOptions, out: &mut impl Sink) {
    let strip = opts.tashkeel == Tashkeel::Strip;
    let digits = opts.digits;
    if !strip && digits == Digits::Keep {
        // The usual case: every character as it is, once cleaned.
        let chars = text.char_indices().map(|(i, c)| (c, i as u32));
        return match opts.shaping {
            Shaping::Off => chars.for_each(|(c, i)| out.put(clean(c), i)),
            // Cleaned by `join`, which has told ASCII and the Arabic
            // block apart already.
            Shaping::On => join::<true>(chars, out),
        };
    }
    let mut rest = text.char_indices().peekable();
    let mut prev = '\0';
    let prepared = std::iter::from_fn(move || {
        loop {
            let (i, c) = rest.next()?;
            let c = clean(c);
            if strip && is_haraka(c) {
                continue;
            }
            let mapped = match digits {
                Digits::Keep => c,
                _ => {
                    let next = rest.peek().map_or('\0', |&(_, n)| n);
                    map_number_char(c, prev, next, digits)
                }
            };
            prev = c;
            return Some((mapped, i as u32));
        }
    });
    match opts.shaping {
        Shaping::Off => prepared.for_each(|(c, i)| out.put(c, i)),
        Shaping::On => join::<false>(prepared, out),
    }
}

/// Paragraph and line separators become spaces (one input line is one
/// paragraph, UAX #9 P1 is not applied inside it); tabs become spaces; other
/// control characters become visible Control Pictures (U+2400 block) or
/// U+FFFD, so text never sends a control sequence to the terminal.
#[inline(always)]
fn clean(c: char) -> char {
    let cp = c as u32;
    // Printable ASCII, or anything from U+00A0 on but U+2028 and U+2029.
    if cp.wrapping_sub(0x20) < 0x5F || (cp >= 0xA0 && cp & !1 != 0x2028) {
        return c;
    }
    match c {
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | '\u{1C}'..='\u{1F}' => ' ',
        '\u{85}' | '\u{2028}' | '\u{2029}' => ' ',
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        '\u{80}'..='\u{9F}' => '\u{FFFD}',
        _ => c,
    }
}

/// Arabic harakat and Quranic annotation marks (the combining marks of the
/// Arabic blocks), removed by `Tashkeel::Strip`.
pub(crate) fn is_haraka(c: char) -> bool {
    matches!(c as u32,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x08D3..=0x08E1 | 0x08E3..=0x08FF)
}

/// How a character takes part in joining (ArabicShaping.txt), as bits.
const TRANSPARENT: u8 = 1;
/// Connects to the character before it: D, R and C join on their right.
const JOINS_PREV: u8 = 2;
/// Connects to the character after it: D, L and C join on their left.
const JOINS_NEXT: u8 = 4;
/// Has a form joined to the letter before: D and R.
const TAKES_PREV: u8 = 8;
/// Has a form joined to the letter after: D and L.
const TAKES_NEXT: u8 = 16;
/// Takes part in joining and is then dropped: ZWJ and ZWNJ.
const DROPPED: u8 = 32;

/// The joining bits of a character.
fn joining(c: char) -> u8 {
    use JoiningType::*;
    let bits = match get_joining_type(c) {
        Transparent => TRANSPARENT,
        DualJoining => JOINS_PREV | JOINS_NEXT | TAKES_PREV | TAKES_NEXT,
        RightJoining => JOINS_PREV | TAKES_PREV,
        LeftJoining => JOINS_NEXT | TAKES_NEXT,
        JoinCausing => JOINS_PREV | JOINS_NEXT,
        _ => 0,
    };
    if c == ZWJ || c == ZWNJ {
        bits | DROPPED
    } else {
        bits
    }
}

/// The lam-alef ligature (isolated, final) for an alef variant.
fn lam_alef(alef: char) -> Option<(char, char)> {
    match alef {
        '\u{0622}' => Some(('\u{FEF5}', '\u{FEF6}')),
        '\u{0623}' => Some(('\u{FEF7}', '\u{FEF8}')),
        '\u{0625}' => Some(('\u{FEF9}', '\u{FEFA}')),
        '\u{0627}' => Some(('\u{FEFB}', '\u{FEFC}')),
        _ => None,
    }
}

/// Cursive joining (ArabicShaping.txt): each letter takes its isolated,
/// final, initial or medial form from its own joining type and those of the
/// nearest non-transparent neighbours. Transparent characters (harakat and
/// other marks) are skipped when looking for neighbours and are kept. Lam
/// followed by an alef, possibly with marks between them, becomes the
/// mandatory ligature, with the marks after it. ZWJ (join causing) and ZWNJ
/// (non-joining) take part in joining and are then dropped. The optional
/// ALLAH ligature (U+FDF2) is never formed.
/// With `CLEAN`, the characters are cleaned (`clean`) here first.
fn join<const CLEAN: bool>(chars: impl Iterator<Item = (char, u32)>, out: &mut impl Sink) {
    // The last letter (non-transparent character) and its joining bits,
    // whose form waits on the next letter, and the marks after it, which
    // follow it out.
    let mut pending: Option<(char, u32, u8)> = None;
    let mut marks: Vec<(char, u32)> = Vec::new();
    // Whether the letter before `pending` joins towards it.
    let mut prev_joins = false;
    let arabic: &[Letter; 256] = &ARABIC;
    for (c, src) in chars {
        if c.is_ascii() {
            // Never joins nor has a presentation form: out at once, after
            // the letter before it, which it does not join. Nor does the
            // Control Picture a control character becomes.
            if let Some((p, psrc, pj)) = pending.take() {
                put_letter(arabic, p, psrc, pj, prev_joins, false, out);
                flush(&mut marks, out);
            }
            if c >= ' ' && c != '\u{7F}' {
                out.put_ascii(c, src);
            } else {
                out.put(if CLEAN { clean(c) } else { c }, src);
            }
            prev_joins = false;
            continue;
        }
        // The Arabic block needs no cleaning.
        let (c, j) = match arabic.get((c as usize).wrapping_sub(0x600)) {
            Some(letter) => (c, letter.joining),
            None if CLEAN => {
                let c = clean(c);
                (c, joining(c))
            }
            None => (c, joining(c)),
        };
        if j & TRANSPARENT != 0 {
            match pending {
                Some(_) => marks.push((c, src)),
                None => out.put(c, src),
            }
            continue;
        }
        if let Some((p, psrc, pj)) = pending.take() {
            if p == LAM
                && let Some((iso, fin)) = lam_alef(c)
            {
                out.put(if prev_joins { fin } else { iso }, psrc);
                flush(&mut marks, out);
                prev_joins = false;
                continue;
            }
            put_letter(arabic, p, psrc, pj, prev_joins, j & JOINS_PREV != 0, out);
            flush(&mut marks, out);
            prev_joins = pj & JOINS_NEXT != 0;
        }
        pending = Some((c, src, j));
    }
    if let Some((p, psrc, pj)) = pending {
        put_letter(arabic, p, psrc, pj, prev_joins, false, out);
        flush(&mut marks, out);
    }
}

/// A character of the Arabic block: its joining bits and the character
/// drawn for it in each `Form` (itself where Unicode encodes no such
/// presentation form), with that character's properties.
#[derive(Clone, Copy)]
struct Letter {
    joining: u8,
    forms: [char; 4],
    props: [CharProps; 4],
    /// Each form in UTF-8, padded with zeros, and its length.
    utf8: [[u8; 4]; 4],
    lens: [u8; 4],
}

/// The Arabic block, U+0600–U+06FF, where nearly all the letters of a
/// paragraph are: one load for what joining needs to know.
static ARABIC: LazyLock<[Letter; 256]> = LazyLock::new(|| {
    std::array::from_fn(|k| {
        let c = char::from_u32(0x600 + k as u32).unwrap_or(' ');
        let forms = [Form::Isolated, Form::Final, Form::Initial, Form::Medial]
            .map(|f| presentation_form(c, f).unwrap_or(c));
        let utf8 = forms.map(|f| {
            let mut b = [0; 4];
            f.encode_utf8(&mut b);
            b
        });
        Letter {
            joining: joining(c),
            forms,
            props: forms.map(|f| Props::get().of(f)),
            utf8,
            lens: forms.map(|f| f.len_utf8() as u8),
        }
    })
});

/// The marks held back behind a letter, after it. Most letters have
/// none: only that test is made in line.
#[inline(always)]
fn flush(marks: &mut Vec<(char, u32)>, out: &mut impl Sink) {
    if !marks.is_empty() {
        flush_marks(marks, out);
    }
}

#[inline(never)]
fn flush_marks(marks: &mut Vec<(char, u32)>, out: &mut impl Sink) {
    marks.drain(..).for_each(|(m, msrc)| out.put(m, msrc));
}

/// A letter with joining bits `j` in the form its neighbours give it:
/// `prev_joins` if the letter before joins towards it, `next_joins` if
/// the letter after accepts a join from it. ZWJ and ZWNJ are not drawn.
#[inline(always)]
fn put_letter(
    arabic: &[Letter; 256],
    c: char,
    src: u32,
    j: u8,
    prev_joins: bool,
    next_joins: bool,
    out: &mut impl Sink,
) {
    if j & DROPPED != 0 {
        return;
    }
    // The index of the `Form`: bit 0 final, bit 1 initial, both medial.
    let form = usize::from(prev_joins && j & TAKES_PREV != 0)
        | usize::from(next_joins && j & TAKES_NEXT != 0) << 1;
    match arabic.get((c as usize).wrapping_sub(0x600)) {
        Some(letter) => out.put_encoded(
            letter.forms[form],
            letter.utf8[form],
            usize::from(letter.lens[form]),
            letter.props[form],
            src,
        ),
        // Presentation forms exist for the Arabic block alone.
        None => out.put(c, src),
    }
}

#[cfg(test)]
mod tests;
