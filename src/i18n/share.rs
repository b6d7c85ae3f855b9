//! The share pane's words.

use super::catalogue;

catalogue! {
    /// What the share pane and the paragraph cursor say.
    pub struct ShareStrings {
        title: "مشاركة", "Share";
        article: "المقال", "the article";
        /// Followed by the paragraph's number.
        paragraph: "الفقرة", "paragraph";
        format: "الصيغة:", "Format:";
        copy: "نسخ إلى الحافظة", "Copy to the clipboard";
        save: "حفظ في ملف", "Save to a file";
        x: "إكس", "X";
        whatsapp: "واتساب", "WhatsApp";
        telegram: "تيليغرام", "Telegram";
        facebook: "فيسبوك", "Facebook";
        email: "البريد الإلكتروني", "Email";
        qr: "رمز QR", "QR code";
        /// Keys to choose, send (Enter, or a number), change the format, close.
        keys: "{} اختيار · {} أو {} إرسال · {} الصيغة · {} إغلاق",
            "{} choose · {} or {} send · {} format · {} close";
        /// The key that closes.
        qr_keys: "امسحه بالهاتف · {} إغلاق", "scan with a phone · {} close";
        /// The QR code does not fit the window.
        qr_close: "{} إغلاق", "{} close";
        /// The paragraph cursor's hint, after "paragraph N".
        cursor_hint: "{} لمشاركتها اقتباسًا · {} أو {} للخروج",
            "{} shares it as a quote · {} or {} leaves";
        copied: "نُسخ إلى الحافظة:", "Copied to the clipboard:";
        characters: "حرفًا", "characters";
        saved: "حُفظ:", "Saved:";
        opened: "فُتح:", "Opened:";
        /// After the opener's name, before the link.
        no_opener: "غير موجود؛ نُسخ الرابط:", "not found; the link is copied:";
        no_display: "لا شاشة رسومية تُفتح فيها الروابط؛ نُسخ الرابط:",
            "No display to open links on; the link is copied:";
        shown: "الرابط:", "The link:";
        needs_terminal: "الحافظة تُبلغ عبر الطرفية، ولا طرفية هنا",
            "The clipboard is reached through the terminal, and there is none";
        tmux_drops: "لم يُنسخ: tmux يحجب النسخ؛ شغّل tmux set -s set-clipboard on",
            "Not copied: tmux drops it; run tmux set -s set-clipboard on";
        save_failed: "تعذّر الحفظ:", "Could not save:";
        copy_failed: "تعذّر النسخ:", "Could not copy:";
        no_folder: "لا مجلد للمستندات: حدّد [share] folder في الإعدادات",
            "there is no documents folder: set [share] folder in the configuration";
        /// After the path, before the highest number tried.
        names_taken: "وكل الأسماء المرقّمة مأخوذة حتى", "and every numbered name is taken, up to";
        open_failed: "تعذّر فتح الرابط:", "Could not open the link:";
        no_url: "فيسبوك يشارك رابطًا، وليس لهذا المقال رابط",
            "Facebook shares a link, and this article has no URL";
        telegram_at: "تيليغرام يتجاهل رسالة تبدأ بـ @، وليس للمقال رابط يوضع قبلها",
            "Telegram ignores a message that starts with @, and there is no URL to put first";
        too_long: "أطول من أن يسعه رمز QR: جرّب صيغة النص",
            "Too long for a QR code: try the text format";
        too_long_quote: "أطول من أن يسعه رمز QR: شارك المقال بدلًا منها، أو فقرة أقصر",
            "Too long for a QR code: share the article instead, or a shorter paragraph";
        qr_too_big: "رمز QR يحتاج نافذة أكبر", "The QR code needs a bigger window";
        /// After the number of lines of the share the pane has no room for.
        more_lines: "أسطر أخرى تُرسل مع الباقي", "more lines, sent with the rest";
        nothing_open: "افتح مقالًا لمشاركته", "Open an article to share it";
    }
}
