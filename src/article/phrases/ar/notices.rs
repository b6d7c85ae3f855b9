//! Notices a site sets around its stories, each told by two phrases in
//! one line or block: the disclaimer under a column, the rules above a
//! comment section, the line a blog engine adds under each post in its
//! feed.

/// A line holding both phrases of a pair is a notice.
pub const NOTICE_PAIRS: &[(&str, &str)] = &[
    ("ظهرت المقالة", "أولاً على"),
    ("الآراء الواردة", "لا تعبر عن"),
    ("لا يتبنى بالضرورة", "وجهة نظر"),
    ("لا تعبر بالضرورة", "عن رأي"),
    // `المقالات المنشورة تعبر عن آراء كتابها ولا تعكس بالضرورة رأي الموقع`.
    ("تعبر عن آراء", "لا تعكس بالضرورة"),
    ("تعبر عن رأي", "لا تعكس بالضرورة"),
    // A translated story's note (`هذا المقال مترجم عن النسخة الإنجليزية
    // من …`).
    ("مترجم عن", "النسخة الإنجليزية"),
    ("مترجم عن", "بتصرف"),
    ("التعليقات", "إرشادات الاستخدام"),
    ("التعليقات", "شروط استخدام"),
    ("التعليقات", "معايير المجتمع"),
    ("التعليقات", "سياسة الخصوصية"),
    ("في التعليقات", "رأي كاتبها"),
    ("في التعليقات", "رأي أصحابها"),
    ("المصادر والمراجع", "عند الطلب"),
];
