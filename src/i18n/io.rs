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
