//! Copies the importer misread: a media office credited as the source,
//! in a label, a dateline or alone over the lead, and signing over its
//! body's name; a logo's Arabic name with its short name in brackets; a
//! counter and the section beside the date; a one-word masthead the
//! notice names in full; a study's opening heading; a link back to a
//! list of stories; a poll's label with its question; a category's label
//! without the article; captions that show someone at work or a work
//! site; a body's release read by its Arabic name, informing its
//! customers or warning in the headline; a menu's link to the site's
//! own page beside its logo; a company's legal form in the notice.

mod support;

use support::copied::import_text;
use support::copied::story::{DATE, HEAD, LEAD, NEXT};
use support::copied::texts;

#[test]
fn a_labelled_media_office_is_the_source() {
    let a = import_text(
        &[
            "جامعة تبوك",
            "الرئيسية",
            "المركز الإعلامي",
            HEAD,
            "تاريخ النشر: 2024/01/28م",
            "المصدر: المركز الإعلامي",
            LEAD,
            NEXT,
            "جميع الحقوق محفوظة © جامعة تبوك 2024",
        ]
        .join("\n"),
    );
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("المركز الإعلامي"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_media_office_signing_over_its_bodys_name_signs_for_the_body() {
    let a = import_text(
        &[
            "بنك السودان المركزي",
            "الرئيسية | عن البنك | الأخبار",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "إدارة الإعلام والعلاقات العامة",
            "بنك السودان المركزي",
            "جميع الحقوق محفوظة لبنك السودان المركزي 2023",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("بنك السودان المركزي"));
    assert_eq!(a.author, None);
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_media_office_in_a_places_dateline_is_the_source() {
    let rest = "أطلقت القيادة العامة للشرطة حملة مرورية توعوية تستهدف العمال والمشاة في المناطق الصناعية لمدة شهر كامل.";
    let a = import_text(
        &[
            HEAD,
            "الثلاثاء، 12 مارس 2024",
            &format!("الشارقة – إدارة الإعلام الأمني: {rest}"),
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("إدارة الإعلام الأمني"));
    assert_eq!(a.author, None);
    assert!(texts(&a)[0].ends_with(rest), "{:?}", texts(&a));
    assert_eq!(texts(&a)[1], NEXT);
}

#[test]
fn a_body_media_desk_read_as_a_writer_after_a_place_is_the_source() {
    let a = import_text(&[HEAD, "أم درمان: إعلام الولاية", DATE, LEAD, NEXT].join("\n"));
    assert_eq!(a.author, None);
    assert_eq!(a.source.as_deref(), Some("إعلام الولاية"));
}

#[test]
fn a_logos_arabic_name_with_its_short_name_in_brackets() {
    let a = import_text(
        &[
            "Mowasalat (Karwa)",
            "مواصلات (كروة)",
            "English",
            "الأفراد",
            "الأعمال",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© 2024 Mowasalat (Karwa). جميع الحقوق محفوظة.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("مواصلات (كروة)"));
}

#[test]
fn a_counter_and_the_section_beside_the_date_and_a_desk_over_the_lead() {
    // The menu ends with a label of other stories right over the headline.
    let a = import_text(
        &[
            "جمهورية العراق",
            "وزارة الثقافة والسياحة والآثار",
            "الرئيسية",
            "الأخبار",
            "اتصل بنا",
            "آخر الأخبار",
            HEAD,
            "الأربعاء 8 تشرين الثاني 2023 | المشاهدات: 412 | الأخبار",
            "اعلام الوزارة",
            LEAD,
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.title, HEAD);
    assert_eq!(a.published.as_deref(), Some("2023-11-08"));
    assert_eq!(a.source.as_deref(), Some("اعلام الوزارة"));
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn a_one_word_masthead_gives_way_to_the_notices_whole_name() {
    let a = import_text(
        &[
            "اليمنية",
            "Yemenia - Yemen Airways",
            "احجز رحلتك",
            "الأخبار",
            HEAD,
            LEAD,
            NEXT,
            "تابعونا",
            "جميع الحقوق محفوظة © الخطوط الجوية اليمنية",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("الخطوط الجوية اليمنية"));
}

#[test]
fn a_studys_opening_heading_over_the_lead_is_the_storys() {
    let a = import_text(
        &[
            HEAD,
            "فراس العلي، معاذ الحمدان",
            "12 تشرين الأول/أكتوبر 2023",
            "مدة القراءة: 7 دقائق",
            "مقدمة",
            LEAD,
            "أولاً: التغطية وحجم الاستهلاك",
            NEXT,
        ]
        .join("\n"),
    );
    assert_eq!(a.author.as_deref(), Some("فراس العلي، معاذ الحمدان"));
    assert_eq!(
        texts(&a),
        ["مقدمة", LEAD, "أولاً: التغطية وحجم الاستهلاك", NEXT]
    );
}

#[test]
fn a_link_back_to_a_list_of_stories_under_the_story() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            "",
            LEAD,
            "",
            NEXT,
            "",
            "عودة إلى البيانات الصحفية",
            "",
            "Share",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
    // A sentence that goes back somewhere stays.
    let back = "عودة إلى المدارس بعد عطلة طويلة.";
    let b = import_text(&[HEAD, DATE, LEAD, back, NEXT].join("\n"));
    assert_eq!(texts(&b), [LEAD, back, NEXT]);
}

#[test]
fn a_polls_label_with_its_question_and_a_category_without_the_article() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "تصنيف: أخبار, حماية الأرض",
            "استفتاء: من أفضل لاعب في المباراة؟",
            "عدي الزعبي",
            "يزن الحلواني",
            "تصويت",
            "أخبار ذات صلة",
            "الوحدات يعلن عودة قائده إلى التدريبات الجماعية",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a), [LEAD, NEXT]);
}

#[test]
fn captions_that_show_someone_at_work_or_a_work_site() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            "الوالي خلال تفقده المحطة",
            NEXT,
            "من أعمال ورشات الصرف الصحي في حي القابون",
            "وختم المدير حديثه بالتأكيد على أن الأعمال ستنتهي قبل حلول فصل الشتاء المقبل.",
        ]
        .join("\n"),
    );
    assert_eq!(texts(&a).len(), 3, "{:?}", texts(&a));
    assert!(!texts(&a).iter().any(|t| t.contains("خلال تفقده")));
    assert!(!texts(&a).iter().any(|t| t.starts_with("من أعمال")));
}

#[test]
fn a_body_informing_its_customers_under_its_latin_logo() {
    let head = "الخطوط الجوية الجزائرية تطلق خطا جديدا بين قسنطينة وإسطنبول";
    let lead = "تعلم الخطوط الجوية الجزائرية زبائنها الكرام أنها ستطلق خطا جديدا بين قسنطينة وإسطنبول ابتداء من شهر جوان.";
    let a = import_text(
        &[
            "Air Algérie",
            "AR | FR | EN",
            "الأخبار",
            head,
            "الأحد 09 مارس 2025",
            lead,
            NEXT,
            "© Air Algérie 2025 - جميع الحقوق محفوظة",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("الخطوط الجوية الجزائرية"));
}

#[test]
fn a_release_nothing_signs_under_a_latin_logo_is_the_bodys_the_headline_opens_with() {
    let head = "صندوق الأمم المتحدة للسكان يحذّر: إغلاق 40 مرفقاً صحياً يهدد حياة النساء";
    let lead = "حذّر صندوق الأمم المتحدة للسكان اليوم من أن إغلاق 40 مرفقاً للصحة الإنجابية يهدد حياة آلاف النساء الحوامل.";
    let logo = [
        "Skip to main content",
        "United Nations Population Fund",
        "Arab States",
    ];
    let a = import_text(
        &[&logo[..], &[head, "15 May 2025", lead, NEXT]]
            .concat()
            .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("صندوق الأمم المتحدة للسكان"));
    assert_eq!(a.author, None);
    // A news site's story about a body, under no Latin logo, is no
    // release of the body's.
    let b = import_text(&[head, "15 May 2025", lead, NEXT].join("\n"));
    assert_eq!(b.source, None);
}

#[test]
fn a_menus_link_to_the_sites_own_page_is_no_logos_arabic_name() {
    let a = import_text(
        &[
            "Aller au contenu principal",
            "البوصلة",
            "Al Bawsala",
            "من نحن",
            "مجالات عملنا",
            "أخبار",
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© البوصلة 2024 — المحتوى منشور بموجب رخصة Creative Commons",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("البوصلة"));
}

#[test]
fn a_notices_company_form_after_the_name_is_no_part_of_it() {
    let a = import_text(
        &[
            HEAD,
            DATE,
            LEAD,
            NEXT,
            "© 2024 بنك دبي الإسلامي ش.م.ع. جميع الحقوق محفوظة. بنك دبي الإسلامي مرخص من قبل المصرف المركزي.",
        ]
        .join("\n"),
    );
    assert_eq!(a.source.as_deref(), Some("بنك دبي الإسلامي"));
}
