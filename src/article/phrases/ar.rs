//! Arabic phrases of saved news pages.

/// What the lines over and under a story say of it: sections, bylines,
/// writers, the link to the story.
mod header;
pub use header::*;

/// Disclaimers and comment rules, told by two phrases.
mod notices;
pub use notices::*;

/// Labels of the lists of other stories, tags and polls in and under a
/// story, and the marks around them.
mod lists;
pub use lists::*;

/// The words of share bars and their buttons.
mod share;
pub use share::*;

/// How lines of furniture begin.
mod prefixes;
pub use prefixes::*;

/// Where the story ends.
mod ends;
pub use ends::*;

/// Whole lines of site furniture.
pub const DROP: &[&str] = &[
    // An accessible page's first link, past its menus.
    "تخطي إلى المحتوى الرئيسي",
    "تخطي إلى المحتوى",
    "تخطى إلى المحتوى",
    "انتقل إلى المحتوى",
    "الانتقال إلى المحتوى الرئيسي",
    "الانتقال إلى المحتوى",
    // A theme's byline label alone, its name on the next line (`بواسطة`
    // / `الفداء` / `-` / the date): the name is read there.
    "بواسطة",
    "بقلم",
    // The heads of a page's boxes beside the story: its mailing list and
    // its poll.
    "القائمة البريدية",
    "استفتاء",
    // The head of a story's pictures, wherever the page puts them.
    "صور الخبر",
    "معرض الصور",
    "صور الحدث",
    // A web player's own words, which a copy takes with the page
    // (WordPress's audio player).
    "مشغل الصوت",
    "مشغل الفيديو",
    "استخدم مفاتيح الأسهم لأعلى/لأسفل لزيادة الصوت أو خفضه.",
    // The story's video, beside its album.
    "مشاهدة الفيديو",
    "شاهد الفيديو",
    // The heads of a footer's lists of links.
    "روابط مهمة",
    "روابط هامة",
    "روابط سريعة",
    // A portal's link to the story's page (Joomla's `التفاصيل` under the
    // headline).
    "التفاصيل",
    // A reader's button to keep the story.
    "أضف إلى المفضلة",
    "إضافة إلى المفضلة",
    // A link back to the list the story was opened from.
    "العودة",
    "عودة",
    "رجوع",
    // A news theme's link to mail the writer, beside the byline.
    "إرسال بريد إلكتروني",
    // A link to the story's printable page.
    "نسخة للطباعة",
    "طباعة الصفحة",
    "نسخة قابلة للطباعة",
    // A radio's or a channel's player button (`▶ استمع إلى البث المباشر`).
    "استمع إلى البث المباشر",
    // A radio's player for the story's own report.
    "استمع إلى التقرير",
    "استمع للتقرير",
    "استمع للبث المباشر",
    "شاهد البث المباشر",
    "البث المباشر",
    // The label over a share bar's links (`شارك هذا:`); with what it
    // shares, see `text_bars::is_share_label`.
    "شارك هذا",
    // A press office's link to its pictures of the story.
    "تحميل الصور",
    "تحميل الصورة",
    // A blog engine's share box and like button, as the copy keeps them.
    "إعجاب تحميل...",
    "معجب بهذه:",
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
    "إرسال لصديق",
    "ارسال لصديق",
    "أرسل لصديق",
    "إرسال إلى صديق",
    "أرسل إلى صديق",
    "ارسل لصديق",
    "أرسل الخبر لصديق",
    "اطبع الخبر",
    "اطبع المقال",
    "ارسل الخبر لصديق",
    "طباعة الخبر",
    "أرسل هذا الخبر إلى صديق",
    "أرسل هذا الخبر لصديق",
    "أرسل المقال إلى صديق",
    "أرسل المقال لصديق",
    "عودة للأخبار",
    "العودة للأخبار",
    // Links to the stories before and after this one, by their arrows
    // alone (`« السابق`, `التالي »`), and a magazine's to the issue's
    // contents between them.
    "السابق",
    "التالي",
    "محتويات العدد",
    // The fields of the form that sends the story to a friend.
    "الإرسال لصديق",
    "إسم المرسل",
    "اسم المرسل",
    "بريد المرسل إليه",
    "بريد صديقك",
    "حفظ",
    // The reader's button that keeps the story for later.
    "احفظ",
    // A charity's button in the menu (under the story, `تبرع الآن`
    // is a call box's, with its pitch: `text_call_box`).
    "تبرع",
    // A button that saves the story as a document.
    "حفظ PDF",
    "تحميل PDF",
    // The label over the files attached to the story.
    "تحميل",
    "حفظ كملف PDF",
    // The label over the release's file to download.
    "تحميل البيان",
    "تحميل البيان الصحفي",
    // A comment button in a bar (`📌 حفظ | 💬 تعليق | 🔗 مشاركة`).
    "تعليق",
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
    "رجوع إلى أعلى",
    "رجوع إلى الأعلى",
    "رجوع للأعلى",
    // A content system's rating under the headline (`قيم هذا الموضوع` /
    // `(0 أصوات)`).
    "قيم هذا الموضوع",
    "قيم هذا المقال",
    "قيم هذا الخبر",
    "العودة إلى الصفحة الرئيسية",
    "العودة للصفحة الرئيسية",
    "الرجوع إلى الصفحة الرئيسية",
    "للأعلى",
    "أعلى الصفحة",
    "إلى أعلى الصفحة",
    "العودة إلى أعلى الصفحة",
    // A share menu's label (`انقلها إلى...`).
    "انقلها إلى",
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
    "الاشتراك في النشرة الإخبارية",
    "الاشتراك في النشرة البريدية",
    "اشترك الآن",
    "اضغط هنا للاشتراك",
    // Font size buttons.
    "أ أ",
    "تصغير حجم الخط",
    "زيادة حجم الخط",
    // The publisher's imprint and its data protection page, in the foot.
    "بيانات الناشر",
    "حماية البيانات",
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
    // The link to the reader's account.
    "تسجيل الدخول",
    "تسجيل دخول",
    // The font size buttons' reset (`ت + ت - الحجم الطبيعي`).
    "الحجم الطبيعي",
    // The foot's links to the site's terms.
    "سياسة الخصوصية",
    "الشروط والأحكام",
    "شروط الاستخدام",
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
    "صورة",
    "صور",
    // A rating's votes (`(0 أصوات)`).
    "صوت",
    "أصوات",
];
/// What opens a picture's credit in brackets at a caption's end
/// (`… خلال توقيعه (المركز الإعلامي بالنادي)`); a known outlet's
/// name in brackets there is a credit too.
pub const CAPTION_CREDITS: &[&str] = &[
    "حقوق الصورة",
    "مصدر الصورة",
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
pub const CAPTION_STARTS: &[&str] = &[
    "جانب من",
    "جانب آخر من",
    "لقطة من",
    "لقطة لـ",
    // A work site's picture (`من أعمال ورشات الصرف الصحي`).
    "من أعمال",
    // A picture's source said as its caption (`صورة من الفيسبوك`).
    "صورة من",
    // A picture's words for the blind, left in the copy (`صورة المنتجين
    // المخالفين`).
    "صورة",
    // Two pictures' or more (`صورتا الموقوفين`, `صور المشاركين`).
    "صورتا",
    "صور",
    "الصورة من",
];
/// Line endings of image captions.
pub const CAPTION_ENDS: &[&str] = &[
    "صورة أرشيفية",
    "أرشيفية",
    "أرشيف",
    "صورة من الأرشيف",
    "صورة تعبيرية",
    "صورة توضيحية",
];

/// Labels of a story's summary set over its lead.
pub const SUMMARIES: &[&str] = &[
    "ملخص",
    "الملخص",
    "باختصار",
    "أبرز النقاط",
    "نقاط رئيسية",
    "أهم النقاط",
    "الخبر في سطور",
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
    "أهم الأخبار",
    "أبرز الأخبار",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
];
