//! Copies with a masthead's long slogan over the menu (a hard-wrapped
//! one too), an outlet whose one-word name holds a number, an agency's
//! dateline in the lead under a foot's source label naming it in full, a
//! column's wrapped footnote on its writer, and the notices a site sets
//! under a column or a translated story.

mod support;

use qari::article::byline;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{by, check_lines, check_under, import_text, texts};

/// The story's lead and next paragraph hard-wrapped, a blank line
/// between them.
const WRAPPED_STORY: [&str; 5] = [
    "مع بدء موسم قطاف الزيتون يتخوف مزارعون من تراجع الأسعار",
    "بعد إغلاق المعابر أمام التصدير هذا العام.",
    "",
    "ويقدر مزارعون أن إنتاج الموسم الحالي يفوق حاجة السوق",
    "المحلية بكثير.",
];

#[test]
fn a_long_slogan_that_says_what_the_site_is_stays_with_the_masthead() {
    check_under(&[
        "طريق الشعب",
        "جريدة يومية تصدر عن الحزب الشيوعي العراقي",
        "الرئيسية | سياسية | محليات | اقتصادية | ثقافية | رياضية",
        "محليات",
    ]);
    // Hard-wrapped, with blank lines between paragraphs.
    let wrapped = [
        "طريق الشعب",
        "",
        "جريدة يومية تصدر عن الحزب الشيوعي العراقي",
        "",
        "الرئيسية | سياسية | محليات | اقتصادية | ثقافية | رياضية",
        "",
        "محليات",
        "",
        HEAD,
        "",
        DATE,
        "",
    ];
    let a = import_text(&[&wrapped[..], &WRAPPED_STORY[..]].concat().join("\n"));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_headline_over_a_menu_is_not_taken_for_a_slogan() {
    // Only a line that opens with the kind of outlet may be a slogan.
    let title = "الحكومة تقر خطة جديدة لدعم مزارعي الزيتون في المحافظات الشمالية";
    let a = import_text(&[title, LEAD, NEXT].join("\n"));
    assert_eq!(a.title, title);
}

#[test]
fn an_outlet_whose_one_word_name_holds_a_number_is_the_source() {
    assert_eq!(
        byline::parse("دمشق - بزنس2بزنس"),
        Some(by(None, Some("بزنس2بزنس"), Some("دمشق")))
    );
    assert_eq!(
        byline::parse("الناصرة - عرب48"),
        Some(by(None, Some("عرب48"), Some("الناصرة")))
    );
    // A year with its era letter is no outlet.
    assert_eq!(byline::parse("رام الله - 2024م"), None);
    check_lines(
        &[
            HEAD,
            "الاثنين, 19 شباط 2024 | 10:35",
            "دمشق - بزنس2بزنس",
            LEAD,
            NEXT,
        ],
        HEAD,
        [Some("2024-02-19T10:35"), None, Some("بزنس2بزنس")],
        &[LEAD, NEXT],
    );
}

#[test]
fn the_agency_of_the_leads_dateline_outranks_the_foots_source_label() {
    let lead = format!("طرابلس 14 يونيو 2022 (وال) - {LEAD}");
    check_lines(
        &[
            HEAD,
            "2022-06-14 14:32",
            &lead,
            NEXT,
            "المصدر: وكالة الأنباء الليبية",
        ],
        HEAD,
        [Some("2022-06-14T14:32"), None, Some("وال")],
        &[LEAD, NEXT],
    );
    // With no dateline, the foot's label names the source.
    check_lines(
        &[HEAD, DATE, LEAD, NEXT, "المصدر: وكالة الأنباء الليبية"],
        HEAD,
        [Some("2024-10-03"), None, Some("وكالة الأنباء الليبية")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_columns_wrapped_footnote_on_its_writer_goes_whole() {
    let copy = [HEAD, "", "بقلم: د. محمد الأمين ولد سيدي", "", DATE, ""];
    let foot = [
        "",
        "* أستاذ الاقتصاد بجامعة نواكشوط العصرية، وباحث في قضايا الطاقة",
        "والتنمية.",
    ];
    let a = import_text(
        &[&copy[..], &WRAPPED_STORY[..], &foot[..]]
            .concat()
            .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("د. محمد الأمين ولد سيدي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_columns_disclaimer_and_a_translation_note_are_dropped() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "المقالات المنشورة تعبر عن آراء كتابها ولا تعكس بالضرورة رأي الموقع",
            "هذا المقال مترجم عن النسخة الإنجليزية من الموقع بتصرف.",
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
    // A long paragraph that names a pair's words in passing stays.
    let long = "وقال الوزير إن التقارير تعبر عن آراء خبراء مستقلين ولا تعكس بالضرورة موقف الحكومة الرسمي من الملف، مضيفا أن اللجنة ستدرس كل التوصيات الواردة فيها بعناية قبل رفعها إلى مجلس الوزراء للبت فيها خلال الأسابيع المقبلة وأن المشاورات مع الأطراف المعنية ستتواصل.";
    let a = import_text(&[HEAD, DATE, LEAD, long, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, long, NEXT]);
}
