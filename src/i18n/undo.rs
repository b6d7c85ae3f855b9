//! What archiving, the status line's questions and undo say.

use super::catalogue;

catalogue! {
    /// The archive key, `A`'s question and `z`.
    pub struct UndoStrings {
        /// The keys that say yes, then the article's title (last, so a
        /// narrow status line cuts the title, not the keys).
        ask_archive: "أتنقل المقالة إلى الأرشيف؟ {}: نعم، أي مفتاح آخر: لا — «{}»",
            "Archive this article? {}: yes, any other key: no — «{}»";
        /// In the archive: the keys that say yes, then the title.
        ask_restore: "أتعيد المقالة إلى المكتبة؟ {}: نعم، أي مفتاح آخر: لا — «{}»",
            "Restore this article to the library? {}: yes, any other key: no — «{}»";
        /// How many articles, then the keys that say yes.
        ask_all_read: "أتعلّم {} مقروءة؟ {}: نعم، أي مفتاح آخر: لا",
            "Mark {} read? {}: yes, any other key: no";
        cancelled: "أُلغي، ولم يتغير شيء", "Cancelled; nothing changed";
        archived: "نُقلت «{}» إلى الأرشيف", "Archived «{}»";
        restored: "أُعيدت «{}» إلى المكتبة", "Restored «{}» to the library";
        /// What was done, then the key that undoes it.
        undo_hint: "{}؛ {} يتراجع عنه", "{}; {} undoes it";
        back_in_place: "عادت «{}» إلى مكانها", "«{}» is back where it was";
        marks_back: "عادت علامات القراءة كما كانت", "The read marks are back as they were";
        bookmark_back: "عاد الحفظ كما كان", "The bookmark is back as it was";
        nothing_to_undo: "لا شيء للتراجع عنه", "Nothing to undo";
        /// The title, then why; the file stays where it was.
        move_failed: "تعذّر نقل «{}»: {}. لم يُفقد شيء", "Could not move «{}»: {}. Nothing was lost";
        /// The folder the file is not in.
        outside: "الملف ليس في {}", "the file is not in {}";
        /// A file already at the name the article would take.
        name_taken: "{} موجود من قبل", "{} already exists";
        no_file: "«{}» مقالة مدمجة لا ملف لها", "«{}» is a built-in sample with no file";
        no_archive: "لا مجلد للأرشيف: اضبط archive_dir", "No archive folder: set archive_dir";
    }
}
