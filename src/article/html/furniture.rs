//! What a news page carries besides the article, as data: elements dropped
//! by their tag or by the words of their `class` and `id`, and blocks
//! dropped by the phrases they start with. To support another site, add to
//! these tables rather than to the code that reads them.

use super::super::text_rules::{ARABIC_NEWS, Matcher, Phrases, Words};
use crate::search;

/// Elements never read: scripts, media, forms, navigation and embeds.
pub const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "math",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "picture",
    "img",
    "video",
    "audio",
    "source",
    "object",
    "embed",
    "canvas",
    "map",
    "dialog",
    "menu",
    "head",
    "title",
    "meta",
    "link",
];

/// Words of `class`/`id` (split at `-`, `_` and spaces, lower-cased) that
/// mark an element as furniture when one of them is exactly the word.
pub const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "advertisement",
    "advertising",
    "banner",
    "promo",
    "sponsored",
    "share",
    "shares",
    "sharing",
    "social",
    "socials",
    "related",
    "tags",
    "tag",
    "keywords",
    "comment",
    "comments",
    "respond",
    "reply",
    "poll",
    "polls",
    "vote",
    "survey",
    "caption",
    "credit",
    "credits",
    "photo-credit",
    "copyright",
    "breadcrumb",
    "breadcrumbs",
    "newsletter",
    "subscribe",
    "subscription",
    "sidebar",
    "widget",
    "nav",
    "navbar",
    "menu",
    "recommended",
    "recommendations",
    "readmore",
    "read-more",
    "more-news",
    "most-read",
    "popular",
    "trending",
    "print",
    "author-box",
    "hidden",
];

/// Pieces of `class`/`id` that mark furniture wherever they appear in it.
pub const FURNITURE_PIECES: &[&str] = &[
    "sharethis",
    "addtoany",
    "a2a_",
    "share-",
    "social-",
    "adsbygoogle",
    "advert",
    "taboola",
    "outbrain",
    "newsletter",
    "breadcrumb",
    "related-",
    "-related",
    "comment-form",
    "commentform",
    "disqus",
    "fb-comments",
    "read-also",
    "readalso",
    "also-read",
    "googletag",
    "dfp-",
];

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

/// A block holding both phrases of a pair is the notice above a comment
/// section (the site's comment rules, "views below are their writers'").
pub const COMMENT_NOTICES: &[(&str, &str)] = &[
    ("الآراء الواردة", "لا تعبر عن"),
    ("التعليقات", "إرشادات الاستخدام"),
    ("التعليقات", "شروط استخدام"),
    ("التعليقات", "معايير المجتمع"),
    ("التعليقات", "سياسة الخصوصية"),
    ("comments", "community guidelines"),
    ("comments", "terms of use"),
];

/// Labels of buttons that pages set next to their dateline (`انسخ الرابط`
/// beside the time): taken off a header line before it is read as a date.
pub const BUTTON_LABELS: &[&str] = &[
    "انسخ الرابط",
    "نسخ الرابط",
    "اطبع",
    "طباعة",
    "copy link",
    "print",
];

/// Elements with these ARIA roles are page furniture.
pub const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "search",
    "form",
];

/// Class names that mark the article's own container, which is never
/// furniture whatever else its class says: WordPress gives a post's
/// container the classes of its terms (`tag-economy`, `category-news`)
/// beside `hentry` and `type-post`.
pub const CONTENT_CLASSES: &[&str] = &[
    "hentry",
    "type-post",
    "type-article",
    "entry-content",
    "post-content",
    "article-body",
    "article-content",
    "story-body",
];

/// Whether an element with this `class`, `id` and `role` is furniture.
pub fn is_furniture_attr(class: Option<&str>, id: Option<&str>, role: Option<&str>) -> bool {
    if role.is_some_and(|r| FURNITURE_ROLES.iter().any(|f| r.eq_ignore_ascii_case(f))) {
        return true;
    }
    let content = class.is_some_and(|c| {
        c.split_whitespace()
            .any(|name| CONTENT_CLASSES.iter().any(|m| name.eq_ignore_ascii_case(m)))
    });
    if content {
        return false;
    }
    [class, id].into_iter().flatten().any(|value| {
        let lower = value.to_ascii_lowercase();
        FURNITURE_PIECES.iter().any(|p| lower.contains(p))
            || lower.split_whitespace().any(|name| {
                FURNITURE_WORDS.contains(&name)
                    || name
                        .split(['-', '_'])
                        .any(|word| FURNITURE_WORDS.contains(&word))
            })
    })
}

/// The phrase tables of the block filter, folded once per conversion: the
/// text importer's tables (share bars, captions, "read also" lists, the
/// comment section) and [`DROPPED_LEADS`].
pub struct BlockRules {
    text: Matcher,
    /// Blocks that start with one of these.
    leads: Phrases,
    /// [`COMMENT_NOTICES`], folded.
    notices: Vec<(String, String)>,
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
            notices: COMMENT_NOTICES
                .iter()
                .map(|(a, b)| (search::fold(a), search::fold(b)))
                .collect(),
        }
    }

    /// What a block of this text is.
    pub fn judge(&self, text: &str) -> Verdict {
        let words = Words::new(text);
        let m = &self.text;
        let ends = m.end.strip(&words).is_some_and(|rest| rest.len() < 80);
        if ends || m.end_lines.is(&words) {
            Verdict::End
        } else if m.drop.is(&words)
            || self.leads.strip(&words).is_some()
            || m.drop_prefixes.strip(&words).is_some()
            || m.lists.strip(&words).is_some_and(|rest| rest.len() < 200)
            || m.is_share_bar(text)
            || is_credit(text)
            || self.is_comment_notice(text)
        {
            Verdict::Drop
        } else {
            Verdict::Keep
        }
    }
}

impl BlockRules {
    fn is_comment_notice(&self, text: &str) -> bool {
        if text.split_whitespace().count() > 80 {
            return false;
        }
        let folded = search::fold(text);
        self.notices
            .iter()
            .any(|(a, b)| folded.contains(a.as_str()) && folded.contains(b.as_str()))
    }
}

/// A short block that opens with a credit mark.
fn is_credit(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    text.split_whitespace().count() <= 12 && CREDIT_MARKS.iter().any(|m| lower.starts_with(m))
}

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
    fn class_words_and_pieces_mark_furniture() {
        assert!(is_furniture_attr(Some("post-share-bar"), None, None));
        assert!(is_furniture_attr(Some("entry ad"), None, None));
        assert!(is_furniture_attr(None, Some("taboola-below-article"), None));
        assert!(is_furniture_attr(None, None, Some("navigation")));
        assert!(!is_furniture_attr(
            Some("article-body"),
            Some("content"),
            None
        ));
        // "ad" is a word, not a piece: "header" and "lead" are not ads.
        assert!(!is_furniture_attr(Some("article-header lead"), None, None));
        // A post's container carrying its terms' classes is the article.
        assert!(!is_furniture_attr(
            Some("post-12 post type-post hentry category-news tag-economy"),
            None,
            None
        ));
        assert!(is_furniture_attr(Some("entry-tags tag-links"), None, None));
    }

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
        assert!(is_furniture_attr(Some("photo__copyright"), None, None));
    }
}
