//! What the reader says about the library's order and tags.

use super::catalogue;
use crate::article::order::SortOrder;

catalogue! {
    /// The list's orders (`S`) and the tags of articles.
    pub struct LibraryStrings {
        /// Each order, short, as the list's title names it.
        sort_newest: "الأحدث", "newest";
        sort_oldest: "الأقدم", "oldest";
        sort_title: "بالعنوان", "by title";
        sort_source: "بالمصدر", "by source";
        sort_unread: "غير المقروء أولًا", "unread first";
        /// Said when `S` gives the list a new order.
        sorted: "الترتيب: {}", "Sorted: {}";
        /// The library index being built: files read, of all, files a
        /// second, seconds left.
        indexing: "فهرسة المكتبة: {} من {} ملفًا، {} في الثانية، بقي نحو {} ث؛ البحث في العناوين والكتّاب حتى تنتهي", "Indexing the library: {} of {} files, {} a second, about {} s left; search looks at titles and authors until then";
        /// What went wrong with the library index (its reason, in English).
        index_note: "فهرس المكتبة: {}", "Library index: {}";
        /// An article's file went away after the library was listed.
        body_gone: "«{}»: لم يعد ملفها موجودًا ({})", "«{}»: its file is gone ({})";
        /// An article's file no longer loads; the loader's reason follows.
        body_broken: "«{}»: تعذّرت قراءة ملفها: {}", "«{}»: its file no longer loads: {}";
        /// An article's file changed and no longer holds that article.
        body_not_there: "«{}»: تغيّر ملفها ولم تعد المقالة فيه ({})", "«{}»: its file changed and no longer holds it ({})";
    }
}

impl LibraryStrings {
    /// The short name of `order`.
    pub fn sort_name(&self, order: SortOrder) -> &'static str {
        match order {
            SortOrder::Newest => self.sort_newest,
            SortOrder::Oldest => self.sort_oldest,
            SortOrder::Title => self.sort_title,
            SortOrder::Source => self.sort_source,
            SortOrder::Unread => self.sort_unread,
        }
    }
}
