//! Copies of real pages' furniture and header shapes: a summary under
//! its label, lists framed by a screen reader's marks, sites named with
//! a number or one word beside their city, a wire's dateline with the
//! day and month only or with dashes glued to the names, a writer's
//! account after his byline, a clock's zone after the date, and the
//! date under a deck, a date in square brackets, and a summary a
//! sentence long over the dateline's byline, a deck over a station and
//! the agency it relays, and a summary opening as the lead does.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{check_lines, import_text, texts};

const MORE: [&str; 2] = [
    "وقال رئيس جمعية المزارعين إن الجمعية طالبت الحكومة بفتح أسواق جديدة في الخليج وأوروبا لتصريف الفائض قبل نهاية العام، محذرا من أن بقاء المعابر مغلقة سيدفع مئات العائلات إلى بيع محصولها بأقل من كلفته، وأن كثيرا من صغار المزارعين لن يقدروا على تسديد ديونهم للموسم المقبل.",
    "وتشير تقديرات وزارة الزراعة إلى أن الصابة الحالية تفوق صابة الموسم الماضي بنحو الثلث بفضل الأمطار الغزيرة في الربيع.",
];
const DECK: &str =
    "مختصون يتوقعون تراجع الطلب على زيت الزيتون في الأسواق المحلية والخارجية خلال العام المقبل";

