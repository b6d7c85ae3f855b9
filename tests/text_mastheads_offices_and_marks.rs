//! Copies the importer misread: a masthead with the site's description
//! beside its name over a theme's post author and the writer's own line;
//! a ministry's channels for the public's reports; a lecturer's post
//! under the name; a notice that opens with its label for copyright; a
//! login after the day on a publication line, and an office signing in
//! brackets; the links to the stories beside this one on one line; an
//! outlet's exclusive mark under the writer's name.

mod support;

use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};

#[test]
fn the_writers_line_signs_under_a_post_author_that_is_the_site() {
    let a = import_text(&with_story(
        &[
            "الأربعاء، 18 ديسمبر 2024",
            "عيون الساحل - صحيفة إلكترونية شاملة",
            "الرئيسية",
            "محليات",
            "",
            HEAD,
            "بواسطة عيون الساحل",
            "18 ديسمبر 2024",
            "0 تعليق",
            "",
            "كتب – حمد الكندي",
            "",
        ],
        &["جميع الحقوق محفوظة © 2024 عيون الساحل"],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author.as_deref(), Some("حمد الكندي"));
    assert_eq!(texts(&a), STORY);
    // Without the writer's line, the site signs its own story.
    let a = import_text(&with_story(
        &[
            "عيون الساحل - صحيفة إلكترونية شاملة",
            HEAD,
            "بواسطة عيون الساحل",
            "18 ديسمبر 2024",
        ],
        &["جميع الحقوق محفوظة © 2024 عيون الساحل"],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("عيون الساحل"));
}

#[test]
fn a_ministrys_channels_for_reports_end_the_story() {
    let foot = [
        "للتواصل والإبلاغ:",
        "مركز الاتصال: 16001",
        "تطبيق الوزارة: متوفر على App Store و Google Play",
        "شارك هذه الصفحة",
    ];
    let a = import_text(&with_story(&[HEAD, "27/02/2025"], &foot));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_lecturers_post_between_the_name_and_the_date_goes_with_the_name() {
    let a = import_text(&with_story(
        &[
            "الخميس 13 يونيو 2024",
            "الرئيسية",
            "تحليلات",
            HEAD,
            "د. ريهام عبد الحليم",
            "مدرس العلوم السياسية - كلية الدراسات الأفريقية العليا - جامعة القاهرة",
            "12-6-2024 | 13:45",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("د. ريهام عبد الحليم"));
    assert_eq!(a.published.as_deref(), Some("2024-06-12T13:45"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_notice_labelled_for_its_print_rights_names_the_site() {
    let a = import_text(&with_story(
        &["الرئيسية", "عن البنك", HEAD, "12 سبتمبر 2023"],
        &[
            "اتصل بنا",
            "حقوق الطبع © 2023 بنك المدينة. جميع الحقوق محفوظة.",
        ],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("بنك المدينة"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_login_on_the_publication_line_and_an_office_in_brackets_name_no_one() {
    let a = import_text(&with_story(
        &[
            "شركة الواحة للنفط",
            "Waha Oil Company",
            "",
            "الرئيسية",
            "الأخبار",
            "",
            HEAD,
            "",
            "نشر في 2019/03/18 بواسطة admin",
            "",
        ],
        &[
            "",
            "( قسم الإعلام )",
            "",
            "جميع الحقوق محفوظة لشركة الواحة للنفط",
        ],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("شركة الواحة للنفط"));
    assert_eq!(a.published.as_deref(), Some("2019-03-18"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_links_to_the_stories_beside_this_one_end_it() {
    for links in [
        "‹ الخبر السابق          الخبر التالي ›",
        "الخبر السابق الخبر التالي",
    ] {
        let foot = [
            "",
            "Facebook  Twitter  LinkedIn  WhatsApp",
            "",
            links,
            "",
            "أخبار ذات صلة",
            "",
            "مشروع جديد لتطوير الحدائق العامة في وسط المدينة",
            "البلدية تبدأ صيانة شبكة الإنارة في الأحياء الشرقية",
        ];
        let a = import_text(&with_story(&[HEAD, "18 أبريل 2024"], &foot));
        assert_eq!(texts(&a), STORY, "{links}");
    }
}

#[test]
fn an_exclusive_mark_under_the_writers_name_lets_the_name_sign() {
    let a = import_text(&with_story(
        &[
            "مجلة آفاق البيئة والتنمية",
            "تقارير",
            "",
            HEAD,
            "",
            "الينابيع تجف والصهاريج تلتهم نصف الدخل.. وتجارب صغيرة لتخزين مياه الشتاء",
            "",
            "ميس أبو حمدة",
            "",
            "خاص بآفاق البيئة والتنمية",
            "",
            "21 آب 2023",
            "",
        ],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("ميس أبو حمدة"));
    // The mark names the outlet the story was written for, no source
    // of the story's.
    assert_eq!(a.source, None);
    assert_eq!(a.published.as_deref(), Some("2023-08-21"));
    let body = texts(&a);
    assert!(body.ends_with(&STORY), "{body:?}");
    assert!(
        !body.iter().any(|b| b.contains("خاص") || b.contains("حمدة")),
        "{body:?}"
    );
}
