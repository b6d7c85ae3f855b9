//! Blocks of text that are furniture by their words: "read also" leads,
//! credits, the notices above comment sections, and the text importer's
//! tables (share bars, captions, lists of other headlines, the comment
//! section). To support another site, add to these tables.

use super::super::text_rules::{ARABIC_NEWS, Matcher, Phrases, Words};
use crate::article::follow_prompts::FollowPrompts;
use crate::search;

/// Blocks that start with one of these are furniture ("read also: …",
/// "photo: Reuters", "tags: …"), compared as `text_rules` compares phrases.
pub const DROPPED_LEADS: &[&str] = &[
    "اقرأ أيضا",
    "إقرأ أيضا",
    "اقرأ ايضا",
    "اقرأ كذلك",
    "اقرأ المزيد",
    "طالع أيضا",
    "انظر أيضا",
    "شاهد أيضا",
    "شاهد ايضا",
    "يهمك أيضا",
    "قد يهمك",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "اخبار ذات صلة",
    "أخبار مشابهة",
    "مقالات مشابهة",
    "مواضيع مشابهة",
    "موضوعات ذات صلة",
    "مقالات ذات صلة",
    "الأكثر قراءة",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    "الوسوم",
    "وسوم",
    "تابعونا على",
    "تابعنا على",
    "للاشتراك في",
    "اشترك في النشرة",
    "استطلاع رأي",
    "شارك في الاستطلاع",
    "صورة أرشيفية",
    "الصورة:",
    "صورة:",
    "تصوير:",
    "مصدر الصورة",
    "read also",
    "read more",
    "related",
    "see also",
    "tags:",
    "photo:",
    "image:",
    "advertisement",
];

/// Marks that open a photo or copyright credit (`© REUTERS / …`): a short
/// block that starts with one is furniture.
pub const CREDIT_MARKS: &[&str] = &["©", "(c) ", "copyright "];

/// Labels of the line that credits the story's sources (`المصدر : الجزيرة +
/// وكالات`, `Source: Reuters`): with a colon and a few words after it (an
/// outlet or two), the block is the article's credits, not its text.
pub const SOURCE_LABELS: &[&str] = &["المصدر", "المصادر", "مصدر الخبر", "source", "sources"];

/// At most this many words follow a source label on a credits line; a
/// longer line cites where the story was taken from (`المصدر: وكالة النجم
/// بتصرف عن الموقع الرسمي للمعرض`) and is kept.
const SOURCE_LINE_WORDS: usize = 5;
/// The most words of a name a content system's byline line gives.
const BYLINE_WORDS: usize = 6;

/// The phrase tables of the block filter, folded once per conversion: the
/// text importer's tables (share bars, captions, "read also" lists, the
/// comment section) and [`DROPPED_LEADS`].
pub struct BlockRules {
    text: Matcher,
    /// Blocks that start with one of these.
    leads: Phrases,
    /// [`SOURCE_LABELS`], folded.
    sources: Vec<String>,
    /// Prompts to follow the site on a platform.
    follow: FollowPrompts,
}

impl Default for BlockRules {
    fn default() -> BlockRules {
        BlockRules::new()
    }
}

impl BlockRules {
    pub fn new() -> BlockRules {
        BlockRules {
            text: Matcher::new(&ARABIC_NEWS),
            leads: Phrases::new(&[DROPPED_LEADS]),
            sources: SOURCE_LABELS.iter().map(|l| search::fold(l)).collect(),
            follow: FollowPrompts::new(),
        }
    }