#[test]
fn a_summarys_points_under_its_label_are_not_the_story() {
    check_lines(
        &[
            HEAD,
            "أبوظبي - سكاي نيوز عربية",
            "نشر في: 3 أكتوبر 2024 - 14:15 بتوقيت أبوظبي",
            "ملخص",
            "المزارعون يخشون تراجع الأسعار",
            "المعابر مغلقة أمام التصدير منذ أسابيع",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03T14:15"), None, Some("سكاي نيوز عربية")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_summary_of_one_paragraph_under_its_label_is_not_the_story() {
    let summary =
        "يخشى مزارعو الزيتون موسما بلا أسواق بعد إغلاق المعابر، فيما تبقى الحلول حبيسة الأدراج.";
    let a = import_text(&[HEAD, DATE, "ملخص", summary, LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_list_framed_by_a_screen_readers_marks_runs_to_its_end_mark() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "اقرأ أيضا",
            "list of 2 items",
            "list 1 of 2",
            "التضخم يتراجع إلى أدنى مستوى منذ 3 سنوات",
            "list 2 of 2",
            "هل تنجح البلاد في جذب الاستثمار إلى قطاع السياحة؟",
            "end of list",
            "عوامل الدعم",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, "عوامل الدعم", NEXT]);
}

#[test]
fn a_box_after_a_link_past_it_runs_to_its_end_mark() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "تخطى الأكثر قراءة وواصل القراءة",
            "الأكثر قراءة",
            "فيروس كورونا: ما الذي نعرفه عن اللقاح؟",
            "انتخابات: رابع اقتراع في عامين",
            "نهاية الأكثر قراءة",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_ads_skip_button_opens_no_box() {
    let a = import_text(&[HEAD, DATE, LEAD, "تخطى الإعلان", NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn sites_named_with_a_number_or_one_word_beside_their_city() {
    for (line, site) in [
        ("218 - طرابلس", "218"),
        ("نينوى – 964", "964"),
        ("زنقة 20 | الرباط", "زنقة 20"),
        ("بلقيس - تعز", "بلقيس"),
    ] {
        check_lines(
            &[HEAD, line, DATE, LEAD, NEXT],
            HEAD,
            [Some("2024-10-03"), None, Some(site)],
            &[LEAD, NEXT],
        );
    }
}

#[test]
fn a_wires_dateline_with_the_day_and_month_only() {
    let lead =
        "القيروان 3 أوت (وات) - انطلق موسم جني الفستق بولاية القيروان وسط توقعات بصابة وفيرة.";
    check_lines(
        &[HEAD, DATE, lead, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("وات")],
        &[
            "انطلق موسم جني الفستق بولاية القيروان وسط توقعات بصابة وفيرة.",
            NEXT,
        ],
    );
}

#[test]
fn a_wires_dateline_with_dashes_glued_to_the_names() {
    let lead = "بيت لحم- معا- أعلنت بلدية بيت لحم اليوم عن جدول جديد لتوزيع المياه على الأحياء.";
    check_lines(
        &[HEAD, DATE, lead, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("معا")],
        &[
            "أعلنت بلدية بيت لحم اليوم عن جدول جديد لتوزيع المياه على الأحياء.",
            NEXT,
        ],
    );
}

#[test]
fn a_writers_account_after_his_byline_is_no_part_of_it() {
    for account in ["@OKAZ_online", "OKAZ_online@"] {
        let byline = format!("فهد العتيبي (جدة) {account}");
        check_lines(
            &[HEAD, &byline, DATE, LEAD, NEXT],
            HEAD,
            [Some("2024-10-03"), Some("فهد العتيبي"), None],
            &[LEAD, NEXT],
        );
    }
}

#[test]
fn the_date_and_the_writer_under_a_long_deck() {
    check_lines(
        &[
            HEAD,
            DECK,
            "ماجد الخالدي من الرياض",
            DATE,
            LEAD,
            NEXT,
            MORE[0],
            MORE[1],
        ],
        HEAD,
        [Some("2024-10-03"), Some("ماجد الخالدي"), None],
        &[DECK, LEAD, NEXT, MORE[0], MORE[1]],
    );
    // Set apart by blank lines, with the label's vowel and the update.
    let text = [
        HEAD,
        DECK,
        "أحمد الحمادي",
        "نُشر في 3/10/2024 | آخر تحديث: 3/10/2024 01:34 (بتوقيت مكة المكرمة)",
        LEAD,
        NEXT,
        MORE[0],
        MORE[1],
    ]
    .join("\n\n");
    let a = import_text(&text);
    assert_eq!(a.author.as_deref(), Some("أحمد الحمادي"));
    assert_eq!(a.published.as_deref(), Some("2024-10-03"));
    assert_eq!(texts(&a), [DECK, LEAD, NEXT, MORE[0], MORE[1]]);
}

#[test]
fn a_wires_slashed_dateline_with_no_day() {
    let lead = "رام الله / سما / أظهرت بيانات صادرة عن سلطة النقد ارتفاع الودائع المصرفية خلال الشهر الماضي.";
    check_lines(
        &[HEAD, DATE, lead, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("سما")],
        &[
            "أظهرت بيانات صادرة عن سلطة النقد ارتفاع الودائع المصرفية خلال الشهر الماضي.",
            NEXT,
        ],
    );
}

#[test]
fn a_views_counter_in_arabic_figures_is_not_the_story() {
    let a = import_text(&[HEAD, DATE, "١٬٢٥٤ مشاهدة", LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_sections_name_with_its_country_over_the_headline_is_no_headline() {
    // The section's name in the menu, and again over the headline.
    let copy = [
        "الرئيسية",
        "أخبار السودان",
        "أخبار عالمية",
        "مقالات وآراء",
        "تقارير",
        "رياضة",
        "منوعات",
        "اتصل بنا",
        "الأربعاء, 4 سبتمبر 2024",
        "عاجل",
        "الأمم المتحدة: أكثر من 10 ملايين نازح داخل السودان",
        "أخبار السودان",
        "أزمة مياه خانقة في أحياء بورتسودان مع ارتفاع سعر البرميل إلى 6 آلاف جنيه",
        "الراكوبة",
        "سبتمبر 3, 2024",
        "0 تعليق",
        "بورتسودان – الراكوبة",
        "يعاني سكان عدد من أحياء مدينة بورتسودان من أزمة حادة في مياه الشرب منذ أكثر من أسبوعين، في ظل توقف عدد من محطات الضخ وارتفاع الطلب مع تزايد أعداد النازحين الوافدين إلى المدينة.",
        "مع بدء موسم قطاف الزيتون يتخوف مزارعون من تراجع الأسعار بعد إغلاق المعابر أمام التصدير هذا العام.",
        "ويقدر مزارعون أن إنتاج الموسم الحالي يفوق حاجة السوق المحلية بكثير.",
    ];
    let a = import_text(&copy.join("\n"));
    assert_eq!(a.title, copy[12]);
    assert_eq!(texts(&a).len(), 3, "{:#?}", texts(&a));
}

#[test]
fn a_date_in_square_brackets_dates_the_story() {
    check_lines(
        &[HEAD, "[3/ أكتوبر/ 2024]", LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_summary_a_sentence_long_over_the_datelines_byline_is_not_the_story() {
    let summary = "يخشى المزارعون تراجع الأسعار بعد إغلاق المعابر أمام صادرات الزيتون هذا العام.";
    check_lines(
        &[
            HEAD,
            summary,
            "نابلس - وكالة الأرض",
            "الأحد 2024/10/3 08:15 م",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-10-03T20:15"), None, Some("وكالة الأرض")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_deck_over_a_station_relaying_an_agency_is_not_the_story() {
    check_lines(
        &[
            HEAD,
            DECK,
            "إذاعة الشرق الدولية / أ ف ب",
            "نشرت في: 10/04/2024 - 14:05",
            "دقيقتان",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-04-10T14:05"), None, Some("أ ف ب")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_summary_opening_as_the_lead_does_is_not_the_story() {
    let summary = "مع بدء موسم قطاف الزيتون يتخوف مزارعون من كساد المحصول.";
    let a = import_text(&[HEAD, DATE, summary, "صورة أرشيفية", LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
