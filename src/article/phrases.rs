//! The phrases of saved news pages, one table per language, as data for
//! [`super::text_rules::ARABIC_NEWS`]. Phrases are compared word by word
//! after [`crate::search::fold`] and without punctuation at the ends of
//! words: `إقرأ أيضاً:` is `اقرأ ايضا`.

/// Arabic.
pub mod ar {
    /// Whole lines of site furniture.
    pub const DROP: &[&str] = &[
        "شارك المقال",
        "شارك الخبر",
        "شارك",
        "مشاركة",
        "شارك على فيسبوك",
        "شارك على تويتر",
        "تابعنا",
        "تابعونا",
        "إعلان",
        "اعلان",
        "مساحة إعلانية",
        "عرض النتائج",
        "النتائج",
        "صوت",
        "تصويت",
        "طباعة",
        "حفظ",
        "نسخ الرابط",
        "تم نسخ الرابط",
        "تكبير الخط",
        "تصغير الخط",
        "المزيد",
        "اقرأ المزيد",
        "تخطى الإعلان",
        "تجاوز الإعلان",
        // Buttons that move a gallery.
        "يمين الصفحة",
        "شمال الصفحة",
    ];
    /// Section names: a copy that starts with one has the headline after it.
    pub const SECTIONS: &[&str] = &[
        "خبر",
        "أخبار",
        "الأخبار",
        "اخبار محلية",
        "محليات",
        "سياسة",
        "اقتصاد",
        "رياضة",
        "ثقافة",
        "فن",
        "فنون",
        "منوعات",
        "مجتمع",
        "صحة",
        "تكنولوجيا",
        "علوم",
        "دولي",
        "عربي",
        "عربي ودولي",
        "العالم",
        "رأي",
        "مقالات",
        "حوادث",
        "تقارير",
        "تحقيقات",
        "الرئيسية",
    ];
    /// Line beginnings of furniture lines: captions, credits, copyright.
    pub const DROP_PREFIXES: &[&str] = &[
        "التعليق على الصورة",
        "صدر الصورة",
        "مصدر الصورة",
        "حقوق الصورة",
        "الصورة:",
        "صورة:",
        "صورة أرشيفية",
        "صورة تعبيرية",
        "تصوير:",
        "جميع الحقوق محفوظة",
        "حقوق النشر محفوظة",
        "تابعوا آخر أخبار",
        "تابعونا على",
        "للمزيد من الأخبار",
        "اشترك في",
        "اشترك الآن",
    ];
    /// Lines after which come headlines of other articles, tags or a poll:
    /// the short lines that follow are dropped, the article goes on after.
    pub const LISTS: &[&str] = &[
        "اقرأ أيضا",
        "اقرأ ايضا",
        "إقرأ أيضا",
        "اقرأ كذلك",
        "شاهد أيضا",
        "طالع أيضا",
        "ذات صلة",
        "مواضيع ذات صلة",
        "أخبار ذات صلة",
        "اخبار متعلقة",
        "أخبار متعلقة",
        "مقالات ذات صلة",
        "موضوعات تهمك",
        "قد يهمك أيضا",
        "قد يعجبك أيضا",
        "الكلمات الدالة",
        "الكلمات المفتاحية",
        "كلمات مفتاحية",
        "الوسوم",
        "وسوم",
        "استطلاع الرأي",
        "استطلاع رأي",
        "أخبار عاجلة",
    ];
    /// Line beginnings that start the comment section or the site's lists
    /// of other articles after the article.
    pub const END: &[&str] = &[
        "اترك تعليقك",
        "اترك تعليقا",
        "اترك ردا",
        "أضف تعليقا",
        "أضف تعليقك",
        "إضافة تعليق",
        "إضافة تعليق جديد",
        "لن يتم نشر عنوان بريدك الإلكتروني",
        "التعليقات",
        "تعليقات القراء",
        "أرسل تعليقك",
        "قصص مقترحة",
        "الأكثر تصفحا",
        "الأكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تداولا",
        "الأكثر شعبية",
        "المزيد من الأخبار",
        "آخر الأخبار",
        // The notice after a comment is sent (sites write أضافة too).
        "تم إضافة تعليقك",
    ];
    /// Whole lines that are fields of a comment form.
    pub const END_LINES: &[&str] = &[
        "اسمك",
        "الاسم",
        "الاسم *",
        "تعليقك",
        "تعليقك *",
        "البريد الإلكتروني",
        "بريدك الإلكتروني",
        "عنوان التعليق",
        "نص التعليق",
    ];
    /// Words that start a byline: `كتب: فلان`, `حوار: آسيا العتروس`.
    pub const BYLINE_PREFIXES: &[&str] = &[
        "كتب",
        "كتبت",
        "بقلم",
        "إعداد",
        "حوار",
        "حاوره",
        "حاورته",
        "تقرير",
        "ترجمة",
        "متابعة",
        "تحرير",
    ];
    /// Staff titles of a site's masthead, above the headline, with a name
    /// after them or on the next line.
    pub const MASTHEAD: &[&str] = &[
        "رئيس التحرير",
        "رئيس التحرير التنفيذي",
        "نائب رئيس التحرير",
        "مدير التحرير",
        "رئيس مجلس الإدارة",
        "الإشراف العام",
        "المشرف العام",
        "المدير العام",
    ];
    /// Header lines that are an author on their own.
    pub const AUTHORS: &[&str] = &["فريق التحرير", "هيئة التحرير", "المحرر", "أسرة التحرير"];
    /// Words that start the source in the header.
    pub const SOURCE_PREFIXES: &[&str] = &["المصدر:", "المصدر", "نقلا عن"];
    /// Words before a link to the article.
    pub const URL_LABELS: &[&str] = &["المصدر", "الرابط", "رابط", "رابط المقال", "رابط الخبر"];
    /// Words of share bars.
    pub const SHARE_WORDS: &[&str] = &[
        "شارك",
        "شاركها",
        "مشاركة",
        "فيسبوك",
        "فيس",
        "بوك",
        "تويتر",
        "واتساب",
        "واتس",
        "اب",
        "تلغرام",
        "تيليجرام",
        "لينكدإن",
        "البريد",
        "الإلكتروني",
        "طباعة",
        "على",
        "عبر",
    ];
}

