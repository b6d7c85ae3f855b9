//! The reader's own words: pane titles, hints, messages.

use super::catalogue;

catalogue! {
    /// What the reader's panes, status line and messages say.
    pub struct Strings {
        library: "المقالات", "Articles";
        reading: "القراءة", "Reading";
        help_title: "المفاتيح", "Keys";
        /// The two keys that close the help.
        help_close: "{} أو {} للإغلاق", "{} or {} closes";
        search_prompt: "/", "/";
        no_articles: "لا توجد مقالات.", "No articles.";
        no_match: "لا نتيجة لـ", "No match for";
        /// Esc or Ctrl-C stopped the layout of a huge article.
        layout_stopped: "أُوقف عرض المقالة؛ Enter يعيد المحاولة", "Stopped laying out the article; Enter tries again";
        /// Esc or Ctrl-C stopped a search in a huge article.
        search_stopped: "أُوقف البحث", "Search stopped";
        filtered: "تصفية", "filter";
        /// The current search match, of how many.
        match_position: "النتيجة {} من {}", "match {} of {}";
        /// Percentage read, then the time left.
        progress: "مقروء {}% · المتبقي {}", "{}% read · {} left";
        /// Percentage read at the end of an article.
        progress_done: "مقروء {}%", "{}% read";
        /// The reading time under a title.
        reading_time: "{} للقراءة", "{} read";
        /// Followed by a count of files.
        skipped_files: "تُخطّي {} (qari check يبيّن السبب)", "{} skipped (qari check shows why)";
        sample_hint: "مقالات للتجربة. أضف مقالاتك: ضع ملفات ‎.json أو ‎.txt في",
            "Sample articles. Add yours: put .json or .txt files in";
        /// The key that opens an article, then this.
        open_hint: "يفتح المقالة المحددة.", "opens the selected article.";
        /// Shown only when told to draw rows as they are in Konsole.
        konsole_hint: "Konsole: إن بدت السطور مقلوبة فشغّل qari بـ --bidi auto، أو أطفئ Bi-Directional text rendering (Edit Profile > Advanced)",
            "Konsole: if lines read reversed, run with --bidi auto, or turn off Edit Profile > Advanced > Bi-Directional text rendering";
        /// In mlterm when its bidi setting could not be read.
        mlterm_hint: "mlterm: تعذّر على qari قراءة ctl فيها؛ إن بدت السطور مقلوبة فشغّلها بـ --ctl=false",
            "mlterm: qari could not read its ctl setting; if lines look reversed, start mlterm with --ctl=false";
        hint_help: "مساعدة", "help";
        hint_search: "بحث", "search";
        hint_open: "فتح", "open";
        hint_quit: "خروج", "quit";
        hint_articles: "المقالات", "articles";
        hint_display: "العرض", "display";
        hint_back: "رجوع", "back";
        tashkeel_on: "التشكيل ظاهر", "Tashkeel shown";
        tashkeel_off: "التشكيل مخفي", "Tashkeel hidden";
        digits_keep: "الأرقام كما كُتبت", "Digits as written";
        digits_arabic: "أرقام هندية", "Arabic-Indic digits";
        digits_latin: "أرقام لاتينية", "Latin digits";
        shaping_on: "وصل الحروف من qari", "Shaping by qari";
        shaping_off: "وصل الحروف متروك للطرفية", "Shaping left to the terminal";
        justify_on: "ضبط السطور بالكشيدة", "Kashida justification on";
        justify_off: "بلا كشيدة", "Kashida justification off";
        place_list: "القائمة", "list";
        place_reader: "القراءة", "reader";
        place_help: "المساعدة", "help";
        place_search: "سطر البحث", "search line";
        place_share: "لوح المشاركة", "share pane";
        place_confirm: "سؤال سطر الحالة", "status-line question";
        place_everywhere: "في كل مكان", "everywhere";
        /// The configuration file was left out; its first problem follows.
        config_ignored: "بدأ qari بالإعدادات الافتراضية: {}", "started on the default settings: {}";
        /// How many more problems, then the command that lists them.
        config_more: "{} (+{}، انظر {})", "{} (+{} more: {})";
        /// The library folder named with `--library` does not exist.
        no_library: "لا يوجد مجلد المقالات {}", "There is no library folder {}";
    }
}

catalogue! {
    /// What the marks (read, bookmarks) and list filters say.
    pub struct MarkStrings {
        marked_read: "عُلّمت مقروءة", "Marked read";
        marked_unread: "عُلّمت غير مقروءة", "Marked unread";
        bookmarked: "أُضيفت إلى المحفوظات", "Bookmarked";
        unbookmarked: "أُزيلت من المحفوظات", "Bookmark removed";
        all_read: "عُلّمت كل المقالات المعروضة مقروءة", "Every listed article marked read";
        showing_all: "عرض كل المقالات", "Showing every article";
        /// The key that shows all again goes in the brackets.
        showing_bookmarks: "عرض المحفوظات فقط ({} لعرض الكل)", "Showing bookmarks only ({} shows all)";
        showing_unread: "عرض غير المقروء فقط ({} لعرض الكل)", "Showing unread articles only ({} shows all)";
        nothing_to_show: "لا مقالات من هذا النوع", "No article of that kind";
    }
}

catalogue! {
    /// Help lines no key owns (the keys' own are in the action table).
    pub struct HelpStrings {
        mouse: "العجلة للتمرير، والنقر للتحديد أو لفتح رابط", "wheel scrolls, click selects or opens a link";
        mouse_keys: "الفأرة", "Mouse";
    }
}

catalogue! {
    /// What `qari state` says.
    pub struct StateStrings {
        file: "ملف الحالة: {}", "state file: {}";
        read_only: "{} (للقراءة فقط)", "{} (read-only)";
        /// Articles, then how many of them are read, bookmarked, placed.
        remembered: "مقالات محفوظة الحالة: {} (المقروءة {}، المحفوظة {}، بموضع قراءة {})",
            "articles remembered: {} ({} read, {} bookmarked, {} with a reading position)";
        /// How many, then the command that removes them.
        not_in_library: "ليست في المكتبة: {} (باقية؛ {} يزيلها)",
            "not in the library: {} (kept; {} removes them)";
        bookmarks: "المحفوظات:", "bookmarks:";
        gone: "(ليست في المكتبة)", "(not in the library)";
    }
}
