//! Why reading or writing a file failed, for the kinds of failure people
//! meet; the system's own (English) words are given for the rest.

use super::{UiLang, catalogue};

catalogue! {
    /// The reasons a file could not be read or written.
    pub struct IoStrings {
        not_found: "لا يوجد ملف أو مجلد بهذا الاسم", "no such file or folder";
        permission_denied: "لا إذن بذلك", "permission denied";
        already_exists: "موجود من قبل", "already exists";
        not_a_folder: "جزء من المسار ملف وليس مجلدًا", "part of the path is a file, not a folder";
        is_a_folder: "هذا مجلد", "it is a folder";
        read_only: "نظام الملفات للقراءة فقط", "the file system is read-only";
        disk_full: "القرص ممتلئ", "the disk is full";
        other: "خطأ من النظام:", "system error:";
    }
}

/// Why `e` happened, in `lang`.
pub fn io_reason(lang: UiLang, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let words = IoStrings::get(lang);
    let known = match e.kind() {
        ErrorKind::NotFound => words.not_found,
        ErrorKind::PermissionDenied => words.permission_denied,
        ErrorKind::AlreadyExists => words.already_exists,
        ErrorKind::NotADirectory => words.not_a_folder,
        ErrorKind::IsADirectory => words.is_a_folder,
        ErrorKind::ReadOnlyFilesystem => words.read_only,
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => words.disk_full,
        _ => return format!("{} {e}", words.other),
    };
    known.to_string()
}

catalogue! {
    /// What the reader says about its reading-state file. Paths, reasons and
    /// versions go in the `{}`.
    pub struct NoticeStrings {
        locked: "حالة القراءة للقراءة فقط ما دامت نسخة أخرى من qari تستخدم {}: تُحفظ التغييرات بعد إغلاقها",
            "reading state is read-only while another qari uses {}: changes are saved when it quits";
        corrupt: "تعذّرت قراءة حالة القراءة فبدأت من جديد؛ نُقل الملف القديم {} إلى {} ({})",
            "reading state was unreadable: starting fresh; the old {} is moved to {} ({})";
        corrupt_kept: "تعذّرت قراءة حالة القراءة وتُرك ملفها كما هو، فلن تُحفظ التغييرات ({})",
            "reading state is unreadable and left untouched: changes are not saved ({})";
        newer: "لن تُحفظ حالة القراءة: صيغة {} هي {}، أحدث من صيغة هذا الإصدار {}",
            "reading state is read-only: {} has format {}, newer than this qari's {}";
        unwritable: "لن تُحفظ تغييرات حالة القراءة: تعذّرت الكتابة في {} ({})",
            "reading state changes are not saved: cannot write {} ({})";
        taken_over: "تُحفظ حالة القراءة من جديد: أُغلقت نسخة qari الأخرى",
            "reading state is saved again: the other qari has quit";
        save_failed: "تعذّر حفظ حالة القراءة في {}: {}", "cannot save the reading state to {}: {}";
    }
}