/// English, which Arabic pages use for share bars and widgets.
pub mod en {
    pub const DROP: &[&str] = &[
        "share",
        "share this article",
        "tweet",
        "advertisement",
        "ads",
        "print",
        "email",
        "copy link",
        // Font size buttons.
        "tt",
        "a a",
        "a+ a-",
    ];
    pub const SECTIONS: &[&str] = &["news", "world", "politics", "business", "sport", "opinion"];
    pub const DROP_PREFIXES: &[&str] = &["image caption", "image source", "photo:", "copyright"];
    pub const LISTS: &[&str] = &[
        "read also",
        "read more",
        "related",
        "related articles",
        "tags",
    ];
    pub const END: &[&str] = &[
        "leave a comment",
        "leave a reply",
        "add new comment",
        "comments",
        "most read",
        "most popular",
        "discussion about this post",
    ];
    pub const END_LINES: &[&str] = &["name", "name *", "comment", "comment *", "email *"];
    pub const BYLINE_PREFIXES: &[&str] = &["by"];
    pub const MASTHEAD: &[&str] = &["editor in chief", "editor-in-chief", "managing editor"];
    pub const SOURCE_PREFIXES: &[&str] = &["source:"];
    pub const URL_LABELS: &[&str] = &["source", "link", "url"];
    pub const SHARE_WORDS: &[&str] = &[
        "share",
        "on",
        "facebook",
        "twitter",
        "whatsapp",
        "tweet",
        "telegram",
        "linkedin",
        "email",
        "print",
        "pinterest",
        "messenger",
        "reddit",
        "copy",
        "link",
        "x",
        "via",
    ];
}
