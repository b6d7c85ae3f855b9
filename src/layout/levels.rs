//! Embedding levels of a paragraph (UAX #9 W1–W7, N0–N2, I1–I2).
//!
//! News text almost never carries explicit directional formatting, and
//! then the whole paragraph is one isolating run sequence at the paragraph
//! level: qari resolves that common case itself in a few linear passes
//! over a class array. Anything with explicit embeddings, overrides,
//! isolates or boundary-neutral characters goes to `unicode-bidi`, which
//! implements X1–X10 as well. Both paths are checked against
//! BidiCharacterTest.txt and against each other.

use unicode_bidi::BidiClass::{self, *};
use unicode_bidi::{BidiDataSource, Level, ParagraphBidiInfo};

use super::props::{CharProps, Props};

mod brackets;
use brackets::brackets;

/// The Bidi_Class of a character (UnicodeData.txt field 4).
pub fn class(c: char) -> BidiClass {
    Props::get().class(c)
}

struct Fast;

impl BidiDataSource for Fast {
    fn bidi_class(&self, c: char) -> BidiClass {
        Props::get().class(c)
    }
}

/// The original class and the resolved embedding level of each character
/// of `text`, a paragraph at level `para` (0 or 1).
pub fn resolve(text: &str, para: u8) -> (Vec<BidiClass>, Vec<u8>) {
    let props = Props::get();
    let classes: Vec<BidiClass> = text.chars().map(|c| props.class(c)).collect();
    if classes.iter().any(|&c| mask(&[c]) & EXPLICIT != 0) {
        // As unicode-bidi gives them: an FSI becomes the LRI or RLI it
        // stands for.
        return resolve_full(text, para);
    }
    let mut weak = Weak::new(para, Vec::with_capacity(classes.len()));
    for c in text.chars() {
        weak.push(props.of(c));
    }
    let mut levels = Vec::new();
    weak.levels(text, para, &mut levels);
    (classes, levels)
}

/// Bit masks of `BidiClass` values, for "does the paragraph have any".
const fn mask(classes: &[BidiClass]) -> u32 {
    let mut m = 0;
    let mut i = 0;
    while i < classes.len() {
        m |= 1 << (classes[i] as u32);
        i += 1;
    }
    m
}
/// In `CharProps::bits`, besides the class: a paired bracket, a bidi
/// control.
pub(crate) const BRACKET: u32 = 1 << 30;
pub(crate) const CONTROL: u32 = 1 << 31;
const EXPLICIT: u32 = mask(&[RLE, LRE, RLO, LRO, PDF, RLI, LRI, FSI, PDI, BN, B, S]);
const RIGHT: u32 = mask(&[R, AL, AN]);
const STRONG: u32 = mask(&[L, R, AL]);

/// Every class, in the order of their values.
const CLASSES: [BidiClass; 23] = [
    AL, AN, B, BN, CS, EN, ES, ET, FSI, L, LRE, LRI, LRO, NSM, ON, PDF, PDI, R, RLE, RLI, RLO, S,
    WS,
];

const _: () = {
    let mut i = 0;
    while i < CLASSES.len() {
        assert!(CLASSES[i] as usize == i);
        i += 1;
    }
};

/// W2 and W3 on a class after W1: `[0]` when the last strong class is
/// not AL, `[1]` when it is.
const W2_W3: [[BidiClass; 23]; 2] = {
    let mut t = [CLASSES, CLASSES];
    t[0][AL as usize] = R;
    t[1][AL as usize] = R;
    t[1][EN as usize] = AN;
    t
};

/// W1–W3 as one step of a state machine: the state is the last class
/// after W1 (which W1 gives a mark) and whether the last strong class is
/// AL (which W2 looks at), numbered `(class * 2 + al) * 23` so that adding
/// the next class indexes `W1_W3`. Each entry holds the class after W3 and
/// the next state: one load per character, no compare or branch on the
/// class. 2048 entries (46 × 23 used) so that a mask keeps the index in
/// bounds.
static W1_W3: [(BidiClass, u16); 2048] = {
    let mut t = [(ON, 0); 2048];
    let mut state = 0;
    while state < 46 {
        let (prev, al) = (CLASSES[state / 2], state % 2);
        let mut k = 0;
        while k < 23 {
            let class = CLASSES[k];
            let x = if class as usize == NSM as usize {
                prev
            } else {
                class
            };
            let out = W2_W3[al][x as usize];
            let al = if STRONG & (1 << (x as u32)) != 0 {
                (x as usize == AL as usize) as usize
            } else {
                al
            };
            t[state * 23 + k] = (out, ((x as usize * 2 + al) * 23) as u16);
            k += 1;
        }
        state += 1;
    }
    t
};

