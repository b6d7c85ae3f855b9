//! The words dates are written with, as data for [`super::dates`]. Names
//! are compared after [`crate::search::fold`], so hamza, taa marbuta and
//! harakat variants (`أبريل`/`ابريل`/`إبريل`, `جويلية`/`جويليه`) need one
//! entry. Several names of the same month in one list are all accepted.
//! Each table is folded once, on first use.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::search;

/// The labels a story's publication date is written after: at a copied
/// line's start (`نشر في: …`) and inside a page's line of fields
/// (`أخبار البلد - فلان  تاريخ النشر : 13-02-2019`). A label that holds
/// another comes before it.
pub const PUBLISHED_LABELS: [&str; 14] = [
    "هذا المحتوى تم نشره",
    "تم نشره",
    "تاريخ النشر",
    // The news item's date (`تاريخ الخبر: 2002/10/15`).
    "تاريخ الخبر",
    "تاريخ المقال",
    "تاريخ الإضافة",
    "نشر بتاريخ",
    "نشر في",
    "أضيف بتاريخ",
    "أضيف في",
    // PHP-Nuke's "posted on" (`أرسلت في الأحد 12 أيار 2019 بواسطة admin`).
    "أرسلت في",
    "ارسلت في",
    // The bare label, with its colon (`التاريخ: 2012/03/18   المصدر: سونا`).
    "التاريخ:",
    "التاريخ :",
];

/// The month names of one region, January first.
#[derive(Debug, Clone, Copy)]
pub struct MonthNames {
    pub region: &'static str,
    pub months: [&'static [&'static str]; 12],
}

/// Every region's month names. A name may appear in several regions (the
/// Maghrebi `مارس` is the Egyptian one): the first month that names it wins,
/// and no name stands for two months.
pub const MONTH_NAMES: &[MonthNames] = &[
    MonthNames {
        // Egypt, Sudan, the Gulf, and most news agencies.
        region: "egyptian-gulf",
        months: [
            &["يناير", "ينائر"],
            &["فبراير", "فبرائر"],
            &["مارس"],
            &["أبريل", "ابريل", "إبريل"],
            &["مايو"],
            &["يونيو", "يونيه"],
            &["يوليو", "يوليه"],
            &["أغسطس", "اغسطس", "آغسطس"],
            &["سبتمبر"],
            &["أكتوبر", "اكتوبر"],
            &["نوفمبر"],
            &["ديسمبر"],
        ],
    },
    MonthNames {
        // Syria, Lebanon, Jordan, Palestine, Iraq.
        region: "levantine-iraqi",
        months: [
            &["كانون الثاني", "كانون ثاني", "كانون2"],
            &["شباط"],
            &["آذار", "اذار"],
            &["نيسان"],
            &["أيار", "ايار"],
            &["حزيران"],
            &["تموز"],
            &["آب"],
            &["أيلول", "ايلول"],
            &["تشرين الأول", "تشرين اول", "تشرين1"],
            &["تشرين الثاني", "تشرين ثاني", "تشرين2"],
            &["كانون الأول", "كانون اول", "كانون1"],
        ],
    },
    MonthNames {
        // Algeria and Tunisia (from the French names).
        region: "maghrebi",
        months: [
            &["جانفي"],
            &["فيفري"],
            &["مارس"],
            &["أفريل", "افريل"],
            &["ماي"],
            &["جوان"],
            &["جويلية", "جويلة"],
            &["أوت", "اوت"],
            &["سبتمبر"],
            &["أكتوبر"],
            &["نوفمبر"],
            &["ديسمبر"],
        ],
    },
    MonthNames {
        // Morocco.
        region: "moroccan",
        months: [
            &["يناير"],
            &["فبراير"],
            &["مارس"],
            &["أبريل"],
            &["ماي"],
            &["يونيو"],
            &["يوليوز"],
            // Mauritania writes August and December so too.
            &["غشت", "أغشت"],
            &["شتنبر"],
            &["أكتوبر"],
            &["نونبر"],
            &["دجنبر", "دجمبر"],
        ],
    },
    MonthNames {
        // Libya's papers from 1999 to 2011, often with the common name
        // after it in brackets (`06 الطير (أبريل) 2010`).
        region: "libyan",
        months: [
            &["أي النار"],
            &["النوار"],
            &["الربيع"],
            &["الطير"],
            &["الماء"],
            &["الصيف"],
            &["ناصر"],
            &["هانيبال"],
            &["الفاتح"],
            &["التمور"],
            &["الحرث"],
            &["الكانون"],
        ],
    },
    MonthNames {
        region: "english",
        months: [
            &["january", "jan"],
            &["february", "feb"],
            &["march", "mar"],
            &["april", "apr"],
            &["may"],
            &["june", "jun"],
            &["july", "jul"],
            &["august", "aug"],
            &["september", "sep", "sept"],
            &["october", "oct"],
            &["november", "nov"],
            &["december", "dec"],
        ],
    },
    MonthNames {
        region: "french",
        months: [
            &["janvier"],
            &["février", "fevrier"],
            &["mars"],
            &["avril"],
            &["mai"],
            &["juin"],
            &["juillet"],
            &["août", "aout"],
            &["septembre"],
            &["octobre"],
            &["novembre"],
            &["décembre", "decembre"],
        ],
    },
];

