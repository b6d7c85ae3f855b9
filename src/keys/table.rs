//! Every action the keyboard can ask for, once: its name in `[keys]`, where
//! it applies, its default keys and what it does in both languages. The
//! keymap, the configuration's key names, the help overlay, the status
//! hints and the README's key table are all made from this table.

use ratatui::crossterm::event::KeyCode as K;

use super::Action::{self, *};
use super::binding::{KeyBinding, Scopes};

/// One action of the table.
#[derive(Debug)]
pub struct ActionSpec {
    /// The name `[keys]` rebinds it by.
    pub name: &'static str,
    pub action: Action,
    /// Where its keys work.
    pub scopes: Scopes,
    pub keys: &'static [KeyBinding],
    /// What it does, in Arabic and in English. Entries with the same text
    /// share one line of the help.
    pub ar: &'static str,
    pub en: &'static str,
}

const fn c(ch: char) -> KeyBinding {
    KeyBinding::char(ch)
}

const fn k(code: K) -> KeyBinding {
    KeyBinding::key(code)
}

const PANES: Scopes = Scopes::PANES;
const MOVES: Scopes = Scopes::PANES
    .with(Scopes::HELP)
    .with(Scopes::SHARE)
    .with(Scopes::LINKS);
const PAGES: Scopes = Scopes::PANES.with(Scopes::HELP);
const CLOSES: Scopes = MOVES.with(Scopes::SEARCH).with(Scopes::CONFIRM);

const fn spec(
    name: &'static str,
    action: Action,
    scopes: Scopes,
    keys: &'static [KeyBinding],
    ar: &'static str,
    en: &'static str,
) -> ActionSpec {
    ActionSpec {
        name,
        action,
        scopes,
        keys,
        ar,
        en,
    }
}

const TARGET_AR: &str = "إرسال إلى الهدف برقمه";
const TARGET_EN: &str = "send to the target of that number";

const CARET_AR: &str = "المؤشر حرفًا إلى اليسار أو اليمين";
const CARET_EN: &str = "the cursor a letter left or right";
const HISTORY_AR: &str = "البحث السابق أو اللاحق من المحفوظ";
const HISTORY_EN: &str = "an earlier or a later search, from those kept";