/// UAX #9 W1–W3, applied to a paragraph's characters as they come (so
/// that the pass that finds their classes does it too), and what the rest
/// of the resolution needs to know of them.
pub(crate) struct Weak {
    /// Classes after W1–W3.
    t: Vec<BidiClass>,
    /// The state of `W1_W3`: the last class after W1, and whether the
    /// last strong class is AL.
    state: u16,
    /// Bit set of the classes met (`1 << class`), with `BRACKET` and
    /// `CONTROL` (`CharProps::bits`).
    present: u32,
}

impl Weak {
    /// Starts a paragraph at level `para`, in a buffer kept from an
    /// earlier one.
    pub fn new(para: u8, mut t: Vec<BidiClass>) -> Weak {
        let sos = if para == 1 { R } else { L };
        t.clear();
        Weak {
            t,
            state: sos as u16 * 2 * 23,
            present: 0,
        }
    }

    /// W1 (a mark takes the type before it) looks back at W1 results only,
    /// W2 (European digits after AL are Arabic numbers) at W1 results, W3
    /// turns AL to R: by table (`W1_W3`), without a branch on the class,
    /// since classes alternate (letters and spaces) too often to be
    /// guessed.
    #[inline(always)]
    pub fn push(&mut self, p: CharProps) {
        self.present |= p.bits;
        let (class, next) = W1_W3[(usize::from(self.state) + p.class as usize) & 2047];
        self.state = next;
        self.t.push(class);
    }

    /// The levels into `levels` (a buffer kept from an earlier paragraph),
    /// once every character has been pushed: X1–X10 through `unicode-bidi`
    /// if there is any explicit formatting, else W4–I2 here.
    pub fn levels(&mut self, text: &str, para: u8, levels: &mut Vec<u8>) {
        levels.clear();
        if self.present & EXPLICIT != 0 {
            *levels = resolve_full(text, para).1;
        } else if para == 0 && self.present & RIGHT == 0 {
            levels.resize(self.t.len(), 0);
        } else {
            let (brackets, present) = (self.present & BRACKET != 0, self.present);
            implicit(text, &mut self.t, para, brackets, present, levels);
        }
    }

    /// Whether a bidi control has been pushed.
    pub fn has_controls(&self) -> bool {
        self.present & CONTROL != 0
    }

    /// The number of characters pushed.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.t.len()
    }

    /// The buffer, for the next paragraph.
    pub fn into_buffer(self) -> Vec<BidiClass> {
        self.t
    }
}

/// The same as `resolve`, always through `unicode-bidi` (X1–I2 in full).
pub fn resolve_full(text: &str, para: u8) -> (Vec<BidiClass>, Vec<u8>) {
    let level = if para == 1 {
        Level::rtl()
    } else {
        Level::ltr()
    };
    let info = ParagraphBidiInfo::new_with_data_source(&Fast, text, Some(level));
    text.char_indices()
        .map(|(i, _)| (info.original_classes[i], info.levels[i].number()))
        .unzip()
}

