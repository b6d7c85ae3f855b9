//! Names that tell the parts of a byline apart, as data for
//! [`super::byline`]: a city in a dateline is not an author, an agency is
//! a source. Compared after [`crate::search::fold`], so `أبوظبي` and
//! `ابوظبي` need one entry; the common spellings with a space are listed
//! too (`أبو ظبي`).

pub use super::byline_places::PLACES;

/// News agencies and outlets that sign bylines.
pub const OUTLETS: &[&str] = &[
    "وكالات",
    "الوكالات",
    "متابعات",
    "رويترز",
    "أ ف ب",
    "أ.ف.ب",
    "ا ف ب",
    "فرانس برس",
    "فرانس 24",
    "الفرنسية",
    "أسوشيتد برس",
    "أ ب",
    "د ب أ",
    "د.ب.أ",
    "الألمانية",
    "الأناضول",
    "سبوتنيك",
    "سبوتنيك عربي",
    "روسيا اليوم",
    "تاس",
    "شينخوا",
    "كونا",
    "واس",
    "وام",
    "قنا",
    "بنا",
    "سانا",
    "سونا",
    "واع",
    "وفا",
    "بترا",
    "أ ش أ",
    "أ.ش.أ",
    "واج",
    "ومع",
    "تاب",
    "سبأ",
    // The Tunisian wire (TAP) and Palestinian agencies.
    "وات",
    "معا",
    "سما",
    // Lebanon's wire signs its stories by one word of its name.
    "وطنية",
    "الوكالة الوطنية للإعلام",
    "صفا",
    "قدس برس",
    // The Sahrawi, Mauritanian and Libyan wires.
    "واص",
    "وما",
    "وال",
    "العمانية",
    "سكاي نيوز عربية",
    "سكاي نيوز",
    "بي بي سي",
    "بي بي سي عربي",
    "الجزيرة",
    "الجزيرة نت",
    "العربية",
    "العربية نت",
    "الحرة",
    "سي إن إن",
    "سي ان ان",
    "الشرق",
    "الشرق الأوسط",
    "البيان",
    "الخليج",
    "الاتحاد",
    "الإمارات اليوم",
    "الرؤية",
    "عكاظ",
    "الرياض",
    "الوطن",
    "المدينة",
    "اليوم",
    "الشرق القطرية",
    "الراية",
    "القبس",
    "الأنباء",
    "الرأي",
    "الغد",
    "الدستور",
    "النهار",
    "الأخبار",
    "السفير",
    "المدن",
    "القدس العربي",
    "القدس",
    "الأيام",
    "الحياة",
    "الأهرام",
    "الأهرام أون لاين",
    "المصري اليوم",
    "اليوم السابع",
    "الشروق",
    "الوفد",
    "بوابة الأهرام",
    "مصراوي",
    "الصباح",
    "الشعب",
    "الخبر",
    "النهار الجديد",
    "هسبريس",
    "العرب",
    "إندبندنت عربية",
    "عربي 21",
    "عربي21",
    "العين الإخبارية",
    "الميادين",
    "المنار",
    "القافلة",
    "المجلة",
    "مجلة القافلة",
    "الموقف",
    "نون بوست",
    "رصيف 22",
    "فيتو",
    "صدى البلد",
    "الفجر",
    "المصريون",
    "السومرية",
    "الفرات",
    "الرافدين",
    "الدرر",
    "هبة بريس",
    "الشروق أونلاين",
    "AFP",
    "Reuters",
    "AP",
];

/// Words that make a place's name an outlet's after it (`اليمن العربي`).
pub const REGION_OUTLET_WORDS: &[&str] = &["العربي"];

