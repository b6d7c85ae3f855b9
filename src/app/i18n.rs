//! The interface's words, one table per language. Arabic also mirrors the
//! layout (list on the right), as Arabic applications do.

use super::i18n_doctor::{self, DoctorStrings};
use crate::cli::UiLang;

/// Every string the reader shows, for one language.
#[derive(Debug)]
pub struct Strings {
    pub library: &'static str,
    pub reading: &'static str,
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub search_prompt: &'static str,
    pub no_articles: &'static str,
    pub no_match: &'static str,
    pub filtered: &'static str,
    pub matches: &'static str,
    pub minutes: &'static str,
    pub minutes_left: &'static str,
    pub read_percent: &'static str,
    pub skipped_files: &'static str,
    pub sample_hint: &'static str,
    pub open_hint: &'static str,
    pub konsole_hint: &'static str,
    pub hints: &'static str,
    pub reader_hints: &'static str,
    pub tashkeel_on: &'static str,
    pub tashkeel_off: &'static str,
    pub digits_keep: &'static str,
    pub digits_arabic: &'static str,
    pub digits_latin: &'static str,
    pub shaping_on: &'static str,
    pub shaping_off: &'static str,
    pub justify_on: &'static str,
    pub justify_off: &'static str,
    pub by: &'static str,
    /// Help lines, in the order of `keymap::HELP_ORDER`.
    pub help: HelpStrings,
    pub io: IoStrings,
    /// What `qari doctor` says.
    pub doctor: &'static DoctorStrings,
}

/// Why reading or writing a file failed, for the kinds of failure people
/// meet; the system's own (English) words are given for the rest.
#[derive(Debug)]
pub struct IoStrings {
    pub not_found: &'static str,
    pub permission_denied: &'static str,
    pub already_exists: &'static str,
    pub not_a_folder: &'static str,
    pub is_a_folder: &'static str,
    pub read_only: &'static str,
    pub disk_full: &'static str,
    pub other: &'static str,
}

/// What each key does, as the help overlay says it.
#[derive(Debug)]
pub struct HelpStrings {
    pub move_line: &'static str,
    pub page: &'static str,
    pub top_bottom: &'static str,
    pub open: &'static str,
    pub back: &'static str,
    pub switch_pane: &'static str,
    pub pane_by_side: &'static str,
    pub prev_next_article: &'static str,
    pub search: &'static str,
    pub next_prev_match: &'static str,
    pub share: &'static str,
    pub paragraph_cursor: &'static str,
    pub help: &'static str,
    pub quit: &'static str,
    pub force_quit: &'static str,
    pub tashkeel: &'static str,
    pub digits: &'static str,
    pub shaping: &'static str,
    pub justify: &'static str,
    pub toggle_read: &'static str,
    pub toggle_bookmark: &'static str,
    pub mark_all_read: &'static str,
    pub only: &'static str,
    pub mouse: &'static str,
    pub mouse_keys: &'static str,
}

pub static EN: Strings = Strings {
    library: "Articles",
    reading: "Reading",
    help_title: "Keys",
    help_close: "? or Esc closes",
    search_prompt: "/",
    no_articles: "No articles.",
    no_match: "No match for",
    filtered: "filter",
    matches: "match",
    minutes: "min",
    minutes_left: "min left",
    read_percent: "read",
    skipped_files: "files skipped (qari check shows why)",
    sample_hint: "Sample articles. Add yours: put .json or .txt files in",
    open_hint: "Enter opens the selected article.",
    konsole_hint: "Konsole: turn off Settings > Edit Profile > Advanced > Bi-Directional text rendering",
    hints: "? help · / search · Enter open · q quit",
    reader_hints: "? help · / find · [ ] articles · t d r J display · q back",
    tashkeel_on: "Tashkeel shown",
    tashkeel_off: "Tashkeel hidden",
    digits_keep: "Digits as written",
    digits_arabic: "Arabic-Indic digits",
    digits_latin: "Latin digits",
    shaping_on: "Shaping by qari",
    shaping_off: "Shaping left to the terminal",
    justify_on: "Kashida justification on",
    justify_off: "Kashida justification off",
    by: "by",
    help: HelpStrings {
        move_line: "move or scroll a line",
        page: "a page down / up",
        top_bottom: "top / bottom",
        open: "open the article",
        back: "back to the list",
        switch_pane: "switch panes",
        pane_by_side: "the pane on that side",
        prev_next_article: "previous / next article",
        search: "search",
        next_prev_match: "next / previous match",
        share: "share",
        paragraph_cursor: "paragraph cursor, to share a quote",
        help: "this help",
        quit: "back, or quit from the list",
        force_quit: "quit",
        tashkeel: "tashkeel on / off",
        digits: "digits: as written, Arabic, Latin",
        shaping: "shaping on / off",
        justify: "kashida justification",
        toggle_read: "mark read / unread",
        toggle_bookmark: "bookmark / remove the bookmark",
        mark_all_read: "mark every listed article read",
        only: "bookmarks only / unread only (again: all)",
        mouse: "wheel scrolls, click selects",
        mouse_keys: "Mouse",
    },
    io: IoStrings {
        not_found: "no such file or folder",
        permission_denied: "permission denied",
        already_exists: "already exists",
        not_a_folder: "part of the path is a file, not a folder",
        is_a_folder: "it is a folder",
        read_only: "the file system is read-only",
        disk_full: "the disk is full",
        other: "system error:",
    },
    doctor: &i18n_doctor::EN,
};