/// W4–W7, N0–N2 and I1–I2 (after W1–W3 in `resolve`) on a paragraph that is a single isolating run
/// sequence at level `para`, with sos and eos of the paragraph direction.
fn implicit(
    text: &str,
    t: &mut [BidiClass],
    para: u8,
    has_brackets: bool,
    present: u32,
    levels: &mut Vec<u8>,
) {
    let has = |c: BidiClass| present & (1 << (c as u32)) != 0;
    let sos = if para == 1 { R } else { L };
    let n = t.len();
    // W4: a single separator between two numbers of the same kind joins them.
    let numbers = has(EN) || has(AN);
    let separators = numbers && (has(ES) || has(CS));
    for i in 1..if separators { n.saturating_sub(1) } else { 1 } {
        if !matches!(t[i], ES | CS) {
            continue;
        }
        let (a, b) = (t[i - 1], t[i + 1]);
        t[i] = match t[i] {
            ES if a == EN && b == EN => EN,
            CS if a == EN && b == EN => EN,
            CS if a == AN && b == AN => AN,
            x => x,
        };
    }
    // W5: terminators (%, currency) next to European digits are digits.
    let mut i = if has(ET) && has(EN) { 0 } else { n };
    while i < n {
        if t[i] != ET {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && t[i] == ET {
            i += 1;
        }
        if (start > 0 && t[start - 1] == EN) || (i < n && t[i] == EN) {
            t[start..i].fill(EN);
        }
    }
    if para == 1 && !has(L) {
        // No left-to-right letter (W1 copies one, W7 needs one): then N0
        // only ever gives brackets R, N1/N2 give every neutral R, and I2
        // raises the numbers alone.
        levels.extend(t.iter().map(|&x| 1 + u8::from(matches!(x, EN | AN))));
        return;
    }
    // W6: remaining separators and terminators are neutral.
    // W7: European digits after a left-to-right letter are left-to-right.
    // By table, as the classes alternate too often for a match.
    let mut strong = sos;
    let mut w7 = move |x: BidiClass| {
        let y = W6[x as usize];
        let z = if y == EN && strong == L { L } else { y };
        if STRONG_LR & (1 << (y as u32)) != 0 {
            strong = y;
        }
        z
    };
    let mut n1 = Neutrals::new(para, levels, n);
    if has_brackets {
        // N0 looks at the classes after W7 on both sides of each pair.
        t.iter_mut().for_each(|x| *x = w7(*x));
        brackets(text, t, sos);
        t.iter().for_each(|&x| n1.push(x));
    } else {
        t.iter().for_each(|&x| n1.push(w7(x)));
    }
}

/// N1/N2: neutrals between two strong types of the same direction take
/// it; others take the embedding direction. I1/I2 then give levels.
/// Takes the classes after W7 (and N0) one by one. A neutral's level is
/// the paragraph's (`LEVEL`) until a strong type of the same direction as
/// the one before it ends its run, which is then filled again: the test
/// is rarely true, where one on whether each class is neutral would be
/// missed at every word.
struct Neutrals<'a> {
    levels: &'a mut Vec<u8>,
    sos: BidiClass,
    level: &'static [u8; 23],
    /// The direction of the last strong type.
    last: BidiClass,
    /// Where the neutrals after the last strong type start.
    run: usize,
}

impl<'a> Neutrals<'a> {
    fn new(para: u8, levels: &'a mut Vec<u8>, n: usize) -> Self {
        levels.reserve(n);
        let sos = if para == 1 { R } else { L };
        Neutrals {
            run: levels.len(),
            levels,
            sos,
            level: &LEVEL[usize::from(para & 1)],
            last: sos,
        }
    }

    /// `DIR` gives L, R or nothing (ON) for a class after W7.
    #[inline(always)]
    fn push(&mut self, x: BidiClass) {
        let d = DIR[x as usize];
        let i = self.levels.len();
        if (d == self.last) & (d != self.sos) & (self.run < i) {
            self.levels[self.run..].fill(self.level[d as usize]);
        }
        self.levels.push(self.level[x as usize]);
        let strong = d != ON;
        self.run = if strong { i + 1 } else { self.run };
        self.last = if strong { d } else { self.last };
    }
}

const STRONG_LR: u32 = mask(&[L, R]);

/// W6 on a class: separators and terminators become neutral.
const W6: [BidiClass; 23] = {
    let mut t = CLASSES;
    t[ES as usize] = ON;
    t[ET as usize] = ON;
    t[CS as usize] = ON;
    t
};

/// The direction a class after W7 takes part in N1/N2 with: L, R, or
/// none (ON).
const DIR: [BidiClass; 23] = {
    let mut t = [ON; 23];
    t[L as usize] = L;
    t[R as usize] = R;
    t[EN as usize] = R;
    t[AN as usize] = R;
    t
};

/// I1/I2: the level of a resolved class in a paragraph at level 0 (`[0]`)
/// or 1 (`[1]`); neutrals are resolved to L or R before.
const LEVEL: [[u8; 23]; 2] = {
    let mut t = [[0; 23], [1; 23]];
    t[0][R as usize] = 1;
    t[0][AN as usize] = 2;
    t[0][EN as usize] = 2;
    t[1][L as usize] = 2;
    t[1][EN as usize] = 2;
    t[1][AN as usize] = 2;
    t
};