/// `text` without the weekday's name it ends with, where a line break
/// parted the two and the text ran them together (`فلانالسبت`).
pub(crate) fn without_weekday_at_end(text: &str) -> Option<&str> {
    WEEKDAYS
        .iter()
        .flat_map(|names| names.iter())
        .find_map(|day| text.strip_suffix(day))
}

/// The day of the week a folded word names (`الاحد`, `احد`, `sunday`,
/// `sun`), Sunday as 0; an Arabic one with or without its article.
pub(crate) fn weekday_number(word: &str) -> Option<u32> {
    folded_weekdays()
        .iter()
        .find(|(day, _)| day == word || day.strip_prefix("ال") == Some(word))
        .map(|&(_, n)| n)
}

/// Every weekday's name folded, with its number, folded once.
pub(super) fn folded_weekdays() -> &'static [(String, u32)] {
    static TABLE: OnceLock<Vec<(String, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (0..)
            .zip(WEEKDAYS)
            .flat_map(|(n, names)| names.iter().map(move |name| (search::fold(name), n)))
            .collect()
    })
}

/// Days of the week from Sunday, in every spelling met before a date.
const WEEKDAYS: [&[&str]; 7] = [
    &["الأحد", "sunday", "sun", "dimanche"],
    &["الاثنين", "الإثنين", "الاتنين", "monday", "mon", "lundi"],
    &["الثلاثاء", "tuesday", "tue", "tues", "mardi"],
    &["الأربعاء", "الاربعاء", "wednesday", "wed", "mercredi"],
    &["الخميس", "thursday", "thu", "thur", "thurs", "jeudi"],
    &["الجمعة", "friday", "fri", "vendredi"],
    &["السبت", "saturday", "sat", "samedi"],
];

/// Words that introduce a date in a header line (`التاريخ:`, `نشر في`,
/// `آخر تحديث`, `Published on`).
pub const LABELS: &[&str] = &[
    "التاريخ",
    "تاريخ",
    "بتاريخ",
    "النشر",
    "نشر",
    "نشرت",
    // A portal's `أرسلت في …` (PHP-Nuke's "posted on").
    "أرسلت",
    "ارسلت",
    // `تاريخ المقال:`, `تاريخ الخبر:`: the date of what the page shows.
    "المقال",
    "الخبر",
    "في",
    "يوم",
    "آخر",
    "اخر",
    "تحديث",
    "التحديث",
    "محدث",
    "تم",
    "الموافق",
    // Its preposition set apart (`الموافق ل 22 مارس 2024`).
    "ل",
    "لـ",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "date",
    "le",
    "publié",
    // A German broadcaster's Arabic pages (`Stand: 24.04.2023, 11:03 Uhr`).
    "stand",
];

/// Words that number a printed paper's issue before its date
/// (`العدد 2985 - الأحد 07 نوفمبر 2010م`): the number is the issue's.
pub const ISSUE: &[&str] = &["العدد", "عدد", "issue", "no"];

