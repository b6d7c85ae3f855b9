//! Copies whose layout, header or foot the importer misread: a copy
//! hard-wrapped with no blank lines whose headline wraps too, under a
//! site's menu and over a writer's name and the date; a writer signing
//! after a dash with an office; a writer after a wire's dateline; a deck
//! that ends no sentence over a labelled byline; a newsletter's promise,
//! a call to send complaints and a body's emergency number; a French
//! byline's `Par`.

mod support;

use support::copied::{import_text, texts};

/// A story of three paragraphs hard-wrapped near 60 characters, with no
/// blank lines, over its headline's two lines, a writer and a date.
const WRAPPED: &[&str] = &[
    "صوت الريف",
    "تحقيقات    رأي    ملفات    صور    ترجمات",
    "تحقيقات",
    "مزارعو القمح في السهل الشرقي أمام موسم صعب: أمطار شحيحة",
    "وأسمدة بأسعار مضاعفة",
    "سامر الخطيب",
    "آذار 4, 2024",
    "مع اقتراب موعد حصاد القمح في السهل الشرقي، يقف مئات من",
    "المزارعين في القرى المحيطة أمام حسابات معقدة؛ فكلفة ري",
    "الدونم الواحد تضاعفت خلال عامين، فيما تراجعت أسعار شراء",
    "المحصول قياسا بتكاليف إنتاجه.",
    "يقول أبو محمد، وهو مزارع يملك نحو 30 دونما قرب النهر، إن",
    "الموسم الماضي لم يغط حتى أجرة العمال، وإن كثيرا من جيرانه",
    "باعوا مضخاتهم لسداد ديونهم المتراكمة لدى التجار.",
    "ويشير مهندس زراعي يعمل مع إحدى المنظمات المحلية إلى أن",
    "تأخر توزيع البذور المحسنة لأسابيع يربك مواعيد الزراعة، وأن",
    "الحل يبدأ بدعم أسعار المحروقات في أشهر الري.",
    "الوسوم: الزراعة، القمح",
];

#[test]
fn a_headline_wrapped_with_its_copy_without_blank_lines_is_read_whole() {
    let a = import_text(&WRAPPED.join("\n"));
    assert_eq!(
        a.title,
        "مزارعو القمح في السهل الشرقي أمام موسم صعب: أمطار شحيحة وأسمدة بأسعار مضاعفة"
    );
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب"));
    let got = texts(&a);
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got[0].starts_with("مع اقتراب موعد حصاد القمح"), "{got:?}");
    assert!(got[0].ends_with("قياسا بتكاليف إنتاجه."), "{got:?}");
}

#[test]
fn a_date_under_a_headline_that_fills_the_width_stays_a_date() {
    // The headline fills the width and the date under it has no letters:
    // no wrapped tail.
    let mut lines = WRAPPED.to_vec();
    lines[3] = "مزارعو القمح في السهل الشرقي أمام موسم صعب بعد شتاء جاف";
    lines[4] = "2024:03:04.10:26";
    let a = import_text(&lines.join("\n"));
    assert_eq!(
        a.title,
        "مزارعو القمح في السهل الشرقي أمام موسم صعب بعد شتاء جاف"
    );
}

const HEAD: &str = "الجامعة تطلق برنامجا لتدريب الشباب على المهارات الرقمية";
const LEAD: &str =
    "أطلقت الجامعة أمس برنامجا لتدريب الشباب على المهارات الرقمية يستفيد منه ألف متدرب في خمس مدن.";
const NEXT: &str = "وأوضح مدير البرنامج أن الدورات تشمل البرمجة وتحليل البيانات والتسويق الإلكتروني وتستمر ثلاثة أشهر.";

#[test]
fn a_writer_signing_after_a_dash_with_an_office_is_the_author() {
    let a = import_text(
        &[
            HEAD,
            "Oct 21, 2024",
            LEAD,
            NEXT,
            "— كارلا نصّار، مكتب الاتصالات",
            "Tags: Research  Water",
        ]
        .join("\n\n"),
    );
    assert_eq!(a.author.as_deref(), Some("كارلا نصّار"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_writer_after_a_wires_dateline_is_the_author() {
    let lead = "جرش 24 تموز (بترا)- مؤمن الخوالدة- احتضن المسرح الجنوبي في المدينة الأثرية مساء أمس أمسية شعرية.";
    let a = import_text(&[HEAD, "الخميس، 24 تموز 2025", lead, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("مؤمن الخوالدة"));
    assert_eq!(a.source.as_deref(), Some("بترا"));
    let got = texts(&a);
    assert!(got[0].ends_with("أمسية شعرية."), "{got:?}");
    assert!(!got[0].contains("الخوالدة"), "{got:?}");
}

#[test]
fn a_deck_that_ends_no_sentence_over_a_labelled_byline_is_the_pages() {
    let a = import_text(
        &[
            HEAD,
            "من الرياض إلى بيروت، برامج تجمع بين المهارة المحلية والرؤية المعاصرة",
            "بقلم لينا الشامسي",
            "١٢ أكتوبر ٢٠٢٤",
            LEAD,
            NEXT,
            "احصلي على آخر أخبار الموضة والجمال مباشرة في بريدك الإلكتروني",
            "📩 لإرسال شكاواكم وملاحظاتكم تواصلوا معنا عبر واتساب أو تلغرام.",
            "للحالات الطارئة اتصل على 140",
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("لينا الشامسي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_french_bylines_label_names_no_one() {
    let a = import_text(
        &[
            HEAD,
            "Par Yasmine Alaoui",
            "Publié le 14 septembre 2023 à 11h05",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("Yasmine Alaoui"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