#[rustfmt::skip]
pub const ACTIONS: &[ActionSpec] = &[
    spec("down", Down, MOVES, &[c('j'), k(K::Down)], "سطر أو مقالة للأسفل", "down a line, or the next article"),
    spec("up", Up, MOVES, &[c('k'), k(K::Up)], "سطر أو مقالة للأعلى", "up a line, or the previous article"),
    spec("page_down", PageDown, PAGES, &[c(' '), k(K::PageDown)], "صفحة للأسفل", "a page down"),
    spec("page_up", PageUp, PAGES, &[c('b'), k(K::PageUp)], "صفحة للأعلى", "a page up"),
    spec("top", Top, MOVES, &[c('g'), k(K::Home)], "إلى البداية", "to the top"),
    spec("bottom", Bottom, MOVES, &[c('G'), k(K::End)], "إلى النهاية", "to the end"),
    spec("open", Open, Scopes::LIST, &[k(K::Enter)], "فتح المقالة", "open the article"),
    spec("back", Back, CLOSES, &[k(K::Esc)], "رجوع، أو إغلاق، أو مسح التصفية", "back, close, or clear the filter"),
    spec("switch_pane", SwitchPane, PANES, &[k(K::Tab)], "التنقل بين اللوحين", "the other pane"),
    spec("focus_left", FocusLeft, PANES, &[k(K::Left)], "اللوح الأيسر", "the pane on the left"),
    spec("focus_right", FocusRight, PANES, &[k(K::Right)], "اللوح الأيمن", "the pane on the right"),
    spec("prev_article", PrevArticle, Scopes::READER, &[c('[')], "المقالة السابقة", "the previous article"),
    spec("next_article", NextArticle, Scopes::READER, &[c(']')], "المقالة التالية", "the next article"),
    spec("search", Search, PANES, &[c('/')], "بحث", "search"),
    spec("next_match", NextMatch, PANES, &[c('n')], "النتيجة التالية", "the next match"),
    spec("prev_match", PrevMatch, PANES, &[c('N')], "النتيجة السابقة", "the previous match"),
    spec("share", Share, PANES, &[c('s')], "مشاركة المقالة أو الفقرة", "share the article or the paragraph"),
    spec("paragraph_cursor", ParagraphCursor, Scopes::READER, &[c('v')], "مؤشر الفقرات لمشاركة اقتباس", "paragraph cursor, to share a quote"),
    spec("toggle_tashkeel", ToggleTashkeel, Scopes::READER, &[c('t')], "إظهار التشكيل أو إخفاؤه", "tashkeel on / off"),
    spec("cycle_digits", CycleDigits, Scopes::READER, &[c('d')], "الأرقام: كما كُتبت، هندية، لاتينية", "digits: as written, Arabic, Latin"),
    spec("toggle_shaping", ToggleShaping, Scopes::READER, &[c('r')], "وصل الحروف أو تركه للطرفية", "shaping on / off"),
    spec("toggle_justify", ToggleJustify, Scopes::READER, &[c('J')], "ضبط السطور بالكشيدة", "kashida justification"),
    spec("toggle_read", ToggleRead, PANES, &[c('u')], "تعليم المقالة مقروءة أو غير مقروءة", "mark read / unread"),
    spec("toggle_bookmark", ToggleBookmark, PANES, &[c('m')], "حفظ المقالة أو إزالتها من المحفوظات", "bookmark / remove the bookmark"),
    spec("mark_all_read", MarkAllRead, PANES, &[c('A')], "تعليم كل المقالات المعروضة مقروءة", "mark every listed article read"),
    spec("bookmarks_only", BookmarksOnly, PANES, &[c('B')], "المحفوظات فقط (مرة أخرى: الكل)", "bookmarks only (again: all)"),
    spec("unread_only", UnreadOnly, PANES, &[c('U')], "غير المقروء فقط (مرة أخرى: الكل)", "unread only (again: all)"),
    spec("cycle_sort", CycleSort, PANES, &[c('S')], "ترتيب القائمة: الأحدث، الأقدم، العنوان، المصدر، غير المقروء أولًا", "sort the list: newest, oldest, title, source, unread first"),
    spec("archive", Archive, PANES, &[c('D')], "نقل المقالة إلى الأرشيف (في --archive: إعادتها إلى المكتبة)", "archive the article (in --archive: restore it)"),
    spec("undo", Undo, PANES, &[c('z')], "التراجع عن آخر أرشفة أو تعليم للكل أو حفظ", "undo the last archive, mark-all-read or bookmark"),
    spec("confirm", Confirm, Scopes::CONFIRM, &[c('y'), c('D')], "نعم للسؤال (أي مفتاح آخر: لا)", "yes to the question (any other key: no)"),
    spec("help", Help, PAGES, &[c('?')], "هذه المساعدة", "this help"),
    spec("quit", Quit, MOVES, &[c('q')], "رجوع، أو خروج من القائمة", "back, or quit from the list"),
    spec("submit", Submit, Scopes::SEARCH, &[k(K::Enter)], "إبقاء البحث", "keep the search"),
    spec("delete_char", DeleteChar, Scopes::SEARCH, &[k(K::Backspace)], "حذف الحرف قبل المؤشر", "delete the letter before the cursor"),
    spec("delete_next", DeleteNext, Scopes::SEARCH, &[k(K::Delete)], "حذف الحرف بعد المؤشر", "delete the letter after the cursor"),
    spec("delete_word", DeleteWord, Scopes::SEARCH, &[KeyBinding::ctrl('w')], "حذف الكلمة قبل المؤشر", "delete the word before the cursor"),
    spec("delete_to_start", DeleteToStart, Scopes::SEARCH, &[KeyBinding::ctrl('u')], "حذف كل ما قبل المؤشر", "delete all before the cursor"),
    spec("caret_left", CaretLeft, Scopes::SEARCH, &[k(K::Left)], CARET_AR, CARET_EN),
    spec("caret_right", CaretRight, Scopes::SEARCH, &[k(K::Right)], CARET_AR, CARET_EN),
    spec("caret_start", CaretStart, Scopes::SEARCH, &[k(K::Home), KeyBinding::ctrl('a')], "المؤشر إلى أول البحث", "the cursor to the start"),
    spec("caret_end", CaretEnd, Scopes::SEARCH, &[k(K::End), KeyBinding::ctrl('e')], "المؤشر إلى آخر البحث", "the cursor to the end"),
    spec("older_search", OlderSearch, Scopes::SEARCH, &[k(K::Up)], HISTORY_AR, HISTORY_EN),
    spec("newer_search", NewerSearch, Scopes::SEARCH, &[k(K::Down)], HISTORY_AR, HISTORY_EN),
    spec("send", Submit, Scopes::SHARE, &[k(K::Enter)], "إرسال إلى الهدف المحدد", "send to the chosen target"),
    spec("next_format", NextFormat, Scopes::SHARE, &[c('f'), k(K::Tab)], "الصيغة التالية", "the next format"),
    spec("target_1", Pick(1), Scopes::SHARE, &[c('1')], TARGET_AR, TARGET_EN),
    spec("target_2", Pick(2), Scopes::SHARE, &[c('2')], TARGET_AR, TARGET_EN),
    spec("target_3", Pick(3), Scopes::SHARE, &[c('3')], TARGET_AR, TARGET_EN),
    spec("target_4", Pick(4), Scopes::SHARE, &[c('4')], TARGET_AR, TARGET_EN),
    spec("target_5", Pick(5), Scopes::SHARE, &[c('5')], TARGET_AR, TARGET_EN),
    spec("target_6", Pick(6), Scopes::SHARE, &[c('6')], TARGET_AR, TARGET_EN),
    spec("target_7", Pick(7), Scopes::SHARE, &[c('7')], TARGET_AR, TARGET_EN),
    spec("target_8", Pick(8), Scopes::SHARE, &[c('8')], TARGET_AR, TARGET_EN),
    spec("open_source", OpenSource, PANES, &[c('o')], "فتح مصدر المقالة في المتصفح", "open the article's source in the browser"),
    spec("links", Links, PANES, &[c('L')], "روابط المقالة ومصدرها", "the article's links and its source"),
    spec("open_link", OpenLink, Scopes::LINKS, &[k(K::Enter), c('o')], "فتح الرابط في المتصفح", "open the link in the browser"),
    spec("copy_link", CopyLink, Scopes::LINKS, &[c('c'), c('y')], "نسخ الرابط", "copy the link"),
    spec("share_link", Share, Scopes::LINKS, &[c('s')], "مشاركة الرابط", "share the link"),
    spec("force_quit", ForceQuit, Scopes::EVERYWHERE, &[KeyBinding::ctrl('c')], "خروج من أي مكان", "quit from anywhere"),
    spec("suspend", Suspend, Scopes::EVERYWHERE, &[KeyBinding::ctrl('z')], "إيقاف مؤقت والعودة إلى الصدفة (fg للرجوع)", "suspend to the shell (fg comes back)"),
];
