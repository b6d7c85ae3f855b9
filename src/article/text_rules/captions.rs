//! A picture's caption told by how it starts or ends, and its credit on
//! a line of its own or closing the caption.

use super::Matcher;
use super::words::{MAX_PHRASE_WORDS, Words, fold_word};

/// The most words of a caption known by how it starts: a longer line
/// opening the same way is a sentence of the story's.
const CAPTION_START_WORDS: usize = 14;
/// The most words of the name after a credit's label.
const CREDIT_NAME_WORDS: usize = 8;

/// The most words of a caption that shows someone at work.
const AT_WORK_WORDS: usize = 8;

/// A picture's caption that shows someone at what the story tells
/// (`الوالي خلال تفقده المحطة`, `الوزيرة أثناء زيارتها للمعرض`): a short
/// line with `خلال` or `أثناء` and a deed with its doer's pronoun among
/// its last words, as no heading is worded. A doer named by a long title
/// (`وكيل الجامعة للدراسات العليا والبحث العلمي خلال جولته في …`) may
/// make it longer, when every word of the title after its first has the
/// article: a headline's verb (`مجلس الجهة يصادق … خلال دورته`) has none.
fn shows_at_work(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.windows(2).enumerate().any(|(at, pair)| {
        let deed = at > 0
            && ["خلال", "أثناء", "اثناء"].contains(&pair[0])
            && ["ه", "ها", "هم"].iter().any(|p| pair[1].ends_with(p))
            && pair[1].chars().count() >= 5;
        let short = words.len() <= AT_WORK_WORDS && at + 4 >= words.len();
        let titled = || {
            words.len() <= CAPTION_START_WORDS
                && at + 7 >= words.len()
                && !line.contains(['،', ','])
                && words[1..at]
                    .iter()
                    .all(|w| ["ال", "لل", "وال", "بال"].iter().any(|a| w.starts_with(a)))
        };
        deed && (short || titled())
    })
}

impl Matcher {
    /// An image's caption by how it ends (`… - صورة أرشيفية`,
    /// `(أرشيفية)`), a line of at most 30 words, or by how it starts
    /// (`جانب من الفعاليات`), a short line that ends no sentence.
    pub fn is_caption(&self, line: &str) -> bool {
        let count = line.split_whitespace().count();
        count <= 30
            && (self.ends_as_caption(line)
                || self.credit_in_brackets(line)
                || self.credit_after_dash(line)
                || (count <= CAPTION_START_WORDS
                    && !line.ends_with(['.', '!', '?', '؟', '،', ',', ':'])
                    && (self.caption_starts.strip(&Words::new(line)).is_some()
                        || shows_at_work(line))))
    }

    /// Whether `line` ends as captions do (`… صورة أرشيفية`).
    fn ends_as_caption(&self, line: &str) -> bool {
        let words: Vec<String> = line
            .split_whitespace()
            .rev()
            .take(MAX_PHRASE_WORDS)
            .map(|w| fold_word(w.trim_start_matches(|c: char| !c.is_alphanumeric())))
            .filter(|w| !w.is_empty())
            .collect();
        self.caption_ends
            .iter()
            .any(|end| !end.is_empty() && words.starts_with(end))
    }

    /// A caption whose picture's credit closes it after a dash (`ساحة
    /// المهد خالية من الزوار - تصوير PNN`): a label and a name of up to
    /// three words, after some words that end no sentence and open no
    /// byline.
    fn credit_after_dash(&self, line: &str) -> bool {
        // Or after a bar (`من المباراة | تصوير: المركز الإعلامي`).
        let Some((text, credit)) = line.rsplit_once(" - ").or_else(|| line.rsplit_once(" | "))
        else {
            return false;
        };
        // A credit with its label and a colon says what it is: the caption
        // may be two words (`من المباراة`) and the name an office's.
        let (least, most) = if credit.contains(':') {
            (2, CREDIT_NAME_WORDS)
        } else {
            (3, 3)
        };
        // A writer's label opens a byline with its photographer's credit
        // (`كتب/ فلان وفلانة - تصوير/ علان`), no caption.
        text.split_whitespace().count() >= least
            && !text.ends_with(['.', '!', '?', '؟'])
            && self.bylines.strip(&Words::new(text)).is_none()
            && self
                .caption_credits
                .strip(&Words::new(credit.trim()))
                .is_some_and(|name| (1..=most).contains(&name.split_whitespace().count()))
    }

    /// A picture's credit with its label on a line of its own (`حقوق
    /// الصورة: Reinhard Dirscherl / Alamy`).
    pub fn is_credit_line(&self, line: &str) -> bool {
        line.split_once(':').is_some_and(|(label, name)| {
            self.caption_credits.is(&Words::new(label.trim()))
                && (1..=CREDIT_NAME_WORDS).contains(&name.split_whitespace().count())
        })
    }

    /// A caption whose picture's credit closes it in brackets: some words
    /// that end no sentence, then a credit's opening words or an outlet's
    /// name in brackets (`… مع فريق الأهلي (المركز الإعلامي بالنادي)`).
    /// Brackets opening a line are a dateline's (`القاهرة (رويترز) -`).
    fn credit_in_brackets(&self, line: &str) -> bool {
        let Some(open) = line.strip_suffix(')').and_then(|l| l.rfind('(')) else {
            return false;
        };
        let (text, inner) = (line[..open].trim_end(), &line[open + 1..line.len() - 1]);
        // A credit with its label (`(صورة: ADI)`) closes a caption even
        // after a full stop.
        let labelled = inner.split_once(':').is_some_and(|(label, name)| {
            self.caption_credits.is(&Words::new(label.trim()))
                && (1..=4).contains(&name.split_whitespace().count())
        }) || self
            .caption_credits
            .strip(&Words::new(inner))
            .is_some_and(|rest| {
                // Or says where the picture is from (`(الصورة من الشركة)`).
                rest.trim_start().starts_with("من ") && rest.split_whitespace().nth(4).is_none()
            });
        // So does the caption's note before the credit (`(صورة تعبيرية -
        // Freepik)`).
        let noted = inner
            .split(['-', '–', '/'])
            .next()
            .is_some_and(|note| self.ends_as_caption(note.trim()));
        // A writer's name over the outlet in brackets is a byline.
        text.split_whitespace().count() >= 3
            && (labelled || noted || !text.ends_with(['.', '!', '?', '؟', '،', ',', ':']))
            && super::super::byline::lone(text).is_none()
            && (noted
                || self.caption_credits.strip(&Words::new(inner)).is_some()
                || super::super::byline::outlet(inner).is_some())
    }
}
