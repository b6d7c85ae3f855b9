//! Copies the importer misread: a page's survey of whether it helped, in
//! words no list held; the site's editor signing a post; a font picker's
//! buttons on one line; a download box's links; a post's date with its
//! categories; a department or the menu's section beside the date; a
//! rating with its votes; a blog's post footer; a share box's label; a
//! Latin notice's name spelled with the body's kind; a report's "made
//! by" label.

mod support;

use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};

#[test]
fn a_pages_helpfulness_survey_is_dropped_in_any_wording() {
    for question in [
        "هل كان محتوى هذه الصفحة مفيدًا؟",
        "هل وجدتم المعلومات في هذه الصفحة مفيدة؟",
        "هل كانت هذه الصفحة مفيدة لك؟",
    ] {
        let a = import_text(&with_story(
            &["وزارة التجارة", "", HEAD, "12/05/2025", ""],
            &["", question, "نعم", "لا", "", "أخبار ذات صلة"],
        ));
        assert_eq!(texts(&a), STORY, "{question}");
    }
}

#[test]
fn a_storys_own_question_of_use_stays() {
    let question = "هل كان الاتفاق مفيدًا للطرفين؟";
    let a = import_text(&with_story(
        &[HEAD, "12/05/2025", ""],
        &[question, STORY[0]],
    ));
    assert!(texts(&a).contains(&question), "{:?}", texts(&a));
}

#[test]
fn the_sites_editor_signing_a_post_is_the_site() {
    let a = import_text(&with_story(
        &[
            "الفجيرة اليوم",
            "الرئيسية",
            "محليات",
            "",
            HEAD,
            "بواسطة محرر الفجيرة اليوم  18 مارس، 2025  0 تعليق",
            "",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("الفجيرة اليوم"));
    assert_eq!(a.published.as_deref(), Some("2025-03-18"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_font_pickers_buttons_on_one_line_are_dropped() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "الثلاثاء 17 ديسمبر 2024",
            "",
            "زيادة حجم الخط مسح إنقاص حجم الخط",
            "",
        ],
        &[],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_download_boxs_links_named_by_what_they_hold_are_no_story() {
    let a = import_text(&with_story(
        &[
            "المركز الإعلامي / البيانات الصحفية",
            "",
            "بيان صحفي",
            HEAD,
            "10 فبراير 2025",
            "",
            "تحميل",
            "البيان الصحفي (PDF)",
            "الصور (ZIP)",
            "",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2025-02-10"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_posts_date_with_its_categories_after_it_dates_the_story() {
    let a = import_text(&with_story(
        &[
            "الرئيسية / أخبار الجامعة / الخبر",
            HEAD,
            "أكتوبر 22, 2024 أخبار الجامعة, كلية الهندسة",
        ],
        &[],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2024-10-22"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_department_beside_the_date_is_no_writer() {
    let a = import_text(&with_story(
        &[HEAD, " 14/02/2025  |  النشاط الرياضي", ""],
        &["", "© 2025 نادي سموحة الرياضي. جميع الحقوق محفوظة"],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("نادي سموحة الرياضي"));
    assert_eq!(a.published.as_deref(), Some("2025-02-14"));
}

#[test]
fn a_rating_with_its_votes_and_a_link_to_the_top_are_dropped() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "نشر في أخبار الحزب",
            "طباعة",
            "قيم هذا الموضوع",
            "(0 أصوات)",
            "",
        ],
        &["", "رجوع إلى أعلى"],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_blogs_post_footer_ends_the_story_under_a_call_to_follow_its_news() {
    let a = import_text(&with_story(
        &[HEAD, "الثلاثاء، 10 يناير 2017", ""],
        &[
            "تابعوا جميع اخبار ليبيا و اخبار درنة",
            "مرسلة بواسطة عيون ليبيا في 3:41 م",
            "التسميات: اخبار درنة, اخبار ليبيا",
            "ليست هناك تعليقات:",
            "رسالة أحدث رسالة أقدم الصفحة الرئيسية",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_share_boxs_label_is_dropped_whatever_it_shares() {
    for label in ["شارك هذه المقالة", "شاركوا الخبر:", "مشاركة هذا التقرير"]
    {
        let a = import_text(&with_story(
            &[HEAD, "12 مارس 2024", ""],
            &["", label, "فيسبوك", "تويتر", "واتساب"],
        ));
        assert_eq!(texts(&a), STORY, "{label}");
    }
}

#[test]
fn the_menus_section_beside_the_date_is_no_writer_and_a_latin_notice_keeps_the_bodys_kind() {
    let story = [
        "احتفلت مؤسسة مخزومي بتخريج 240 متدرباً ومتدربة من مختلف المناطق اللبنانية بعد دورات مهنية مكثفة.",
        "وقالت مديرة البرامج في مؤسسة مخزومي إن الدورات تفتح أبواب العمل أمام الشباب في المناطق كلها.",
    ];
    let mut lines = vec![
        "الرئيسية",
        "من نحن",
        "الأخبار والنشاطات",
        "اتصل بنا",
        "",
        "مؤسسة مخزومي تخرّج 240 متدرباً في مجالات الطاقة الشمسية",
        "12 نوفمبر، 2024 | الأخبار والنشاطات",
        "",
    ];
    lines.extend(story);
    lines.extend([
        "",
        "روابط سريعة",
        "من نحن",
        "الأخبار والنشاطات",
        "تبرّع",
        "© 2024 Makhzoumi Foundation. All Rights Reserved.",
    ]);
    let a = import_text(&lines.join("\n"));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("مؤسسة مخزومي"));
    assert_eq!(a.published.as_deref(), Some("2024-11-12"));
    assert_eq!(texts(&a), story);
}

#[test]
fn a_reports_made_by_label_signs_it() {
    let a = import_text(&with_story(
        &[HEAD, "18 أبريل 2009", "إنجاز: كريمة الناجي", ""],
        &[],
    ));
    assert_eq!(a.author.as_deref(), Some("كريمة الناجي"));
    assert_eq!(texts(&a), STORY);
}
