//! Arabic phrases of a story's header and foot: its section, the
//! labels of its byline, the site's masthead, a writer's card, the link
//! to it.

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
    "سيارات",
    "عقارات",
    "شباب",
    "عاجل",
    "أخبار دولية",
    "أخبار عربية",
    "أخبار عالمية",
    "أخبار محلية",
    "أخبار جهوية",
    "أخبار وطنية",
    "أخبار اقتصادية",
    "أخبار رياضية",
];
/// Labels before a headline's colon, or run into a headline in
/// quotation marks: the news, the story's own mark.
pub const KICKERS: &[&str] = &["خبر", "عاجل", "رسميا", "خاص", "حصري", "شاهد"];
/// The story's kind or what it shows, before a headline's colon
/// (`تقرير: …`, `بالصور: …`): kickers too, but the headline's own words,
/// which the page shows with it.
pub const STORY_KINDS: &[&str] = &[
    "فيديو",
    "بالفيديو",
    "بالصور",
    "تقرير",
    "تحقيق",
    "حوار",
    "تحليل",
];
/// What a story is when the site issued it, on the byline's line
/// (`بيان صحفي | 12 فبراير 2025`): no writer, the site's own.
pub const RELEASE_KINDS: &[&str] = &[
    "بيان صحفي",
    "بيان صحافي",
    "بيان إعلامي",
    "خبر صحفي",
    "بلاغ صحفي",
    "بيان",
    "بلاغ",
    // The story's kind before its date (`خبر | 20 أيار/مايو 2024`).
    "خبر",
    // The section of a body's releases, over one of them.
    "بيانات صحفية",
    "بيانات صحافية",
    "البيانات الصحفية",
    // In English on a body's Arabic pages (`14 Mar 2024 Press release
    // المياه العذبة`).
    "Press release",
    "Press Release",
];
/// Words that start a byline: `كتب: فلان`, `حوار: آسيا العتروس`.
pub const BYLINE_PREFIXES: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    // The story's own mark over its writer (`حصري أحمد عبد الوهاب`).
    "حصري",
    // `بقلم الكاتب: فلان`, `المحرر: فلان` (`المحرر` alone is the
    // desk, an author of its own).
    "بقلم الكاتب",
    "بقلم الكاتبة",
    "الكاتب",
    "الكاتبة",
    "كتبه",
    "كتبها",
    "المحرر",
    "المحررة",
    "بواسطة",
    // A Maghrebi blog's "by" after the day (`نشر في … من طرف فلان`).
    "من طرف",
    // A health site's credit line (`تمت الكتابة بواسطة: فلان`).
    "تمت الكتابة بواسطة",
    "كتب بواسطة",
    // A blog theme's "posted by" over the story (`نشر بواسطة: فلان`).
    "نشر بواسطة",
    "نشرت بواسطة",
    // Blogger's Arabic "posted by" under the post.
    "مرسلة بواسطة",
    "مرسل بواسطة",
    "إعداد",
    // A Moroccan paper's "made by" over a report (`إنجاز: فلانة`).
    "إنجاز",
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
    // A reportage's, as Maghrebi papers label it.
    "روبورتاج",
    "ريبورتاج",
    "ترجمة",
    "متابعة",
    // A reporter who also took the pictures.
    "متابعة وتصوير",
    // Who covered an event, as a university's media office signs it.
    "تغطية",
    "تغطية وتصوير",
    "تحرير",
    // Who wrote it, and took its pictures too.
    "كتابة",
    "كتابة وتصوير",
    "إعداد وتصوير",
    "تقرير وتصوير",
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
/// The label over a writer's card (`عن الكاتب` / the name / the card).
pub const CARD_LABELS: &[&str] = &[
    "عن الكاتب",
    "عن الكاتبة",
    "نبذة عن الكاتب",
    "عن المؤلف",
    // A cultural institute's label over its writer's card (`تأليف`, "written by").
    "تأليف",
];
/// First words of a writer's card under the story: what the writer is
/// (`صحافية لبنانية تكتب في …`), said on the line under the name.
pub const WRITER_CARDS: &[&str] = &[
    "صحفي",
    "صحفية",
    "صحافي",
    "صحافية",
    "كاتب",
    "كاتبة",
    "مراسل",
    "مراسلة",
    "محرر",
    "محررة",
    "باحث",
    "باحثة",
    "إعلامي",
    "إعلامية",
    "أستاذ",
    "أستاذة",
    "أكاديمي",
    "أكاديمية",
    "مدون",
    "مدونة",
    "روائي",
    "روائية",
    "شاعر",
    "شاعرة",
    "محلل",
    "محللة",
    "مستشار",
    "مستشارة",
    "مترجم",
    "مترجمة",
    "مصور",
    "مصورة",
    // A university's teaching staff (`مدرس العلوم السياسية - كلية …`), and
    // an expert writing in his field.
    "مدرس",
    "مدرسة",
    "محاضر",
    "محاضرة",
    "خبير",
    "خبيرة",
];
/// Header lines that are an author on their own.
pub const AUTHORS: &[&str] = &["فريق التحرير", "هيئة التحرير", "المحرر", "أسرة التحرير"];
/// Words that start the source in the header.
pub const SOURCE_PREFIXES: &[&str] = &["المصدر:", "المصدر", "مصدر:", "نقلا عن"];
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
/// Labels of the date a story was last updated or edited (`آخر تحديث:`,
/// `آخر تعديل:`), which is never its publication date.
pub const UPDATE_LABELS: &[&str] = &[
    "آخر تحديث",
    "اخر تحديث",
    "تم التحديث",
    "آخر تعديل",
    "اخر تعديل",
    "تاريخ التعديل",
];
