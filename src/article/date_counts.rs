//! Words of dates said in words: a time counted back from now (`منذ 16
//! ساعة`) and days spelled as ordinals (`السابع عشر من تشرين الثاني`).

/// Words that say a time is counted back from now (`منذ 16 ساعة`), and
/// the units counted: a header line of them is the page's clock, no text.
pub(super) const RELATIVE_WORDS: &[&str] = &["منذ", "قبل", "ago"];
/// How many units, spelled out (`منذ ثلاث ساعات`, `منذ يوم واحد`, `an
/// hour ago`).
pub(super) const RELATIVE_COUNTS: &[&str] = &[
    "واحد",
    "واحدة",
    "ثلاث",
    "ثلاثة",
    "أربع",
    "أربعة",
    "خمس",
    "خمسة",
    "ست",
    "ستة",
    "سبع",
    "سبعة",
    "ثماني",
    "ثمانية",
    "تسع",
    "تسعة",
    "عشر",
    "عشرة",
    "بضع",
    "بضعة",
    "a",
    "an",
    "one",
    "two",
    "three",
];
pub(super) const RELATIVE_UNITS: &[&str] = &[
    "ثانية",
    "ثوان",
    "دقيقة",
    "دقيقتين",
    "دقائق",
    "ساعة",
    "ساعتين",
    "ساعات",
    "يوم",
    "يومين",
    "أيام",
    "أسبوع",
    "أسبوعين",
    "أسابيع",
    "شهر",
    "شهرين",
    "أشهر",
    "سنة",
    "سنتين",
    "سنوات",
    "عام",
    "عامين",
    "أعوام",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
];

/// Days spelled as ordinals (`السابع عشر من تشرين الثاني 2008`): one to
/// ten, then `الحادي` (one, in `الحادي عشر` and `الحادي والعشرين`).
pub(super) const ORDINAL_UNITS: &[&str] = &[
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحادي",
];
/// The twentieth and the thirtieth, alone or after a unit and `و`.
pub(super) const ORDINAL_TENS: &[&str] = &["العشرين", "الثلاثين"];
