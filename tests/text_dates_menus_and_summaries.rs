//! Copies whose date line carries more than the day: the page's count back
//! from now after a middle dot or a bidi mark, the weekday after the date
//! (`4/03/2024 الإثنين`), a time told in its zone under the site's menu;
//! a menu the home page's link opens with a sports paper's own beats; the
//! site signing as the writer with its outlet word dropped (`بواسطة
//! المنارة` under `المنارة للإعلام`); and a page's summary over the
//! outlet's dateline (`العالم - ايران`) under a date read above the
//! headline.

mod support;

use support::copied::story::{HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

#[test]
fn a_count_back_from_now_beside_the_date_is_no_byline() {
    for line in [
        "18 يونيو، 2024 · منذ 3 ساعات",
        "\u{200f}الخميس 18 يونيو 2024 | 12:41 م\u{200f} - منذ ساعتين",
    ] {
        let a = import_text(&[HEAD, line, LEAD, NEXT].join("\n"));
        assert_eq!(
            a.published.as_deref().map(|d| &d[..10]),
            Some("2024-06-18"),
            "{line}"
        );
        assert_eq!(
            (a.author.as_deref(), a.source.as_deref()),
            (None, None),
            "{line}"
        );
        assert_eq!(texts(&a), [LEAD, NEXT], "{line}");
    }
}

#[test]
fn the_weekday_after_the_date_is_no_source() {
    let a = import_text(&[HEAD, "12:14 - 4/03/2024 الإثنين", LEAD, NEXT].join("\n"));
    assert_eq!(a.source, None);
    assert_eq!(a.published.as_deref(), Some("2024-03-04T12:14"));
}

#[test]
fn a_date_and_time_in_its_zone_under_the_menu_dates_the_story() {
    let top = [
        "قناة العالم الاخبارية",
        "الرئيسية",
        "ايران",
        "الشرق الأوسط",
        "اقتصاد",
        "الرئيسية / ايران",
        "الإثنين ٢٦ فبراير ٢٠٢٤ - ١٠:٤٥ بتوقيت غرينتش",
    ];
    let mut lines = top.to_vec();
    lines.extend([HEAD, LEAD, NEXT]);
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-02-26T10:45"));
    // The day alone in a zone over the headline is still the site's clock.
    let a = import_text(&["الأربعاء: 24/03/2021 بتوقيت مكة المكرمة", HEAD, LEAD, NEXT].join("\n"));
    assert_eq!(a.published, None);
}

#[test]
fn a_menu_of_a_sports_papers_beats_after_the_home_link_is_not_the_headline() {
    let menu = "الرئيسية الهلال المريخ الدوري الممتاز صقور الجديان محترفون عالمي أعمدة";
    let a = import_text(&["صحيفة الصدى الرياضية", menu, HEAD, LEAD, NEXT].join("\n"));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_site_signing_without_its_outlet_word_is_the_source() {
    let lines = [
        "المنارة للإعلام",
        "الرئيسية",
        "أخبار ليبيا",
        "سياسة",
        "اقتصاد",
        HEAD,
        "بواسطة المنارة",
        "نوفمبر 20, 2023",
        LEAD,
        NEXT,
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("المنارة"));
    // A writer of the same first name is a writer.
    let signed = lines.map(|l| {
        if l == "بواسطة المنارة" {
            "بواسطة منار الحسن"
        } else {
            l
        }
    });
    assert_eq!(
        import_text(&signed.join("\n")).author.as_deref(),
        Some("منار الحسن")
    );
}

#[test]
fn the_summary_over_the_outlets_dateline_goes_under_a_date_read_above() {
    let summary =
        "افتتح الرئيس، اليوم الاثنين، ثلاثة مشاريع جديدة في قطاع الغاز بمنطقة عسلوية جنوبي البلاد.";
    let lines = [
        "الإثنين 26 فبراير 2024",
        HEAD,
        summary,
        "العالم - ايران",
        LEAD,
        NEXT,
    ];
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.source.as_deref(), Some("العالم"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
