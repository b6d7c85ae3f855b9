//! Copies the importer misread: a body's media desk alone over the lead;
//! the post's categories under its date; a statement's signatories under
//! their label; a "posted by" label over a body's office; a foot's short
//! lines in a copy whose paragraphs stand between blank lines; a writer
//! after an outlet, a town and a labelled mark; a caption of one sentence
//! over its picture's holder; the site named by its menu's "about" link;
//! a charity's button said twice, with its pitch; a section named for a
//! body over a headline that opens with its name; a bank's notice; a
//! caption in brackets; a picture's file name; a readers' counter after a
//! labelled byline; a release announced in the present, with its press
//! contacts, other releases and the cookie notice under it.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn a_bodys_media_desk_alone_over_the_lead_is_the_source() {
    let a = import_text(&[HEAD, DATE, "اعلام الموانئ", LEAD, NEXT].join("\n"));
    assert_eq!(a.source.as_deref(), Some("اعلام الموانئ"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_posts_categories_under_its_date_name_no_writer() {
    let a = import_text(
        &[
            "مركز الشرق للحقوق",
            "الرئيسية",
            "من نحن",
            "بيانات صحفية",
            "اتصل بنا",
            "الرئيسية » بيانات صحفية » مصر",
            HEAD,
            DATE,
            "بيانات صحفية, مصر",
            LEAD,
            NEXT,
            "© مركز الشرق للحقوق 2024",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("مركز الشرق للحقوق"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn writers_alone_on_their_cards_are_no_categories() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "سامر الخطيب، ليلى ناصر",
            LEAD,
            NEXT,
            "سامر الخطيب",
            "باحث في الاقتصاد.",
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("سامر الخطيب، ليلى ناصر"));
}

#[test]
fn a_statements_signatories_stay_under_their_label() {
    let signed = [
        "الجبهة المصرية لحقوق الإنسان",
        "كوميتي فور جستس",
        "المفوضية المصرية للحقوق والحريات",
    ];
    let mut lines = vec![HEAD, DATE, LEAD, NEXT, "المنظمات الموقعة:"];
    lines.extend(signed);
    let a = import_text(&lines.join("\n"));
    let mut want = vec![LEAD, NEXT, "المنظمات الموقعة:"];
    want.extend(signed);
    assert_eq!(texts(&a), want);
}

#[test]
fn posted_by_a_bodys_office_names_the_source_and_by_a_person_the_writer() {
    let office = import_text(&[HEAD, "نشر بواسطة: المكتب المركزي", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(office.source.as_deref(), Some("المكتب المركزي"));
    assert_eq!(office.author, None);
    assert_eq!(texts(&office), [LEAD, NEXT]);
    let person = import_text(&[HEAD, "نشر بواسطة: سمير الأحمد", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(person.author.as_deref(), Some("سمير الأحمد"));
}

#[test]
fn a_foots_short_lines_are_not_wrapping_where_paragraphs_stand_alone() {
    let third = "وأشار الالتماس إلى أن غالبية هذه القرى تفتقر إلى شوارع معبّدة ومواصلات عامة، وأن الطلاب يقطعون مسافات طويلة سيراً على الأقدام كل صباح للوصول إلى مدارسهم في البلدات المجاورة.";
    let fourth = "وطالب الالتماس المحكمة بإصدار أمر احترازي يُلزم الوزارة بالاستمرار في تمويل النقل وفق المعايير السابقة إلى حين البت في الالتماس، وتحديد جلسة عاجلة قبل افتتاح العام الدراسي.";
    let a = import_text(
        &[
            HEAD,
            DATE,
            "",
            third,
            "",
            fourth,
            "",
            "مرفقات:",
            "الالتماس (بالعبرية) - PDF",
            "مواضيع: النقب، التعليم، القرى غير المعترف بها",
            "مشاركة",
            "Facebook",
            "Twitter",
            "Email",
            "",
            "اشترك في نشرة المركز الإخبارية",
            "البريد الإلكتروني",
            "اشترك",
            "شارع يافا 94، ص.ب. 8921، حيفا",
            "© جميع الحقوق محفوظة للمركز 2024",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [third, fourth]);
}

#[test]
fn a_writer_after_an_outlet_a_town_and_a_labelled_mark() {
    let a = import_text(
        &[
            HEAD,
            "يمن فويس - تعز - تقرير خاص: سامي المقطري",
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("سامي المقطري"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_caption_of_one_short_sentence_over_its_pictures_holder() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "جانب من أعمال التنقيب في الموقع الأثري خلال الموسم الرابع.",
            "© الهيئة الملكية للآثار",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn the_site_named_by_its_menus_about_link() {
    let a = import_text(
        &[
            "Skip to content",
            "ألبا",
            "عن ألبا",
            "عملياتنا",
            "الاستدامة",
            "المركز الإعلامي",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© 2024 Alba. All rights reserved.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("ألبا"));
    assert_eq!(a.title, HEAD);
}

#[test]
fn a_charitys_button_said_twice_goes_with_its_pitch() {
    let a = import_text(
        &[
            "من نحن",
            "تبرّع الآن",
            "الأخبار",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "شارك:",
            "Facebook",
            "ساهم في دعم العائلات النازحة",
            "تبرّع الآن",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_section_named_for_a_body_over_a_headline_that_opens_with_its_name() {
    let headline = "كلية الزراعة تقيم ورشة عمل عن السلامة في المختبرات التعليمية";
    let a = import_text(
        &[
            "جامعة الفرات",
            "الرئيسية",
            "اخبار الكليات",
            "كلية الزراعة",
            headline,
            DATE,
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, headline);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_notice_for_a_bank_names_the_bank() {
    let a = import_text(
        &[
            "Bank of Nile",
            "الأفراد",
            "الشركات",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة لبنك النيل © 2024",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("بنك النيل"));
}

#[test]
fn a_caption_in_brackets_and_a_pictures_file_name_go() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "(جانب من أعمال الحفر في موقع التسرب جنوب المدينة)",
            "IMG_4387.jpg",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_labelled_byline_with_its_date_and_a_readers_counter() {
    let a = import_text(
        &[
            HEAD,
            "بقلم: منى عبد الحميد \u{a0}-\u{a0} نُشر في 24/8/2008 - 11:35 ص \u{a0}-\u{a0} قرأه 4381 زائر",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("منى عبد الحميد"));
    assert_eq!(a.published.as_deref().map(|d| &d[..10]), Some("2008-08-24"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_release_announced_in_the_present_with_its_press_contacts_and_other_releases() {
    let headline = "الخطوط الجوية الوطنية تطلق خطا مباشرا بين طنجة وأمستردام هذا الصيف";
    let lead = "تعلن الخطوط الجوية الوطنية عن إطلاق خط جوي مباشر جديد يربط بين طنجة وأمستردام ابتداء من شهر يونيو بمعدل ثلاث رحلات أسبوعية.";
    let a = import_text(
        &[
            "National Air",
            "الرئيسية › المركز الإعلامي › البلاغات الصحفية",
            headline,
            "الدار البيضاء – 14/03/2024",
            lead,
            NEXT,
            "للاتصال بالصحافة:",
            "مديرية التواصل – الخطوط الجوية الوطنية",
            "presse@example.com",
            "بلاغات أخرى",
            "الخطوط الجوية الوطنية تتسلم طائرة جديدة\t29/02/2024",
            "نستعمل ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتكم على موقعنا.",
            "© National Air 2024 – جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("الخطوط الجوية الوطنية"));
    assert_eq!(texts(&a), [lead, NEXT]);
}
