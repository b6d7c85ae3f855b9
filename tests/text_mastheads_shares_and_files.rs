//! Copies whose header or foot the importer misread: share bars with the
//! platform once Twitter by its Arabic name, or with China's platforms;
//! a rights group's files the story belongs to; the site's one-word name
//! before a writer with a Maghrebi given name; a state's names over a
//! body's logo; a masthead under a skip link and a language link, which
//! the lead names with a Persian keyboard's letters; a link to the
//! printable page and a radio's player for the report; a trail set off by
//! right-to-left arrows (`‹`).

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

#[test]
fn share_bars_with_x_in_arabic_or_chinas_platforms_leave() {
    for bar in [
        "مشاركة: فيسبوك | إكس | واتساب",
        "مشاركة: Facebook Twitter Weibo WeChat",
    ] {
        let a = import_text(&[HEAD, DATE, LEAD, NEXT, bar].join("\n"));
        assert_eq!(texts(&a), [LEAD, NEXT], "{bar}");
    }
}

#[test]
fn a_rights_groups_files_under_the_story_leave() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "",
            "ملفات:",
            "الحق في الصحة",
            "السياسات الدوائية",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_sites_one_word_name_before_a_maghrebi_writer() {
    let a = import_text(
        &[
            "سلطانة",
            "مجتمع",
            "صحة وجمال",
            HEAD,
            "سلطانة - غيثة العلوي",
            "الخميس 07 دجنبر 2023 - 14:20",
            LEAD,
            NEXT,
            "سلطانة © 2023 جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("غيثة العلوي"));
    assert_eq!(a.source.as_deref(), Some("سلطانة"));
}

#[test]
fn a_states_names_over_a_bodys_logo_give_the_bodys_name() {
    let body = "اللجنة الوطنية المستقلة للانتخابات";
    let a = import_text(
        &[
            "République Islamique de Mauritanie",
            "الجمهورية الإسلامية الموريتانية",
            body,
            "Commission Electorale Nationale Indépendante",
            "الرئيسية",
            "بلاغات",
            HEAD,
            "نشر بتاريخ: 08 أكتوبر 2025",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © 2025 CENI",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some(body));
}

#[test]
fn a_masthead_under_a_skip_link_is_the_site_the_lead_names() {
    let site = "المبادرة المصرية للحقوق الشخصية";
    // The lead writes the name with a Persian keyboard's `ی`.
    let lead = "طالبت المبادرة المصریة للحقوق الشخصیة اليوم هيئة الدواء بالإعلان عن خطة زمنية واضحة لمعالجة نقص الأدوية.";
    let a = import_text(
        &[
            "Skip to main content",
            "English",
            site,
            "عن المبادرة",
            "البرامج",
            "",
            HEAD,
            "",
            "4 مارس 2024",
            "",
            lead,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some(site));
}

#[test]
fn a_print_link_and_a_reports_player_are_no_writer_nor_paragraph() {
    let lead = format!("عشتار تيفي كوم - برطلة/ {LEAD}");
    let a = import_text(
        &[
            HEAD,
            "تاريخ النشر: 2025/03/09 - 1:15 مساءً",
            "عدد القراءات: 412",
            "طباعة الصفحة",
            &lead,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    let a = import_text(&[HEAD, DATE, "▶ استمع إلى التقرير", LEAD, NEXT].join("\n"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_trail_with_right_to_left_arrows_is_no_headline() {
    let a = import_text(
        &[
            "الرئيسية ‹ عن الشركة ‹ المركز الإعلامي ‹ البيانات الصحفية",
            HEAD,
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
