//! Copies the importer misread: a company's Latin logo over its menu or
//! in its notice, where the story spells the company's name in Arabic
//! letters or announces under an Arabic name of its own; a comment
//! counter after the writer; a blog's share buttons; a research story's
//! reference; a caption over its picture's copyright; a charity's donate
//! button, a deck over a lead that opens with its place; a release's
//! reference number and hour, its box about its body and its notes to
//! editors; a call box's button written with its marks; a blog's "posted
//! on a day by" line; a body's media office under the date; an
//! infographic's label.

mod support;

use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::{import_text, texts};

#[test]
fn a_latin_logo_is_the_name_the_story_spells_not_the_menus_first_word() {
    let a = import_text(
        &[
            "Zaytoun Mobile",
            "الأفراد",
            "الشركات",
            "عن زيتون",
            "الرئيسية › الأخبار",
            "زيتون موبايل توسع شبكتها في قرى الشمال",
            "March 3, 2024",
            "أعلنت شركة زيتون موبايل اليوم تشغيل ثلاثين محطة جديدة في قرى الشمال بعد أشهر من العمل.",
            "وقالت الشركة إن المحطات تغطي أكثر من خمسين قرية كانت خارج التغطية.",
            "© 2024 Zaytoun Mobile. All rights reserved.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("زيتون موبايل"));
    assert_eq!(a.author, None);
}

#[test]
fn a_lowercase_logo_over_an_about_link() {
    let a = import_text(
        &[
            "nakheel energy",
            "من نحن",
            "أعمالنا",
            "المركز الإعلامي",
            "«نخيل إنرجي» تفتتح محطة شمسية في الصحراء الغربية",
            "05 November 2024",
            "افتتحت «نخيل إنرجي» محطتها الشمسية الأولى في الصحراء الغربية بقدرة ستين ميغاواط.",
            "وتنتج المحطة ما يكفي لتزويد عشرين ألف منزل بالكهرباء على مدار العام.",
            "Nakheel Energy",
            "© 2024 Nakheel Energy. جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("نخيل إنرجي"));
}

#[test]
fn a_logos_arabic_name_beside_it_stays_over_a_place_the_story_names() {
    let a = import_text(
        &[
            "Tripoli Stock Exchange",
            "سوق طرابلس للأوراق المالية",
            "الرئيسية",
            "الإفصاحات",
            "سوق طرابلس تدرج شركة جديدة في السوق الرئيسية",
            "2024/03/12",
            "أعلنت سوق طرابلس للأوراق المالية إدراج شركة جديدة في السوق الرئيسية اعتبارا من الأسبوع المقبل.",
            "وقالت إدارة السوق في طرابلس إن الإدراج يرفع عدد الشركات المدرجة إلى ثلاثين.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("سوق طرابلس للأوراق المالية"));
}

#[test]
fn a_latin_logo_gives_way_to_the_arabic_name_the_release_announces_under() {
    let a = import_text(
        &[
            "Sahara Telecom",
            "عربي | Français",
            "الفضاء الصحفي",
            "اتصالات الصحراء تطلق باقة جديدة للطلبة",
            "نُشر بتاريخ : 23 جانفي 2024",
            "أعلنت اتصالات الصحراء، اليوم الثلاثاء، عن إطلاق باقة جديدة موجهة للطلبة بأسعار مخفضة.",
            "وتشمل الباقة حجما أكبر من الإنترنت ومكالمات مجانية داخل الشبكة.",
            "© Sahara Telecom 2024 - جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("اتصالات الصحراء"));
}

#[test]
fn a_speaker_before_a_colon_is_no_body_that_announces() {
    let a = import_text(
        &[
            "RTV",
            "أخبار",
            "وزير النقل: تشغيل خط القطار الجديد الشهر المقبل",
            "2024/04/17",
            "أعلن وزير النقل اليوم أن خط القطار الجديد سيدخل الخدمة الشهر المقبل بعد انتهاء التجارب.",
            "وقال الوزير إن الخط يربط العاصمة بالمدن الساحلية في أقل من ساعتين.",
            "© 2024 RTV",
        ]
        .join("\n"),
    );
    assert_ne!(a.source.as_deref(), Some("وزير النقل"));
    assert_ne!(a.source.as_deref(), Some("وزير"));
}

#[test]
fn a_latin_notice_names_the_site_as_the_story_spells_it() {
    let a = import_text(
        &[
            "Personal",
            "Business",
            "الرئيسية",
            "نورس تطلق خدمة الدفع عبر الهاتف",
            "18/02/2024",
            "أعلنت شركة نورس للهاتف المحمول إطلاق خدمة جديدة للدفع عبر الهاتف في ثلاث مدن.",
            "وقالت نورس إن الخدمة مجانية خلال الأشهر الثلاثة الأولى لكل المشتركين.",
            "© 2024 Nawras Mobile Phone. جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("نورس"));
}

#[test]
fn a_counter_after_the_writer_on_the_dates_line_is_no_part_of_the_name() {
    for line in [
        "نوفمبر 14, 2023 بواسطة سعيد عمر حسن 0 تعليق",
        "نوفمبر 14, 2023 بواسطة سعيد عمر حسن 3 تعليقات",
    ] {
        let a = import_text(&[HEAD, line, LEAD, NEXT].join("\n"));
        assert_eq!(a.author.as_deref(), Some("سعيد عمر حسن"), "{line}");
        assert_eq!(a.published.as_deref(), Some("2023-11-14"));
    }
}

#[test]
fn a_blogs_share_buttons_and_like_box_leave() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "شارك هذا:",
            "انقر للمشاركة على Facebook (فتح في نافذة جديدة)",
            "انقر للمشاركة على WhatsApp (فتح في نافذة جديدة)",
            "انقر لإرسال رابط عبر البريد الإلكتروني إلى صديق (فتح في نافذة جديدة)",
            "انقر للطباعة (فتح في نافذة جديدة)",
            "معجب بهذه:",
            "إعجاب تحميل...",
            "ذات صلة",
            "الجفاف يهدد المراعي في الإقليم الشمالي",
            "مارس 3, 2023",
            "في \"تقارير\"",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_research_storys_reference_and_a_captions_copyright_leave() {
    let caption = "باحثة في المختبر تفحص عينة من الغشاء الجديد.";
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            caption,
            "الصورة © الجامعة 2024",
            NEXT,
            "المرجع:",
            "Salem, L. et al. Cellulose membranes for water harvesting. Adv. Mater. 36 (2024).",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_charitys_donate_button_deck_and_dated_caption_leave() {
    let lead = "حجة، اليمن – سجلت فرق الإغاثة في مستشفى عبس ارتفاعا حادا في عدد الأطفال المصابين بسوء التغذية خلال الأشهر الأخيرة.";
    let a = import_text(
        &[
            "أطباء العالم",
            "Médecins du Monde",
            "تبرّع",
            "أين نعمل",
            "ماذا نفعل",
            "ارتفاع حاد في حالات سوء التغذية لدى الأطفال في حجة",
            "9 أكتوبر 2023",
            "مركز التغذية في عبس يستقبل ضعف عدد الأطفال المسجل العام الماضي",
            lead,
            "طفلة تتلقى العلاج في مركز التغذية في مستشفى عبس. اليمن، سبتمبر/أيلول 2023.",
            "\u{200E}© MdM/Hassan Ali",
            NEXT,
            "© Médecins du Monde 2023",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("أطباء العالم"));
    assert_eq!(texts(&a), [lead, NEXT]);
}

#[test]
fn a_releases_reference_number_and_hour_under_the_date_leave() {
    let a = import_text(
        &[
            "بيان صحفي",
            HEAD,
            "التاريخ: 03 أكتوبر 2024",
            "المرجع: 24/2024",
            "الوقت: 11:30 بتوقيت غزة",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_call_boxs_button_with_its_marks_leaves_with_its_pitch() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "هل تريد أن تكون واحدا من متطوعينا؟",
            "سجّل الآن",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_releases_box_about_its_body_leaves_and_names_it() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "نبذة عن شركة الواحة",
            "تأسست شركة الواحة عام 1998 وتعمل في مجالات الاتصالات والخدمات الرقمية في عدد من دول المنطقة.",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
    assert_eq!(a.source.as_deref(), Some("شركة الواحة"));
}

#[test]
fn a_releases_notes_to_editors_end_it() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "ملاحظات للمحررين",
            "الواحة مشروع تنموي متكامل يقع في شمال البلاد على ساحل البحر ويضم مدنا ومرافق عدة.",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_blogs_posted_on_a_day_by_a_writer() {
    let a = import_text(&[HEAD, "نشر في 5 جويلية 2024 من طرف سليم بن علي", LEAD, NEXT].join("\n"));
    assert_eq!(a.author.as_deref(), Some("سليم بن علي"));
    assert_eq!(a.published.as_deref(), Some("2024-07-05"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_bodys_media_office_under_the_date_is_the_source_and_an_infographics_label_leaves() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "المكتب الإعلامي لشركة الواحة للنفط",
            LEAD,
            "إنفوجراف: طرق الاستعلام عن مواعيد التوزيع",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(
        a.source.as_deref(),
        Some("المكتب الإعلامي لشركة الواحة للنفط")
    );
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}
