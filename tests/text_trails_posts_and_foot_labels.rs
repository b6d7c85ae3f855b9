//! Copies the importer misread: a trail of sections over the headline
//! whose last part was taken for it; a writer's post under the name; a
//! theme's login shown with the category; a newsroom the menus link at
//! both ends; a release's box about the company over a long footer; the
//! mark of the site's own story before its name; a logo's Arabic name
//! over the notice's Latin one; a media department signing with its
//! unit; a portal's category field; the latest communiqués, headlines and
//! an editors' pick; the screen an old site is best seen on; an embassy
//! as the byline; a source among others after a plus; a writer's card
//! under its label; the text's licence; a press contact's prompt; a
//! German page's date label; an Omani town's dateline; a bar of buttons
//! with a link back; a release's topics field.

mod support;

use support::copied::trees::{HEAD, STORY, with_story};
use support::copied::{import_text, texts};

#[test]
fn a_trail_of_sections_ends_no_headline() {
    // No-break spaces round the trail's arrows, under a cookie notice.
    let a = import_text(&with_story(
        &[
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك توافق على سياسة ملفات تعريف الارتباط.",
            "موافق",
            "الأفراد",
            "الشركات",
            "عن البنك",
            "English",
            "الرئيسية\u{a0}\u{a0}>\u{a0}\u{a0}عن البنك\u{a0}\u{a0}>\u{a0}\u{a0}المركز الإعلامي\u{a0}\u{a0}>\u{a0}\u{a0}الأخبار",
            "المركز الإعلامي",
            HEAD,
            "05 نوفمبر 2024",
        ],
        &["مشاركة:"],
    ));
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_writers_post_under_the_name_goes_with_it() {
    let a = import_text(&with_story(
        &[
            "مقالات الرأي",
            HEAD,
            "د. مريم خليفة الشامي",
            "باحث أول – برنامج الدراسات الاقتصادية والطاقة",
            "18 يونيو 2024",
            "",
        ],
        &["", "الموضوعات:", "الأمن الغذائي", "سلاسل الإمداد"],
    ));
    assert_eq!(a.author.as_deref(), Some("د. مريم خليفة الشامي"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_themes_login_with_the_category_names_no_writer() {
    let a = import_text(&with_story(
        &[
            "جمعية الخير الأهلية",
            "الرئيسية",
            "الأخبار",
            HEAD,
            "مارس 4, 2024 بواسطة site_admin في الأخبار",
        ],
        &["جميع الحقوق محفوظة © 2024 جمعية الخير الأهلية"],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("جمعية الخير الأهلية"));
}

#[test]
fn the_newsroom_linked_at_both_ends_is_no_name_and_the_about_box_is() {
    let a = import_text(&with_story(
        &[
            "انتقل إلى المحتوى",
            "العربية",
            "تسجيل الدخول",
            "احجز",
            "وجهاتنا",
            "غرفة الأخبار",
            "البيانات الصحفية",
            HEAD,
            "15 مايو 2025",
        ],
        &[
            "— انتهى —",
            "نبذة عن طيران الواحة",
            "طيران الواحة شركة طيران اقتصادي تأسست عام 2016 وتسير رحلات إلى أكثر من أربعين وجهة.",
            "للاستفسارات الإعلامية:",
            "media@example.com",
            "",
            "",
            "آخر الأخبار",
            "طيران الواحة تعلن عن عروض الصيف المبكرة",
            "02 مايو 2025",
            "اشترك في نشرتنا الإخبارية",
            "بريدك الإلكتروني",
            "اشترك",
            "عن طيران الواحة",
            "من نحن",
            "الوظائف",
            "غرفة الأخبار",
            "الشروط والأحكام",
            "سياسة الخصوصية",
            "حمّل التطبيق",
            "App Store",
            "Google Play",
            "© 2025 Oasis Air. All rights reserved.",
        ],
    ));
    assert_eq!(a.source.as_deref(), Some("طيران الواحة"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_sites_own_mark_before_its_name_is_the_byline() {
    let a = import_text(&with_story(
        &[HEAD, "2024/06/12", "", "خاص-الخبر اليوم:", ""],
        &[],
    ));
    assert_eq!(a.source.as_deref(), Some("الخبر اليوم"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn an_editors_pick_and_the_latest_headlines_are_no_story() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "2024/06/12",
            "",
            "اخترنا لك",
            "",
            "الحكومة تعلن موعد صرف المرتبات المتأخرة للموظفين",
            "",
        ],
        &[
            "",
            "أحدث العناوين",
            "",
            "الأرصاد يتوقع أمطارا رعدية على المرتفعات الغربية",
            "",
            "توقع المركز الوطني للأرصاد هطول أمطار رعدية متفاوتة الشدة على أجزاء من المرتفعات خلال الساعات المقبلة.",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_logos_arabic_name_stands_for_the_notices_latin_one() {
    let a = import_text(&with_story(
        &[
            "Université Hassan Premier",
            "جامعة الحسن الأول",
            "العربية | Français",
            "الرئيسية",
            "مستجدات",
            HEAD,
            "الأربعاء 13 مارس 2024",
        ],
        &["© 2024 Université Hassan Premier. Tous droits réservés."],
    ));
    assert_eq!(a.source.as_deref(), Some("جامعة الحسن الأول"));
}

#[test]
fn a_media_department_signing_with_its_unit_is_no_paragraph() {
    let a = import_text(&with_story(
        &[HEAD, "21 مارس 2024"],
        &[
            "قسم الإعلام والاتصال - القيادة العامة",
            "",
            "شارك :",
            "Facebook",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_portals_category_field_is_no_paragraph() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "التفاصيل",
            "المجموعة: الأنشطة الثقافية",
            "نشر بتاريخ الأحد, 19 ماي 2024 11:05",
            "الزيارات: 1368",
        ],
        &[],
    ));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2024-05-19"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn the_latest_communiques_end_the_story_and_the_screen_names_no_site() {
    let a = import_text(&with_story(
        &[
            "الجمهورية التونسية - وزارة الشؤون الاجتماعية",
            "الصندوق الوطني للضمان الاجتماعي",
            "Caisse Nationale de Sécurité Sociale",
            "Français",
            "أنت هنا : الرئيسية > المستجدات > بلاغات",
            HEAD,
            "نشر في : 2024/02/05",
        ],
        &[
            "طباعة | إرسال لصديق | رجوع",
            "آخر البلاغات",
            "- بلاغ حول مواعيد العمل بالمراكز الجهوية والمحلية خلال شهر رمضان",
            "عدد الزيارات : 0045127",
            "© 2024 CNSS - جميع الحقوق محفوظة | أفضل تصفح بدقة 1280x1024",
        ],
    ));
    assert_eq!(texts(&a), STORY);
    assert_eq!(a.source.as_deref(), Some("الصندوق الوطني للضمان الاجتماعي"));
}

#[test]
fn an_embassy_in_the_byline_is_the_source() {
    let a = import_text(&with_story(
        &[
            HEAD,
            "بقلم السفارة الكندية في عمّان | 12 مارس, 2024 | المواضيع: أخبار",
        ],
        &[],
    ));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("السفارة الكندية في عمّان"));
}

#[test]
fn a_source_among_others_after_a_plus_is_dropped_from_the_story() {
    let a = import_text(&with_story(
        &[HEAD, "بقلم: سارة المصري", "3 أبريل 2023"],
        &["المصدر: حكومة المقاطعة + وكالات", "#المقاطعة #البلدية"],
    ));
    assert_eq!(a.author.as_deref(), Some("سارة المصري"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_writers_card_under_its_label_and_the_licence_are_no_story() {
    let a = import_text(&with_story(
        &[HEAD, "تأليف: منى الشريف", "14.03.2023"],
        &[
            "تأليف",
            "منى الشريف صحفية ومترجمة مصرية مقيمة في القاهرة، تكتب عن الثقافة والفنون.",
            "حقوق النشر: النص: المعهد الثقافي. هذا العمل مرخص بموجب ترخيص المشاع الإبداعي.",
            "مارس 2023",
            "هل لديكم سؤال حول هذا المقال؟ اكتبوا لنا!",
        ],
    ));
    assert_eq!(a.author.as_deref(), Some("منى الشريف"));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_press_contacts_prompt_ends_the_story() {
    let a = import_text(&with_story(
        &[HEAD, "16 أكتوبر 2023"],
        &[
            "",
            "لمزيد من المعلومات، يُرجى التواصل مع:",
            "في طرابلس: سارة بن عمران، press@example.org",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_german_pages_date_label_names_no_writer() {
    let a = import_text(&with_story(&[HEAD, "Stand: 24.04.2023, 11:03 Uhr"], &[]));
    assert_eq!(a.author, None);
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2023-04-24"));
}

#[test]
fn an_omani_towns_dateline_names_no_source() {
    let mut story = STORY;
    let lead = format!("إبراء - {}", STORY[0]);
    story[0] = &lead;
    let a = import_text(&[HEAD, "الثلاثاء، 14 يناير 2025", story[0], story[1], story[2]].join("\n"));
    assert_ne!(a.source.as_deref(), Some("إبراء"));
}

#[test]
fn a_bar_of_buttons_with_a_link_back_ends_the_story() {
    let a = import_text(&with_story(
        &[HEAD, "19/10/2025", ""],
        &[
            "",
            "[ طباعة ]   [ أرسل لصديق ]   [ عودة ]",
            "",
            "أخبار أخرى",
            "» مجلس الإدارة يعتمد خطة الأنشطة للموسم المقبل",
        ],
    ));
    assert_eq!(texts(&a), STORY);
}

#[test]
fn a_trails_headline_may_hold_a_slash_between_digits() {
    let head = "مجلس الوزراء يصدر القرار 2024/5 بشأن تنظيم ساعات العمل في رمضان";
    let a = import_text(&with_story(
        &[&format!("الرئيسية / أخبار / {head}"), "الأحد 10 مارس 2024"],
        &[],
    ));
    assert_eq!(a.title, head);
}
