//! Defaults an article gets when its file does not say: id, direction and
//! reading time.

use unicode_bidi::{BidiClass, bidi_class};

use crate::layout::Direction;

/// Silent reading speed for Arabic, in words per minute. The IReST study
/// (Trauzettel-Klosinski, Dietz et al., Investigative Ophthalmology & Visual
/// Science 53(9), 2012) measured the same standardized text in 17 languages:
/// Arabic adults read 138 ± 20 words a minute against 228 ± 30 for English.
/// Arabic words are long (articles, prepositions and pronouns are written
/// joined to the word), so fewer of them fit in a minute; 138 is the figure
/// qari uses for every right-to-left article.
pub const ARABIC_WPM: usize = 138;
/// The same study's figure for English, used for left-to-right articles.
pub const LATIN_WPM: usize = 228;

/// Minutes to read `words` words, rounded up, never below one.
pub fn reading_minutes(words: usize, dir: Direction) -> u32 {
    let wpm = if dir == Direction::Ltr {
        LATIN_WPM
    } else {
        ARABIC_WPM
    };
    u32::try_from(words.div_ceil(wpm).max(1)).unwrap_or(u32::MAX)
}

/// Counts space-separated words. Text is sanitized before it is counted
/// (controls removed, tabs and line breaks turned to spaces), so a space is
/// any byte up to 0x20. This runs over every body of the library at load
/// time, so it is written for the compiler to vectorize: a word starts
/// wherever a non-space follows a space, counted into byte-sized lanes
/// over blocks short enough that a lane cannot overflow.
pub fn word_count<'a>(texts: impl IntoIterator<Item = &'a str>) -> usize {
    texts.into_iter().map(|t| words_in(t.as_bytes())).sum()
}

fn words_in(bytes: &[u8]) -> usize {
    let Some(&first) = bytes.first() else {
        return 0;
    };
    let mut words = usize::from(first > b' ');
    let (before, after) = (&bytes[..bytes.len() - 1], &bytes[1..]);
    for (p, c) in before.chunks(255).zip(after.chunks(255)) {
        let starts = p
            .iter()
            .zip(c)
            .fold(0u8, |n, (&p, &c)| n + u8::from((p <= b' ') & (c > b' ')));
        words += usize::from(starts);
    }
    words
}

/// The direction a language is written in, for the languages qari is likely
/// to meet; `None` when the code is unknown.
pub fn direction_of_lang(lang: &str) -> Option<Direction> {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    const RTL: &[&str] = &[
        "ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi",
    ];
    match primary.as_str() {
        "" => None,
        p if RTL.contains(&p) => Some(Direction::Rtl),
        p if p.len() <= 3 && p.bytes().all(|b| b.is_ascii_alphabetic()) => Some(Direction::Ltr),
        _ => None,
    }
}

/// The direction most of the text's strong letters go: a headline that
/// starts with a Latin name but is mostly Arabic is still right-to-left.
/// Looks at no more than the first thousand characters.
pub fn direction_of_text<'a>(texts: impl IntoIterator<Item = &'a str>) -> Direction {
    let (mut rtl, mut ltr) = (0usize, 0usize);
    for c in texts.into_iter().flat_map(str::chars).take(1024) {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => rtl += 1,
            BidiClass::L => ltr += 1,
            _ => {}
        }
    }
    if ltr > rtl {
        Direction::Ltr
    } else {
        Direction::Rtl
    }
}

/// A stable identifier from a file name: lower case, letters and digits of
/// any script kept, everything else collapsed to single hyphens.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("article");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_rounds_up_at_arabic_speed() {
        assert_eq!(reading_minutes(0, Direction::Rtl), 1);
        assert_eq!(reading_minutes(138, Direction::Rtl), 1);
        assert_eq!(reading_minutes(139, Direction::Rtl), 2);
        assert_eq!(reading_minutes(456, Direction::Ltr), 2);
    }

    #[test]
    fn words_are_counted_across_chunks_and_runs_of_spaces() {
        assert_eq!(word_count(["", "   "]), 0);
        assert_eq!(word_count(["قال أحمد", " إن  الخبر\tصحيح "]), 5);
        // Words that straddle the 64-byte chunks are counted once.
        for pad in 0..70 {
            let text = format!("{}{}", " ".repeat(pad), "كلمة ".repeat(40));
            let naive = text.split_ascii_whitespace().count();
            assert_eq!(word_count([text.as_str()]), naive, "pad {pad}");
        }
        let long = "a ".repeat(100) + &"bb \n".repeat(33);
        assert_eq!(word_count([long.as_str()]), 133);
    }

    #[test]
    fn languages_give_directions() {
        assert_eq!(direction_of_lang("ar"), Some(Direction::Rtl));
        assert_eq!(direction_of_lang("fa-IR"), Some(Direction::Rtl));
        assert_eq!(direction_of_lang("en"), Some(Direction::Ltr));
        assert_eq!(direction_of_lang(""), None);
    }

    #[test]
    fn text_direction_is_the_majority_of_letters() {
        assert_eq!(
            direction_of_text(["Apple تطلق هاتفها الجديد"]),
            Direction::Rtl
        );
        assert_eq!(
            direction_of_text(["The word قارئ means reader"]),
            Direction::Ltr
        );
    }

    #[test]
    fn slugs_are_stable_and_keep_arabic() {
        assert_eq!(slug("000_8cd855bd8944e8de"), "000-8cd855bd8944e8de");
        assert_eq!(slug("  أخبار اليوم!! "), "أخبار-اليوم");
        assert_eq!(slug("..."), "article");
    }
}
