//! The words of a share bar and its buttons, in Arabic.

/// Words of share bars.
pub const SHARE_WORDS: &[&str] = &[
    "شارك",
    "شاركها",
    // Said to a woman, and to many (`شاركي:`, `شاركوا الخبر`).
    "شاركي",
    "شاركوا",
    // What is shared (`شارك المقال:`, `مشاركة الخبر`, `شارك هذا الخبر`).
    "هذا",
    "المقال",
    "الخبر",
    "الموضوع",
    "مشاركة",
    "فيسبوك",
    // The platform once Twitter, by its letter's Arabic name.
    "إكس",
    "اكس",
    "فيس",
    "بوك",
    "تويتر",
    "واتساب",
    "واتس",
    "اب",
    "تلغرام",
    "تيليجرام",
    "تيليغرام",
    "تليجرام",
    "تلجرام",
    // With a qaf for the g, as Sudan writes it.
    "تيلقرام",
    "تلقرام",
    // With the Persian letter, as Iraqi Kurdish sites write it.
    "تيليگرام",
    "تلگرام",
    // With a kaf for the g, as Iraq writes it.
    "تلكرام",
    "تيليكرام",
    "لينكدإن",
    // Or in two words (`لينكد إن`).
    "لينكد",
    "إن",
    "سناب",
    "شات",
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
    // The story sent to a friend, beside its font's size (`أرسل لصديق |
    // A+ A-`).
    "لصديق",
    "إرسال",
    "تبليغ",
    "حذف",
    "نسخ",
    "الرابط",
];

/// A sales box's button between paragraphs, under its pitch.
pub const CALL_BUTTONS: &[&str] = &[
    "تواصل معنا",
    "تواصلوا معنا",
    "احجز الآن",
    "احجز موعدك",
    "اطلب الآن",
    "اشترك الآن",
    "اشترك هنا",
    "سجل الآن",
    "ابدأ الآن",
    "تسوق الآن",
    "اتصل الآن",
    "تبرع الآن",
    "تبرّع الآن",
    "تبرع الان",
];
