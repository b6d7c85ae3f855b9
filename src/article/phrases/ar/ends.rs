//! Lines where the story ends: the comments, the site's lists of other
//! stories, a release's notes, and the links to the stories beside it.

/// Line beginnings that start the comment section or the site's lists
/// of other articles after the article.
pub const END: &[&str] = &[
    // A release's call to contact its body, over the body's address.
    "للمزيد من المعلومات الرجاء الاتصال",
    "للمزيد من المعلومات يرجى الاتصال",
    "للمزيد من المعلومات الرجاء التواصل",
    "للمزيد من المعلومات يرجى التواصل",
    "لمزيد من المعلومات يرجى التواصل",
    "لمزيد من المعلومات يرجى الاتصال",
    // A blog's post footer (`مرسلة بواسطة فلان في 3:41 م`), Blogger's.
    "مرسلة بواسطة",
    // A release's background on the body that issued it, under its text.
    "نبذة عن",
    "لمحة عن",
    // The text's rights and licence under it (`حقوق النشر: النص: …`).
    "حقوق النشر",
    // And its notes for the press under it.
    "ملاحظات للمحررين",
    "ملاحظة للمحررين",
    "معلومات عامة حول",
    "معلومات عامة عن",
    // A press release's contacts for the press, under its text.
    // (`للاستفسار، يُرجى الاتصال بقسم الأخبار والإعلام: الهاتف: …`.)
    "للاستفسار يرجى الاتصال",
    "للاستفسار الرجاء الاتصال",
    "للاستفسارات يرجى الاتصال",
    "للاستفسارات الإعلامية",
    "للاستفسارات الصحفية",
    "للاستفسارات الصحافية",
    "للتواصل الإعلامي",
    "للاتصال بالصحافة",
    "للتواصل مع الصحافة",
    // A ministry's channels for the public's reports, over its numbers
    // and app (`للتواصل والإبلاغ: مركز الاتصال: …`).
    "للتواصل والإبلاغ",
    "للتواصل والاستفسار",
    "للإبلاغ والاستفسار",
    // A paywall's notice: the rest is for subscribers.
    "يمكنكم الاطلاع على المقال",
    "للاطلاع على المقال كاملا",
    // The story as a document to download, under its text, and the
    // report it is about (`للاطلاع على التقرير الإحصائي كاملاً`).
    "للاطلاع على المقال بصيغة",
    "لتحميل المقال بصيغة",
    "للاطلاع على التقرير",
    // A report's file under the news of it.
    "للاطلاع على التقرير كاملا",
    "للاطلاع على البيان كاملا",
    // A paper's or a study's file (`للاطلاع على الورقة كاملة بصيغة PDF`).
    "للاطلاع على الورقة كاملة",
    "للاطلاع على الدراسة كاملة",
    "لتحميل الورقة",
    "لتحميل الدراسة",
    "لتحميل التقرير",
    // A radio's player for the story's report under it.
    "المزيد بالصوت",
    // A regulator's communiqué as a file under it (`تحميل البلاغ`).
    "تحميل البلاغ",
    "تحميل البيان",
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
    // An old portal's notice over its comments (PHP-Nuke's).
    "التعليقات ملك لأصحابها نحن غير مسؤولين عن محتواها",
    "تعليقات القراء",
    "تعليقات الزوار",
    "تعليقات الزائرين",
    "أرسل تعليقك",
    "ادخل تعليقك",
    "أدخل تعليقك",
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
    "آخر العناوين",
    "أحدث العناوين",
    // A Maghrebi body's latest communiqués.
    "آخر البلاغات",
    "أحدث البلاغات",
    // The site's other articles, also by name (`آخر المقالات من …`).
    "آخر المقالات",
    "أحدث المقالات",
    "المزيد من المقالات",
    // A company's or a body's other releases.
    "آخر البيانات",
    "أحدث البيانات",
    "مقالات أخرى",
    // A weekly's other articles in the same issue (`في هذا العدد أيضا:`).
    "في هذا العدد أيضا",
    "في هذا العدد أيضاً",
    "في هذا العدد",
    "اقرأ في هذا العدد",
    // A magazine's other pieces in this issue and earlier ones (`مواد
    // أخرى من العدد الحاليّ`, `قصص من أعداد سابقة`).
    "مواد أخرى من العدد",
    "مواد أخرى من هذا العدد",
    "من أعداد سابقة",
    "قصص من أعداد سابقة",
    "مقالات من أعداد سابقة",
    // The notice after a comment is sent (sites write أضافة too).
    "تم إضافة تعليقك",
    // The moderation notice over the form (`سيظهر تعليقك على هذه الصفحة
    // بعد موافقة المشرف.`).
    "سيظهر تعليقك",
    "سينشر تعليقك",
    "سيتم نشر تعليقك",
    // The comment rules over the form (`نعلم قراءنا الأعزاء أنه لا
    // يتم إدراج سوى التعليقات البناءة…`).
    "نعلم قراءنا الأعزاء",
    "نعلم قرائنا الأعزاء",
    // A prompt to rate the story, with its buttons under it.
    "هل كان المقال مفيدا",
    "هل كان هذا المقال مفيدا",
    "هل كانت هذه الصفحة مفيدة",
    "هل كان المحتوى مفيدا",
    "هل كان الخبر مفيدا",
    "هل أعجبك الخبر",
    "هل أعجبك المقال",
    "أخبار أخرى في هذا القسم",
    "أخبار أخرى",
    "مقالات أخرى في هذا القسم",
    // The links to the stories before and after this one on one line
    // (`‹ الخبر السابق    الخبر التالي ›`).
    "الخبر السابق الخبر التالي",
    "المقال السابق المقال التالي",
    // A paper's notice to advertisers in the page's foot.
    "إلى السادة المعلنين",
    "الى السادة المعلنين",
];
/// Whole lines that are fields of a comment form, or the links to the
/// site's story before and after this one.
pub const END_LINES: &[&str] = &[
    // A blog's related posts under the story (`مرتبط`, WordPress.com's).
    "مرتبط",
    // A research story's reference to the paper it reports, under its
    // text (`المرجع:` over the paper's citation).
    "المرجع",
    "المراجع",
    // A wiki's story lists its sources under its text.
    "مصادر",
    "المصادر",
    "المقال السابق",
    "المقال التالي",
    "الخبر السابق",
    "الخبر التالي",
    "اسمك",
    "الاسم",
    "الاسم *",
    "تعليقك",
    "تعليقك *",
    "البريد الإلكتروني",
    "بريدك الإلكتروني",
    "عنوان التعليق",
    "نص التعليق",
    // A government site's survey under every page, its answers under it.
    "هل وجدت ما تبحث عنه",
];