    /// What a block of this text is.
    pub fn judge(&self, text: &str) -> Verdict {
        let words = Words::new(text);
        // A label set between dashes (`- إعلان -`) or left with its colon
        // and no name (`الكاتب:`) is still the label.
        let bare = Words::new(text.trim_matches(|c: char| !c.is_alphanumeric()));
        let m = &self.text;
        // A press contact runs on with its team, phone and address.
        let ends = m
            .end
            .strip(&words)
            .is_some_and(|rest| rest.len() < 80 || crate::article::text_passed::has_email(rest));
        // A bar of buttons with the link to more stories in it (`[ طباعة ]
        // [ المزيد من الأخبار ] [ رجوع ]`) ends the story too.
        if ends
            || m.end_lines.is(&words)
            || crate::article::text_lines::is_end_mark(text)
            || crate::article::text_bars::is_barred_end(m, text)
        {
            Verdict::End
        } else if m.drop.is(&words)
            || m.drop.is(&bare)
            || m.bylines.is(&bare)
            || self.leads.strip(&words).is_some()
            || m.drop_prefixes.strip(&words).is_some()
            || crate::article::text_pictographs::is_helpfulness_survey(text)
            || m.lists.strip(&words).is_some_and(|rest| rest.len() < 200)
            || m.is_share_bar(text)
            || is_credit(text)
            || m.is_caption(text)
            // A caption with its credit after a dash (`… – تصوير: المكتب
            // الإعلامي`); a paragraph may quote a notice after `©`.
            || (!text.trim_start().starts_with('©')
                && crate::article::text_furniture::is_credited_caption(text))
            || crate::article::text_furniture::counted(m, text)
            || crate::article::text_furniture::is_release_field(text)
            || crate::article::text_furniture::is_update_line(text)
            // A row of the page's buttons (`طباعة أرسل الخبر لصديق رجوع`).
            || crate::article::text_furniture::is_button_bar(m, text)
            // A gallery's place among its pictures (`1 / 6`).
            || crate::article::text_counters::is_gallery_place(text)
            || is_dated_teaser(text)
            || is_date_alone(text)
            || crate::article::text_bars::is_trail(m, text)
            || crate::article::text_furniture::is_bracketed_credit(m, text)
            || m.is_notice(text)
            || self.is_source_line(text)
            || self.follow.is_prompt(&words, text)
            || m.is_more_from(text)
            || crate::article::text_furniture::is_sign_off(text)
            || crate::article::text_lines::is_translation_note(text)
            || crate::article::text_lines::is_production_note(text)
            // A bar of the page's links (`<< السابق | محتويات العدد |
            // التالي >>`).
            || crate::article::text_chrome::is_furniture_bar(m, text)
            // A content system's own user as the writer (Joomla's `كتب
            // بواسطة Administrator`).
            || m.bylines
                .strip(&words)
                .is_some_and(|name| super::is_system_user(name.trim()))
            // Or the byline's own line in the story's box, which the
            // header reads (`كتب بواسطة إدارة الإعلام والعلاقات العامة`).
            || text.starts_with("كتب بواسطة")
                && m.bylines.strip(&words).is_some_and(|name| {
                    (1..=BYLINE_WORDS).contains(&name.split_whitespace().count())
                        && !name.trim_end().ends_with(['.', '؟', '!'])
                })
        {
            Verdict::Drop
        } else {
            Verdict::Keep
        }
    }
}

impl BlockRules {
    /// `المصدر : الجزيرة + وكالات`: a source label, a colon, a few words.
    fn is_source_line(&self, text: &str) -> bool {
        self.source_named(text).is_some()
    }

    /// The name a source line credits (`الوكالة الموريتانية للأنباء` in
    /// `المصدر: الوكالة الموريتانية للأنباء`).
    pub fn source_named<'a>(&self, text: &'a str) -> Option<&'a str> {
        let (label, rest) = text.split_once([':', '：'])?;
        let after = rest.split_whitespace().count();
        ((1..=SOURCE_LINE_WORDS).contains(&after) && self.is_source_label(label))
            .then(|| rest.trim())
    }

    /// Whether `label` is a source line's label (`المصدر`), without its
    /// colon.
    pub fn is_source_label(&self, label: &str) -> bool {
        self.sources.contains(&search::fold(label.trim()))
    }
}

/// Another story's headline with its date in brackets after it (`الحزب
/// يرحب بتمديد مهلة المفاوضات (12/4/2006)`), as old sites list earlier
/// news under the story: no paragraph ends with a bracketed date alone.
fn is_dated_teaser(text: &str) -> bool {
    let Some((headline, date)) = text
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
    else {
        return false;
    };
    let words = headline.split_whitespace().count();
    (3..=TEASER_WORDS).contains(&words)
        // (A question is a headline's shape too: `كيف تعوّدين طفلك على
        // الصيام؟ (18/8/2008)`.)
        && !headline.trim_end().ends_with(['.', '!', ':', '،'])
        // The brackets hold the date and nothing else but the spaces
        // some sites pad it with (`( 07/09/2014 )`).
        && crate::article::dates::is_whole(date.trim())
}

/// A day and nothing else (`13 جانفي 2021`), as a list of other stories
/// dates each item on a line of its own: no paragraph of the story.
fn is_date_alone(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().nth(DATE_WORDS).is_none() && crate::article::dates::is_whole(text)
}

/// The most words of a date alone.
const DATE_WORDS: usize = 6;

/// The most words of a listed headline.
const TEASER_WORDS: usize = 16;

