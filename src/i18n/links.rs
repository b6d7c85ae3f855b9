//! The words of the source line and the link list.

use super::catalogue;

catalogue! {
    /// What the source line, the link list and opening a link say.
    pub struct LinkStrings {
        /// Before the article's URL, under its byline.
        source: "المصدر:", "Source:";
        /// Where the link list's keys work, in the help.
        place: "قائمة الروابط", "link list";
        /// The link list's title.
        title: "الروابط", "Links";
        /// The source's row in the link list, in place of a link's words.
        source_item: "مصدر المقالة", "the article's source";
        /// A link whose words are empty.
        no_words: "(بلا نص)", "(no text)";
        /// Keys to open, copy, share and close.
        keys: "{} فتح · {} نسخ · {} مشاركة · {} إغلاق", "{} open · {} copy · {} share · {} close";
        no_url: "ليس لهذه المقالة رابط", "This article has no URL";
        no_links: "لا رابط في هذه المقالة ولا مصدر", "This article has no links and no URL";
    }
}
