//! Copies whose layout the importer misread: a copy hard-wrapped with no
//! blank lines whose headline wraps too, under a site's menu and over a
//! writer's name and the date.

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