/// Words after a time that make it morning or afternoon.
pub const AM: &[&str] = &["ص", "صباحا", "صباحاً", "صباح", "am"];
pub const PM: &[&str] = &["م", "مساء", "مساءً", "مساءا", "ظهرا", "عصرا", "ليلا", "pm"];

/// Words between a date and its time: `2020/12/25 الساعة 1:59`,
/// `2017/06/15 على الساعة 05:25`.
pub const BEFORE_TIME: &[&str] = &["الساعة", "الساعه", "س", "at", "t", "à", "في", "على"];

/// Zone names that mean UTC.
pub const UTC: &[&str] = &["gmt", "utc", "ut", "z", "غرينتش", "جرينتش"];

/// Zone abbreviations Arab sites print after a clock time (`06:05 م GST`).
pub const ZONES: &[&str] = &["gst", "ast", "eet", "eest", "cet", "cest", "msk", "ksa"];

/// Words naming a zone by its city (`بتوقيت مكة المكرمة`).
pub const LOCAL_TIME: &[&str] = &["بتوقيت", "توقيت"];

/// What may follow a year: `2020م`, `2020 ميلادي`.
pub const ERA: &[&str] = &["م", "ميلادي", "ميلادية", "ميلاديا", "ad"];

/// Hijri month names and the era mark, and other calendars' months: a
/// header line that gives such a date next to the Gregorian one is still
/// a date line.
pub const HIJRI: &[&str] = &[
    "محرم",
    "صفر",
    "ربيع",
    "الأول",
    "الاول",
    "الآخر",
    "الثاني",
    // Without the article, as Egyptian sites name the months
    // (`23 ربيع أول 1447 هـ`).
    "أول",
    "آخر",
    "ثاني",
    "جمادى",
    "الأولى",
    "الآخرة",
    "أولى",
    "آخرة",
    // `جمادى الثانية`, as some write the sixth month.
    "الثانية",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    // `ذي` after `الموافق` (`الموافق 01 ذي الحجة`): the same month.
    "ذي",
    "القعدة",
    "الحجة",
    "هـ",
    "ه",
    "هجري",
    "هجرية",
    // `1446 هجريا, الموافق 21 نوفمبر 2024 ميلاديا`.
    "هجريا",
    // The Iranian calendar's months, as Iranian outlets' Arabic services
    // set that date beside the Gregorian one (`۱۲ شهریور ۱۴۰۲ | 3
    // سبتمبر 2023`): no Gregorian day either.
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
    // The Coptic calendar's months and era, as Egyptian churches and
    // papers set that date beside the Gregorian one (`الجمعة 16 فبراير
    // 2024 | 9 أمشير 1740 ش`).
    "توت",
    "بابة",
    "هاتور",
    "كيهك",
    "طوبة",
    "أمشير",
    "برمهات",
    "برمودة",
    "بشنس",
    "بؤونة",
    "أبيب",
    "مسرى",
    "ش",
];

/// A word table folded once: every line of an import asks whether its
/// words are weekdays, labels or era marks.
pub(super) fn folded(list: &'static [&'static str]) -> &'static [String] {
    type Tables = Mutex<HashMap<(usize, usize), &'static [String]>>;
    static TABLES: OnceLock<Tables> = OnceLock::new();
    let tables = TABLES.get_or_init(Tables::default);
    let mut tables = tables.lock().unwrap_or_else(PoisonError::into_inner);
    tables
        .entry((list.as_ptr() as usize, list.len()))
        .or_insert_with(|| {
            // One small table per word list in the code, kept for the process.
            Vec::leak(list.iter().map(|w| search::fold(w)).collect())
        })
}

/// Every month name as folded words, with its number, folded once.
pub(super) fn folded_months() -> &'static [(Vec<String>, u32)] {
    static TABLE: OnceLock<Vec<(Vec<String>, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = Vec::new();
        for region in MONTH_NAMES {
            for (n, names) in (1..=12).zip(region.months) {
                for name in names {
                    let words = name.split_whitespace().map(search::fold).collect();
                    table.push((words, n));
                }
            }
        }
        table
    })
}
