//! Copies the importer misread: an event's card between the headline and
//! the lead; a hard-wrapped lead whose first line names a body and a day;
//! a comment form's moderation notice over the writer's line; a camera's
//! picture names; a newsroom's label over its date line; a Chinese site's
//! full-width marks and font picker; a notice's Latin name in direction
//! marks; a release's kind in English beside the date; a media team.

mod support;

use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};

#[test]
fn an_events_card_is_neither_headline_nor_byline() {
    let a = import_text(&with_story(
        &[
            "الأخبار",
            "الأحد، 2 فبراير 2025",
            HEAD,
            "",
            "تفاصيل الفعالية",
            "التاريخ: 13 – 14 فبراير 2025",
            "الوقت: 8:00 م",
            "المكان: المسرح الوطني",
            "الفئة العمرية: 7 سنوات فما فوق",
            "احجز الآن 🎟️",
            "",
        ],
        &["", "© 2025 مركز الفنون الوطني. جميع الحقوق محفوظة"],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref(), Some("2025-02-02"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_wrapped_leads_first_line_is_no_byline() {
    let text = [
        HEAD,
        "",
        "الاثنين 30 ديسمبر 2024",
        "",
        "صادق المجلس الجهوي للمدينة، اليوم الاثنين 30 ديسمبر 2024،",
        "بالإجماع على مشروع ميزانية الجهة للسنة المالية 2025، وذلك في",
        "ختام أشغال دورته العادية الرابعة بمقر الجهة.",
        "",
        "وتبلغ الميزانية المصادق عليها نحو 3 مليارات أوقية جديدة،",
        "بزيادة تقارب 11 في المائة مقارنة بميزانية السنة المنصرمة.",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.title, HEAD);
    assert_eq!(a.source, None);
    assert_eq!(a.published.as_deref(), Some("2024-12-30"));
    assert!(
        texts(&a)[0].starts_with("صادق المجلس الجهوي للمدينة، اليوم"),
        "{:?}",
        texts(&a)
    );
}

#[test]
fn a_moderation_notice_ends_the_story_under_the_writers_line() {
    let foot = [
        "",
        "الكاتب : نادية ب.",
        "تاريخ النشر : 14/10/2023",
        "",
        "سيظهر تعليقك على هذه الصفحة بعد موافقة المشرف.",
        "هذا النموذج فضاء للنقاش وتبادل الآراء في احترام",
        "الاسم و اللقب :",
        "البريد الالكتروني : *",
    ];
    let a = import_text(&with_story(&[HEAD, ""], &foot));
    // (The initial's full stop is read as the line's.)
    assert_eq!(a.author.as_deref(), Some("نادية ب"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn camera_picture_names_and_browse_lists_are_no_text() {
    let mut lines = vec![
        HEAD,
        "05/11/2024",
        "",
        STORY[0],
        "IMG-20241105-WA0014",
        STORY[1],
    ];
    lines.extend([
        "DSC_0412",
        STORY[2],
        "",
        "تصفح أيضا...",
        "",
        "وزارة التعليم تعلن موعد الدخول المدرسي",
    ]);
    let a = import_text(&lines.join("\n"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_newsrooms_label_over_its_date_line_is_no_headline() {
    let a = import_text(&with_story(
        &[
            "الصفحة الرئيسية",
            "غرفة الأخبار",
            "بيانات صحفية",
            "20 نوفمبر 2023 - بيانات صحفية",
            HEAD,
        ],
        &["", "مقالات ذات صلة"],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2023-11-20"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn full_width_marks_and_a_font_picker_are_read_as_the_pages() {
    let a = import_text(&with_story(
        &[
            "سفارة جمهورية الصين الشعبية لدى جمهورية مصر العربية",
            "中文",
            "English",
            "العربية",
            "الموقع الحالي：الصفحة الرئيسية > أخبار السفارة",
            HEAD,
            "2024-05-12 20:15",
            "حجم الخط：كبير متوسط صغير",
        ],
        &[
            "【طباعة هذه الصفحة】【إغلاق النافذة】",
            "حقوق النشر © سفارة جمهورية الصين الشعبية لدى جمهورية مصر العربية. جميع الحقوق محفوظة",
        ],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(
        a.source.as_deref(),
        Some("سفارة جمهورية الصين الشعبية لدى جمهورية مصر العربية")
    );
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_latin_notice_in_direction_marks_names_the_body_with_its_kind() {
    let head = "مجمع الأدوية يدشن خط إنتاج جديدا بمصنع المدية";
    let text = [
        "العربية",
        "Français",
        "صيدال",
        "المركز الإعلامي",
        head,
        "15 جويلية 2024",
        "دشن مجمع صيدال، يوم الأحد 14 جويلية 2024، خط إنتاج جديدا للأشكال الصيدلانية الصلبة بمصنع المدية.",
        "ويتكون الخط الجديد من تجهيزات حديثة للتحبيب والضغط والتلبيس والتعبئة.",
        "صيدال تشارك في الصالون الدولي للصيدلة",
        "28 ماي 2024",
        "مجمع صيدال – شركة ذات أسهم",
        "\u{200e}© 2024 Saidal Group\u{200e} – جميع الحقوق محفوظة",
    ]
    .join("\n");
    let a = import_text(&text);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("مجمع صيدال"));
}

#[test]
fn a_release_kind_in_english_beside_the_date_names_no_one() {
    let a = import_text(&with_story(
        &[
            "UN environment programme",
            "برنامج الأمم المتحدة للبيئة",
            "من نحن",
            "مجالات عملنا",
            "الأخبار والقصص",
            "العربية",
            "English",
            "Français",
            "الأخبار والقصص",
            "النشرات الصحفية",
            "\u{200f}14 Mar 2024 Press release المياه العذبة",
            HEAD,
        ],
        &["", "About UNEP", "© 2024 UNEP"],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-03-14"));
    assert_eq!(a.source.as_deref(), Some("برنامج الأمم المتحدة للبيئة"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_media_team_and_a_pdf_button_name_no_writer() {
    let a = import_text(&with_story(
        &[HEAD, "بواسطة فريق الإعلام", "13 جانفي 2025", ""],
        &["", "طباعة | ارسل لصديق | PDF"],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("فريق الإعلام"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_diaspora_sites_dateline_and_its_picks_list() {
    let a = import_text(&with_story(
        &["2019-09-02 عدوليس ـ ملبورن", "", HEAD, ""],
        &[
            "",
            "إخترنا لكم",
            "هل سيقود السلام إلى الانفتاح السياسي؟",
            "شهادات لاجئين عن رحلة الموت عبر الصحراء",
        ],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("عدوليس"));
    assert_eq!(texts(&a), STORY);
}
