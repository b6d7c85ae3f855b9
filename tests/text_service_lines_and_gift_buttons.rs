//! Copies the importer misread: a service's telephone line in the foot
//! among the app's buttons; a charity's button with what the gift does,
//! or with a heart beside it, between the story's paragraphs, under a
//! list the story gives; an English "last update" line under the date;
//! the language menu beside a Latin logo, which names no site.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn a_services_number_in_the_foot_is_not_the_story() {
    for line in [
        "خدمة الزبائن 1515",
        "الخط الساخن: 16000",
        "مركز الاتصال \u{202D}+962 6 5000000\u{202C}",
    ] {
        let a = import_text(
            &[
                HEAD,
                DATE,
                LEAD,
                NEXT,
                "مشاركة",
                "App Store",
                "Google Play",
                line,
            ]
            .join("\n"),
        );
        assert_eq!(texts(&a), [LEAD, NEXT], "{line}");
    }
}

#[test]
fn a_sentence_with_a_service_and_a_number_stays() {
    let said = "وخصصت الشركة الخط الساخن 1515 لتلقي بلاغات الأعطال على مدار الساعة.";
    let a = import_text(&[HEAD, DATE, LEAD, said, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, said, NEXT]);
}

#[test]
fn a_gift_button_with_its_purpose_leaves_the_list_above_it() {
    let items = ["- سوهاج: 14 ألف كرتونة", "- قنا: 12 ألف كرتونة"];
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            items[0],
            items[1],
            "تبرع الآن لإطعام أسرة صائمة",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(
        texts(&a),
        [LEAD, "سوهاج: 14 ألف كرتونة", "قنا: 12 ألف كرتونة", NEXT]
    );
}

#[test]
fn a_gift_button_with_a_heart_goes_with_its_pitch() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "ساهم في إطعام أسرة لمدة شهر كامل",
            "تبرع الآن 💚",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn an_english_last_update_line_is_neither_the_writer_nor_the_date() {
    let a = import_text(
        &[
            HEAD,
            "03 October 2023",
            "Last update: Fri, 06 Oct 2023 10:12:44 +0000",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref(), Some("2023-10-03"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_language_menu_beside_a_latin_logo_names_no_site() {
    let a = import_text(
        &[
            "EU NEIGHBOURS south",
            "العربية",
            "English",
            "Français",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "المصدر: EU Neighbours South",
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source.as_deref(), Some("EU Neighbours South"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
