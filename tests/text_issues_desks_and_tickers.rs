//! Copies dated only by the paper's issue line on the masthead, a date
//! beside the page's count back from now, a Libyan paper's month names,
//! Reuters' two names of a month side by side, an editor signing by his
//! beat, a ticker's headlines kept in a row with the marquee's gaps, a
//! breaking-news label over one headline above the menu, a writer's
//! card under its label, a paragraph opening with a label's word but no
//! colon, and a bar of the comments' fields.

mod support;

use qari::article::dates;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{check_lines, check_under, import_text, texts};

#[test]
fn the_papers_issue_line_dates_a_copy_that_gives_no_other_date() {
    for issue in [
        "صحيفة الوسط البحرينية - العدد 4139 - الأحد 05 يناير 2014م الموافق 04 ربيع الاول 1435هـ",
        "الأربعاء 3 ربيع الآخر 1434 هـ - 5 يناير 2014 م - العدد (437) السنة الثانية",
    ] {
        check_lines(
            &[
                "الوسط",
                issue,
                "الرئيسية | محليات | سياسة | اقتصاد | رياضة",
                HEAD,
                LEAD,
                NEXT,
            ],
            HEAD,
            [Some("2014-01-05"), None, None],
            &[LEAD, NEXT],
        );
    }
    // The story's own date, when it gives one, outranks the issue's.
    check_under(&["العدد 4139 - الأحد 05 يناير 2014"]);
}

#[test]
fn a_date_beside_the_count_back_from_now_dates_the_story() {
    check_lines(
        &[HEAD, "الإثنين 05 أغسطس 2024 — منذ 3 ساعات", LEAD, NEXT],
        HEAD,
        [Some("2024-08-05"), None, None],
        &[LEAD, NEXT],
    );
}

#[test]
fn libyan_and_doubled_month_names_are_read() {
    let iso = |text: &str| dates::find(text).map(|d| d.iso);
    assert_eq!(
        iso("الثلاثاء 06 الطير (أبريل) 2010").as_deref(),
        Some("2010-04-06")
    );
    assert_eq!(iso("15 الفاتح 2009").as_deref(), Some("2009-09-15"));
    // The words alone are words, not months.
    assert_eq!(iso("في الربيع 2010 كان الموسم جيدا"), None);
    assert_eq!(
        iso("الأربعاء 23 نوفمبر تشرين الثاني 2016 16:52 GMT").as_deref(),
        Some("2016-11-23T16:52+00:00")
    );
    // Two different months side by side are no date.
    assert_eq!(iso("23 نوفمبر آذار 2016"), None);
}

#[test]
fn an_editor_signing_by_his_beat_is_no_writer() {
    check_lines(
        &[HEAD, DATE, "الوسط - محرر الشئون المحلية", LEAD, NEXT],
        HEAD,
        [Some("2024-10-03"), None, Some("الوسط")],
        &[LEAD, NEXT],
    );
}

#[test]
fn a_tickers_headlines_kept_in_a_row_are_no_story() {
    let ticker = format!(
        "الكهرباء تعد بتحسن التجهيز خلال الشتاء    «التقشف» يؤجل مشاريع البنى التحتية    \
         {HEAD}    التربية: امتحانات نصف السنة في موعدها"
    );
    check_under(&[
        "العدد 882 - 2015-01-07",
        "  من نحن ؟   اتصل بنا   الصفحة الرئيسية",
        &ticker,
    ]);
}

#[test]
fn a_top_stories_label_over_one_headline_above_the_menu_goes_with_it() {
    check_under(&[
        "رؤية جديدة",
        "أهم الأخبار",
        "والي الولاية يلتقي وفد برنامج الغذاء العالمي لبحث توزيع المساعدات",
        "الرئيسية\tأخبار\tاقتصاد\tمقالات\tرياضة",
    ]);
}

#[test]
fn a_writers_card_goes_with_its_label() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "عن الكاتب",
            "سلمى الحربي",
            "صحفية تغطي أخبار الشركات الناشئة والتمويل في الخليج.",
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("سلمى الحربي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_paragraph_opening_with_a_labels_word_but_no_colon_stays() {
    let para = "الصورة الشائعة عن المستأجر في هذا الملف هي صورة الأرملة المسنة التي لا تملك إلا معاشا ضئيلا، وهي صورة حقيقية في حالات كثيرة.";
    check_lines(
        &[HEAD, DATE, LEAD, para, "الصورة: أرشيف الصحيفة", NEXT],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, para, NEXT],
    );
}

#[test]
fn a_bar_of_the_comments_fields_ends_the_story() {
    check_lines(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "تعليقات 3 | إضافة تعليق",
            "زائر 1 | 12:25 ص",
            "ونحن في القرية المجاورة نعاني المشكلة نفسها منذ سنين ولا أحد يسأل",
        ],
        HEAD,
        [Some("2024-10-03"), None, None],
        &[LEAD, NEXT],
    );
}