/// Words that make a byline part an outlet even when the name is not
/// listed: `قناة ...`, `... نيوز`, `... الإخبارية`.
pub const OUTLET_WORDS: &[&str] = &[
    "وكالة",
    "صحيفة",
    "جريدة",
    "مجلة",
    "موقع",
    "قناة",
    "بوابة",
    // A network's or a platform's site (`شبكة السبر`, `منصة الاستقلال`).
    "شبكة",
    "منصة",
    // A paper of a country's or a region's affairs (`شؤون عمانية`).
    "شؤون",
    "فضائية",
    "الفضائية",
    "نيوز",
    "الإخبارية",
    "الاخبارية",
    "الإخباري",
    "الاخباري",
    "برس",
    "تايمز",
    "بوست",
    "تلفزيون",
    "إذاعة",
    "راديو",
    // A radio's FM in Arabic letters (`المدينة إف إم`).
    "إف",
    "اف",
    "FM",
    "أونلاين",
    // `الجلفة إنفو`, `أنباء انفو`: a site's word for news.
    "إنفو",
    "انفو",
    "أنفو",
    // An international station (`مونت كارلو الدولية`).
    "الدولية",
    // A paper's or a channel's web desk (`رووداو ديجيتال`).
    "ديجيتال",
    "digital",
    // `… أون لاين`, the same written apart.
    "لاين",
    "نت",
    // `الرافدين الإلكترونية`: a paper's site.
    "الإلكترونية",
    // `فلسطين اليوم`, `المصري اليوم`: a site named after its place.
    "اليوم",
    "مراسلنا",
    "مراسل",
    "مراسلو",
    "مكتب",
    "البوابة",
    // Media centres and offices: `المركز الفلسطيني للإعلام`.
    "للإعلام",
    // A country's agency named with the article (`الوكالة الموريتانية
    // للأنباء`), or any site `… للأنباء`.
    "الوكالة",
    "للأنباء",
    // A site's Latin name (`Syria Press`, `sport 360`).
    "press",
    "news",
    "times",
    "post",
    "tv",
    "online",
    "sport",
    "sports",
];

/// Words no person's name is made of: a part holding one is not an author.
/// (`على` is left out: folded, it is the name `علي`.)
pub const NOT_NAMES: &[&str] = &[
    // `تم التحقق في:`, a field's label: "was checked on".
    "تم",
    // A clock's zone left beside a name once the date is read
    // (`بتوقيت أبوظبي`).
    "بتوقيت",
    "توقيت",
    "في",
    "من",
    "عن",
    "مع",
    "بعد",
    "قبل",
    // A caption's time beside the name (`فلان خلال الاجتماع`).
    "خلال",
    "أثناء",
    // A body's department under the date (`دائرة الخدمة والإغاثة
    // (الدياكونيا)`).
    "دائرة",
    "هذا",
    "هذه",
    "التي",
    "الذي",
    "اليوم",
    "أمس",
    "غدا",
    "قال",
    "أعلن",
    "يوم",
    "عام",
    "خبر",
    "عاجل",
    "الحرب",
    "أخبار",
    "تقرير",
    "فيديو",
    "صور",
    "بالصور",
    "لماذا",
    "كيف",
    "هل",
    "ما",
    "ماذا",
    // Labels of a story's summary under its headline (`حول الخبر: …`).
    "حول",
    "الخبر",
    "ملخص",
    "باختصار",
    "الخلاصة",
    "موجز",
    // A match's ground under its score (`استاد عبدالله بن خليفة`).
    "استاد",
    "ستاد",
    "ملعب",
    // A college's campus among the tags under the date (`حرم رأس
    // الخيمة`).
    "حرم",
];

/// A paper's desks, which a credit line names where a writer would be
/// (`«الساحل» غرفة الأخبار`): the desk is the paper's, no one's name.
pub const DESKS: &[&str] = &[
    "غرفة الأخبار",
    "قسم الأخبار",
    "غرفة التحرير",
    "قسم التحرير",
    "المحرر",
    "محرر الموقع",
    "أسرة التحرير",
    "هيئة التحرير",
    "فريق التحرير",
    // A university's or a ministry's media office as its byline.
    "إعلام الجامعة",
    "إعلام الوزارة",
    // A desk's own gathering of the news.
    "متابعات خاصة",
    "متابعة خاصة",
    "رصد خاص",
];

/// Offices a speaker is named by (`وزير الخارجية: …`): words before a
/// colon that hold one are a speaker, not a writer's name.
pub const OFFICES: &[&str] = &[
    "وزير",
    "وزيرة",
    "رئيس",
    "رئيسة",
    "نائب",
    "مدير",
    "مديرة",
    "أمين",
    "محافظ",
    "سفير",
    "قائد",
    "مصدر",
    "مصادر",
    "متحدث",
    "ناطق",
    "عضو",
    "مستشار",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A name listed twice in a table hides which list is meant to be
    /// edited: each table holds each entry once.
    #[test]
    fn each_table_names_each_entry_once() {
        let tables = [
            ("PLACES", PLACES),
            ("OUTLETS", OUTLETS),
            ("REGION_OUTLET_WORDS", REGION_OUTLET_WORDS),
            ("OUTLET_WORDS", OUTLET_WORDS),
            ("NOT_NAMES", NOT_NAMES),
            ("OFFICES", OFFICES),
            ("DESKS", DESKS),
        ];
        for (name, table) in tables {
            let mut seen = std::collections::HashSet::new();
            let twice: Vec<&str> = table.iter().copied().filter(|e| !seen.insert(*e)).collect();
            assert!(twice.is_empty(), "{name} lists {twice:?} more than once");
        }
    }
}
