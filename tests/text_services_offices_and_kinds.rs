//! Copies of government, club and magazine sites and of a foreign
//! agency's Arabic service: a story's kind before the headline's colon
//! (`تقرير: …`) kept with it, a trail of two section names and a
//! magazine's issue line over the headline, a bar of a counter and
//! buttons, a media office's credit, a sub-heading right under a "read
//! also" list, the Iranian calendar's date beside the Gregorian one, a
//! slashed dateline under the summary that says the lead again, and the
//! prompts to rate the page or to get the newsletter.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

#[test]
fn a_storys_kind_before_the_colon_stays_in_the_headline_and_a_news_mark_goes() {
    let report = format!("تقرير: {HEAD}");
    let a = import_text(&[report.as_str(), DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.title, report);
    let flash = format!("عاجل: {HEAD}");
    let a = import_text(&[flash.as_str(), DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.title, HEAD);
}

#[test]
fn a_section_trail_and_an_issue_line_are_no_headline() {
    for above in [
        "المركز الإعلامي / أخبار الجامعة",
        "العدد 776 - يوليو 2023 | ثقافة وفكر",
    ] {
        let lines = [
            "جامعة قطر",
            "عن الجامعة",
            "القبول",
            "الكليات",
            above,
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ];
        let a = import_text(&lines.join("\n"));
        assert_eq!(a.title, HEAD, "{above}");
        assert_eq!(texts(&a), [LEAD, NEXT], "{above}");
    }
}

#[test]
fn a_bar_of_a_counter_and_buttons_and_a_newsletters_question_are_no_text() {
    let feet = [
        ["عدد المشاهدات: 1243 | طباعة | أرسل لصديق", ""],
        [
            "هل تريد أن تصلك آخر أخبار السوق العقارية؟ 🏙️",
            "اشترك في نشرتنا البريدية",
        ],
    ];
    for [first, second] in feet {
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, first, second].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{first}");
    }
}

#[test]
fn a_media_offices_credit_names_its_body_as_the_source() {
    let credit = "المركز الإعلامي - الاتحاد العماني لكرة القدم";
    let a = import_text(&[HEAD, DATE, LEAD, NEXT, credit].join("\n"));
    assert_eq!(a.source.as_deref(), Some("الاتحاد العماني لكرة القدم"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_sub_heading_under_a_read_also_list_is_the_storys() {
    let lines = [
        HEAD,
        DATE,
        LEAD,
        "اقرأ أيضًا..",
        "أكبر عشر دول عربية في قدرة الطاقة الشمسية خلال العام الماضي",
        "سلطنة عمان توقع اتفاقيات جديدة لإنتاج الهيدروجين الأخضر",
        "مشروعات قيد التنفيذ",
        NEXT,
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), [LEAD, "مشروعات قيد التنفيذ", NEXT]);
}

#[test]
fn an_iranian_agencys_copy_gives_its_date_dateline_and_lead() {
    let summary = "بحث مساعد وزير الطرق الإيراني مع السفير العماني سبل تعزيز التعاون البحري.";
    let lead = "طهران/ 3 أيلول/ سبتمبر/ إرنا- بحث مساعد وزير الطرق الإيراني مع السفير العماني لدى طهران سبل تعزيز التعاون في النقل البحري والتجارة.";
    let lines = [
        "‏۱۲ شهریور ۱۴۰۲، ۱۴:۲۰ | 3 سبتمبر 2023، 14:20",
        "رقم الخبر: 85220147",
        HEAD,
        summary,
        lead,
        NEXT,
        "هل كانت هذه الصفحة مفيدة؟",
        "نعم",
        "لا",
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2023-09-03T14:20"));
    assert_eq!(a.source.as_deref(), Some("إرنا"));
    let rest = lead
        .split_once("إرنا- ")
        .map(|(_, r)| r)
        .unwrap_or_default();
    assert_eq!(texts(&a), [rest, NEXT]);
}
