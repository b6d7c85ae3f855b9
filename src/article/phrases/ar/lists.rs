//! Labels of the lists of other stories, tags and polls in and under a
//! story, and the marks around them.

/// Lines after which come headlines of other articles, tags or a poll:
/// the short lines that follow are dropped, the article goes on after.
pub const LISTS: &[&str] = &[
    // A body's latest activities beside its news (`الأنشطة الأخيرة`).
    "الأنشطة الأخيرة",
    "أنشطة أخرى",
    "نشاطات أخرى",
    "اقرأ أيضا",
    "اقرأ ايضا",
    // The editors' pick of another story, set inside the story.
    "اخترنا لك",
    "اخترنا لكم",
    "إخترنا لكم",
    // A theme's box of other stories set inside the story (`قبل إكمال
    // الموضوع أسفله يمكنكم الإطلاع على موضوعات أخرى …`).
    "قبل إكمال الموضوع",
    // Said to a woman, on sites for women and families.
    "اقرئي أيضا",
    "اقرئي ايضا",
    "إقرأ أيضا",
    "اقرأ كذلك",
    // A button elsewhere, but over a list of headlines at the story's
    // foot it is the list's label.
    "اقرأ المزيد",
    "شاهد أيضا",
    // Said to the readers (a broadcaster's site: `شاهدوا أيضًا: …`).
    "شاهدوا أيضا",
    "اقرؤوا أيضا",
    "اقرأوا أيضا",
    "طالعوا أيضا",
    "طالع أيضا",
    // Browse on (`تصفح أيضا...`), as Mauritanian sites label theirs.
    "تصفح أيضا",
    "ذات صلة",
    "في نفس الموضوع",
    "في الموضوع نفسه",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "أخبار مشابهة",
    "أخبار سابقة",
    "الأخبار السابقة",
    "مقالات مشابهة",
    "مواضيع مشابهة",
    // A release's press contact and its topics' field (`للمزيد من
    // المعلومات` / `وحدة الاتصال …`, `المواضيع`).
    "للمزيد من المعلومات",
    "المواضيع",
    "الموضوعات",
    // A page's attached files (`الملفات المرفقة`).
    "الملفات المرفقة",
    "المرفقات",
    "مرفقات",
    // A page's files to download (`التنزيلات`).
    "التنزيلات",
    "التحميلات",
    // A public body's other releases (`بيانات صحفية ذات صلة`).
    "بيانات ذات صلة",
    "بيانات صحفية ذات صلة",
    // And a Maghrebi body's (`بلاغات أخرى`).
    "بلاغات أخرى",
    "بيانات أخرى",
    "بيانات صحفية أخرى",
    // A magazine's other pieces of the same issue (`مواد أخرى من العدد
    // 112`).
    "مواد أخرى من العدد",
    "مقالات أخرى من العدد",
    "الأخبار ذات الصلة",
    "اخبار متعلقة",
    "أخبار متعلقة",
    "مقالات ذات صلة",
    "المقالات ذات الصلة",
    "المواضيع ذات الصلة",
    "المقالات المتعلقة",
    "مقالات متعلقة",
    "مواضيع متعلقة",
    "موضوعات متعلقة",
    "ملفات ذات صلة",
    "موضوعات تهمك",
    "قد يهمك أيضا",
    "قد يعجبك أيضا",
    "قد يهمك",
    "مواضيع قد تهمك",
    "مقالات قد تهمك",
    "قد يعجبك",
    "الكلمات الدالة",
    "الكلمات الدلالية",
    "الكلمات الدليلية",
    "الكلمات المفتاحية",
    "كلمات مفتاحية",
    "كلمات دلالية",
    "كلمات البحث",
    "الكلمات المفاتيح",
    "كلمات المفاتيح",
    "الكلمات الرئيسية",
    "كلمات رئيسية",
    "التصنيفات",
    "تصنيفات",
    "تصنيف",
    // The one category, with its colon (`التصنيف: مناسبات دورية`).
    "التصنيف",
    // A foot's links to the story's topics (`المزيد عن: العراق|البصرة`).
    "المزيد عن",
    "المزيد حول",
    // A portal's links to the category's previous and next stories
    // (`المزيد في هذه الفئة : « … »`).
    "المزيد في هذه الفئة",
    // The singular, when the page tags the story with one word.
    "الكلمة المفتاحية",
    "كلمة مفتاحية",
    "الكلمة الدالة",
    "كلمة دلالية",
    "الوسوم",
    "وسوم",
    "العلامات",
    // A Blogger site's labels (`التسميات: أزيلال بني ملال`).
    "التسميات",
    // A rights group's files the story belongs to (`ملفات:`).
    "ملفات",
    "استطلاع الرأي",
    "استطلاع رأي",
    // A content system's box of who is reading the site now.
    "المتواجدون الآن",
    "المتواجدون حاليا",
    "المتصلون الآن",
    "أخبار عاجلة",
    "موضوعات بارزة",
    "مواضيع بارزة",
];

/// A poll's label alone on its line, over its question and choices: as a
/// line's first word it opens a sentence about a survey.
pub const POLL_LABELS: &[&str] = &["استطلاع", "استفتاء"];

/// Beginnings of a box's label naming the section whose other stories it
/// lists under the story (`المزيد من محافظات`).
pub const MORE_FROM: &[&str] = &["المزيد من", "مزيد من", "المزيد في", "المزيد عن"];

/// A link past a box of other stories (`تخطى الأكثر قراءة وواصل
/// القراءة`), which opens a framed list.
pub const SKIP_LINKS: &[&str] = &["تخطى", "تخطي", "تجاوز"];

/// The endings of such a link.
pub const SKIP_ENDS: &[&str] = &["وواصل القراءة", "وتابع القراءة", "واصل القراءة"];

/// The beginnings of a framed list's end mark (`نهاية الأكثر قراءة`).
pub const LIST_ENDS: &[&str] = &["نهاية"];

/// The label over the documents a release attaches, alone on its line
/// (`الوثائق`); with more words it is a heading (`الوثائق المطلوبة`).
pub const ATTACHMENT_LABELS: &[&str] = &[
    "الوثائق",
    "وثائق",
    "المرفقات",
    "الملفات المرفقة",
    "التنزيلات",
    "التحميلات",
];
