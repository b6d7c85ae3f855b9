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
        "أظهر المزيد",
        "عرض المزيد",
        "تخطى الإعلان",
        "تجاوز الإعلان",
        // Buttons that move a gallery.
        "يمين الصفحة",
        "شمال الصفحة",
        "زر الذهاب إلى الأعلى",
        "الذهاب إلى الأعلى",
        "العودة إلى الأعلى",
        "للأعلى",
        // A publication label whose date the copy lost.
        "نشر",
        "نشر في",
        "تاريخ النشر",
        // A news agency's end mark on a line of its own.
        "انتهى",
        // Prompts to subscribe.
        "اشترك لتصلك أهم الأخبار",
        "اشترك في النشرة البريدية",
        "اشترك في النشرة الإخبارية",
        "اشترك الآن",
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
        "أدب وفن",
        "أدب",
        "ثقافة وأدب",
        "تقارير",
        "تحقيقات",
        "الرئيسية",
        // With the article, as adjectives, and the pairs sites use.
        "السياسة",
        "سياسية",
        "السياسية",
        "الاقتصاد",
        "الاقتصادية",
        "اقتصاد وأعمال",
        "مال وأعمال",
        "أعمال",
        "بورصة",
        "الرياضة",
        "رياضية",
        "الرياضية",
        "كرة القدم",
        "رياضة محلية",
        "رياضة عالمية",
        "الثقافة",
        "ثقافة وفن",
        "ثقافة وفنون",
        "فن وثقافة",
        "المنوعات",
        "الصحة",
        "صحة وطب",
        "التكنولوجيا",
        "تقنية",
        "علوم وتكنولوجيا",
        "العرب والعالم",
        "عرب وعالم",
        "عربية ودولية",
        "عربي ودولي",
        "دوليات",
        "دولية",
        "الدولية",
        "عالمية",
        "شؤون عربية",
        "شؤون دولية",
        "محلي",
        "محلية",
        "المحلية",
        "المحافظات",
        "محافظات",
        "الحوادث",
        "آراء",
        "الرأي",
        "مقالات الرأي",
        "منوعات",
        "المرأة",
        "تعليم",
        "عاجل",
        "أخبار دولية",
        "أخبار عربية",
        "أخبار عالمية",
        "أخبار محلية",
        "أخبار اقتصادية",
        "أخبار رياضية",
    ];
    /// Labels before a headline's colon.
    pub const KICKERS: &[&str] = &[
        "خبر",
        "عاجل",
        "خاص",
        "حصري",
        "فيديو",
        "بالفيديو",
        "بالصور",
        "شاهد",
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
        "تابع أحدث الأخبار",
        "تابع آخر الأخبار",
        "تابعوا أحدث الأخبار",
        "حمل تطبيق",
        "حمّل تطبيق",
    ];
    /// Line endings of image captions.
    pub const CAPTION_ENDS: &[&str] = &[
        "صورة أرشيفية",
        "أرشيفية",
        "صورة من الأرشيف",
        "صورة تعبيرية",
        "صورة توضيحية",
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
        "كلمات دلالية",
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
        "أضف تعليق",
        "إضافة تعليق",
        "إضافة تعليق جديد",
        "لن يتم نشر عنوان بريدك الإلكتروني",
        "التعليقات",
        "تعليقات القراء",
        "أرسل تعليقك",
        "قصص مقترحة",
        "فيديو قد يعجبك",
        "الأكثر تصفحا",
        "الأكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تداولا",
        "الأكثر شعبية",
        "المزيد من الأخبار",
        "آخر الأخبار",
        "أحدث الأخبار",
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
        "رئيس مجلس الإدارة والتحرير",
        "رئيس مجلسي الإدارة والتحرير",
        "رئيس مجلسي الإدارة",
        "مجلس التحرير",
    ];
    /// Header lines that are an author on their own.
    pub const AUTHORS: &[&str] = &["فريق التحرير", "هيئة التحرير", "المحرر", "أسرة التحرير"];
    /// Words that start the source in the header.
    pub const SOURCE_PREFIXES: &[&str] = &["المصدر:", "المصدر", "نقلا عن"];
    /// Words before a link to the article.
    pub const URL_LABELS: &[&str] = &[
        "المصدر",
        "الرابط",
        "رابط",
        "رابط المقال",
        "رابط الخبر",
        "الرابط المختصر",
        "الرابط المختصر للخبر",
        "رابط مختصر",
    ];
    /// What an aggregator wraps a headline in: `شكرا لقرائتكم خبر عن …
    /// والان مع تفاصيل الخبر`; the headline is what is between.
    pub const TITLE_WRAPS: &[(&str, &str)] = &[
        ("شكرا لقرائتكم خبر عن", "والان مع تفاصيل الخبر"),
        ("شكرا لقرائتكم خبر", "والان مع تفاصيل الخبر"),
        ("شكرا لقرائتكم", "والان مع التفاصيل"),
    ];
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
        "ad",
        "print",
        "email",
        "copy link",
        // Font size buttons.
        "tt",
        "a a",
        "a+ a-",
        // Buttons and placeholders of a page's pictures and players.
        "zoom",
        "zoom in",
        "zoom out",
        "no image",
        "no photo",
        "image",
        "photo",
        "video",
        "gallery",
        "play",
        "close",
        "menu",
        "search",
        "home",
        "next",
        "previous",
        "loading",
        "x",
    ];
    pub const SECTIONS: &[&str] = &[
        "news",
        "world",
        "politics",
        "business",
        "economy",
        "sport",
        "sports",
        "opinion",
        "middle east",
        "arab world",
    ];
    pub const KICKERS: &[&str] = &["breaking", "exclusive", "video", "watch"];
    pub const DROP_PREFIXES: &[&str] = &[
        "image caption",
        "image source",
        "photo:",
        "copyright",
        // What an embedded Instagram post leaves.
        "a post shared by",
        "view this post on instagram",
    ];
    pub const CAPTION_ENDS: &[&str] = &[
        "file photo",
        "archive photo",
        // A picture agency's credit: `(Photo by … via Getty Images)`.
        "getty images",
    ];
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
