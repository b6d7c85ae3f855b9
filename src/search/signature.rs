//! A signature of each article's compact text, kept in memory beside the
//! texts, so that the list filter asks most articles nothing of their text.
//!
//! The first key of a word is one letter, which every article of a library
//! holds: it would read the start of every text (a page of the mapped store
//! each) only to find it. The signature says which bytes occur in the
//! title and in the whole text, exactly, so a query of one byte (one
//! letter) is answered from it alone, title first or not. Longer queries
//! are checked against which pairs of bytes occur (hashed into a few
//! hundred bits, so a pair may seem to occur that does not): a text
//! lacking one of the query's pairs is not read at all, which is most
//! texts for a word the library does not hold.

use super::compact::{Hit, SEPARATOR};

/// Bits for the pairs of bytes: a generated article of some 3,000 bytes
/// holds about 350 distinct pairs, which set about half of them. Twice as
/// many bits answered little more and cost 6 MB more on 100,000 articles
/// and a cache line more an article on every key.
const PAIR_BITS: usize = 512;
const PAIR_SHIFT: u32 = 32 - PAIR_BITS.trailing_zeros();

type Bytes = [u64; 4];
type Pairs = [u64; PAIR_BITS / 64];

/// Which bytes occur in a compact text's title (its first field) and in
/// all of it, and which pairs of bytes (hashed) occur in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    title: Bytes,
    bytes: Bytes,
    pairs: Pairs,
}

/// What a signature tells of a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The text does not hold it.
    Absent,
    /// The text holds it, first in the title or not (a query of one byte).
    Found(Hit),
    /// The text may hold it: only reading it tells.
    Maybe,
}

/// What a query needs of a text, in a signature's terms.
#[derive(Debug, Clone, Default)]
pub struct Needs {
    /// The query's byte, when it is one byte long.
    single: Option<u8>,
    /// The words of `Signature::pairs` the query's pairs are in, each
    /// with its bits: only these are read, a line or two of memory an
    /// article when each text's signature is asked on every key.
    pairs: Vec<(usize, u64)>,
    empty: bool,
}

impl Needs {
    /// What `needle` (a query in the compact form) needs.
    pub fn of(needle: &[u8]) -> Needs {
        let mut pairs: Pairs = [0; PAIR_BITS / 64];
        for w in needle.windows(2) {
            set(&mut pairs, pair(w[0], w[1]));
        }
        Needs {
            single: match needle {
                [one] => Some(*one),
                _ => None,
            },
            pairs: (pairs.into_iter().enumerate())
                .filter(|&(_, bits)| bits != 0)
                .collect(),
            empty: needle.is_empty(),
        }
    }
}

impl Signature {
    /// What this signature says of a query needing `needs`.
    pub fn answer(&self, needs: &Needs) -> Answer {
        if needs.empty {
            return Answer::Absent;
        }
        if let Some(b) = needs.single {
            return match (has(&self.title, b.into()), has(&self.bytes, b.into())) {
                (true, _) => Answer::Found(Hit::Title),
                (false, true) => Answer::Found(Hit::Later),
                (false, false) => Answer::Absent,
            };
        }
        let held = |&(word, bits): &(usize, u64)| {
            (self.pairs.get(word)).is_some_and(|&have| have & bits == bits)
        };
        if needs.pairs.iter().all(held) {
            Answer::Maybe
        } else {
            Answer::Absent
        }
    }
}

/// Makes signatures, reusing its tables from one text to the next.
pub struct Signer {
    seen: [u8; 256],
    title: [u8; 256],
    pairs: [u8; PAIR_BITS],
}

impl Default for Signer {
    fn default() -> Signer {
        Signer {
            seen: [0; 256],
            title: [0; 256],
            pairs: [0; PAIR_BITS],
        }
    }
}

impl Signer {
    /// The signature of `text`, a compact text (fields joined by a line
    /// feed).
    pub fn sign(&mut self, text: &[u8]) -> Signature {
        // A flag a byte, packed into bits at the end: setting bits one by
        // one would chain each byte's update to the last one's.
        let title_end = memchr::memchr(SEPARATOR, text).unwrap_or(text.len());
        for &b in &text[..title_end] {
            self.title[usize::from(b)] = 1;
        }
        if let Some(&first) = text.first() {
            self.seen[usize::from(first)] = 1;
        }
        for w in text.windows(2) {
            self.seen[usize::from(w[1])] = 1;
            self.pairs[pair(w[0], w[1])] = 1;
        }
        Signature {
            title: pack(&mut self.title),
            bytes: pack(&mut self.seen),
            pairs: pack(&mut self.pairs),
        }
    }
}

