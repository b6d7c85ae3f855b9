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
        // A blog engine's share box and like button, as the copy keeps them.
        "شارك هذا الموضوع:",
        "إعجاب تحميل...",
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
        "وضع القراءة",
        "تصغير الخط",
        "حجم الخط",
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
        "اضغط هنا للاشتراك",
        // Font size buttons.
        "أ أ",
        // The search button and its box.
        "بحث",
        "ابحث في الموقع",
        "ابحث هنا",
        // Where an ad was.
        "إضافة إعلان",
        // The end of a box of other headlines set inside the story.
        "نهاية القائمة",
        // A link to the writer's other columns.
        "أرشيف الكاتب",
        "أرشيف الكاتبة",
        // A video player's button, and the button that accepts cookies.
        "تحميل الفيديو",
        "موافق",
        "أوافق",
        // The font size buttons' reset (`ت + ت - الحجم الطبيعي`).
        "الحجم الطبيعي",
    ];
    /// The site's own links (to advertise with it, to write to it): a date
    /// above them is the site's clock.
    pub const SITE_LINKS: &[&str] = &[
        "أعلن معنا",
        "أعلن لدينا",
        "اتصل بنا",
        "اتصلوا بنا",
        "من نحن",
        "للإعلان",
    ];
    /// What a page counts beside a number (`1540 مشاهدة`): a line of the
    /// number and one of these is a counter.
    pub const COUNTED: &[&str] = &[
        "مشاهدة",
        "مشاهدات",
        "قراءة",
        "قراءات",
        "زيارة",
        "زيارات",
        "تعليق",
        "تعليقات",
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
    /// Labels before a headline's colon, or run into a headline in
    /// quotation marks: the news, the story's own mark, its kind.
    pub const KICKERS: &[&str] = &[
        "خبر",
        "عاجل",
        "رسميا",
        "خاص",
        "حصري",
        "فيديو",
        "بالفيديو",
        "بالصور",
        "شاهد",
        "تقرير",
        "تحقيق",
        "حوار",
        "تحليل",
    ];
    /// Line beginnings of furniture lines: captions, credits, copyright.
    pub const DROP_PREFIXES: &[&str] = &[
        // A newsletter's box: `أدخل بريدك الإلكتروني لتصلك آخر الأخبار`.
        "أدخل بريدك الإلكتروني",
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
        // The site's makers, at the foot of every page.
        "تصميم وتطوير",
        "تصميم و تطوير",
        "تصميم وبرمجة",
        "تصميم و برمجة",
        "برمجة وتصميم",
        "برمجة و تصميم",
        "تابعوا آخر أخبار",
        "تابعوا آخر الأخبار",
        "تابعونا على",
        "تابعونا عبر",
        "لمتابعة آخر الأخبار",
        "لمتابعة أهم الأخبار",
        "انضم إلى قناتنا",
        "انضموا إلى قناتنا",
        "للمزيد من الأخبار",
        "اشترك في",
        "اشترك الآن",
        "تابع أحدث الأخبار",
        "تابع آخر الأخبار",
        "تابعوا أحدث الأخبار",
        "حمل تطبيق",
        "حمّل تطبيق",
        // A prompt to follow the site on a messaging app.
        "يمكنكم الآن متابعة",
        "قراءنا من مستخدمي",
        "قرائنا من مستخدمي",
        // The cookie notice.
        "هذا الموقع يستخدم ملفات",
        "يستخدم هذا الموقع ملفات",
        "يستخدم موقعنا ملفات",
        "نستخدم ملفات تعريف الارتباط",
        // A pointer to the video the copy lost.
        "المزيد في التقرير المصور",
        "التفاصيل في التقرير المصور",
    ];
    /// What opens a picture's credit in brackets at a caption's end
    /// (`… خلال توقيعه (المركز الإعلامي بالنادي)`); a known outlet's
    /// name in brackets there is a credit too.
    pub const CAPTION_CREDITS: &[&str] = &[
        "المركز الإعلامي",
        "المكتب الإعلامي",
        "تصوير",
        "الصورة",
        "صورة",
        "مواقع التواصل",
        "متداولة",
        "أرشيف",
        "أرشيفية",
        "الإنترنت",
        "إنترنت",
    ];
    /// A link's prompt in brackets after a paragraph's last sentence
    /// (`… بنغازي. (تعرف على التفاصيل)`): the link the copy lost.
    pub const LINK_PROMPTS: &[&str] = &[
        "تعرف على التفاصيل",
        "اقرأ التفاصيل",
        "التفاصيل هنا",
        "اقرأ المزيد",
        "اضغط هنا",
        "اضغط هنا للتفاصيل",
        "شاهد الفيديو",
    ];
    /// Line beginnings of image captions: part of an event or a place
    /// (`جانب من الاجتماع`), a shot from a video.
    pub const CAPTION_STARTS: &[&str] = &["جانب من", "جانب آخر من", "لقطة من", "لقطة لـ"];
    /// Line endings of image captions.
    pub const CAPTION_ENDS: &[&str] = &[
        "صورة أرشيفية",
        "أرشيفية",
        "أرشيف",
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
        "كلمات البحث",
        // The singular, when the page tags the story with one word.
        "الكلمة المفتاحية",
        "كلمة مفتاحية",
        "الكلمة الدالة",
        "كلمة دلالية",
        "الوسوم",
        "وسوم",
        "استطلاع الرأي",
        "استطلاع رأي",
        "أخبار عاجلة",
        "موضوعات بارزة",
        "مواضيع بارزة",
    ];
    /// Labels of the lists of other stories a page shows over the story:
    /// breaking news, the latest, the most read.
    pub const LATEST: &[&str] = &[
        "عاجل",
        "آخر الأخبار",
        "أحدث الأخبار",
        "آخر الأخبار العاجلة",
        "أخبار عاجلة",
        "الأخبار العاجلة",
        "شريط الأخبار",
        "الأكثر قراءة",
        "الأكثر مشاهدة",
    ];
    /// Line beginnings that start the comment section or the site's lists
    /// of other articles after the article.
    pub const END: &[&str] = &[
        // A paywall's notice: the rest is for subscribers.
        "يمكنكم الاطلاع على المقال",
        "للاطلاع على المقال كاملا",
        "لقراءة المقال كاملا",
        "هذا المحتوى متاح للمشتركين",
        "هذا المقال متاح للمشتركين",
        "هذا المقال مخصص للمشتركين",
        "انضموا إلينا للوصول إلى هذا المقال",
        // The site's invitation to report an error in the story.
        "إذا كنت تعتقد/تعتقدين أن المقال",
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
        "تعليقات فيسبوك",
        "تعليقات الفيسبوك",
        "المزيد من الأخبار",
        "آخر الأخبار",
        "أحدث الأخبار",
        // The site's other articles, also by name (`آخر المقالات من …`).
        "آخر المقالات",
        "أحدث المقالات",
        "المزيد من المقالات",
        "مقالات أخرى",
        // The notice after a comment is sent (sites write أضافة too).
        "تم إضافة تعليقك",
        // The comment rules over the form (`نعلم قراءنا الأعزاء أنه لا
        // يتم إدراج سوى التعليقات البناءة…`).
        "نعلم قراءنا الأعزاء",
        "نعلم قرائنا الأعزاء",
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
        // `بقلم الكاتب: فلان`, `المحرر: فلان` (`المحرر` alone is the
        // desk, an author of its own).
        "بقلم الكاتب",
        "بقلم الكاتبة",
        "الكاتب",
        "الكاتبة",
        "كتبه",
        "كتبها",
        "المحرر",
        "بواسطة",
        "إعداد",
        "حوار",
        "حاوره",
        "حاورته",
        "حاورها",
        "أجرى الحوار",
        "أجرت الحوار",
        "أجرى اللقاء",
        "أجرت اللقاء",
        "أجرى المقابلة",
        "أجرت المقابلة",
        // Who made an investigation or a report: a writer or an outlet.
        "تحقيق أجرته",
        "تحقيق أجراه",
        "تقرير أعده",
        "تقرير أعدته",
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
        "رابط دائم",
        "الرابط الدائم",
        "انسخ الرابط",
        "نسخ الرابط",
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
        // A story's buttons with its comment count (`0 تعليق ارسل طباعة`).
        "تعليق",
        "تعليقات",
        "ارسل",
        "أرسل",
        "إرسال",
        "تبليغ",
        "حذف",
        "نسخ",
        "الرابط",
    ];
}

/// English, which Arabic pages use for share bars and widgets.
pub mod en;