pub static AR: Strings = Strings {
    library: "المقالات",
    reading: "القراءة",
    help_title: "المفاتيح",
    help_close: "? أو Esc للإغلاق",
    search_prompt: "/",
    no_articles: "لا توجد مقالات.",
    no_match: "لا نتيجة لـ",
    filtered: "تصفية",
    matches: "نتيجة",
    minutes: "دقيقة",
    minutes_left: "دقيقة متبقية",
    read_percent: "مقروء",
    skipped_files: "ملفات تُجووزت (qari check يبيّن السبب)",
    sample_hint: "مقالات للتجربة. أضف مقالاتك: ضع ملفات ‎.json أو ‎.txt في",
    open_hint: "Enter يفتح المقالة المحددة.",
    konsole_hint: "Konsole: أطفئ Bi-Directional text rendering في إعدادات الملف الشخصي (Advanced)",
    hints: "? مساعدة · / بحث · Enter فتح · q خروج",
    reader_hints: "? مساعدة · / بحث · [ ] المقالات · t d r J العرض · q رجوع",
    tashkeel_on: "التشكيل ظاهر",
    tashkeel_off: "التشكيل مخفي",
    digits_keep: "الأرقام كما كُتبت",
    digits_arabic: "أرقام هندية",
    digits_latin: "أرقام لاتينية",
    shaping_on: "وصل الحروف من qari",
    shaping_off: "وصل الحروف متروك للطرفية",
    justify_on: "ضبط السطور بالكشيدة",
    justify_off: "بلا كشيدة",
    by: "بقلم",
    help: HelpStrings {
        move_line: "سطر للأسفل أو للأعلى",
        page: "صفحة للأسفل / للأعلى",
        top_bottom: "البداية / النهاية",
        open: "فتح المقالة",
        back: "العودة إلى القائمة",
        switch_pane: "التنقل بين اللوحين",
        pane_by_side: "اللوح في تلك الجهة",
        prev_next_article: "المقالة السابقة / التالية",
        search: "بحث",
        next_prev_match: "النتيجة التالية / السابقة",
        share: "مشاركة",
        paragraph_cursor: "مؤشر الفقرات لمشاركة اقتباس",
        help: "هذه المساعدة",
        quit: "رجوع، أو خروج من القائمة",
        force_quit: "خروج",
        tashkeel: "إظهار التشكيل أو إخفاؤه",
        digits: "الأرقام: كما كُتبت، هندية، لاتينية",
        shaping: "وصل الحروف أو تركه",
        justify: "ضبط السطور بالكشيدة",
        toggle_read: "تعليم المقالة مقروءة أو غير مقروءة",
        toggle_bookmark: "حفظ المقالة أو إزالتها من المحفوظات",
        mark_all_read: "تعليم كل المقالات المعروضة مقروءة",
        only: "المحفوظات فقط / غير المقروء فقط (مرة أخرى: الكل)",
        mouse: "العجلة للتمرير، والنقر للتحديد",
        mouse_keys: "الفأرة",
    },
    io: IoStrings {
        not_found: "لا يوجد ملف أو مجلد بهذا الاسم",
        permission_denied: "لا إذن بذلك",
        already_exists: "موجود من قبل",
        not_a_folder: "جزء من المسار ملف وليس مجلدًا",
        is_a_folder: "هذا مجلد",
        read_only: "نظام الملفات للقراءة فقط",
        disk_full: "القرص ممتلئ",
        other: "خطأ من النظام:",
    },
    doctor: &i18n_doctor::AR,
};

/// The table for a language.
pub fn strings(lang: UiLang) -> &'static Strings {
    match lang {
        UiLang::Ar => &AR,
        UiLang::En => &EN,
    }
}

/// Why `e` happened, in the words of `s`.
pub fn io_reason(s: &Strings, e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let words = &s.io;
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

/// The interface language when `--ui` is not given: from the locale
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), English only when a
/// non-Arabic locale is explicitly chosen; an unset, `C` or `POSIX` locale
/// gives Arabic, the language qari is made for.
pub fn default_lang(var: impl Fn(&str) -> Option<String>) -> UiLang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&var)
        .find(|value| !value.is_empty());
    match locale {
        None => UiLang::Ar,
        Some(value) => {
            let lang = value.split(['_', '.', '@']).next().unwrap_or("");
            if lang.eq_ignore_ascii_case("ar") || matches!(lang, "" | "C" | "POSIX") {
                UiLang::Ar
            } else {
                UiLang::En
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn locale_chooses_the_language() {
        assert_eq!(default_lang(env(&[])), UiLang::Ar);
        assert_eq!(default_lang(env(&[("LANG", "ar_EG.UTF-8")])), UiLang::Ar);
        assert_eq!(default_lang(env(&[("LANG", "en_US.UTF-8")])), UiLang::En);
        assert_eq!(default_lang(env(&[("LANG", "C.UTF-8")])), UiLang::Ar);
        assert_eq!(
            default_lang(env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ar_SA.UTF-8")])),
            UiLang::En
        );
        assert_eq!(
            default_lang(env(&[("LC_ALL", ""), ("LANG", "ar_SA.UTF-8")])),
            UiLang::Ar
        );
    }
}