/// The flags (each 0 or 1) as bits, the flags cleared.
fn pack<const F: usize, const W: usize>(flags: &mut [u8; F]) -> [u64; W] {
    let mut bits = [0; W];
    for (word, flags) in bits.iter_mut().zip(flags.chunks_exact_mut(64)) {
        for (k, eight) in flags.chunks_exact(8).enumerate() {
            let mut lanes = [0; 8];
            lanes.copy_from_slice(eight);
            // Eight bytes of 0 or 1 gather into the top byte, the first
            // lowest.
            let byte = u64::from_le_bytes(lanes).wrapping_mul(0x0102_0408_1020_4080) >> 56;
            *word |= byte << (8 * k);
        }
        flags.fill(0);
    }
    bits
}

/// The bit of the pair `a`, `b`: a multiplicative hash of the two bytes.
fn pair(a: u8, b: u8) -> usize {
    let both = (u32::from(a) << 8) | u32::from(b);
    (both.wrapping_mul(0x9E37_79B1) >> PAIR_SHIFT) as usize
}

fn set<const W: usize>(bits: &mut [u64; W], n: usize) {
    bits[n / 64] |= 1 << (n % 64);
}

fn has<const W: usize>(bits: &[u64; W], n: usize) -> bool {
    bits[n / 64] & (1 << (n % 64)) != 0
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::search::{Compact, CompactQuery};

    fn answer(fields: &[&str], query: &str) -> Answer {
        let text = Compact::new(fields.iter().copied());
        let needle = CompactQuery::new(query).needle().to_vec();
        Signer::default()
            .sign(text.as_bytes())
            .answer(&Needs::of(&needle))
    }

    #[test]
    fn one_letter_is_answered_exactly_title_first() {
        assert_eq!(answer(&["ذهب", "نص"], "ذ"), Answer::Found(Hit::Title));
        assert_eq!(answer(&["نص", "ذهب"], "ذ"), Answer::Found(Hit::Later));
        assert_eq!(answer(&["نص", "ذهب"], "ق"), Answer::Absent);
        assert_eq!(answer(&["Gold"], "g"), Answer::Found(Hit::Title));
        assert_eq!(answer(&["نص"], ""), Answer::Absent);
    }

    #[test]
    fn a_word_whose_letters_or_pairs_are_missing_is_absent() {
        assert_eq!(answer(&["زلزال"], "زلزال"), Answer::Maybe);
        assert_eq!(answer(&["الاسواق"], "زلزال"), Answer::Absent);
        // Every letter there, the pair زل not.
        assert_eq!(answer(&["زال", "لاز"], "زلزال"), Answer::Absent);
        assert_eq!(answer(&["زال"], "قزال"), Answer::Absent);
    }

    #[test]
    fn packing_keeps_each_flag_in_its_place() {
        let mut flags = [0u8; 256];
        for n in [0, 7, 8, 63, 64, 130, 255] {
            flags[n] = 1;
        }
        let bits: [u64; 4] = pack(&mut flags);
        for n in 0..256 {
            let expected = [0, 7, 8, 63, 64, 130, 255].contains(&n);
            assert_eq!(has(&bits, n), expected, "{n}");
        }
        assert!(flags.iter().all(|&f| f == 0));
    }

    fn text() -> impl Strategy<Value = Vec<String>> {
        // Few letters, so that words meet; a Latin letter, a digit, a
        // character of six bytes.
        let chars =
            prop::sample::select(vec!['ا', 'ل', 'ز', 'ن', 'ذ', 'ه', 'ب', 'a', '2', '中', ' ']);
        let field = prop::collection::vec(chars, 0..40).prop_map(|c| c.into_iter().collect());
        prop::collection::vec(field, 1..4)
    }

    proptest! {
        #[test]
        fn what_the_signature_answers_the_text_agrees_with(
            before in text(),
            fields in text(),
            queries in prop::collection::vec(text(), 1..6),
        ) {
            // A signer that signed another text first forgets it.
            let mut signer = Signer::default();
            signer.sign(Compact::new(before.iter().map(String::as_str)).as_bytes());
            let compact = Compact::new(fields.iter().map(String::as_str));
            let sign = signer.sign(compact.as_bytes());
            for query in queries.iter().flatten() {
                let query = CompactQuery::new(query);
                let found = query.find_in(compact.as_bytes());
                match sign.answer(&Needs::of(query.needle())) {
                    Answer::Absent => prop_assert_eq!(found, None),
                    Answer::Found(hit) => prop_assert_eq!(found, Some(hit)),
                    Answer::Maybe => prop_assert!(query.needle().len() > 1),
                }
            }
        }
    }
}