/// A short block that opens with a credit mark.
fn is_credit(text: &str) -> bool {
    if text.split_whitespace().nth(12).is_some() {
        return false;
    }
    // The marks are short: only the block's opening is lowered.
    let lower: String = text
        .trim_start()
        .chars()
        .take(CREDIT_OPENING)
        .flat_map(char::to_lowercase)
        .collect();
    CREDIT_MARKS.iter().any(|m| lower.starts_with(m))
}

/// More characters than the longest of [`CREDIT_MARKS`].
const CREDIT_OPENING: usize = 16;

/// What to do with a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    Drop,
    /// Drop it and everything after it.
    End,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_judge_blocks_after_folding() {
        let rules = BlockRules::new();
        assert_eq!(rules.judge("اقرأ أيضاً: الحكومة تعلن"), Verdict::Drop);
        assert_eq!(rules.judge("إعلان"), Verdict::Drop);
        assert_eq!(rules.judge("اترك تعليقاً"), Verdict::End);
        assert_eq!(rules.judge("التعليق على الصورة، الوزير"), Verdict::Drop);
        assert_eq!(
            rules.judge("Share on FacebookShare on Twitter"),
            Verdict::Drop
        );
        assert_eq!(rules.judge("الكلمات الدالة: مصر"), Verdict::Drop);
        assert_eq!(
            rules.judge("وقال الوزير إن الحكومة ستقرأ التقرير"),
            Verdict::Keep
        );
    }

    #[test]
    fn source_lines_follow_prompts_and_feed_footers_are_dropped() {
        let rules = BlockRules::new();
        assert_eq!(rules.judge("المصدر : الجزيرة + وكالات"), Verdict::Drop);
        assert_eq!(rules.judge("المصدر: وكالات"), Verdict::Drop);
        assert_eq!(rules.judge("Source: Reuters"), Verdict::Drop);
        assert_eq!(rules.judge("تابعوا RT على تلغرام"), Verdict::Drop);
        assert_eq!(rules.judge("تابعونا على فيسبوك وإكس"), Verdict::Drop);
        assert_eq!(
            rules.judge("ظهرت المقالة افتتاح خط بحري جديد أولاً على الخبر."),
            Verdict::Drop
        );
        assert_eq!(
            rules.judge("The post Ferry line opens appeared first on Example News."),
            Verdict::Drop
        );
        assert_eq!(rules.judge("نهاية القائمة"), Verdict::Drop);
        assert_eq!(rules.judge("ع.ح/ م.س (د ب أ، رويترز)"), Verdict::Drop);
        assert_eq!(rules.judge("ح.ز/ ع.ش"), Verdict::Drop);
        assert_eq!(rules.judge("المزيد من محليات"), Verdict::Drop);
        assert_eq!(
            rules.judge("المزيد من الأسر عادت إلى القرية بعد انتهاء الأشغال في الطريق."),
            Verdict::Keep
        );
        assert_eq!(
            rules.judge("وقال د. أحمد (الطبيب) إن الحالة مستقرة."),
            Verdict::Keep
        );
        assert_eq!(rules.judge("end of list"), Verdict::Drop);
        // The same words inside sentences stay.
        assert_eq!(
            rules.judge("وقال المصدر: إن الوزارة ستعلن نتائج التحقيق في الحادث خلال الأيام المقبلة بعد انتهاء اللجنة من عملها."),
            Verdict::Keep
        );
        assert_eq!(
            rules.judge("تابع الفريق مباراته الثانية أمس على ملعب المدينة الرياضية."),
            Verdict::Keep
        );
    }

    #[test]
    fn credits_and_comment_notices_are_dropped_but_sentences_stay() {
        let rules = BlockRules::new();
        assert_eq!(rules.judge("© وكالة الأنباء / مصور"), Verdict::Drop);
        assert_eq!(
            rules.judge("الآراء الواردة في التعليقات لا تعبر عن رأي الموقع بل عن أصحابها."),
            Verdict::Drop
        );
        assert_eq!(
            rules.judge("نرحب بمشاركتكم، ونرجو قراءة إرشادات الاستخدام قبل نشر التعليقات."),
            Verdict::Drop
        );
        // One phrase of a pair alone is an ordinary sentence.
        assert_eq!(
            rules.judge("وقال المتحدث إن البيان لا تعبر عن موقف الحكومة كلماته."),
            Verdict::Keep
        );
        // A long paragraph that quotes a copyright notice stays.
        let long = format!("© {}", "كلمة ".repeat(20));
        assert_eq!(rules.judge(&long), Verdict::Keep);
    }
}
